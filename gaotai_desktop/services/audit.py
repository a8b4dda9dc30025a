"""The tamper-evident audit trail: who changed which record when, from what to what.

Every entry is written in the transaction of the change it records and chained to the entry
before it: ``hash`` is the sha256 of a canonical JSON of the entry's fields and ``prev_hash``, so
that changing an entry breaks its hash and deleting one leaves a gap in ``seq`` (or a
``prev_hash`` that no longer matches). :func:`audit_chain_problems` finds both.

What writes entries, all installed once on the sessions of :class:`~.base.Database`
(:func:`install`):

* ORM changes (``after_flush``): one entry per inserted, updated or deleted object, with the
  changed columns before and after (an insert: every column after). Soft deletes (``deleted_at``
  set or cleared) are recorded as ``delete`` / ``restore``.
* Core ``INSERT``/``UPDATE``/``DELETE`` run through ``Session.execute`` (the imports' bulk
  writes; ``do_orm_execute``), before the statement runs: an ``UPDATE`` or ``DELETE`` one entry
  per row with its values before and after; a bulk ``INSERT`` one entry per statement (a chunk of
  an import) listing the new rows' ids, the import's file named in ``detail``. Per row, a
  20,000-row incident import took twice as long (2.5 s → 5.4 s) and the file three times the
  size; per statement it costs a few percent (``bench/bench_audit.py``). The rows' values are in
  the file and in the rows themselves (created by/at).
* Events that change nothing (:func:`record_event`): reveals of a full ID number, exports, prints,
  and, for the users module, sign-ins and refused actions.

Stamp columns (id, created/updated at/by, row_version) are not repeated in ``before``/``after``
(the entry has its own actor and time); binary columns (PDFs, scans) are recorded as
``sha256:<hex>`` of their bytes. Accidents and injured persons are never hard-deleted: an ORM or
Core delete of either raises :class:`Conflict` ``never_deleted`` before anything is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, event, insert, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from .. import texts
from ..data.models import Accident, AuditEntry, InjuredPerson, new_id, table_of
from ..domain.errors import Conflict
from ..domain.identifiers import mask_id, mask_phone
from ..domain.outreach import mask_name
from ..domain.roles import Action

if TYPE_CHECKING:
    from .base import Database

#: Columns every row has: not repeated in an entry's before/after.
STAMP_COLUMNS = frozenset(
    {"id", "created_at", "created_by", "updated_at", "updated_by", "row_version"}
)
#: Tables whose rows are never hard-deleted (void or soft-delete them instead).
NEVER_DELETED = frozenset({Accident.__tablename__, InjuredPerson.__tablename__})
#: The fields the hash covers, in this order (``at`` as ISO text with microseconds).
HASHED_FIELDS = (
    "seq",
    "at",
    "actor",
    "action",
    "table_name",
    "record_id",
    "before",
    "after",
    "detail",
    "prev_hash",
)
#: Execution option: a Core statement whose rows the caller audits itself (or never should be).
SKIP_OPTION = "audit_skip"
#: ``pg_advisory_xact_lock`` key serialising chain appends on PostgreSQL ("gaot").
_PG_LOCK_KEY = 0x67616F74
_AUDIT: Table = table_of(AuditEntry)
#: Personal fields masked when the trail is read (PIPL art. 28), unless a supervisor reveals them
#: (an enterprise's ``phone`` is the business's own, printed on its letters: not masked).
MASKED_FIELDS = {
    "id_number": mask_id,
    "person_id_number": mask_id,  # the person questioned in a 调查笔录
    "person_phone": mask_phone,
    "caller_name": mask_name,
    "caller_phone": mask_phone,
}
_CHUNK = 500


# -- the chain ---------------------------------------------------------------------------------
def at_text(at: dt.datetime) -> str:
    return at.isoformat(sep=" ", timespec="microseconds")


def entry_hash(fields: dict[str, Any]) -> str:
    """sha256 (hex) of the canonical JSON of the entry's :data:`HASHED_FIELDS`."""
    data = {k: fields[k] for k in HASHED_FIELDS}
    if isinstance(data["at"], dt.datetime):
        data["at"] = at_text(data["at"])
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def plain(value: Any) -> Any:
    """A column value as JSON: dates as ISO text, bytes as their sha256."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def to_json(values: dict[str, Any] | None) -> str:
    if not values:
        return ""
    return json.dumps({k: plain(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Change:
    """One entry to append (the chain fields are added by :func:`append`)."""

    action: str
    table: str = ""
    record_id: str = ""
    before: str = ""
    after: str = ""
    detail: str = ""


def append(session: Session, db: Database, changes: Sequence[Change]) -> None:
    """Append ``changes`` to the chain in the session's transaction.

    The last entry is read inside the writing transaction. On SQLite call this in a transaction
    that already writes (the ORM hook runs after the flush's writes) or was opened with
    ``immediate=True``: SQLite's write lock then keeps another desk from appending in between.
    On PostgreSQL a transaction-scoped advisory lock serialises appends. ``seq`` is unique, so a
    race can only fail a transaction, never fork the chain.
    """
    if not changes:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    last = conn.execute(
        select(_AUDIT.c.seq, _AUDIT.c.hash).order_by(_AUDIT.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (int(last[0]), str(last[1])) if last else (0, "")
    now, actor = db.clock(), db.actor
    rows = []
    for c in changes:
        seq += 1
        row: dict[str, Any] = {
            "seq": seq,
            "at": now,
            "actor": actor,
            "action": c.action,
            "table_name": c.table,
            "record_id": c.record_id,
            "before": c.before,
            "after": c.after,
            "detail": c.detail,
            "prev_hash": prev,
        }
        row["hash"] = prev = entry_hash(row)
        row.update(
            id=new_id(),
            created_at=now,
            created_by=actor,
            updated_at=now,
            updated_by=actor,
            row_version=1,
        )
        rows.append(row)
    for i in range(0, len(rows), _CHUNK):
        conn.execute(insert(_AUDIT), rows[i : i + _CHUNK])


def record_event(
    session: Session,
    db: Database,
    action: str,
    *,
    table: str = "",
    record_id: str = "",
    detail: str = "",
) -> None:
    """Record an event that changes no row (reveal, export, print, sign_in, refused, ...).

    For other modules (users and roles: ``sign_in``, ``sign_in_failed``, ``refused``). Open the
    transaction with ``db.transaction(immediate=True)`` when nothing else is written in it.
    """
    append(session, db, [Change(action, table, record_id, detail=detail)])


def audit_chain_problems(session: Session) -> list[str]:
    """What is wrong with the chain, one Chinese sentence per problem naming the entry's seq and
    time (empty: intact). Reads every entry once, in ``seq`` order."""
    problems: list[str] = []
    expected_seq, prev_hash = 1, ""
    stmt = select(*(_AUDIT.c[k] for k in (*HASHED_FIELDS, "hash"))).order_by(_AUDIT.c.seq)
    for row in session.execute(stmt.execution_options(yield_per=2000)).mappings():
        seq, at = int(row["seq"]), at_text(row["at"])
        if seq != expected_seq:
            problems.append(texts.audit_gap_text(expected_seq, seq, at))
        elif row["prev_hash"] != prev_hash:
            problems.append(texts.audit_link_text(seq, at))
        if entry_hash(dict(row)) != row["hash"]:
            problems.append(texts.audit_changed_text(seq, at))
        expected_seq, prev_hash = seq + 1, row["hash"]
    return problems


# -- the hooks ---------------------------------------------------------------------------------
def _column_keys(obj: object) -> Iterator[tuple[str, str]]:
    """(attribute key, column name) of the object's mapped columns."""
    mapper = sa_inspect(obj).mapper
    for prop in mapper.column_attrs:
        yield prop.key, prop.columns[0].name


def _changes_of_flush(session: Session) -> list[Change]:
    out: list[Change] = []
    for obj in sorted(session.new, key=_order):
        if isinstance(obj, AuditEntry):
            continue
        state = sa_inspect(obj)
        values = {
            col: state.dict[key]
            for key, col in _column_keys(obj)
            if col not in STAMP_COLUMNS and key in state.dict
        }
        out.append(Change("insert", _table(obj), _id(state), after=to_json(values)))
    for obj in sorted(session.dirty, key=_order):
        if isinstance(obj, AuditEntry) or not session.is_modified(obj):
            continue
        state = sa_inspect(obj)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for key, col in _column_keys(obj):
            if col in STAMP_COLUMNS:
                continue
            hist = state.attrs[key].history
            if not hist.added and not hist.deleted:
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
            before[col], after[col] = old, new
        if not after:
            continue
        action = "update"
        if "deleted_at" in after:
            action = "delete" if after["deleted_at"] is not None else "restore"
        out.append(Change(action, _table(obj), _id(state), to_json(before), to_json(after)))
    for obj in sorted(session.deleted, key=_order):
        state = sa_inspect(obj)
        values = {
            col: state.dict.get(key)
            for key, col in _column_keys(obj)
            if col not in STAMP_COLUMNS and key in state.dict
        }
        out.append(Change("delete", _table(obj), _id(state), before=to_json(values)))
    return out


def _id(state: Any) -> str:
    return str(state.dict.get("id") or (state.identity or ("",))[0])


def _table(obj: object) -> str:
    return str(getattr(obj, "__tablename__", type(obj).__name__))


def _order(obj: object) -> tuple[str, str]:
    return _table(obj), str(getattr(obj, "id", "") or "")


def _refuse_delete(_mapper: Any, _conn: Any, target: object) -> None:
    raise Conflict("never_deleted", table=_table(target))


def _changes_of_statement(state: ORMExecuteState) -> list[Change]:
    stmt = state.statement
    table = getattr(stmt, "table", None)
    if not isinstance(table, Table) or table.name == _AUDIT.name:
        return []
    name = table.name
    if state.is_delete and name in NEVER_DELETED:
        raise Conflict("never_deleted", table=name)
    params: Any = state.parameters
    rows: list[dict[str, Any]]
    if isinstance(params, list | tuple):
        rows = [dict(p) for p in params]
    elif params:
        rows = [dict(params)]
    else:
        rows = []
    session = state.session
    detail = str(session.info.get("audit_detail", ""))
    if state.is_insert:
        # one entry per bulk statement listing the new ids (an import's rows are in its file;
        # per row doubled a 20,000-row import's time: bench/bench_audit.py)
        ids = [str(r.get("id", "")) for r in rows]
        after = json.dumps({"ids": ids}, ensure_ascii=False)
        return [Change("insert", name, ids[0] if len(ids) == 1 else "", after=after, detail=detail)]
    where = getattr(stmt, "whereclause", None)
    if state.is_update and where is None and rows and all("id" in r for r in rows):
        # ORM bulk UPDATE by primary key: read the changed columns before they change.
        cols = sorted({k for r in rows for k in r if k not in STAMP_COLUMNS})
        old = _rows_by_id(session, table, [str(r["id"]) for r in rows], cols)
        out = []
        for r in rows:
            new = {k: r[k] for k in cols if k in r}
            was = old.get(str(r["id"]), {})
            before = {k: was.get(k) for k in new}
            out.append(Change("update", name, str(r["id"]), to_json(before), to_json(new), detail))
        return out
    # A Core UPDATE/DELETE with a WHERE: the rows it will touch, as they are now.
    affected = session.connection().execute(
        select(table).where(where) if where is not None else select(table)
    )
    values = {k: v for r in rows for k, v in r.items()}
    if state.is_update:
        compiled = getattr(stmt, "_values", None) or {}
        for k, v in compiled.items():
            values[getattr(k, "key", str(k))] = getattr(v, "value", str(v))
    out = []
    for m in affected.mappings():
        current = {k: v for k, v in m.items() if k not in STAMP_COLUMNS}
        if state.is_delete:
            out.append(Change("delete", name, str(m["id"]), before=to_json(current), detail=detail))
        else:
            new = {k: v for k, v in values.items() if k not in STAMP_COLUMNS}
            before = {k: current.get(k) for k in new}
            out.append(Change("update", name, str(m["id"]), to_json(before), to_json(new), detail))
    return out


def _rows_by_id(
    session: Session, table: Table, ids: list[str], cols: list[str]
) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    columns = [table.c.id, *(table.c[c] for c in cols if c in table.c)]
    conn = session.connection()
    for i in range(0, len(ids), _CHUNK):
        for r in conn.execute(select(*columns).where(table.c.id.in_(ids[i : i + _CHUNK]))):
            out[str(r[0])] = dict(r._mapping)
    return out


def install(factory: sessionmaker[Session], db: Database) -> None:
    """Audit every session ``factory`` makes (acting as ``db.actor``, at ``db.clock()``)."""

    def after_flush(session: Session, _ctx: UOWTransaction) -> None:
        append(session, db, _changes_of_flush(session))

    def on_execute(state: ORMExecuteState) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        if state.execution_options.get(SKIP_OPTION):
            return
        append(state.session, db, _changes_of_statement(state))

    event.listen(factory, "after_flush", after_flush)
    event.listen(factory, "do_orm_execute", on_execute)
    for model in (Accident, InjuredPerson):
        if not event.contains(model, "before_delete", _refuse_delete):
            event.listen(model, "before_delete", _refuse_delete)


# -- reading -----------------------------------------------------------------------------------
def _masked_values(data: str) -> str:
    if not data or not any(f'"{k}"' in data for k in MASKED_FIELDS):
        return data
    try:
        values = json.loads(data)
    except ValueError:
        return data
    if not isinstance(values, dict):
        return data
    for key, mask in MASKED_FIELDS.items():
        if isinstance(values.get(key), str):
            values[key] = mask(values[key])
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def masked(row: AuditRow) -> AuditRow:
    """``row`` with the personal fields of its before/after values masked."""
    return dataclasses.replace(
        row, before=_masked_values(row.before), after=_masked_values(row.after)
    )


@dataclass(frozen=True)
class AuditFilter:
    record_id: str = ""
    actor: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: At most this many entries, newest first (0: all).
    limit: int = 5000


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime
    actor: str
    action: str
    table: str
    record_id: str
    before: str
    after: str
    detail: str

    def as_json(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["at"] = self.at.isoformat(timespec="seconds")
        for k in ("before", "after"):
            d[k] = json.loads(d[k]) if d[k] else None
        return d


class AuditService:
    """Reads the trail and records the events the window and the command line report."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def entries(self, flt: AuditFilter = AuditFilter(), *, reveal: bool = False) -> list[AuditRow]:
        """Entries matching ``flt``, newest first. ``record_id`` also finds the entries that name
        the record in their detail (a document number, an accident's persons).

        ID numbers and phone numbers in ``before``/``after`` are masked; ``reveal`` shows them in
        full, for a supervisor only, and the reveal is itself recorded."""
        if reveal:
            self.db.require(Action.REVEAL_ID_NUMBER)
        a = _AUDIT.c
        stmt = select(
            a.seq, a.at, a.actor, a.action, a.table_name, a.record_id, a.before, a.after, a.detail
        )
        if flt.record_id.strip():
            key = flt.record_id.strip()
            stmt = stmt.where(
                (a.record_id == key)
                | a.detail.contains(key, autoescape=True)
                | a.after.contains(key, autoescape=True)
            )
        if flt.actor.strip():
            stmt = stmt.where(a.actor == flt.actor.strip())
        if flt.date_from:
            stmt = stmt.where(a.at >= dt.datetime.combine(flt.date_from, dt.time()))
        if flt.date_to:
            end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
            stmt = stmt.where(a.at < end)
        stmt = stmt.order_by(a.seq.desc())
        if flt.limit:
            stmt = stmt.limit(flt.limit)
        with self.db.transaction() as s:
            rows = [AuditRow(*r) for r in s.execute(stmt)]
        if reveal:
            self.record("reveal", detail=texts.audit_reveal_log_detail(len(rows)))
            return rows
        return [masked(r) for r in rows]

    def actors(self) -> list[str]:
        with self.db.transaction() as s:
            return list(s.scalars(select(_AUDIT.c.actor).distinct().order_by(_AUDIT.c.actor)))

    def problems(self) -> list[str]:
        """:func:`audit_chain_problems` of the open database."""
        with self.db.transaction() as s:
            return audit_chain_problems(s)

    def record(
        self, action: str, *, table: str = "", record_id: str = "", detail: str = ""
    ) -> None:
        """:func:`record_event` in a transaction of its own."""
        with self.db.transaction(immediate=True) as s:
            record_event(s, self.db, action, table=table, record_id=record_id, detail=detail)

    def record_export(self, title: str, target: str, rows: int, *, printed: bool = False) -> None:
        """A table left the program: exported (.xlsx, PDF list) or printed."""
        self.record(
            "print" if printed else "export",
            detail=texts.audit_export_detail(title, target, rows),
        )
