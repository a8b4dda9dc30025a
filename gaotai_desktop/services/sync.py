"""Home-visit laptops: enrol, check out, export changes, import them at the office, receipts,
the conflict queue and its resolutions.

Hub and spoke: the office database is the authority. ``enroll`` (office) makes the laptop's key
pair, keeps its public key and writes a checkout package (the laptop's key, the office's public key
and a copy of the reference tables and of every synced record: enterprises, accidents, injured
persons, warnings and their tasks and events, recognition cases, interviews, inspections,
self-inspections, deliveries and their scans; plus the register of issued documents, without
their PDFs, which a delivery names). ``checkout``
(laptop) makes the laptop's database from it. On the laptop every change of a synced record goes
to the outbox (:mod:`.sync_outbox`); ``export`` packs the pending changes, one per record (the
fields changed, their values when the laptop started, their values now, the office version it
started from). ``import_package`` at the office applies them in one transaction after a verified
backup, field by field:

* a field the office has not changed since (its value is the laptop's starting value) takes the
  laptop's value; a field already equal to the laptop's value is left;
* a field both changed differently is an ``edit_edit`` conflict; a laptop edit of a record the
  office deleted, or a laptop deletion of a record the office changed, is an ``edit_delete``
  conflict; a new enterprise whose credit code (or a new accident whose import key) the office
  already has is a ``duplicate`` conflict, and the package's records under the laptop's copy are
  re-pointed to the office's.

Nothing is overwritten silently and nothing is dropped: every laptop change is applied, in the
conflict queue, or still pending on the laptop (whose outbox entries are marked done only by the
receipt). The receipt lists the acknowledged outbox entries and carries the office's current rows
of every record touched or changed since the laptop's last receipt, which refresh the laptop's
copy (a record with changes still pending on the laptop is left as it is).

Passphrase: one sync passphrase per office, known to the staff who carry laptops. It encrypts each
node's private key at rest and, through scrypt, every package's payload; the checkout package is
trusted on first use because only the passphrase opens it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from ..data.backup import backup_sqlite
from ..data.engine import head_revision, sqlite_file
from ..data.models import (
    AccidentCategory,
    Authority,
    Enterprise,
    Industry,
    Setting,
    SyncConflict,
    SyncNode,
    SyncOutbox,
    SyncPackage,
    SyncPeer,
    Township,
    new_id,
)
from ..domain.errors import Conflict, NotFound, StorageError, ValidationError
from ..domain.roles import Action
from . import audit
from .base import Database
from .sync_outbox import (
    APPLYING,
    OFFICE_TABLES,
    SYNC_TABLES,
    decode,
    decode_row,
    encode,
    encode_row,
    mark,
)

if TYPE_CHECKING:
    from ..files import gsync
else:

    class _LazyGsync:
        """``files.gsync`` on first use: its ``cryptography`` is not in the size-limited bundle,
        whose other commands must start without it; sync then says why it cannot run."""

        def __getattr__(self, name: str) -> Any:
            try:
                from ..files import gsync as module
            except ImportError as exc:
                raise StorageError("no_sync_crypto", detail=str(exc)) from exc
            return getattr(module, name)

    gsync = _LazyGsync()


def read_package(path: Path) -> bytes:
    """A package file's bytes within the size limit (``files.gsync.read_file``)."""
    data: bytes = gsync.read_file(path)
    return data


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
#: A new record with the same value here as an office record is the same thing registered twice
#: (one credit code twice; one accident imported twice; one document delivered twice).
NATURAL_KEYS = {"enterprise": "uscc", "accident": "import_key", "delivery": "document_id"}
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
    ),
    "accident": (("injured_person", "accident_id"), ("recognition_case", "accident_id")),
    "delivery": (("attachment", "owner_id"),),
}
#: Fields whose resolution needs a supervisor (identity and legal fields): credit code, names,
#: legal representative, ID number, the accident's date and the recognition outcome.
GUARDED_FIELDS = frozenset(
    {"uscc", "name", "legal_representative", "id_number", "occurred_on", "accident_date",
     "outcome", "worker_name"}
)  # fmt: skip
#: How a record leads to its enterprise: table -> (parent table, column).
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


@dataclass(frozen=True)
class SyncStatus:
    role: str  # "" (not enrolled) / office / laptop
    name: str
    pending: int = 0
    open_conflicts: int = 0
    peers: tuple[str, ...] = ()
    last_sent: str = ""
    last_sent_at: dt.datetime | None = None
    last_received: str = ""
    last_received_at: dt.datetime | None = None


