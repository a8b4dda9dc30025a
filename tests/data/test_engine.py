import datetime as dt
import sqlite3

import pytest
from alembic import command
from sqlalchemy import text

from gaotai_desktop.data.engine import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    migrate,
    sqlite_content_dump,
)
from gaotai_desktop.domain.errors import StorageError
from gaotai_desktop.texts import error_text

NOW = dt.datetime(2026, 11, 28, 9, 0)


def test_migrates_an_empty_file_to_head_with_seeded_lookups(tmp_path):
    engine = make_engine(tmp_path / "new.sqlite")
    assert migrate(engine, tmp_path / "backups", NOW) is None  # nothing to lose, no backup
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        towns = [r[0] for r in conn.execute(text("SELECT name FROM township ORDER BY sort_order"))]
        assert towns[0] == "城关镇" and len(towns) == 9
        assert conn.execute(text("SELECT count(*) FROM accident_category")).scalar() == 20
        assert conn.execute(text("SELECT created_by FROM township LIMIT 1")).scalar() == "system"
    assert not (tmp_path / "backups").exists()
    engine.dispose()


def test_every_connection_sets_the_pragmas(tmp_path):
    engine = make_engine(tmp_path / "p.sqlite")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    engine.dispose()


def test_upgrade_backs_up_first_and_keeps_the_data(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO enterprise (id, uscc, name, industry, township, authority,"
                " legal_representative, contact_person, phone, address, hazard, hazard_source,"
                " hazard_reference, uscc_override_reason, created_at, created_by, updated_at,"
                " updated_by, row_version) VALUES ('e1', '91620724MA01AB2C3L', '老数据有限公司',"
                " '', '', '', '', '', '', '', 0, '', '', '', :t, 'x', :t, 'x', 1)"
            ),
            {"t": NOW.isoformat(" ")},  # as SQLAlchemy stores a DateTime (no sqlite3 adapter)
        )
    backup = migrate(engine, tmp_path / "backups", NOW)
    assert backup is not None and backup.exists()
    assert backup.name == f"old-20261128-090000-before-{head_revision()}.sqlite"
    with sqlite3.connect(backup) as con:
        assert con.execute("SELECT name FROM enterprise").fetchall() == [("老数据有限公司",)]
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM enterprise")).scalar() == "老数据有限公司"
        assert conn.execute(text("SELECT count(*) FROM document")).scalar() == 0
    engine.dispose()


def test_a_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    engine = make_engine(path)
    migrate(engine, None, NOW)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    before = sqlite_content_dump(engine)
    with pytest.raises(StorageError) as exc:
        migrate(engine, tmp_path / "backups", NOW)
    assert exc.value.code == "newer_schema"
    assert "更新版本" in error_text(exc.value) and "9999" in error_text(exc.value)
    assert sqlite_content_dump(engine) == before
    engine.dispose()
    assert current_revision(make_engine(path)) == "9999"
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(StorageError) as exc:
        migrate(make_engine(path), None, NOW)
    assert exc.value.code == "not_sqlite"
    assert str(path) in error_text(exc.value)
