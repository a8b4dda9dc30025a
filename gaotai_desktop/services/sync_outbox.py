"""The laptop's outbox: every change of a synced record, written in the transaction of the change.

Installed on every session next to the audit hooks (:meth:`~.base.Database.__post_init__`); it
does nothing on a database that is not a laptop (read once per engine from ``sync_node``). Like
the audit trail it sees ORM flushes (``after_flush``) and Core ``INSERT``/``UPDATE``/``DELETE``
run through ``Session.execute`` (the imports' bulk writes; ``do_orm_execute``, before the
statement runs). Each entry holds the record, the operation, the row version it started from
(the office's, as checked out or refreshed), the changed columns before and after, who and when.

A laptop never takes a document number: a change to ``document`` or ``document_counter`` on a
laptop raises :class:`Conflict` ``sync_laptop_issue`` and the transaction is rolled back.

Writes made while applying the office's data (checkout, a receipt's refresh) set
``session.info[APPLYING]`` and are not recorded.
"""

from __future__ import annotations

import base64
import datetime as dt
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, Table, event, func, insert, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from ..data.models import SyncNode, SyncOutbox, new_id, table_of
from ..domain.errors import Conflict
from .audit import STAMP_COLUMNS

if TYPE_CHECKING:
    from .base import Database

#: Tables whose records a laptop sends back, parents first: the enterprises, their accidents and
#: injured persons, the recognition cases taken on home visits (with their materials, steps and
#: suspensions), the closed loop's records made on site (interviews, inspections,
#: self-inspections, deliveries with their scans), what they change in the warnings (state,
#: dates, events, tasks), and the prevention training held in the enterprises (sessions, then the
#: enterprises that attended) and the rights-hotline calls taken on the road.
SYNC_TABLES: tuple[str, ...] = (
    "enterprise",
    "accident",
    "injured_person",
    "warning",
    "measure_task",
    "warning_event",
    "recognition_case",
    "case_material",
    "case_event",
    "case_suspension",
    "investigation_record",
    "interview_record",
    "inspection",
    "self_inspection",
    "delivery",
    "attachment",
    "training_session",
    "training_attendance",
    "hotline_call",
)
#: The office's documents, copied to a laptop (a delivery names its document) and refreshed by
#: every receipt, never written there, parents first.
OFFICE_TABLES: tuple[str, ...] = (
    "document",
    "document_subject",
    "document_deadline",
    "warning_document",
)
#: Tables a laptop never writes (document numbers and what is issued with them stay the office's).
OFFICE_ONLY = frozenset({"document_counter", *OFFICE_TABLES})
#: ``session.info`` key: the session applies the office's data (nothing goes to the outbox).
APPLYING = "sync_applying"
_OUTBOX: Table = table_of(SyncOutbox)
_NODE: Table = table_of(SyncNode)
_CHUNK = 500
_laptops: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def mark(engine: Engine, laptop: bool) -> None:
    """Tell the hook whether ``engine``'s database is a laptop (after checkout)."""
    _laptops[engine] = laptop


def is_laptop(session: Session) -> bool:
    conn = session.connection()
    engine = conn.engine
    known = _laptops.get(engine)
    if known is None:
        try:
            role = conn.execute(select(_NODE.c.role).limit(1)).scalar()
        except OperationalError as exc:
            if "no such table" not in str(exc):  # a real failure (disk full, I/O): not hidden
                raise
            return False  # an old schema (before the migration ran)
        known = _laptops[engine] = role == "laptop"
    return known


# -- values as JSON ----------------------------------------------------------------------------
def encode(value: Any) -> Any:
    """A column value as JSON (dates as ISO text, bytes as base64)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def encode_row(values: dict[str, Any]) -> dict[str, Any]:
    return {k: encode(v) for k, v in values.items() if k not in STAMP_COLUMNS}


def decode_row(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """JSON values back into column values (unknown columns are refused)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in table.c:
            raise Conflict("gsync_payload")
        out[key] = decode(table, key, value)
    return out


def decode(table: Table, key: str, value: Any) -> Any:
    if value is None:
        return None
    try:
        kind = table.c[key].type.python_type
    except NotImplementedError:
        return value
    try:
        if kind is dt.datetime:
            return dt.datetime.fromisoformat(value)
        if kind is dt.date:
            return dt.date.fromisoformat(value)
        if kind is bytes:
            return base64.b64decode(value)
        if kind is bool:  # a JSON boolean, or a value typed when settling a conflict
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "是", "yes")
            return bool(value)
        if kind is int and isinstance(value, str):
            return int(value)
    except (TypeError, ValueError) as exc:
        raise Conflict("gsync_payload") from exc
    return value


# -- the hooks ---------------------------------------------------------------------------------
Entry = tuple[str, str, str, int, dict[str, Any], dict[str, Any]]
"""(table, record id, operation, base version, old values, new values)"""


def _table(obj: object) -> str:
    return str(getattr(obj, "__tablename__", ""))


