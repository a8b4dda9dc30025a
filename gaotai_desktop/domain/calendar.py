"""Working days and one-on-one interview slots (pure Python).

China moves working days around its public holidays (调休), so "is this a working day" needs the
year's table as the State Council publishes it. :data:`BUILTIN_TABLES` holds the years known when
this program was built (2026: rest days and working weekends as listed in DOMAIN.md section 6);
the office settings may add later years (``OfficeSettings.holidays``).

A date in a year with no table is **refused** (``ValidationError("holidays", "no_calendar")``),
never guessed by the weekend rule: an interview fixed on a day that turns out to be a holiday is a
letter the bureau has to withdraw. The error names the year, so the office knows what to add.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

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


def _days(year: int, spans: Iterable[tuple[int, int, int]]) -> frozenset[dt.date]:
    """Dates of ``(month, first day, last day)`` spans in ``year``."""
    out: set[dt.date] = set()
    for month, first, last in spans:
        out.update(dt.date(year, month, d) for d in range(first, last + 1))
    return frozenset(out)


def _named(year: int, spans: Iterable[tuple[str, int, int, int]]) -> dict[dt.date, str]:
    """``{date: name}`` of ``(name, month, first day, last day)`` spans in ``year``."""
    return {d: name for name, m, a, b in spans for d in _days(year, [(m, a, b)])}


#: 国务院办公厅关于2026年部分节假日安排的通知 (as held by ``chinesecalendar`` 1.11).
BUILTIN_TABLES: dict[int, YearTable] = {
    2026: YearTable.named(
        _named(
            2026,
            [
                ("元旦", 1, 1, 3),
                ("春节", 2, 15, 23),
                ("清明节", 4, 4, 6),
                ("劳动节", 5, 1, 5),
                ("端午节", 6, 19, 21),
                ("中秋节", 9, 25, 27),
                ("国庆节", 10, 1, 7),
            ],
        ),
        _days(2026, [(1, 4, 4), (2, 14, 14), (2, 28, 28), (5, 9, 9), (9, 20, 20), (10, 10, 10)]),
    ),
}


def parse_tables(data: Mapping[str, Mapping[str, Iterable[str]]]) -> dict[int, YearTable]:
    """Tables from settings: ``{"2027": {"rest": ["2027-01-01", ...], "work": [...]}}``."""
    out: dict[int, YearTable] = {}
    for year, table in data.items():
        rest = frozenset(dt.date.fromisoformat(d) for d in table.get("rest", ()))
        work = frozenset(dt.date.fromisoformat(d) for d in table.get("work", ()))
        for day in rest | work:
            if day.year != int(year):
                raise ValidationError("holidays", "format", {"value": day.isoformat()})
        out[int(year)] = YearTable(rest, work)
    return out


class WorkCalendar:
    """Working days by the years' tables; a year without a table is refused."""

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
