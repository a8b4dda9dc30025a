"""The built-in holiday tables: generated from ``chinesecalendar`` (a test dependency), 2026 exactly
as DOMAIN.md section 6 lists it; the administrator's tables, named or not, checked date by date."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import chinese_calendar
import pytest
from chinese_calendar import constants

from gaotai_desktop.domain import holiday_data
from gaotai_desktop.domain.calendar import BUILTIN_TABLES, WorkCalendar, parse_tables
from gaotai_desktop.domain.errors import ValidationError

D = dt.date
ROOT = Path(__file__).resolve().parents[2]


def _seed_tool():
    spec = importlib.util.spec_from_file_location("seed_holidays", ROOT / "tools/seed_holidays.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_module_is_what_the_tool_writes_from_the_installed_package():
    tool = _seed_tool()
    committed = (ROOT / "gaotai_desktop/domain/holiday_data.py").read_text(encoding="utf-8")
    assert committed == tool.render(), "run: python tools/seed_holidays.py"


def test_the_data_equals_chinesecalendar_day_by_day():
    names = _seed_tool().NAMES
    assert {D.fromisoformat(d): n for d, n in holiday_data.REST.items()} == {
        d: names[str(n)] for d, n in constants.holidays.items()
    }
    assert {D.fromisoformat(d) for d in holiday_data.WORK} == set(constants.workdays)
    years = sorted({d.year for d in constants.holidays} | {d.year for d in constants.workdays})
    assert list(holiday_data.YEARS) == years and sorted(BUILTIN_TABLES) == years
    assert years[0] <= 2010 and years[-1] >= 2026
    # Every day of every year covered: the same working day as chinesecalendar says.
    cal = WorkCalendar()
    day = D(years[0], 1, 1)
    while day.year <= years[-1]:
        assert cal.is_working_day(day) == chinese_calendar.is_workday(day), day
        day += dt.timedelta(days=1)


def _span(year: int, month: int, first: int, last: int) -> set[dt.date]:
    return {D(year, month, d) for d in range(first, last + 1)}


def test_2026_is_exactly_the_table_of_domain_md():
    table = BUILTIN_TABLES[2026]
    spans = {
        "元旦": _span(2026, 1, 1, 3),
        "春节": _span(2026, 2, 15, 23),
        "清明节": _span(2026, 4, 4, 6),
        "劳动节": _span(2026, 5, 1, 5),
        "端午节": _span(2026, 6, 19, 21),
        "中秋节": _span(2026, 9, 25, 27),
        "国庆节": _span(2026, 10, 1, 7),
    }
    assert table.rest == set().union(*spans.values())
    assert {day: table.name_of(day) for day in table.rest} == {
        day: name for name, days in spans.items() for day in days
    }
    assert table.work == {
        D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20),
        D(2026, 10, 10),
    }  # fmt: skip
    assert 2027 not in BUILTIN_TABLES  # not published in any package here: never guessed


def test_rest_names_of_the_calendar():
    cal = WorkCalendar()
    assert cal.rest_name(D(2026, 10, 3)) == "国庆节"  # a Saturday inside the holiday
    assert cal.rest_name(D(2026, 2, 18)) == "春节"
    assert cal.rest_name(D(2026, 11, 28)) == "周末"
    assert cal.rest_name(D(2026, 10, 10)) is None  # 调休 Saturday
    assert cal.rest_name(D(2026, 11, 30)) is None
    assert cal.rest_name(D(2015, 9, 3)) == "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"
    assert cal.covers(2004) and cal.covers(2026) and not cal.covers(2027)
    with pytest.raises(ValidationError):
        cal.rest_name(D(2027, 1, 1))


def test_settings_tables_named_or_not_and_overriding_a_built_in_year():
    tables = parse_tables(
        {
            "2027": {"rest": {"2027-01-01": "元旦", "2027-02-10": "春节"}, "work": ["2027-02-07"]},
            "2028": {"rest": ["2028-01-01"]},
            "2026": {"rest": {"2026-12-31": "临时"}},
        }
    )
    cal = WorkCalendar(tables)
    assert cal.rest_name(D(2027, 2, 10)) == "春节" and cal.is_working_day(D(2027, 2, 7))
    assert cal.rest_name(D(2028, 1, 1)) == "节假日"
    assert cal.rest_name(D(2026, 12, 31)) == "临时"
    assert cal.is_working_day(D(2026, 10, 1))  # the office's 2026 replaces the built-in one
    assert WorkCalendar().rest_name(D(2026, 10, 1)) == "国庆节"  # the built-in tables unchanged


@pytest.mark.parametrize(
    ("table", "code", "value"),
    [
        ({"2027": {"rest": ["2027-02-30"]}}, "no_such_day", "2027-02-30"),
        ({"2027": {"rest": ["2027-1-x"]}}, "date_format", "2027-1-x"),
        ({"2027": {"rest": {"2026-12-31": "元旦"}}}, "holiday_year", "2026-12-31"),
        ({"2027": {"rest": ["2027-01-01"], "work": ["2027-01-01"]}}, "holiday_both", "2027-01-01"),
        (
            {"2027": {"rest": ["2027-01-01"], "work": ["2027-01-05"]}},
            "holiday_weekday",
            "2027-01-05",
        ),
        ({"2027": {"work": ["2027-01-09"]}}, "holiday_empty", None),
    ],
)
def test_a_bad_settings_table_is_refused_naming_the_date(table, code, value):
    with pytest.raises(ValidationError) as exc:
        parse_tables(table)
    assert (exc.value.field, exc.value.code) == ("holidays", code)
    assert exc.value.detail.get("value") == value and exc.value.detail["year"] == 2027
