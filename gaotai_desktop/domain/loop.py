"""The closed loop around a warning, as rules (pure Python): which letter starts a warning's
clock, which measures each tier brings and who is responsible for them, how deliveries are made,
and what counts as late.

The states and their legal moves are :class:`gaotai_desktop.domain.documents.WarningState`; the
calendar arithmetic is :mod:`gaotai_desktop.domain.deadlines`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass

from .documents import DocumentKind, WarningState
from .tiers import Tier

#: The letter to the enterprise whose delivery starts a warning's clock (its written answer is
#: due so many days after receipt): yellow 风险提示函 (feedback), orange 整改建议书 (rectification
#: report), red 约谈通知书 (which demands the rectification plan).
WARNING_LETTER: dict[Tier, DocumentKind] = {
    Tier.YELLOW: DocumentKind.RISK_NOTICE,
    Tier.ORANGE: DocumentKind.RECTIFICATION,
    Tier.RED: DocumentKind.INTERVIEW_NOTICE,
}

#: 送达方式 (民事诉讼法 第87-90条), as printed on the 送达回证.
DELIVERY_METHODS: tuple[str, ...] = ("直接送达", "留置送达", "邮寄送达", "委托送达", "电子送达")

#: How close a due date is before it counts as "due soon" (amber), in days.
DUE_SOON_DAYS = 3


class Level(enum.StrEnum):
    """Who is responsible for a measure (三级责任)."""

    TOWNSHIP = "township"  # 属地
    AUTHORITY = "authority"  # 部门
    ENTERPRISE = "enterprise"  # 企业


class TaskKind(enum.StrEnum):
    """Measures of the tiers, tracked as tasks."""

    INTERVIEW = "interview"  # 一对一警示约谈 (yellow)
    TRAINING = "training"  # 岗前培训和安全管理指导 (yellow)
    FEEDBACK = "feedback"  # 书面反馈 (yellow)
    AUTHORITY_NOTIFIED = "authority_notified"  # 通报行业主管部门 (orange, red)
    RECTIFICATION_REPORT = "rectification_report"  # 整改报告 (orange)
    SPECIAL_INSPECTION = "special_inspection"  # 定期不定期专项检查 (orange)
    RECTIFICATION_PLAN = "rectification_plan"  # 整改方案，部门督导 (red)
    PERIODIC_INTERVIEW = "periodic_interview"  # 定期约谈企业负责人 (red)
    AWARD_RESTRICTION = "award_restriction"  # 限制评先评优 (red)


class TaskState(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


#: The measures each tier brings, with the level responsible for each.
TASKS_BY_TIER: dict[Tier, tuple[tuple[TaskKind, Level], ...]] = {
    Tier.YELLOW: (
        (TaskKind.INTERVIEW, Level.TOWNSHIP),
        (TaskKind.TRAINING, Level.TOWNSHIP),
        (TaskKind.FEEDBACK, Level.ENTERPRISE),
    ),
    Tier.ORANGE: (
        (TaskKind.AUTHORITY_NOTIFIED, Level.AUTHORITY),
        (TaskKind.RECTIFICATION_REPORT, Level.ENTERPRISE),
        (TaskKind.SPECIAL_INSPECTION, Level.AUTHORITY),
    ),
    Tier.RED: (
        (TaskKind.AUTHORITY_NOTIFIED, Level.AUTHORITY),
        (TaskKind.RECTIFICATION_PLAN, Level.ENTERPRISE),
        (TaskKind.PERIODIC_INTERVIEW, Level.TOWNSHIP),
        (TaskKind.AWARD_RESTRICTION, Level.AUTHORITY),
    ),
}

#: The task that is the warning's written answer (done when feedback is received; its due date is
#: the warning's ``feedback_due``).
ANSWER_TASK: dict[Tier, TaskKind] = {
    Tier.YELLOW: TaskKind.FEEDBACK,
    Tier.ORANGE: TaskKind.RECTIFICATION_REPORT,
    Tier.RED: TaskKind.RECTIFICATION_PLAN,
}


def answer_days(tier: Tier, *, feedback_days: int, rectification_days: Mapping[str, int],
                plan_days: int) -> int:  # fmt: skip
    """Days the enterprise has, from receipt, for the tier's written answer (settings)."""
    if tier is Tier.YELLOW:
        return feedback_days
    if tier is Tier.ORANGE:
        return rectification_days.get("orange", 15)
    return plan_days


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months (the last day of a shorter month when the day does not exist)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


