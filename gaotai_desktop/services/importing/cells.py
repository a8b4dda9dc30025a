"""Cell values as the importer reads them: text, numbers stored by Excel, dates, yes/no words."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from ...domain.identifiers import normalize

TRUE_WORDS = frozenset({"是", "有", "Y", "YES", "1", "TRUE", "T", "√"})
FALSE_WORDS = frozenset({"否", "无", "没有", "N", "NO", "0", "FALSE", "F", "×", ""})


_SCIENTIFIC = re.compile(r"^[0-9](?:\.[0-9]+)?E\+?[0-9]+$")
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})" + _TIME + "$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)

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
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError(value)
    text = unicodedata.normalize("NFKC", cell_text(value)).strip()
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            year, month, day = (int(g) for g in m.groups()[:3])
            return dt.date(year, month, day)
    raise ValueError(text)


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
