"""The composition root's one function: open a database and hand out every service, once.

The CLI and the window call :func:`open_services` at their top and hand the :class:`Services`
container down; no widget or command constructs a service. The acting user is passed in by the
caller (the OS login from :func:`current_user`), never read deep inside; on a database with users
the session starts signed out and acts as the user who signs in (``services.users.sign_in``), whose
role is read then, once, and kept on the :class:`Database`.

Start-up is cheap by construction: importing this module loads neither SQLAlchemy nor Alembic,
a database already at this program's schema revision is recognised with plain ``sqlite3``
(``data.light``), and each service (and the database engine under them) is built on its first
use. What the window shows first and what ``tiers`` prints come from :attr:`Services.overview`,
which reads a SQLite file with plain ``sqlite3``.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Literal, TypeVar, overload

from ..data.backup import tighten
from ..data.health import HealthGate
from ..data.light import file_path, schema_at_head
from ..domain.tiers import DEFAULT_RULE, TierRule
from .overview import OverviewService

if TYPE_CHECKING:
    from .accidents import AccidentService
    from .audit import AuditService
    from .backups import BackupService
    from .base import Database
    from .case_documents import CaseDocumentService
    from .cases import CaseService
    from .document_store import DocumentStore
    from .enterprises import EnterpriseService
    from .hotline import HotlineService
    from .importing import ImportService
    from .interview_print import InterviewPrintService
    from .issuing import IssuingService
    from .notices import NoticeService
    from .office import OfficeService
    from .reports import ReportService
    from .sync import SyncService
    from .training import TrainingService
    from .users import UserService
    from .warnings import WarningService

log = logging.getLogger(__name__)

#: Worker processes that render letters when none is asked for (the machines have 2 cores).
DEFAULT_RENDER_WORKERS = 2

#: When the file is checked (``PRAGMA integrity_check``) on opening: ``"now"`` before
#: :func:`open_services` returns; ``"deferred"`` before the first connection through the services
#: (the window starts it in a worker thread right after its first paint).
Check = Literal["now", "deferred"]

T = TypeVar("T")


def current_user() -> str:
    """The OS login name: the acting user until users sign in."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, odd containers)
        return "unknown"


class _Built(Generic[T]):
    """A :class:`Services` attribute built by ``build(services)`` on first use, once (threads
    asking at the same time get the same object)."""

    def __init__(self, build: Callable[[Services], T]) -> None:
        self.build = build
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> _Built[T]: ...
    @overload
    def __get__(self, obj: Services, objtype: type | None = None) -> T: ...
    def __get__(self, obj: Services | None, objtype: type | None = None) -> T | _Built[T]:
        if obj is None:
            return self
        built = obj.__dict__
        if self.name not in built:
            with obj._lock:
                if self.name not in built:
                    built[self.name] = self.build(obj)
        value: T = built[self.name]
        return value


def _database(s: Services) -> Database:
    from ..data.engine import make_engine
    from ..domain.roles import SIGNED_OUT, SINGLE_USER
    from .base import Database

    assert s.location is not None
    engine = make_engine(s.location, gate=s.gate)
    database = _prepare(Database(engine, s._actor))
    try:
        # read once: a database with users starts signed out (nothing guarded allowed)
        from .users import UserService

        database.role = SIGNED_OUT if UserService(database).has_users() else SINGLE_USER
    except Exception:
        engine.dispose()
        raise
    return database


def _prepare(database: Database) -> Database:
    """Refused actions go to the audit trail (``services.users.record_security_event``)."""
    if database.on_refused is None:
        from .users import record_security_event

        database.on_refused = lambda action, role: record_security_event(
            database, "refused", detail=f"{action} ({role})"
        )
    return database


def _enterprises(s: Services) -> EnterpriseService:
    from .enterprises import EnterpriseService

    return EnterpriseService(s.db, s.rule)


def _accidents(s: Services) -> AccidentService:
    from .accidents import AccidentService

    return AccidentService(s.db, s.rule)


def _notices(s: Services) -> NoticeService:
    from .notices import NoticeService

    return NoticeService(s.db, s.rule)


