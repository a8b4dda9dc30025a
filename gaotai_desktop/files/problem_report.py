"""The problem list of an import as an ``.xlsx`` workbook (行号, 列, 单元格内容, 问题), to send back to
whoever filled in the sheet. Qt-free; openpyxl is imported when the file is written."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

#: Column widths (Excel characters; CJK characters count two).
WIDTHS = (8, 18, 28, 90)
SHEET_TITLE = "导入问题"


def write_problem_report(
    path: str | os.PathLike[str] | BinaryIO,
    headers: Sequence[str],
    rows: Iterable[tuple[int | None, str, str, str]],
) -> int:
    """Write ``headers`` and one row per problem (row number or ``None``, column, the cell as text,
    reason); returns the number of problems written.

    Every text stays a text cell (a value such as ``=SUM(A1:A9)`` is not made a formula), the
    header row is bold and frozen, the reasons wrap.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws: Any = wb.create_sheet(SHEET_TITLE)
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    def text_cell(value: str, **style: Any) -> Any:
        cell = WriteOnlyCell(ws, value=value)
        if cell.data_type == "f":  # openpyxl reads a leading "=" as a formula
            cell.data_type = "s"
        for name, v in style.items():
            setattr(cell, name, v)
        return cell

    ws.append([text_cell(h, font=bold) for h in headers])
    count = 0
    for number, column, value, reason in rows:
        ws.append(
            [
                number,
                text_cell(column),
                text_cell(value),
                text_cell(reason, alignment=wrap),
            ]
        )
        count += 1
    wb.save(path)
    return count
