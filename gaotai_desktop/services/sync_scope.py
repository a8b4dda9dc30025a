"""Sync: a laptop's copy of some townships only (``sync enroll --township``): which records of
each table belong to those townships' enterprises, and what a laptop took at checkout. Used by
:mod:`.sync`; no transaction of its own."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.models import SyncPackage
from .sync_merge import REFRESH_TABLES, _t

#: The parent a record of each table belongs to, for a copy of some townships only.
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "accident": (("enterprise_id", "enterprise"),),
    "injured_person": (("accident_id", "accident"),),
    "warning": (("enterprise_id", "enterprise"),),
    "document_subject": (("enterprise_id", "enterprise"), ("document_id", "document")),
    "document_deadline": (("document_id", "document"),),
    "warning_document": (("warning_id", "warning"), ("document_id", "document")),
    "measure_task": (("enterprise_id", "enterprise"),),
    "warning_event": (("warning_id", "warning"),),
    "recognition_case": (("enterprise_id", "enterprise"),),
    "case_material": (("case_id", "recognition_case"),),
    "case_event": (("case_id", "recognition_case"),),
    "case_suspension": (("case_id", "recognition_case"),),
    "investigation_record": (("case_id", "recognition_case"),),
    "interview_record": (("enterprise_id", "enterprise"),),
    "inspection": (("enterprise_id", "enterprise"),),
    "self_inspection": (("enterprise_id", "enterprise"),),
    "delivery": (("document_id", "document"),),
    # every session goes to every laptop (a session names no enterprise and no person, and a
    # county-wide one may be attended by any township's enterprises): an attendance row never
    # lacks its session, and a session's edit at the office always reaches a laptop whose
    # enterprises' attendance it changes
    "training_session": (),
    "training_attendance": (("session_id", "training_session"), ("enterprise_id", "enterprise")),
    # a call without an enterprise goes to every laptop
    "hotline_call": (("enterprise_id", "enterprise"),),
}


def scope_ids(s: Session, townships: list[str]) -> dict[str, set[str]]:
    """The ids, per table, of the records of the enterprises of ``townships`` (a county bulletin
    goes with every township it names)."""
    conn = s.connection()
    ent = _t("enterprise")
    mine = set(conn.execute(select(ent.c.id).where(ent.c.township.in_(townships))).scalars())
    kept: dict[str, set[str]] = {"enterprise": mine}
    for name in REFRESH_TABLES[1:]:
        table = _t(name)
        if name == "document":
            subjects = _t("document_subject")
            found = {
                i for i, e in conn.execute(select(table.c.id, table.c.enterprise_id)) if e in mine
            }
            found |= {
                d for d, e in conn.execute(select(subjects.c.document_id, subjects.c.enterprise_id))
                if e in mine
            }  # fmt: skip
        elif name == "attachment":
            owners = set().union(*kept.values())
            found = {
                i for i, o in conn.execute(select(table.c.id, table.c.owner_id)) if o in owners
            }
        else:
            cols = PARENTS[name]
            sel = select(table.c.id, *(table.c[c] for c, _ in cols))
            found = {
                r[0] for r in conn.execute(sel)
                if all(v is None or v in kept[p] for v, (_, p) in zip(r[1:], cols, strict=True))
            }  # fmt: skip
        kept[name] = found
    return kept


#: Where a checkout's record keeps the townships the laptop took (none: all).
TOWNSHIPS = "townships"


def peer_scope(s: Session, peer: str) -> dict[str, set[str]] | None:
    """What laptop ``peer`` checked out: the ids of its townships' records (``None``: all)."""
    counts = s.scalar(
        select(SyncPackage.counts).where(
            SyncPackage.kind == "checkout",
            SyncPackage.direction == "out",
            SyncPackage.peer == peer,
        )
    )
    townships = json.loads(counts or "{}").get(TOWNSHIPS) or []
    return scope_ids(s, list(townships)) if townships else None
