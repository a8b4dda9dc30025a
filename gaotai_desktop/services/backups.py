"""Backups known to be good: automatic ones (on close, at most daily, rotated), a copy on demand,
restoring one, checking the database, and a warning for a database on a network or removable drive.

Every backup is written with SQLite's online backup API to a temporary name, checked with
``PRAGMA integrity_check`` and only then renamed in (:mod:`gaotai_desktop.data.backup`); the
rotation runs only after the new backup is in place, and only ever removes automatic backups.

Rotation (grandfather-father-son): of the automatic backups of one database in one folder, the
newest of each of the last :data:`KEEP_DAILY` days, of each of the last :data:`KEEP_WEEKLY` ISO
weeks and of each of the last :data:`KEEP_MONTHLY` months are kept; the rest are removed. Backups
made before a migration and copies written on demand are never removed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..data import light, tier_counts
from ..data.backup import (
    backup_sqlite,
    copy_database,
    examine,
    install_copy,
    list_backups,
    remove_stale_temps,
    set_aside,
    temp_name,
    write_verified,
)
from ..domain.errors import StorageError
from ..paths import is_url, make_private_dir

if TYPE_CHECKING:
    from .base import Database

log = logging.getLogger(__name__)

#: The label of automatic backups (``<stem>-<YYYYMMDD-HHMMSS>-auto.sqlite``).
AUTO_LABEL = "auto"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
#: Tables every database of this program has (a file without them is not one of ours).
OUR_TABLES = frozenset({"enterprise", "accident", "injured_person", "document", "setting"})

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<label>[\w.-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    #: When it was taken (from its name: local time for automatic backups and copies, UTC for
    #: the backups made before a migration).
    taken_at: dt.datetime
    #: ``auto``, ``before-NNNN`` (before a migration) or another label.
    label: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.label == AUTO_LABEL


@dataclass(frozen=True)
class RestoreResult:
    #: The backup restored.
    source: Path
    #: The database file now holding the backup's data.
    database: Path
    #: Where the replaced file was set aside (``None`` when there was none).
    replaced: Path | None
    revision: str


def parse_backup(path: Path, stem: str | None = None) -> BackupFile | None:
    """A backup file of the database named ``stem`` (any database when ``None``), else ``None``."""
    m = _NAME.match(path.name)
    if m is None or (stem is not None and m["stem"] != stem):
        return None
    try:
        taken = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, taken, m["label"], size)


def backups_in(folder: Path | None, stem: str | None = None) -> list[BackupFile]:
    """Complete backups in ``folder`` (of the database named ``stem``), newest first."""
    if folder is None:
        return []
    found = [b for p in list_backups(folder) if (b := parse_backup(p, stem)) is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def to_keep(backups: Iterable[BackupFile]) -> set[Path]:
    """The automatic backups the rotation keeps (see the module's docstring)."""
    auto = sorted((b for b in backups if b.automatic), key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    buckets: tuple[tuple[Callable[[dt.datetime], object], int], ...] = (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    )
    for key, count in buckets:
        seen: set[object] = set()
        for b in auto:  # newest first: the first of each bucket is its newest
            k = key(b.taken_at)
            if k in seen:
                continue
            if len(seen) == count:
                break
            seen.add(k)
            keep.add(b.path)
    return keep


def sqlite_file(location: str | Path) -> Path | None:
    """The file behind a SQLite location (``None`` for memory and server databases); a plain
    path is taken as it is, without loading the data layer (closing the window backs up)."""
    if not is_url(location):
        return None if str(location) in ("", ":memory:") else Path(location)
    from ..data.engine import sqlite_file as from_url

    return from_url(location)


def known_revisions() -> list[str]:
    """Schema revisions this program knows, newest first."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from ..data.engine import alembic_config

    script = ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))
    return [r.revision for r in script.walk_revisions()]


def verify_backup(path: Path) -> str:
    """Check that ``path`` is a healthy database of this program that this version can open;
    returns its schema revision. Raises a ``StorageError`` naming what is wrong."""
    shown = str(path)
    revision, tables, problems = examine(path)
    if problems:
        raise StorageError("restore_damaged", path=shown, detail="; ".join(problems[:3]))
    if not tables >= OUR_TABLES:
        raise StorageError("restore_not_ours", path=shown)
    known = known_revisions()
    if revision is None:
        raise StorageError("restore_not_ours", path=shown)
    if revision not in known:
        raise StorageError("restore_newer", path=shown, revision=revision, head=known[0])
    return revision


def newest_good_backup(folders: Iterable[Path | None], stem: str) -> BackupFile | None:
    """The newest backup of the database named ``stem`` in ``folders`` that passes
    :func:`verify_backup` (damaged ones are skipped and logged)."""
    candidates: dict[Path, BackupFile] = {}
    for folder in folders:
        for b in backups_in(folder, stem):
            candidates.setdefault(b.path.resolve(), b)
    for b in sorted(candidates.values(), key=lambda b: b.taken_at, reverse=True):
        try:
            verify_backup(b.path)
        except StorageError as exc:
            log.warning("backup %s is not usable: %s", b.path, exc)
            continue
        return b
    return None


def _ensure_unused(target: Path) -> None:
    """Refuse to replace a database another program or desk has open (``StorageError('locked')``)."""
    if not target.exists():
        return
    try:
        con = sqlite3.connect(target, timeout=1.0, isolation_level=None)
    except sqlite3.Error:
        return  # cannot even be opened: nobody is using it as a database
    try:
        con.execute("BEGIN EXCLUSIVE")
        con.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise StorageError("locked", detail=f"{target}（{exc}）") from exc
    except sqlite3.Error:
        pass  # damaged: that is why it is being replaced
    finally:
        con.close()


def restore_database(
    target: Path, source: Path, now: dt.datetime, *, aside_reason: str = "replaced"
) -> RestoreResult:
    """Replace the database file ``target`` with a checked copy of the backup ``source``.

    The backup is verified first (:func:`verify_backup`); the copy is written beside ``target``
    under a temporary name and checked; only then is the old file set aside (renamed
    ``<name>.<aside_reason>-<time>``, never deleted) and the copy renamed in. On any failure before that
    nothing has changed.
    """
    source = Path(source).expanduser()
    target = Path(target).expanduser().resolve()
    revision = verify_backup(source)
    if source.resolve() == target:
        raise StorageError("restore_same", path=str(target))
    if not target.parent.is_dir():
        raise StorageError("no_folder", path=str(target.parent))
    _ensure_unused(target)
    tmp = temp_name(target)
    write_verified(source, tmp)
    replaced: Path | None = None
    try:
        if target.exists():
            replaced = set_aside(target, aside_reason, now)
        install_copy(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if replaced is not None and not target.exists():
            os.rename(replaced, target)  # put the old file back as it was
            replaced = None
        raise StorageError(
            "restore_failed", path=str(target), detail=exc.strerror or str(exc)
        ) from exc
    log.warning("restored %s from %s (old file: %s)", target, source, replaced)
    return RestoreResult(source, target, replaced, revision)


def set_aside_damaged(path: Path, now: dt.datetime) -> Path:
    """Rename a damaged or unreadable database file out of the way (``<name>.damaged-<time>``)."""
    try:
        return set_aside(Path(path), "damaged", now)
    except OSError as exc:
        raise StorageError(
            "restore_failed", path=str(path), detail=exc.strerror or str(exc)
        ) from exc


# -- where the database lies --------------------------------------------------------------------------

NETWORK_FS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre",
     "davfs", "fuse.sshfs", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.s3fs", "fuse.davfs2", "fuse"}
)  # fmt: skip
#: ``GetDriveTypeW`` answers (Windows).
DRIVE_REMOVABLE, DRIVE_REMOTE = 2, 4


def _unescape_mount(text: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), text)


def _linux_removable(device: str, sys_root: Path = Path("/sys/class/block")) -> bool:
    name = Path(device).name
    for candidate in (name, re.sub(r"p?\d+$", "", name)):
        try:
            if (sys_root / candidate / "removable").read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


def mount_risk(
    path: Path, mounts: str, removable: Callable[[str], bool] = _linux_removable
) -> str | None:
    """``'network'`` or ``'removable'`` for a path on such a mount (``/proc/mounts`` text)."""
    text = str(path)
    best: tuple[str, str, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        device, point, fstype = parts[0], _unescape_mount(parts[1]), parts[2]
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[1])):
            best = (device, point, fstype)
    if best is None:
        return None
    device, point, fstype = best
    if fstype in NETWORK_FS or device.startswith("//"):
        return "network"
    if point.startswith(("/media/", "/run/media/")) or (
        device.startswith("/dev/") and removable(device)
    ):
        return "removable"
    return None


def location_risk(location: str | Path | None) -> str | None:
    """Whether the database file lies on a network share (``'network'``) or a removable drive
    (``'removable'``), where SQLite's locking and syncing are unreliable; ``None`` otherwise or
    when it cannot be told."""
    if location is None or "://" in str(location):
        return None
    raw = str(location)
    if raw.startswith(("\\\\", "//")):
        return "network"
    try:
        path = Path(raw).expanduser().resolve()
    except OSError:
        return None
    if os.name == "nt":
        return _windows_risk(path)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return mount_risk(path, mounts)


def _windows_risk(path: Path) -> str | None:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith("\\\\"):
        return "network"
    drive = os.path.splitdrive(text)[0]
    if not drive:
        return None
    try:
        import ctypes

        kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    except Exception:
        return None
    return {DRIVE_REMOTE: "network", DRIVE_REMOVABLE: "removable"}.get(kind)


# -- the service --------------------------------------------------------------------------------------


class BackupService:
    """Backups of the open database (a SQLite file; a server database is backed up with the
    server's own tools)."""

    def __init__(
        self, db: Callable[[], Database], location: str | Path | None, folder: Path | None
    ) -> None:
        #: The services' database, opened when first needed (an automatic backup copies the
        #: file with plain ``sqlite3``: closing the window does not load the data layer).
        self._db = db
        self.location = location
        #: The default folder of automatic backups (``backups/`` beside the database).
        self.default_folder = folder

    @property
    def db(self) -> Database:
        return self._db()

    @property
    def is_server(self) -> bool:
        return self.location is None or sqlite_file(self.location) is None

    @property
    def database_file(self) -> Path:
        path = sqlite_file(self.location) if self.location is not None else None
        if path is None:
            raise StorageError("server_backup")
        return path

    def folder(self, chosen: str | Path | None = None) -> Path:
        """The folder automatic backups go to: ``chosen`` (a setting) or the default."""
        if chosen:
            return Path(chosen).expanduser()
        if self.default_folder is None:
            raise StorageError("server_backup")
        return self.default_folder

    def listing(self, folder: str | Path | None = None) -> list[BackupFile]:
        """The backups of this database in ``folder`` (default: the default folder), newest first."""
        return backups_in(self.folder(folder), self.database_file.stem)

    def location_risk(self) -> str | None:
        return location_risk(self.location)

    def write_copy(self, dest: str | Path) -> Path:
        """A checked copy of the database as ``dest`` (``backup -o FILE``). On a PostgreSQL server:
        the server's own ``pg_dump`` (custom format, for ``pg_restore``) when it is on PATH, else
        ``StorageError('pg_dump_missing')``."""
        path = Path(dest).expanduser()
        if self.is_server and self.db.dialect == "postgresql":
            from ..data.server import dump_postgres

            return dump_postgres(self.db.engine.url, path)
        try:
            return copy_database(self.database_file, path)
        except StorageError as exc:
            raise _as_backup_error(exc, path.parent) from exc

    def automatic_due(self, now: dt.datetime, folder: str | Path | None = None) -> bool:
        """No automatic backup was made today (in ``folder``, default: the default folder)."""
        existing = backups_in(self.folder(folder), self.database_file.stem)
        return not any(b.automatic and b.taken_at.date() == now.date() for b in existing)

    def automatic(
        self, now: dt.datetime, folder: str | Path | None = None, *, force: bool = False
    ) -> BackupFile | None:
        """The automatic backup: none when one was already made today (unless ``force``);
        then the rotation. Returns the new backup (``None`` when skipped)."""
        src = self.database_file
        target = self.folder(folder)
        if not force and not self.automatic_due(now, folder):
            return None
        try:
            path = backup_sqlite(src, target, AUTO_LABEL, now)
        except StorageError as exc:
            raise _as_backup_error(exc, target) from exc
        made = parse_backup(path, src.stem)
        assert made is not None
        self.rotate(target)
        return made

    def rotate(self, folder: str | Path | None = None) -> list[Path]:
        """Remove the automatic backups the rotation does not keep; returns them. A file that
        cannot be removed is left (and logged): the next rotation tries again."""
        all_backups = self.listing(folder)
        keep = to_keep(all_backups)
        removed: list[Path] = []
        for b in all_backups:
            if b.automatic and b.path not in keep:
                try:
                    _remove(b.path)
                except OSError:
                    log.warning("could not remove old backup %s", b.path, exc_info=True)
                    continue
                removed.append(b.path)
        if removed:
            log.info("rotation removed %d old backup(s)", len(removed))
        return removed

    def newest_good(self, folders: Iterable[str | Path | None] = ()) -> BackupFile | None:
        chosen = [Path(f).expanduser() for f in folders if f]
        return newest_good_backup([*chosen, self.default_folder], self.database_file.stem)

    def repair_counts(self) -> int:
        """Count every enterprise's accidents per year again into ``tier_count`` (``check
        --repair-counts``), in one transaction; returns how many (enterprise, year) counts were
        wrong. A derived table, like an index: nothing is audited. 0 on a server database."""
        if self.is_server:
            return 0
        with self.db.transaction(immediate=True) as session:
            con = session.connection().connection.driver_connection
            if not light.counts_kept(con):
                return 0
            wrong = len(tier_counts.differences(con))
            tier_counts.recount(con)
        return wrong

    def verify(self, path: str | Path) -> str:
        return verify_backup(Path(path).expanduser())

    def restore(self, source: str | Path, now: dt.datetime) -> RestoreResult:
        """Replace the open database with the backup ``source`` (the replaced file is kept
        aside) and bring it to this program's schema. Every connection of this program is
        closed first; the services go on working on the restored file."""
        from ..data.engine import migrate

        target = self.database_file
        self.db.engine.dispose()
        result = restore_database(target, Path(source), now)
        migrate(self.db.engine, self.default_folder, now)
        return result


def _remove(path: Path) -> None:
    """A step of the rotation (a seam for the fault tests)."""
    path.unlink()


def _as_backup_error(exc: StorageError, folder: Path) -> StorageError:
    """The migration's ``backup_failed`` as the error of a backup the clerk asked for."""
    if exc.code != "backup_failed":
        return exc
    detail = dict(exc.detail)
    detail.setdefault("backups", str(folder))
    return StorageError("backup_not_written", **detail)


def prepare_folder(folder: Path) -> None:
    """Create a chosen backups folder (``0700``) and remove leftovers of interrupted backups."""
    make_private_dir(folder)
    remove_stale_temps(folder)


# -- check ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckReport:
    """What ``check`` found; empty lists when healthy."""

    integrity: tuple[str, ...]
    #: ``table``, row id, referenced table of each broken reference.
    foreign_keys: tuple[tuple[str, int | str, str], ...]
    #: Problems of the audit chain; ``None`` when this program has no audit trail to check.
    audit: tuple[str, ...] | None
    #: ``'network'`` / ``'removable'`` (a warning, not a failure).
    risk: str | None = None
    #: A database on a server (PostgreSQL): no ``integrity_check``, the server keeps its pages
    #: whole; the references were checked foreign key by foreign key.
    server: bool = False
    #: Where the yearly accident counts (``tier_count``) differ from the accidents: credit code,
    #: name, year, kept, counted; ``None`` when the database keeps no counts or was not read.
    counts: tuple[tuple[str, str, int, int, int], ...] | None = None

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys and not self.audit and not self.counts


def _audit_checker() -> Callable[..., list[str]] | None:
    from .audit import audit_chain_problems

    return audit_chain_problems


def check_database(location: str | Path) -> CheckReport:
    """``PRAGMA integrity_check`` (the full one, whatever the size), ``PRAGMA foreign_key_check``
    and the audit chain, reading only. Raises ``StorageError`` when the file cannot be read at all."""
    from sqlalchemy.orm import Session

    from ..data.engine import make_engine
    from ..data.models import Base
    from ..data.server import foreign_key_problems

    path = sqlite_file(location)
    counts: tuple[tuple[str, str, int, int, int], ...] | None = None
    integrity: list[str] = []
    fks: list[tuple[str, int | str, str]] = []
    server = path is None and is_url(str(location))
    if server:  # the server keeps its pages whole; the references are checked here
        engine = make_engine(location)
        try:
            with engine.connect() as conn:
                fks = list(foreign_key_problems(conn, Base.metadata))
        finally:
            engine.dispose()
    if path is not None:
        if not path.is_file():
            raise StorageError("check_missing", path=str(path))
        _revision, _tables, integrity = examine(path)
        if not integrity:
            con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                fks = [(str(r[0]), int(r[1] or 0), str(r[2])) for r in con.execute(
                    "PRAGMA foreign_key_check")]  # fmt: skip
                counts = _count_differences(con)
            finally:
                con.close()
    checker = _audit_checker()
    audit: list[str] | None = None
    if checker is not None and not integrity:
        engine = make_engine(location)
        try:
            with Session(engine) as session:
                audit = list(checker(session))
        except Exception as exc:  # the chain cannot be read: that is a finding too
            log.error("audit chain check failed", exc_info=True)
            audit = [f"{type(exc).__name__}: {exc}"]
        finally:
            engine.dispose()
    return CheckReport(
        tuple(integrity), tuple(fks), None if audit is None else tuple(audit),
        None if server else location_risk(location), server=server, counts=counts,
    )  # fmt: skip


def _count_differences(
    con: sqlite3.Connection,
) -> tuple[tuple[str, str, int, int, int], ...] | None:
    """The kept yearly counts against the accidents (``None``: the database keeps none)."""
    if not light.counts_kept(con):
        return None
    names = {}
    found = tier_counts.differences(con)
    if found:
        names = {r[0]: (str(r[1]), str(r[2])) for r in con.execute(
            "SELECT id, uscc, name FROM enterprise")}  # fmt: skip
    return tuple((*names.get(e, (e, "")), y, k, n) for e, y, k, n in found)
