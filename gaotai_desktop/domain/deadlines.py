"""Periods counted the law's way (pure Python).

民事诉讼法 第85条 and DOMAIN.md section 6: the start day (the day of delivery) is not counted; a
period counts calendar days unless a rule says working days; a period whose last day is a rest day
ends on the next working day. Rest days are weekends and the State Council's holidays; a 调休 working
Saturday or Sunday is a working day (:class:`~gaotai_desktop.domain.calendar.WorkCalendar`).

Unlike the interview-slot planner, the calculator does not refuse a year the holiday table does
not cover: it counts that year by the weekend rule and lists it in :attr:`Due.uncovered_years`, so
the caller can print the date together with a warning to check it once the year's table is in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .calendar import WEEKEND, WorkCalendar
from .errors import ValidationError

#: The longest period accepted, in days (ten years).
MAX_DAYS = 3650


@dataclass(frozen=True)
class Due:
    """When a period ends, and why it ends later than counted."""

    due: dt.date  # the last day of the period, after any move
    moved_by: str | None  # None, "周末", or the holiday's name ("国庆节", "春节", ...)
    nominal: dt.date  # the last day before moving
    uncovered_years: tuple[int, ...] = ()  # years the count touched that have no holiday table


def _rest_name(day: dt.date, calendar: WorkCalendar, uncovered: set[int]) -> str | None:
    """Why ``day`` is a rest day (None: a working day); an uncovered year by the weekend rule."""
    if calendar.covers(day.year):
        return calendar.rest_name(day)
    uncovered.add(day.year)
    return WEEKEND if day.weekday() >= 5 else None


def count_deadline(
    start: dt.date, days: int, calendar: WorkCalendar, *, working_days: bool = False
) -> Due:
    """The last day of a period of ``days`` days that starts on ``start`` (not counted).

    Calendar days: the day ``days`` after ``start``, moved to the next working day when it is a
    rest day (``moved_by`` names why: the holiday, or 周末). ``working_days``: the ``days``-th
    working day after ``start`` (never moved).
    """
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValidationError("deadline_days", "range", {"value": days, "max": MAX_DAYS})
    uncovered: set[int] = set()
    step = dt.timedelta(days=1)
    if working_days:
        day, left = start, days
        while left:
            day += step
            if _rest_name(day, calendar, uncovered) is None:
                left -= 1
        return Due(day, None, day, tuple(sorted(uncovered)))
    nominal = start + dt.timedelta(days=days)
    moved_by = _rest_name(nominal, calendar, uncovered)
    day = nominal
    if moved_by is not None:
        day += step
        while _rest_name(day, calendar, uncovered) is not None:
            day += step
    return Due(day, moved_by, nominal, tuple(sorted(uncovered)))
