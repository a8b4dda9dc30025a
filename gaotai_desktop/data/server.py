"""A database on a PostgreSQL server: backups with the server's own ``pg_dump`` and the checks a
client can make (the server itself keeps its pages whole: there is no ``integrity_check``).

``dump_postgres`` writes a ``pg_dump --format=custom`` archive under a temporary name, lists it back
with ``pg_restore --list`` (a readable, complete archive) and only then renames it in.
``foreign_key_problems`` looks, foreign key by foreign key, for rows that refer to a missing row
(the server enforces the constraints; this finds what a disabled trigger or a hand edit let in).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import Connection, MetaData, and_, select
from sqlalchemy.engine import URL, make_url

from ..domain.errors import StorageError

#: Seconds a dump may take before it is given up (a county's database dumps in seconds).
DUMP_TIMEOUT = 3600


def libpq_target(url: str | URL) -> tuple[str, dict[str, str]]:
    """The ``postgresql://`` connection string for the server's tools, and the environment that
    carries the password (``PGPASSWORD``: never on a command line other users can read)."""
    parsed = make_url(url)
    env = {"PGPASSWORD": parsed.password} if parsed.password else {}
    plain = URL.create(
        "postgresql", parsed.username, None, parsed.host, parsed.port, parsed.database, parsed.query
    )
    return plain.render_as_string(hide_password=False), env


def dump_postgres(url: str | URL, dest: Path) -> Path:
    """``pg_dump`` (custom format) of the database at ``url`` into ``dest``, checked before it is
    renamed in. Raises ``StorageError('pg_dump_missing')`` when the tool is not on PATH,
    ``StorageError('pg_dump_failed', detail=...)`` when it fails (nothing left behind)."""
    pg_dump, pg_restore = shutil.which("pg_dump"), shutil.which("pg_restore")
    if pg_dump is None or pg_restore is None:
        raise StorageError("pg_dump_missing")
    target, extra = libpq_target(url)
    env = {**os.environ, **extra}
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        done = subprocess.run(
            [pg_dump, "--format=custom", "--no-owner", f"--file={tmp}", f"--dbname={target}"],
            env=env, capture_output=True, text=True, timeout=DUMP_TIMEOUT, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise StorageError("pg_dump_failed", detail=done.stderr.strip()[-500:])
        listed = subprocess.run(
            [pg_restore, "--list", str(tmp)],
            env=env, capture_output=True, text=True, timeout=DUMP_TIMEOUT, check=False,
        )  # fmt: skip
        if listed.returncode != 0 or "TABLE DATA" not in listed.stdout:
            raise StorageError("pg_dump_failed", detail=listed.stderr.strip()[-500:] or "空备份")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StorageError("pg_dump_failed", detail=str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return dest


def foreign_key_problems(
    conn: Connection, metadata: MetaData, limit: int = 20
) -> list[tuple[str, str, str]]:
    """Rows whose foreign key names a missing row: ``(table, row id, referenced table)``, at most
    ``limit`` per foreign key."""
    found: list[tuple[str, str, str]] = []
    for table in metadata.sorted_tables:
        for fk in table.foreign_key_constraints:
            parent = fk.referred_table
            pairs = [(e.parent, e.column) for e in fk.elements]
            key = table.primary_key.columns.values()[0]
            probe = parent.alias("p")
            joined = table.outerjoin(probe, and_(*[c == probe.c[p.name] for c, p in pairs]))
            stmt = (
                select(key)
                .select_from(joined)
                .where(*[c.is_not(None) for c, _p in pairs])
                .where(probe.c[pairs[0][1].name].is_(None))
                .limit(limit)
            )
            found.extend((table.name, str(r[0]), parent.name) for r in conn.execute(stmt))
    return found
