"""Reading a CSV file strictly (UTF-8, GB18030 or UTF-16; broken quoting refused with its line)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..domain.errors import SpreadsheetError
from .sheet_rows import _Collector


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
