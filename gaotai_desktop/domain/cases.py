"""Work-injury recognition cases (工伤认定): states, legal steps and the statutory clocks.

Pure Python. A case moves applied -> [missing materials -> materials complete]* -> accepted |
not accepted -> [suspended -> resumed]* -> decided -> served. Each clock is counted by
:func:`~gaotai_desktop.domain.deadlines.count_deadline` (start day not counted, a last day on a
rest day moves to the next working day) and returns the :class:`~.deadlines.Due` (the date and
what moved it):

- :func:`application_due`: 30 days for the employer, 1 year for the worker, a relative or the
  union, from the accident (工伤保险条例 第17条); an application after it is late and is taken only
  with a recorded confirmation;
- :func:`acceptance_due`: acceptance decided within 15 days of receipt, a new 15 days from the day
  the last missing item arrives (工伤认定办法 第8条, as many rounds as it takes);
- :func:`decision_due`: 60 days from acceptance, 15 for a simple case (条例 第20条), extended by
  the days suspended (中止): the unmoved last day plus the suspended days, then the rest-day rule
  applies once, to the final date;
- :func:`service_due`: the decision served within 20 days (办法 第22条).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from .calendar import WorkCalendar
from .deadlines import Due, count_deadline
from .errors import IllegalTransition, ValidationError
from .identifiers import mask_id

EMPLOYER_APPLY_DAYS = 30
ACCEPT_DAYS = 15
DECIDE_DAYS = 60
SIMPLE_DECIDE_DAYS = 15
SERVE_DAYS = 20


class Applicant(enum.StrEnum):
    EMPLOYER = "employer"  # 用人单位
    WORKER = "worker"  # 职工本人
    RELATIVE = "relative"  # 近亲属
    UNION = "union"  # 工会组织


class Channel(enum.StrEnum):
    WINDOW = "window"  # 窗口受理
    HOME_VISIT = "home_visit"  # 上门受理


class CaseState(enum.StrEnum):
    APPLIED = "applied"
    MISSING = "missing_materials"
    COMPLETE = "materials_complete"
    ACCEPTED = "accepted"
    NOT_ACCEPTED = "not_accepted"
    SUSPENDED = "suspended"
    RESUMED = "resumed"
    DECIDED = "decided"
    SERVED = "served"


class Step(enum.StrEnum):
    """What a clerk records (the service's calls and the CLI's actions)."""

    MISSING = "missing"  # 一次性告知补正材料
    COMPLETE = "complete"  # 材料补齐
    ACCEPT = "accept"  # 受理
    NOT_ACCEPT = "not_accept"  # 不予受理
    SUSPEND = "suspend"  # 中止
    RESUME = "resume"  # 恢复
    DECIDE = "decide"  # 作出认定决定（认定工伤、视同工伤、不予认定）
    TERMINATE = "terminate"  # 终止
    SERVE = "serve"  # 送达


class Clock(enum.StrEnum):
    ACCEPTANCE = "acceptance"
    DECISION = "decision"
    SERVICE = "service"


class CaseOutcome(enum.StrEnum):
    RECOGNISED = "认定工伤"
    DEEMED = "视同工伤"
    REJECTED = "不予认定"
    NOT_ACCEPTED = "不予受理"
    TERMINATED = "终止"


#: Outcomes that are the injured person's recognition outcome on the accident (the others leave
#: the person 待认定: no recognition was made).
PERSON_OUTCOMES: frozenset[CaseOutcome] = frozenset(
    {CaseOutcome.RECOGNISED, CaseOutcome.DEEMED, CaseOutcome.REJECTED}
)

#: The materials checklist every case starts with.
MATERIALS: tuple[str, ...] = ("工伤认定申请表", "劳动关系证明", "医疗诊断证明", "其他材料")

_MOVES: dict[Step, tuple[frozenset[CaseState], CaseState]] = {
    # one written list of all that is missing (一次性告知): a new list only after the last one
    # was answered (another round)
    Step.MISSING: (frozenset({CaseState.APPLIED, CaseState.COMPLETE}), CaseState.MISSING),
    Step.COMPLETE: (frozenset({CaseState.MISSING}), CaseState.COMPLETE),
    Step.ACCEPT: (frozenset({CaseState.APPLIED, CaseState.COMPLETE}), CaseState.ACCEPTED),
    Step.NOT_ACCEPT: (
        frozenset({CaseState.APPLIED, CaseState.MISSING, CaseState.COMPLETE}),
        CaseState.NOT_ACCEPTED,
    ),
    Step.SUSPEND: (frozenset({CaseState.ACCEPTED, CaseState.RESUMED}), CaseState.SUSPENDED),
    Step.RESUME: (frozenset({CaseState.SUSPENDED}), CaseState.RESUMED),
    Step.DECIDE: (frozenset({CaseState.ACCEPTED, CaseState.RESUMED}), CaseState.DECIDED),
    Step.TERMINATE: (
        frozenset({CaseState.ACCEPTED, CaseState.RESUMED, CaseState.SUSPENDED}),
        CaseState.DECIDED,
    ),
    Step.SERVE: (frozenset({CaseState.DECIDED, CaseState.NOT_ACCEPTED}), CaseState.SERVED),
}

#: The order in which the states a step needs are named ("须先受理或恢复").
_STATE_ORDER = tuple(CaseState)


def step_for_outcome(outcome: str) -> Step:
    """The step a decision with ``outcome`` is (不予受理 and 终止 are steps of their own)."""
    try:
        value = CaseOutcome(outcome.strip())
    except ValueError:
        raise ValidationError(
            "case_outcome",
            "unknown_choice",
            {"value": outcome, "choices": "、".join(CaseOutcome)},
        ) from None
    if value is CaseOutcome.NOT_ACCEPTED:
        return Step.NOT_ACCEPT
    if value is CaseOutcome.TERMINATED:
        return Step.TERMINATE
    return Step.DECIDE


def next_state(current: str, step: str) -> CaseState:
    """The state after ``step`` from ``current``, or :class:`IllegalTransition` (machine
    ``case``, target the step) naming the states the step needs (what must happen first)."""
    state, move = CaseState(current), Step(step)
    allowed, target = _MOVES[move]
    if state not in allowed:
        needs = tuple(str(s) for s in _STATE_ORDER if s in allowed)
        raise IllegalTransition("case", str(state), str(move), needs)
    return target


# -- the clocks -------------------------------------------------------------------------------
def add_year(day: dt.date) -> dt.date:
    """The same day a year later (29 February: the 28th)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def application_due(accident_date: dt.date, applicant: str, calendar: WorkCalendar) -> Due:
    """The last day to apply: 30 days for the employer, one year for anyone else (条例 第17条)."""
    if Applicant(applicant) is Applicant.EMPLOYER:
        return count_deadline(accident_date, EMPLOYER_APPLY_DAYS, calendar)
    return count_deadline(accident_date, (add_year(accident_date) - accident_date).days, calendar)


