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

This module checks the file (kind, size, zip directory), scans a workbook's XML for what only the
openpyxl reader handles (``needs_openpyxl``) and picks the reader: :mod:`.xlsx_calamine` (most
workbooks), :mod:`.xlsx_openpyxl` or :mod:`.csv_sheet`; each feeds rows to :mod:`.sheet_rows`,
which finds the header and makes the :class:`Sheet`. Every name stays importable from here.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.errors import SpreadsheetError
from .csv_sheet import _read_csv, decode_text
from .sheet_rows import (
    HEADER_SEARCH_ROWS,
    MAX_COLUMNS,
    MAX_MERGE_NOTICES,
    ROW_NUMBER_SLACK,
    FormulaWithoutValue,
    Sheet,
    SheetRow,
    _Collector,
    _numbers_text,
)
from .xlsx_calamine import _calamine_available, _read_xlsx_calamine
from .xlsx_openpyxl import _read_xlsx_openpyxl

__all__ = [
    "CSV_EXTENSIONS",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_ROWS",
    "DEFAULT_MAX_UNPACKED",
    "HEADER_SEARCH_ROWS",
    "MAX_COLUMNS",
    "MAX_MERGE_NOTICES",
    "ROW_NUMBER_SLACK",
    "SCAN_CHUNK",
    "XLSX_EXTENSIONS",
    "FormulaWithoutValue",
    "Sheet",
    "SheetRow",
    "SpreadsheetError",
    "check_zip",
    "decode_text",
    "needs_openpyxl",
    "read_sheet",
]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # a 200,000-row incidents CSV is about 21 MB
DEFAULT_MAX_ROWS = 250_000
#: A workbook whose parts unpack to more than this (in total, or one part) is refused (zip bomb).
DEFAULT_MAX_UNPACKED = 256 * 1024 * 1024

XLSX_EXTENSIONS = frozenset({".xlsx", ".xlsm"})
CSV_EXTENSIONS = frozenset({".csv", ".txt"})
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


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


# --------------------------------------------------------------------------------------------
# The scan: whether a workbook holds something only the openpyxl reader handles (the calamine
# reader, :mod:`.xlsx_calamine`, reads every other).

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
