"""SQL aggregates behind the weekly, monthly and quarterly reports and the statistics tab.

Accidents are counted as the tiers count them: the window and the live conditions are
:func:`gaotai_desktop.data.queries.live_accident_clauses`, and an accident whose every injured
person is 不予认定 is taken out the way :func:`~gaotai_desktop.data.queries.accident_count_subquery`
does (all live accidents, minus the few starting from the rejected persons). Enterprises that were
deleted are left out, as in the tier list.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, exists, extract, func, not_, or_, select
from sqlalchemy.orm import Session

from ..domain.documents import WarningState
from ..domain.loop import ANSWER_TASK, AWAITING_ANSWER, Level, TaskState, Urgency, urgency
from ..domain.reports import DueRow, RestrictionRow
from ..domain.tiers import NOT_COUNTED_OUTCOMES
from .models import (
    Accident,
    AwardRestriction,
    Document,
    Enterprise,
    InjuredPerson,
    MeasureTask,
    WarningEvent,
    WarningRecord,
)
from .queries import live_accident_clauses

_EXCLUDED = [o.value for o in NOT_COUNTED_OUTCOMES]

#: (month, inside the compared period, township, industry, category) -> counted accidents.
GroupKey = tuple[int, bool, str, str, str]


def accident_groups(session: Session, year_end: dt.date, within: dt.date) -> dict[GroupKey, int]:
    """Counted accidents of the calendar year up to ``year_end``, grouped by month, township,
    industry and category, and by whether they fall on or before ``within`` (the cutoff of the
    compared period).

    Grouped per enterprise in SQL (an index range scan, no join), then by its township and
    industry here: at county scale the join costs more than the 20,000-row lookup."""
    live = live_accident_clauses(year_end)
    month = extract("month", Accident.occurred_on)
    inside = case((Accident.occurred_on <= within, 1), else_=0)
    cols = (Accident.enterprise_id, month, inside, Accident.category)
    everything = select(*cols, func.count()).where(*live).group_by(*cols)
    rejected = select(InjuredPerson.accident_id).where(InjuredPerson.outcome.in_(_EXCLUDED))
    any_counted_person = exists().where(
        InjuredPerson.accident_id == Accident.id, InjuredPerson.outcome.not_in(_EXCLUDED)
    )
    not_counted = (
        select(*cols, func.count())
        .where(Accident.id.in_(rejected), *live, not_(any_counted_person))
        .group_by(*cols)
    )
    places = {
        eid: (town or "", ind or "")
        for eid, town, ind in session.execute(
            select(Enterprise.id, Enterprise.township, Enterprise.industry).where(
                Enterprise.deleted_at.is_(None)
            )
        )
    }
    out: dict[GroupKey, int] = defaultdict(int)
    for stmt, sign in ((everything, 1), (not_counted, -1)):
        for eid, m, ins, cat, n in session.execute(stmt):
            place = places.get(eid)
            if place is None:  # a deleted enterprise: left out, as in the tier list
                continue
            out[(int(m), bool(ins), place[0], place[1], cat or "")] += sign * int(n)
    return {k: n for k, n in out.items() if n}


def warnings_issued(session: Session, start: dt.date, end: dt.date) -> dict[str, int]:
    """Warnings issued from ``start`` to ``end`` per tier code."""
    stmt = (
        select(WarningRecord.tier, func.count())
        .join(Enterprise, Enterprise.id == WarningRecord.enterprise_id)
        .where(
            WarningRecord.issued_on >= start,
            WarningRecord.issued_on <= end,
            Enterprise.deleted_at.is_(None),
        )
        .group_by(WarningRecord.tier)
    )
    return {tier: int(n) for tier, n in session.execute(stmt)}


#: The tasks that are a warning's written answer (listed through the warning, not twice).
_ANSWER_KINDS = sorted({k.value for k in ANSWER_TASK.values()})


#: What a due item shows of its enterprise.
_ENT = (Enterprise.id, Enterprise.uscc, Enterprise.name, Enterprise.township, Enterprise.authority)


def due_rows(
    session: Session, as_of: dt.date, until: dt.date, what: dict[str, str]
) -> list[DueRow]:
    """Everything still owed with a due date on or before ``until``: warnings awaiting their
    written answer (delivered or reopened, not superseded by an escalation) and open measure
    tasks, of enterprises in the register, with their urgency at ``as_of``. The one rule of
    what is due: the 待办 list and the status bar (``services.warnings``) and the reports read it. ``what`` names a warning's answer per tier code (``answer_<tier>``) and a task per
    kind."""
    warnings = (
        select(WarningRecord.id, WarningRecord.tier, WarningRecord.feedback_due, *_ENT)
        .join(Enterprise, Enterprise.id == WarningRecord.enterprise_id)
        .where(
            WarningRecord.state.in_([s.value for s in AWAITING_ANSWER]),
            WarningRecord.feedback_due.is_not(None),
            WarningRecord.feedback_due <= until,
            # an escalation's higher warning carries the demands on from here
            WarningRecord.superseded_by_id.is_(None),
            Enterprise.deleted_at.is_(None),
        )
    )
    con = session.connection()  # plain rows: no ORM loading for thousands of them
    rows = [
        _warning_row(wid, tier, due, ent, what, urgency(due, as_of))
        for wid, tier, due, *ent in con.execute(warnings)
    ]
    rows += _task_rows(
        session, until, MeasureTask.state == TaskState.OPEN.value, what, lambda d: urgency(d, as_of)
    )
    rows.sort(key=lambda r: (r.due, r.township, r.uscc, r.what))
    return rows


def overdue_at(
    session: Session, due_by: dt.date, owed_on: dt.date, what: dict[str, str]
) -> list[DueRow]:
    """What was overdue as the day ``owed_on`` ended: written answers and measure tasks due on or
    before ``due_by`` and still owed then (a month's bulletin: both the month's last day; "截至月底"
    stays true when the bulletin is made later). A warning's state that day is the one its
    recorded state changes (``WarningEvent``, by their dates) give, a warning without any being
    taken as it is now; a warning superseded by an escalation issued by then is left out, as in
    :func:`due_rows`. A task was owed unless it was done by then. Due dates are the current ones."""
    higher = WarningRecord.__table__.alias("higher")
    candidates = (
        WarningRecord.feedback_due.is_not(None),
        WarningRecord.feedback_due <= due_by,
        WarningRecord.issued_on <= owed_on,
        Enterprise.deleted_at.is_(None),
    )
    warnings = (
        select(
            WarningRecord.id,
            WarningRecord.tier,
            WarningRecord.feedback_due,
            WarningRecord.state,
            higher.c.issued_on,
            *_ENT,
        )  # fmt: skip
        .join(Enterprise, Enterprise.id == WarningRecord.enterprise_id)
        .outerjoin(higher, higher.c.id == WarningRecord.superseded_by_id)
        .where(*candidates)
    )
    events = (
        select(
            WarningEvent.warning_id,
            WarningEvent.from_state,
            WarningEvent.to_state,
            WarningEvent.on_date,
        )  # fmt: skip
        .join(WarningRecord, WarningRecord.id == WarningEvent.warning_id)
        .join(Enterprise, Enterprise.id == WarningRecord.enterprise_id)
        .where(*candidates)
        .order_by(WarningEvent.warning_id, WarningEvent.on_date, WarningEvent.created_at)
    )
    con = session.connection()
    history: dict[str, list[tuple[str, str, dt.date]]] = defaultdict(list)
    for wid, old, new, on in con.execute(events):
        history[wid].append((old, new, on))
    awaiting = {s.value for s in AWAITING_ANSWER}
    rows = [
        _warning_row(wid, tier, due, ent, what, Urgency.OVERDUE)
        for wid, tier, due, now, escalated_on, *ent in con.execute(warnings)
        if (escalated_on is None or escalated_on > owed_on)
        and _state_on(history.get(wid, []), now, owed_on) in awaiting
    ]
    # a task done after that day was still owed then
    owed = or_(
        MeasureTask.state == TaskState.OPEN.value,
        (MeasureTask.state == TaskState.DONE.value) & (MeasureTask.done_on > owed_on),
    )
    rows += _task_rows(session, due_by, owed, what, lambda _d: Urgency.OVERDUE)
    rows.sort(key=lambda r: (r.due, r.township, r.uscc, r.what))
    return rows


def _warning_row(
    wid: str, tier: str, due: dt.date | None, ent: Any, what: dict[str, str], late: Urgency
) -> DueRow:
    """A warning's written answer as a due item (``ent``: the :data:`_ENT` values)."""
    assert due is not None  # (selected so)
    eid, uscc, name, town, auth = ent
    return DueRow("warning", wid, eid, uscc, name, town or "", auth or "", tier,
                  Level.ENTERPRISE.value, what.get(f"answer_{tier}", tier), due, late)  # fmt: skip


