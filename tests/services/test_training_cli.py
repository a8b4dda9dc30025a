"""``training add|list|untrained`` and ``hotline add|list|counts`` through ``cli.main`` on a real
file: the exact forms, JSON output (callers masked), exit 1 with the reason for a refused input
(nothing changed), exit 2 for a malformed command line, and the quarterly report's training."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from gaotai_desktop.cli import main
from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import build_services

BUILD = "91620724MA01AB2C3L"
TRUCKS = "91350100M000100Y43"


def run(db_path, *args):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db_path), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def office(db, monkeypatch):
    import gaotai_desktop.services.container as container

    monkeypatch.setattr(container, "today", lambda: dt.date(2026, 11, 28))
    services = build_services(db)
    for code, name, industry in (
        (BUILD, "高台县鑫源建筑工程有限公司", "建筑业"),
        (TRUCKS, "高台县顺达物流有限公司", "交通运输、仓储和邮政业"),
    ):
        services.enterprises.create(
            EnterpriseInput(code, name, industry, "城关镇"), today=dt.date(2026, 11, 28)
        )
    return db


def test_training_from_the_command_line(office, db_path):
    code, out, err = run(db_path, "training", "add", "--date", "2026-10-09",
                         "--place", "县人社局三楼会议室", "--topic", "高处坠落防范",
                         "--trainer", "王敏", "--industry", "建筑业",
                         "--enterprise", f"{BUILD}:12")  # fmt: skip
    assert code == 0, err
    session = out.strip()
    assert len(session) == 36

    code, out, _ = run(db_path, "training", "list", "--year", "2026", "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"id": session, "date": "2026-10-09", "place": "县人社局三楼会议室",
         "topic": "高处坠落防范", "trainer": "王敏", "industry": "建筑业", "people": 12,
         "enterprises": [{"uscc": BUILD, "name": "高台县鑫源建筑工程有限公司", "people": 12}],
         "materials": "", "materials_path": ""}
    ]  # fmt: skip
    code, out, _ = run(db_path, "training", "list", "--year", "2025", "--format", "json")
    assert json.loads(out) == []
    code, out, _ = run(db_path, "training", "list")
    assert "高处坠落防范" in out and "共 1 场，培训 12 人次" in out

    code, out, _ = run(db_path, "training", "untrained", "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"uscc": TRUCKS, "name": "高台县顺达物流有限公司", "industry": "交通运输、仓储和邮政业",
         "township": "城关镇", "group": "logistics", "last_trained": None}
    ]  # fmt: skip
    code, out, _ = run(db_path, "training", "untrained", "--year", "2026")
    assert "交通运输、物流仓储" in out and "2026年尚未参加培训的高危行业企业共 1 家" in out

    code, out, err = run(db_path, "report", "quarterly", "--period", "2026-Q4", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["training"] == {"sessions": 1, "enterprises": 1, "people": 12}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--industry", "养殖业", "--enterprise", f"{BUILD}:3"], "培训行业"),
        (["--industry", "建筑业", "--enterprise", "91620724MA01AB2C4L:3"], "企业未登记"),
        (["--industry", "建筑业", "--enterprise", f"{BUILD}"], "参训企业：格式不正确"),
        (["--industry", "建筑业"], "参训总人数"),
    ],
)
def test_training_refused_exits_1_and_changes_nothing(office, db_path, args, words):
    before = sqlite_content_dump(office.engine)
    code, out, err = run(db_path, "training", "add", "--date", "2026-10-09", "--place", "会议室",
                         "--topic", "主题", "--trainer", "王敏", *args)  # fmt: skip
    assert code == 1 and out == ""
    assert words in err
    assert sqlite_content_dump(office.engine) == before


def test_malformed_command_lines_exit_2(office, db_path):
    with pytest.raises(SystemExit) as exc:
        run(db_path, "training", "add", "--date", "2026-10-32", "--place", "p", "--topic", "t",
            "--trainer", "n", "--industry", "E")  # fmt: skip
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        run(db_path, "hotline", "add", "--date", "2026-11-02", "--topic", "question",
            "--handler", "李娜")  # fmt: skip
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        run(db_path, "hotline", "counts", "--month", "2026-13")
    assert exc.value.code == 2


def test_hotline_from_the_command_line(office, db_path):
    code, out, err = run(db_path, "hotline", "add", "--date", "2026-11-20 09:30",
                         "--topic", "dispute", "--handler", "李娜", "--caller", "张建国",
                         "--phone", "13912345678", "--uscc", BUILD, "--advice", "告知调解途径",
                         "--referral", "mediation", "--follow-up", "2026-11-27")  # fmt: skip
    assert code == 0, err
    first = out.strip()
    assert run(db_path, "hotline", "add", "--date", "2026-11-03", "--topic", "consultation",
               "--handler", "李娜")[0] == 0  # fmt: skip
    code, out, _ = run(db_path, "hotline", "list", "--month", "2026-11", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert "张建国" not in out and "13912345678" not in out
    assert rows[0] == {
        "id": first, "called_at": "2026-11-20 09:30", "caller": "张**", "phone": "139****5678",
        "uscc": BUILD, "topic": "dispute", "handler": "李娜", "advice": "告知调解途径",
        "referral": "mediation", "follow_up": "2026-11-27", "days_left": -1, "overdue": True,
        "outcome": "", "closed": None,
    }  # fmt: skip
    assert rows[1]["called_at"] == "2026-11-03" and rows[1]["caller"] == ""
    code, out, _ = run(db_path, "hotline", "list")
    assert "张**" in out and "已逾期1天" in out and "回访已逾期 1 件" in out
    code, out, _ = run(db_path, "hotline", "counts", "--month", "2026-11", "--format", "json")
    assert json.loads(out) == {
        "month": "2026-11", "total": 2,
        "by_topic": {"consultation": 1, "complaint": 0, "dispute": 1},
        "by_referral": {"none": 1, "mediation": 1, "arbitration": 0, "labour_inspection": 0},
        "closed": 0, "overdue": 1,
    }  # fmt: skip
    code, out, _ = run(db_path, "hotline", "counts", "--month", "2026-11")
    assert "来电共2件" in out and "政策咨询1件" in out and "转调解1件" in out

    before = sqlite_content_dump(office.engine)
    code, out, err = run(db_path, "hotline", "add", "--date", "2026-11-29", "--topic", "dispute",
                         "--handler", "李娜")  # fmt: skip
    assert code == 1 and "来电时间" in err
    assert sqlite_content_dump(office.engine) == before
