"""Typed ORM tables.

Every row has a UUID primary key (text, so that records from offline laptops never collide) and
who/when stamps. Timestamps are UTC, stored naive ISO text by SQLite and ``timestamp`` by PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Column,
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
    __table_args__ = (
        # what the tier list reads, in credit-code order (migration 0014): one index scan
        Index(
            "ix_enterprise_overview",
            "uscc",
            "id",
            "name",
            "industry",
            "township",
            "authority",
            "hazard",
            "hazard_date",
            "deleted_at",
        ),  # fmt: skip
    )
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
    #: Why the enterprise was deleted (asked when deleting; a deletion can be undone).
    deleted_reason: Mapped[str] = mapped_column(String(256), default="", server_default="")
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
    #: Where (an interview's room, as printed); empty for other deadlines.
    place: Mapped[str] = mapped_column(String(128), default="", server_default="")


class AwardRestriction(Stamped, Base):
    """限制评先评优: red-tier enterprises barred from awards until ``until`` (31 December of the
    year by default), unless lifted earlier by a supervisor with a reason."""

    __tablename__ = "award_restriction"
    __table_args__ = (UniqueConstraint("enterprise_id", "year"),)
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"))
    year: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[str | None] = mapped_column(ForeignKey("document.id"))
    #: Last day of the restriction (None in rows from before revision 0007: 31 December).
    until: Mapped[dt.date | None] = mapped_column(Date)
    lifted_on: Mapped[dt.date | None] = mapped_column(Date)
    lifted_by: Mapped[str | None] = mapped_column(String(64))
    lift_reason: Mapped[str] = mapped_column(String(256), default="", server_default="")


# -- the closed loop (revision 0007) ----------------------------------------------------------
class WarningRecord(Stamped, Base):
    """One warning per enterprise, tier and year: 预警下发 → 送达 → 整改反馈 → 效果评估.

    ``state`` is a :class:`gaotai_desktop.domain.documents.WarningState`; every change is a
    :class:`WarningEvent`. ``feedback_due`` is when the tier's written answer is due (yellow
    feedback, orange rectification report, red rectification plan), counted from delivery, or from
    the evaluation that reopened it.
    """

    __tablename__ = "warning"
    __table_args__ = (
        UniqueConstraint("enterprise_id", "tier", "year"),
        Index("ix_warning_state_due", "state", "feedback_due"),
    )
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    tier: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(24), default="issued")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    delivered_on: Mapped[dt.date | None] = mapped_column(Date)
    feedback_due: Mapped[dt.date | None] = mapped_column(Date)
    #: Why the due date moved off its nominal day ("国庆节", "周末"), empty when it did not.
    feedback_due_moved_by: Mapped[str] = mapped_column(String(32), default="", server_default="")
    feedback_on: Mapped[dt.date | None] = mapped_column(Date)
    feedback_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    evaluated_on: Mapped[dt.date | None] = mapped_column(Date)
    #: ``effective`` / ``ineffective`` (the last evaluation).
    evaluation: Mapped[str] = mapped_column(String(16), default="", server_default="")
    evaluation_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The higher tier's warning that an escalation opened (this one stays in the history).
    superseded_by_id: Mapped[str | None] = mapped_column(ForeignKey("warning.id"))


class WarningEvent(Stamped, Base):
    """A change of a warning's state: who and when (the stamps), on which day, and why."""

    __tablename__ = "warning_event"
    warning_id: Mapped[str] = mapped_column(ForeignKey("warning.id"), index=True)
    from_state: Mapped[str] = mapped_column(String(24), default="", server_default="")
    to_state: Mapped[str] = mapped_column(String(24))
    on_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class WarningDocument(Stamped, Base):
    """The documents issued under a warning."""

    __tablename__ = "warning_document"
    __table_args__ = (UniqueConstraint("warning_id", "document_id"),)
    warning_id: Mapped[str] = mapped_column(ForeignKey("warning.id"))
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id"), index=True)


