"""Reads with the standard library's ``sqlite3`` alone, for the start-up path and ``tiers``.

Importing this module loads neither SQLAlchemy nor Alembic (together 0.3-0.5 s of imports): the
window's first screenful (every enterprise's tier and the pick-lists) and the ``tiers`` command
are read here, and a database whose schema is already at this program's revision is recognised
without Alembic (:func:`schema_at_head`). Anything else (a new file, a schema to migrate, a damaged
or foreign file) is left to ``data.engine.migrate``, which backs up, migrates and says what is
wrong.

The tier aggregate (:data:`TIER_SQL`) is the one the services run on SQLite as well
(``queries.tier_rows``); a test compares it with the SQLAlchemy statement ``queries.tier_select``
on every case that statement is written for.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..domain.rows import TierRow
from ..domain.tiers import NOT_COUNTED_OUTCOMES, Tier, TierRule, count_window

#: The Alembic revision scripts (shipped as files: Alembic reads them from there too).
VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"

_REVISION = re.compile(r"""^revision\s*=\s*["']([^"']+)["']\s*$""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\s*=\s*(?:None|["']([^"']*)["'])\s*$""", re.MULTILINE)


def file_path(location: str | Path) -> Path | None:
    """The file of a database given as a path; ``None`` for a URL (``sqlite:///…`` included:
    those go the SQLAlchemy way)."""
    if "://" in str(location):
        return None
    return Path(location).expanduser().resolve()


def head_revision(versions: Path = VERSIONS_DIR) -> str | None:
    """The newest revision of this program's schema, read from the revision scripts' ``revision``
    and ``down_revision`` lines. ``None`` when they do not form one line of revisions (a branch,
    a script written differently): the caller then asks Alembic."""
    revisions: dict[str, str | None] = {}
    try:
        scripts = sorted(versions.glob("*.py"))
        for script in scripts:
            text = script.read_text("utf-8")
            rev, down = _REVISION.findall(text), _DOWN.findall(text)
            if len(rev) != 1 or len(down) != 1:
                return None
            revisions[rev[0]] = down[0] or None
    except OSError:
        return None
    if len(revisions) != len(scripts) or not revisions:
        return None
    heads = set(revisions) - {d for d in revisions.values() if d is not None}
    roots = [r for r, d in revisions.items() if d is None]
    if (
        len(heads) != 1
        or len(roots) != 1
        or any(d is not None and d not in revisions for d in revisions.values())
    ):
        return None
    return heads.pop()


def read_version(path: Path) -> tuple[set[str], list[object]]:
    """Table names and the ``alembic_version`` rows of a SQLite file, read with a plain
    connection (no pragmas: switching to WAL would write to a file that may yet be refused)."""
    con = sqlite3.connect(path)
    try:
        listed = con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = {r[0] for r in listed if not r[0].startswith("sqlite_")}
        query = "SELECT version_num FROM alembic_version"
        rows = [r[0] for r in con.execute(query)] if "alembic_version" in tables else []
    finally:
        con.close()
    return tables, rows


def schema_at_head(path: Path) -> bool:
    """The file holds this program's tables at its newest revision, so that it opens without
    Alembic. ``False`` for anything else (missing or empty file, older or unknown revision, a file
    that cannot be read): the caller then takes the full way, which refuses or migrates."""
    try:
        if path.stat().st_size == 0:
            return False
        head = head_revision()
        tables, rows = read_version(path)
    except (OSError, sqlite3.Error):
        return False
    return head is not None and rows == [head] and len(tables) > 1


def connect_reader(path: Path) -> sqlite3.Connection:
    """A connection that only reads (``query_only``), usable from any thread one at a time."""
    con = sqlite3.connect(path, timeout=10, check_same_thread=False, isolation_level=None)
    con.execute("PRAGMA query_only = 1")
    return con


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while many objects are made at once (reference
    counting still frees everything else). A county's 20,000 tier rows, or an import's ten
    objects per cell kept to its end, otherwise set off collections again and again, now and
    then a full one over the whole process (SQLAlchemy, the ORM, Qt: 50-500 ms). None of them
    makes reference cycles worth collecting; the collector runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# -- the tier aggregate ---------------------------------------------------------------------------
_EXCLUDED = sorted(o.value for o in NOT_COUNTED_OUTCOMES)
_EXCLUDED_MARKS = ", ".join("?" * len(_EXCLUDED))
#: A live accident (see ``queries.live_accident_clauses``): in the count window, not voided, not
#: deleted.
_LIVE = "a.occurred_on >= ? AND a.occurred_on <= ? AND a.voided IS 0 AND a.deleted_at IS NULL"

#: Every (non-deleted) enterprise with its counted accidents in the window and whether its hazard
#: is active, ordered by credit code. Counted = live accidents minus those whose every injured
#: person is 不予认定: the first part is an index-only scan of ``ix_accident_window``, the second
#: starts from the few rejected persons. ``ORDER BY +e.uscc`` sorts a table scan (quicker than
#: walking the credit-code index and looking every row up).
#: Parameters: window start, end (twice), the excluded outcomes (twice), as-of.
TIER_SQL = f"""
SELECT e.id, e.uscc, e.name, e.industry, e.township, e.authority, coalesce(c.n, 0),
       e.hazard IS 1 AND (e.hazard_date IS NULL OR e.hazard_date <= ?)
