"""GUI composition root: args -> (database opening in a thread) -> logging -> QApplication ->
translations -> excepthook -> services -> MainWindow. Nothing happens at import time."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ..services.container import Services

log = logging.getLogger(__name__)


def install_qt_message_handler() -> None:
    """Qt's own warnings go into the log instead of being lost on a console nobody sees."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(mode, context, message) -> None:
        where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
        qt_log.log(levels.get(mode, logging.WARNING), "%s%s", message, where)

    qInstallMessageHandler(handler)


#: Qt's own texts that ``qtbase_zh_CN.qm`` lacks: Qt 6 gave the file dialog's labels mnemonics
#: (``&Look in:``) and the shipped translation still has the old texts (``Look in:``), so the
#: non-native file dialog showed English labels. ``(context, source) -> Chinese``.
QT_TEXT_PATCHES: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
}


def _patch_translator(app):
    """A translator answering only :data:`QT_TEXT_PATCHES` (installed after qtbase_zh_CN, so it
    is asked first)."""
    from PySide6.QtCore import QTranslator

    class QtTextPatches(QTranslator):
        def translate(self, context, source_text, disambiguation=None, n=-1):
            return QT_TEXT_PATCHES.get((context, source_text))

        def isEmpty(self) -> bool:
            return False

    return QtTextPatches(app)


