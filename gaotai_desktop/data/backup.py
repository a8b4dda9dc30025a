"""Backups that are either complete and checked or absent, and private files and folders.

A backup is written with SQLite's online backup API to a temporary name in the backups folder,
checked (``PRAGMA integrity_check`` and the same tables as the source), fsynced and only then
renamed to its final name. A crash or a full disk leaves no file under a backup name; a leftover
temporary file is never listed as a backup (:func:`list_backups`) and is removed later.

Permissions (POSIX): the files hold ID numbers, so database files and backups the program creates
are ``0600`` and the folders it creates ``0700``. A folder that already exists keeps its mode; an
existing database file loses only its *world* bits (group access may be an administrator's choice
for a shared desk). Windows: nothing extra, the user profile is private.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import stat
import time
from pathlib import Path

from ..domain.errors import StorageError
from ..paths import POSIX, make_private_dir

log = logging.getLogger(__name__)

PRIVATE_FILE = 0o600
TEMP_PREFIX = ".incomplete-"
TEMP_SUFFIX = ".tmp"
#: Leftover temporary backups older than this are removed (younger ones may belong to another desk
#: that is backing up right now).
STALE_TEMP_SECONDS = 3600


def create_private_file(path: Path) -> bool:
    """Create an empty file with mode ``0600`` unless it exists (then: drop its world bits).

    Returns whether the file was created. An empty file is a valid empty SQLite database; SQLite
    gives its ``-wal``, ``-shm`` and ``-journal`` files the mode of the database file.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        tighten(path)
        return False
    os.close(fd)
    if POSIX:
        os.chmod(path, PRIVATE_FILE)
    return True


def tighten(path: Path) -> None:
    """Remove world read/write bits from an existing file of ours (and its SQLite sidecars)."""
    if not POSIX:
        return
    for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        try:
            mode = stat.S_IMODE(p.stat().st_mode)
            if mode & 0o007:
                os.chmod(p, mode & ~0o007)
                log.info("removed world access from %s (mode %o)", p, mode & ~0o007)
        except OSError:
            continue  # missing sidecar, or someone else's file: leave it


def backup_name(src: Path, label: str, now: dt.datetime) -> str:
    return f"{src.stem}-{now:%Y%m%d-%H%M%S}-{label}.sqlite"


def list_backups(dest_dir: Path) -> list[Path]:
    """Complete backups in ``dest_dir``, newest name last (temporary leftovers are not backups)."""
    if not dest_dir.is_dir():
        return []
    return sorted(
        p for p in dest_dir.glob("*.sqlite") if p.is_file() and not p.name.startswith(TEMP_PREFIX)
    )