FROM enterprise AS e
LEFT JOIN (
    SELECT enterprise_id, CAST(sum(n) AS INTEGER) AS n FROM (
        SELECT a.enterprise_id AS enterprise_id, count(*) AS n FROM accident AS a
        WHERE {_LIVE} GROUP BY a.enterprise_id
        UNION ALL
        SELECT a.enterprise_id, -count(*) FROM accident AS a
        WHERE a.id IN (SELECT accident_id FROM injured_person WHERE outcome IN ({_EXCLUDED_MARKS}))
          AND {_LIVE}
          AND NOT EXISTS (SELECT 1 FROM injured_person AS p
                          WHERE p.accident_id = a.id AND p.outcome NOT IN ({_EXCLUDED_MARKS}))
        GROUP BY a.enterprise_id
    ) GROUP BY enterprise_id
) AS c ON c.enterprise_id = e.id
WHERE e.deleted_at IS NULL
ORDER BY +e.uscc
"""


#: The same for a few enterprises (placeholders ``{ids}`` for their ids, twice): their accidents are
#: found through ``ix_accident_enterprise_date`` and each is looked at on its own, so the cost
#: follows those enterprises' accidents, not the size of the database.
#: Parameters: as-of, the ids, window start, end, the excluded outcomes, the ids.
TIER_SQL_OF = f"""
SELECT e.id, e.uscc, e.name, e.industry, e.township, e.authority, coalesce(c.n, 0),
       e.hazard IS 1 AND (e.hazard_date IS NULL OR e.hazard_date <= ?)
FROM enterprise AS e
LEFT JOIN (
    SELECT a.enterprise_id AS enterprise_id, count(*) AS n FROM accident AS a
    WHERE a.enterprise_id IN ({{ids}}) AND {_LIVE}
      AND (NOT EXISTS (SELECT 1 FROM injured_person AS p WHERE p.accident_id = a.id)
           OR EXISTS (SELECT 1 FROM injured_person AS p
                      WHERE p.accident_id = a.id AND p.outcome NOT IN ({_EXCLUDED_MARKS})))
    GROUP BY a.enterprise_id
) AS c ON c.enterprise_id = e.id
WHERE e.deleted_at IS NULL AND e.id IN ({{ids}})
ORDER BY +e.uscc
"""


def tier_parameters(as_of: dt.date) -> tuple[str, ...]:
    """The parameters of :data:`TIER_SQL` for the count at ``as_of`` (dates as stored: ISO)."""
    start, end = (d.isoformat() for d in count_window(as_of))
    return (as_of.isoformat(), start, end, *_EXCLUDED, start, end, *_EXCLUDED)


def tier_table(rule: TierRule) -> tuple[int, dict[tuple[int, int], Tier]]:
    """``(cap, table)``: the tier of every (accident count up to ``cap``, hazard 0/1) by
    ``rule.tier_for`` (counts above ``cap`` give the tier of ``cap``)."""
    cap = max(rule.yellow_at, rule.orange_at, rule.red_at, 0)
    return cap, {(n, h): rule.tier_for(n, bool(h)) for n in range(cap + 1) for h in (0, 1)}


def tier_rows_of(rows: Iterable[tuple[Any, ...]], rule: TierRule) -> list[TierRow]:
    """:class:`TierRow` of each row of :data:`TIER_SQL` (tuples from any DB-API cursor)."""
    cap, table = tier_table(rule)
    new = tuple.__new__  # TierRow(...) without its keyword handling: 20% quicker
    with collector_paused():
        return [
            new(TierRow, (eid, uscc, name, ind, town, auth, n, h == 1, table[min(n, cap), h]))
            for eid, uscc, name, ind, town, auth, n, h in rows
        ]


#: The same rows as :data:`TIER_SQL` from the counts the triggers keep (migration 0014): one scan
#: of ``ix_enterprise_overview`` in credit-code order, a look into ``tier_count`` per enterprise.
#: Parameters: as-of, its year.
TIER_COUNT_SQL = """
SELECT e.id, e.uscc, e.name, e.industry, e.township, e.authority, coalesce(c.accidents, 0),
       e.hazard IS 1 AND (e.hazard_date IS NULL OR e.hazard_date <= ?)
