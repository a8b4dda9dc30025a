"""Typed ORM tables.

Every row has a UUID primary key (text, so that records from offline laptops never collide) and
who/when stamps. Timestamps are UTC, stored naive ISO text by SQLite and ``timestamp`` by PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Stamped:
    """UUID key plus created/updated when and by whom, and a row version for sync."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    updated_by: Mapped[str] = mapped_column(String(64), nullable=False)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class Township(Stamped, Base):
    __tablename__ = "township"
    name: Mapped[str] = mapped_column(String(32), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Industry(Stamped, Base):
    __tablename__ = "industry"
    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(64), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Authority(Stamped, Base):
    __tablename__ = "authority"
    name: Mapped[str] = mapped_column(String(64), unique=True)
    #: 送达地址 printed on the receipt of a letter to the authority (editable reference data).
    address: Mapped[str] = mapped_column(String(256), default="", server_default="")
    #: The authority's contact (person and/or phone), for the office's own reference.
    contact: Mapped[str] = mapped_column(String(128), default="", server_default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AccidentCategory(Stamped, Base):
    __tablename__ = "accident_category"
    name: Mapped[str] = mapped_column(String(32), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Enterprise(Stamped, Base):
    __tablename__ = "enterprise"
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(128), index=True)
    industry: Mapped[str] = mapped_column(String(64), default="")
    township: Mapped[str] = mapped_column(String(32), default="")
    authority: Mapped[str] = mapped_column(String(64), default="")
    legal_representative: Mapped[str] = mapped_column(String(64), default="")
    contact_person: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(256), default="")
    hazard: Mapped[bool] = mapped_column(Boolean, default=False)
    hazard_date: Mapped[dt.date | None] = mapped_column(Date)
    hazard_source: Mapped[str] = mapped_column(String(128), default="")
    hazard_reference: Mapped[str] = mapped_column(String(128), default="")
    #: What the hazard is (e.g. 粉尘浓度超标、未配备防护用品); found on ``hazard_date`` by
    #: ``hazard_source`` (the inspection or authority), documented by ``hazard_reference``.
    hazard_description: Mapped[str] = mapped_column(String(256), default="", server_default="")
    #: A credit code failing its check, accepted by a supervisor: the reason is recorded.
    uscc_override_reason: Mapped[str] = mapped_column(String(256), default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    deleted_by: Mapped[str | None] = mapped_column(String(64))

    accidents: Mapped[list[Accident]] = relationship(back_populates="enterprise")


class Accident(Stamped, Base):
    __tablename__ = "accident"
    __table_args__ = (
        Index("ix_accident_enterprise_date", "enterprise_id", "occurred_on"),
        # Covers the tier count's year window (see data.queries.accident_count_subquery).
        Index("ix_accident_window", "occurred_on", "enterprise_id", "voided", "deleted_at"),
    )
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"))
    #: 事故编号 as given by the office (optional).
    accident_no: Mapped[str | None] = mapped_column(String(64))
    #: Stable natural key used to recognise the same accident on re-import.
    import_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(256), default="")
    category: Mapped[str] = mapped_column(String(32), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(String(256), default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    deleted_by: Mapped[str | None] = mapped_column(String(64))

    enterprise: Mapped[Enterprise] = relationship(back_populates="accidents")
    persons: Mapped[list[InjuredPerson]] = relationship(
        back_populates="accident", cascade="all, delete-orphan", order_by="InjuredPerson.seq"
    )


class InjuredPerson(Stamped, Base):
    __tablename__ = "injured_person"
    __table_args__ = (
        Index("ix_injured_person_accident_outcome", "accident_id", "outcome"),
        # Finds the (few) 不予认定 persons for the tier count (data.queries).
        Index("ix_injured_person_outcome_accident", "outcome", "accident_id"),
    )
    accident_id: Mapped[str] = mapped_column(ForeignKey("accident.id"))
    seq: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(64))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    severity: Mapped[str] = mapped_column(String(8), default="")
    outcome: Mapped[str] = mapped_column(String(8), default="待认定")

    accident: Mapped[Accident] = relationship(back_populates="persons")


class DocumentCounter(Stamped, Base):
    """Next document number per kind and year (no gaps, no duplicates)."""

    __tablename__ = "document_counter"
    __table_args__ = (UniqueConstraint("kind", "year"),)
    kind: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class Document(Stamped, Base):
    """An issued document: immutable; the exact PDF bytes that were issued are kept."""

    __tablename__ = "document"
    __table_args__ = (
        UniqueConstraint("kind", "year", "seq"),
        Index("ix_document_enterprise_kind", "enterprise_id", "kind"),
    )
    doc_no: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    enterprise_id: Mapped[str | None] = mapped_column(ForeignKey("enterprise.id"))
    tier: Mapped[str] = mapped_column(String(8), default="")
    issue_date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(256), default="")
    #: :class:`gaotai_desktop.domain.documents.DocumentState`: the one source of its state.
    status: Mapped[str] = mapped_column(String(16), default="issued")
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    receipt_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("document.id"))
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    printed_by: Mapped[str | None] = mapped_column(String(64))


class DocumentSubject(Stamped, Base):
    """Enterprises a document is about (a county bulletin may name several)."""

    __tablename__ = "document_subject"
    __table_args__ = (UniqueConstraint("document_id", "enterprise_id"),)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id"))
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)


class DocumentDeadline(Stamped, Base):
    """A due date printed in a document (feedback, report, interview; see
    :class:`gaotai_desktop.domain.documents.DeadlineKind`), kept for the closed loop."""

    __tablename__ = "document_deadline"
    __table_args__ = (
        UniqueConstraint("document_id", "kind"),
        Index("ix_document_deadline_due_at", "due_at"),
    )
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id"))
    kind: Mapped[str] = mapped_column(String(16))
    #: The printed date (midnight) or date and time (an interview).
    due_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AwardRestriction(Stamped, Base):
    """限制评先评优: red-tier enterprises barred from awards for a year."""

    __tablename__ = "award_restriction"
    __table_args__ = (UniqueConstraint("enterprise_id", "year"),)
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"))
    year: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[str | None] = mapped_column(ForeignKey("document.id"))


class Setting(Stamped, Base):
    """Administrator-editable settings (JSON text values)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")


def table_of(model: type[Base]) -> Table:
    """The Core table of an ORM class (for bulk ``INSERT``/``UPDATE`` of plain rows)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table
