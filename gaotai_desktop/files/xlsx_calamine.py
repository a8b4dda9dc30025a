"""Reading a worksheet with python-calamine (Rust): several times faster than openpyxl's reader.

Used only when the scan in :mod:`.spreadsheets` (``needs_openpyxl``) finds nothing that only the
openpyxl reader checks; openpyxl stays the writer, and the reader of every other workbook.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..domain.errors import SpreadsheetError
from .sheet_rows import MAX_COLUMNS, _collect, _Collector


def _calamine_available() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


def _read_xlsx_calamine(file: Path, collector: _Collector) -> str:
    from python_calamine import CalamineWorkbook, SheetTypeEnum

    name = file.name
    try:
        wb = CalamineWorkbook.from_path(str(file))
    except Exception as exc:  # damaged XML, missing parts, ... (calamine raises several kinds)
        raise SpreadsheetError("unreadable", name=name, detail=str(exc)) from exc
    try:
        titles = [m.name for m in wb.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
        if not titles:
            raise SpreadsheetError("empty", name=name)
        for title in titles:
            try:
                ws = wb.get_sheet_by_name(title)
                rows = _calamine_rows(ws)
                merged = [_merged_range(start, end) for start, end in (ws.merged_cell_ranges or ())]
            except SpreadsheetError:
                raise
            except Exception as exc:
                raise SpreadsheetError("unreadable", name=name, detail=str(exc)) from exc
            _collect(rows, merged, {}, collector, title)
            if collector.headers:
                if title != titles[0]:
                    collector.notices.append(
                        ("notice_other_sheet", {"first": titles[0], "sheet": title})
                    )
                return title
            collector.reset()
        return titles[0]
    finally:
        wb.close()


def _calamine_rows(ws: Any) -> list[tuple[int, list[Any]]]:
    """``(row number, values)`` as the openpyxl reader gives them (an empty cell is ``None``)."""
    start = ws.start
    if start is None:
        return []
    first_row, first_col = start
    pad = [None] * first_col
    rows: list[tuple[int, list[Any]]] = []
    append = rows.append
    date, combine, midnight = dt.date, dt.datetime.combine, dt.time()
    for number, row in enumerate(ws.iter_rows(), start=first_row + 1):
        # openpyxl gives "" as None and a date cell as a datetime
        values = [None if v == "" else combine(v, midnight) if type(v) is date else v for v in row]
        if first_col:
            values = pad + values
        if len(values) > MAX_COLUMNS:
            del values[MAX_COLUMNS:]
        append((number, values))
    return rows


def _merged_range(start: tuple[int, int], end: tuple[int, int]) -> tuple[int, int, int, int, str]:
    """calamine's ``((row, col), (row, col))`` (from 0) as ``(min_col, min_row, max_col, max_row,
    "B2:B5")``."""
    from openpyxl.utils import get_column_letter

    (r0, c0), (r1, c1) = start, end
    ref = f"{get_column_letter(c0 + 1)}{r0 + 1}:{get_column_letter(c1 + 1)}{r1 + 1}"
    return c0 + 1, r0 + 1, c1 + 1, r1 + 1, ref