class Delivery(Stamped, Base):
    """送达: how one document reached its recipient (from the signed 送达回证)."""

    __tablename__ = "delivery"
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id"), unique=True)
    delivered_on: Mapped[dt.date] = mapped_column(Date)
    #: 直接送达 / 留置送达 / 邮寄送达 / 委托送达 / 电子送达.
    method: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(64), default="", server_default="")
    #: Who signed for the recipient and how they are related (代收人).
    proxy: Mapped[str] = mapped_column(String(128), default="", server_default="")
    #: 留置送达: why the recipient refused, and the witness.
    refusal_reason: Mapped[str] = mapped_column(String(256), default="", server_default="")
    witness: Mapped[str] = mapped_column(String(128), default="", server_default="")
    note: Mapped[str] = mapped_column(String(256), default="", server_default="")


class Attachment(Stamped, Base):
    """A scan or photo kept with a record (a signed receipt, feedback, an inspection document)."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_table", "owner_id"),)
    owner_table: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[str] = mapped_column(String(36))
    filename: Mapped[str] = mapped_column(String(256))
    media_type: Mapped[str] = mapped_column(String(64), default="", server_default="")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class MeasureTask(Stamped, Base):
    """A measure of a tier as a tracked task: responsible level, due date, state.

    Tasks of a year carry over into the next until closed (they are listed by state, not year).
    """

    __tablename__ = "measure_task"
    __table_args__ = (Index("ix_measure_task_state_due", "state", "due_on"),)
    warning_id: Mapped[str | None] = mapped_column(ForeignKey("warning.id"), index=True)
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    #: ``township`` (属地) / ``authority`` (部门) / ``enterprise`` (企业).
    level: Mapped[str] = mapped_column(String(16))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    #: ``open`` / ``done`` / ``cancelled``.
    state: Mapped[str] = mapped_column(String(16), default="open")
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class InterviewRecord(Stamped, Base):
    """约谈记录: an interview held with an enterprise."""

    __tablename__ = "interview_record"
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    warning_id: Mapped[str | None] = mapped_column(ForeignKey("warning.id"))
    task_id: Mapped[str | None] = mapped_column(ForeignKey("measure_task.id"))
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    held_at: Mapped[dt.datetime] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(128), default="", server_default="")
    office_people: Mapped[str] = mapped_column(String(256), default="", server_default="")
    enterprise_people: Mapped[str] = mapped_column(String(256), default="", server_default="")
    statement: Mapped[str] = mapped_column(Text, default="", server_default="")
    requirements: Mapped[str] = mapped_column(Text, default="", server_default="")
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date)


class Inspection(Stamped, Base):
    """An on-site inspection of an enterprise by an authority (专项检查)."""

    __tablename__ = "inspection"
    __table_args__ = (Index("ix_inspection_enterprise_date", "enterprise_id", "inspected_on"),)
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"))
    warning_id: Mapped[str | None] = mapped_column(ForeignKey("warning.id"))
    authority: Mapped[str] = mapped_column(String(64))
    inspected_on: Mapped[dt.date] = mapped_column(Date)
    #: ``scheduled`` (定期) / ``unscheduled`` (不定期) / ``joint`` (联合).
    kind: Mapped[str] = mapped_column(String(16))
    findings: Mapped[str] = mapped_column(Text, default="", server_default="")
    document_ref: Mapped[str] = mapped_column(String(128), default="", server_default="")
    #: Why an inspection beyond the yearly cap was needed (required then).
    over_cap_reason: Mapped[str] = mapped_column(String(256), default="", server_default="")


class SelfInspection(Stamped, Base):
    """企业自查: an enterprise's self-inspection report received by the office."""

    __tablename__ = "self_inspection"
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    document_ref: Mapped[str] = mapped_column(String(128), default="", server_default="")


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


