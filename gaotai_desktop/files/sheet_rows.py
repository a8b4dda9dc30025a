"""Rows as read, into a :class:`Sheet`: the header found, blank rows dropped, merged ranges
filled in (what every reader of :mod:`.spreadsheets` shares; see its docstring)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..domain.errors import SpreadsheetError

#: Columns read; cells further right are dropped (their headers are only counted).
MAX_COLUMNS = 256
#: Rows may be numbered this far beyond ``max_rows`` (header a few rows down, blank rows).
ROW_NUMBER_SLACK = 1_000
#: At most this many merged-range notices.
MAX_MERGE_NOTICES = 20
#: The header is looked for among this many non-blank rows at the top of a sheet.
HEADER_SEARCH_ROWS = 30


class SheetRow(NamedTuple):
    """One data row (a named tuple: a county's import makes 200,000 of them)."""

    #: Row number as Excel shows it (header row = 1 when the header is in the first row).
    number: int
    #: Raw values, one per header column (padded with ``None``; cells right of the header dropped).
    values: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class FormulaWithoutValue:
    """A formula cell saved without its computed value (written by a program, never opened in Excel)."""

    formula: str

    def __str__(self) -> str:
        return self.formula


@dataclass(frozen=True, slots=True)
class Sheet:
    #: Header texts with surrounding white space removed ("" for a blank header cell).
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    #: ``xlsx`` or ``csv``.
    format: str
    #: CSV: ``utf-8``, ``gb18030`` or ``utf-16``; xlsx: ``None``.
    encoding: str | None = None
    #: xlsx: title of the sheet that was read.
    sheet_name: str | None = None
    #: Row number of the header.
    header_row: int = 1
    #: Non-blank rows above the header that were skipped (a title, notes).
    skipped_rows: tuple[int, ...] = ()
    #: Header cells right of :data:`MAX_COLUMNS` (not read, only counted).
    dropped_columns: int = 0
    #: ``(code, detail)`` of things the reader did that the user should know (see module docstring).
    notices: tuple[tuple[str, dict[str, Any]], ...] = field(default_factory=tuple)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _all_blank(values: tuple[Any, ...] | list[Any]) -> bool:
    """Whether every value is blank (stops at the first that is not: usually the first)."""
    for v in values:  # noqa: SIM110  (a loop: no generator frame per value)
        if v is not None and (not isinstance(v, str) or v.strip()):
            return False
    return True


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).strip()


