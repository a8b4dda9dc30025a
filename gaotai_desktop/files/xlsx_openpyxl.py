"""Reading a worksheet with openpyxl's read-only parser (every workbook the calamine reader
leaves to it: formulas, error cells, far cells and rows, XML the scan cannot read)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..domain.errors import SpreadsheetError
from .sheet_rows import MAX_COLUMNS, ROW_NUMBER_SLACK, FormulaWithoutValue, _collect, _Collector


def _read_xlsx_openpyxl(file: Path, collector: _Collector) -> str:
    import openpyxl  # imported late: the GUI starts faster

    name = file.name
    try:
        wb = openpyxl.load_workbook(file, read_only=True, data_only=True)
    except Exception as exc:  # damaged XML, missing parts, ... (openpyxl raises many kinds)
        raise SpreadsheetError("unreadable", name=name, detail=str(exc)) from exc
    try:
        worksheets = wb.worksheets
        if not worksheets:
            raise SpreadsheetError("empty", name=name)
        for ws in worksheets:
            _read_worksheet(wb, ws, collector, name)
            collector.finish()
            if collector.headers:
                if ws is not worksheets[0]:
                    collector.notices.append(
                        ("notice_other_sheet", {"first": worksheets[0].title, "sheet": ws.title})
                    )
                return str(ws.title)
            collector.reset()
        return str(worksheets[0].title)
    finally:
        wb.close()


def _read_worksheet(wb: Any, ws: Any, collector: _Collector, name: str) -> None:
    """Stream one worksheet into ``collector`` (row numbers checked as they come)."""
    max_row = collector.max_rows + ROW_NUMBER_SLACK
    rows: list[tuple[int, list[Any]]] = []
    dropped: dict[int, int] = {}
    try:
        with ws._get_source() as src:  # openpyxl's read-only source (pinned openpyxl 3.1)
            parser = _SheetParser(wb, ws, src)
            for number, values, right in parser.rows():
                if number > max_row:
                    raise SpreadsheetError(
                        "row_too_far", name=name, sheet=ws.title, row=number, max=collector.max_rows
                    )
                rows.append((number, values))
                if right:
                    dropped[number] = right
            merged = parser.merged_ranges()
    except SpreadsheetError:
        raise
    except Exception as exc:
        raise SpreadsheetError("unreadable", name=name, detail=str(exc)) from exc
    _collect(rows, merged, dropped, collector, str(ws.title))


class _SheetParser:
    """openpyxl's worksheet parser, yielding ``(row number, values)`` with the row number first.

    A formula cell without a cached value becomes :class:`FormulaWithoutValue`; cells right of
    :data:`MAX_COLUMNS` are dropped; gaps between rows are not filled (a row numbered 200,000,000
    costs nothing until the caller refuses it).
    """

    def __init__(self, wb: Any, ws: Any, src: Any) -> None:
        from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

        class Parser(WorkSheetParser):
            def parse_cell(self, element: Any) -> dict[str, Any]:
                cell: dict[str, Any] = super().parse_cell(element)
                # no <v>, or an empty one outside a text result (openpyxl writes <v />)
                no_value = not element.findtext(VALUE_TAG) and element.get("t") != "str"
                if cell["value"] is None and no_value:
                    formula = element.find(FORMULA_TAG)
                    if formula is not None:
                        cell["value"] = FormulaWithoutValue("=" + (formula.text or ""))
                return cell

        self.parser = Parser(
            src,
            ws._shared_strings,
            data_only=True,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )

    def rows(self) -> Iterator[tuple[int, list[Any], int]]:
        """``(row number, values, non-empty cells dropped right of MAX_COLUMNS)``."""
        for number, cells in self.parser.parse():
            values: list[Any] = []
            dropped = 0
            for cell in cells:
                col = cell["column"]
                if col > MAX_COLUMNS:
                    dropped += cell["value"] is not None
                    continue
                if col > len(values):
                    values.extend([None] * (col - len(values)))
                values[col - 1] = cell["value"]
            yield number, values, dropped

    def merged_ranges(self) -> list[tuple[int, int, int, int, str]]:
        """``(min_col, min_row, max_col, max_row, "B2:B5")`` of each merged range."""
        from openpyxl.utils.cell import range_boundaries

        merged = self.parser.merged_cells
        if not merged:
            return []
        out = []
        for cr in merged.mergeCell:
            min_col, min_row, max_col, max_row = range_boundaries(cr.ref)
            out.append((min_col, min_row, max_col, max_row, str(cr.ref)))
        return out
