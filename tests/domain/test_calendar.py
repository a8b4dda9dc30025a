"""Working days of 2026 (调休 included), refusal of unknown years, interview slots."""

from __future__ import annotations

import datetime as dt

import pytest

from gaotai_desktop.domain.calendar import SlotPlan, WorkCalendar, first_free_slot, parse_tables
from gaotai_desktop.domain.errors import ValidationError

D = dt.date


def test_2026_rest_days_and_working_weekends():
    cal = WorkCalendar()
    assert not cal.is_working_day(D(2026, 10, 1))  # 国庆
    assert not cal.is_working_day(D(2026, 2, 18))  # 春节
    assert cal.is_working_day(D(2026, 10, 10))  # a Saturday made a working day
    assert cal.is_working_day(D(2026, 1, 4))  # a Sunday made a working day
    assert not cal.is_working_day(D(2026, 12, 5))  # an ordinary Saturday
    assert cal.next_working_day(D(2026, 9, 25)) == D(2026, 9, 28)
    assert cal.next_working_day(D(2026, 10, 1)) == D(2026, 10, 8)
    assert cal.next_working_day(D(2026, 6, 19)) == D(2026, 6, 22)


def test_a_year_without_a_table_is_refused_not_guessed():
    with pytest.raises(ValidationError) as exc:
        WorkCalendar().is_working_day(D(2027, 1, 4))
    assert (exc.value.field, exc.value.code) == ("holidays", "no_calendar")
    assert exc.value.detail["year"] == 2027
    cal = WorkCalendar(parse_tables({"2027": {"rest": ["2027-01-01"], "work": []}}))
    assert not cal.is_working_day(D(2027, 1, 1)) and cal.is_working_day(D(2027, 1, 4))


def test_slots_fill_the_office_hours_then_move_to_the_next_working_day():
    plan = SlotPlan.of(30, ["09:00-10:00", "14:30-15:30"], ["一号会议室"])
    cal = WorkCalendar()
    taken: dict[dt.datetime, int] = {}
    got = []
    for _ in range(5):
        at, room = first_free_slot(D(2026, 9, 30), taken, plan, cal)
        taken[at] = taken.get(at, 0) + 1
        got.append((at, room))
    assert [a for a, _ in got] == [
        dt.datetime(2026, 9, 30, 9, 0),
        dt.datetime(2026, 9, 30, 9, 30),
        dt.datetime(2026, 9, 30, 14, 30),
        dt.datetime(2026, 9, 30, 15, 0),
        dt.datetime(2026, 10, 8, 9, 0),  # 1-7 Oct are rest days
    ]
    two_rooms = SlotPlan.of(30, ["09:00-09:30"], ["甲", "乙"])
    assert first_free_slot(D(2026, 12, 7), {dt.datetime(2026, 12, 7, 9): 1}, two_rooms, cal) == (
        dt.datetime(2026, 12, 7, 9),
        1,
    )


def test_bad_slot_settings_are_refused():
    with pytest.raises(ValidationError):
        SlotPlan.of(30, ["11:30-09:00"], ["室"])
    with pytest.raises(ValidationError):
        SlotPlan.of(0, ["09:00-11:30"], ["室"])
    with pytest.raises(ValidationError):
        SlotPlan.of(30, ["09:00-11:30"], [" "])
