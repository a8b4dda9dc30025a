"""Engine creation (SQLite pragmas), migrations with backup-first, and verification.

Alembic is imported only when a schema is to be migrated (a database already at this program's
revision opens without it, see ``data.light.schema_at_head``).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

from ..domain.errors import StorageError
from .backup import backup_sqlite, create_private_file
from .health import HealthGate, classify, ensure_healthy, inspect_location
from .light import read_version

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

__all__ = ["backup_sqlite", "interrupt_reads", "make_engine", "migrate"]


def __getattr__(name: str) -> Any:
    """``command``: Alembic's, imported on first use (tests patch ``command.upgrade``)."""
    if name == "command":
        from alembic import command

        return command
    raise AttributeError(name)


log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000


def to_url(db: str | Path) -> str:
    """A file path becomes a SQLite URL; anything with ``://`` is taken as a SQLAlchemy URL."""
    text_db = str(db)
    if "://" in text_db:
        return text_db
    return "sqlite:///" + str(Path(text_db).expanduser().resolve())


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:  # DBAPI objects are untyped
    # Take transaction control from pysqlite (it defers BEGIN); ``_sqlite_begin`` emits it.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    """``BEGIN IMMEDIATE`` for writers that must not race (execution option ``immediate``):
    the write lock is taken at the start, so read-then-write (document numbering) is serialised
    across desks; other transactions start with a plain deferred ``BEGIN``."""
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def sqlite_file(url_or_path: str | Path) -> Path | None:
    """The file behind a SQLite location (``None`` for memory and server databases)."""
    url = make_url(to_url(url_or_path))
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def make_engine(db: str | Path, *, gate: HealthGate | None = None) -> Engine:
    """An engine with the pragmas. For a SQLite file: refuses a folder, a missing folder or a file
    that is not SQLite (typed ``StorageError``); creates a new database file as ``0600``.

    With ``gate`` the engine's first connection waits for the file's check (``gate.wait()``,
    which raises when the file is damaged), before the pragmas switch it to WAL: nothing goes
    through this engine before the check has passed."""
    url = make_url(to_url(db))
    if url.get_backend_name() == "sqlite":
        path = sqlite_file(db)
        if path is not None:
            inspect_location(path)
            try:
                create_private_file(path)
            except OSError as exc:
                raise classify(exc, path) from exc
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        if gate is not None:
            event.listen(engine, "connect", lambda _con, _record: gate.wait())
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        _track_activity(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


# -- stopping reads when the program quits ---------------------------------------------------------
class _Activity:
    """The SQLite connections an engine has handed out, each with its count of changed rows
    (``total_changes``) when it was handed out: a transaction that wrote has a higher count."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.busy: dict[int, tuple[Any, int]] = {}


_ACTIVITY: weakref.WeakKeyDictionary[Engine, _Activity] = weakref.WeakKeyDictionary()


def _track_activity(engine: Engine) -> None:
    activity = _ACTIVITY[engine] = _Activity()

    def checkout(dbapi_con: Any, _record: Any, _proxy: Any) -> None:
        with activity.lock:
            activity.busy[id(dbapi_con)] = (dbapi_con, dbapi_con.total_changes)

    def checkin(dbapi_con: Any, _record: Any) -> None:
        with activity.lock:
            activity.busy.pop(id(dbapi_con), None)

    event.listen(engine, "checkout", checkout)
    event.listen(engine, "checkin", checkin)


def interrupt_reads(engine: Engine) -> int:
    """Stop the statements running on connections that have changed no row since they were
    handed out (the program is quitting: a table still loading is not worth waiting for; a
    transaction that wrote finishes). Returns how many were interrupted; their callers get an
    error (SQLite's interrupt is safe from another thread and a no-op on an idle connection)."""
    activity = _ACTIVITY.get(engine)
    if activity is None:
        return 0
    with activity.lock:
        reading = [con for con, changes in activity.busy.values() if con.total_changes == changes]
    for con in reading:
        con.interrupt()
    return len(reading)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def _is_sqlite_file(engine: Engine) -> Path | None:
    if engine.url.get_backend_name() != "sqlite":
        return None
    return sqlite_file(engine.url.render_as_string(hide_password=False))


