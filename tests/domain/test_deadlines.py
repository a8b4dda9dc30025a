"""The deadline calculator: 民事诉讼法 第85条 over the 2026 holidays, their 调休 weekends, and years
the table does not cover (counted by the weekend rule and named, never refused)."""

from __future__ import annotations

import datetime as dt

import pytest

from gaotai_desktop.domain.calendar import WorkCalendar, parse_tables
from gaotai_desktop.domain.deadlines import Due, count_deadline
from gaotai_desktop.domain.errors import ValidationError

D = dt.date
CAL = WorkCalendar()


def test_the_start_day_is_not_counted():
    assert count_deadline(D(2026, 12, 1), 1, CAL) == Due(D(2026, 12, 2), None, D(2026, 12, 2))
    assert count_deadline(D(2026, 11, 2), 10, CAL).due == D(2026, 11, 12)  # Mon + 10 = Thu


def test_a_period_ending_in_national_day_moves_past_it():
    # Wed 23 Sep + 10 = Sat 3 Oct, inside 1-7 Oct: the next working day is Thu 8 Oct.
    assert count_deadline(D(2026, 9, 23), 10, CAL) == Due(D(2026, 10, 8), "国庆节", D(2026, 10, 3))
    # 30 days from 1 Sep end on Thu 1 Oct: the same.
    assert count_deadline(D(2026, 9, 1), 30, CAL) == Due(D(2026, 10, 8), "国庆节", D(2026, 10, 1))
    # The 中秋 days (25-27 Sep) just before it.
    assert count_deadline(D(2026, 9, 15), 10, CAL) == Due(D(2026, 9, 28), "中秋节", D(2026, 9, 25))
    # Sat 10 Oct is a 调休 working day: a period ending on it is not moved.
    assert count_deadline(D(2026, 9, 30), 10, CAL) == Due(D(2026, 10, 10), None, D(2026, 10, 10))
    # Sun 11 Oct is an ordinary Sunday again.
    assert count_deadline(D(2026, 10, 1), 10, CAL) == Due(D(2026, 10, 12), "周末", D(2026, 10, 11))


def test_a_period_ending_in_the_spring_festival_moves_past_it():
    # Thu 5 Feb + 10 = Sun 15 Feb, the first day of 15-23 Feb: due Tue 24 Feb.
    assert count_deadline(D(2026, 2, 5), 10, CAL) == Due(D(2026, 2, 24), "春节", D(2026, 2, 15))
    assert count_deadline(D(2026, 2, 13), 10, CAL) == Due(D(2026, 2, 24), "春节", D(2026, 2, 23))
    # Sat 14 Feb and Sat 28 Feb are working days (调休).
    assert count_deadline(D(2026, 2, 4), 10, CAL) == Due(D(2026, 2, 14), None, D(2026, 2, 14))
    assert count_deadline(D(2026, 2, 18), 10, CAL) == Due(D(2026, 2, 28), None, D(2026, 2, 28))
    # Sun 1 Mar is an ordinary Sunday.
    assert count_deadline(D(2026, 2, 19), 10, CAL) == Due(D(2026, 3, 2), "周末", D(2026, 3, 1))


def test_a_period_ending_on_an_ordinary_weekend_moves_to_monday():
    assert count_deadline(D(2026, 11, 18), 10, CAL) == Due(D(2026, 11, 30), "周末", D(2026, 11, 28))
    assert count_deadline(D(2026, 11, 19), 10, CAL) == Due(D(2026, 11, 30), "周末", D(2026, 11, 29))
    # 元旦 2026 (1-3 Jan) ends on a Saturday; Sun 4 Jan is a 调休 working day.
    assert count_deadline(D(2025, 12, 27), 7, CAL).due == D(2026, 1, 4)


