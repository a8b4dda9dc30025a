"""The tables of home-visit sync (revision 0010), prevention training and the rights hotline
(revision 0012): registered on :class:`~gaotai_desktop.data.models.Base` (``data.models`` imports
them, and every name stays importable from there)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, Stamped


# -- home-visit laptops: sync (revision 0010) ----------------------------------------------------
class SyncNode(Stamped, Base):
    """This database's place in sync (one row, or none when never enrolled): the office, or a
    laptop checked out from it. The private key is PKCS#8, encrypted with the sync passphrase."""

    __tablename__ = "sync_node"
    #: ``office`` / ``laptop``.
    role: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(Text)
    private_key: Mapped[str] = mapped_column(Text)
    #: On a laptop: the office's name and public key (from the checkout package).
    office_name: Mapped[str] = mapped_column(String(64), default="", server_default="")
    office_public_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    last_sent_package: Mapped[str] = mapped_column(String(36), default="", server_default="")
    last_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_received_package: Mapped[str] = mapped_column(String(36), default="", server_default="")
    last_received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncPeer(Stamped, Base):
    """At the office: an enrolled laptop and its public key."""

    __tablename__ = "sync_peer"
    name: Mapped[str] = mapped_column(String(64), unique=True)
    public_key: Mapped[str] = mapped_column(Text)
    last_package: Mapped[str] = mapped_column(String(36), default="", server_default="")
    last_package_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncOutbox(Stamped, Base):
    """On a laptop: one change of a synced record, written in the transaction of the change.

    ``state``: ``pending`` (not yet acknowledged by the office) / ``done`` (applied at the
    office or in its conflict queue, per the receipt of ``package_id``)."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_state_record", "state", "table_name", "record_id"),)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    table_name: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    #: ``insert`` / ``update`` / ``delete``.
    operation: Mapped[str] = mapped_column(String(8))
    #: The office's row version the change started from (0: a new record).
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    old_values: Mapped[str] = mapped_column(Text, default="", server_default="")
    new_values: Mapped[str] = mapped_column(Text, default="", server_default="")
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(8), default="pending")
    package_id: Mapped[str] = mapped_column(String(36), default="", server_default="")


class SyncPackage(Stamped, Base):
    """A package written or read: a package read twice is recognised by its id."""

    __tablename__ = "sync_package"
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    #: ``checkout`` / ``changes`` / ``receipt``.
    kind: Mapped[str] = mapped_column(String(16))
    #: ``in`` / ``out``.
    direction: Mapped[str] = mapped_column(String(4))
    peer: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    #: JSON of the counts (changes, applied, conflicts ...).
    counts: Mapped[str] = mapped_column(Text, default="", server_default="")


class SyncConflict(Stamped, Base):
    """At the office: a laptop change that collided with the office's (edit/edit, edit/delete,
    one credit code registered twice), waiting for a person to settle it."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_state", "state"),)
    package_id: Mapped[str] = mapped_column(String(36))
    peer: Mapped[str] = mapped_column(String(64))
    table_name: Mapped[str] = mapped_column(String(32))
    #: The office's record (for a duplicate: the one already registered).
    record_id: Mapped[str] = mapped_column(String(36))
    #: For a duplicate: the laptop's own id of the same enterprise or accident.
    laptop_record_id: Mapped[str] = mapped_column(String(36), default="", server_default="")
    #: ``edit_edit`` / ``edit_delete`` / ``duplicate``.
    kind: Mapped[str] = mapped_column(String(16))
    #: JSON list of the differing fields; JSON objects of their values.
    fields: Mapped[str] = mapped_column(Text)
    original_values: Mapped[str] = mapped_column(Text, default="", server_default="")
    office_values: Mapped[str] = mapped_column(Text, default="", server_default="")
    laptop_values: Mapped[str] = mapped_column(Text, default="", server_default="")
    laptop_user: Mapped[str] = mapped_column(String(64), default="", server_default="")
    #: ``open`` / ``resolved``.
    state: Mapped[str] = mapped_column(String(8), default="open")
    resolution: Mapped[str] = mapped_column(Text, default="", server_default="")
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


# -- prevention training and the rights hotline (revision 0012) ----------------------------------
class TrainingSession(Stamped, Base):
    """工伤预防进企业: one training session (date, place, topic, trainer, industry)."""

    __tablename__ = "training_session"
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(128))
    topic: Mapped[str] = mapped_column(String(256))
    trainer: Mapped[str] = mapped_column(String(64))
    #: The GB/T 4754 section name (the ``industry`` table's name) the session was for.
    industry: Mapped[str] = mapped_column(String(64), default="", server_default="")
    #: Everyone who attended (at least the sum of the enterprises' people).
    people: Mapped[int] = mapped_column(Integer, default=0)
    materials: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: Where the materials are kept (a file path or a folder), as the clerk typed it.
    materials_path: Mapped[str] = mapped_column(String(512), default="", server_default="")


class TrainingAttendance(Stamped, Base):
    """An enterprise at a training session, with how many of its people came."""

    __tablename__ = "training_attendance"
    __table_args__ = (UniqueConstraint("session_id", "enterprise_id"),)
    session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"), index=True)
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    people: Mapped[int] = mapped_column(Integer, default=0)


class HotlineCall(Stamped, Base):
    """维权热线: one call, its advice and referral, the follow-up and how it ended."""

    __tablename__ = "hotline_call"
    __table_args__ = (Index("ix_hotline_call_open_due", "closed_on", "follow_up_due"),)
    called_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    #: Stored in full; lists and exports show them masked.
    caller_name: Mapped[str] = mapped_column(String(64), default="", server_default="")
    caller_phone: Mapped[str] = mapped_column(String(32), default="", server_default="")
    enterprise_id: Mapped[str | None] = mapped_column(ForeignKey("enterprise.id"), index=True)
    #: consultation | complaint | dispute
    topic: Mapped[str] = mapped_column(String(16))
    handler: Mapped[str] = mapped_column(String(64))
    advice: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: none | mediation | arbitration | labour_inspection
    referral: Mapped[str] = mapped_column(String(24), default="none", server_default="none")
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="", server_default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
