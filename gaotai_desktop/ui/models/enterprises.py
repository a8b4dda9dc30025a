"""The enterprise table: every enterprise with its accident count and tier at the as-of date."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.rows import TierRow
from ...domain.tiers import TIER_LABELS, Tier
from .base import CENTER, Column, RowTableModel, search_text


def _int(text: str) -> int:
    return int(text)


@dataclass(frozen=True)
class EnterpriseFilter:
    search: str = ""
    tier: Tier | None = None
    township: str = ""
    industry: str = ""
    authority: str = ""

    @property
    def active(self) -> bool:
        return bool(
            self.search.strip()
            or self.tier is not None
            or self.township
            or self.industry
            or self.authority
        )


class EnterpriseModel(RowTableModel):
    COLUMNS = (
        Column("uscc", "统一社会信用代码", 160),
        Column("name", "企业名称", 215, tooltip=True),
        Column("industry", "行业", 125, tooltip=True),
        Column("township", "所属乡镇", 72),
        Column("authority", "行业主管部门", 128),
        Column("accidents", "本年事故", 66, CENTER, sort=lambda r: r.accidents, numeric=True),
        Column("hazard", "职业病危害隐患", 104, CENTER, sort=lambda r: r.hazard),
        Column("tier", "预警等级", 78, CENTER, sort=lambda r: int(r.tier), descending_first=True),
    )

    @staticmethod
    def row_id(row: TierRow) -> str:
        return row.enterprise_id

    @staticmethod
    def display(r: TierRow) -> tuple[str, ...]:
        return (
            r.uscc,
            r.name,
            r.industry,
            r.township,
            r.authority,
            str(r.accidents),
            "是" if r.hazard else "否",
            TIER_LABELS[r.tier],
        )

    @staticmethod
    def haystack(r: TierRow) -> str:
        return search_text(r.uscc, names=(r.name,))

    def tier(self, row: TierRow) -> Tier:
        return row.tier

    filter = EnterpriseFilter()

    def set_filter(self, flt: EnterpriseFilter) -> None:
        tier, town, ind, auth = flt.tier, flt.township, flt.industry, flt.authority

        def excluded(r: TierRow) -> object:
            return (
                (tier is not None and r.tier != tier)
                or (town and r.township != town)
                or (ind and r.industry != ind)
                or (auth and r.authority != auth)
            )

        self.filter_rows(flt, excluded if tier is not None or town or ind or auth else None)

    def tier_counts(self) -> dict[Tier, int]:
        counts = dict.fromkeys(Tier, 0)
        rows = self._rows
        for i in self._order:
            counts[rows[i].tier] += 1
        return counts
