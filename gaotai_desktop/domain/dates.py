"""Dates as people write them: one format for the window, the command line and the letters, and one
reader for what clerks type (date fields and import cells)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata


def chinese_date(d: dt.date) -> str:
    """``2026年11月28日``: Arabic numerals, full year, no leading zeros (GB/T 9704 成文日期)."""
    return f"{d.year}年{d.month}月{d.day}日"


def chinese_datetime(t: dt.datetime) -> str:
    """``2026年12月3日上午9时30分`` (minutes omitted when zero)."""
    half = "上午" if t.hour < 12 else "下午"
    hour = t.hour if t.hour <= 12 else t.hour - 12
    minute = f"{t.minute}分" if t.minute else ""
    return f"{chinese_date(t.date())}{half}{hour}时{minute}"


WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")

_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})" + _TIME + "$"),
    re.compile(r"^(\d{4})\s*/\s*(\d{1,2})\s*/\s*(\d{1,2})" + _TIME + "$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


class DateTextError(ValueError):
    """Text that is not a date. ``code``: ``date_format`` (not a date as people write one) or
    ``no_such_day`` (2026-02-30: written right, not on the calendar)."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(f"{code}: {text!r}")
        self.code = code
        self.text = text


def parse_date(text: str) -> dt.date:
    """A date as clerks type it: ``2026-11-20``, ``2026-3-5``, ``2026/3/5``, ``2026.3.5``,
    ``20260305``, ``2026年3月5日`` (full-width digits too; a time after the date is ignored).

    Raises :class:`DateTextError`; never guesses another date."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    for pattern in _DATE_PATTERNS:
        m = pattern.match(cleaned)
        if m:
            year, month, day = (int(g) for g in m.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                raise DateTextError("no_such_day", text) from None
    raise DateTextError("date_format", text)


def weekday(d: dt.date) -> str:
    """``星期五``."""
    return WEEKDAYS[d.weekday()]
