"""Cell values as the importer reads them: text, numbers stored by Excel, dates, yes/no words."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from itertools import chain
from typing import Any

from ...domain.dates import parse_date as parse_date_text
from ...domain.errors import ImportProblem
from ...domain.identifiers import normalize
from ...domain.validation import invisible_char
from ...files.spreadsheets import FormulaWithoutValue, SheetRow
from .common import _Columns

TRUE_WORDS = frozenset({"是", "有", "Y", "YES", "1", "TRUE", "T", "√"})
FALSE_WORDS = frozenset({"否", "无", "没有", "N", "NO", "0", "FALSE", "F", "×", ""})


_SCIENTIFIC = re.compile(r"^[0-9](?:\.[0-9]+)?E\+?[0-9]+$")
#: ``YYYY-MM-DD`` exactly, as most files write dates (read without the general patterns).
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")

# --------------------------------------------------------------------------------------------
# Cell helpers


def header_key(text: str) -> str:
    """Header as compared: NFKC, no white space, no trailing required-marker ``*``."""
    key = "".join(unicodedata.normalize("NFKC", text or "").split())
    return key.rstrip("*")


def cell_text(value: Any) -> str:
    """A cell as text: numbers without ``.0``, date cells as ``YYYY-MM-DD``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def numeric_display(value: Any) -> str | None:
    """If a long-number cell was stored as a number by Excel, how Excel shows it; else ``None``.

    Numbers in ``.xlsx`` cells, and CSV texts such as ``6.20724E+17``.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if abs(value) >= 1e11:
            return f"{float(value):.5E}"
        return cell_text(value)
    if isinstance(value, str):
        text = normalize(value)
        if _SCIENTIFIC.match(text):
            return value.strip()
    return None


def lost_digits(text: str) -> bool:
    """All digits, 16 or more, zero from the 16th on: a number Excel cut to 15 significant digits."""
    code = normalize(text)
    return len(code) >= 16 and code.isdigit() and set(code[15:]) == {"0"}


def parse_date(value: Any) -> dt.date:
    """``YYYY-MM-DD``, ``YYYY/M/D``, ``YYYY.M.D``, ``YYYY年M月D日``, ``YYYYMMDD`` or a date cell.

    Raises ``ValueError`` for anything else.
    """
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return dt.date(int(value[:4]), int(value[5:7]), int(value[8:]))
        except ValueError:
            pass  # 2026-02-30: the general reader says why
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        return excel_serial_date(value)
    return parse_date_text(cell_text(value))  # DateTextError is a ValueError


#: Day 0 of Excel's 1900 date system as used from serial 61 on (Excel counts 1900-02-29, which
#: never was: serials 1-59 are one day later than this epoch gives).
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def excel_serial_date(value: float) -> dt.date:
    """A number cell in a date column read as an Excel (1900 system) serial: 46000 -> 2025-12-09.

    A time of day (the fraction) is dropped. Raises ``ValueError`` outside 1 .. 2958465 (9999-12-31).
    """
    if not 1 <= value < 2_958_466:
        raise ValueError(value)
    days = int(value)
    if days < 61:
        days += 1
    return _EXCEL_EPOCH + dt.timedelta(days=days)


#: Fields whose invisible format characters are dropped by normalisation (not refused).
IDENTIFIER_FIELDS = frozenset({"uscc", "id_number", "accident_no"})


def cell_problems(
    row: SheetRow, cols: _Columns, identifiers: frozenset[str] = IDENTIFIER_FIELDS
) -> list[ImportProblem]:
    """Problems of single cells whatever the column: formulas without a value, invisible characters.

    ``identifiers``: fields whose invisible format characters are dropped by normalisation instead.
    One regular-expression search per row on the joined texts (the usual, clean case).
    """
    values = row.values
    texts = [v for v in values if isinstance(v, str)]
    joined = "\n".join(texts)
    # (only the openpyxl reader makes them; ``in`` compares the types in C)
    formulas = len(texts) != len(values) and FormulaWithoutValue in map(type, values)
    if not formulas and invisible_char(joined) is None:
        return []
    problems: list[ImportProblem] = []
    for fld, i in cols.index.items():
        value = row.values[i]
        if isinstance(value, FormulaWithoutValue):
            detail = {"formula": value.formula[:60]}
            problems.append(ImportProblem(row.number, cols.name(fld), "formula_no_value", detail))
        elif isinstance(value, str) and fld not in identifiers:
            found = invisible_char(value)
            if found is not None:
                problems.append(ImportProblem(row.number, cols.name(fld), "invisible_char", found))
    return problems


def no_cell_problems(rows: Sequence[SheetRow]) -> bool:
    """Whether :func:`cell_problems` finds nothing in any of ``rows``, by one search over every
    cell's text (the usual, clean file: no per-row work at all)."""
    cells = chain.from_iterable(r.values for r in rows)
    if FormulaWithoutValue in map(type, cells):
        return False
    # (numbers, dates, None and yes/no written out are ASCII: no invisible character among them)
    joined = "\n".join(map(str, chain.from_iterable(r.values for r in rows)))
    return invisible_char(joined) is None


def phone_problem(row: SheetRow, cols: _Columns) -> ImportProblem | None:
    """A 联系电话 stored as a number cell: accepted when nothing can be lost, refused otherwise.

    Safe: 11 digits starting with 1 (a mobile number has no leading zero to lose). Anything else
    (``9361234567`` was ``0936-1234567``) is refused with a request to format the column as text.
    """
    value = cols.get(row, "phone")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    text = cell_text(value)
    if len(text) == 11 and text.startswith("1") and text.isdigit():
        return None
    return ImportProblem(row.number, cols.name("phone"), "phone_numeric_cell", {"value": text})


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = normalize(cell_text(value))
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(word)


def _clean(value: str) -> str:
    return " ".join((value or "").split())


def _hazard_text(value: bool) -> str:
    return "是" if value else "否"
