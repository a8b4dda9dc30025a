"""Write a table (headers + rows, as shown) to an ``.xlsx`` workbook. Qt-free.

openpyxl is imported when a file is written, not at start-up.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

MAX_WIDTH = 60


def _width(text: object) -> int:
    s = "" if text is None else str(text)
    # CJK characters take two columns in Excel's width unit.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def _as_text(cell: Any) -> None:
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
    """Write ``headers`` and ``rows`` to ``path``; returns the number of data rows written.

    Cells keep their Python types (``str`` stays text, so credit codes and ID numbers are never
    turned into numbers by Excel). Text is always a string cell, never a formula: a name such as
    ``=HYPERLINK("http://x", "点击")`` is written as the text it is (formula injection, OWASP).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    rows = [list(r) for r in rows]
    wb = Workbook()
    ws = wb.active
    ws.title = (title or "Sheet1")[:31]
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        _as_text(cell)
    for r in rows:
        ws.append(r)
        for cell in ws[ws.max_row]:
            _as_text(cell)
    sample = rows[:500]
    for col, header in enumerate(headers, start=1):
        width = max([_width(header), *(_width(r[col - 1]) for r in sample if len(r) >= col)])
        ws.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, width + 2)
    ws.freeze_panes = "A2"
    wb.save(path)
    return len(rows)
