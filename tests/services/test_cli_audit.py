"""``gaotai-desktop audit``: the trail from the command line (real SQLite files)."""

from __future__ import annotations

import datetime as dt
import io
import json

from gaotai_desktop.cli import main
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services.container import build_services, current_user

T = dt.date(2026, 11, 28)
FIELDS = {"seq", "at", "actor", "action", "table", "record_id", "before", "after", "detail"}


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_audit_lists_a_records_history_and_a_users_actions(db, db_path):
    services = build_services(db)
    ent = services.enterprises.create(
        EnterpriseInput("91620724MA01AB2C3L", "高台县鑫源建筑工程有限公司", "建筑业", "城关镇",
                        "县住房和城乡建设局"),
        today=T,
    )  # fmt: skip
    services.enterprises.delete(ent.id, reason="重复登记")
    db.engine.dispose()
    code, out, err = run("--db", db_path, "audit", "--record", ent.id, "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["action"] for r in rows] == ["delete", "insert"]  # newest first
    assert all(set(r) == FIELDS for r in rows)
    assert rows[1]["after"]["name"] == "高台县鑫源建筑工程有限公司" and rows[1]["before"] is None
    assert rows[0]["actor"] == "tester" and rows[0]["at"] == "2026-11-28T09:00:00"
    code, out, _ = run("--db", db_path, "audit", "--user", "tester")
    assert code == 0 and "删除 企业 " + ent.id in out and "新增 企业" in out
    code, out, _ = run("--db", db_path, "audit", "--user", "nobody", "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_issue_and_print_are_audited_under_the_login_name(db, db_path, tmp_path):
    services = build_services(db)
    services.enterprises.create(
        EnterpriseInput("91620724MA01AB2C3L", "高台县鑫源建筑工程有限公司", "建筑业", "城关镇",
                        "县住房和城乡建设局", address="高台县城关镇1号"),
        today=T,
    )  # fmt: skip
    services.accidents.record(
        AccidentInput("91620724MA01AB2C3L", dt.date(2026, 3, 3), "工地", "高处坠落", "", "",
                      (PersonInput("孙秀英", "620724196804246594", "轻伤", "认定工伤"),)),
        today=T,
    )  # fmt: skip
    db.engine.dispose()
    code, out, err = run("--db", db_path, "notices", "issue", "--as-of", T.isoformat())
    assert code == 0, err
    doc_no = out.split()[0]
    code, _, err = run("--db", db_path, "print", doc_no, "-o", tmp_path / "o.pdf")
    assert code == 0, err
    code, out, _ = run("--db", db_path, "audit", "--record", doc_no, "--format", "json")
    printed = [r for r in json.loads(out) if r["action"] == "print"]
    assert len(printed) == 1 and printed[0]["actor"] == current_user()
    assert printed[0]["table"] == "document" and doc_no in printed[0]["detail"]
