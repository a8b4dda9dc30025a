"""Sync conflicts: which enterprise a record belongs to (an enterprise with an open conflict gets
no letter), and a conflict settled (the office's values, the laptop's, or typed ones). Used by
:mod:`.sync` and issuing; no transaction of its own."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ..data.models import Enterprise, SyncConflict
from ..domain.errors import Conflict, NotFound, ValidationError
from .base import Database
from .sync_merge import _TABLES, OWNERS, _t
from .sync_outbox import decode

#: Fields whose resolution needs a supervisor (identity and legal fields): credit code, names,
#: legal representative, ID number, the accident's date and the recognition outcome.
GUARDED_FIELDS = frozenset(
    {"uscc", "name", "legal_representative", "id_number", "occurred_on", "accident_date",
     "outcome", "worker_name"}
)  # fmt: skip
#: Fields of the same name that are neither, per table: how a hotline call ended.
UNGUARDED_FIELDS: dict[str, frozenset[str]] = {"hotline_call": frozenset({"outcome"})}


def guarded_fields(table: str, fields: Sequence[str]) -> tuple[str, ...]:
    """Of a conflict's ``fields`` on ``table``, those whose resolution needs a supervisor."""
    free = UNGUARDED_FIELDS.get(table, frozenset())
    return tuple(f for f in fields if f in GUARDED_FIELDS and f not in free)


def open_conflict_enterprises(s: Session) -> dict[str, tuple[str, str]]:
    """In session ``s``: the enterprises (id -> (credit code, name)) with an open conflict on
    themselves or on one of their records."""
    found = s.execute(
        select(SyncConflict.table_name, SyncConflict.record_id, SyncConflict.laptop_values).where(
            SyncConflict.state == "open"
        )
    ).all()
    if not found:
        return {}
    ids = {_enterprise_of(s, t, r, json.loads(v or "{}")) for t, r, v in found} - {None}
    rows = s.execute(
        select(Enterprise.id, Enterprise.uscc, Enterprise.name).where(Enterprise.id.in_(ids))
    )
    return {str(i): (str(u), str(n)) for i, u, n in rows}


def _enterprise_of(s: Session, name: str, record_id: str, laptop: dict[str, Any]) -> str | None:
    """The enterprise a record belongs to (its own id for an enterprise), following the parents
    at the office, or the laptop's values when the office has no such record."""
    seen = 0
    while name != "enterprise":
        if name not in OWNERS or seen > 5:
            return None
        parent, column = OWNERS[name]
        table = _t(name)
        found = s.execute(select(table.c[column]).where(table.c.id == record_id)).scalar()
        if found is None:
            found = laptop.get(column) if seen == 0 else None
        if not found:
            return None
        name, record_id, seen = parent, str(found), seen + 1
    return record_id


def _references(s: Session, name: str, record_id: str) -> int:
    """How many rows of any table point at record ``record_id`` of table ``name``."""
    target = _t(name)
    count = 0
    for table in list(_TABLES.values()):
        for fk in table.foreign_keys:
            if fk.column.table is target:
                found = s.scalar(
                    select(func.count()).select_from(table).where(fk.parent == record_id)
                )
                count += int(found or 0)
    return count


def settle(
    s: Session, db: Database, c: SyncConflict, take: str | dict[str, Any]
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Write what a resolution keeps into the conflict's record: nothing (``office``), the
    laptop's values (``laptop``, restoring a record the office deleted, or removing one the
    laptop removed and the office changed) or given field values.
    Returns the values written and, per field, the values not kept (the office's, the
    laptop's, or both when a third value was set)."""
    fields: list[str] = json.loads(c.fields)
    laptop = json.loads(c.laptop_values or "{}")
    office = json.loads(c.office_values or "{}")
    table = _t(c.table_name)
    if take == "office":
        chosen: dict[str, Any] = {}
    elif take == "laptop":
        chosen = {f: laptop.get(f) for f in fields}
    else:
        assert isinstance(take, dict)
        unknown = [f for f in take if f not in fields]
        if unknown:
            raise ValidationError("take", "unknown_field", {"value": unknown[0]})
        chosen = dict(take)
    row = s.connection().execute(select(table).where(table.c.id == c.record_id)).mappings().first()
    if chosen and row is None:
        raise NotFound(c.table_name, c.record_id)
    restore = c.kind == "edit_delete" and take == "laptop" and row is not None
    # the laptop removed the record (it sent no values), which the office still has as changed
    removed = restore and bool(fields) and all(v is None for v in laptop.values())
    if removed:
        assert row is not None
        if row.get("deleted_at") is None:  # still there at the office: removed here too
            held = _references(s, c.table_name, c.record_id)
            if held:
                raise Conflict("sync_remove_referenced", count=held)
            s.execute(delete(table).where(table.c.id == c.record_id))
        chosen = {f: None for f in fields}
    elif restore and "deleted_at" in table.c and "deleted_at" not in chosen:
        chosen.update(deleted_at=None, deleted_by=None)
    if chosen and row is not None and not removed:
        values = {}
        for f, v in chosen.items():
            try:
                values[f] = decode(table, f, v)
            except Conflict:  # a typed value that is no date (or number)
                raise ValidationError(f, "format", {"value": v}) from None
        values.update(
            updated_at=db.clock(), updated_by=db.actor,
            row_version=int(row["row_version"]) + 1,
        )  # fmt: skip
        s.execute(update(table).where(table.c.id == c.record_id).values(**values))
    # per field, the values not kept (the office's, the laptop's, or both when a third
    # value was set)
    kept = {f: chosen[f] if f in chosen else office.get(f) for f in fields}
    losing = {
        f: {side: v[f] for side, v in (("office", office), ("laptop", laptop))
            if f in v and v[f] != kept[f]}
        for f in fields
    }  # fmt: skip
    losing = {f: v for f, v in losing.items() if v}
    return chosen, losing