def _flush_entries(session: Session) -> list[Entry]:
    out: list[Entry] = []
    for obj in session.new:
        name = _table(obj)
        if name in OFFICE_ONLY:
            raise Conflict("sync_laptop_issue")
        if name in SYNC_TABLES:
            state = sa_inspect(obj)
            values = {p.columns[0].name: state.dict.get(p.key) for p in state.mapper.column_attrs}
            out.append((name, str(values["id"]), "insert", 0, {}, encode_row(values)))
    for obj in session.dirty:
        name = _table(obj)
        if name in OFFICE_ONLY and session.is_modified(obj):
            raise Conflict("sync_laptop_issue")
        if name not in SYNC_TABLES or not session.is_modified(obj):
            continue
        state = sa_inspect(obj)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        base = state.dict.get("row_version") or 0
        for prop in state.mapper.column_attrs:
            hist = state.attrs[prop.key].history
            if not hist.added and not hist.deleted:
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            col = prop.columns[0].name
            if col == "row_version":
                base = old or 0
            if old == new or col in STAMP_COLUMNS:
                continue
            before[col], after[col] = old, new
        if after:
            rid = str(state.dict.get("id"))
            out.append((name, rid, "update", int(base), encode_row(before), encode_row(after)))
    for obj in session.deleted:
        name = _table(obj)
        if name in OFFICE_ONLY:
            raise Conflict("sync_laptop_issue")
        if name in SYNC_TABLES:
            state = sa_inspect(obj)
            values = {p.columns[0].name: state.dict.get(p.key) for p in state.mapper.column_attrs}
            base = int(values.get("row_version") or 0)
            out.append((name, str(values["id"]), "delete", base, encode_row(values), {}))
    return out


def _statement_entries(state: ORMExecuteState) -> list[Entry]:
    stmt = state.statement
    table = getattr(stmt, "table", None)
    if not isinstance(table, Table):
        return []
    name = table.name
    if name in OFFICE_ONLY:
        raise Conflict("sync_laptop_issue")
    if name not in SYNC_TABLES:
        return []
    params: Any = state.parameters
    rows: list[dict[str, Any]]
    if isinstance(params, list | tuple):
        rows = [dict(p) for p in params]
    elif params:
        rows = [dict(params)]
    else:
        rows = []
    if state.is_insert:
        return [(name, str(r["id"]), "insert", 0, {}, encode_row(r)) for r in rows]
    conn = state.session.connection()
    where = getattr(stmt, "whereclause", None)
    if state.is_update and where is None and rows and all("id" in r for r in rows):
        ids = [str(r["id"]) for r in rows]
        current = {}
        for i in range(0, len(ids), _CHUNK):
            sel = select(table).where(table.c.id.in_(ids[i : i + _CHUNK]))
            current.update({str(m["id"]): dict(m) for m in conn.execute(sel).mappings()})
        out: list[Entry] = []
        for r in rows:
            was = current.get(str(r["id"]), {})
            new = {k: v for k, v in r.items() if k not in STAMP_COLUMNS}
            old = {k: was.get(k) for k in new}
            base = int(was.get("row_version") or 0)
            out.append((name, str(r["id"]), "update", base, encode_row(old), encode_row(new)))
        return out
    affected = conn.execute(select(table).where(where) if where is not None else select(table))
    values = {k: v for r in rows for k, v in r.items()}
    if state.is_update:
        compiled = getattr(stmt, "_values", None) or {}
        for k, v in compiled.items():
            values[getattr(k, "key", str(k))] = getattr(v, "value", str(v))
    out = []
    for m in affected.mappings():
        was = dict(m)
        base = int(was.get("row_version") or 0)
        if state.is_delete:
            out.append((name, str(m["id"]), "delete", base, encode_row(was), {}))
        else:
            new = {k: v for k, v in values.items() if k not in STAMP_COLUMNS}
            old = {k: was.get(k) for k in new}
            out.append((name, str(m["id"]), "update", base, encode_row(old), encode_row(new)))
    return out


def write(session: Session, db: Database, entries: Iterable[Entry]) -> None:
    """Append ``entries`` to the outbox in the session's transaction."""
    import json

    entries = list(entries)
    if not entries:
        return
    conn = session.connection()
    seq = int(conn.execute(select(func.coalesce(func.max(_OUTBOX.c.seq), 0))).scalar() or 0)
    now, actor = db.clock(), db.actor
    rows = []
    for table, record_id, operation, base, old, new in entries:
        seq += 1
        rows.append(
            {
                "id": new_id(),
                "seq": seq,
                "table_name": table,
                "record_id": record_id,
                "operation": operation,
                "base_version": base,
                "old_values": json.dumps(old, ensure_ascii=False, sort_keys=True) if old else "",
                "new_values": json.dumps(new, ensure_ascii=False, sort_keys=True) if new else "",
                "actor": actor,
                "at": now,
                "state": "pending",
                "package_id": "",
                "created_at": now,
                "created_by": actor,
                "updated_at": now,
                "updated_by": actor,
                "row_version": 1,
            }
        )
    for i in range(0, len(rows), _CHUNK):
        conn.execute(insert(_OUTBOX), rows[i : i + _CHUNK])


def install(factory: sessionmaker[Session], db: Database) -> None:
    """Record laptop changes of every session ``factory`` makes into the outbox."""

    def after_flush(session: Session, _ctx: UOWTransaction) -> None:
        if session.info.get(APPLYING) or not is_laptop(session):
            return
        write(session, db, _flush_entries(session))

    def on_execute(state: ORMExecuteState) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        if state.session.info.get(APPLYING) or not is_laptop(state.session):
            return
        write(state.session, db, _statement_entries(state))

    event.listen(factory, "after_flush", after_flush)
    event.listen(factory, "do_orm_execute", on_execute)
