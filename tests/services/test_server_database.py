"""``backup`` and ``check`` of a database on a PostgreSQL server: ``pg_dump`` (custom format) when it
is on PATH, else exit 1 saying the server's own tools are used; ``check`` runs the foreign-key and
audit-chain checks a client can and says the pages' integrity is the server's."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest
from sqlalchemy import text

from gaotai_desktop.cli import main
from gaotai_desktop.data.server import libpq_target
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import build_services

T = dt.date(2026, 11, 28)
NAMES = ["高台县鑫源建筑工程有限公司", "高台县宏达建筑工程有限公司"]
CODES = ["91620724MA01AB2C3L", "91620724MA01AB2D1F"]


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_without_pg_dump_backup_exits_1_naming_the_servers_tools(tmp_path, monkeypatch):
    """Refused before anything is opened: no server is needed to say so."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    target = tmp_path / "copy.dump"
    code, out, err = run("--db", "postgresql+psycopg://clerk@127.0.0.1:1/gaotai", "backup",
                         "-o", target)  # fmt: skip
    assert code == 1 and out == ""
    assert "pg_dump" in err and "服务器自带的工具" in err
    assert not target.exists()


def test_libpq_target_keeps_the_password_off_the_command_line():
    target, env = libpq_target("postgresql+psycopg://clerk:s3cret@db.example:5433/gaotai")
    assert target == "postgresql://clerk@db.example:5433/gaotai"
    assert env == {"PGPASSWORD": "s3cret"}


@pytest.fixture
def filled(db):
    services = build_services(db)
    for code, name in zip(CODES, NAMES, strict=True):
        services.enterprises.create(EnterpriseInput(code, name, "建筑业", "城关镇"), today=T)
    return services


def names(url: str) -> list[str]:
    from gaotai_desktop.data.engine import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.scalars(text("SELECT name FROM enterprise ORDER BY name")))
    finally:
        engine.dispose()


@pytest.mark.postgres_only(reason="pg_dump of a PostgreSQL database")
def test_backup_is_a_pg_dump_that_pg_restore_gives_back(filled, db_path, tmp_path, pg_server):
    target = tmp_path / "gaotai.dump"
    code, out, err = run("--db", db_path, "backup", "-o", target)
    assert code == 0, err
    assert "pg_dump" in out and str(target) in out
    assert target.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert not list(tmp_path.glob(".*.part"))
    # restored into an empty database by the server's own tool: every record is back
    empty = pg_server.fresh(migrated=False)
    try:
        dbname, env = libpq_target(empty)
        subprocess.run(
            [shutil.which("pg_restore"), "--no-owner", f"--dbname={dbname}", str(target)],
            env={**__import__("os").environ, **env}, check=True, capture_output=True,
        )  # fmt: skip
        assert names(empty) == sorted(NAMES)
    finally:
        pg_server.drop(empty)


@pytest.mark.postgres_only(reason="check of a PostgreSQL database")
def test_check_on_the_server_says_whose_integrity_and_finds_bad_rows(filled, db, db_path):
    code, out, err = run("--db", db_path, "check")
    assert code == 0, err
    assert "由服务器自身保证" in out and "外键检查" in out and "审计记录链：完整" in out

    with db.engine.begin() as conn:  # a past audit entry changed by hand on the server
        conn.execute(text('UPDATE audit_entry SET after = \'{"name": "别的"}\' WHERE seq = 2'))
    code, out, err = run("--db", db_path, "check")
    assert code == 1
    assert "审计日志第2条记录" in err and "已被改动" in err

    with db.engine.begin() as conn:  # and a row referring to a missing one (triggers off)
        conn.execute(text("SET session_replication_role = replica"))
        conn.execute(
            text(
                "INSERT INTO document_subject (id, document_id, enterprise_id, created_at,"
                " created_by, updated_at, updated_by, row_version)"
                " VALUES ('orphan', 'nope', 'nope', now(), 'x', now(), 'x', 1)"
            )
        )
    code, out, err = run("--db", db_path, "check")
    assert code == 1
    assert "document_subject" in err and "orphan" in err
