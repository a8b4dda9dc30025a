"""``gaotai-desktop deadline`` through ``gaotai_desktop.cli.main`` on real SQLite files: the JSON
exactly, the one-line table, the office's holiday table from the database, usage errors, and the
``settings set holidays=`` checks naming the bad date."""

from __future__ import annotations

import io
import json

import pytest

from gaotai_desktop.cli import main


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def deadline_json(db, *argv):
    code, out, err = run("--db", db, "deadline", *argv, "--format", "json")
    assert code == 0, err
    return json.loads(out)


WARN_2027 = (
    "2027年的节假日安排尚未录入，截止日期2027年1月4日按周末规则计算，"
    "请在“办公设置 → 节假日”中补录后核对。"
)


def test_json_is_exactly_due_moved_by_and_warning(tmp_path):
    db = tmp_path / "d.sqlite"
    assert deadline_json(db, "2026-09-23", "10") == {
        "due": "2026-10-08",
        "moved_by": "国庆节",
        "warning": None,
    }
    assert deadline_json(db, "2026-02-05", "10") == {
        "due": "2026-02-24",
        "moved_by": "春节",
        "warning": None,
    }
    assert deadline_json(db, "2026-11-18", "10") == {
        "due": "2026-11-30",
        "moved_by": "周末",
        "warning": None,
    }
    assert deadline_json(db, "2026-11-02", "10") == {
        "due": "2026-11-12",
        "moved_by": None,
        "warning": None,
    }
    # Working days over the 调休 weekends: Sat 14 Feb counts, 15-23 Feb do not.
    assert deadline_json(db, "2026-02-12", "3", "--working-days") == {
        "due": "2026-02-24",
        "moved_by": None,
        "warning": None,
    }
    # Into 2027: counted by the weekend rule, not refused, and said so with the date.
    assert deadline_json(db, "2026-12-23", "10") == {
        "due": "2027-01-04",
        "moved_by": "周末",
        "warning": WARN_2027,
    }


def test_table_is_one_chinese_line_and_the_warning_goes_to_stderr(tmp_path):
    db = tmp_path / "d.sqlite"
    code, out, err = run("--db", db, "deadline", "2026-09-23", "10")
    assert (code, out, err) == (
        0,
        "2026年10月8日（星期四），原到期日2026年10月3日逢国庆节顺延\n",
        "",
    )
    code, out, err = run("--db", db, "deadline", "2026-09-30", "5", "--working-days")
    assert (code, out, err) == (0, "2026年10月13日（星期二），按5个工作日计算\n", "")
    code, out, err = run("--db", db, "deadline", "2026-12-23", "10")
    assert code == 0
    assert out == "2027年1月4日（星期一），原到期日2027年1月2日逢周末顺延\n"
    assert err == f"注意：{WARN_2027}\n"


def test_the_offices_table_in_the_database_counts(tmp_path):
    db = tmp_path / "d.sqlite"
    table = {
        "2027": {
            "rest": {"2027-01-01": "元旦", "2027-01-02": "元旦", "2027-01-03": "元旦"},
            "work": ["2027-02-07"],
        }
    }
    code, _, err = run("--db", db, "settings", "set", "holidays=" + json.dumps(table))
    assert code == 0, err
    # Tue 22 Dec + 10 = Fri 1 Jan 2027: 元旦 by the office's table, no warning any more.
    assert deadline_json(db, "2026-12-22", "10") == {
        "due": "2027-01-04",
        "moved_by": "元旦",
        "warning": None,
    }
    # The unnamed list form, and a built-in year replaced by the office.
    listed = {"2026": {"rest": ["2026-12-01"]}, "2027": {"rest": ["2027-01-01"]}}
    code, _, err = run("--db", db, "settings", "set", "holidays=" + json.dumps(listed))
    assert code == 0, err
    assert deadline_json(db, "2026-11-21", "10")["moved_by"] == "节假日"
    assert deadline_json(db, "2026-09-23", "10") == {
        "due": "2026-10-05",  # Sat 3 Oct: an ordinary weekend by the office's own 2026
        "moved_by": "周末",
        "warning": None,
    }


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["2026-13-01", "10"], "起算日 FROM"),
        (["2026/09/23", "10"], "起算日 FROM"),
        (["2026-09-23", "0"], "期限天数 DAYS"),
        (["2026-09-23", "3651"], "期限天数 DAYS"),
        (["2026-09-23", "十"], "期限天数 DAYS"),
        (["2026-09-23", "1.5"], "期限天数 DAYS"),
        (["2026-09-23", "-3"], "期限天数 DAYS"),
        (["9999-12-20", "30"], "超出了日期范围"),
    ],
)
def test_bad_from_or_days_is_a_usage_error_in_chinese(tmp_path, argv, said):
    code, out, err = run("--db", tmp_path / "d.sqlite", "deadline", *argv)
    assert code == 2 and out == ""
    assert err.startswith("用法：gaotai-desktop [--db PATH] deadline FROM DAYS")
    assert said in err and "错误：" in err


@pytest.mark.parametrize(
    ("table", "said"),
    [
        ({"2027": {"rest": ["2027-02-30"]}}, "“2027-02-30”这一天不存在"),
        (
            {"2027": {"rest": {"2027-01-01": "元旦", "2026-12-31": "元旦"}}},
            "“2026-12-31”不在2027年内",
        ),
        ({"2027": {"rest": ["2027-01-01"], "work": ["2027-01-01"]}}, "“2027-01-01”既列为放假日"),
        ({"2027": {"rest": ["2027-01-01"], "work": ["2027-01-05"]}}, "“2027-01-05”是星期二"),
        ({"2027": {"rest": ["1月1日"]}}, "“1月1日”不是有效日期"),
        ({"2027": {"work": ["2027-01-09"]}}, "2027年没有放假日"),
        ({"2027": {"rest": {"2027-01-01": 1}}}, "应写成 JSON"),
    ],
)
def test_a_bad_holiday_setting_names_the_date_and_saves_nothing(tmp_path, table, said):
    db = tmp_path / "d.sqlite"
    code, out, err = run("--db", db, "settings", "set", "holidays=" + json.dumps(table))
    assert code == 1 and out == ""
    assert said in err and "holidays" in err and "未保存任何设置" in err
    shown = json.loads(run("--db", db, "settings", "show", "--format", "json")[1])
    assert shown["holidays"] == {}