def test_working_days_skip_holidays_and_count_tiaoxiu_weekends():
    # Thu 12 Feb: Fri 13 (1), Sat 14 working (2), 15-23 Feb rest, Tue 24 (3).
    assert count_deadline(D(2026, 2, 12), 3, CAL, working_days=True) == Due(
        D(2026, 2, 24), None, D(2026, 2, 24)
    )
    # Wed 30 Sep: 1-7 Oct rest, Thu 8 (1), Fri 9 (2), Sat 10 working (3), Mon 12 (4), Tue 13 (5).
    assert count_deadline(D(2026, 9, 30), 5, CAL, working_days=True).due == D(2026, 10, 13)
    # Fri 18 Sep: Sat 19 rest, Sun 20 working (1), Mon 21 (2).
    assert count_deadline(D(2026, 9, 18), 2, CAL, working_days=True).due == D(2026, 9, 21)
    # The start day is not counted even when it is a working day.
    assert count_deadline(D(2026, 12, 1), 1, CAL, working_days=True).due == D(2026, 12, 2)
    # Ordinary weekends are skipped: Fri 4 Dec + 1 working day = Mon 7 Dec.
    assert count_deadline(D(2026, 12, 4), 1, CAL, working_days=True).due == D(2026, 12, 7)


def test_a_year_without_a_table_is_counted_by_the_weekend_rule_and_named():
    # Wed 23 Dec 2026 + 10 = Sat 2 Jan 2027: moved to Mon 4 Jan by the weekend rule, 2027 named.
    got = count_deadline(D(2026, 12, 23), 10, CAL)
    assert got == Due(D(2027, 1, 4), "周末", D(2027, 1, 2), (2027,))
    # A Friday in 2027 counts as a working day (the table may say otherwise: hence the warning).
    assert count_deadline(D(2026, 12, 22), 10, CAL) == Due(
        D(2027, 1, 1), None, D(2027, 1, 1), (2027,)
    )
    # Working days: Wed 30 (1), Thu 31 (2), Fri 1 Jan (3), Mon 4 (4), Tue 5 (5).
    assert count_deadline(D(2026, 12, 29), 5, CAL, working_days=True) == Due(
        D(2027, 1, 5), None, D(2027, 1, 5), (2027,)
    )
    # Every uncovered year touched is named, in order.
    assert count_deadline(D(2026, 12, 1), 400, CAL).uncovered_years == (2028,)
    assert count_deadline(D(2026, 12, 1), 300, CAL, working_days=True).uncovered_years == (
        2027,
        2028,
    )
    # A period that stays in 2026 names nothing.
    assert count_deadline(D(2026, 12, 1), 20, CAL).uncovered_years == ()
    # The interview-slot planner's calendar still refuses the year.
    with pytest.raises(ValidationError):
        CAL.is_working_day(D(2027, 1, 4))


def test_the_offices_tables_count_and_override_the_built_in_ones():
    cal = WorkCalendar(
        parse_tables({"2027": {"rest": ["2027-01-01", "2027-01-02", "2027-01-03"], "work": []}})
    )
    # Tue 22 Dec + 10 = Fri 1 Jan 2027, a rest day by the office's table.
    assert count_deadline(D(2026, 12, 22), 10, cal) == Due(D(2027, 1, 4), "节假日", D(2027, 1, 1))
    # The office's 2026 replaces the built-in one: here 1 Oct is a working day, 1 Dec a rest day.
    own = WorkCalendar(parse_tables({"2026": {"rest": ["2026-12-01"], "work": ["2026-11-29"]}}))
    assert count_deadline(D(2026, 9, 1), 30, own) == Due(D(2026, 10, 1), None, D(2026, 10, 1))
    assert count_deadline(D(2026, 11, 21), 10, own) == Due(D(2026, 12, 2), "节假日", D(2026, 12, 1))
    assert count_deadline(D(2026, 11, 19), 10, own) == Due(D(2026, 11, 29), None, D(2026, 11, 29))


@pytest.mark.parametrize("days", [0, -1, 3651])
def test_a_period_out_of_range_is_refused(days: int):
    with pytest.raises(ValidationError) as exc:
        count_deadline(D(2026, 12, 1), days, CAL)
    assert (exc.value.field, exc.value.code) == ("deadline_days", "range")
