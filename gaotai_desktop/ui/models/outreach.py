"""预防与维权 lists: training sessions, the high-risk enterprises not trained this year, and the
hotline's calls with their follow-up (overdue red, due soon amber, with the words beside the
colour; callers masked by the service)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...domain.outreach import HotlineRow, TrainingRow, UntrainedRow
from ...texts import HOTLINE_TOPIC_NAMES, REFERRAL_NAMES, RISK_GROUP_NAMES
from .base import CENTER, RIGHT, Column, RowTableModel, search_text
from .warnings import UrgencyColumn


@dataclass(frozen=True)
class OutreachFilterState:
    search: str = ""
    #: Hotline: only open calls whose follow-up is overdue or due soon.
    late_only: bool = False

    @property
    def active(self) -> bool:
        return bool(self.search.strip() or self.late_only)


class TrainingModel(RowTableModel):
    COLUMNS = (
        Column("held_on", "培训日期", 88, CENTER),
        Column("industry", "行业", 130, tooltip=True),
        Column("topic", "培训主题", 220, tooltip=True),
        Column("place", "地点", 150, tooltip=True),
        Column("trainer", "授课人", 70),
        Column("enterprises", "参训企业", 70, RIGHT, sort=lambda r: r.enterprises, numeric=True),
        Column("people", "参训人数", 70, RIGHT, sort=lambda r: r.people, numeric=True),
    )

    @staticmethod
    def display(r: TrainingRow) -> tuple[str, ...]:
        return (r.held_on.isoformat(), r.industry, r.topic, r.place, r.trainer,
                str(r.enterprises), str(r.people))  # fmt: skip

    @staticmethod
    def haystack(r: TrainingRow) -> str:
        return search_text(
            *(a.uscc for a in r.attendance),
            names=(r.topic, r.place, r.trainer, r.industry, *(a.name for a in r.attendance)),
        )

    filter = OutreachFilterState()

    def set_filter(self, flt: OutreachFilterState) -> None:
        self.filter_rows(flt, None)


class UntrainedModel(RowTableModel):
    COLUMNS = (
        Column("group", "高危行业", 130),
        Column("name", "企业名称", 230, tooltip=True),
        Column("uscc", "统一社会信用代码", 160),
        Column("township", "所属乡镇", 80),
        Column("industry", "行业", 150, tooltip=True),
        Column("last_trained", "上次培训", 100, CENTER),
    )

    @staticmethod
    def row_id(row: UntrainedRow) -> str:
        return row.enterprise_id

    @staticmethod
    def display(r: UntrainedRow) -> tuple[str, ...]:
        last = r.last_trained.isoformat() if r.last_trained else "从未参加"
        return (RISK_GROUP_NAMES.get(r.group, r.group), r.name, r.uscc, r.township, r.industry,
                last)  # fmt: skip

    @staticmethod
    def haystack(r: UntrainedRow) -> str:
        return search_text(r.uscc, names=(r.name, r.township))

    filter = OutreachFilterState()

    def set_filter(self, flt: OutreachFilterState) -> None:
        self.filter_rows(flt, None)


def follow_up_cell(r: HotlineRow) -> str:
    """``已逾期2天`` / ``今天到期`` / ``剩余5天`` / ``已结案`` / empty (no follow-up)."""
    if r.closed_on is not None:
        return "已结案"
    if r.days_left is None:
        return ""
    if r.days_left < 0:
        return f"已逾期{-r.days_left}天"
    return "今天到期" if r.days_left == 0 else f"剩余{r.days_left}天"


def called_text(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%d") if at.time() == dt.time() else at.strftime("%Y-%m-%d %H:%M")


class HotlineModel(UrgencyColumn):
    URGENCY_COLUMN = "follow_up"
    COLUMNS = (
        Column("called_at", "来电时间", 120, CENTER, sort=lambda r: r.called_at),
        Column("topic", "类别", 70, CENTER),
        Column("caller", "来电人", 70),
        Column("phone", "号码", 100),
        Column("name", "涉及企业", 190, tooltip=True),
        Column("handler", "接听人", 70),
        Column("referral", "转办", 110),
        Column("due", "回访期限", 88, CENTER, sort=lambda r: r.follow_up_due or dt.date.max),
        Column(
            "follow_up",
            "回访",
            90,
            CENTER,
            sort=lambda r: (r.days_left is None, r.days_left or 0),
        ),  # fmt: skip
        Column("outcome", "办理结果", 160, tooltip=True),
    )

    @staticmethod
    def show(r: HotlineRow, as_of: dt.date) -> tuple[str, ...]:
        return (
            called_text(r.called_at), HOTLINE_TOPIC_NAMES.get(r.topic, r.topic), r.caller,
            r.phone, r.enterprise_name, r.handler, REFERRAL_NAMES.get(r.referral, r.referral),
            r.follow_up_due.isoformat() if r.follow_up_due else "", follow_up_cell(r),
            r.outcome,
        )  # fmt: skip

    @staticmethod
    def haystack(r: HotlineRow) -> str:
        return search_text(r.uscc, r.caller, r.phone, names=(r.enterprise_name, r.handler))

    def muted(self, row: HotlineRow) -> bool:
        return row.closed_on is not None

    filter = OutreachFilterState()

    def set_filter(self, flt: OutreachFilterState) -> None:
        def excluded(r: HotlineRow) -> object:
            return not r.urgency

        self.filter_rows(flt, excluded if flt.late_only else None)
