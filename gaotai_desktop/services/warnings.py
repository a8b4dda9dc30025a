"""The closed loop: every warning followed from issue to closing (预警下发 → 送达 → 整改反馈 →
效果评估), its measures as tasks, interviews and inspections, and what is late.

Issuing opens the warnings (:class:`WarningFiler`, inside the issuing transaction). Every other
change is one public call here: one transaction, checked against the legal moves of
:class:`~gaotai_desktop.domain.documents.WarningState` before anything is written, with an event
that records who, when and why.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from ..data import report_queries
from ..data.models import (
    AwardRestriction,
    Delivery,
    Document,
    Enterprise,
    MeasureTask,
    WarningDocument,
    WarningEvent,
    WarningRecord,
)
from ..domain.calendar import WorkCalendar
from ..domain.deadlines import Due
from ..domain.documents import DocumentKind, WarningState, transition
from ..domain.errors import Conflict, IllegalTransition, NotFound, ValidationError
from ..domain.loop import (
    ANSWER_TASK,
    AWAITING_ANSWER,
    DELIVERY_METHODS,
    WARNING_LETTER,
    DeliveryFacts,
    DueItem,
    Evaluation,
    EventRow,
    TaskKind,
    TaskRow,
    TaskState,
    Urgency,
    WarningRow,
    add_months,
    urgency,
)
from ..domain.roles import Action
from ..domain.tiers import Tier
from ..office_settings import OfficeSettings
from .base import Database
from .loop_records import LoopRecords, _not_future, _open_tasks, _read_attachment
from .office import OfficeService
from .warning_filing import WarningFiler, _calendar, _event, answer_due

__all__ = ["WarningFiler", "WarningService", "answer_due"]


class WarningService(LoopRecords):
    """The life of every warning, its tasks, interviews, inspections and what is late."""

    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db = db
        self.office = office

    def _calendar(self) -> WorkCalendar:
        return _calendar(self.office.get())

    # -- reading ------------------------------------------------------------------------------
    def list(
        self, as_of: dt.date, *, year: int | None = None, enterprise_id: str | None = None
    ) -> builtins.list[WarningRow]:
        """Warnings (all years unless ``year``), late ones marked as of ``as_of``."""
        calendar = self._calendar()
        with self.db.transaction() as s:
            stmt = _warning_select()
            if year is not None:
                stmt = stmt.where(WarningRecord.year == year)
            if enterprise_id is not None:
                stmt = stmt.where(WarningRecord.enterprise_id == enterprise_id)
            stmt = stmt.order_by(WarningRecord.issued_on, Enterprise.uscc, WarningRecord.tier)
            return _warning_rows(s, s.execute(stmt).all(), as_of, calendar)

    def get(self, ref: str, as_of: dt.date) -> WarningRow:
        """A warning by its id or the number of any of its documents."""
        calendar = self._calendar()
        with self.db.transaction() as s:
            warning = _find(s, ref)
            row = s.execute(_warning_select().where(WarningRecord.id == warning.id)).one()
            return _warning_rows(s, [row], as_of, calendar)[0]

    def history(self, ref: str) -> builtins.list[EventRow]:
        with self.db.transaction() as s:
            warning = _find(s, ref)
            events = s.scalars(
                select(WarningEvent)
                .where(WarningEvent.warning_id == warning.id)
                .order_by(WarningEvent.created_at)
            )
            return [
                EventRow(e.from_state, e.to_state, e.on_date, e.reason, e.created_by, e.created_at)
                for e in events
            ]

    def tasks(
        self,
        as_of: dt.date,
        *,
        enterprise_id: str | None = None,
        warning_id: str | None = None,
        open_only: bool = False,
    ) -> builtins.list[TaskRow]:
        with self.db.transaction() as s:
            stmt = _task_select()
            if enterprise_id is not None:
                stmt = stmt.where(MeasureTask.enterprise_id == enterprise_id)
            if warning_id is not None:
                stmt = stmt.where(MeasureTask.warning_id == warning_id)
            if open_only:
                stmt = stmt.where(MeasureTask.state == TaskState.OPEN)
            stmt = stmt.order_by(MeasureTask.due_on.is_(None), MeasureTask.due_on, Enterprise.uscc)
            return [_task_row(r, as_of) for r in s.execute(stmt).all()]

    def agenda(self, as_of: dt.date) -> builtins.list[DueItem]:
        """待办: every open item due within the next few days or overdue, most urgent first."""
        horizon = as_of + dt.timedelta(days=3)
        return self._due(as_of, horizon)

    def overdue(self, as_of: dt.date) -> builtins.list[DueItem]:
        """Every open item whose due date has passed as of ``as_of``."""
        return [i for i in self._due(as_of, as_of - dt.timedelta(days=1))]

    def _due(self, as_of: dt.date, until: dt.date) -> builtins.list[DueItem]:
        # the answer of a warning is named by its tier's answer task (yellow feedback ...)
        names = {f"answer_{t.code}": str(k) for t, k in ANSWER_TASK.items()}
        with self.db.transaction() as s:
            return report_queries.due_rows(s, as_of, until, names)

    def counts(self, as_of: dt.date) -> tuple[int, int]:
        """(overdue, due soon) items, for the status bar."""
        items = self.agenda(as_of)
        overdue = sum(1 for i in items if i.urgency is Urgency.OVERDUE)
        return overdue, len(items) - overdue

    # -- the loop -----------------------------------------------------------------------------
    def deliver(
        self,
        doc_no: str,
        facts: DeliveryFacts,
        *,
        today: dt.date,
        attachments: Sequence[Path] = (),
    ) -> WarningRow | None:
        """Record the signed 送达回证 of document ``doc_no``. Delivering a warning's letter to the
        enterprise moves the warning to delivered and starts its clock: the written answer is due
        so many days after receipt (rest days moved). Returns the warning (None: not under one)."""
        _check_delivery(facts, today)
        files = [_read_attachment(p) for p in attachments]
        settings = self.office.get()
        with self.db.transaction(immediate=True) as s:
            doc = s.scalar(select(Document).where(Document.doc_no == doc_no.strip()))
            if doc is None:
                raise NotFound("document", doc_no)
            if doc.status == "corrected":
                raise Conflict("delivery_corrected", doc_no=doc.doc_no)
            if facts.delivered_on < doc.issue_date:
                raise ValidationError(
                    "delivered_on", "before_issue", {"value": facts.delivered_on.isoformat(),
                                                     "issue_date": doc.issue_date.isoformat()},
                )  # fmt: skip
            if s.scalar(select(Delivery.id).where(Delivery.document_id == doc.id)):
                raise Conflict("already_delivered", doc_no=doc.doc_no)
            delivery = Delivery(
                document_id=doc.id, delivered_on=facts.delivered_on, method=facts.method,
                recipient=facts.recipient.strip(), proxy=facts.proxy.strip(),
                refusal_reason=facts.refusal_reason.strip(), witness=facts.witness.strip(),
                note=facts.note.strip(), **self.db.stamp(),
            )  # fmt: skip
            s.add(delivery)
            s.flush()
            self._attach(s, "delivery", delivery.id, files)
            warning = s.scalar(
                select(WarningRecord)
                .join(WarningDocument, WarningDocument.warning_id == WarningRecord.id)
                .where(WarningDocument.document_id == doc.id)
            )
            if warning is None:
                return None
            tier = Tier.from_code(warning.tier)
            if doc.kind == WARNING_LETTER[tier]:
                new = transition(WarningState(warning.state), WarningState.DELIVERED)
                due = answer_due(settings, tier, facts.delivered_on)
                old = warning.state
                warning.state, warning.delivered_on = new, facts.delivered_on
                warning.feedback_due = due.due
                warning.feedback_due_moved_by = due.moved_by or ""
                self.db.touch(warning)
                s.add(
                    _event(self.db, warning, old, new, facts.delivered_on,
                           f"{doc.doc_no} {facts.method}，签收人{facts.recipient or '—'}")
                )  # fmt: skip
                for task in _open_tasks(s, warning.id, (ANSWER_TASK[tier],)):
                    task.due_on = due.due
                    self.db.touch(task)
            if doc.kind == DocumentKind.AUTHORITY_NOTICE:
                for task in _open_tasks(s, warning.id, (TaskKind.AUTHORITY_NOTIFIED,)):
                    task.state, task.done_on = TaskState.DONE, facts.delivered_on
                    task.note = f"{doc.doc_no} 已送达"
                    self.db.touch(task)
            s.flush()
            row = s.execute(_warning_select().where(WarningRecord.id == warning.id)).one()
            return _warning_rows(s, [row], today, _calendar(settings))[0]

    def feedback(
        self,
        ref: str,
        *,
        on: dt.date,
        text: str,
        today: dt.date,
        attachments: Sequence[Path] = (),
    ) -> WarningRow:
        """The enterprise's written answer (feedback, report or plan) arrived on ``on``."""
        if not text.strip():
            raise ValidationError("feedback_text", "required")
        _not_future("feedback_on", on, today)
        files = [_read_attachment(p) for p in attachments]
        settings = self.office.get()
        with self.db.transaction(immediate=True) as s:
            warning = _find(s, ref)
            new = transition(WarningState(warning.state), WarningState.FEEDBACK_RECEIVED)
            if warning.delivered_on and on < warning.delivered_on:
                raise ValidationError(
                    "feedback_on", "before_delivery",
                    {"value": on.isoformat(), "delivered_on": warning.delivered_on.isoformat()},
                )  # fmt: skip
            old = warning.state
            warning.state, warning.feedback_on, warning.feedback_text = new, on, text.strip()
            self.db.touch(warning)
            event = _event(self.db, warning, old, new, on, text.strip()[:200])
            s.add(event)
            s.flush()
            self._attach(s, "warning_event", event.id, files)
            for task in _open_tasks(s, warning.id, (ANSWER_TASK[Tier.from_code(warning.tier)],)):
                task.state, task.done_on = TaskState.DONE, on
                self.db.touch(task)
            s.flush()
            row = s.execute(_warning_select().where(WarningRecord.id == warning.id)).one()
            return _warning_rows(s, [row], today, _calendar(settings))[0]

    def evaluate(
        self,
        ref: str,
        *,
        on: dt.date,
        result: str,
        today: dt.date,
        note: str = "",
        new_due: dt.date | None = None,
    ) -> WarningRow:
        """效果评估: effective closes the warning; ineffective reopens it with a new deadline
        (``new_due``, or the tier's period counted from ``on``) and feedback is due again."""
        try:
            outcome = Evaluation(result)
        except ValueError:
            raise ValidationError("evaluation", "unknown_choice", {
                "value": result, "choices": "effective、ineffective"}) from None  # fmt: skip
        _not_future("evaluated_on", on, today)
        settings = self.office.get()
        with self.db.transaction(immediate=True) as s:
            warning = _find(s, ref)
            target = (
                WarningState.CLOSED if outcome is Evaluation.EFFECTIVE else WarningState.REOPENED
            )
            if warning.state != WarningState.FEEDBACK_RECEIVED:
                # an evaluation judges a feedback: it needs one (a closed warning reopens only
                # through a new feedback's evaluation)
                raise IllegalTransition(
                    "warning", warning.state, target, (str(WarningState.FEEDBACK_RECEIVED),)
                )
            new = transition(WarningState(warning.state), target)
            if warning.feedback_on and on < warning.feedback_on:
                raise ValidationError(
                    "evaluated_on", "before_feedback",
                    {"value": on.isoformat(), "feedback_on": warning.feedback_on.isoformat()},
                )  # fmt: skip
            old = warning.state
            warning.state, warning.evaluated_on = new, on
            warning.evaluation, warning.evaluation_note = outcome, note.strip()
            tier = Tier.from_code(warning.tier)
            if new is WarningState.CLOSED:
                warning.closed_on = on
                reason = "评估：整改有效，办结" + (f"。{note.strip()}" if note.strip() else "")
            else:
                if new_due is not None:
                    if new_due <= on:
                        raise ValidationError("new_due", "after_evaluation", {
                            "value": new_due.isoformat(), "evaluated_on": on.isoformat()})  # fmt: skip
                    due = Due(new_due, None, new_due)
                else:
                    due = answer_due(settings, tier, on)
                warning.feedback_due, warning.feedback_due_moved_by = due.due, due.moved_by or ""
                warning.closed_on = None
                reason = f"评估：整改未见成效，重新整改，期限至{due.due.isoformat()}" + (
                    f"。{note.strip()}" if note.strip() else ""
                )
                s.add(
                    MeasureTask(
                        warning_id=warning.id,
                        enterprise_id=warning.enterprise_id,
                        year=warning.year,
                        kind=ANSWER_TASK[tier],
                        level="enterprise",
                        due_on=due.due,
                        state=TaskState.OPEN,
                        note="重新整改",
                        **self.db.stamp(),
                    )  # fmt: skip
                )
            self.db.touch(warning)
            s.add(_event(self.db, warning, old, new, on, reason))
            s.flush()
            row = s.execute(_warning_select().where(WarningRecord.id == warning.id)).one()
            return _warning_rows(s, [row], today, _calendar(settings))[0]

    # -- tasks ----------------------------------------------------------------------------------
    def complete_task(self, task_id: str, *, on: dt.date, note: str, today: dt.date) -> TaskRow:
        """Mark a measure done on ``on``; a periodic interview schedules the next one."""
        _not_future("done_on", on, today)
        settings = self.office.get()
        with self.db.transaction(immediate=True) as s:
            task = s.get(MeasureTask, task_id)
            if task is None:
                raise NotFound("task", task_id)
            if task.state != TaskState.OPEN:
                raise Conflict("task_closed", kind=task.kind)
            if task.kind in (str(k) for k in ANSWER_TASK.values()) and task.warning_id:
                raise Conflict("task_is_answer", kind=task.kind)
            self._complete(s, task, on, note.strip(), settings)
            s.flush()
            return _task_row(
                s.execute(_task_select().where(MeasureTask.id == task.id)).one(), today
            )

    def _complete(
        self, s: Session, task: MeasureTask, on: dt.date, note: str, settings: OfficeSettings
    ) -> None:
        """Mark ``task`` done; a periodic interview of an open warning schedules the next one."""
        task.state, task.done_on, task.note = TaskState.DONE, on, note
        self.db.touch(task)
        if task.kind == TaskKind.PERIODIC_INTERVIEW and task.warning_id:
            warning = s.get(WarningRecord, task.warning_id)
            if warning is not None and warning.state != WarningState.CLOSED:
                s.add(
                    MeasureTask(
                        warning_id=task.warning_id,
                        enterprise_id=task.enterprise_id,
                        year=on.year,
                        kind=task.kind,
                        level=task.level,
                        due_on=add_months(on, settings.periodic_interview_months),
                        state=TaskState.OPEN,
                        **self.db.stamp(),
                    )  # fmt: skip
                )

    def lift_award_restriction(
        self, enterprise_id: str, year: int, *, on: dt.date, reason: str, today: dt.date
    ) -> None:
        """End a 限制评先评优 early (a supervisor's decision, with its reason)."""
        self.db.require(Action.LIFT_AWARD_RESTRICTION)
        if not reason.strip():
            raise ValidationError("lift_reason", "required")
        _not_future("lifted_on", on, today)
        with self.db.transaction(immediate=True) as s:
            row = s.scalar(
                select(AwardRestriction).where(
                    AwardRestriction.enterprise_id == enterprise_id,
                    AwardRestriction.year == year,
                )
            )
            if row is None:
                raise NotFound("award_restriction", f"{enterprise_id}/{year}")
            if row.lifted_on is not None:
                raise Conflict("already_lifted", on=row.lifted_on.isoformat())
            row.lifted_on, row.lifted_by, row.lift_reason = on, self.db.actor, reason.strip()
            self.db.touch(row)
            for task in s.scalars(
                select(MeasureTask).where(
                    MeasureTask.enterprise_id == enterprise_id,
                    MeasureTask.year == year,
                    MeasureTask.kind == TaskKind.AWARD_RESTRICTION,
                    MeasureTask.state == TaskState.OPEN,
                )
            ):
                task.state, task.done_on, task.note = TaskState.DONE, on, f"提前解除：{reason}"
                self.db.touch(task)


