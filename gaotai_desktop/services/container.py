"""The composition root's one function: open a database and build every service once.

The CLI and the window call :func:`open_services` at their top and hand the :class:`Services`
container down; no widget or command constructs a service. The acting user is passed in by the
caller (the OS login from :func:`current_user`), never read deep inside; on a database with users
the session starts signed out and acts as the user who signs in (``services.users.sign_in``), whose
role is read then, once, and kept on the :class:`Database`.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
from dataclasses import dataclass
from pathlib import Path

from ..data.engine import make_engine, migrate
from ..domain.roles import SIGNED_OUT, SINGLE_USER
from ..domain.tiers import DEFAULT_RULE, TierRule
from .accidents import AccidentService
from .audit import AuditService
from .backups import BackupService
from .base import Database, utc_now
from .cases import CaseService
from .document_store import DocumentStore
from .enterprises import EnterpriseService
from .importing import ImportService
from .interview_print import InterviewPrintService
from .issuing import IssuingService
from .notices import NoticeService
from .office import OfficeService
from .reports import ReportService
from .sync import SyncService
from .users import UserService, record_security_event
from .warnings import WarningService

log = logging.getLogger(__name__)

#: Worker processes that render letters when none is asked for (the machines have 2 cores).
DEFAULT_RENDER_WORKERS = 2


def current_user() -> str:
    """The OS login name: the acting user until users sign in."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, odd containers)
        return "unknown"


@dataclass(frozen=True)
class Services:
    """Every service of one open database, built once by :func:`build_services`."""

    db: Database
    enterprises: EnterpriseService
    accidents: AccidentService
    notices: NoticeService
    #: Issuing (plan -> numbers -> render -> store) and corrections.
    issuing: IssuingService
    #: Reading and printing issued documents (lists, stored PDFs, bundles, mark printed).
    document_store: DocumentStore
    office: OfficeService
    importer: ImportService
    #: The closed loop: warnings, deliveries, feedback, evaluations, tasks, inspections.
    warnings: WarningService
    #: The printable 约谈记录, filled in or blank.
    interview_print: InterviewPrintService
    #: 周调度、月通报、季测评, the statistics tab and the award-restriction list.
    reports: ReportService
    #: The audit trail: the viewer, ``audit``, and the events that change no row.
    audit: AuditService
    #: Users, roles and signing in.
    users: UserService
    #: Automatic backups, copies, restoring one, the location warning.
    backups: BackupService
    #: Work-injury recognition cases (工伤认定) and their statutory clocks.
    cases: CaseService
    #: Home-visit laptops: enrolment, checkout, change packages, receipts, conflicts.
    sync: SyncService
    #: Where the database is (a file path or a server URL) and where its backups go: an output
    #: file must never overwrite either (``files.output.protected_paths``).
    location: str | Path | None = None
    backup_dir: Path | None = None

    @property
    def actor(self) -> str:
        """Who is acting: stamped on every row these services write."""
        return self.db.actor

    @property
    def role(self) -> str:
        """The acting role (``domain.roles``): a user's role, ``single_user`` or ``signed_out``."""
        return self.db.role

    def dispose(self) -> None:
        self.db.engine.dispose()


def build_services(
    database: Database,
    *,
    rule: TierRule = DEFAULT_RULE,
    render_workers: int = DEFAULT_RENDER_WORKERS,
    location: str | Path | None = None,
    backup_dir: Path | None = None,
) -> Services:
    """Build every service over ``database`` (whose ``actor`` is the acting user)."""
    office = OfficeService(database)
    users = UserService(database)
    if database.on_refused is None:
        database.on_refused = lambda action, role: record_security_event(
            database, "refused", detail=f"{action} ({role})"
        )
    issuing = IssuingService(database, rule, office=office, workers=render_workers)
    return Services(
        db=database,
        enterprises=EnterpriseService(database, rule),
        accidents=AccidentService(database, rule),
        notices=NoticeService(database, rule),
        issuing=issuing,
        document_store=DocumentStore(database),
        office=office,
        importer=ImportService(database),
        warnings=WarningService(database, office),
        interview_print=InterviewPrintService(database, office, fonts=issuing.fonts),
        reports=ReportService(database, rule, office=office, fonts=issuing.fonts),
        audit=AuditService(database),
        users=users,
        backups=BackupService(database, location, backup_dir),
        cases=CaseService(database, office),
        sync=SyncService(database, location, backup_dir),
        location=location,
        backup_dir=backup_dir,
    )


def open_services(
    location: str | Path,
    *,
    backup_dir: Path | None,
    actor: str,
    rule: TierRule = DEFAULT_RULE,
    render_workers: int = DEFAULT_RENDER_WORKERS,
) -> Services:
    """Open (creating if needed) and migrate the database, backing it up first when it has data."""
    engine = make_engine(location)
    try:
        backup = migrate(engine, backup_dir, utc_now())
    except Exception:
        engine.dispose()
        raise
    if backup:
        log.info("database backed up to %s", backup)
    services = build_services(
        Database(engine, actor),
        rule=rule,
        render_workers=render_workers,
        location=location,
        backup_dir=backup_dir,
    )
    try:
        # read once: a database with users starts signed out (nothing guarded allowed)
        services.db.role = SIGNED_OUT if services.users.has_users() else SINGLE_USER
    except Exception:
        engine.dispose()
        raise
    return services


def today() -> dt.date:
    """The local calendar date: read here, at the edge, and passed down."""
    return dt.date.today()