FROM enterprise AS e
LEFT JOIN tier_count AS c ON c.enterprise_id = e.id AND c.year = ?
WHERE e.deleted_at IS NULL
ORDER BY e.uscc
"""

#: The yearly counts stand for the count at the as-of date when no accident that counts is dated
#: after it in its year (one look into ``ix_accident_window``). Parameters: the day after as-of,
#: the year's last day.
_LATER_IN_YEAR_SQL = f"SELECT EXISTS (SELECT 1 FROM accident AS a WHERE {_LIVE})"

#: The trigger that keeps ``tier_count`` (the others come with it: one migration).
_COUNT_TRIGGER = "tier_count_accident_insert"


def counts_kept(con: Any) -> bool:
    """Whether this SQLite database keeps ``tier_count`` (its triggers are in place)."""
    row = con.execute(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?)",
        (_COUNT_TRIGGER,),
    ).fetchone()
    return bool(row[0])


def counts_stand_for(con: Any, as_of: dt.date) -> bool:
    """Whether the kept yearly counts are the counts at ``as_of``: the database keeps them and no
    live accident is dated after ``as_of`` in its year."""
    if not counts_kept(con):
        return False
    after, year_end = as_of + dt.timedelta(days=1), dt.date(as_of.year, 12, 31)
    if after > year_end:
        return True
    row = con.execute(_LATER_IN_YEAR_SQL, (after.isoformat(), year_end.isoformat())).fetchone()
    return not row[0]


def read_tiers(
    con: Any,
    as_of: dt.date,
    rule: TierRule,
    enterprise_ids: Collection[str] | None = None,
    *,
    kept: bool = False,
) -> list[TierRow]:
    """Every enterprise's tier at ``as_of`` (or those of ``enterprise_ids``), by credit code: one
    statement, fetched at once. ``con``: a DB-API connection to SQLite (``sqlite3``'s own or the
    one under a SQLAlchemy session). ``kept``: from the yearly counts the triggers keep when they
    stand for ``as_of`` (:func:`counts_stand_for`), else by grouping the year's accidents."""
    if enterprise_ids is None:
        if kept and counts_stand_for(con, as_of):
            params: tuple[object, ...] = (as_of.isoformat(), as_of.year)
            return tier_rows_of(con.execute(TIER_COUNT_SQL, params).fetchall(), rule)
        return tier_rows_of(con.execute(TIER_SQL, tier_parameters(as_of)).fetchall(), rule)
    ids = sorted(set(enterprise_ids))
    if not ids:
        return []
    start, end = (d.isoformat() for d in count_window(as_of))
    sql = TIER_SQL_OF.format(ids=", ".join("?" * len(ids)))
    params = (as_of.isoformat(), *ids, start, end, *_EXCLUDED, *ids)
    return tier_rows_of(con.execute(sql, params).fetchall(), rule)


# -- the pick-lists -------------------------------------------------------------------------------
LOOKUP_TABLES = ("township", "industry", "authority", "accident_category")


def read_lookups(con: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """The active names of each lookup table, in their order (as ``EnterpriseService.lookups``)."""
    return {
        table: tuple(
            r[0]
            for r in con.execute(
                f"SELECT name FROM {table} WHERE active IS 1 ORDER BY sort_order, name"
            )
        )
        for table in LOOKUP_TABLES
    }