def _task_rows(
    session: Session,
    until: dt.date,
    owed: ColumnElement[bool],
    what: dict[str, str],
    late: Callable[[dt.date], Urgency],
) -> list[DueRow]:
    """Measure tasks due on or before ``until`` and ``owed``, of enterprises in the register (a
    warning's written answer is listed through the warning, not twice)."""
    tasks = (
        select(
            MeasureTask.id,
            MeasureTask.kind,
            MeasureTask.level,
            MeasureTask.due_on,
            func.coalesce(WarningRecord.tier, ""),
            *_ENT,
        )  # fmt: skip
        .join(Enterprise, Enterprise.id == MeasureTask.enterprise_id)
        .outerjoin(WarningRecord, WarningRecord.id == MeasureTask.warning_id)
        .where(
            MeasureTask.due_on.is_not(None),
            MeasureTask.due_on <= until,
            Enterprise.deleted_at.is_(None),
            owed,
            or_(MeasureTask.warning_id.is_(None), MeasureTask.kind.not_in(_ANSWER_KINDS)),
        )
    )
    rows = []
    for tid, kind, level, due, tier, eid, uscc, name, town, auth in session.connection().execute(
        tasks
    ):
        assert due is not None  # (selected so)
        rows.append(
            DueRow("task", tid, eid, uscc, name, town or "", auth or "", tier, level,
                   what.get(kind, kind), due, late(due))
        )  # fmt: skip
    return rows


