"""Opening a bad database gives a typed error naming the file (never a traceback), and writes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from gaotai_desktop.data.engine import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    migrate,
)
from gaotai_desktop.domain.errors import StorageError
from gaotai_desktop.services.container import open_services
from gaotai_desktop.texts import error_text

NOW = dt.datetime(2026, 11, 28, 9, 0)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_db(path: Path, *, revision: str | None = None, enterprises: int = 300) -> Path:
    """A real database with enough rows to span many pages, checkpointed (no -wal left)."""
    engine = make_engine(path)
    if revision is None:
        migrate(engine, None, NOW)
    else:
        command.upgrade(alembic_config(engine), revision)
    with engine.begin() as conn:
        for i in range(enterprises):
            conn.exec_driver_sql(
                "INSERT INTO enterprise (id, uscc, name, industry, township, authority,"
                " legal_representative, contact_person, phone, address, hazard, hazard_source,"
                " hazard_reference, uscc_override_reason, created_at, created_by, updated_at,"
                " updated_by, row_version) VALUES (?, ?, ?, '建筑业', '城关镇', '', '张三', '李四',"
                " ?, '甘肃省张掖市高台县城关镇', 0, '', '', '', ?, 'x', ?, 'x', 1)",
                (
                    f"e{i:05d}",
                    f"9162072400000{i:05d}",
                    f"高台县企业{i:05d}有限公司",
                    "0936",
                    NOW.isoformat(" "),  # as SQLAlchemy stores a DateTime (no sqlite3 adapter)
                    NOW.isoformat(" "),
                ),
            )
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    return path


def open_error(path: Path | str, tmp_path: Path, caplog=None) -> StorageError:
    with pytest.raises(StorageError) as exc:
        open_services(path, backup_dir=tmp_path / "backups", actor="t")
    return exc.value


def enterprise_root_page(path: Path) -> tuple[int, int]:
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'enterprise'").fetchone()[0]
    con.close()
    return root, page_size


# -- what the path points at ----------------------------------------------------------------------


def test_a_directory_is_refused_with_its_name(tmp_path):
    folder = tmp_path / "数据"
    folder.mkdir()
    err = open_error(folder, tmp_path)
    assert err.code == "is_directory"
    assert str(folder) in error_text(err) and "文件夹" in error_text(err)
    assert list(folder.iterdir()) == []


def test_a_sqlite_url_to_a_directory_is_refused(tmp_path):
    err = open_error(f"sqlite:///{tmp_path}", tmp_path)
    assert err.code == "is_directory"


def test_a_parent_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    err = open_error(tmp_path / "a.txt" / "gaotai.sqlite", tmp_path)
    assert err.code == "not_a_folder" and "a.txt" in error_text(err)


def test_a_missing_folder_is_named(tmp_path):
    err = open_error(tmp_path / "nope" / "gaotai.sqlite", tmp_path)
    assert err.code == "no_folder" and "nope" in error_text(err)


@pytest.mark.parametrize(
    "content",
    [
        "这不是数据库\n".encode() * 300,
        b"PK\x03\x04" + b"\x00" * 4000,  # an .xlsx (zip)
        b"%PDF-1.7\n" + b"x" * 4000,
        b"SQLite format 2\x00" + b"\x00" * 4000,  # almost
        b"\x00" * 4096,
        b"S",
    ],
    ids=["text", "zip", "pdf", "almost", "zeros", "one-byte"],
)
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path, content):
    path = tmp_path / "gaotai.sqlite"
    path.write_bytes(content)
    err = open_error(path, tmp_path)
    assert err.code == "not_sqlite"
    assert str(path) in error_text(err) and "不是本程序的数据库" in error_text(err)
    assert path.read_bytes() == content
    assert not (tmp_path / "backups").exists()


def test_random_bytes_after_a_valid_header_are_refused(tmp_path):
    path = tmp_path / "gaotai.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    before = sha(path)
    err = open_error(path, tmp_path)
    assert err.code in {"not_sqlite", "damaged"}
    assert str(path) in error_text(err)
    assert sha(path) == before


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "gaotai.sqlite"
    path.touch()
    services = open_services(path, backup_dir=tmp_path / "backups", actor="t")
    services.dispose()
    assert current_revision(make_engine(path)) == head_revision()


# -- damaged pages ----------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["table-root", "middle", "sqlite_master", "truncated"])
def test_a_damaged_file_is_refused_untouched(tmp_path, where, caplog):
    path = make_db(tmp_path / "gaotai.sqlite")
    data = bytearray(path.read_bytes())
    root, page_size = enterprise_root_page(path)
    if where == "table-root":
        start = (root - 1) * page_size
        data[start : start + page_size] = b"\xa5" * page_size
    elif where == "middle":
        start = len(data) // 2 // page_size * page_size
        data[start : start + 512] = bytes(range(256)) * 2
    elif where == "sqlite_master":
        data[100 : page_size - 8] = b"\x7f" * (page_size - 108)
    else:
        data = data[: len(data) // 2 + 17]
    path.write_bytes(bytes(data))
    before = sha(path)
    with caplog.at_level(logging.ERROR):
        err = open_error(path, tmp_path)
    assert err.code == "damaged", err
    text = error_text(err)
    assert str(path) in text and "恢复" in text and "管理员" in text
    assert str(tmp_path / "backups") in text
    assert sha(path) == before
    assert not (tmp_path / "backups").exists()
    assert caplog.records  # the log gets the details


# -- a damaged index: quick_check passes, integrity_check does not ---------------------------------


def _rewrite_index(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'ix_enterprise_name'", (sql,))
    con.commit()
    con.close()


@pytest.mark.parametrize("damage", ["wrong-column", "stale-entries", "unique-violated"])
def test_a_damaged_index_is_refused_and_the_file_left_alone(tmp_path, damage):
    path = make_db(tmp_path / "gaotai.sqlite")
    if damage == "wrong-column":
        _rewrite_index(path, "CREATE INDEX ix_enterprise_name ON enterprise (phone)")
    elif damage == "stale-entries":
        # rows written while the index was defined on another column: its entries no longer match
        _rewrite_index(path, "CREATE INDEX ix_enterprise_name ON enterprise (address)")
        con = sqlite3.connect(path)
        con.execute("UPDATE enterprise SET name = name || '（已更名）' WHERE rowid % 7 = 0")
        con.commit()
        con.close()
        _rewrite_index(path, "CREATE INDEX ix_enterprise_name ON enterprise (name)")
    else:
        con = sqlite3.connect(path)
        con.execute("UPDATE enterprise SET name = '同名有限公司' WHERE rowid IN (3, 4)")
        con.commit()
        con.close()
        _rewrite_index(path, "CREATE UNIQUE INDEX ix_enterprise_name ON enterprise (name)")
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # the cheap check misses it
    assert con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    con.close()
    before = sha(path)
    err = open_error(path, tmp_path)
    assert err.code == "damaged"
    assert str(path) in error_text(err) and "备份" in error_text(err)
    assert sha(path) == before
    assert not path.with_name(path.name + "-wal").exists()


# -- the version table -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    ["DELETE FROM alembic_version", "DROP TABLE alembic_version"],
    ids=["emptied", "dropped"],
)
def test_a_missing_version_mark_is_refused_untouched(tmp_path, sql):
    path = make_db(tmp_path / "gaotai.sqlite", revision="0001")
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()
    before = sha(path)
    err = open_error(path, tmp_path)
    assert err.code == "no_version"
    assert str(path) in error_text(err) and "alembic_version" in error_text(err)
    assert sha(path) == before


@pytest.mark.parametrize(
    ("mark", "code"),
    [
        ("0000", "unknown_schema"),
        ("0002", None),  # known: upgraded normally
        ("9999", "newer_schema"),
        ("abc123def", "newer_schema"),
        ("", "newer_schema"),
    ],
)
def test_unknown_version_marks(tmp_path, mark, code):
    path = make_db(tmp_path / "gaotai.sqlite", revision="0002")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = ?", (mark,))
    con.commit()
    con.close()
    before = sha(path)
    if code is None:
        open_services(path, backup_dir=tmp_path / "backups", actor="t").dispose()
        assert current_revision(make_engine(path)) == head_revision()
        return
    err = open_error(path, tmp_path)
    assert err.code == code
    assert repr(mark)[1:-1] in error_text(err)
    assert sha(path) == before


def test_two_version_rows_are_refused(tmp_path):
    path = make_db(tmp_path / "gaotai.sqlite", revision="0002")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO alembic_version VALUES ('0001')")
    con.commit()
    con.close()
    before = sha(path)
    err = open_error(path, tmp_path)
    assert err.code == "unknown_schema" and str(path) in error_text(err)
    assert sha(path) == before


def test_a_failing_upgrade_is_typed_and_rolled_back(tmp_path, monkeypatch):
    path = make_db(tmp_path / "gaotai.sqlite", revision="0001")

    def boom(*_a, **_k):
        raise RuntimeError("simulated failure inside a migration")

    monkeypatch.setattr("gaotai_desktop.data.engine.command.upgrade", boom)
    err = open_error(path, tmp_path)
    assert err.code == "migration_failed" and str(path) in error_text(err)
    assert current_revision(make_engine(path)) == "0001"


def test_an_unreachable_server_is_named_not_called_a_damaged_file():
    from gaotai_desktop.data.health import classify
    from gaotai_desktop.texts import error_text

    refused = Exception(
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: Connection refused'
    )
    err = classify(refused, "postgresql+psycopg://clerk:s3cret@10.0.0.5:5432/gaotai")
    text = error_text(err)
    assert text.startswith(
        "无法连接数据库服务器“postgresql+psycopg://clerk:***@10.0.0.5:5432/gaotai”"
    )
    assert "port 5432" in text and "s3cret" not in text
    assert "损坏" not in text
    # a file keeps its own wording
    assert "无法读取数据库文件" in error_text(classify(Exception("strange"), "/tmp/x.sqlite"))