def install_translations(app) -> list:
    """Qt's own zh_CN texts (standard buttons, file dialogs, context menus), with the few texts
    the shipped translation lacks (:data:`QT_TEXT_PATCHES`)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for name in ("qtbase_zh_CN",):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            log.warning(
                "Qt translation %s not found in %s; standard dialogs stay English", name, folder
            )
    patches = _patch_translator(app)
    app.installTranslator(patches)
    loaded.append(patches)
    # the Python side of the patch translator must live as long as the application
    app._gaotai_translators = loaded
    return loaded


def make_application(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from .. import APP_NAME, APP_TITLE
    from .window_state import APPLICATION, ORGANISATION

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QApplication.setOrganizationName(ORGANISATION)
        QApplication.setApplicationName(APPLICATION)
        app = QApplication(argv if argv is not None else [sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationDisplayName(APP_TITLE)
    from PySide6.QtGui import QIcon

    from ..paths import resource

    icon = resource("icons", "app.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _make_demo(services, window_parent=None) -> None:
    from ..services.container import today
    from ..services.demo import generate
    from .workers import run_busy

    db = services.db
    result = run_busy(
        window_parent,
        "正在生成演示数据（企业 2000 家、伤者 20000 人），请稍候…",
        lambda: generate(db, today=today(), enterprises=2000, incidents=20000, demo_user=True),
    )
    log.info("demo data created: %s", result)


#: Set to quit as soon as the enterprise table is first painted with rows (smoke tests, start-up
#: benchmarks); prints ``first-paint <epoch seconds> rows=N heavy=<modules already imported>``.
SMOKE_EXIT_ENV = "GAOTAI_SMOKE_EXIT"
#: The interpreter's switch interval (s) while the first screenful is read and the window built.
STARTUP_SWITCH_INTERVAL = 0.001
#: How long the smoke hook waits for the first painted enterprise table before it fails.
SMOKE_TIMEOUT_MS = 60_000
#: Modules that must not be loaded before the first window is painted (start-up stays light).
HEAVY_MODULES = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "pypdfium2",
    "openpyxl",
    "matplotlib",
    "PySide6.QtPdf",
)


def _quit_after_first_paint(app, window) -> None:
    import sys
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    # the first paint measured is the enterprise table's, whichever tab was open last time
    window.tabs.setCurrentWidget(window.enterprise_tab)
    viewport = window.enterprise_tab.view.viewport()

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event) -> bool:
            rows = window.enterprise_tab.model.rowCount()
            if not self.done and event.type() == QEvent.Type.Paint and rows > 0:
                self.done = True
                heavy = ",".join(m for m in HEAVY_MODULES if sys.modules.get(m) is not None)
                print(f"first-paint {time.time():.3f} rows={rows} heavy={heavy or '-'}", flush=True)
                QTimer.singleShot(0, window.close)
                QTimer.singleShot(0, app.quit)
            return False

    window._first_paint_filter = FirstPaint(window)
    viewport.installEventFilter(window._first_paint_filter)

    def give_up() -> None:  # a smoke check never hangs: no painted table within the minute fails
        if not window._first_paint_filter.done:
            print("first-paint timeout: no painted enterprise table within 60 s", flush=True)
            app.exit(1)

    QTimer.singleShot(SMOKE_TIMEOUT_MS, give_up)


class _Opening(threading.Thread):
    """Opens the database while Qt starts and the window is built: the schema revision is read
    with plain ``sqlite3`` (Alembic only when it differs), then the first screenful (tiers and
    pick-lists) is read with plain ``sqlite3`` while the main thread builds the window. Neither
    SQLAlchemy nor Alembic is imported for an up-to-date file."""

    def __init__(self, db: str | None, *, demo: bool, as_of: dt.date) -> None:
        super().__init__(name="opening", daemon=True)
        self.db, self.demo, self.as_of = db, demo, as_of
        self.opened = threading.Event()
        self.location: str | Path | None = None
        self.services: Services | None = None
        self.demo_needed = False
        self.error: BaseException | None = None

    def run(self) -> None:
        from ..paths import backup_dir, db_location, is_url
        from ..services.container import current_user, open_services

        read_ahead = None
        try:
            location = self.location = db_location(self.db, demo=self.demo)
            self.demo_needed = self.demo and not is_url(location) and not Path(location).exists()
            services = open_services(
                location, backup_dir=backup_dir(location), actor=current_user(), check="deferred"
            )
            if not self.demo_needed:
                read_ahead = services.overview.read_ahead(self.as_of)
            self.services = services
        except BaseException as exc:  # shown by the main thread
            self.error = exc
        finally:
            self.opened.set()
        if read_ahead is not None:
            read_ahead()

    def _reopen(self) -> tuple[Services, str | Path, bool] | None:
        """After a restore from a backup: open the restored file (checked now)."""
        from ..domain.errors import GaotaiError
        from . import messages as msg

        assert self.location is not None
        try:
            services = _reopen_services(self.location)
        except (GaotaiError, OSError) as exc:
            text = f"无法打开数据库“{self.location}”。\n\n{msg.error_text(exc)}"
            msg.error(None, text, title="无法启动")
            return None
        return services, self.location, False

    def wait_opened(self) -> tuple[Services, str | Path, bool] | None:
        """The services, where the database is and whether the demo data is still to be made;
        ``None`` once the reason it cannot be opened was shown."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from ..domain.errors import GaotaiError
        from . import messages as msg

        if not self.opened.is_set():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.opened.wait()
            finally:
                QApplication.restoreOverrideCursor()
        exc = self.error
        if exc is None:
            assert self.services is not None and self.location is not None
            log.info("started; database %s", self.location)
            return self.services, self.location, self.demo_needed
        if not isinstance(exc, GaotaiError | OSError):
            raise exc
        if self.location is not None and _restored_from_backup(self.location, exc):
            return self._reopen()
        if self.location is None:
            msg.error(None, msg.error_text(exc), title="无法启动")
        else:
            log.error("cannot open database %s: %s", self.location, exc)
            text = f"无法打开数据库“{self.location}”。\n\n{msg.error_text(exc)}"
            msg.error(None, text, title="无法启动")
        return None


def _reopen_services(location: str | Path) -> Services:
    from ..paths import backup_dir
    from ..services.container import current_user, open_services

    return open_services(location, backup_dir=backup_dir(location), actor=current_user())


