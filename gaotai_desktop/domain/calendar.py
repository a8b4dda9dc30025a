"""Working days and one-on-one interview slots (pure Python).

China moves working days around its public holidays (调休), so "is this a working day" needs the
year's table as the State Council publishes it. :data:`BUILTIN_TABLES` holds the years known when
this program was built (generated from ``chinesecalendar`` into :mod:`.holiday_data`; 2026 as
listed in DOMAIN.md section 6); the office settings add later years or replace a built-in one
(``OfficeSettings.holidays``). Each rest day carries its holiday's name (国庆节, 春节, ...), which
the deadline calculator (:mod:`.deadlines`) gives as the reason a period was moved.

A date in a year with no table is **refused** (``ValidationError("holidays", "no_calendar")``),
never guessed by the weekend rule: an interview fixed on a day that turns out to be a holiday is a
letter the bureau has to withdraw. The error names the year, so the office knows what to add.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import holiday_data
from .dates import WEEKDAYS, DateTextError, parse_date
from .errors import ValidationError

#: Name of a rest day whose holiday the table does not name (an administrator's unnamed list).
UNNAMED_HOLIDAY = "节假日"
#: Why an ordinary Saturday or Sunday is a rest day.
WEEKEND = "周末"


@dataclass(frozen=True)
class YearTable:
    """One year's public holidays (rest days, each with its holiday's name) and 调休 working
    weekends. ``names`` maps rest days to names (元旦, 春节, ...); a rest day missing from it is
    named :data:`UNNAMED_HOLIDAY`."""

    rest: frozenset[dt.date]
    work: frozenset[dt.date]
    names: Mapping[dt.date, str] = field(default_factory=dict, hash=False)

    @classmethod
    def named(cls, rest: Mapping[dt.date, str], work: Iterable[dt.date]) -> YearTable:
        """A table from ``{rest day: holiday name}`` and the working weekends."""
        return cls(frozenset(rest), frozenset(work), dict(rest))

    def name_of(self, day: dt.date) -> str | None:
        """The holiday's name when ``day`` is one of this table's rest days, else None."""
        if day not in self.rest:
            return None
        return self.names.get(day) or UNNAMED_HOLIDAY


def _builtin_tables() -> dict[int, YearTable]:
    """Every year of :mod:`.holiday_data` (generated from ``chinesecalendar``)."""
    rest: dict[int, dict[dt.date, str]] = {year: {} for year in holiday_data.YEARS}
    work: dict[int, set[dt.date]] = {year: set() for year in holiday_data.YEARS}
    for text, name in holiday_data.REST.items():
        day = dt.date.fromisoformat(text)
        rest[day.year][day] = name
    for text in holiday_data.WORK:
        day = dt.date.fromisoformat(text)
        work[day.year].add(day)
    return {year: YearTable.named(rest[year], work[year]) for year in holiday_data.YEARS}


#: The State Council's tables of every year ``chinesecalendar`` held when :mod:`.holiday_data`
#: was generated (2004-2026; 2026 as in DOMAIN.md section 6).
BUILTIN_TABLES: dict[int, YearTable] = _builtin_tables()


def _day(text: object, year: int) -> dt.date:
    """A date of ``year``'s table as the settings hold it; refused with the date named."""
    if not isinstance(text, str):
        raise ValidationError("holidays", "date_format", {"value": str(text), "year": year})
    try:
        day = parse_date(text)
    except DateTextError as err:
        raise ValidationError("holidays", err.code, {"value": text, "year": year}) from None
    if day.year != year:
        raise ValidationError("holidays", "holiday_year", {"value": text, "year": year})
    return day


def parse_tables(data: Mapping[str, Mapping[str, Any]]) -> dict[int, YearTable]:
    """Tables from settings, rest days named or not::

        {"2027": {"rest": {"2027-01-01": "元旦", ...}, "work": ["2027-02-07", ...]}}
        {"2027": {"rest": ["2027-01-01", ...], "work": [...]}}

    An unnamed rest day (or one named "") is named :data:`UNNAMED_HOLIDAY`. Raises
    :class:`ValidationError` (field ``holidays``, ``detail["value"]`` the date as written, ``year``)
    for a date that is not one (``date_format``, ``no_such_day``), of another year
    (``holiday_year``), both a rest and a working day (``holiday_both``), or a working day that is
    not a Saturday or Sunday (``holiday_weekday``), a year without rest days (``holiday_empty``:
    every year has 元旦); ``format`` for a year or name that is not text.
    """
    out: dict[int, YearTable] = {}
    for key, table in data.items():
        if not str(key).isdigit():
            raise ValidationError("holidays", "format", {"value": str(key)})
        year = int(key)
        given = table.get("rest", ())
        named = given if isinstance(given, Mapping) else dict.fromkeys(given, "")
        rest: dict[dt.date, str] = {}
        for text, name in named.items():
            if not isinstance(name, str):
                raise ValidationError("holidays", "format", {"value": str(name), "year": year})
            rest[_day(text, year)] = name.strip() or UNNAMED_HOLIDAY
        if not rest:
            raise ValidationError("holidays", "holiday_empty", {"year": year})
        work: set[dt.date] = set()
        for text in table.get("work", ()):
            day = _day(text, year)
            if day in rest:
                raise ValidationError("holidays", "holiday_both", {"value": text, "year": year})
            if day.weekday() < 5:
                raise ValidationError(
                    "holidays",
                    "holiday_weekday",
                    {"value": text, "year": year, "weekday": WEEKDAYS[day.weekday()]},
                )
            work.add(day)
        out[year] = YearTable.named(rest, work)
    return out


