"""What the window shows first and ``tiers`` prints: every enterprise's tier and the pick-lists.

From a SQLite file they are read with the standard library's ``sqlite3`` (``data.light``): neither
SQLAlchemy nor Alembic is imported for them, so the first screenful does not wait for the data
layer. A server database is read through :class:`~gaotai_desktop.services.enterprises.EnterpriseService`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
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
    while the window is being built: the next :meth:`lookups` and :meth:`tiers` at that date wait
    for that read and hand out its rows, once; later calls read again.
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
        self._con: sqlite3.Connection | None = None
        self._ahead: threading.Event | None = None
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
        self._wait_ahead()
        ahead, self._ahead_lookups = self._ahead_lookups, None
        return ahead if ahead is not None else self._read_lookups()

    def read_ahead(self, as_of: dt.date) -> Callable[[], None]:
        """The function that reads the pick-lists and the tiers at ``as_of`` for the next calls,
        which wait for it from now on (call it soon, in any thread; a failure is left for those
        calls to meet again, and report)."""
        done = threading.Event()
        self._ahead, self._ahead_as_of = done, as_of

        def read() -> None:
            try:
                self._ahead_lookups = self._read_lookups()
                self._ahead_tiers = self._read_tiers(as_of)
            except Exception:  # read again (and reported) by the next call
                pass
            finally:
                done.set()

        return read

    def _wait_ahead(self) -> None:
        ahead = self._ahead
        if ahead is not None:
            ahead.wait()
            self._ahead = None

    def _read_tiers(self, as_of: dt.date) -> list[TierRow]:
        if self.path is None:
            return self._enterprises().tiers(as_of)
        return self._read(lambda con: light.read_tiers(con, as_of, self.rule))

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

    def _read(self, read: Callable[[sqlite3.Connection], T]) -> T:
        assert self.path is not None
        with self._lock:
            try:
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
            lambda con: con.execute("SELECT EXISTS(SELECT 1 FROM app_user)").fetchone()
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