def is_late(accident_date: dt.date, applicant: str, applied: dt.date, cal: WorkCalendar) -> bool:
    return applied > application_due(accident_date, applicant, cal).due


def acceptance_due(received: dt.date, calendar: WorkCalendar) -> Due:
    """Acceptance within 15 days of receipt (or of the day the last missing item arrived)."""
    return count_deadline(received, ACCEPT_DAYS, calendar)


def suspended_days(spans: Iterable[tuple[dt.date, dt.date | None]], as_of: dt.date) -> int:
    """Days the decision clock stood still: resume − suspend of every span (an open span up to
    ``as_of``)."""
    return sum(((end or as_of) - start).days for start, end in spans)


def decision_due(
    accepted: dt.date, calendar: WorkCalendar, *, simple: bool = False, suspended: int = 0
) -> Due:
    """The decision within 60 days of acceptance (15 for a simple case), the unmoved last day
    extended by ``suspended`` days, then moved off a rest day."""
    return count_deadline(
        accepted, (SIMPLE_DECIDE_DAYS if simple else DECIDE_DAYS) + suspended, calendar
    )


def service_due(decided: dt.date, calendar: WorkCalendar) -> Due:
    """The decision served within 20 days of being made (办法 第22条)."""
    return count_deadline(decided, SERVE_DAYS, calendar)


def running_clock(state: str) -> Clock | None:
    """The clock that runs in ``state`` (None: the applicant owes materials, the case is
    suspended, or it is finished)."""
    s = CaseState(state)
    if s in (CaseState.APPLIED, CaseState.COMPLETE):
        return Clock.ACCEPTANCE
    if s in (CaseState.ACCEPTED, CaseState.RESUMED):
        return Clock.DECISION
    if s in (CaseState.DECIDED, CaseState.NOT_ACCEPTED):
        return Clock.SERVICE
    return None


def masked_worker(name: str, id_number: str) -> str:
    """The worker as lists show them: the name and the masked ID number."""
    masked = mask_id(id_number)
    return f"{name}（{masked}）" if masked else name


# -- rows the service returns -----------------------------------------------------------------
@dataclass(frozen=True)
class CaseRow:
    id: str
    uscc: str
    enterprise_name: str
    worker: str  # masked (:func:`masked_worker`)
    applicant: str
    channel: str
    accident_date: dt.date
    applied: dt.date
    state: str
    clock: str | None
    due: dt.date | None
    due_moved_by: str
    days_left: int | None
    overdue: bool
    simple: bool
    late: bool
    outcome: str
    article: str
    accident_id: str | None
    #: ``domain.loop.Urgency`` of the running clock as of the day asked (red, amber, none).
    urgency: str = ""


@dataclass(frozen=True)
class CaseEventRow:
    step: str
    from_state: str
    to_state: str
    on_date: dt.date
    reason: str
    due: dt.date | None
    by: str
    at: dt.datetime


@dataclass(frozen=True)
class MaterialRow:
    item: str
    received: bool
    received_on: dt.date | None


@dataclass(frozen=True)
class CaseInput:
    uscc: str
    worker_name: str
    id_number: str
    accident_date: dt.date
    applied: dt.date
    applicant: str = Applicant.EMPLOYER
    channel: str = Channel.WINDOW
    #: Required when the application is late: who confirmed taking it, and why.
    late_confirmation: str = ""
    accident_id: str | None = None


def can_step(state: str, step: str) -> bool:
    """May a case in ``state`` take ``step`` (for buttons; the service checks again)?"""
    return CaseState(state) in _MOVES[Step(step)][0]


def outcomes_for(state: str) -> tuple[CaseOutcome, ...]:
    """The outcomes a decision may have from ``state``, in the order offered."""
    return tuple(o for o in CaseOutcome if can_step(state, step_for_outcome(o)))
