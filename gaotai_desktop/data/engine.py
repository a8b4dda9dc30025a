"""Engine creation (SQLite pragmas), migrations with backup-first, and verification."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

from ..domain.errors import StorageError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000


def to_url(db: str | Path) -> str:
    """A file path becomes a SQLite URL; anything with ``://`` is taken as a SQLAlchemy URL."""
    text_db = str(db)
    if "://" in text_db:
        return text_db
    return "sqlite:///" + str(Path(text_db).expanduser().resolve())


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 (DBAPI types)
    # Take transaction control from pysqlite (it defers BEGIN); ``_sqlite_begin`` emits it.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _sqlite_begin(conn) -> None:  # noqa: ANN001
    """``BEGIN IMMEDIATE`` for writers that must not race (execution option ``immediate``):
    the write lock is taken at the start, so read-then-write (document numbering) is serialised
    across desks; other transactions start with a plain deferred ``BEGIN``."""
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(db: str | Path) -> Engine:
    url = make_url(to_url(db))
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database and database != ":memory:":
            parent = Path(database).parent
            if not parent.exists():
                raise StorageError("no_folder", path=str(parent))
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _is_sqlite_file(engine: Engine) -> Path | None:
    if engine.url.get_backend_name() != "sqlite":
        return None
    database = engine.url.database or ""
    if not database or database == ":memory:":
        return None
    return Path(database)


def backup_sqlite(src: Path, dest_dir: Path, label: str, now: dt.datetime) -> Path:
    """Copy a live SQLite database with the online backup API (consistent even with WAL)."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / f"{src.stem}-{now:%Y%m%d-%H%M%S}-{label}.sqlite"
    with sqlite3.connect(src) as source, sqlite3.connect(dest) as target:
        source.backup(target)
    return dest


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


def migrate(engine: Engine, backup_dir: Path | None, now: dt.datetime) -> Path | None:
    """Bring the schema to head. Back up first (when there is something to lose), verify after.

    Refuses a database whose schema is newer than this program (``StorageError('newer_schema')``).
    Returns the backup file, if one was made.
    """
    cfg = alembic_config(engine)
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    try:
        current = current_revision(engine)
    except Exception as exc:  # not a database at all, locked, ...
        raise StorageError("unreadable", detail=str(exc)) from exc
    if current == head:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise StorageError("newer_schema", revision=current, head=head) from None
    backup: Path | None = None
    path = _is_sqlite_file(engine)
    has_tables = bool(inspect(engine).get_table_names())
    if path is not None and path.exists() and has_tables and backup_dir is not None:
        backup = backup_sqlite(path, backup_dir, f"before-{head}", now)
        log.info("backed up %s to %s before migrating", path, backup)
    command.upgrade(cfg, "head")
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
