"""Write a table (as shown on screen) to an ``.xlsx`` workbook. Qt-free.

A :class:`TableSheet` is what a window table exports: a title, a line saying which date it counts
for (统计截止日期), the visible columns in their order and the visible rows in their order, each
row's tier colour and whether it is greyed out. :func:`write_sheet` lays it out as the screen shows
it: the title and the date above a bold header row that stays frozen while scrolling, tier colours
on the rows (the tier also in words, in its column), grey text for rows that do not count,
sensible column widths, a filter on the header and a print setup (landscape, one page wide, the
header repeated on every page). :mod:`gaotai_desktop.files.table_pdf` prints the same sheet as a
PDF table.

openpyxl is imported when a file is written, not at start-up.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

MAX_WIDTH = 60
MIN_WIDTH = 6
#: Grey of rows that do not count (the screen's muted text).
MUTED_COLOUR = "6B6B6B"
HEADER_FILL = "E8E8E8"
#: Rows measured for the column widths.
WIDTH_SAMPLE = 500


@dataclass(frozen=True)
class TableSheet:
    """A table as shown: see the module docstring. ``fills`` and ``muted`` go row by row (empty:
    none); a fill is ``"#RRGGBB"`` or ``None``."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    subtitle: str = ""
    fills: Sequence[str | None] = field(default_factory=tuple)
    muted: Sequence[bool] = field(default_factory=tuple)
    #: Screen widths of the columns in pixels (the PDF shares the page out in proportion).
    widths: Sequence[int] = field(default_factory=tuple)
    #: Columns shown centred on screen (counts, tiers, dates).
    centred: Sequence[bool] = field(default_factory=tuple)

    def fill(self, i: int) -> str | None:
        return self.fills[i] if i < len(self.fills) else None

    def is_muted(self, i: int) -> bool:
        return bool(self.muted[i]) if i < len(self.muted) else False

    def is_centred(self, column: int) -> bool:
        return bool(self.centred[column]) if column < len(self.centred) else False


def text_width(text: object) -> int:
    """Width in Excel's unit: CJK characters take two columns."""
    s = "" if text is None else str(text)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[int]:
    """Each column as wide as its header and its widest value (of the first rows), within
    :data:`MIN_WIDTH` .. :data:`MAX_WIDTH`."""
    sample = rows[:WIDTH_SAMPLE]
    out = []
    for col, header in enumerate(headers):
        widest = max([text_width(header), *(text_width(r[col]) for r in sample if len(r) > col)])
        out.append(max(MIN_WIDTH, min(MAX_WIDTH, widest + 2)))
    return out


def as_text(cell: Any) -> None:
    """openpyxl turns a ``str`` starting with ``=`` into a formula: keep it a string cell."""
    if cell.data_type == "f" and isinstance(cell.value, str):
        cell.data_type = "s"


def write_xlsx(
    path: str | os.PathLike[str] | BinaryIO,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    title: str = "Sheet1",
) -> int:
    """A plain table: the header in row 1, then ``rows`` (see :func:`write_sheet` for the table as
    shown, with its title). Returns the number of data rows written."""
    return _write(path, TableSheet(title, list(headers), [list(r) for r in rows]), plain=True)


def write_sheet(path: str | os.PathLike[str] | BinaryIO, sheet: TableSheet) -> int:
    """``sheet`` as the screen shows it (module docstring); returns the number of data rows.

    Cells keep their Python types (``str`` stays text, so credit codes and ID numbers are never
    turned into numbers by Excel). Text is always a string cell, never a formula: a name such as
    ``=HYPERLINK("http://x", "点击")`` is written as the text it is (formula injection, OWASP).
    """
    return _write(path, sheet, plain=False)


def _write(path: str | os.PathLike[str] | BinaryIO, sheet: TableSheet, *, plain: bool) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    headers = list(sheet.headers)
    rows = [list(r) for r in sheet.rows]
    ncols = max(len(headers), 1)
    wb = Workbook()
    ws = wb.active
    ws.title = "".join("_" if ch in "[]:*?/\\" else ch for ch in (sheet.title or "Sheet1"))[:31]
    last_col = get_column_letter(ncols)
    if not plain:
        ws.append([sheet.title])
        ws["A1"].font = Font(bold=True, size=16)
        ws.merge_cells(f"A1:{last_col}1")
        ws.row_dimensions[1].height = 28
        ws.append([sheet.subtitle])
        ws["A2"].font = Font(size=11)
        ws.merge_cells(f"A2:{last_col}2")
        for cell in (ws["A1"], ws["A2"]):
            as_text(cell)
    header_row = ws.max_row + 1 if not plain else 1
    ws.append(headers)
    thin = Side(style="thin", color="A0A0A0")
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
        as_text(cell)
        if not plain:
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            cell.border = Border(bottom=thin)
    fills: dict[str, Any] = {}
    grey = Font(color=MUTED_COLOUR)
    centre = Alignment(horizontal="center")
    centred_cols = [c for c in range(len(headers)) if sheet.is_centred(c)]
    for i, r in enumerate(rows):
        ws.append(r)
        cells = ws[ws.max_row]
        for cell in cells:
            as_text(cell)
        colour = sheet.fill(i)
        if colour:
            key = colour.lstrip("#").upper()
            fill = fills.get(key)
            if fill is None:
                fill = fills[key] = PatternFill("solid", fgColor=key)
            for cell in cells:
                cell.fill = fill
        if sheet.is_muted(i):
            for cell in cells:
                cell.font = grey
        for c in centred_cols:
            if c < len(cells):
                cells[c].alignment = centre
    for col, width in enumerate(column_widths(headers, rows), start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = f"A{header_row + 1}"
    if not plain:
        ws.auto_filter.ref = f"A{header_row}:{last_col}{header_row + len(rows)}"
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    return len(rows)
