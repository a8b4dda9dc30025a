"""How dates are written for people: one format for the window, the command line and the letters."""

from __future__ import annotations

import datetime as dt


def chinese_date(d: dt.date) -> str:
    """``2026年11月28日``: Arabic numerals, full year, no leading zeros (GB/T 9704 成文日期)."""
    return f"{d.year}年{d.month}月{d.day}日"


def chinese_datetime(t: dt.datetime) -> str:
    """``2026年12月3日上午9时30分`` (minutes omitted when zero)."""
    half = "上午" if t.hour < 12 else "下午"
    hour = t.hour if t.hour <= 12 else t.hour - 12
    minute = f"{t.minute}分" if t.minute else ""
    return f"{chinese_date(t.date())}{half}{hour}时{minute}"