def run(args: argparse.Namespace, *, on_window: Callable[[object], None] | None = None) -> int:
    """Start the window; returns the process exit code.

    The database opens in a thread of its own (:class:`_Opening`) while Qt starts; the window is
    shown with the enterprise table first, the other tabs load after its first paint."""
    from ..domain.errors import GaotaiError
    from ..services.container import today

    as_of = today()  # read once: the window and the first screenful count for the same day
    # Until the first screenful is on screen, the thread reading it hands the interpreter back and
    # forth with this one once per row: a shorter switch interval keeps it from waiting 5 ms
    # each time the window's building holds the interpreter.
    default_interval = sys.getswitchinterval()
    sys.setswitchinterval(STARTUP_SWITCH_INTERVAL)
    opening = _Opening(args.db, demo=bool(getattr(args, "demo", False)), as_of=as_of)
    opening.start()
    app = _start_application()
    from . import messages as msg

    opened = opening.wait_opened()
    if opened is None:
        return 1
    services, location, demo_needed = opened
    try:
        if demo_needed:
            try:
                _make_demo(services)
            except (GaotaiError, OSError) as exc:
                msg.error(None, f"生成演示数据失败：{msg.error_text(exc)}", title="无法启动")
                return 1
        demo = bool(getattr(args, "demo", False))
        if not sign_in(services, demo=demo):
            return 0
        return _run_window(
            app, services, location, as_of, demo=demo, on_window=on_window,
            painted=lambda: sys.setswitchinterval(default_interval),
        )  # fmt: skip
    finally:
        sys.setswitchinterval(default_interval)
        services.dispose()


def sign_in(services: Services, *, demo: bool, parent=None) -> bool:
    """Before the window: ``--demo`` signs in as the demo administrator by itself; a database
    with users asks who is there (the sign-in dialog). ``False``: the user chose 退出."""
    from PySide6.QtWidgets import QDialog

    from ..domain.errors import GaotaiError
    from ..domain.roles import SIGNED_OUT

    if demo:
        from ..services.demo import DEMO_PASSWORD, DEMO_USER

        try:
            services.users.sign_in_as_demo(DEMO_USER, DEMO_PASSWORD)
        except GaotaiError as exc:  # the demo password was changed: ask like any database
            log.info("demo sign-in failed: %s", exc)
    if services.role != SIGNED_OUT:
        return True
    from .dialogs.sign_in import SignInDialog  # only for a database with users

    dialog = SignInDialog(services.users, parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def _start_application() -> QApplication:
    """Logging, the QApplication, Qt's messages and translations, the excepthook."""
    from ..logs import setup_logging
    from ..paths import app_paths
    from . import messages as msg

    try:
        paths = app_paths().ensure()
        log_dir = paths.logs
    except OSError:
        log_dir = None
    log_file = setup_logging(log_dir)
    app = make_application()
    install_qt_message_handler()
    install_translations(app)
    msg.install_excepthook(log_file)
    return app


def _restored_from_backup(location: str | Path, exc: Exception) -> bool:
    """A damaged or unreadable database file: offer the newest good backup (with its date);
    restoring sets the damaged file aside. Whether the database was restored."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ..domain.errors import StorageError
    from ..paths import backup_dir, is_url
    from . import messages as msg
    from .dialogs.restore import chosen_folder, local_now, offer_restore
    from .window_state import app_settings

    if not isinstance(exc, StorageError) or exc.code not in ("damaged", "not_sqlite"):
        return False
    if is_url(location):
        return False
    path = Path(location).expanduser().resolve()
    chosen = chosen_folder(app_settings())
    folders = [Path(chosen) if chosen else None, backup_dir(path)]
    QApplication.restoreOverrideCursor()
    try:
        return offer_restore(None, path, msg.error_text(exc), folders, local_now())
    finally:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def _run_window(
    app: QApplication,
    services: Services,
    location: str | Path,
    as_of: dt.date,
    *,
    demo: bool,
    on_window: Callable[[object], None] | None,
    painted: Callable[[], None] = lambda: None,
) -> int:
    """Show the main window and run the event loop; the exit code. On quitting, reads still
    under way are stopped (a table still loading is not waited for) and jobs not yet started are
    dropped; a job that wrote finishes."""
    from ..services.container import today
    from .main_window import MainWindow, show_later
    from .workers import pool, wait_all

    window = MainWindow(
        services,
        as_of=as_of,
        clock=today,
        db_label=str(location),
        demo=demo,
    )
    show_later(window)
    window.enterprise_tab.loaded.connect(painted)  # the first screenful is in: back to normal

    def first_run() -> None:  # the settings dialog, once everything is on screen
        window.all_loaded.disconnect(first_run)
        window.maybe_first_run()

    window.all_loaded.connect(first_run)
    if on_window is not None:
        on_window(window)
    if os.environ.get(SMOKE_EXIT_ENV):
        _quit_after_first_paint(app, window)
    code = app.exec()
    pool().clear()
    services.interrupt_reads()
    wait_all(10_000)
    return int(code)
