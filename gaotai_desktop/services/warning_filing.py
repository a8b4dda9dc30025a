"""Warnings opened by issuing (:class:`WarningFiler`, inside the issuing transaction), the answer
deadline of a warning letter, and the events and first due dates of the measures it opens."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.models import (
    Document,
    MeasureTask,
    WarningDocument,
    WarningEvent,
    WarningRecord,
    new_id,
)
from ..domain.calendar import WorkCalendar, parse_tables
from ..domain.deadlines import Due, count_deadline
from ..domain.documents import DeadlineKind, WarningState
from ..domain.loop import (
    TASKS_BY_TIER,
    TaskKind,
    TaskState,
    add_months,
    answer_days,
)
from ..domain.tiers import Tier
from ..office_settings import OfficeSettings
from .base import Database
from .letter_requests import restriction_until


def _calendar(settings: OfficeSettings) -> WorkCalendar:
    return WorkCalendar(parse_tables(settings.holidays))


def answer_due(settings: OfficeSettings, tier: Tier, start: dt.date) -> Due:
    """When the tier's written answer is due, counted from ``start`` (delivery or reopening)."""
    days = answer_days(
        tier,
        feedback_days=settings.feedback_days,
        rectification_days=settings.rectification_days,
        plan_days=settings.plan_days,
    )
    return count_deadline(start, days, _calendar(settings))


# -- opened by issuing --------------------------------------------------------------------------
#: Enterprise ids per ``IN (...)`` when a chunk's warnings are read.
_IN_BATCH = 500
_INTERVIEW_TASKS = (str(TaskKind.INTERVIEW), str(TaskKind.PERIODIC_INTERVIEW))


