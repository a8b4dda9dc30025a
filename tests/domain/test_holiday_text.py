"""The holiday table as a clerk types it in 办公设置 (``office_settings.holidays_from_text``)."""

from __future__ import annotations

import pytest

from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.office_settings import (
    holidays_from_text,
    holidays_text,
    holidays_value,
    hours_from_text,
)
from gaotai_desktop.texts import validation_text


def test_lines_spans_names_and_working_weekends() -> None:
    got = holidays_from_text(
        "# 2027年\n2027-01-01 元旦\n\n2027/2/6~2027/2/8 春节\n2027年2月14日 调休上班\n2028-01-01 元旦"
    )
    assert got == {
        "2027": {
            "rest": {"2027-01-01": "元旦", "2027-02-06": "春节", "2027-02-07": "春节",
                     "2027-02-08": "春节"},
            "work": ["2027-02-14"],
        },
        "2028": {"rest": {"2028-01-01": "元旦"}, "work": []},
    }  # fmt: skip


def test_text_round_trip_and_the_list_form() -> None:
    text = "2027-01-01 元旦\n2027-02-06至2027-02-08 春节\n2027-02-14 上班"
    assert holidays_text(holidays_from_text(text)) == text
    listed = {"2027": {"rest": ["2027-01-02", "2027-01-01"], "work": ["2027-02-14"]}}
    assert holidays_text(listed) == "2027-01-01至2027-01-02\n2027-02-14 上班"
    stored = holidays_value(text)  # whichever form the settings keep, the days are there
    rest = stored["2027"]["rest"]
    assert sorted(rest) == ["2027-01-01", "2027-02-06", "2027-02-07", "2027-02-08"]


@pytest.mark.parametrize(
    ("text", "code", "says"),
    [
        ("元旦 2027-01-01", "holiday_line", "第1行"),
        (
            "2027-01-01 元旦\n2027-02-29 春节",
            "holiday_date",
            "第2行“2027-02-29 春节”中的日期不存在",
        ),
        ("2027-02-12至2027-02-06 春节", "holiday_range", "结束日期不能早于开始日期"),
        ("2027-01-01至2027-03-01 春节", "holiday_range", "不超过14天"),
        ("2027-01-01 元旦\n2027-01-01 上班", "holiday_twice", "2027-01-01已在第1行写过"),
        ("2027-02-08 上班", "holiday_work_weekday", "本来就上班"),
    ],
)
def test_bad_lines_are_named(text: str, code: str, says: str) -> None:
    with pytest.raises(ValidationError) as exc:
        holidays_from_text(text)
    assert exc.value.code == code
    assert says in validation_text(exc.value, with_field=False)


def test_office_hours_as_typed() -> None:
    assert hours_from_text("9:00-11:30，14:30 - 17:00") == ["09:00-11:30", "14:30-17:00"]
    assert hours_from_text("09:00～11:30\n14:30到17:00") == ["09:00-11:30", "14:30-17:00"]
    for bad in ("9:00-8:00", "上午", "25:00-26:00", ""):
        with pytest.raises(ValidationError):
            hours_from_text(bad)
