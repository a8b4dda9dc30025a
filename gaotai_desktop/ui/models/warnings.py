"""The closed loop's lists: warnings (预警闭环) and what is due (待办).

Rows keep the tier colour; the deadline column shows what is late in red (overdue) or amber (due
within 3 days), with the words beside it (colour-blind users, black-and-white print).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ...domain.loop import DueItem, Urgency, WarningRow
from ...domain.tiers import Tier
from ...texts import LEVEL_NAMES, STATE_NAMES, TASK_NAMES, TIER_NAMES
from ..style import urgency_brush
from .base import CENTER, Column, Prepared, RowTableModel, search_text

_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole


def urgency_text(urgency: str, due: dt.date | None, as_of: dt.date) -> str:
    """``已逾期7天`` / ``3天内到期`` / ``今天到期`` / empty."""
    if due is None or not urgency:
        return ""
    if urgency == Urgency.OVERDUE:
        return f"已逾期{(as_of - due).days}天"
    days = (due - as_of).days
    return "今天到期" if days == 0 else f"{days}天后到期"


class UrgencyColumn(RowTableModel):
    """Colours one column (``URGENCY_COLUMN``) by the row's urgency; the texts say how late as of
    ``as_of`` (the tab sets it before loading)."""

    URGENCY_COLUMN = ""
    as_of: dt.date = dt.date.min

    @staticmethod
    def show(row: Any, as_of: dt.date) -> tuple[str, ...]:
        raise NotImplementedError

    def display(self, row: Any) -> tuple[str, ...]:  # type: ignore[override]
        return self.show(row, self.as_of)

    @classmethod
    def prepare_as_of(cls, rows: Iterable[Any], as_of: dt.date) -> Prepared:
        """:meth:`prepare` for ``as_of`` (Qt-free: runs in a worker thread)."""
        rows = list(rows)
        return Prepared(rows, [cls.show(r, as_of) for r in rows], [cls.haystack(r) for r in rows])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if (
            role in (_BACKGROUND, _FOREGROUND)
            and index.isValid()
            and self.COLUMNS[index.column()].key == self.URGENCY_COLUMN
        ):
            row = self.row_at(index.row())
            brush = urgency_brush(str(row.urgency), text=role == _FOREGROUND)
            if brush is not None:
                return brush
        return super().data(index, role)


@dataclass(frozen=True)
class WarningFilterState:
    search: str = ""
    state: str = ""
    late_only: bool = False

    @property
    def active(self) -> bool:
        return bool(self.search.strip() or self.state or self.late_only)


class WarningModel(UrgencyColumn):
    URGENCY_COLUMN = "late"
    # what a clerk looks for first stays on a 1024-pixel screen: tier, state, lateness
    COLUMNS = (
        Column("name", "企业名称", 200, tooltip=True),
        Column("tier", "预警等级", 76, CENTER, sort=lambda r: -int(Tier.from_code(r.tier))),
        Column("state", "状态", 80, CENTER),
        Column(
            "late",
            "期限情况",
            88,
            CENTER,
            sort=lambda r: (
                r.urgency != Urgency.OVERDUE,
                r.urgency != Urgency.DUE_SOON,
                r.feedback_due or dt.date.max,
            ),
        ),  # fmt: skip
        Column(
            "feedback_due", "反馈期限", 88, CENTER, sort=lambda r: r.feedback_due or dt.date.max
        ),  # fmt: skip
        Column("delivered_on", "送达日期", 88, CENTER),
        Column("uscc", "统一社会信用代码", 150),
        Column("year", "年度", 48, CENTER),
        Column("documents", "文书", 220, tooltip=True),
    )

    @staticmethod
    def row_id(row: WarningRow) -> str:
        return row.id

    @staticmethod
    def show(r: WarningRow, as_of: dt.date) -> tuple[str, ...]:
        state = STATE_NAMES.get(r.state, r.state)
        if r.superseded:
            state += "（已升级）"
        return (
            r.name, TIER_NAMES.get(r.tier, r.tier), state,
            urgency_text(r.urgency, r.feedback_due, as_of),
            r.feedback_due.isoformat() if r.feedback_due else "",
            r.delivered_on.isoformat() if r.delivered_on else "未送达",
            r.uscc, str(r.year), "、".join(r.documents),
        )  # fmt: skip

    @staticmethod
    def haystack(r: WarningRow) -> str:
        return search_text(r.uscc, *r.documents, names=(r.name,))

    def tier(self, row: WarningRow) -> Tier | None:
        return Tier.from_code(row.tier)

    def muted(self, row: WarningRow) -> bool:
        return row.state == "closed" or row.superseded

    filter = WarningFilterState()

    def set_filter(self, flt: WarningFilterState) -> None:
        state, late = flt.state, flt.late_only

        def excluded(r: WarningRow) -> object:
            return (state and r.state != state) or (late and not r.urgency)

        self.filter_rows(flt, excluded if state or late else None)


@dataclass(frozen=True)
class AgendaFilterState:
    search: str = ""
    level: str = ""
    township: str = ""

    @property
    def active(self) -> bool:
        return bool(self.search.strip() or self.level or self.township)


class AgendaModel(UrgencyColumn):
    """待办: everything due within 3 days or overdue, by responsible level."""

    URGENCY_COLUMN = "late"
    COLUMNS = (
        Column("due", "到期日", 88, CENTER),
        Column("late", "期限情况", 88, CENTER, sort=lambda i: i.due),
        Column("level", "责任层级", 64, CENTER),
        Column("what", "事项", 170, tooltip=True),
        Column("name", "企业名称", 200, tooltip=True),
        Column("uscc", "统一社会信用代码", 150),
        Column("township", "乡镇", 70),
        Column("authority", "行业主管部门", 130, tooltip=True),
        Column(
            "tier", "预警等级", 76, CENTER, sort=lambda i: -int(Tier.from_code(i.tier or "none"))
        ),
    )

    @staticmethod
    def row_id(row: DueItem) -> str:
        return row.id

    @staticmethod
    def show(i: DueItem, as_of: dt.date) -> tuple[str, ...]:
        return (
            i.due.isoformat(), urgency_text(i.urgency, i.due, as_of),
            LEVEL_NAMES.get(i.level, i.level), TASK_NAMES.get(i.what, i.what), i.name, i.uscc,
            i.township, i.authority, TIER_NAMES.get(i.tier, i.tier) if i.tier else "",
        )  # fmt: skip

    @staticmethod
    def haystack(i: DueItem) -> str:
        return search_text(i.uscc, TASK_NAMES.get(i.what, i.what), names=(i.name,))

    filter = AgendaFilterState()

    def set_filter(self, flt: AgendaFilterState) -> None:
        level, town = flt.level, flt.township

        def excluded(i: DueItem) -> object:
            return (level and i.level != level) or (town and i.township != town)

        self.filter_rows(flt, excluded if level or town else None)
