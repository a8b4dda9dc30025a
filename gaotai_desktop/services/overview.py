"""What the window shows first and ``tiers`` prints: every enterprise's tier and the pick-lists.

From a SQLite file they are read with the standard library's ``sqlite3`` (``data.light``): neither
SQLAlchemy nor Alembic is imported for them, so the first screenful does not wait for the data
layer. A server database is read through :class:`~gaotai_desktop.services.enterprises.EnterpriseService`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..data import light
from ..data.health import classify
from ..domain.errors import StorageError
from ..domain.reference import SEVERITIES
from ..domain.rows import TierRow
from ..domain.tiers import TierRule

if TYPE_CHECKING:
    from .enterprises import EnterpriseService

T = TypeVar("T")

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Lookups:
    """Pick-lists for forms and filters (editable lookup tables)."""

    townships: tuple[str, ...]
    industries: tuple[str, ...]
    authorities: tuple[str, ...]
    categories: tuple[str, ...]
    severities: tuple[str, ...] = SEVERITIES


class OverviewService:
    """Reads only. ``path``: the SQLite file (``None``: a server database, read through
    ``enterprises()``).

    :meth:`read_ahead` lets the thread that opens the database read the pick-lists and the tiers
    while the window is being built: the next :meth:`lookups` and :meth:`tiers` (at that date)
    wait for their part of that read and hand out what it found, once; later calls read again.
    :meth:`lookups` does not wait for the tiers, and :meth:`has_users` waits for neither.

    The tiers are read from the yearly counts the database keeps (``tier_count``, see
    ``data.light.read_tiers``); :meth:`counts_agree` checks them against the accidents.
    """

    def __init__(
        self,
        path: Path | None,
        rule: TierRule,
        *,
        enterprises: Callable[[], EnterpriseService],
    ) -> None:
        self.path = path
        self.rule = rule
        self._enterprises = enterprises
        self._lock = threading.Lock()
        #: Read the tiers from the yearly counts the triggers keep (off after a failed cross-check).
        self._kept = True
        self._con: sqlite3.Connection | None = None
        self._ahead: threading.Event | None = None
        #: Set once the pick-lists are read ahead (before the tiers).
        self._ahead_small: threading.Event | None = None
        self._ahead_as_of: dt.date | None = None
        self._ahead_tiers: list[TierRow] | None = None
        self._ahead_lookups: Lookups | None = None

    def tiers(self, as_of: dt.date) -> list[TierRow]:
        """Every (non-deleted) enterprise's tier at ``as_of``, by credit code."""
        self._wait_ahead()
        rows, self._ahead_tiers = self._ahead_tiers, None
        if rows is not None and self._ahead_as_of == as_of:
            return rows
        return self._read_tiers(as_of)

    def lookups(self) -> Lookups:
        """The pick-lists (townships, industries, authorities, accident categories)."""
        self._wait_small()
        ahead, self._ahead_lookups = self._ahead_lookups, None
        return ahead if ahead is not None else self._read_lookups()

    def read_ahead(self, as_of: dt.date) -> Callable[[], None]:
        """The function that reads the pick-lists and the tiers at ``as_of`` for the next calls,
        which wait for it from now on (call it soon, in any thread; a failure is left for those
        calls to meet again, and report)."""
        done, small = threading.Event(), threading.Event()
        self._ahead, self._ahead_small, self._ahead_as_of = done, small, as_of

        def read() -> None:
            try:
                try:
                    self._ahead_lookups = self._read_lookups()
                finally:
                    small.set()
                self._ahead_tiers = self._read_tiers(as_of)
            except Exception:  # read again (and reported) by the next call
                pass
            finally:
                small.set()
                done.set()

        return read

    def _wait_ahead(self) -> None:
        ahead = self._ahead
        if ahead is not None:
            ahead.wait()
            self._ahead = None

    def _wait_small(self) -> None:
        small = self._ahead_small
        if small is not None:
            small.wait()
            self._ahead_small = None

    def _read_tiers(self, as_of: dt.date) -> list[TierRow]:
        if self.path is None:
            return self._enterprises().tiers(as_of)
        kept = self._kept
        return self._read(lambda con: light.read_tiers(con, as_of, self.rule, kept=kept))

    def counts_agree(self, as_of: dt.date) -> list[TierRow] | None:
        """The cross-check of the kept yearly counts (after the first paint, in a worker): the
        tiers at ``as_of`` by grouping the year's accidents, when they differ from those read from
        the counts (``None`` when they agree, or the counts are not read). From a difference on,
        this program reads the tiers by grouping, and the difference is logged."""
        if self.path is None or not self._kept:
            return None
        path = self.path

        def both(con: sqlite3.Connection) -> tuple[bool, list[TierRow], list[TierRow]]:
            if not light.counts_stand_for(con, as_of):
                return False, [], []
            kept = light.read_tiers(con, as_of, self.rule, kept=True)
            return True, kept, light.read_tiers(con, as_of, self.rule)

        used, kept, full = self._read(both, own=True)
        if not used or kept == full:
            return None
        differ = [f.uscc for k, f in zip(kept, full, strict=False) if k != f][:10]
        log.error(
            "the kept yearly accident counts of %s differ from the accidents (%s rows against %s;"
            " first differing: %s): tiers are read by grouping from now on;"
            " `gaotai-desktop check --repair-counts` counts them again",
            path, len(kept), len(full), ", ".join(differ),
        )  # fmt: skip
        self._kept = False
        return full

    def _read_lookups(self) -> Lookups:
        if self.path is None:
            return self._enterprises().lookups()
        names = self._read(light.read_lookups)
        return Lookups(
            townships=names["township"],
            industries=names["industry"],
            authorities=names["authority"],
            categories=names["accident_category"],
        )

    def _read(self, read: Callable[[sqlite3.Connection], T], *, own: bool = False) -> T:
        """``read(connection)``; ``own``: on a connection of its own, opened and closed for this
        read (a short read does not wait for a long one, such as the tiers read ahead)."""
        assert self.path is not None
        with contextlib.nullcontext() if own else self._lock:
            try:
                if own:
                    con = light.connect_reader(self.path)
                    try:
                        return read(con)
                    finally:
                        con.close()
                if self._con is None:
                    self._con = light.connect_reader(self.path)
                return read(self._con)
            except sqlite3.OperationalError as exc:
                if "interrupted" in str(exc):
                    raise StorageError("operational", detail="interrupted") from exc
                raise classify(exc, self.path) from exc
            except sqlite3.Error as exc:
                raise classify(exc, self.path) from exc

    def has_users(self) -> bool | None:
        """Whether sign-in is on (the database has users), read with plain ``sqlite3``; ``None``
        for a server database (ask the user service)."""
        if self.path is None:
            return None
        row = self._read(
            lambda con: con.execute("SELECT EXISTS(SELECT 1 FROM app_user)").fetchone(), own=True
        )
        return bool(row[0])

    def interrupt(self) -> None:
        """Stop a read under way (the program is quitting)."""
        con = self._con
        if con is not None:
            con.interrupt()

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