@dataclass(frozen=True)
class ImportOutcome:
    package_id: str
    kind: str
    source: str
    repeated: bool = False
    applied: int = 0
    conflicts: int = 0
    unchanged: int = 0
    backup: Path | None = None
    receipt: Path | None = None


@dataclass(frozen=True)
class ConflictRow:
    id: str
    table: str
    record_id: str
    laptop_record_id: str
    kind: str
    uscc: str
    peer: str
    fields: tuple[str, ...]
    original: dict[str, Any]
    office: dict[str, Any]
    laptop: dict[str, Any]
    state: str
    reason: str = ""
    enterprise_id: str = ""
    enterprise_name: str = ""

    @property
    def guarded(self) -> tuple[str, ...]:
        """The fields whose resolution needs a supervisor."""
        return tuple(f for f in self.fields if f in GUARDED_FIELDS)

    @property
    def sources(self) -> tuple[str, ...]:
        return ("office", self.peer)


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


class SyncService:
    """Sync of this database (office or laptop) with the other side, by package files."""

    def __init__(self, db: Database, location: str | Path | None, backup_dir: Path | None) -> None:
        self.db = db
        self.location = location
        self.backup_dir = backup_dir

    # -- reading -------------------------------------------------------------------------------
    def _node(self, s: Session) -> SyncNode | None:
        return s.scalar(select(SyncNode).limit(1))

    def status(self) -> SyncStatus:
        with self.db.transaction() as s:
            node = self._node(s)
            if node is None:
                return SyncStatus("", "")
            pending = s.scalar(
                select(func.count()).select_from(SyncOutbox).where(SyncOutbox.state == "pending")
            )
            conflicts = s.scalar(
                select(func.count()).select_from(SyncConflict).where(SyncConflict.state == "open")
            )
            peers = tuple(s.scalars(select(SyncPeer.name).order_by(SyncPeer.name)))
            return SyncStatus(
                node.role,
                node.name,
                pending=int(pending or 0),
                open_conflicts=int(conflicts or 0),
                peers=peers,
                last_sent=node.last_sent_package,
                last_sent_at=node.last_sent_at,
                last_received=node.last_received_package,
                last_received_at=node.last_received_at,
            )

    def conflicts(self, *, open_only: bool = True) -> list[ConflictRow]:
        with self.db.transaction() as s:
            stmt = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.id)
            if open_only:
                stmt = stmt.where(SyncConflict.state == "open")
            out = []
            for c in s.scalars(stmt):
                laptop = json.loads(c.laptop_values or "{}")
                owner = _enterprise_of(s, c.table_name, c.record_id, laptop)
                found = s.execute(
                    select(Enterprise.uscc, Enterprise.name).where(Enterprise.id == owner)
                ).first()
                uscc, ename = (found[0], found[1]) if found else ("", "")
                if c.table_name == "enterprise" and not found:
                    uscc, ename = laptop.get("uscc") or "", laptop.get("name") or ""
                out.append(
                    ConflictRow(
                        c.id, c.table_name, c.record_id, c.laptop_record_id, c.kind, uscc,
                        c.peer, tuple(json.loads(c.fields)),
                        json.loads(c.original_values or "{}"), json.loads(c.office_values or "{}"),
                        laptop, c.state, c.reason, owner or "", ename,
                    )
                )  # fmt: skip
            return out

    def open_conflict_records(self) -> set[str]:
        """Ids of records with an open conflict (no letter should be issued for them)."""
        with self.db.transaction() as s:
            return set(
                s.scalars(select(SyncConflict.record_id).where(SyncConflict.state == "open"))
            )

    def conflict_record(self, conflict_id: str) -> dict[str, Any]:
        """The office's current values of a conflict's record (as JSON values, without the
        stamps; empty when the office has no such record), to show the fields not in dispute."""
        with self.db.transaction() as s:
            c = s.get(SyncConflict, conflict_id)
            if c is None:
                raise NotFound("sync_conflict", conflict_id)
            table = _t(c.table_name)
            row = s.execute(select(table).where(table.c.id == c.record_id)).mappings().first()
            return encode_row(dict(row)) if row is not None else {}

    def open_conflict_enterprises(self) -> dict[str, tuple[str, str]]:
        """The enterprises (id -> (credit code, name)) with an open conflict on themselves or on
        one of their records (accidents, injured persons, ...): no letter is issued for them."""
        with self.db.transaction() as s:
            return open_conflict_enterprises(s)

    # -- office: enrol ------------------------------------------------------------------------
    def enroll(self, name: str, passphrase: str, output: Path) -> gsync.Manifest:
        """Enrol laptop ``name`` and write its checkout package to ``output``."""
        name = name.strip()
        if not name:
            raise ValidationError("sync_name", "required")
        self.db.require(Action.MANAGE_USERS)
        now = self.db.clock()
        with self.db.transaction(immediate=True) as s:
            node = self._node(s)
            if node is None:
                key = gsync.new_signing_key()
                node = SyncNode(
                    role="office",
                    name="office",
                    public_key=gsync.public_hex(key),
                    private_key=gsync.seal_private_key(key, passphrase),
                    **self.db.stamp(),
                )
                s.add(node)
                s.flush()
            elif node.role != "office":
                raise Conflict("sync_not_office")
            office_key = gsync.open_private_key(node.private_key, passphrase)
            if s.scalar(select(SyncPeer).where(SyncPeer.name == name)) is not None:
                raise Conflict("sync_peer_exists", name=name)
            laptop_key = gsync.new_signing_key()
            s.add(
                SyncPeer(
                    name=name,
                    public_key=gsync.public_hex(laptop_key),
                    last_package_at=now,
                    **self.db.stamp(),
                )
            )
            tables = {
                t: [_full(dict(r), t) for r in s.connection().execute(select(_t(t))).mappings()]
                for t in CHECKOUT_TABLES
            }
            payload = {
                "office": {"name": node.name, "public_key": node.public_key},
                "laptop": {
                    "name": name,
                    "public_key": gsync.public_hex(laptop_key),
                    "private_key": gsync.seal_private_key(laptop_key, passphrase),
                },
                "tables": tables,
            }
            counts = {t: len(rows) for t, rows in tables.items()}
            manifest, data = gsync.build_package(
                kind="checkout", source=node.name, target=name,
                schema_revision=head_revision(), payload=payload, counts=counts,
                passphrase=passphrase, signing_key=office_key, created_at=now,
            )  # fmt: skip
            self._seen(s, manifest, "out", name, counts, now)
            node.last_sent_package, node.last_sent_at = manifest.package_id, now
            gsync.write_package(output, data)
            return manifest

    # -- laptop: check out ---------------------------------------------------------------------
    def checkout(self, data: bytes, passphrase: str) -> gsync.Manifest:
        """Make this (empty) database the laptop described by a checkout package."""
        now = self.db.clock()
        manifest, payload = gsync.open_package(
            data, passphrase=passphrase, expected_signer=lambda m: m.signer_key,
            schema_revision=head_revision(), kind="checkout",
        )  # fmt: skip
        with self.db.transaction(immediate=True) as s:
            s.info[APPLYING] = True
            _defer_foreign_keys(s)
            if self._node(s) is not None:
                raise Conflict("sync_already_node")
            if s.scalar(select(func.count()).select_from(Enterprise)):
                raise Conflict("sync_not_empty")
            try:
                office, laptop = payload["office"], payload["laptop"]
                tables = payload["tables"]
                if office["public_key"] != manifest.signer_key:
                    raise Conflict("gsync_unknown_sender", source=manifest.source)
                # reference rows an empty database was made with are replaced by the office's
                for name in reversed(CHECKOUT_TABLES[:5]):
                    s.execute(delete(_t(name)).execution_options(**{audit.SKIP_OPTION: True}))
                for name in CHECKOUT_TABLES:
                    rows = [decode_row(_t(name), r) for r in tables.get(name, [])]
                    for i in range(0, len(rows), 500):
                        s.execute(insert(_t(name)), rows[i : i + 500])
                gsync.open_private_key(laptop["private_key"], passphrase)
                s.add(
                    SyncNode(
                        role="laptop", name=laptop["name"], public_key=laptop["public_key"],
                        private_key=laptop["private_key"], office_name=office["name"],
                        office_public_key=office["public_key"],
                        last_received_package=manifest.package_id, last_received_at=now,
                        **self.db.stamp(),
                    )
                )  # fmt: skip
            except (KeyError, TypeError, AttributeError) as exc:
                raise Conflict("gsync_payload") from exc
            self._seen(s, manifest, "in", manifest.source, manifest.counts, now)
        mark(self.db.engine, True)
        return manifest

    # -- laptop: export ------------------------------------------------------------------------
    def export(self, passphrase: str, output: Path) -> gsync.Manifest:
        """Pack every pending change into a changes package for the office."""
        now = self.db.clock()
        with self.db.transaction(immediate=True) as s:
            node = self._node(s)
            if node is None or node.role != "laptop":
                raise Conflict("sync_not_laptop")
            key = gsync.open_private_key(node.private_key, passphrase)
            entries = list(
                s.scalars(
                    select(SyncOutbox).where(SyncOutbox.state == "pending").order_by(SyncOutbox.seq)
                )
            )
            changes = _collapse(s, entries)
            counts = {"changes": len(changes), "entries": len(entries)}
            manifest, data = gsync.build_package(
                kind="changes", source=node.name, target=node.office_name,
                schema_revision=head_revision(), payload={"changes": changes}, counts=counts,
                passphrase=passphrase, signing_key=key, created_at=now,
            )  # fmt: skip
            s.execute(
                update(SyncOutbox)
                .where(SyncOutbox.id.in_([e.id for e in entries]))
                .values(package_id=manifest.package_id)
                .execution_options(**{audit.SKIP_OPTION: True})
            ) if entries else None
            self._seen(s, manifest, "out", node.office_name, counts, now)
            node.last_sent_package, node.last_sent_at = manifest.package_id, now
            gsync.write_package(output, data)
            return manifest

    # -- both: import --------------------------------------------------------------------------
    def import_package(
        self, data: bytes, passphrase: str, *, receipt: Path | None = None
    ) -> ImportOutcome:
        """Office: apply a laptop's changes (and write the receipt to ``receipt``); laptop: apply
        the office's receipt. Everything is checked before the database is touched; a package
        seen before changes nothing."""
        now = self.db.clock()
        with self.db.transaction() as s:
            node = self._node(s)
            if node is None:
                raise Conflict("sync_not_enrolled")
            role, office_key = node.role, node.office_public_key
            peers = {p.name: p.public_key for p in s.scalars(select(SyncPeer))}

        def signer(m: gsync.Manifest) -> str | None:
            return peers.get(m.source) if role == "office" else office_key

        kind = "changes" if role == "office" else "receipt"
        manifest, payload = gsync.open_package(
            data, passphrase=passphrase, expected_signer=signer,
            schema_revision=head_revision(), kind=kind,
        )  # fmt: skip
        with self.db.transaction() as s:
            seen = s.scalar(
                select(SyncPackage.id).where(SyncPackage.package_id == manifest.package_id)
            )
        if seen is not None:
            return ImportOutcome(manifest.package_id, kind, manifest.source, repeated=True)
        backup = self._backup(now)
        if role == "office":
            return self._import_changes(manifest, payload, passphrase, receipt, backup, now)
        return self._import_receipt(manifest, payload, backup, now)

    def _backup(self, now: dt.datetime) -> Path | None:
        src = sqlite_file(self.location) if self.location is not None else None
        if src is None or self.backup_dir is None:
            return None
        return backup_sqlite(src, self.backup_dir, "sync", now)

    def _import_changes(
        self,
        manifest: gsync.Manifest,
        payload: Any,
        passphrase: str,
        receipt: Path | None,
        backup: Path | None,
        now: dt.datetime,
    ) -> ImportOutcome:
        run = _Run()
        with self.db.transaction(immediate=True) as s:
            node = self._node(s)
            assert node is not None
            peer = s.scalar(select(SyncPeer).where(SyncPeer.name == manifest.source))
            assert peer is not None
            since = peer.last_package_at
            try:
                changes = sorted(
                    payload["changes"],
                    key=lambda c: (SYNC_TABLES.index(c["table"]), min(c["seqs"])),
                )
                seqs = [int(q) for c in changes for q in c["seqs"]]
                for name in SYNC_TABLES:  # parents first; each table in bulk statements
                    group = [c for c in changes if c["table"] == name]
                    run.current = _rows_by_id(s, name, [str(c["id"]) for c in group])
                    for change in group:
                        self._apply(s, change, manifest, run, now)
                    _flush(s, name, run)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise Conflict("gsync_payload") from exc
            counts = {"applied": run.applied, "conflicts": run.conflicts,
                      "unchanged": run.unchanged}  # fmt: skip
            self._seen(s, manifest, "in", manifest.source, counts, now)
            rows = _refresh_rows(s, run.touched, since)
            key = gsync.open_private_key(node.private_key, passphrase)
            rmanifest, rdata = gsync.build_package(
                kind="receipt", source=node.name, target=manifest.source,
                schema_revision=head_revision(),
                payload={"for_package": manifest.package_id, "seqs": seqs,
                         "results": run.results, "rows": rows},
                counts={**counts, "rows": sum(len(v) for v in rows.values())},
                passphrase=passphrase, signing_key=key, created_at=now,
            )  # fmt: skip
            self._seen(s, rmanifest, "out", manifest.source, counts, now)
            peer.last_package, peer.last_package_at = manifest.package_id, now
            node.last_received_package, node.last_received_at = manifest.package_id, now
            if receipt is not None:
                gsync.write_package(receipt, rdata)
                node.last_sent_package, node.last_sent_at = rmanifest.package_id, now
        return ImportOutcome(
            manifest.package_id, "changes", manifest.source, applied=run.applied,
            conflicts=run.conflicts, unchanged=run.unchanged, backup=backup, receipt=receipt,
        )  # fmt: skip

    def _apply(
        self,
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

        def conflict(
            kind: str, fields: list[str], office_id: str = rid, laptop_id: str = ""
        ) -> None:
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
                    laptop_user=actor, state="open", **self.db.stamp(),
                )
            )  # fmt: skip
            run.conflicts += 1
            run.touched[name].add(office_id)
            run.results.append({"table": name, "id": rid, "status": "conflict", "kind": kind,
                                "office_id": office_id})  # fmt: skip

        if op == "insert" and cur is None:
            key = NATURAL_KEYS.get(name)
            if key and new.get(key):
                dup = (
                    conn.execute(select(table).where(table.c[key] == new[key], table.c.id != rid))
                    .mappings()
                    .first()
                )
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
            run.inserts.append(values)
            run.applied += 1
            run.touched[name].add(rid)
            run.results.append({"table": name, "id": rid, "status": "applied"})
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

    def _import_receipt(
        self, manifest: gsync.Manifest, payload: Any, backup: Path | None, now: dt.datetime
    ) -> ImportOutcome:
        with self.db.transaction(immediate=True) as s:
            s.info[APPLYING] = True
            _defer_foreign_keys(s)
            node = self._node(s)
            assert node is not None
            try:
                seqs = [int(q) for q in payload["seqs"]]
                for i in range(0, len(seqs), 500):
                    s.execute(
                        update(SyncOutbox)
                        .where(SyncOutbox.seq.in_(seqs[i : i + 500]))
                        .values(state="done", package_id=payload["for_package"])
                        .execution_options(**{audit.SKIP_OPTION: True})
                    )
                pending = {
                    (str(t), str(r))
                    for t, r in s.execute(
                        select(SyncOutbox.table_name, SyncOutbox.record_id).where(
                            SyncOutbox.state == "pending"
                        )
                    )
                }
                # duplicates: the laptop's copy gives way to the office's record
                for result in payload["results"]:
                    office_id = result.get("office_id")
                    if (
                        result["status"] in ("duplicate", "conflict")
                        and office_id
                        and office_id != result["id"]
                    ):
                        _merge_local(s, result["table"], result["id"], office_id, payload["rows"])
                refreshed = 0
                for name in REFRESH_TABLES:
                    table = _t(name)
                    rows = [
                        r for r in payload["rows"].get(name, []) if (name, r["id"]) not in pending
                    ]
                    have = _rows_by_id(s, name, [str(r["id"]) for r in rows])
                    run = _Run()
                    for row in rows:
                        values = decode_row(table, row)
                        (run.updates if row["id"] in have else run.inserts).append(values)
                    _flush(s, name, run)
                    refreshed += len(rows)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise Conflict("gsync_payload") from exc
            counts = {"acknowledged": len(seqs), "refreshed": refreshed}
            self._seen(s, manifest, "in", manifest.source, counts, now)
            node.last_received_package, node.last_received_at = manifest.package_id, now
        return ImportOutcome(
            manifest.package_id, "receipt", manifest.source, applied=len(seqs),
            unchanged=refreshed, backup=backup,
        )  # fmt: skip

    def _seen(
        self,
        s: Session,
        m: gsync.Manifest,
        direction: str,
        peer: str,
        counts: dict[str, int],
        now: dt.datetime,
    ) -> None:
        s.add(
            SyncPackage(
                package_id=m.package_id, kind=m.kind, direction=direction, peer=peer, at=now,
                counts=_dumps(counts), **self.db.stamp(),
            )
        )  # fmt: skip

    # -- office: resolve -----------------------------------------------------------------------
    def resolve(self, conflict_id: str, take: str | dict[str, str], reason: str) -> ConflictRow:
        """Settle an open conflict: keep the office's values, take the laptop's, or set fields
        to given values; the losing values stay in the audit trail."""
        if not reason.strip():
            raise ValidationError("reason", "required")
        with self.db.transaction() as s:
            c = s.get(SyncConflict, conflict_id)
            disputed = set(json.loads(c.fields)) if c is not None else set()
        if GUARDED_FIELDS & disputed:
            # identity and legal fields: a supervisor decides, whichever side is kept (the
            # refusal goes to the audit trail in a transaction of its own: asked before ours)
            self.db.require(Action.RESOLVE_IDENTITY_CONFLICT)
        with self.db.transaction(immediate=True) as s:
            c = s.get(SyncConflict, conflict_id)
            if c is None:
                raise NotFound("sync_conflict", conflict_id)
            if c.state != "open":
                raise Conflict("sync_conflict_closed")
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
            row = (
                s.connection()
                .execute(select(table).where(table.c.id == c.record_id))
                .mappings()
                .first()
            )
            if chosen and row is None:
                raise NotFound(c.table_name, c.record_id)
            restore = c.kind == "edit_delete" and take == "laptop" and row is not None
            if restore and "deleted_at" in table.c and "deleted_at" not in chosen:
                chosen.update(deleted_at=None, deleted_by=None)
            if chosen and row is not None:
                values = {}
                for f, v in chosen.items():
                    try:
                        values[f] = decode(table, f, v)
                    except Conflict:  # a typed value that is no date (or number)
                        raise ValidationError(f, "format", {"value": v}) from None
                values.update(
                    updated_at=self.db.clock(), updated_by=self.db.actor,
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
            c.state, c.reason = "resolved", reason.strip()
            c.resolution = _dumps({"take": take if isinstance(take, str) else "values",
                                   "values": chosen, "losing": losing})  # fmt: skip
            c.resolved_by, c.resolved_at = self.db.actor, self.db.clock()
            audit.record_event(
                s, self.db, "sync_resolve", table=c.table_name, record_id=c.record_id,
                detail=_dumps({"conflict": c.id, "reason": c.reason, "losing": losing}),
            )  # fmt: skip
        return next(r for r in self.conflicts(open_only=False) if r.id == conflict_id)


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
    s: Session, touched: dict[str, set[str]], since: dt.datetime | None
) -> dict[str, list[dict[str, Any]]]:
    """The office's rows for the laptop: every touched record and every one changed since."""
    conn = s.connection()
    out: dict[str, list[dict[str, Any]]] = {}
    for name in REFRESH_TABLES:
        table = _t(name)
        rows: dict[str, dict[str, Any]] = {}
        ids = sorted(touched.get(name, set()))
        for i in range(0, len(ids), 500):
            sel = select(table).where(table.c.id.in_(ids[i : i + 500]))
            rows.update({str(r["id"]): _full(dict(r), name) for r in conn.execute(sel).mappings()})
        if since is not None:
            sel = select(table).where(table.c.updated_at >= since)
            rows.update({str(r["id"]): _full(dict(r), name) for r in conn.execute(sel).mappings()})
        out[name] = list(rows.values())
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
        # the natural key is unique: free it on the laptop's copy first
        key = NATURAL_KEYS.get(name)
        if key:
            free = None if table.c[key].nullable else f"~{laptop_id[:17]}"
            s.execute(update(table).where(table.c.id == laptop_id).values(**{key: free}))
        s.execute(insert(table), [decode_row(table, row)])
    for child, column in CHILDREN.get(name, ()):
        s.execute(
            update(_t(child)).where(_t(child).c[column] == laptop_id).values(**{column: office_id})
        )
    s.execute(
        delete(table).where(table.c.id == laptop_id).execution_options(**{audit.SKIP_OPTION: True})
    )


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


def passphrase_reader(read: Callable[[str, str], str]) -> Callable[[], str]:
    """For the command line: the passphrase from ``GAOTAI_SYNC_PASSPHRASE`` or a prompt."""
    return lambda: read("GAOTAI_SYNC_PASSPHRASE", "同步口令：")


__all__ = ["SyncService", "SyncStatus", "ConflictRow", "ImportOutcome", "new_id"]
