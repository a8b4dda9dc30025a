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


def _person_recorded(db, db_path):
    services = build_services(db)
    services.enterprises.create(
        EnterpriseInput("91620724MA01AB2C3L", "高台县鑫源建筑工程有限公司", "建筑业", "城关镇",
                        "县住房和城乡建设局", phone="13912345678"),
        today=T,
    )  # fmt: skip
    services.accidents.record(
        AccidentInput("91620724MA01AB2C3L", dt.date(2026, 3, 3), "工地", "高处坠落", "", "",
                      (PersonInput("孙秀英", "620724196804246594", "轻伤", "认定工伤"),)),
        today=T,
    )  # fmt: skip
    db.engine.dispose()


def test_audit_masks_id_numbers_unless_revealed(db, db_path):
    _person_recorded(db, db_path)
    code, out, err = run("--db", db_path, "audit", "--format", "json")
    assert code == 0, err
    assert "620724196804246594" not in out
    rows = json.loads(out)
    persons = [r for r in rows if r["table"] == "injured_person"]
    assert persons and persons[0]["after"]["id_number"] == "620724********6594"
    firms = [r for r in rows if r["table"] == "enterprise"]
    assert firms[0]["after"]["phone"] == "13912345678"  # the business's own, on its letters
    # single-user database: everything is allowed, and the reveal is itself recorded
    code, out, err = run("--db", db_path, "audit", "--reveal", "--format", "json")
    assert code == 0, err
    assert "620724196804246594" in out
    code, out, _ = run("--db", db_path, "audit", "--format", "json")
    assert json.loads(out)[0]["action"] == "reveal"
    assert "审计日志显示完整证件号" in json.loads(out)[0]["detail"]


def test_a_clerk_cannot_reveal_the_audit_trails_id_numbers(db, db_path, monkeypatch):
    _person_recorded(db, db_path)
    monkeypatch.setenv("GAOTAI_NEW_PASSWORD", "admin-pass-1")
    assert run("--db", db_path, "users", "add", "boss", "--role", "admin")[0] == 0
    monkeypatch.setenv("GAOTAI_NEW_PASSWORD", "clerk-pass-1")
    monkeypatch.setenv("GAOTAI_PASSWORD", "admin-pass-1")
    assert run("--db", db_path, "--user", "boss", "users", "add", "li", "--role", "clerk")[0] == 0
    monkeypatch.setenv("GAOTAI_PASSWORD", "clerk-pass-1")
    code, out, err = run("--db", db_path, "--user", "li", "audit", "--reveal", "--format", "json")
    assert code == 3 and out == "" and "无权" in err
    code, out, err = run("--db", db_path, "--user", "li", "audit", "--format", "json")
    assert code == 0, err
    assert "620724196804246594" not in out
    assert any(r["action"] == "refused" for r in json.loads(out))
