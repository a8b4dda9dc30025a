"""Read one sheet of an ``.xlsx`` workbook or a ``.csv`` file into a header and numbered rows.

Generic (knows nothing of enterprises or accidents). Values stay as the file holds them:
``.xlsx`` cells arrive as ``str``, ``int``, ``float``, ``bool``, ``datetime`` (date cells) or ``None``;
CSV cells are ``str`` (an empty CSV cell becomes ``None``). Row numbers are the numbers a user sees in
Excel: the header is row 1 (or the first non-blank row, or the row ``is_header`` accepts: a title or
notes above it are skipped), blank rows are counted but not returned.

Refusals raise :class:`SpreadsheetError` with a code (texts in :mod:`gaotai_desktop.texts`):

``not_found``       the file does not exist or cannot be opened (detail: ``name``, ``detail``)
``not_spreadsheet`` unknown extension, or content that is not xlsx/csv (detail: ``name``)
``xls_format``      an old binary Excel ``.xls`` workbook (save it as ``.xlsx``) (detail: ``name``)
``empty``           zero bytes, or no header row at all (detail: ``name``)
``too_large``       bigger than ``max_bytes`` (detail: ``name``, ``size_mb``, ``max_mb``)
``too_many_rows``   more than ``max_rows`` data rows (detail: ``max``)
``encoding``        CSV text that is neither UTF-8 nor GBK/GB18030 (detail: ``name``)
``unreadable``      a damaged workbook or CSV (detail: ``name``, ``detail``)
``unpacked_too_large`` a workbook part unpacks to more than ``max_unpacked`` bytes (zip bomb)
                    (detail: ``name``, ``part``, ``size_mb``, ``max_mb``)
``row_too_far``     a worksheet row numbered beyond the row limit (detail: ``name``, ``sheet``, ``row``,
                    ``max``); refused as soon as the row is met, before any gap is filled
``csv_quote``       a quoted CSV field runs over lines that look like records, or a quote is never
                    closed (detail: ``name``, ``line``, ``row``, ``lines``)
``csv_malformed``   other broken CSV quoting, e.g. ``"abc"d`` (detail: ``name``, ``line``, ``detail``)
``csv_field_too_long`` a CSV field beyond the csv module's field limit (detail: ``name``, ``line``, ``max``)

Notices (the file is read; :attr:`Sheet.notices` holds ``(code, detail)``):

``notice_other_sheet``   the first worksheet is empty, the first non-empty one was read
``notice_merged_filled`` a merged range's value was filled into each of its cells (never blanked)
``notice_header_row``    rows above the header (a title, notes) were skipped (detail: ``row``, ``skipped``)

Formula cells saved without a computed value arrive as :class:`FormulaWithoutValue`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..domain.errors import SpreadsheetError

DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # a 200,000-row incidents CSV is about 21 MB
DEFAULT_MAX_ROWS = 250_000
#: A workbook whose parts unpack to more than this (in total, or one part) is refused (zip bomb).
DEFAULT_MAX_UNPACKED = 256 * 1024 * 1024
#: Columns read; cells further right are dropped (their headers are only counted).
MAX_COLUMNS = 256
#: Rows may be numbered this far beyond ``max_rows`` (header a few rows down, blank rows).
ROW_NUMBER_SLACK = 1_000
#: At most this many merged-range notices.
MAX_MERGE_NOTICES = 20
#: The header is looked for among this many non-blank rows at the top of a sheet.
HEADER_SEARCH_ROWS = 30

XLSX_EXTENSIONS = frozenset({".xlsx", ".xlsm"})
CSV_EXTENSIONS = frozenset({".csv", ".txt"})
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


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


def read_sheet(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_unpacked: int = DEFAULT_MAX_UNPACKED,
    is_header: Callable[[tuple[str, ...]], bool] | None = None,
    reader: str = "auto",
) -> Sheet:
    """Read the first non-empty worksheet of an ``.xlsx`` file or a ``.csv`` file (see module doc).

    ``is_header(texts)``: whether a row is the header row (rows above it are skipped with a
    notice); without it, the first non-blank row is the header.

    ``reader`` (``.xlsx``): ``auto`` reads with python-calamine when it is installed and a scan of
    the worksheets finds nothing only openpyxl's reader checks (formulas, error cells, cells right of
    :data:`MAX_COLUMNS`, rows past the limit, cells or rows without a reference), else with openpyxl;
    ``openpyxl`` and ``calamine`` force one (``calamine`` still falls back when the scan says so).
    """
    file = Path(path)
    name = file.name
    ext = file.suffix.lower()
    head = _check_file(file, ext, max_bytes)
    collector = _Collector(max_rows, is_header)
    if ext in XLSX_EXTENSIONS:
        if not head.startswith(ZIP_MAGIC):
            raise SpreadsheetError("not_spreadsheet", name=name)
        sheet_name = _read_xlsx(file, collector, max_unpacked, reader)
        fmt, encoding = "xlsx", None
    else:
        if head.startswith(ZIP_MAGIC):
            raise SpreadsheetError("not_spreadsheet", name=name)
        encoding = _read_csv(file, collector)
        collector.finish()
        fmt, sheet_name = "csv", None
    if collector.headers is None or not collector.headers:
        raise SpreadsheetError("empty", name=name)
    if collector.skipped_rows:
        detail = {"row": collector.header_row, "skipped": _numbers_text(collector.skipped_rows)}
        collector.notices.append(("notice_header_row", detail))
    return Sheet(
        headers=collector.headers,
        rows=tuple(collector.rows),
        format=fmt,
        encoding=encoding,
        sheet_name=sheet_name,
        header_row=collector.header_row,
        skipped_rows=tuple(collector.skipped_rows),
        dropped_columns=collector.dropped_columns,
        notices=tuple(collector.notices),
    )


def _numbers_text(numbers: list[int]) -> str:
    """``1、2`` or ``1–4`` (consecutive), for notices."""
    if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}–{numbers[-1]}"
    return "、".join(str(n) for n in numbers)


def _check_file(file: Path, ext: str, max_bytes: int) -> bytes:
    """Refuse what is missing, empty, too big or of the wrong kind; return the first 8 bytes."""
    name = file.name
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise SpreadsheetError("not_found", name=name, detail=str(exc)) from exc
    if ext == ".xls":
        raise SpreadsheetError("xls_format", name=name)
    if ext not in XLSX_EXTENSIONS | CSV_EXTENSIONS:
        raise SpreadsheetError("not_spreadsheet", name=name)
    if size == 0:
        raise SpreadsheetError("empty", name=name)
    if size > max_bytes:
        raise SpreadsheetError(
            "too_large",
            name=name,
            size_mb=round(size / 1024 / 1024, 1),
            max_mb=round(max_bytes / 1024 / 1024, 1),
        )
    try:
        with file.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise SpreadsheetError("not_found", name=name, detail=str(exc)) from exc
    if head.startswith(OLE2_MAGIC):
        raise SpreadsheetError("xls_format", name=name)
    return head


# --------------------------------------------------------------------------------------------
# xlsx


def _mb(n: int) -> float:
    return round(n / 1024 / 1024, 1)


def check_zip(file: Path, max_unpacked: int) -> None:
    """Refuse a workbook whose parts (one, or all together) unpack to more than ``max_unpacked``.

    Sizes come from the zip directory; :mod:`zipfile` never inflates a part beyond its declared
    size, so a lying directory cannot get past this check either.
    """
    name = file.name
    try:
        with zipfile.ZipFile(file) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SpreadsheetError("not_spreadsheet", name=name) from exc
    if "xl/workbook.xml" not in {i.filename for i in infos}:
        raise SpreadsheetError("not_spreadsheet", name=name)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > max_unpacked or total > max_unpacked:
            part = info.filename if info.file_size > max_unpacked else "全部内容"
            size = info.file_size if info.file_size > max_unpacked else total
            raise SpreadsheetError(
                "unpacked_too_large",
                name=name,
                part=part,
                size_mb=_mb(size),
                max_mb=_mb(max_unpacked),
            )


def _read_xlsx(file: Path, collector: _Collector, max_unpacked: int, reader: str = "auto") -> str:
    check_zip(file, max_unpacked)
    if reader != "openpyxl" and _calamine_available():
        max_row = collector.max_rows + ROW_NUMBER_SLACK
        if not needs_openpyxl(file, max_row):
            return _read_xlsx_calamine(file, collector)
    return _read_xlsx_openpyxl(file, collector)


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


# --------------------------------------------------------------------------------------------
# xlsx with python-calamine (Rust): several times faster than openpyxl's reader. Used only when a
# scan of the worksheets' XML finds nothing that only the openpyxl reader checks; openpyxl stays
# the writer, and the reader of every other workbook.

#: Worksheet XML is scanned in pieces of about this size (bytes), cut between tags.
SCAN_CHUNK = 1 << 20
#: Elements written with a namespace prefix (``<x:c>``): rare, left to openpyxl.
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]*:(?:row|c|f|sheetData)[\s>/]")
#: In ``<sheetData>``: an element starting ``<c`` that is not a cell whose first attribute is its
#: reference, at most column IV (:data:`MAX_COLUMNS` = 256: calamine would build the whole width).
_ODD_CELL = re.compile(rb'<c(?! r="(?:[A-H]?[A-Z]|I[A-V])[0-9])')
#: In ``<sheetData>``: an element starting ``<row`` that is not a row whose first attribute is its
#: number.
_ODD_ROW = re.compile(rb'<row(?! r="[0-9])')
_ERROR_CELL = re.compile(rb' t="e"')
#: A formula element (saved without its value it must be refused with its text; calamine gives
#: an empty cell). ``<filterColumn>``, ``<firstFooter>`` ... do not match.
_FORMULA = re.compile(rb"<f[\s>/]")


def _calamine_available() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


def needs_openpyxl(file: Path, max_row: int) -> bool:
    """Whether a worksheet of ``file`` holds something only the openpyxl reader handles: a formula,
    an error cell, a cell right of :data:`MAX_COLUMNS`, a row numbered past ``max_row`` (openpyxl
    refuses it as soon as it is met), a row or cell without its reference (a far position calamine
    would fill densely), prefixed element names, or XML the scan cannot read. Streams each part: no more than
    :data:`SCAN_CHUNK` bytes in memory."""
    try:
        with zipfile.ZipFile(file) as zf:
            parts = [
                i
                for i in zf.infolist()
                if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")
            ]
            for info in parts:
                with zf.open(info) as fh:
                    if _part_needs_openpyxl(fh, max_row):
                        return True
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error):
        return True
    return False


def _part_needs_openpyxl(fh: Any, max_row: int) -> bool:
    """Five searches over the bytes, each at about memory speed (regular expressions with a literal
    start): a cell or row whose reference is not its first attribute, as Excel and openpyxl
    write them, is also left to openpyxl, and so is any other element starting ``<c`` or ``<row``
    between ``<sheetData>`` and ``</sheetData>`` (rich-text runs in inline strings: rare)."""
    digits = len(str(max_row))
    # a row number with more digits than ``max_row`` is past it; one with as many is compared as
    # bytes (same width: the byte order is the number order)
    longer = re.compile(rb'<row r="0*[1-9][0-9]{%d}' % digits)
    same = re.compile(rb'<row r="0*([1-9][0-9]{%d})"' % (digits - 1))
    limit = str(max_row).encode()
    rest = b""
    first = True
    inside = None  # None: before <sheetData>, True: in it, False: after it
    while True:
        chunk = fh.read(SCAN_CHUNK)
        data = rest + chunk
        if chunk:
            # cut before the last "<": every tag of ``data`` is whole (a "<" in text is &lt;)
            cut = data.rfind(b"<")
            if cut <= 0:
                rest = data
                continue
            data, rest = data[:cut], data[cut:]
        if first and _PREFIXED.search(data):
            return True
        first = False
        # a formula, an error cell (calamine gives it empty)
        if _FORMULA.search(data) or _ERROR_CELL.search(data):
            return True
        body = data
        if inside is None:
            start = body.find(b"<sheetData")
            if start >= 0:
                body, inside = body[start:], True
                if body.startswith(b"<sheetData/>"):
                    inside = False
        if inside:
            end = body.find(b"</sheetData")
            if end >= 0:
                body, inside = body[:end], False
            if _ODD_ROW.search(body) or _ODD_CELL.search(body) or longer.search(body):
                return True
            if max(same.findall(body), default=b"") > limit:
                return True
        if not chunk:
            return False


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


# --------------------------------------------------------------------------------------------
# CSV


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes: UTF-16 (with BOM), UTF-8 (BOM optional), else GB18030 (a superset of GBK).

    Returns (text, encoding) or raises ``ValueError``.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise ValueError(str(exc)) from exc


def _read_csv(file: Path, collector: _Collector) -> str:
    """Read CSV records strictly: broken quoting is refused with its line, never guessed at.

    ``"a""b"`` is ``a"b``; a quote inside an unquoted field (``ab"c``) is kept as it is; a quoted
    field followed by more text (``"ab"c``) or a quote never closed is refused.
    """
    name = file.name
    data = file.read_bytes()
    try:
        text, encoding = decode_text(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise SpreadsheetError("encoding", name=name) from exc
    if "\x00" in text:
        raise SpreadsheetError("not_spreadsheet", name=name)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 0
    line = 0  # last physical line read
    try:
        for number, record in enumerate(reader, start=1):
            width = len(collector.headers or ())
            looking = collector.headers is None and collector.is_header is not None
            if not looking:  # a title or notes above the header may hold line breaks
                _check_record_lines(
                    record, number, line + 1, reader.line_num, delimiter, width, name
                )
            line = reader.line_num
            collector.add(number, [v if v != "" else None for v in record])
    except csv.Error as exc:
        raise _csv_error(exc, name, number + 1, line + 1, text) from exc
    return encoding


def _check_record_lines(
    record: list[str], number: int, first: int, last: int, delimiter: str, width: int, name: str
) -> None:
    """Refuse a record whose quoted field holds lines that look like records of their own.

    A line "looks like a record" when it holds at least half as many delimiters as the header
    (a multi-line 事故经过 with a comma or two stays acceptable).
    """
    if last == first:
        return
    enough = width - 1 if width < 4 else width // 2
    for value in record:
        if "\n" not in value and "\r" not in value:
            continue
        if any(part.count(delimiter) >= enough for part in value.splitlines()[1:]):
            raise SpreadsheetError(
                "csv_quote", name=name, line=first, row=number, lines=last - first + 1
            )


def _csv_error(exc: csv.Error, name: str, row: int, line: int, text: str) -> SpreadsheetError:
    message = str(exc)
    if "field larger than field limit" in message:
        return SpreadsheetError(
            "csv_field_too_long", name=name, line=line, max=csv.field_size_limit()
        )
    if "unexpected end of data" in message:
        lines = text.count("\n") + 1 - line + 1
        return SpreadsheetError("csv_quote", name=name, line=line, row=row, lines=lines)
    return SpreadsheetError("csv_malformed", name=name, line=line, detail=message)
