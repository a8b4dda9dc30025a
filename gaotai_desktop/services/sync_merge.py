"""How sync merges records: the tables that travel and in which order, a laptop's change applied
at the office field by field (or put in the conflict queue), a laptop's outbox collapsed into one
change per record, the office's rows for a receipt, a duplicate merged on the laptop. Which
records a copy of some townships holds is :mod:`.sync_scope`; which enterprise a record belongs to
and a conflict settled, :mod:`.sync_settle`. Used by :mod:`.sync` (the use cases); no transaction
of its own.

What travels: enterprises, accidents, injured persons, warnings with their tasks and events,
recognition cases with their materials, steps and suspensions, interviews, inspections,
self-inspections, deliveries and their scans, prevention-training sessions with the enterprises
that attended, rights-hotline calls (``SYNC_TABLES``); the register of issued documents goes to
the laptop without the PDFs and never comes back (``OFFICE_TABLES``).

A laptop's change is applied field by field:

* a field the office has not changed since (its value is the laptop's starting value) takes the
  laptop's value; a field already equal to the laptop's value is left;
* a field both changed differently is an ``edit_edit`` conflict; a laptop edit of a record the
  office deleted, or a laptop deletion of a record the office changed, is an ``edit_delete``
  conflict; a new record whose natural key the office already has (an enterprise's credit code,
  an accident's import key, a delivered document, one enterprise at one training session) is a
  ``duplicate`` conflict when their values differ (the same record when they do not), and the
  package's records under the laptop's copy are re-pointed to the office's;
* a deletion of a record the office no longer has either is agreed, not a conflict.

A training session's attendance list is replaced as a whole when the session is edited (new rows,
new ids): a receipt carries the whole list (of the laptop's townships) of every session it
carries, and the laptop drops the rows the office no longer has (``WHOLE``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, insert, select, text, update
from sqlalchemy.orm import Session

from ..data.models import (
    AccidentCategory,
    Authority,
    Industry,
    Setting,
    SyncConflict,
    SyncOutbox,
    Township,
)
from . import audit
from .base import Database
from .sync_outbox import OFFICE_TABLES, SYNC_TABLES, decode, decode_row, encode, encode_row

if TYPE_CHECKING:
    from ..files import gsync

#: Copied to a laptop at checkout, parents first (reference data is refreshed only by a new
#: checkout).
CHECKOUT_TABLES: tuple[str, ...] = (
    Township.__tablename__,
    Industry.__tablename__,
    Authority.__tablename__,
    AccidentCategory.__tablename__,
    Setting.__tablename__,
    *SYNC_TABLES[:4],
    *OFFICE_TABLES,
    *SYNC_TABLES[4:],
)
#: What a receipt refreshes on the laptop, parents first (the documents before the warnings'
#: links to them and the deliveries).
REFRESH_TABLES: tuple[str, ...] = CHECKOUT_TABLES[5:]
#: A new record with the same values here as an office record is the same thing registered twice
#: (one credit code twice; one accident imported twice; one document delivered twice; one
#: enterprise added to one training session at both ends).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "enterprise": ("uscc",),
    "accident": ("import_key",),
    "delivery": ("document_id",),
    "training_attendance": ("session_id", "enterprise_id"),
}
#: Children whose list a parent's edit replaces as a whole (new rows, new ids): child table ->
#: (column, parent table). A receipt carries all of them with each parent it carries, and the
#: laptop drops those the office no longer has.
WHOLE: dict[str, tuple[str, str]] = {"training_attendance": ("session_id", "training_session")}
#: Children re-pointed when a duplicate is found: parent table -> ((child table, column), ...)
#: (a laptop never issues, so no document of the laptop's copy needs re-pointing).
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "enterprise": (
        ("accident", "enterprise_id"),
        ("recognition_case", "enterprise_id"),
        ("interview_record", "enterprise_id"),
        ("inspection", "enterprise_id"),
        ("self_inspection", "enterprise_id"),
        ("measure_task", "enterprise_id"),
        ("training_attendance", "enterprise_id"),
        ("hotline_call", "enterprise_id"),
    ),
    "accident": (("injured_person", "accident_id"), ("recognition_case", "accident_id")),
    "delivery": (("attachment", "owner_id"),),
}
#: How a record leads to its enterprise: table -> (parent table, column). A training session
#: has none (it gathers many enterprises): a conflict on a session itself holds back no letter,
#: one on an enterprise's attendance at it holds back that enterprise's; a hotline call without
#: an enterprise holds back none.
OWNERS: dict[str, tuple[str, str]] = {
    "accident": ("enterprise", "enterprise_id"),
    "injured_person": ("accident", "accident_id"),
    "warning": ("enterprise", "enterprise_id"),
    "measure_task": ("enterprise", "enterprise_id"),
    "warning_event": ("warning", "warning_id"),
    "recognition_case": ("enterprise", "enterprise_id"),
    "case_material": ("recognition_case", "case_id"),
    "case_event": ("recognition_case", "case_id"),
    "case_suspension": ("recognition_case", "case_id"),
    "interview_record": ("enterprise", "enterprise_id"),
    "inspection": ("enterprise", "enterprise_id"),
    "self_inspection": ("enterprise", "enterprise_id"),
    "delivery": ("document", "document_id"),
    "document": ("enterprise", "enterprise_id"),
    "training_attendance": ("enterprise", "enterprise_id"),
    "hotline_call": ("enterprise", "enterprise_id"),
}
_TABLES: dict[str, Table] = {}


def _t(name: str) -> Table:
    if not _TABLES:
        from ..data.models import Base

        _TABLES.update({n: t for n, t in Base.metadata.tables.items()})
    return _TABLES[name]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


#: Columns a laptop's copy goes without: the issued letters' PDFs (the laptop keeps the register
#: of documents, to record their delivery, not the files; they stay printable at the office).
WITHOUT = {"document": {"pdf": b"", "receipt_pdf": None}}


def _full(row: dict[str, Any], name: str = "") -> dict[str, Any]:
    return {k: encode(v) for k, v in {**row, **WITHOUT.get(name, {})}.items()}


@dataclass
class _Run:
    """What one package's import did (the receipt's content)."""

    applied: int = 0
    conflicts: int = 0
    unchanged: int = 0
    results: list[dict[str, Any]] = field(default_factory=list)
    touched: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    repoint: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    #: The office's current rows of the table being applied (read in chunks).
    current: dict[str, dict[str, Any]] = field(default_factory=dict)
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    #: Natural keys of the records inserted so far: (table, key values) -> record id.
    claimed: dict[tuple[str, tuple[Any, ...]], str] = field(default_factory=dict)


def apply_change(
    db: Database,
    s: Session,
    change: dict[str, Any],
    manifest: gsync.Manifest,
    run: _Run,
    now: dt.datetime,
) -> None:
    name, rid, op = change["table"], str(change["id"]), change["op"]
    if name not in SYNC_TABLES or op not in ("insert", "update", "delete"):
        raise ValueError(name)
    table = _t(name)
    old: dict[str, Any] = dict(change.get("old") or {})
    new: dict[str, Any] = dict(change.get("new") or {})
    for parent, children in CHILDREN.items():  # re-point to the office's duplicate
        for child, column in children:
            if child == name and new.get(column) in run.repoint[parent]:
                new[column] = run.repoint[parent][new[column]]
    actor = str(change.get("actor") or manifest.source)
    conn = s.connection()
    cur = run.current.get(rid)

    def conflict(kind: str, fields: list[str], office_id: str = rid, laptop_id: str = "") -> None:
        office_vals = {}
        if office_id:
            row = conn.execute(select(table).where(table.c.id == office_id)).mappings().first()
            office_vals = {f: encode(row[f]) for f in fields if row is not None and f in row}
        s.add(
            SyncConflict(
                package_id=manifest.package_id, peer=manifest.source, table_name=name,
                record_id=office_id, laptop_record_id=laptop_id, kind=kind,
                fields=_dumps(fields), original_values=_dumps({f: old.get(f) for f in fields}),
                office_values=_dumps(office_vals),
                laptop_values=_dumps({f: new.get(f) for f in fields}),
                laptop_user=actor, state="open", **db.stamp(),
            )
        )  # fmt: skip
        run.conflicts += 1
        run.touched[name].add(office_id)
        run.results.append({"table": name, "id": rid, "status": "conflict", "kind": kind,
                            "office_id": office_id})  # fmt: skip

    if op == "update" and not new and not old and cur is None:
        # made and removed again on the laptop: nothing reaches the office
        run.unchanged += 1
        run.results.append({"table": name, "id": rid, "status": "unchanged"})
        return
    if op == "insert" and cur is None:
        key = NATURAL_KEYS.get(name, ())
        if key and all(new.get(k) for k in key):
            values_of_key = tuple(new[k] for k in key)
            dup: Mapping[Any, Any] | None = (
                conn.execute(
                    select(table).where(
                        *(table.c[k] == v for k, v in zip(key, values_of_key, strict=True)),
                        table.c.id != rid,
                    )
                )
                .mappings()
                .first()
            )
            if dup is None and (name, values_of_key) in run.claimed:  # earlier in this package
                first = run.claimed[name, values_of_key]
                dup = next((r for r in run.inserts if r["id"] == first), None)
            if dup is not None:
                run.repoint[name][rid] = str(dup["id"])
                fields = sorted(
                    f for f, v in new.items()
                    if f in table.c and f != "id" and encode(dup[f]) != v
                )  # fmt: skip
                if fields:
                    conflict("duplicate", fields, str(dup["id"]), rid)
                else:
                    run.unchanged += 1
                    run.touched[name].add(str(dup["id"]))
                    run.results.append({"table": name, "id": rid, "status": "duplicate",
                                        "office_id": str(dup["id"])})  # fmt: skip
                return
        values = decode_row(table, new)
        values.update(
            id=rid, created_at=now, created_by=actor, updated_at=now, updated_by=actor,
            row_version=1,
        )  # fmt: skip
        if key:
            run.claimed[name, tuple(new.get(k) for k in key)] = rid
        run.inserts.append(values)
        run.applied += 1
        run.touched[name].add(rid)
        run.results.append({"table": name, "id": rid, "status": "applied"})
        return
    if cur is None and op == "delete":  # removed at both ends: agreed
        run.unchanged += 1
        run.results.append({"table": name, "id": rid, "status": "unchanged"})
        return
    if cur is None:  # the office has no such record (never had, or removed it)
        conflict("edit_delete", sorted(new) or sorted(old), rid)
        return
    if op == "delete":
        if int(cur["row_version"]) == int(change.get("base") or 0):
            s.execute(delete(table).where(table.c.id == rid))
            run.applied += 1
            run.results.append({"table": name, "id": rid, "status": "applied"})
        else:
            conflict("edit_delete", sorted(old), rid)
        return
    changed_here = int(cur["row_version"]) != int(change.get("base") or 0)
    office_deleted = cur.get("deleted_at") is not None
    laptop_deletes = new.get("deleted_at") is not None and old.get("deleted_at") is None
    take: dict[str, Any] = {}
    clash: list[str] = []
    for f, value in new.items():
        if f not in table.c:
            raise ValueError(f)
        here = encode(cur[f])
        if here == value:
            continue
        if not changed_here or here == old.get(f):
            take[f] = value
        else:
            clash.append(f)
    edits_deleted = office_deleted and not laptop_deletes and bool(take or clash)
    if changed_here and (edits_deleted or laptop_deletes):
        conflict("edit_delete", sorted({*take, *clash}), rid)
        return
    if clash:
        conflict("edit_edit", sorted(clash), rid)
    if take:
        values = {f: decode(table, f, v) for f, v in take.items()}
        values.update(updated_at=now, updated_by=actor, row_version=int(cur["row_version"]) + 1)
        run.updates.append({"id": rid, **values})
        run.applied += 1
        run.touched[name].add(rid)
        if not clash:
            run.results.append({"table": name, "id": rid, "status": "applied"})
    elif not clash:
        run.unchanged += 1
        run.touched[name].add(rid)
        run.results.append({"table": name, "id": rid, "status": "unchanged"})


def _defer_foreign_keys(s: Session) -> None:
    """Check the foreign keys at the commit (rows pointing at a later row of their own table:
    a superseded warning, a corrected document), still refusing a commit that breaks one."""
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("PRAGMA defer_foreign_keys = ON"))


def _model(name: str) -> type[Any]:
    from ..data.models import Base

    for mapper in Base.registry.mappers:
        if mapper.local_table is _t(name):
            return mapper.class_
    raise KeyError(name)


def _rows_by_id(s: Session, name: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    table = _t(name)
    out: dict[str, dict[str, Any]] = {}
    conn = s.connection()
    for i in range(0, len(ids), 500):
        sel = select(table).where(table.c.id.in_(ids[i : i + 500]))
        out.update({str(r["id"]): dict(r) for r in conn.execute(sel).mappings()})
    return out


def _flush(s: Session, name: str, run: _Run) -> None:
    """Write the collected inserts and updates of table ``name`` (bulk, audited per statement
    or per row by the audit hooks)."""
    for i in range(0, len(run.inserts), 500):
        s.execute(insert(_t(name)), run.inserts[i : i + 500])
    if run.updates:
        model = _model(name)
        by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in run.updates:
            by_keys[tuple(sorted(row))].append(row)
        for rows in by_keys.values():
            for i in range(0, len(rows), 500):
                s.execute(update(model), rows[i : i + 500])
    run.inserts, run.updates = [], []


def _collapse(s: Session, entries: list[SyncOutbox]) -> list[dict[str, Any]]:
    """One change per record from its pending outbox entries (oldest first)."""
    by_record: dict[tuple[str, str], list[SyncOutbox]] = {}
    for e in entries:
        by_record.setdefault((e.table_name, e.record_id), []).append(e)
    conn = s.connection()
    out = []
    for (name, rid), group in by_record.items():
        table = _t(name)
        row = conn.execute(select(table).where(table.c.id == rid)).mappings().first()
        first = group[0]
        seqs = [e.seq for e in group]
        old: dict[str, Any] = {}
        fields: set[str] = set()
        for e in group:
            for f, v in json.loads(e.old_values or "{}").items():
                old.setdefault(f, v)
            fields.update(json.loads(e.new_values or "{}"))
        if first.operation == "insert":
            if row is None:  # made and removed again on the laptop: nothing to send
                out.append({"table": name, "id": rid, "op": "update", "base": 0, "old": {},
                            "new": {}, "seqs": seqs, "actor": first.actor})  # fmt: skip
                continue
            op, new = "insert", encode_row(dict(row))
            old = {}
        elif row is None:
            op, new = "delete", {}
        else:
            op = "update"
            new = {f: encode(row[f]) for f in sorted(fields) if f in row}
        out.append(
            {"table": name, "id": rid, "op": op, "base": first.base_version, "old": old,
             "new": new, "seqs": seqs, "actor": group[-1].actor,
             "at": group[-1].at.isoformat()}
        )  # fmt: skip
    return out


def _refresh_rows(
    s: Session,
    touched: dict[str, set[str]],
    since: dt.datetime | None,
    scope: dict[str, set[str]] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """The office's rows for the laptop: every touched record and every one changed since (of
    those, for a laptop that checked out some townships, only the ones in its ``scope``)."""
    conn = s.connection()
    out: dict[str, list[dict[str, Any]]] = {}
    for name in REFRESH_TABLES:
        table = _t(name)
        rows: dict[str, dict[str, Any]] = {}
        if since is not None:
            sel = select(table).where(table.c.updated_at >= since)
            changed = [_full(dict(r), name) for r in conn.execute(sel).mappings()]
            if scope is not None:
                changed = in_scope(name, changed, scope)
            rows.update({str(r["id"]): r for r in changed})
        ids = sorted(touched.get(name, set()))
        for i in range(0, len(ids), 500):
            sel = select(table).where(table.c.id.in_(ids[i : i + 500]))
            rows.update({str(r["id"]): _full(dict(r), name) for r in conn.execute(sel).mappings()})
        if name in WHOLE:  # the whole list of every parent the receipt carries
            column, parent = WHOLE[name]
            parents = sorted(str(r["id"]) for r in out.get(parent, []))
            for i in range(0, len(parents), 500):
                sel = select(table).where(table.c[column].in_(parents[i : i + 500]))
                listed = [_full(dict(r), name) for r in conn.execute(sel).mappings()]
                if scope is not None:
                    listed = in_scope(name, listed, scope)
                rows.update({str(r["id"]): r for r in listed})
        out[name] = list(rows.values())
    return out


def make_room(
    s: Session,
    name: str,
    rows: list[dict[str, Any]],
    received: dict[str, list[dict[str, Any]]],
    pending: set[tuple[str, str]],
) -> list[dict[str, Any]]:
    """On the laptop, before a receipt's ``rows`` of table ``name`` are written (``received``:
    all the receipt's rows). For a list replaced as a whole (``WHOLE``): drop the laptop's rows
    of every parent the receipt carries that the office no longer has (the receipt carries the
    whole list), and the laptop's rows that hold the natural key of an office row under another
    id (the office replaced them). Rows with changes still pending stay, and an office row whose
    key such a row holds waits (the laptop's change reaches the office first). Returns the rows
    to write."""
    if name not in WHOLE:
        return rows
    table = _t(name)
    column, parent = WHOLE[name]
    key = NATURAL_KEYS[name]
    carried = {str(r["id"]) for r in received.get(parent, [])}
    parents = sorted(carried | {str(r[column]) for r in rows})
    local: list[dict[str, Any]] = []
    conn = s.connection()
    for i in range(0, len(parents), 500):
        sel = select(table).where(table.c[column].in_(parents[i : i + 500]))
        local.extend(_full(dict(r)) for r in conn.execute(sel).mappings())
    held = {tuple(r[k] for k in key): str(r["id"]) for r in local}
    incoming = {str(r["id"]) for r in rows}
    drop = {
        str(r["id"]) for r in local
        if r[column] in carried and str(r["id"]) not in incoming
        and (name, str(r["id"])) not in pending
    }  # fmt: skip
    out = []
    for row in rows:
        holder = held.get(tuple(row.get(k) for k in key))
        if holder is not None and holder != row["id"]:
            if (name, holder) in pending:
                continue
            drop.add(holder)
        out.append(row)
    ids = sorted(drop)
    for i in range(0, len(ids), 500):
        s.execute(
            delete(table)
            .where(table.c.id.in_(ids[i : i + 500]))
            .execution_options(**{audit.SKIP_OPTION: True})
        )
    return out


# -- a copy of some townships (see .sync_scope) -----------------------------------------------
#: References a copy of some townships drops when they point outside it (a county bulletin
#: correcting one that named other townships' enterprises).
LOOSE = {"document": "corrects_id", "warning": "superseded_by_id"}


def in_scope(
    name: str, rows: list[dict[str, Any]], scope: dict[str, set[str]]
) -> list[dict[str, Any]]:
    """``rows`` of table ``name`` within ``scope`` (other tables' rows all pass)."""
    if name not in scope:
        return rows
    kept = scope[name]
    out = [r for r in rows if r["id"] in kept]
    loose = LOOSE.get(name)
    if loose:
        out = [{**r, loose: None} if r.get(loose) not in kept else r for r in out]
    return out


def _merge_local(
    s: Session, name: str, laptop_id: str, office_id: str, rows: dict[str, Any]
) -> None:
    """On the laptop: re-point the children of its copy of a duplicate to the office's record
    (inserted first from the receipt's rows) and remove its copy."""
    table = _t(name)
    if s.execute(select(table.c.id).where(table.c.id == laptop_id)).first() is None:
        return
    if s.execute(select(table.c.id).where(table.c.id == office_id)).first() is None:
        row = next((r for r in rows.get(name, []) if r["id"] == office_id), None)
        if row is None:
            return
        # the natural key is unique: free it on the laptop's copy first (a key of references,
        # such as one enterprise at one session, cannot be freed: that copy, which has no
        # children, goes first)
        key = NATURAL_KEYS.get(name, ())
        if len(key) == 1:
            free = None if table.c[key[0]].nullable else f"~{laptop_id[:17]}"
            s.execute(update(table).where(table.c.id == laptop_id).values(**{key[0]: free}))
        elif key:
            assert name not in CHILDREN, name
            s.execute(
                delete(table)
                .where(table.c.id == laptop_id)
                .execution_options(**{audit.SKIP_OPTION: True})
            )
        s.execute(insert(table), [decode_row(table, row)])
    for child, column in CHILDREN.get(name, ()):
        s.execute(
            update(_t(child)).where(_t(child).c[column] == laptop_id).values(**{column: office_id})
        )
    s.execute(
        delete(table).where(table.c.id == laptop_id).execution_options(**{audit.SKIP_OPTION: True})
    )
