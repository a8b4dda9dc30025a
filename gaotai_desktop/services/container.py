"""Opening a database and assembling every service (used by the CLI and the GUI)."""

from __future__ import annotations

import datetime as dt
import getpass
import logging
from dataclasses import dataclass
from pathlib import Path

from ..data.engine import make_engine, migrate
from ..domain.tiers import DEFAULT_RULE, TierRule
from .accidents import AccidentService
from .base import Database, utc_now
from .enterprises import EnterpriseService
from .notices import NoticeService

log = logging.getLogger(__name__)


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, odd containers)
        return "unknown"


@dataclass
class Services:
    db: Database
    enterprises: EnterpriseService
    accidents: AccidentService
    notices: NoticeService

    @property
    def importer(self):
        from .importing import ImportService

        return ImportService(self.db)

    def dispose(self) -> None:
        self.db.engine.dispose()


def open_services(
    db_location: str | Path,
    *,
    backup_dir: Path | None,
    actor: str | None = None,
    rule: TierRule = DEFAULT_RULE,
) -> Services:
    """Open (creating if needed) and migrate the database, backing it up first when it has data."""
    engine = make_engine(db_location)
    try:
        backup = migrate(engine, backup_dir, utc_now())
    except Exception:
        engine.dispose()
        raise
    if backup:
        log.info("database backed up to %s", backup)
    database = Database(engine, actor or current_user())
    return Services(
        database,
        EnterpriseService(database, rule),
        AccidentService(database, rule),
        NoticeService(database, rule),
    )


def today() -> dt.date:
    """The local calendar date: read here, at the edge, and passed down."""
    return dt.date.today()