class WorkCalendar:
    """Working days by the years' tables; a year without a table is refused. ``tables`` (the
    office's settings) replace the built-in tables of the same years."""

    def __init__(self, tables: Mapping[int, YearTable] | None = None) -> None:
        self.tables = dict(BUILTIN_TABLES)
        self.tables.update(tables or {})

    def covers(self, year: int) -> bool:
        """Whether ``year`` has a table (built in or from the settings)."""
        return year in self.tables

    def _table(self, day: dt.date) -> YearTable:
        table = self.tables.get(day.year)
        if table is None:
            raise ValidationError(
                "holidays", "no_calendar", {"year": day.year, "value": day.isoformat()}
            )
        return table

    def is_working_day(self, day: dt.date) -> bool:
        return self.rest_name(day) is None

    def rest_name(self, day: dt.date) -> str | None:
        """Why ``day`` is a rest day: the holiday's name (国庆节, 春节, ...) or :data:`WEEKEND`;
        None for a working day (a 调休 working weekend included). A year without a table is
        refused like :meth:`is_working_day`; check :meth:`covers` first to count it otherwise."""
        table = self._table(day)
        if day in table.work:
            return None
        name = table.name_of(day)
        if name is not None:
            return name
        return WEEKEND if day.weekday() >= 5 else None

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day


# -- one-on-one interview slots ---------------------------------------------------------------
@dataclass(frozen=True)
class SlotPlan:
    """How interviews are given out: slot length, office hours, rooms (at least one)."""

    minutes: int
    hours: tuple[tuple[dt.time, dt.time], ...]
    rooms: tuple[str, ...]

    @classmethod
    def of(cls, minutes: int, hours: Iterable[str], rooms: Iterable[str]) -> SlotPlan:
        """From settings: ``hours`` like ``"09:00-11:30"``; ``rooms`` non-empty names."""
        if minutes < 1:
            raise ValidationError("interview_slot_minutes", "positive", {"value": minutes})
        spans = []
        for text in hours:
            try:
                start, end = (dt.time.fromisoformat(x.strip()) for x in text.split("-"))
            except ValueError:
                raise ValidationError("interview_hours", "format", {"value": text}) from None
            if end <= start:
                raise ValidationError("interview_hours", "format", {"value": text})
            spans.append((start, end))
        names = tuple(r for r in (r.strip() for r in rooms) if r)
        if not spans:
            raise ValidationError("interview_hours", "required")
        if not names:
            raise ValidationError("interview_place", "required")
        return cls(minutes, tuple(sorted(spans)), names)

    def day_slots(self, day: dt.date) -> list[dt.datetime]:
        """Start times of the slots of ``day`` (each slot ends within its office hours)."""
        step = dt.timedelta(minutes=self.minutes)
        out: list[dt.datetime] = []
        for start, end in self.hours:
            at, stop = dt.datetime.combine(day, start), dt.datetime.combine(day, end)
            while at + step <= stop:
                out.append(at)
                at += step
        return out


#: How far ahead a free slot is looked for before giving up (working days).
SLOT_HORIZON_DAYS = 250


def first_free_slot(
    earliest: dt.date,
    taken: Mapping[dt.datetime, int],
    plan: SlotPlan,
    calendar: WorkCalendar,
) -> tuple[dt.datetime, int]:
    """The first slot on a working day from ``earliest`` on with a free room: (start, room index).

    ``taken[start]`` is how many rooms are already given out at ``start`` (rooms are used in the
    order of ``plan.rooms``).
    """
    day = earliest
    for _ in range(SLOT_HORIZON_DAYS):
        day = calendar.next_working_day(day)
        for at in plan.day_slots(day):
            used = taken.get(at, 0)
            if used < len(plan.rooms):
                return at, used
        day += dt.timedelta(days=1)
    raise ValidationError("interview", "no_slot", {"value": earliest.isoformat()})
