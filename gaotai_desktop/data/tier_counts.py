"""The yearly accident counts that SQLite keeps in ``tier_count`` (migration 0014): counted again
from the accidents, compared with them, and set aside for a bulk write.

The triggers of migration 0014 keep every enterprise's counted accidents per calendar year in the
same transaction as each change. They cost about 35 µs for each row an import inserts (an import
of 200,000 injured persons took twice as long with them), so a bulk insert drops them inside its
own transaction, inserts, counts the enterprises it touched again with one grouping statement and
puts the very same triggers back (:func:`counting_deferred`). DDL is transactional in SQLite: other
connections never see the database without its triggers, and a rollback brings them back.

:func:`differences` and :func:`recount` serve ``check`` and ``check --repair``. Every function
takes a DB-API connection to SQLite (``sqlite3``'s own, or the one under a SQLAlchemy session).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from ..domain.tiers import NOT_COUNTED_OUTCOMES

#: The triggers' names begin with this (migration 0014).
TRIGGER_PREFIX = "tier_count_"

_EXCLUDED = sorted(o.value for o in NOT_COUNTED_OUTCOMES)
_EXCLUDED_MARKS = ", ".join("?" * len(_EXCLUDED))

#: Every (enterprise, year) with an accident, and its counted accidents: live (neither voided nor
#: deleted) and not every injured person 不予认定 (``domain.tiers.accident_counts``); as the
#: migration fills the table. ``{where}``: which accidents' enterprises.
_COUNTS = f"""
SELECT a.enterprise_id, CAST(substr(a.occurred_on, 1, 4) AS INTEGER),
       sum(a.voided IS 0 AND a.deleted_at IS NULL
           AND (NOT EXISTS (SELECT 1 FROM injured_person AS p WHERE p.accident_id = a.id)
                OR EXISTS (SELECT 1 FROM injured_person AS p
                           WHERE p.accident_id = a.id AND p.outcome NOT IN ({_EXCLUDED_MARKS}))))
FROM accident AS a {{where}}
GROUP BY a.enterprise_id, CAST(substr(a.occurred_on, 1, 4) AS INTEGER)
"""

_OF_ENTERPRISES = "WHERE a.enterprise_id IN (SELECT value FROM json_each(?))"

#: Kept counts that differ from the accidents: ``(enterprise_id, year, kept, counted)``; a year
#: counted but missing from the table, or kept but with no accident left, shows as 0 on that side.
_DIFFERENCES = f"""
WITH counted(enterprise_id, year, n) AS ({_COUNTS.format(where="")})
SELECT c.enterprise_id, c.year, coalesce(k.accidents, 0), c.n FROM counted AS c
LEFT JOIN tier_count AS k ON k.enterprise_id = c.enterprise_id AND k.year = c.year
WHERE coalesce(k.accidents, 0) != c.n
UNION ALL
SELECT k.enterprise_id, k.year, k.accidents, 0 FROM tier_count AS k
WHERE k.accidents != 0
  AND NOT EXISTS (SELECT 1 FROM counted AS c WHERE c.enterprise_id = k.enterprise_id
                  AND c.year = k.year)
ORDER BY 1, 2
"""

#: Rows fewer than this are left to the triggers: counting a few enterprises again would cost
#: more than the triggers do.
BULK_ROWS = 2000

#: The page cache of a bulk write, in KiB (SQLite's default is 2 MiB): the new rows' random
#: UUID keys land all over five indexes, and with the default cache an import of 200,000 rows
#: spent more than half of its insert time evicting and reading index pages again.
BULK_CACHE_KIB = 131_072


def _triggers(con: Any) -> list[tuple[str, str]]:
    return [
        (str(name), str(sql))
        for name, sql in con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, ?) = ?"
            " ORDER BY name",
            (len(TRIGGER_PREFIX), TRIGGER_PREFIX),
        )
    ]


def differences(con: Any) -> list[tuple[str, int, int, int]]:
    """Where ``tier_count`` differs from counting the accidents (``[]`` when it agrees):
    ``(enterprise_id, year, kept, counted)``."""
    return [(str(e), int(y), int(k), int(n)) for e, y, k, n in con.execute(_DIFFERENCES, _EXCLUDED)]


def recount(con: Any, enterprise_ids: Collection[str] | None = None) -> None:
    """Count the accidents of ``enterprise_ids`` (all enterprises: ``None``) again into
    ``tier_count``, every year; inside the caller's transaction."""
    if enterprise_ids is None:
        con.execute("DELETE FROM tier_count")
        con.execute(
            "INSERT INTO tier_count (enterprise_id, year, accidents) " + _COUNTS.format(where=""),
            _EXCLUDED,
        )
        return
    ids = json.dumps(sorted(set(enterprise_ids)))
    con.execute(
        "DELETE FROM tier_count WHERE enterprise_id IN (SELECT value FROM json_each(?))", (ids,)
    )
    con.execute(
        "INSERT INTO tier_count (enterprise_id, year, accidents) "
        + _COUNTS.format(where=_OF_ENTERPRISES),
        (*_EXCLUDED, ids),
    )


@contextmanager
def counting_deferred(
    con: Any, enterprise_ids: Collection[str], accident_ids: Collection[str], rows: int
) -> Iterator[None]:
    """A bulk write of ``rows`` rows, inside a transaction the caller has begun, that touches the
    enterprises ``enterprise_ids`` and those of the accidents ``accident_ids`` (say, existing
    accidents that new injured persons join): from :data:`BULK_ROWS` rows on, with a larger page
    cache and without the count triggers; those enterprises are counted again afterwards and the
    same triggers put back. On an error nothing is put back here: the caller rolls the transaction
    back, triggers with it. Smaller writes, and databases without the triggers, run as they are."""
    if rows < BULK_ROWS:
        yield
        return
    if not con.in_transaction:
        raise RuntimeError("counting_deferred needs a transaction")
    cache = con.execute("PRAGMA cache_size").fetchone()[0]
    con.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        triggers = _triggers(con)
        for name, _sql in triggers:
            con.execute(f'DROP TRIGGER "{name}"')
        yield
        if triggers:
            touched = set(enterprise_ids)
            if accident_ids:
                touched.update(
                    str(r[0])
                    for r in con.execute(
                        "SELECT DISTINCT enterprise_id FROM accident "
                        "WHERE id IN (SELECT value FROM json_each(?))",
                        (json.dumps(sorted(set(accident_ids))),),
                    )
                )
            recount(con, touched)
            for _name, sql in triggers:
                con.execute(sql)
    finally:
        con.execute(f"PRAGMA cache_size = {int(cache)}")


def deferred_in_session(
    session: Any, enterprise_ids: Collection[str], accident_ids: Collection[str], rows: int
) -> AbstractContextManager[None]:
    """:func:`counting_deferred` on the connection of a SQLAlchemy session's transaction; on
    another database (PostgreSQL keeps no counts) a context that does nothing."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return nullcontext()
    return counting_deferred(conn.connection.driver_connection, enterprise_ids, accident_ids, rows)