# -- helpers -----------------------------------------------------------------------------------
def _check_delivery(facts: DeliveryFacts, today: dt.date) -> None:
    if facts.method not in DELIVERY_METHODS:
        raise ValidationError("delivery_method", "unknown_choice",
                              {"value": facts.method, "choices": "、".join(DELIVERY_METHODS)})  # fmt: skip
    _not_future("delivered_on", facts.delivered_on, today)
    if facts.method == "留置送达":
        if not facts.refusal_reason.strip():
            raise ValidationError("refusal_reason", "required")
        if not facts.witness.strip():
            raise ValidationError("witness", "required")
    elif facts.method in ("直接送达", "委托送达") and not (
        facts.recipient.strip() or facts.proxy.strip()
    ):
        raise ValidationError("recipient", "required")


def _find(s: Session, ref: str) -> WarningRecord:
    """A warning by id or by the number of one of its documents."""
    ref = ref.strip()
    warning = s.get(WarningRecord, ref)
    if warning is None:
        warning = s.scalar(
            select(WarningRecord)
            .join(WarningDocument, WarningDocument.warning_id == WarningRecord.id)
            .join(Document, Document.id == WarningDocument.document_id)
            .where(Document.doc_no == ref)
        )
    if warning is None:
        raise NotFound("warning", ref)
    return warning