def verify(engine: Engine) -> None:
    """``PRAGMA integrity_check`` and ``foreign_key_check``; raise StorageError when unhealthy."""
    if engine.url.get_backend_name() != "sqlite":
        return
    with engine.connect() as conn:
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            raise StorageError("integrity", detail="; ".join(integrity[:5]))
        fk = list(conn.exec_driver_sql("PRAGMA foreign_key_check"))
        if fk:
            raise StorageError("foreign_keys", detail=str(fk[:5]))


def _unknown_revision(current: str, head: str, script: ScriptDirectory) -> StorageError:
    """A revision this program does not know. With the numbered revisions of this project a
    number below the newest known one is a stale or damaged mark (``unknown_schema``); anything
    else is taken as made by a newer program (``newer_schema``)."""
    known = [r.revision for r in script.walk_revisions()]
    numbered = all(re.fullmatch(r"\d+", r) for r in known) and re.fullmatch(r"\d+", current)
    if numbered and int(current) <= max(int(r) for r in known):
        return StorageError("unknown_schema", revision=current, head=head)
    return StorageError("newer_schema", revision=current, head=head)


def _read_version(engine: Engine, path: Path | None) -> tuple[set[str], list[object]]:
    """Table names and ``alembic_version`` rows. A SQLite file is read with a plain connection
    (no pragmas: switching to WAL would write to a file that may yet be refused)."""
    query = "SELECT version_num FROM alembic_version"
    if path is not None:
        return read_version(path)
    tables = set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql(query)] if "alembic_version" in tables else []
    return tables, rows


def migrate(engine: Engine, backup_dir: Path | None, now: dt.datetime) -> Path | None:
    """Bring the schema to head. Check the file, back up first (when there is something to lose),
    verify after. Every failure is a typed ``StorageError`` (traceback in the log); nothing is
    written when the check, the version table or the backup fails.

    Refuses a database whose schema is newer than this program (``StorageError('newer_schema')``).
    Returns the backup file, if one was made.
    """
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config(engine)
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    assert head is not None
    path = _is_sqlite_file(engine)
    shown: str | Path = path if path is not None else engine.url.render_as_string()
    backups = str(backup_dir) if backup_dir else "backups"
    if path is not None:
        inspect_location(path)
        ensure_healthy(path, backup_dir)
    try:
        tables, rows = _read_version(engine, path)
    except Exception as exc:  # not a database at all, locked, damaged, ...
        raise classify(exc, shown, backup_dir) from exc
    app_tables = tables - {"alembic_version"}
    if len(rows) > 1 or (rows and not isinstance(rows[0], str)):
        raise StorageError(
            "unknown_schema", path=str(shown), revision=rows, head=head, backups=backups
        )
    current = str(rows[0]) if rows else None
    if current is None and app_tables:
        # Emptied or dropped version table: upgrading "from nothing" would fail half-way.
        raise StorageError("no_version", path=str(shown), backups=backups)
    if current == head:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            err = _unknown_revision(current, head, script)
            err.detail.update(path=str(shown), backups=backups)
            raise err from None
    backup: Path | None = None
    if path is not None and path.exists() and app_tables and backup_dir is not None:
        backup = backup_sqlite(path, backup_dir, f"before-{head}", now)
        log.info("backed up %s to %s before migrating", path, backup)
    try:
        command.upgrade(cfg, "head")
    except Exception as exc:
        log.error("migrating %s to %s failed", shown, head, exc_info=True)
        raise StorageError(
            "migration_failed",
            path=str(shown),
            backup=str(backup) if backup else "无",
            detail=str(getattr(exc, "orig", None) or exc),
        ) from exc
    verify(engine)
    return backup


def sqlite_content_dump(engine: Engine) -> list[str]:
    """All rows of all tables as text (tests: 'nothing was written')."""
    out: list[str] = []
    with engine.connect() as conn:
        for table in sorted(inspect(engine).get_table_names()):
            rows = conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).all()
            out.extend(f"{table}:{tuple(r)!r}" for r in rows)
    return out
