"""The unit of work shared by every service: engine, acting user, clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..data.models import AuditEntry
from ..domain.errors import Conflict, PermissionDenied, StorageError
from ..domain.roles import SINGLE_USER, allowed
from . import audit, sync_outbox

T = TypeVar("T")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass
class Database:
    """Holds the engine and who is acting. ``clock`` gives *stamp* times only (UTC).

    Business dates (as-of dates, accident dates, document dates) are always passed in by the caller.
    """

    engine: Engine
    actor: str = "system"
    clock: Callable[[], dt.datetime] = utc_now
    #: The acting user's role (``domain.roles``), read once at sign-in: ``single_user`` while the
    #: database has no users, ``signed_out`` until someone signs in to one that has.
    role: str = SINGLE_USER
    #: Told of every refused action (``action``, ``role``) before :class:`PermissionDenied` is
    #: raised: the container points it at the audit trail.
    on_refused: Callable[[str, str], None] | None = None
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    _immediate: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._immediate = sessionmaker(
            self.engine.execution_options(immediate=True), expire_on_commit=False
        )
        for factory in (self._factory, self._immediate):  # every change is audited
            audit.install(factory, self)
            sync_outbox.install(factory, self)  # and, on a laptop, goes to the outbox

    def require(self, action: str) -> None:
        """Raise :class:`PermissionDenied` unless the acting role may do ``action``
        (``domain.roles.Action``); the one place every service checks a role."""
        if allowed(self.role, action):
            return
        if self.on_refused is not None:
            self.on_refused(action, self.role)
        raise PermissionDenied(action, self.role)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self, *, immediate: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception.

        ``immediate=True`` takes SQLite's write lock at the start (``BEGIN IMMEDIATE``), for
        read-then-write sequences that must not interleave with another desk's.
        """
        factory = self._immediate if immediate else self._factory
        try:
            with factory.begin() as session:
                yield session
        except OperationalError as exc:
            msg = str(exc.orig) if exc.orig else str(exc)
            low = msg.lower()
            code = (
                "locked" if "locked" in low
                else "disk_full" if "disk is full" in low or "no space" in low
                else "io_error" if "disk i/o" in low
                else "operational"
            )  # fmt: skip
            raise StorageError(code, detail=msg) from exc

    def stamp(self) -> dict[str, object]:
        now = self.clock()
        return {
            "created_at": now,
            "created_by": self.actor,
            "updated_at": now,
            "updated_by": self.actor,
            "row_version": 1,
        }

    def touch(self, obj: object) -> None:
        """Mark an ORM object updated now by the actor."""
        obj.updated_at = self.clock()  # type: ignore[attr-defined]
        obj.updated_by = self.actor  # type: ignore[attr-defined]
        obj.row_version = (obj.row_version or 0) + 1  # type: ignore[attr-defined]

    def lock_writers(self, s: Session) -> None:
        """On PostgreSQL take, now, the transaction lock every audited write takes at its first
        flush (``audit.append``). A transaction that will lock rows of its own (document
        counters) calls this first: every writer then takes the locks in one order (this one,
        then the rows), so two desks cannot each hold what the other waits for. SQLite: nothing
        (its write lock is whole-database)."""
        if self.dialect == "postgresql":
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": audit._PG_LOCK_KEY})

    # -- optimistic locking: the one place an edit checks the version it was made from ---------
    def edit(self, seen: int | None) -> AbstractContextManager[Session]:
        """The transaction of an edit made from ``row_version`` ``seen``: on SQLite it takes the
        write lock at the start (``BEGIN IMMEDIATE``) when there is a version to check, so the
        row read by :meth:`for_edit` cannot change before this transaction writes."""
        return self.transaction(immediate=seen is not None)

    def for_edit(self, s: Session, model: type[T], key: str, seen: int | None) -> T | None:
        """The row ``key`` of ``model`` to be changed from what a desk showed at ``row_version``
        ``seen``: locked to the end of the transaction (PostgreSQL ``SELECT ... FOR UPDATE``;
        SQLite's write lock serialises writers), so no other desk's save can fall between the
        check (:meth:`check_version`) and this one's. ``seen=None``: no check, no lock."""
        locking = seen is not None and self.dialect != "sqlite"
        return s.get(model, key, with_for_update=locking, populate_existing=locking)

    def check_version(self, obj: Any, seen: int | None, mine: Mapping[str, object]) -> None:
        """Raise ``Conflict('stale')`` when ``obj`` (a row read by :meth:`for_edit`) is no longer at
        ``row_version`` ``seen``: another desk saved it meanwhile. ``mine``: the values this desk
        would save, by field; the error carries the other desk's values of the fields that differ
        (``changes``), who saved them (``by``) and when (``at``, UTC), for the message."""
        if seen is None or obj.row_version == seen:
            return
        theirs = {
            name: getattr(obj, name)
            for name, value in mine.items()
            if hasattr(obj, name) and getattr(obj, name) != value
        }
        raise Conflict("stale", by=obj.updated_by, at=obj.updated_at, changes=theirs)

    def change_mark(self) -> int:
        """A number that moves whenever any desk changes anything: the last audit entry's
        ``seq`` (every change through the services writes one, in its own transaction). One
        indexed read; the window compares it when it gets the focus back."""
        try:
            with self.engine.connect() as conn:
                return int(conn.execute(select(func.max(AuditEntry.seq))).scalar() or 0)
        except OperationalError as exc:
            raise StorageError("operational", detail=str(exc.orig or exc)) from exc