def _warning_select() -> Select[WarningRecord, Enterprise]:
    return select(WarningRecord, Enterprise).join(
        Enterprise, Enterprise.id == WarningRecord.enterprise_id
    )


def _warning_rows(
    s: Session,
    rows: Sequence[Row[WarningRecord, Enterprise]],
    as_of: dt.date,
    calendar: WorkCalendar,
) -> builtins.list[WarningRow]:
    ids = [w.id for w, _ in rows]
    docs: dict[str, builtins.list[str]] = {}
    for i in range(0, len(ids), 500):
        for wid, doc_no in s.execute(
            select(WarningDocument.warning_id, Document.doc_no)
            .join(Document, Document.id == WarningDocument.document_id)
            .where(WarningDocument.warning_id.in_(ids[i : i + 500]))
            .order_by(Document.issue_date, Document.doc_no)
        ):
            docs.setdefault(wid, []).append(doc_no)
    out = []
    for w, e in rows:
        awaiting = w.state in AWAITING_ANSWER and w.superseded_by_id is None
        out.append(
            WarningRow(
                id=w.id, enterprise_id=e.id, uscc=e.uscc, name=e.name, township=e.township,
                authority=e.authority, tier=w.tier, year=w.year, state=w.state,
                issued_on=w.issued_on, documents=tuple(docs.get(w.id, ())),
                delivered_on=w.delivered_on, feedback_due=w.feedback_due,
                feedback_due_moved_by=w.feedback_due_moved_by, feedback_on=w.feedback_on,
                evaluation=w.evaluation, closed_on=w.closed_on,
                superseded=w.superseded_by_id is not None,
                urgency=urgency(w.feedback_due, as_of, done=not awaiting),
                due_unverified=bool(w.feedback_due and not calendar.covers(w.feedback_due.year)),
            )
        )  # fmt: skip
    return out


def _task_select() -> Select[MeasureTask, Enterprise, str]:
    return (
        select(MeasureTask, Enterprise, WarningRecord.tier)
        .join(Enterprise, Enterprise.id == MeasureTask.enterprise_id)
        .outerjoin(WarningRecord, WarningRecord.id == MeasureTask.warning_id)
        .where(Enterprise.deleted_at.is_(None))
    )


def _task_row(row: Row[MeasureTask, Enterprise, str], as_of: dt.date) -> TaskRow:
    t, e, tier = row
    return TaskRow(
        id=t.id, warning_id=t.warning_id, enterprise_id=e.id, uscc=e.uscc, name=e.name,
        township=e.township, authority=e.authority, tier=tier or "", year=t.year, kind=t.kind,
        level=t.level, due_on=t.due_on, state=t.state, done_on=t.done_on, note=t.note,
        urgency=urgency(t.due_on, as_of, done=t.state != TaskState.OPEN),
    )  # fmt: skip