def _state_on(events: list[tuple[str, str, dt.date]], now: str, day: dt.date) -> str:
    """A warning's state as ``day`` ended, from its state changes in order (``now`` when it has
    none): the last one made by then, or, when all came later, the state the first one left."""
    if not events:
        return now
    made = [new for _old, new, on in events if on <= day]
    if made:
        return made[-1]
    return events[0][0] or WarningState.ISSUED.value


@dataclass(frozen=True)
class WarningFacts:
    """A warning as the quarterly evaluation needs it."""

    id: str
    enterprise_id: str
    tier: str
    issued_on: dt.date
    feedback_due: dt.date | None
    feedback_on: dt.date | None
    closed_on: dt.date | None
    state: str


def warning_facts(session: Session, start: dt.date, end: dt.date) -> list[WarningFacts]:
    """Warnings with anything to evaluate in ``start``..``end``: issued, due or closed by ``end``
    and not closed before the year of ``start`` began."""
    stmt = (
        select(
            WarningRecord.id,
            WarningRecord.enterprise_id,
            WarningRecord.tier,
            WarningRecord.issued_on,
            WarningRecord.feedback_due,
            WarningRecord.feedback_on,
            WarningRecord.closed_on,
            WarningRecord.state,
        )
        .join(Enterprise, Enterprise.id == WarningRecord.enterprise_id)
        .where(
            WarningRecord.issued_on <= end,
            Enterprise.deleted_at.is_(None),
            or_(
                WarningRecord.closed_on.is_(None),
                WarningRecord.closed_on >= dt.date(start.year - 1, 1, 1),
            ),
        )
    )
    return [WarningFacts(*row) for row in session.execute(stmt)]