def _issuing(s: Services) -> IssuingService:
    from .issuing import IssuingService

    return IssuingService(s.db, s.rule, office=s.office, workers=s.render_workers)


def _document_store(s: Services) -> DocumentStore:
    from .document_store import DocumentStore

    return DocumentStore(s.db)


def _office(s: Services) -> OfficeService:
    from .office import OfficeService

    return OfficeService(s.db)


def _importer(s: Services) -> ImportService:
    from .importing import ImportService

    return ImportService(s.db)


def _warnings(s: Services) -> WarningService:
    from .warnings import WarningService

    return WarningService(s.db, s.office)


def _interview_print(s: Services) -> InterviewPrintService:
    from .interview_print import InterviewPrintService

    return InterviewPrintService(s.db, s.office, fonts=s.issuing.fonts)


def _reports(s: Services) -> ReportService:
    from .reports import ReportService

    return ReportService(s.db, s.rule, office=s.office, fonts=s.issuing.fonts)


def _audit(s: Services) -> AuditService:
    from .audit import AuditService

    return AuditService(s.db)


def _users(s: Services) -> UserService:
    from .users import UserService

    return UserService(s.db)


def _backups(s: Services) -> BackupService:
    from .backups import BackupService

    return BackupService(lambda: s.db, s.location, s.backup_dir)


def _cases(s: Services) -> CaseService:
    from .cases import CaseService

    return CaseService(s.db, s.office)


def _training(s: Services) -> TrainingService:
    from .training import TrainingService

    return TrainingService(s.db)


def _hotline(s: Services) -> HotlineService:
    from .hotline import HotlineService

    return HotlineService(s.db)


def _case_documents(s: Services) -> CaseDocumentService:
    from .case_documents import CaseDocumentService

    return CaseDocumentService(s.db, s.office, s.document_store, fonts=s.issuing.fonts)


def _sync(s: Services) -> SyncService:
    from .sync import SyncService

    return SyncService(s.db, s.location, s.backup_dir)


def _overview(s: Services) -> OverviewService:
    path = file_path(s.location) if s.location is not None else None
    return OverviewService(path, s.rule, enterprises=lambda: s.enterprises)