class WarningFiler:
    """Files the documents of one issuing chunk under their enterprises' warnings, in bulk.

    Made inside the issuing transaction, before any document of the chunk is added: it reads the
    chunk's enterprises' warnings of the year and their open interview tasks once (queries bounded
    by the chunk, not by the database). :meth:`attach` then works in memory: a warning is opened
    the first time (with its event, its measure tasks, and lower tiers' warnings superseded), the
    document is linked, and the open interview tasks take the interview date the letter prints.
    :meth:`opened` are the new warnings, to be inserted with the documents; :meth:`finish` then
    supersedes the lower tiers and adds the events, tasks and links to the session (one insert
    statement per table when flushed)."""

    def __init__(
        self,
        s: Session,
        db: Database,
        settings: OfficeSettings,
        year: int,
        enterprise_ids: Collection[str],
    ) -> None:
        self.s, self.db, self.settings, self.year = s, db, settings, year
        self._warnings: dict[str, builtins.list[WarningRecord]] = {}
        self._tasks: dict[str, builtins.list[MeasureTask]] = {}
        self._opened: builtins.list[WarningRecord] = []
        self._supersede: builtins.list[tuple[WarningRecord, WarningRecord]] = []
        self._rows: builtins.list[object] = []
        ids = sorted(set(enterprise_ids))
        with s.no_autoflush:
            for i in range(0, len(ids), _IN_BATCH):
                for w in s.scalars(
                    select(WarningRecord).where(
                        WarningRecord.enterprise_id.in_(ids[i : i + _IN_BATCH]),
                        WarningRecord.year == year,
                    )
                ):
                    self._warnings.setdefault(w.enterprise_id, []).append(w)
            known = sorted(w.id for ws in self._warnings.values() for w in ws)
            for i in range(0, len(known), _IN_BATCH):
                for t in s.scalars(
                    select(MeasureTask).where(
                        MeasureTask.warning_id.in_(known[i : i + _IN_BATCH]),
                        MeasureTask.kind.in_(_INTERVIEW_TASKS),
                        MeasureTask.state == TaskState.OPEN,
                    )
                ):
                    self._tasks.setdefault(str(t.warning_id), []).append(t)

    def attach(
        self,
        document: Document,
        enterprise_id: str,
        tier: Tier,
        printed: Sequence[tuple[str, dt.datetime]] = (),
    ) -> None:
        """File ``document`` (its ``id`` set) under the warning of ``enterprise_id`` and ``tier``
        of the year, opening it the first time. ``printed`` are the (deadline kind, due) pairs
        the letter prints."""
        if tier is Tier.NONE:
            return
        db, on = self.db, document.issue_date
        warnings = self._warnings.setdefault(enterprise_id, [])
        warning = next((w for w in warnings if w.tier == tier.code), None)
        if warning is None:
            warning = WarningRecord(
                id=new_id(), enterprise_id=enterprise_id, tier=tier.code, year=self.year,
                state=WarningState.ISSUED, issued_on=on, **db.stamp(),
            )  # fmt: skip
            self._opened.append(warning)
            self._rows.append(
                _event(db, warning, "", WarningState.ISSUED, on, f"下发 {document.doc_no}")
            )
            for lower in warnings:
                if lower.superseded_by_id is None and Tier.from_code(lower.tier) < tier:
                    self._supersede.append((lower, warning))
            warnings.append(warning)
            tasks = self._tasks.setdefault(warning.id, [])
            for kind, level in TASKS_BY_TIER[tier]:
                task = MeasureTask(
                    id=new_id(), warning_id=warning.id, enterprise_id=enterprise_id,
                    year=self.year, kind=kind, level=level,
                    due_on=_first_due(kind, self.settings, on), state=TaskState.OPEN,
                    note="", **db.stamp(),  # every column given: one insert for all the tasks
                )  # fmt: skip
                self._rows.append(task)
                if kind in _INTERVIEW_TASKS:
                    tasks.append(task)
        self._rows.append(
            WarningDocument(warning_id=warning.id, document_id=document.id, **db.stamp())
        )
        interview = dict(printed).get(DeadlineKind.INTERVIEW)
        if interview is not None:
            for task in self._tasks.get(warning.id, ()):
                if task.due_on is None or task.due_on > interview.date():
                    task.due_on = interview.date()
                    task.note = f"约谈时间见 {document.doc_no}"
                    if task in self.s:  # a stored task is updated; a new one inserted so
                        db.touch(task)

    def opened(self) -> builtins.list[WarningRecord]:
        """The warnings opened by this chunk (insert them with the documents)."""
        return self._opened

    def finish(self) -> None:
        """After the documents and :meth:`opened` are flushed: supersede the lower tiers' warnings
        and add the events, tasks and links."""
        for lower, by in self._supersede:
            if lower.superseded_by_id is None:
                lower.superseded_by_id = by.id
                self.db.touch(lower)
        self.s.add_all(self._rows)
        self._opened, self._supersede, self._rows = [], [], []


def _first_due(kind: TaskKind, settings: OfficeSettings, issued_on: dt.date) -> dt.date | None:
    """Due dates known at issue; the answer's comes with delivery, interviews from the letter."""
    if kind is TaskKind.PERIODIC_INTERVIEW:
        return add_months(issued_on, settings.periodic_interview_months)
    if kind is TaskKind.AWARD_RESTRICTION:
        return restriction_until(settings, issued_on)
    if kind in (TaskKind.SPECIAL_INSPECTION, TaskKind.TRAINING):
        return count_deadline(issued_on, 30, _calendar(settings)).due
    if kind is TaskKind.AUTHORITY_NOTIFIED:
        # the letter to the authority is delivered within a working week of its issue
        return count_deadline(issued_on, 5, _calendar(settings), working_days=True).due
    return None


def _event(
    db: Database, warning: WarningRecord, old: str, new: str, on: dt.date, reason: str
) -> WarningEvent:
    return WarningEvent(
        warning_id=warning.id, from_state=old, to_state=new, on_date=on, reason=reason,
        **db.stamp(),
    )  # fmt: skip