def evaluations(session: Session, start: dt.date, end: dt.date) -> list[tuple[str, bool]]:
    """(warning id, effective) of every 效果评估 made from ``start`` to ``end``: a move from
    feedback received to closed (effective) or to reopened (not effective)."""
    stmt = select(WarningEvent.warning_id, WarningEvent.to_state).where(
        WarningEvent.from_state == WarningState.FEEDBACK_RECEIVED.value,
        WarningEvent.to_state.in_([WarningState.CLOSED.value, WarningState.REOPENED.value]),
        WarningEvent.on_date >= start,
        WarningEvent.on_date <= end,
    )
    return [(wid, to == WarningState.CLOSED.value) for wid, to in session.execute(stmt)]


def accident_dates(
    session: Session, start: dt.date, end: dt.date, enterprise_ids: list[str]
) -> dict[str, list[dt.date]]:
    """Dates of the counted accidents of ``enterprise_ids`` from ``start`` to ``end`` (one
    calendar year: the tiers' window)."""
    if not enterprise_ids:
        return {}
    any_person = exists().where(InjuredPerson.accident_id == Accident.id)
    any_counted_person = exists().where(
        InjuredPerson.accident_id == Accident.id, InjuredPerson.outcome.not_in(_EXCLUDED)
    )
    counted: ColumnElement[bool] = or_(not_(any_person), any_counted_person)
    out: dict[str, list[dt.date]] = defaultdict(list)
    for i in range(0, len(enterprise_ids), 500):
        chunk = enterprise_ids[i : i + 500]
        stmt = select(Accident.enterprise_id, Accident.occurred_on).where(
            *live_accident_clauses(end, chunk), Accident.occurred_on >= start, counted
        )
        for eid, day in session.execute(stmt):
            out[eid].append(day)
    return dict(out)


@dataclass(frozen=True)
class EnterpriseBrief:
    id: str
    uscc: str
    name: str
    township: str


def enterprise_briefs(session: Session, ids: list[str]) -> dict[str, EnterpriseBrief]:
    out: dict[str, EnterpriseBrief] = {}
    for i in range(0, len(ids), 500):
        stmt = select(Enterprise.id, Enterprise.uscc, Enterprise.name, Enterprise.township).where(
            Enterprise.id.in_(ids[i : i + 500])
        )
        for eid, uscc, name, town in session.execute(stmt):
            out[eid] = EnterpriseBrief(eid, uscc, name, town or "")
    return out


def restriction_rows(session: Session, year: int | None = None) -> list[RestrictionRow]:
    """限制评先评优 of every enterprise (of ``year`` when given), newest first: the basis is the
    number of the document that imposed it (the 全县通报)."""
    stmt = (
        select(
            AwardRestriction.id,
            AwardRestriction.enterprise_id,
            Enterprise.name,
            Enterprise.uscc,
            Enterprise.township,
            AwardRestriction.year,
            func.coalesce(Document.doc_no, ""),
            Document.issue_date,
            AwardRestriction.until,
            AwardRestriction.lifted_on,
            AwardRestriction.lift_reason,
        )
        .join(Enterprise, Enterprise.id == AwardRestriction.enterprise_id)
        .outerjoin(Document, Document.id == AwardRestriction.document_id)
        .where(Enterprise.deleted_at.is_(None))
        .order_by(AwardRestriction.year.desc(), Enterprise.uscc)
    )
    if year is not None:
        stmt = stmt.where(AwardRestriction.year == year)
    return [
        RestrictionRow(
            rid,
            eid,
            name,
            uscc,
            town or "",
            y,
            basis,
            start,
            until or dt.date(y, 12, 31),
            lifted,
            reason or "",
        )  # fmt: skip
        for rid, eid, name, uscc, town, y, basis, start, until, lifted, reason in session.execute(
            stmt
        )
    ]
