"""``cases add|missing|complete|accept|suspend|resume|decide|served|list`` through ``cli.main`` on a
real file: the exact forms, the JSON list (masked worker), refusals that exit 1 and change
nothing."""

from __future__ import annotations

import io
import json

import pytest

from gaotai_desktop.cli import main
from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import build_services

USCC = "91620724MA01AB2C3L"
ID1 = "620724196804246594"


def run(db_path, *args):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db_path), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def office(db, monkeypatch):
    import datetime as dt

    import gaotai_desktop.services.container as container

    monkeypatch.setattr(container, "today", lambda: dt.date(2026, 11, 28))
    build_services(db).enterprises.create(
        EnterpriseInput(USCC, "高台县鑫源建筑工程有限公司", "建筑业", "城关镇"),
        today=dt.date(2026, 11, 28),
    )
    return db


def test_a_case_from_the_command_line(office, db_path):
    code, out, err = run(db_path, "cases", "add", "--uscc", USCC, "--worker", "孙秀英",
                         "--id-number", ID1, "--accident-date", "2026-09-10",
                         "--applied", "2026-09-16", "--applicant", "worker",
                         "--channel", "home_visit")  # fmt: skip
    assert code == 0, err
    case = out.strip()
    assert len(case) == 36 and out.count("\n") == 1

    code, out, _ = run(db_path, "cases", "list", "--as-of", "2026-10-09", "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"id": case, "uscc": USCC, "worker": "孙秀英（620724********6594）",
         "applied": "2026-09-16", "state": "applied", "clock": "acceptance",
         "due": "2026-10-08", "days_left": -1, "overdue": True}
    ]  # fmt: skip
    assert ID1 not in out
    code, out, _ = run(db_path, "cases", "list", "--as-of", "2026-10-08", "--overdue",
                       "--format", "json")  # fmt: skip
    assert json.loads(out) == []

    assert run(db_path, "cases", "missing", case, "--date", "2026-09-20",
               "--items", "劳动关系证明、医疗诊断证明")[0] == 0  # fmt: skip
    code, out, _ = run(db_path, "cases", "list", "--as-of", "2026-10-09", "--format", "json")
    row = json.loads(out)[0]
    assert (row["state"], row["clock"], row["due"], row["days_left"]) == (
        "missing_materials", None, None, None)  # fmt: skip
    code, out, err = run(db_path, "cases", "complete", case, "--date", "2026-09-25")
    assert code == 0, err
    assert "受理期限 2026-10-10" in out
    code, out, err = run(db_path, "cases", "accept", case, "--date", "2026-09-28", "--simple")
    assert code == 0 and "认定期限 2026-10-13" in out  # 28 Sep + 15 = Tue 13 Oct
    assert run(db_path, "cases", "suspend", case, "--date", "2026-09-30",
               "--reason", "等待法院判决")[0] == 0  # fmt: skip
    code, out, _ = run(db_path, "cases", "resume", case, "--date", "2026-10-05")
    assert "认定期限 2026-10-19" in out  # 13 Oct + 5 = Sun 18 Oct -> Mon 19 Oct
    code, out, err = run(db_path, "cases", "decide", case, "--date", "2026-10-16",
                         "--outcome", "认定工伤", "--article", "条例第十四条")  # fmt: skip
    assert code == 0, err
    assert "已作出决定  认定工伤" in out and "送达期限 2026-11-05" in out
    code, out, _ = run(db_path, "cases", "list", "--as-of", "2026-11-06", "--overdue")
    assert "已逾期 1 件" in out and "已逾期1天" in out
    assert run(db_path, "cases", "served", case, "--date", "2026-10-20")[0] == 0
    code, out, _ = run(db_path, "cases", "list", "--as-of", "2026-11-06", "--format", "json")
    assert (json.loads(out)[0]["state"], json.loads(out)[0]["clock"]) == ("served", None)


def test_refusals_exit_1_and_change_nothing(office, db_path, db):
    code, out, err = run(db_path, "cases", "add", "--uscc", USCC, "--worker", "孙秀英",
                         "--id-number", ID1, "--accident-date", "2026-09-01",
                         "--applied", "2026-10-09")  # fmt: skip
    assert code == 1 and out == "" and "逾期申请须记录确认人和理由" in err
    code, out, err = run(db_path, "cases", "add", "--uscc", USCC, "--worker", "孙秀英",
                         "--id-number", ID1, "--accident-date", "2026-09-01",
                         "--applied", "2026-09-02")  # fmt: skip
    case = out.strip()
    before = sqlite_content_dump(db.engine)
    for args, reason in (
        (("decide", case, "--date", "2026-09-10", "--outcome", "认定工伤"), "须先受理"),
        (("resume", case, "--date", "2026-09-10"), "须先中止"),
        (("complete", case, "--date", "2026-09-10"), "须先一次性告知补正材料"),
        (("served", case, "--date", "2026-09-10"), "不能登记送达"),
        (("accept", case, "--date", "2026-08-30"), "早于上一步骤的日期"),
        (("decide", case, "--date", "2026-09-10", "--outcome", "工伤"), "认定结论"),
        (("accept", "no-such-case", "--date", "2026-09-10"), "未找到工伤认定案件"),
    ):
        code, out, err = run(db_path, "cases", *args)
        assert (code, out) == (1, ""), args
        assert reason in err, (args, err)
    assert sqlite_content_dump(db.engine) == before
    with pytest.raises(SystemExit) as usage:
        run(db_path, "cases", "accept", case, "--date", "2026-13-01")
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as usage:
        run(
            db_path,
            "cases",
            "add",
            "--uscc",
            USCC,
            "--worker",
            "x",
            "--id-number",
            ID1,
            "--accident-date",
            "2026-09-01",
            "--applied",
            "2026-09-02",
            "--applicant",
            "boss",
        )
    assert usage.value.code == 2