class Urgency(enum.StrEnum):
    """How late an item is, as of a day: shown red (overdue) and amber (due soon) in every list."""

    NONE = ""
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


def urgency(due: dt.date | None, as_of: dt.date, *, done: bool = False) -> Urgency:
    """Overdue when ``due`` has passed, due soon within :data:`DUE_SOON_DAYS` days."""
    if done or due is None:
        return Urgency.NONE
    if due < as_of:
        return Urgency.OVERDUE
    if (due - as_of).days <= DUE_SOON_DAYS:
        return Urgency.DUE_SOON
    return Urgency.NONE


#: States in which the enterprise owes its written answer (the clock runs).
AWAITING_ANSWER: frozenset[WarningState] = frozenset(
    {WarningState.DELIVERED, WarningState.REOPENED}
)


class Evaluation(enum.StrEnum):
    """效果评估 result."""

    EFFECTIVE = "effective"
    INEFFECTIVE = "ineffective"


@dataclass(frozen=True)
class DeliveryFacts:
    """What a signed 送达回证 records."""

    delivered_on: dt.date
    method: str = DELIVERY_METHODS[0]
    recipient: str = ""
    proxy: str = ""
    refusal_reason: str = ""
    witness: str = ""
    note: str = ""


#: Inspection kinds (定期 / 不定期 / 联合).
INSPECTION_KINDS: tuple[str, ...] = ("scheduled", "unscheduled", "joint")


# -- rows leaving the service layer -----------------------------------------------------------
@dataclass(frozen=True)
class WarningRow:
    """One warning as lists show it."""

    id: str
    enterprise_id: str
    uscc: str
    name: str
    township: str
    authority: str
    tier: str
    year: int
    state: str
    issued_on: dt.date
    documents: tuple[str, ...]
    delivered_on: dt.date | None
    feedback_due: dt.date | None
    feedback_due_moved_by: str
    feedback_on: dt.date | None
    evaluation: str
    closed_on: dt.date | None
    superseded: bool
    urgency: Urgency = Urgency.NONE
    #: ``feedback_due`` lies in a year the holiday table does not cover (counted by the weekend
    #: rule): check it once the year's table is in.
    due_unverified: bool = False

    @property
    def overdue(self) -> bool:
        return self.urgency is Urgency.OVERDUE


@dataclass(frozen=True)
class EventRow:
    """One change of a warning's state: who, when (stamp), on which day, why."""

    from_state: str
    to_state: str
    on_date: dt.date
    reason: str
    actor: str
    at: dt.datetime


@dataclass(frozen=True)
class TaskRow:
    id: str
    warning_id: str | None
    enterprise_id: str
    uscc: str
    name: str
    township: str
    authority: str
    tier: str
    year: int
    kind: str
    level: str
    due_on: dt.date | None
    state: str
    done_on: dt.date | None
    note: str
    urgency: Urgency = Urgency.NONE


@dataclass(frozen=True)
class DueItem:
    """Something due or overdue (待办): a warning's written answer or a measure task."""

    kind: str  # "warning" | "task"
    id: str
    enterprise_id: str
    uscc: str
    name: str
    township: str
    authority: str
    tier: str
    level: str
    what: str  # a TaskKind value; a warning's answer is its tier's ANSWER_TASK
    due: dt.date
    urgency: Urgency


@dataclass(frozen=True)
class InspectionRow:
    id: str
    enterprise_id: str
    authority: str
    inspected_on: dt.date
    kind: str
    findings: str
    document_ref: str
    over_cap_reason: str


@dataclass(frozen=True)
class InterviewRow:
    id: str
    enterprise_id: str
    uscc: str
    name: str
    warning_id: str | None
    reason: str
    held_at: dt.datetime
    place: str
    office_people: str
    enterprise_people: str
    statement: str
    requirements: str
    follow_up_due: dt.date | None


@dataclass(frozen=True)
class SelfInspectionRow:
    """企业自查: an enterprise's self-inspection report as received."""

    id: str
    enterprise_id: str
    received_on: dt.date
    summary: str
    document_ref: str
