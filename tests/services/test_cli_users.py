"""``users add/list`` and ``--user``: sign-in on the command line, exit 3 when it is missing or
the role does not allow the action (the reason on stderr, nothing changed)."""

from __future__ import annotations

import io
import json

import pytest

from gaotai_desktop.cli import main
from gaotai_desktop.data.engine import make_engine, sqlite_content_dump

from .test_cli_settings import T, counts, one_yellow_enterprise

PASSWORD = "Gaotai-2026"


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def records(db_path) -> list[str]:
    """Every row but the users' own (a sign-in stamps ``last_sign_in``) and the audit trail."""
    dump = sqlite_content_dump(make_engine(db_path))
    return [line for line in dump if not line.startswith(("app_user:", "audit"))]


def add_user(db_path, name, role, monkeypatch, *, as_user=None):
    monkeypatch.setenv("GAOTAI_NEW_PASSWORD", PASSWORD)
    monkeypatch.setenv("GAOTAI_PASSWORD", PASSWORD)
    extra = ("--user", as_user) if as_user else ()
    return run("--db", db_path, *extra, "users", "add", name, "--role", role)


def test_users_add_and_list(tmp_path, monkeypatch):
    db = tmp_path / "u.sqlite"
    # the first user must be an administrator
    code, out, err = add_user(db, "科员丙", "clerk", monkeypatch)
    assert code == 1 and "第一个用户必须是管理员" in err
    code, out, err = add_user(db, "管理员甲", "admin", monkeypatch)
    assert code == 0, err
    assert out.strip() == "已添加用户：管理员甲（管理员）"
    # sign-in is on now: without --user, exit 3 with the reason
    monkeypatch.delenv("GAOTAI_PASSWORD")
    code, out, err = run("--db", db, "users", "list")
    assert code == 3 and out == ""
    assert "已开启登录" in err and "--user" in err
    monkeypatch.setenv("GAOTAI_PASSWORD", PASSWORD)
    assert add_user(db, "股长乙", "supervisor", monkeypatch, as_user="管理员甲")[0] == 0
    assert add_user(db, "科员丙", "clerk", monkeypatch, as_user="管理员甲")[0] == 0
    code, out, err = run("--db", db, "--user", "管理员甲", "users", "list", "--format", "json")
    assert code == 0, err
    rows = {r["name"]: r for r in json.loads(out)}
    assert {n: r["role"] for n, r in rows.items()} == {
        "管理员甲": "admin",
        "股长乙": "supervisor",
        "科员丙": "clerk",
    }
    assert rows["管理员甲"]["last_sign_in"] is not None
    code, out, err = run("--db", db, "--user", "管理员甲", "users", "list")
    assert code == 0 and "股长乙  股长  在用" in out and "共3个用户" in out
    # a clerk may not manage users
    code, out, err = add_user(db, "科员丁", "clerk", monkeypatch, as_user="科员丙")
    assert code == 3 and "无权" in err and "管理用户" in err
    code, out, err = run("--db", db, "--user", "管理员甲", "users", "list")
    assert "科员丁" not in out


def test_wrong_password_exits_3(tmp_path, monkeypatch):
    db = tmp_path / "u.sqlite"
    assert add_user(db, "管理员甲", "admin", monkeypatch)[0] == 0
    monkeypatch.setenv("GAOTAI_PASSWORD", "not the password")
    for _ in range(4):
        code, out, err = run("--db", db, "--user", "管理员甲", "tiers")
        assert code == 3 and out == "" and "用户名或密码不正确" in err
    code, out, err = run("--db", db, "--user", "管理员甲", "tiers")
    assert code == 3 and "暂时锁定" in err
    monkeypatch.setenv("GAOTAI_PASSWORD", PASSWORD)
    code, out, err = run("--db", db, "--user", "管理员甲", "tiers")
    assert code == 3 and "暂时锁定" in err  # still locked


def test_a_database_without_users_needs_no_sign_in(tmp_path):
    db = tmp_path / "plain.sqlite"
    code, out, err = run("--db", db, "tiers", "--format", "json")
    assert code == 0 and json.loads(out) == []
    code, out, err = run("--db", db, "--user", "谁", "tiers")
    assert code == 3 and "尚未设置用户" in err


@pytest.fixture
def issued(db, db_path, monkeypatch):
    """One yellow enterprise's letters issued by the single user, then users added."""
    one_yellow_enterprise(db)
    db.engine.dispose()
    code, out, err = run("--db", db_path, "notices", "issue", "--as-of", T.isoformat())
    assert code == 0, err
    assert add_user(db_path, "管理员甲", "admin", monkeypatch)[0] == 0
    assert add_user(db_path, "股长乙", "supervisor", monkeypatch, as_user="管理员甲")[0] == 0
    assert add_user(db_path, "科员丙", "clerk", monkeypatch, as_user="管理员甲")[0] == 0
    return out.split()


def test_clerk_cannot_correct_a_document_on_the_command_line(issued, db_path):
    before = records(db_path)
    docs = counts(db_path)
    code, out, err = run(
        "--db",
        db_path,
        "--user",
        "科员丙",
        "notices",
        "correct",
        issued[0],
        "--as-of",
        T.isoformat(),
    )
    assert code == 3 and out == ""
    assert "当前用户（科员）无权执行此操作：更正已下发的文书" in err
    assert counts(db_path) == docs
    assert records(db_path) == before
    code, out, err = run(
        "--db",
        db_path,
        "--user",
        "股长乙",
        "notices",
        "correct",
        issued[0],
        "--as-of",
        T.isoformat(),
    )
    assert code == 0, err
    assert counts(db_path)[0] == docs[0] + 1


def test_only_an_administrator_changes_prefixes_on_the_command_line(issued, db_path):
    code, out, err = run(
        "--db", db_path, "--user", "股长乙", "settings", "set", "prefix.risk_notice=高人社险"
    )
    assert code == 3 and "修改文号前缀（须管理员）" in err
    code, out, err = run(
        "--db", db_path, "--user", "股长乙", "settings", "show", "--format", "json"
    )
    assert json.loads(out)["prefixes"]["risk_notice"] != "高人社险"
    code, out, err = run(
        "--db", db_path, "--user", "管理员甲", "settings", "set", "prefix.risk_notice=高人社险"
    )
    assert code == 0, err


def test_demo_signs_in_by_itself_as_the_demo_administrator(monkeypatch):
    from gaotai_desktop.services.demo import DEMO_USER

    code, out, err = run("--demo", "demo", "--enterprises", "5", "--incidents", "5")
    assert code == 0, err
    code, out, err = run("--demo", "users", "list", "--format", "json")
    assert code == 0, err
    assert [(r["name"], r["role"]) for r in json.loads(out)] == [(DEMO_USER, "admin")]
