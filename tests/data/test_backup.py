"""Pre-migration backups are complete and checked, or absent; files at rest are private."""

from __future__ import annotations

import errno
import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from gaotai_desktop.data import backup as backup_mod
from gaotai_desktop.data.backup import TEMP_PREFIX, backup_sqlite, list_backups
from gaotai_desktop.data.engine import current_revision, head_revision, make_engine
from gaotai_desktop.domain.errors import StorageError
from gaotai_desktop.services.container import open_services
from gaotai_desktop.texts import error_text

from .test_opening import NOW, make_db, sha

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- a failing backup stops the migration and leaves nothing -----------------------------------------


def _fail_after_half(exc: BaseException):
    def copy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        total = source.execute("PRAGMA page_count").fetchone()[0]
        state = {"done": 0}

        def progress(_status, remaining, _total):
            if total - remaining >= total // 2:
                raise exc

        try:
            source.backup(target, pages=4, progress=progress)
        finally:
            state["done"] = 1

    return copy


@pytest.mark.parametrize(
    "exc",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        sqlite3.OperationalError("database or disk is full"),
        PermissionError(errno.EACCES, "Permission denied"),
    ],
    ids=["enospc", "sqlite-full", "permission"],
)
def test_a_failed_backup_leaves_no_file_and_no_migration(tmp_path, monkeypatch, exc):
    path = make_db(tmp_path / "gaotai.sqlite", revision="0001")
    before = sha(path)
    monkeypatch.setattr(backup_mod, "_copy", _fail_after_half(exc))
    with pytest.raises(StorageError) as info:
        open_services(path, backup_dir=tmp_path / "backups", actor="t")
    err = info.value
    assert err.code == "backup_failed"
    text = error_text(err)
    assert str(path) in text and str(tmp_path / "backups") in text and "磁盘空间" in text
    assert list((tmp_path / "backups").iterdir()) == []  # no 0-byte backup, no temp file
    assert sha(path) == before
    assert current_revision(make_engine(path)) == "0001"


def test_a_backup_that_fails_its_check_is_discarded(tmp_path, monkeypatch):
    path = make_db(tmp_path / "gaotai.sqlite", revision="0001")

    def copy_nothing(source, target):
        target.execute("CREATE TABLE x (a)")  # a "backup" without the real tables

    monkeypatch.setattr(backup_mod, "_copy", copy_nothing)
    with pytest.raises(StorageError) as info:
        backup_sqlite(path, tmp_path / "backups", "before-x", NOW)
    assert info.value.code == "backup_failed" and "enterprise" in str(info.value.detail)
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_good_backup_is_complete_and_private(tmp_path):
    path = make_db(tmp_path / "gaotai.sqlite", revision="0001")
    services = open_services(path, backup_dir=tmp_path / "backups", actor="t")
    services.dispose()
    (backup,) = list_backups(tmp_path / "backups")
    assert re.fullmatch(rf"gaotai-\d{{8}}-\d{{6}}-before-{head_revision()}\.sqlite", backup.name)
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM enterprise").fetchone() == (300,)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    con.close()
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [backup.name]
    if os.name == "posix":
        assert mode(backup) == 0o600
        assert mode(tmp_path / "backups") == 0o700


SLOW_BACKUP = """
import datetime as dt, sqlite3, sys, time
from pathlib import Path
from gaotai_desktop.data import backup

def slow(source, target):
    def progress(*_):
        print("copying", flush=True)
        time.sleep(0.2)
    source.backup(target, pages=1, progress=progress)

backup._copy = slow
backup.backup_sqlite(Path(sys.argv[1]), Path(sys.argv[2]), "before-x", dt.datetime(2026, 11, 28))
print("finished", flush=True)
"""


def test_a_backup_killed_half_way_is_never_taken_for_a_backup(tmp_path):
    path = make_db(tmp_path / "gaotai.sqlite", revision="0001")
    backups = tmp_path / "backups"
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(SLOW_BACKUP), str(path), str(backups)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert proc.stdout is not None
        for _ in range(3):
            assert proc.stdout.readline().strip() == "copying"
        proc.send_signal(signal.SIGKILL if os.name == "posix" else signal.SIGTERM)
    finally:
        proc.wait(10)
    left = sorted(p.name for p in backups.iterdir())
    assert left and all(name.startswith(TEMP_PREFIX) for name in left)  # only the temp remains
    assert list_backups(backups) == []
    # The next start makes a real backup (a fresh temp leftover is left alone: another desk's)
    services = open_services(path, backup_dir=backups, actor="t")
    services.dispose()
    (good,) = list_backups(backups)
    with sqlite3.connect(good) as con:
        assert con.execute("SELECT count(*) FROM enterprise").fetchone() == (300,)
    # and an old leftover is cleaned up by a later backup
    for p in backups.glob(TEMP_PREFIX + "*"):
        os.utime(p, (time.time() - 7200, time.time() - 7200))
    backup_sqlite(path, backups, "manual", NOW)
    assert not list(backups.glob(TEMP_PREFIX + "*"))


def test_a_leftover_file_under_the_backup_name_from_old_versions_is_not_trusted(tmp_path):
    """Old versions could leave an empty file (hot journal) under the final name; a new backup of
    the same second replaces it with a checked copy."""
    path = make_db(tmp_path / "gaotai.sqlite", revision="0001")
    backups = tmp_path / "backups"
    backups.mkdir()
    name = f"gaotai-20261128-090000-before-{head_revision()}.sqlite"
    (backups / name).write_bytes(b"")
    (backups / (name + "-journal")).write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)
    dest = backup_sqlite(path, backups, f"before-{head_revision()}", NOW)
    assert dest.name == name
    with sqlite3.connect(dest) as con:
        assert con.execute("SELECT count(*) FROM enterprise").fetchone() == (300,)


# -- modes -----------------------------------------------------------------------------------------------


@posix_only
def test_a_new_database_and_its_sidecars_are_private(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "new" / "gaotai.sqlite"
        path.parent.mkdir()
        services = open_services(path, backup_dir=tmp_path / "new" / "backups", actor="t")
        with services.db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM enterprise").all()
            for suffix in ("-wal", "-shm"):
                side = path.with_name(path.name + suffix)
                assert side.exists() and mode(side) == 0o600, suffix
        services.dispose()
        assert mode(path) == 0o600
        assert mode(path.parent) == 0o755  # a folder the program did not create keeps its mode
    finally:
        os.umask(old)


@posix_only
def test_an_existing_database_loses_world_access_only(tmp_path):
    path = make_db(tmp_path / "gaotai.sqlite")
    os.chmod(path, 0o664)
    open_services(path, backup_dir=tmp_path / "backups", actor="t").dispose()
    assert mode(path) == 0o660


@posix_only
def test_created_backup_folders_are_private(tmp_path):
    old = os.umask(0o022)
    try:
        path = make_db(tmp_path / "gaotai.sqlite")
        dest = backup_sqlite(path, tmp_path / "a" / "b" / "backups", "manual", NOW)
        for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "backups"):
            assert mode(folder) == 0o700, folder
        assert mode(dest) == 0o600
        existing = tmp_path / "shared"
        existing.mkdir(mode=0o755)
        backup_sqlite(path, existing, "manual", NOW)
        assert mode(existing) == 0o755
    finally:
        os.umask(old)
