"""Accidents (one row per accident) and the injured persons of one accident."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.identifiers import mask_id
from ...domain.rows import AccidentRow, PersonRow
from .base import CENTER, Column, RowTableModel, search_text


def counted_text(r: AccidentRow) -> str:
    if r.voided:
        return "否（已作废）"
    return "是" if r.counted else "否"


@dataclass(frozen=True)
class AccidentFilterState:
    """Filters applied in the model (the date range is applied in SQL when loading)."""

    search: str = ""
    township: str = ""
    industry: str = ""
    category: str = ""
    outcome: str = ""

    @property
    def active(self) -> bool:
        return bool(
            self.search.strip() or self.township or self.industry or self.category or self.outcome
        )


class AccidentModel(RowTableModel):
    COLUMNS = (
        Column("occurred_on", "日期", 88, CENTER),
        Column("accident_no", "事故编号", 100),
        Column("enterprise_name", "企业名称", 180, tooltip=True),
        Column("township", "乡镇", 66),
        Column("industry", "行业", 110, tooltip=True),
        Column("category", "类别", 76),
        Column("place", "地点", 76, tooltip=True),
        Column("persons", "伤者人数", 64, CENTER, sort=lambda r: r.persons, numeric=True),
        Column("outcomes", "认定结论", 90, tooltip=True),
        Column("counted", "是否计入", 70, CENTER),
    )

    @staticmethod
    def display(r: AccidentRow) -> tuple[str, ...]:
        return (
            r.occurred_on.isoformat(),
            r.accident_no,
            r.enterprise_name,
            r.township,
            r.industry,
            r.category,
            r.place,
            str(r.persons),
            r.outcomes,
            counted_text(r),
        )

    @staticmethod
    def haystack(r: AccidentRow) -> str:
        return search_text(r.uscc, r.accident_no, names=(r.enterprise_name,))

    def muted(self, row: AccidentRow) -> bool:
        return not row.counted

    filter = AccidentFilterState()

    def set_filter(self, flt: AccidentFilterState) -> None:
        town, ind, cat, outcome = flt.township, flt.industry, flt.category, flt.outcome

        def excluded(r: AccidentRow) -> object:
            return (
                (town and r.township != town)
                or (ind and r.industry != ind)
                or (cat and r.category != cat)
                or (outcome and outcome not in r.outcomes.split("、"))
            )

        self.filter_rows(flt, excluded if town or ind or cat or outcome else None)


class PersonModel(RowTableModel):
    """Injured persons of one accident; ID numbers masked unless ``show_full`` (PIPL art. 28)."""

    COLUMNS = (
        Column(
            "seq", "序号", 45, CENTER, sort=lambda p: p.seq, numeric=True, descending_first=False
        ),
        Column("name", "姓名", 56),
        Column("id_number", "身份证号", 132),
        Column("severity", "伤害程度", 60, CENTER),
        Column("outcome", "认定结论", 90, CENTER),
    )

    _show_full = False

    @staticmethod
    def display(p: PersonRow) -> tuple[str, ...]:
        return (str(p.seq + 1), p.name, mask_id(p.id_number), p.severity, p.outcome)

    @staticmethod
    def display_full(p: PersonRow) -> tuple[str, ...]:
        return (str(p.seq + 1), p.name, p.id_number, p.severity, p.outcome)

    @property
    def show_full(self) -> bool:
        return self._show_full

    def set_show_full(self, show: bool) -> None:
        if show == self._show_full:
            return
        self._show_full = show
        fn = self.display_full if show else self.display
        self._display = [fn(p) for p in self._rows]
        self._sort_keys.pop(2, None)
        if self._view:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._view) - 1, 2))

    def set_rows(self, rows) -> None:
        super().set_rows(rows)
        if self._show_full:
            self._display = [self.display_full(p) for p in self._rows]