class Services:
    """Every service of one open database, each built on its first use (by the functions above:
    no other module constructs a service)."""

    #: The unit of work (engine, acting user, stamp clock); the engine is made on first use.
    db = _Built(_database)
    enterprises = _Built(_enterprises)
    accidents = _Built(_accidents)
    notices = _Built(_notices)
    #: Issuing (plan -> numbers -> render -> store) and corrections.
    issuing = _Built(_issuing)
    #: Reading and printing issued documents (lists, stored PDFs, bundles, mark printed).
    document_store = _Built(_document_store)
    office = _Built(_office)
    importer = _Built(_importer)
    #: The closed loop: warnings, deliveries, feedback, evaluations, tasks, inspections.
    warnings = _Built(_warnings)
    #: The printable 约谈记录, filled in or blank.
    interview_print = _Built(_interview_print)
    #: 周调度、月通报、季测评, the statistics tab and the award-restriction list.
    reports = _Built(_reports)
    #: The audit trail: the viewer, ``audit``, and the events that change no row.
    audit = _Built(_audit)
    #: Users, roles and signing in.
    users = _Built(_users)
    #: Automatic backups, copies, restoring one, the location warning.
    backups = _Built(_backups)
    #: Work-injury recognition cases (工伤认定) and their statutory clocks.
    cases = _Built(_cases)
    #: Prevention training sessions (工伤预防进企业) and the untrained high-risk enterprises.
    training = _Built(_training)
    #: The rights hotline (维权热线): calls, follow-ups, monthly counts.
    hotline = _Built(_hotline)
    #: The papers of a case: its numbered documents with their receipts, and its 调查笔录.
    case_documents = _Built(_case_documents)
    #: Home-visit laptops: enrolment, checkout, change packages, receipts, conflicts.
    sync = _Built(_sync)
    #: Every enterprise's tier and the pick-lists, read without SQLAlchemy from a SQLite file.
    overview = _Built(_overview)

    def __init__(
        self,
        database: Database | None = None,
        *,
        actor: str | None = None,
        rule: TierRule = DEFAULT_RULE,
        render_workers: int = DEFAULT_RENDER_WORKERS,
        location: str | Path | None = None,
        backup_dir: Path | None = None,
        gate: HealthGate | None = None,
    ) -> None:
        if database is None and location is None:
            raise ValueError("Services need a database or its location")
        self._lock = threading.RLock()
        if database is not None:
            self.__dict__["db"] = _prepare(database)
        self._actor = actor if actor is not None else database.actor if database else "system"
        self.rule = rule
        self.render_workers = render_workers
        #: Where the database is (a file path or a server URL) and where its backups go: an
        #: output file must never overwrite either (``files.output.protected_paths``).
        self.location = location
        self.backup_dir = backup_dir
        #: The file's check, when it is still to run before the first connection.
        self.gate = gate

    @property
    def actor(self) -> str:
        """Who is acting: stamped on every row these services write (the user signed in, once
        the database is open)."""
        return self.db.actor if self.built("db") else self._actor

    @property
    def role(self) -> str:
        """The acting role (``domain.roles``): a user's role, ``single_user`` or ``signed_out``.
        Before the database is opened through the services (the first paint), whether sign-in is
        on is read with plain ``sqlite3``."""
        if not self.built("db"):
            has_users = self.overview.has_users()
            if has_users is not None:
                from ..domain.roles import SIGNED_OUT, SINGLE_USER

                return SIGNED_OUT if has_users else SINGLE_USER
        return self.db.role

    def built(self, name: str) -> bool:
        """Whether the service (or ``"db"``) called ``name`` was built already."""
        return name in self.__dict__

    def verify(self) -> None:
        """Run the file's check now (in this thread) unless it ran; raises ``StorageError``
        (``damaged``, …) when the file failed it. The window calls it right after its first paint,
        off the GUI thread."""
        if self.gate is not None:
            self.gate.wait()

    def interrupt_reads(self) -> None:
        """The program is quitting: stop reads under way (a loading table, the file's check);
        transactions that wrote finish."""
        if self.gate is not None:
            self.gate.interrupt()
        if self.built("overview"):
            self.overview.interrupt()
        if self.built("db"):
            from ..data.engine import interrupt_reads

            interrupt_reads(self.db.engine)

    def dispose(self) -> None:
        if self.built("overview"):
            self.overview.close()
        if self.built("db"):
            self.db.engine.dispose()


def build_services(
    database: Database,
    *,
    rule: TierRule = DEFAULT_RULE,
    render_workers: int = DEFAULT_RENDER_WORKERS,
    location: str | Path | None = None,
    backup_dir: Path | None = None,
) -> Services:
    """Every service over ``database`` (whose ``actor`` is the acting user)."""
    return Services(
        database,
        rule=rule,
        render_workers=render_workers,
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
    check: Check = "now",
) -> Services:
    """Open (creating if needed) and migrate the database, backing it up first when it has data.

    A SQLite file already at this program's schema revision is recognised with plain ``sqlite3``
    and opened without Alembic; its check runs as ``check`` says, always before the first
    connection through the services. Anything else takes the full way (``data.engine.migrate``:
    checked, backed up, migrated, checked again; every refusal a typed ``StorageError``)."""
    path = file_path(location)
    if path is not None and schema_at_head(path):
        tighten(path)  # as make_engine does: the file (and its sidecars) lose their world bits
        gate = HealthGate(path, backup_dir)
        if check == "now":
            gate.wait()
        return Services(
            actor=actor,
            rule=rule,
            render_workers=render_workers,
            location=location,
            backup_dir=backup_dir,
            gate=gate,
        )
    return _open_migrating(location, backup_dir, actor, rule, render_workers)


def _open_migrating(
    location: str | Path,
    backup_dir: Path | None,
    actor: str,
    rule: TierRule,
    render_workers: int,
) -> Services:
    from ..data.engine import make_engine, migrate
    from ..domain.roles import SIGNED_OUT, SINGLE_USER
    from .base import Database, utc_now

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
