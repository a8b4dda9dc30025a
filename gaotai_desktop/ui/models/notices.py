"""The warning notices: documents due at each enterprise's tier and those issued."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.notices import KIND_LABELS, STATUS_LABELS
from ...domain.rows import NoticeRow
from ...domain.tiers import TIER_LABELS, Tier
from ...texts import error_text, interview_slot_text, missing_hazard_facts_text
from .base import CENTER, Column, RowTableModel, search_text


@dataclass(frozen=True)
class NoticeFilter:
    search: str = ""
    status: str = ""
    tier: Tier | None = None
    kind: str = ""

    @property
    def active(self) -> bool:
        return bool(self.search.strip() or self.status or self.tier is not None or self.kind)


def notice_key(r: NoticeRow) -> str:
    return r.document_id or f"due:{r.enterprise_id}:{int(r.tier)}:{r.kind}"


def interview_text(r: NoticeRow) -> str:
    """The slot a due interview letter would print, or why none can be given."""
    if r.interview_at is not None:
        return interview_slot_text(r.interview_at, r.interview_room)
    if r.interview_problem is not None:
        return "无法安排：" + error_text(r.interview_problem)
    return ""


class NoticeModel(RowTableModel):
    COLUMNS = (
        Column("name", "企业名称", 240, tooltip=True),
        Column("uscc", "统一社会信用代码", 170),
        Column("township", "所属乡镇", 80),
        Column("authority", "行业主管部门", 140),
        Column("tier", "预警等级", 80, CENTER, sort=lambda r: int(r.tier), descending_first=True),
        Column("accidents", "本年事故", 70, CENTER, sort=lambda r: r.accidents, numeric=True),
        Column("kind", "文书", 130),
        Column("status", "状态", 70, CENTER),
        Column("doc_no", "文号", 180),
        Column("issue_date", "下发日期", 90, CENTER),
        Column("interview", "约谈安排", 250, tooltip=True),
        Column("gaps", "隐患信息", 200, tooltip=True),
    )

    @staticmethod
    def row_id(row: NoticeRow) -> str:
        return notice_key(row)

    @staticmethod
    def display(r: NoticeRow) -> tuple[str, ...]:
        return (
            r.name,
            r.uscc,
            r.township,
            r.authority,
            TIER_LABELS[r.tier],
            str(r.accidents),
            KIND_LABELS.get(r.kind, r.kind),
            STATUS_LABELS.get(r.status, r.status),
            r.doc_no,
            r.issue_date.isoformat() if r.issue_date else "",
            interview_text(r),
            missing_hazard_facts_text(r.missing_hazard_facts),
        )

    @staticmethod
    def haystack(r: NoticeRow) -> str:
        return search_text(r.uscc, r.doc_no, names=(r.name,))

    def tier(self, row: NoticeRow) -> Tier:
        return row.tier

    filter = NoticeFilter()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._by_enterprise: dict[str, list[NoticeRow]] | None = None

    def set_prepared(self, prepared) -> None:
        self._by_enterprise = None
        super().set_prepared(prepared)

    def set_filter(self, flt: NoticeFilter) -> None:
        status, tier, kind = flt.status, flt.tier, flt.kind

        def excluded(r: NoticeRow) -> object:
            return (
                (status and r.status != status)
                or (tier is not None and r.tier != tier)
                or (kind and r.kind != kind)
            )

        self.filter_rows(flt, excluded if status or tier is not None or kind else None)

    def of_enterprise(self, enterprise_id: str) -> list[NoticeRow]:
        if self._by_enterprise is None:
            index: dict[str, list[NoticeRow]] = {}
            for i in self._order:
                r = self._rows[i]
                index.setdefault(r.enterprise_id, []).append(r)
            self._by_enterprise = index
        return list(self._by_enterprise.get(enterprise_id, ()))

    def status_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for i in self._order:
            s = self._rows[i].status
            counts[s] = counts.get(s, 0) + 1
        return counts