def remove_stale_temps(dest_dir: Path, *, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove temporary backups left by a crash (and their journals)."""
    removed: list[Path] = []
    if not dest_dir.is_dir():
        return removed
    limit = time.time() - older_than
    for p in dest_dir.glob(TEMP_PREFIX + "*"):
        try:
            if p.stat().st_mtime <= limit:
                p.unlink()
                removed.append(p)
        except OSError:
            continue
    if removed:
        log.info("removed %d incomplete backup file(s) in %s", len(removed), dest_dir)
    return removed


def _copy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """The copy itself (a seam: tests replace it to fail or stall half-way)."""
    source.backup(target)


def _tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if POSIX:
        with contextlib.suppress(OSError):
            _fsync(path)


def _unlink_quietly(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("could not remove %s", p, exc_info=True)


def _checkpoint(step: str) -> None:
    """Called between the steps of writing a backup (a seam: the fault tests make the Nth step
    fail the way a full disk or an I/O error would)."""


def temp_name(dest: Path) -> Path:
    """The temporary name a file is written under before it is renamed to ``dest``."""
    return dest.with_name(f"{TEMP_PREFIX}{dest.name}.{os.getpid()}{TEMP_SUFFIX}")


def write_verified(src: Path, tmp: Path) -> None:
    """Copy the database ``src`` into the new file ``tmp`` with SQLite's online backup API
    (consistent even while other connections write, WAL included), make the copy a single file
    (rollback-journal mode), check it (``PRAGMA integrity_check``, the same tables) and fsync it.
    Raises ``StorageError('backup_failed')`` and removes ``tmp`` on any failure."""
    try:
        if tmp.exists():
            _unlink_quietly(tmp)
        create_private_file(tmp)
        _checkpoint("open")
        source = sqlite3.connect(src)
        try:
            target = sqlite3.connect(tmp)
            try:
                _copy(source, target)
                _checkpoint("copy")
                target.execute("PRAGMA journal_mode=DELETE")
                _checkpoint("verify")
                problems = [str(r[0]) for r in target.execute("PRAGMA integrity_check")]
                missing = _tables(source) - _tables(target)
            finally:
                target.close()
        finally:
            source.close()
        if problems != ["ok"]:
            raise StorageError(
                "backup_failed", detail="integrity_check: " + "; ".join(problems[:3])
            )
        if missing:
            raise StorageError(
                "backup_failed", detail="missing tables: " + ", ".join(sorted(missing))
            )
        _checkpoint("fsync")
        _fsync(tmp)
    except BaseException as exc:
        _unlink_quietly(tmp)
        log.error("backup of %s to %s failed", src, tmp, exc_info=True)
        if isinstance(exc, StorageError):
            exc.detail.setdefault("backups", str(tmp.parent))
            exc.detail.setdefault("path", str(src))
            raise
        if isinstance(exc, OSError | sqlite3.Error):
            detail = getattr(exc, "strerror", None) or str(exc)
            raise StorageError(
                "backup_failed", path=str(src), backups=str(tmp.parent), detail=detail
            ) from exc
        raise


def copy_database(src: Path, dest: Path) -> Path:
    """Write a checked copy of the database ``src`` as ``dest``: under a temporary name first,
    renamed only when complete and checked (an existing ``dest`` is replaced in one step)."""
    tmp = temp_name(dest)
    write_verified(src, tmp)
    try:
        _checkpoint("rename")
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except (OSError, sqlite3.Error) as exc:
        _unlink_quietly(tmp)
        log.error("renaming backup %s to %s failed", tmp, dest, exc_info=True)
        detail = getattr(exc, "strerror", None) or str(exc)
        raise StorageError(
            "backup_failed", path=str(src), backups=str(dest.parent), detail=detail
        ) from exc
    return dest


def backup_sqlite(src: Path, dest_dir: Path, label: str, now: dt.datetime) -> Path:
    """Copy a live SQLite database (online backup API, consistent even with WAL) and return the
    checked backup. Raises ``StorageError('backup_failed')`` and leaves nothing behind on failure."""
    try:
        make_private_dir(dest_dir)
    except OSError as exc:
        log.error("cannot make the backups folder %s", dest_dir, exc_info=True)
        raise StorageError(
            "backup_failed", path=str(src), backups=str(dest_dir), detail=exc.strerror or str(exc)
        ) from exc
    remove_stale_temps(dest_dir)
    return copy_database(src, dest_dir / backup_name(src, label, now))


SIDECARS = ("-wal", "-shm", "-journal")


def set_aside(path: Path, reason: str, now: dt.datetime) -> Path:
    """Rename a database file (with its ``-wal``/``-shm``/``-journal`` files, so that it still
    opens as it was) to ``<name>.<reason>-<YYYYMMDD-HHMMSS>`` beside it; never overwrites a file.
    Returns the new name."""
    base = path.with_name(f"{path.name}.{reason}-{now:%Y%m%d-%H%M%S}")
    aside = base
    n = 1
    while any(aside.with_name(aside.name + s).exists() for s in ("", *SIDECARS)):
        aside = base.with_name(f"{base.name}-{n}")
        n += 1
    for suffix in SIDECARS:  # sidecars first: the main file is moved last
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.rename(side, aside.with_name(aside.name + suffix))
    os.rename(path, aside)
    _fsync_dir(path.parent)
    log.warning("set %s aside as %s (%s)", path, aside, reason)
    return aside


def install_copy(tmp: Path, target: Path) -> None:
    """Move a complete, checked copy into place as ``target`` (whose old file was set aside)."""
    _checkpoint("install")
    os.replace(tmp, target)
    _fsync_dir(target.parent)


def examine(path: Path) -> tuple[str | None, frozenset[str], list[str]]:
    """What a file holds, read only: its schema revision (``alembic_version``; ``None`` without
    one), its tables and the problems ``PRAGMA integrity_check`` finds (``[]`` when healthy).
    Raises ``StorageError('restore_not_sqlite' | 'restore_unreadable')``."""
    shown = str(path)
    if not path.is_file():
        raise StorageError("restore_missing", path=shown)
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StorageError(
            "restore_unreadable", path=shown, detail=exc.strerror or str(exc)
        ) from exc
    if head != b"SQLite format 3\x00":
        raise StorageError("restore_not_sqlite", path=shown)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
            tables = frozenset(_tables(con))
            revision = None
            if "alembic_version" in tables:
                rows = [r[0] for r in con.execute("SELECT version_num FROM alembic_version")]
                revision = str(rows[0]) if len(rows) == 1 else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        low = str(exc).lower()
        if "not a database" in low or "malformed" in low or "corrupt" in low:
            return None, frozenset(), [str(exc)]
        raise StorageError("restore_unreadable", path=shown, detail=str(exc)) from exc
    return revision, tables, [] if problems == ["ok"] else problems
