"""工伤认定 list: every case with its running clock and days left, overdue red, due soon amber
(the urgency column of :mod:`.warnings`), with the words beside the colour."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...domain.cases import CaseRow
from ...texts import APPLICANT_NAMES, CASE_CLOCK_NAMES, CASE_STATE_NAMES, CHANNEL_NAMES
from .base import CENTER, Column, search_text
from .warnings import UrgencyColumn


def days_left_text(row: CaseRow) -> str:
    """``剩余5天`` / ``今天到期`` / ``已逾期2天`` / empty when no clock runs."""
    if row.days_left is None:
        return ""
    if row.days_left < 0:
        return f"已逾期{-row.days_left}天"
    return "今天到期" if row.days_left == 0 else f"剩余{row.days_left}天"


@dataclass(frozen=True)
class CaseFilterState:
    search: str = ""
    late_only: bool = False

    @property
    def active(self) -> bool:
        return bool(self.search.strip() or self.late_only)


class CaseModel(UrgencyColumn):
    URGENCY_COLUMN = "days_left"
    COLUMNS = (
        Column("applied", "申请日期", 88, CENTER),
        Column("state", "状态", 90, CENTER),
        Column("clock", "正在计算的期限", 100, CENTER),
        Column("due", "期限", 88, CENTER, sort=lambda r: r.due or dt.date.max),
        Column(
            "days_left",
            "剩余天数",
            90,
            CENTER,
            sort=lambda r: (r.days_left is None, r.days_left or 0),
        ),  # fmt: skip
        Column("worker", "职工", 180, tooltip=True),
        Column("name", "用人单位", 190, tooltip=True),
        Column("applicant", "申请人", 70, CENTER),
        Column("outcome", "结论", 76, CENTER),
    )

    @staticmethod
    def row_id(row: CaseRow) -> str:
        return row.id

    @staticmethod
    def show(r: CaseRow, as_of: dt.date) -> tuple[str, ...]:
        state = CASE_STATE_NAMES.get(r.state, r.state)
        if r.late:
            state += "（逾期申请）"
        applicant = APPLICANT_NAMES.get(r.applicant, r.applicant)
        if r.channel != "window":
            applicant += f"·{CHANNEL_NAMES.get(r.channel, r.channel)}"
        return (
            r.applied.isoformat(), state,
            CASE_CLOCK_NAMES.get(r.clock, r.clock) if r.clock else "无",
            r.due.isoformat() if r.due else "", days_left_text(r),
            r.worker, r.enterprise_name, applicant, r.outcome,
        )  # fmt: skip

    @staticmethod
    def haystack(r: CaseRow) -> str:
        return search_text(r.uscc, r.worker, names=(r.enterprise_name,))

    def muted(self, row: CaseRow) -> bool:
        return row.state == "served"

    filter = CaseFilterState()

    def set_filter(self, flt: CaseFilterState) -> None:
        late = flt.late_only

        def excluded(r: CaseRow) -> object:
            return not r.urgency

        self.filter_rows(flt, excluded if late else None)