class _Collector:
    """Turns raw rows (in file order, numbered from 1) into a :class:`Sheet`.

    With ``is_header``, the header is the first of the first :data:`HEADER_SEARCH_ROWS` non-blank
    rows that ``is_header`` accepts (a title or notes above it are skipped); when none is, the first
    non-blank row (as without ``is_header``).
    """

    def __init__(
        self, max_rows: int, is_header: Callable[[tuple[str, ...]], bool] | None = None
    ) -> None:
        self.max_rows = max_rows
        self.is_header = is_header
        self.headers: tuple[str, ...] | None = None
        self.header_row = 0
        self.rows: list[SheetRow] = []
        self.dropped_columns = 0
        self.notices: list[tuple[str, dict[str, Any]]] = []
        #: Non-blank rows above the header (a title, notes), skipped.
        self.skipped_rows: list[int] = []
        #: Rows read while the header is looked for: (number, values, cells dropped on the right).
        self.pending: list[tuple[int, tuple[Any, ...] | list[Any], int]] = []

    def reset(self) -> None:
        """Forget a sheet that held no header (the next worksheet is read)."""
        self.headers = None
        self.header_row = 0
        self.rows.clear()
        self.dropped_columns = 0
        self.skipped_rows.clear()
        self.pending.clear()

    def add(self, number: int, values: tuple[Any, ...] | list[Any], dropped: int = 0) -> None:
        if self.headers is not None:  # a data row (the usual case)
            width = len(self.headers)
            cells = tuple(values[:width])
            if len(cells) < width:
                cells = cells + (None,) * (width - len(cells))
            if _all_blank(cells):
                return  # blank, or something only right of the header columns
            if len(self.rows) >= self.max_rows:
                raise SpreadsheetError("too_many_rows", max=self.max_rows)
            self.rows.append(SheetRow(number, cells))
            return
        if _all_blank(values):
            return
        if self.is_header is None:
            self._set_header(number, values, dropped)
            return
        self.pending.append((number, values, dropped))
        if self.is_header(_header_texts(values)):
            self.skipped_rows = [n for n, _v, _d in self.pending[:-1]]
            self.pending.clear()
            self._set_header(number, values, dropped)
        elif len(self.pending) >= HEADER_SEARCH_ROWS:
            self.finish()

    def finish(self) -> None:
        """No header found among the rows read so far: the first of them is the header."""
        if self.headers is not None or not self.pending:
            return
        pending, self.pending = self.pending, []
        number, values, dropped = pending[0]
        self._set_header(number, values, dropped)
        for number, values, dropped in pending[1:]:
            self.add(number, values, dropped)

    def _set_header(self, number: int, values: tuple[Any, ...] | list[Any], dropped: int) -> None:
        self.dropped_columns = dropped + sum(1 for v in values[MAX_COLUMNS:] if not _blank(v))
        headers = list(_header_texts(values))
        while headers and not headers[-1]:
            headers.pop()
        self.headers = tuple(headers)
        self.header_row = number


def _header_texts(values: tuple[Any, ...] | list[Any]) -> tuple[str, ...]:
    return tuple(_header_text(v) for v in values[:MAX_COLUMNS])


def _numbers_text(numbers: list[int]) -> str:
    """``1、2`` or ``1–4`` (consecutive), for notices."""
    if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}–{numbers[-1]}"
    return "、".join(str(n) for n in numbers)


def _collect(
    rows: list[tuple[int, list[Any]]],
    merged: list[tuple[int, int, int, int, str]],
    dropped: dict[int, int],
    collector: _Collector,
    sheet: str,
) -> None:
    """The rows of one worksheet, merged ranges filled in, into ``collector``."""
    merge_notices = _fill_merged(rows, merged, sheet) if merged else []
    for number, values in rows:
        collector.add(number, values, dropped.get(number, 0))
    collector.finish()
    # merged ranges above the header (a title across the columns) are not worth a notice
    kept = [detail for top, detail in merge_notices if top >= collector.header_row]
    for detail in kept[:MAX_MERGE_NOTICES]:
        collector.notices.append(("notice_merged_filled", detail))
    if len(kept) > MAX_MERGE_NOTICES:
        collector.notices.append(("notice_more", {"count": len(kept) - MAX_MERGE_NOTICES}))


def _fill_merged(
    rows: list[tuple[int, list[Any]]],
    merged: list[tuple[int, int, int, int, str]],
    sheet: str,
) -> list[tuple[int, dict[str, Any]]]:
    """Give every cell of a merged range the range's (top-left) value, in rows the file holds.

    Returns (top row, notice detail) of each range filled in.
    """
    by_number = {number: values for number, values in rows}
    notices: list[tuple[int, dict[str, Any]]] = []
    for min_col, min_row, max_col, max_row, ref in merged:
        top = by_number.get(min_row)
        value = top[min_col - 1] if top is not None and len(top) >= min_col else None
        if value is None or min_col > MAX_COLUMNS:
            continue
        last_col = min(max_col, MAX_COLUMNS)
        for number in range(min_row, max_row + 1):
            values = by_number.get(number)
            if values is None:
                continue
            if len(values) < last_col:
                values.extend([None] * (last_col - len(values)))
            for col in range(min_col, last_col + 1):
                values[col - 1] = value
        notices.append((min_row, {"sheet": sheet, "range": ref, "value": str(value)}))
    return notices
