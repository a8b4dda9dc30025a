"""Read one sheet of an ``.xlsx`` workbook or a ``.csv`` file into a header and numbered rows.

Generic (knows nothing of enterprises or accidents). Values stay as the file holds them:
``.xlsx`` cells arrive as ``str``, ``int``, ``float``, ``bool``, ``datetime`` (date cells) or ``None``;
CSV cells are ``str`` (an empty CSV cell becomes ``None``). Row numbers are the numbers a user sees in
Excel: the header is row 1 (or the first non-blank row), blank rows are counted but not returned.

Refusals raise :class:`SpreadsheetError` with a code (texts in :mod:`gaotai_desktop.texts`):

``not_found``       the file does not exist or cannot be opened (detail: ``name``, ``detail``)
``not_spreadsheet`` unknown extension, or content that is not xlsx/csv (detail: ``name``)
``xls_format``      an old binary Excel ``.xls`` workbook (save it as ``.xlsx``) (detail: ``name``)
``empty``           zero bytes, or no header row at all (detail: ``name``)
``too_large``       bigger than ``max_bytes`` (detail: ``name``, ``size_mb``, ``max_mb``)
``too_many_rows``   more than ``max_rows`` data rows (detail: ``max``)
``encoding``        CSV text that is neither UTF-8 nor GBK/GB18030 (detail: ``name``)
``unreadable``      a damaged workbook or CSV (detail: ``name``, ``detail``)
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.errors import GaotaiError

DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # a 200,000-row incidents CSV is about 21 MB
DEFAULT_MAX_ROWS = 250_000
#: A workbook whose parts unpack to more than this many times ``max_bytes`` is refused (zip bomb).
MAX_UNPACK_RATIO = 50

XLSX_EXTENSIONS = frozenset({".xlsx", ".xlsm"})
CSV_EXTENSIONS = frozenset({".csv", ".txt"})
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class SpreadsheetError(GaotaiError):
    """The file cannot be read as a spreadsheet. ``code`` says why, ``detail`` holds the values."""

    def __init__(self, code: str, **detail: Any) -> None:
        super().__init__(f"spreadsheet: {code} {detail or ''}".strip())
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class SheetRow:
    #: Row number as Excel shows it (header row = 1 when the header is in the first row).
    number: int
    #: Raw values, one per header column (padded with ``None``; cells right of the header dropped).
    values: tuple[Any, ...]


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


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).strip()


class _Collector:
    """Turns raw rows (in file order, numbered from 1) into a :class:`Sheet`."""

    def __init__(self, max_rows: int) -> None:
        self.max_rows = max_rows
        self.headers: tuple[str, ...] | None = None
        self.header_row = 0
        self.rows: list[SheetRow] = []

    def add(self, number: int, values: tuple[Any, ...] | list[Any]) -> None:
        if all(_blank(v) for v in values):
            return
        if self.headers is None:
            headers = [_header_text(v) for v in values]
            while headers and not headers[-1]:
                headers.pop()
            self.headers = tuple(headers)
            self.header_row = number
            return
        width = len(self.headers)
        cells = tuple(values[:width])
        if len(cells) < width:
            cells = cells + (None,) * (width - len(cells))
        if all(_blank(v) for v in cells):
            return  # something only right of the header columns
        if len(self.rows) >= self.max_rows:
            raise SpreadsheetError("too_many_rows", max=self.max_rows)
        self.rows.append(SheetRow(number, cells))


def read_sheet(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_rows: int = DEFAULT_MAX_ROWS,
) -> Sheet:
    """Read the first worksheet of an ``.xlsx`` file or a ``.csv`` file (see module docstring)."""
    file = Path(path)
    name = file.name
    ext = file.suffix.lower()
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
    collector = _Collector(max_rows)
    if ext in XLSX_EXTENSIONS:
        if not head.startswith(ZIP_MAGIC):
            raise SpreadsheetError("not_spreadsheet", name=name)
        sheet_name = _read_xlsx(file, collector, max_bytes)
        fmt, encoding = "xlsx", None
    else:
        if head.startswith(ZIP_MAGIC):
            raise SpreadsheetError("not_spreadsheet", name=name)
        encoding = _read_csv(file, collector)
        fmt, sheet_name = "csv", None
    if collector.headers is None or not collector.headers:
        raise SpreadsheetError("empty", name=name)
    return Sheet(
        headers=collector.headers,
        rows=tuple(collector.rows),
        format=fmt,
        encoding=encoding,
        sheet_name=sheet_name,
        header_row=collector.header_row,
    )


def _read_xlsx(file: Path, collector: _Collector, max_bytes: int) -> str:
    import openpyxl  # imported late: the GUI starts faster

    name = file.name
    try:
        with zipfile.ZipFile(file) as zf:
            names = set(zf.namelist())
            unpacked = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SpreadsheetError("not_spreadsheet", name=name) from exc
    if "xl/workbook.xml" not in names:
        raise SpreadsheetError("not_spreadsheet", name=name)
    if unpacked > max_bytes * MAX_UNPACK_RATIO:
        raise SpreadsheetError(
            "too_large",
            name=name,
            size_mb=round(unpacked / 1024 / 1024, 1),
            max_mb=round(max_bytes / 1024 / 1024, 1),
        )
    try:
        wb = openpyxl.load_workbook(file, read_only=True, data_only=True)
    except Exception as exc:  # damaged XML, missing parts, ... (openpyxl raises many kinds)
        raise SpreadsheetError("unreadable", name=name, detail=str(exc)) from exc
    try:
        worksheets = wb.worksheets
        if not worksheets:
            raise SpreadsheetError("empty", name=name)
        ws = worksheets[0]
        try:
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                collector.add(number, values)
        except SpreadsheetError:
            raise
        except Exception as exc:
            raise SpreadsheetError("unreadable", name=name, detail=str(exc)) from exc
        return ws.title
    finally:
        wb.close()


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
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, record in enumerate(reader, start=1):
            collector.add(number, [v if v != "" else None for v in record])
    except csv.Error as exc:
        raise SpreadsheetError("unreadable", name=name, detail=str(exc)) from exc
    return encoding
