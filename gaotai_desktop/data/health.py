"""Is this file a healthy SQLite database? Checks run *before* the program writes anything.

Every failure becomes a :class:`StorageError` whose code has a Chinese sentence in
``texts.STORAGE_TEXTS`` naming the file and saying what to do; the technical detail goes to the log.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from ..domain.errors import StorageError

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
#: Files up to this size get the full ``PRAGMA integrity_check`` at open (about 1 s on a laptop);
#: larger ones the page-level ``quick_check`` (0.35 s for 170 MB), which does not compare index
#: contents with the tables. ``check_sqlite(path, full=True)`` runs the full check on any size.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024
SIDECARS = ("-wal", "-shm", "-journal")


def inspect_location(path: Path) -> None:
    """Refuse what cannot be a database file: a folder, a missing or non-folder parent, a file that
    is not SQLite. A missing or empty file is fine (SQLite makes a new database)."""
    shown = str(path)
    if path.is_dir():
        raise StorageError("is_directory", path=shown)
    parent = path.parent
    if not parent.exists():
        raise StorageError("no_folder", path=str(parent))
    if not parent.is_dir():
        raise StorageError("not_a_folder", path=str(parent))
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        log.warning("cannot read %s", path, exc_info=True)
        raise StorageError("cannot_open", path=shown, detail=exc.strerror or str(exc)) from exc
    if head and head != SQLITE_MAGIC:
        raise StorageError("not_sqlite", path=shown)


def classify(
    exc: BaseException, path: Path | str, backups: Path | str | None = None
) -> StorageError:
    """A SQLite/SQLAlchemy failure met while opening ``path`` as a typed error (traceback logged)."""
    orig = getattr(exc, "orig", None) or exc
    msg = str(orig)
    low = msg.lower()
    shown = str(path)
    backups_text = str(backups) if backups else "backups"
    log.error("opening database %s failed", path, exc_info=exc)
    if "file is not a database" in low or "file is encrypted" in low:
        return StorageError("not_sqlite", path=shown)
    if "malformed" in low or "corrupt" in low:
        return StorageError("damaged", path=shown, backups=backups_text, detail=msg)
    if "locked" in low or "busy" in low:
        return StorageError("locked", detail=f"{shown}（{msg}）")
    if "unable to open" in low or "readonly" in low or "read-only" in low:
        return StorageError("cannot_open", path=shown, detail=msg)
    if "disk is full" in low or "disk i/o" in low:
        return StorageError("disk", path=shown, detail=msg)
    return StorageError("unreadable", detail=f"{shown}：{msg}")


def check_sqlite(path: Path, *, full: bool | None = None) -> list[str]:
    """Problems found by SQLite's own check (``[]`` when healthy). Reads only.

    ``full=None`` picks ``integrity_check`` for files up to :data:`FULL_CHECK_MAX_BYTES`, else
    ``quick_check``.
    """
    if full is None:
        try:
            full = path.stat().st_size <= FULL_CHECK_MAX_BYTES
        except OSError:
            full = True
    pragma = "integrity_check" if full else "quick_check"
    con = sqlite3.connect(path)
    try:
        rows = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}")]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows


def ensure_healthy(path: Path, backups: Path | None = None, *, full: bool | None = None) -> None:
    """Raise ``StorageError('damaged')`` (or another typed error) unless ``path`` passes the check."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        problems = check_sqlite(path, full=full)
    except sqlite3.Error as exc:
        raise classify(exc, path, backups) from exc
    if problems:
        log.error("database %s failed its integrity check: %s", path, problems[:20])
        raise StorageError(
            "damaged",
            path=str(path),
            backups=str(backups) if backups else "backups",
            detail="; ".join(problems[:3]),
        )
