"""Home-visit laptops: enrol, check out, export changes, import them at the office, receipts,
the conflict queue and its resolutions.

Hub and spoke: the office database is the authority. ``enroll`` (office) makes the laptop's key
pair, keeps its public key and writes a checkout package (the laptop's key, the office's public key
and a copy of the reference tables and of the synced records, of every township or some: see
:mod:`.sync_merge`). ``checkout`` (laptop) makes the laptop's database from it. On the laptop
every change of a synced record goes to the outbox (:mod:`.sync_outbox`); ``export`` packs the
pending changes, one per record. ``import_package`` at the office applies them in one
transaction after a verified backup, field by field (:func:`.sync_merge.apply_change`).

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from ..data.backup import backup_sqlite
from ..data.engine import head_revision, sqlite_file
from ..data.models import (
    Enterprise,
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
from .sync_merge import (
    CHECKOUT_TABLES,
    REFRESH_TABLES,
    _collapse,
    _defer_foreign_keys,
    _dumps,
    _flush,
    _full,
    _merge_local,
    _refresh_rows,
    _rows_by_id,
    _Run,
    _t,
    apply_change,
    in_scope,
    make_room,
)
from .sync_outbox import (
    APPLYING,
    SYNC_TABLES,
    decode_row,
    encode_row,
    mark,
)
from .sync_scope import TOWNSHIPS, peer_scope, scope_ids
from .sync_settle import (
    _enterprise_of,
    guarded_fields,
    open_conflict_enterprises,
    settle,
)

if TYPE_CHECKING:
    from ..files import gsync
else:

    class _LazyGsync:
        """``files.gsync`` on first use: an installation without ``cryptography`` (the bundle has
        it; a hand-made pip install may not) still runs every other command; sync then says why
        it cannot run."""

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
        return guarded_fields(self.table, self.fields)

    @property
    def sources(self) -> tuple[str, ...]:
        return ("office", self.peer)


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
    def enroll(
        self, name: str, passphrase: str, output: Path, townships: Sequence[str] = ()
    ) -> gsync.Manifest:
        """Enrol laptop ``name`` and write its checkout package to ``output``: a copy of every
        township, or of the enterprises of ``townships`` only (with their records; the receipts
        then refresh those only)."""
        name = name.strip()
        if not name:
            raise ValidationError("sync_name", "required")
        wanted = sorted({t.strip() for t in townships if t.strip()})
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
            if wanted:
                known = set(s.scalars(select(Township.name)))
                for township in wanted:
                    if township not in known:
                        raise ValidationError(
                            "township", "unknown_choice",
                            {"value": township, "choices": "、".join(sorted(known))},
                        )  # fmt: skip
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
            if wanted:
                scope = scope_ids(s, wanted)
                tables = {t: in_scope(t, rows, scope) for t, rows in tables.items()}
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
            self._seen(s, manifest, "out", name, {**counts, TOWNSHIPS: wanted}, now)
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
                        apply_change(self.db, s, change, manifest, run, now)
                    _flush(s, name, run)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise Conflict("gsync_payload") from exc
            counts = {"applied": run.applied, "conflicts": run.conflicts,
                      "unchanged": run.unchanged}  # fmt: skip
            self._seen(s, manifest, "in", manifest.source, counts, now)
            rows = _refresh_rows(s, run.touched, since, peer_scope(s, manifest.source))
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
                    rows = make_room(s, name, rows, payload["rows"], pending)
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
        counts: dict[str, Any],
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
            disputed = guarded_fields(c.table_name, json.loads(c.fields)) if c is not None else ()
        if disputed:
            # identity and legal fields: a supervisor decides, whichever side is kept (the
            # refusal goes to the audit trail in a transaction of its own: asked before ours)
            self.db.require(Action.RESOLVE_IDENTITY_CONFLICT)
        with self.db.transaction(immediate=True) as s:
            c = s.get(SyncConflict, conflict_id)
            if c is None:
                raise NotFound("sync_conflict", conflict_id)
            if c.state != "open":
                raise Conflict("sync_conflict_closed")
            chosen, losing = settle(s, self.db, c, take)
            c.state, c.reason = "resolved", reason.strip()
            c.resolution = _dumps({"take": take if isinstance(take, str) else "values",
                                   "values": chosen, "losing": losing})  # fmt: skip
            c.resolved_by, c.resolved_at = self.db.actor, self.db.clock()
            audit.record_event(
                s, self.db, "sync_resolve", table=c.table_name, record_id=c.record_id,
                detail=_dumps({"conflict": c.id, "reason": c.reason, "losing": losing}),
            )  # fmt: skip
        return next(r for r in self.conflicts(open_only=False) if r.id == conflict_id)


def passphrase_reader(read: Callable[[str, str], str]) -> Callable[[], str]:
    """For the command line: the passphrase from ``GAOTAI_SYNC_PASSPHRASE`` or a prompt."""
    return lambda: read("GAOTAI_SYNC_PASSPHRASE", "同步口令：")


__all__ = ["SyncService", "SyncStatus", "ConflictRow", "ImportOutcome", "new_id"]