# -- safety (revision 0009) ---------------------------------------------------------------------
class AuditEntry(Stamped, Base):
    """One audited event, hash-chained: ``hash`` covers this entry's content and ``prev_hash``
    (the hash of the entry before, by ``seq``), so that changing or deleting a past entry breaks
    the chain. Written in the same transaction as the change it records."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_record", "table_name", "record_id"),
        Index("ix_audit_entry_actor_at", "actor", "at"),
    )
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    #: insert / update / delete / reveal / export / print / sign_in / refused ...
    action: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(32), default="", server_default="")
    record_id: Mapped[str] = mapped_column(String(36), default="", server_default="")
    #: JSON of the changed values before and after (empty for events that change nothing).
    before: Mapped[str] = mapped_column(Text, default="", server_default="")
    after: Mapped[str] = mapped_column(Text, default="", server_default="")
    detail: Mapped[str] = mapped_column(Text, default="", server_default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64))


class AppUser(Stamped, Base):
    """A person who signs in: 科员 (clerk), 股长 (supervisor) or administrator. A database with
    no users works single-user; the first user (an administrator) turns sign-in on."""

    __tablename__ = "app_user"
    name: Mapped[str] = mapped_column(String(64), unique=True)
    #: ``clerk`` / ``supervisor`` / ``admin``.
    role: Mapped[str] = mapped_column(String(16))
    #: argon2id hash (argon2-cffi).
    password_hash: Mapped[str] = mapped_column(String(256))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_sign_in: Mapped[dt.datetime | None] = mapped_column(DateTime)


# -- work-injury recognition cases (工伤认定) ---------------------------------------------------
class RecognitionCase(Stamped, Base):
    """One application for work-injury recognition, from intake to the decision's service.

    ``state`` is a :class:`gaotai_desktop.domain.cases.CaseState`; every step is a
    :class:`CaseEvent`. ``clock``/``due_on`` are the running statutory clock and its last day
    (``clock`` empty when none runs); ``due_moved_by`` why the day moved off its nominal date.
    """

    __tablename__ = "recognition_case"
    __table_args__ = (Index("ix_recognition_case_state_due", "state", "due_on"),)
    #: employer | worker | relative | union
    applicant_kind: Mapped[str] = mapped_column(String(16), default="employer")
    worker_name: Mapped[str] = mapped_column(String(64))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprise.id"), index=True)
    accident_id: Mapped[str | None] = mapped_column(ForeignKey("accident.id"), index=True)
    accident_date: Mapped[dt.date] = mapped_column(Date)
    applied_on: Mapped[dt.date] = mapped_column(Date)
    #: window | home_visit
    channel: Mapped[str] = mapped_column(String(16), default="window")
    state: Mapped[str] = mapped_column(String(24), default="applied")
    clock: Mapped[str] = mapped_column(String(16), default="", server_default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    due_moved_by: Mapped[str] = mapped_column(String(32), default="", server_default="")
    #: The unmoved last day of the decision clock (extended by suspensions before moving).
    decision_nominal: Mapped[dt.date | None] = mapped_column(Date)
    simple: Mapped[bool] = mapped_column(Boolean, default=False)
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    served_on: Mapped[dt.date | None] = mapped_column(Date)
    #: 认定工伤 / 视同工伤 / 不予认定 / 不予受理 / 终止, and the article relied on.
    outcome: Mapped[str] = mapped_column(String(8), default="", server_default="")
    article: Mapped[str] = mapped_column(String(128), default="", server_default="")
    #: The time limit to apply had passed: who confirmed taking it anyway, and why.
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    late_confirmation: Mapped[str] = mapped_column(Text, default="", server_default="")


class CaseEvent(Stamped, Base):
    """A step of a case: who and when (the stamps), on which day, and why."""

    __tablename__ = "case_event"
    case_id: Mapped[str] = mapped_column(ForeignKey("recognition_case.id"), index=True)
    step: Mapped[str] = mapped_column(String(24))
    from_state: Mapped[str] = mapped_column(String(24), default="", server_default="")
    to_state: Mapped[str] = mapped_column(String(24))
    on_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)


class CaseMaterial(Stamped, Base):
    """One item of a case's materials checklist (申请表, 劳动关系证明, 医疗诊断证明, ...)."""

    __tablename__ = "case_material"
    __table_args__ = (UniqueConstraint("case_id", "item"),)
    case_id: Mapped[str] = mapped_column(ForeignKey("recognition_case.id"), index=True)
    item: Mapped[str] = mapped_column(String(64))
    received: Mapped[bool] = mapped_column(Boolean, default=False)
    received_on: Mapped[dt.date | None] = mapped_column(Date)


