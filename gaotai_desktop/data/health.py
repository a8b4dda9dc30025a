"""Is this file a healthy SQLite database? Checks run *before* the program writes anything.

Every failure becomes a :class:`StorageError` whose code has a Chinese sentence in
``texts.STORAGE_TEXTS`` naming the file and saying what to do; the technical detail goes to the log.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
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


#: The password in a database URL (``scheme://user:password@host``), never shown.
_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")


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
    if "://" in shown:  # a database server (PostgreSQL): not a file that could be damaged
        return StorageError("server", url=_PASSWORD.sub(r"\1***@", shown), detail=msg.strip())
    return StorageError("unreadable", detail=f"{shown}：{msg}")


def check_sqlite(path: Path, *, full: bool | None = None) -> list[str]:
    """Problems found by SQLite's own check (``[]`` when healthy). Reads only.

    ``full=None`` picks ``integrity_check`` for files up to :data:`FULL_CHECK_MAX_BYTES`, else
    ``quick_check``.
    """
    if full is None:
        full = _size_says_full(path)
    con = sqlite3.connect(path)
    try:
        return _problems(con, full)
    finally:
        con.close()


def _problems(con: sqlite3.Connection, full: bool) -> list[str]:
    pragma = "integrity_check" if full else "quick_check"
    rows = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def _size_says_full(path: Path) -> bool:
    try:
        return path.stat().st_size <= FULL_CHECK_MAX_BYTES
    except OSError:
        return True


def ensure_healthy(path: Path, backups: Path | None = None, *, full: bool | None = None) -> None:
    """Raise ``StorageError('damaged')`` (or another typed error) unless ``path`` passes the check."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        problems = check_sqlite(path, full=full)
    except sqlite3.Error as exc:
        raise classify(exc, path, backups) from exc
    _refuse(path, backups, problems)


def _refuse(path: Path, backups: Path | None, problems: list[str]) -> None:
    if problems:
        log.error("database %s failed its integrity check: %s", path, problems[:20])
        raise StorageError(
            "damaged",
            path=str(path),
            backups=str(backups) if backups else "backups",
            detail="; ".join(problems[:3]),
        )


class HealthGate:
    """The check of one database file (:func:`ensure_healthy`), run once before the program's
    first connection to it through the services (``data.engine.make_engine(gate=...)``): nothing
    is written, and nothing but the window's first screenful is read, before it has passed.

    :meth:`wait` runs the check in the calling thread unless another thread is running it (then
    it waits for that one) or it already ran, and raises the check's typed error each time when it
    failed. The window calls it in a worker thread right after its first paint; a command calls it
    through its first connection. :meth:`interrupt` stops a check under way (the program is
    quitting): every waiter then gets ``StorageError('operational')``.
    """

    def __init__(
        self, path: Path, backups: Path | None = None, *, full: bool | None = None
    ) -> None:
        self.path = path
        self.backups = backups
        self.full = full
        self._lock = threading.Lock()
        self._done = False
        self._error: StorageError | None = None
        self._con: sqlite3.Connection | None = None
        self._interrupted = False

    @property
    def done(self) -> bool:
        """The check ran (passed or not)."""
        return self._done

    @property
    def passed(self) -> bool:
        """The check ran and found nothing wrong."""
        return self._done and self._error is None

    def wait(self) -> None:
        if not self._done:
            with self._lock:
                if not self._done:
                    try:
                        self._check()
                    except StorageError as exc:
                        self._error = exc
                    self._done = True
        if self._error is not None:
            raise self._error

    def _check(self) -> None:
        path = self.path
        if self._interrupted:
            raise StorageError("operational", detail="interrupted")
        if not path.exists() or path.stat().st_size == 0:
            return
        full = self.full if self.full is not None else _size_says_full(path)
        try:
            self._con = sqlite3.connect(path, check_same_thread=False)
            try:
                problems = _problems(self._con, full)
            finally:
                con, self._con = self._con, None
                con.close()
        except sqlite3.Error as exc:
            if self._interrupted:
                raise StorageError("operational", detail="interrupted") from exc
            raise classify(exc, path, self.backups) from exc
        _refuse(path, self.backups, problems)

    def interrupt(self) -> None:
        """Stop the check under way, if any (SQLite's interrupt: safe from another thread)."""
        self._interrupted = True
        con = self._con
        if con is not None:
            con.interrupt()