class CaseSuspension(Stamped, Base):
    """A suspension (中止) of a case's decision clock; ``resumed_on`` empty while it lasts."""

    __tablename__ = "case_suspension"
    case_id: Mapped[str] = mapped_column(ForeignKey("recognition_case.id"), index=True)
    suspended_on: Mapped[dt.date] = mapped_column(Date)
    resumed_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class CaseDocument(Stamped, Base):
    """A document issued for a recognition case: the paper of one of its steps (the
    :class:`CaseEvent`), so a reprint finds the same stored document (revision 0013)."""

    __tablename__ = "case_document"
    __table_args__ = (UniqueConstraint("event_id", "kind"),)
    case_id: Mapped[str] = mapped_column(ForeignKey("recognition_case.id"), index=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("case_event.id"))
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id"), unique=True)
    #: :class:`gaotai_desktop.domain.documents.CaseDocumentKind`
    kind: Mapped[str] = mapped_column(String(32))


class InvestigationRecord(Stamped, Base):
    """调查笔录 taken for a recognition case: when and where, the two staff with their
    certificate numbers, the person questioned and the questions and answers (``qa``: JSON
    list of ``[question, answer]``) (revision 0013)."""

    __tablename__ = "investigation_record"
    case_id: Mapped[str] = mapped_column(ForeignKey("recognition_case.id"), index=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(128), default="", server_default="")
    staff1_name: Mapped[str] = mapped_column(String(64), default="", server_default="")
    staff1_cert: Mapped[str] = mapped_column(String(64), default="", server_default="")
    staff2_name: Mapped[str] = mapped_column(String(64), default="", server_default="")
    staff2_cert: Mapped[str] = mapped_column(String(64), default="", server_default="")
    person_name: Mapped[str] = mapped_column(String(64), default="", server_default="")
    person_gender: Mapped[str] = mapped_column(String(8), default="", server_default="")
    person_id_number: Mapped[str] = mapped_column(String(18), default="", server_default="")
    #: Print the full ID number (else masked).
    full_id: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    person_relation: Mapped[str] = mapped_column(String(64), default="", server_default="")
    person_phone: Mapped[str] = mapped_column(String(32), default="", server_default="")
    qa: Mapped[str] = mapped_column(Text, default="", server_default="")


#: Every enterprise's counted accidents per calendar year: not a record but a count kept by
#: triggers on SQLite (migration 0014), in the same transaction as every change of an accident or
#: an injured person; ``data.light.read_tiers`` reads the tiers from it.
tier_count = Table(
    "tier_count",
    Base.metadata,
    Column("enterprise_id", String(36), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("accidents", Integer, nullable=False),
    sqlite_with_rowid=False,
)


# the sync, training and hotline tables (kept in their own module, registered on Base here)
from . import models_sync as _more  # noqa: E402

SyncNode = _more.SyncNode
SyncPeer = _more.SyncPeer
SyncOutbox = _more.SyncOutbox
SyncPackage = _more.SyncPackage
SyncConflict = _more.SyncConflict
TrainingSession = _more.TrainingSession
TrainingAttendance = _more.TrainingAttendance
HotlineCall = _more.HotlineCall
