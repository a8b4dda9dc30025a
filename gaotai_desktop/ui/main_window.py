"""The main window: three tabs (企业, 事故, 预警通知), menus, status bar with the as-of date.

The as-of date is a parameter (tests pass 2026-11-28); the composition root passes today.
Data loads off the GUI thread after the window is shown: tiers first (the first thing a clerk
looks at), then the notice plan, then this year's accidents.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressDialog,
    QTabWidget,
    QWidget,
)

from .. import APP_TITLE, texts
from ..domain.dates import chinese_date
from ..domain.errors import GaotaiError
from ..domain.tiers import TIER_LABELS
from ..files.output import protected_paths
from . import messages as msg
from . import window_backups, window_dialogs, window_menus, window_tabs
from .startup import after_first_paint, after_paint
from .tabs.base import Tab
from .tabs.enterprises import EnterpriseTab
from .window_state import app_settings, restore_bytes
from .window_tabs import LATER_TABS, LaterTab, WindowParts
from .workers import Task, run_task

if TYPE_CHECKING:
    from ..services.container import Services
    from .dialogs.import_preview import ImportPreviewDialog
    from .file_transfers import FileTransfers
    from .tabs.accidents import AccidentTab
    from .tabs.agenda import AgendaTab
    from .tabs.cases import CaseTab
    from .tabs.notices import NoticeTab
    from .tabs.outreach import OutreachTab
    from .tabs.statistics import StatisticsTab
    from .tabs.warnings import WarningTab

log = logging.getLogger(__name__)

#: How often the window looks at the clock for a new day (ms).
DAY_CHECK_MS = 60_000


def as_of_text(as_of: dt.date) -> str:
    """The status bar's statement of the date the tiers are counted for, and from when."""
    return texts.as_of_text(as_of)


class MainWindow(WindowParts, QMainWindow):
    #: Everything on screen is loaded (tiers, notices, accidents).
    all_loaded = Signal()

    def __init__(
        self,
        services: Services,
        *,
        as_of: dt.date,
        clock: Callable[[], dt.date] | None = None,
        settings: QSettings | None = None,
        db_label: str = "",
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.as_of = as_of
        #: Today's date; ``None``: the window keeps ``as_of`` (tests pin a date).
        self.clock = clock
        #: The demo database: no first-run dialog.
        self.demo = demo
        self.settings = settings if settings is not None else app_settings()
        self.setWindowTitle(APP_TITLE)
        self.setObjectName("mainWindow")
        self.lookups = services.overview.lookups()
        #: Imports and exports of tables (file dialogs, preview, progress): made when first used.
        self._transfers: FileTransfers | None = None
        self.settings_dialog = None
        self.authorities_dialog = None
        self.about_dialog = None
        self.help_dialog = None
        self.data_locations_dialog = None
        self.users_dialog = None
        self.restore_dialog = None
        self._build_tabs(services, as_of)
        self._build_status_bar(as_of, db_label)
        window_menus.build_menus(self)
        self._restore_state()
        self._build_day_timer(clock)
        self._loading = 0
        self.closed = False

    def _build_tabs(self, services: Services, as_of: dt.date) -> None:
        """企业 now; the other tabs are empty pages until :meth:`build_tabs` (after the first
        paint, or when something asks for one of them)."""
        self.enterprise_tab = EnterpriseTab(services, as_of=as_of, lookups=self.lookups)
        self.enterprise_tab.notices_of = lambda enterprise_id: self.notice_tab.notices_of(
            enterprise_id
        )
        self.enterprise_tab.record_accident.connect(self._record_accident_for)
        self.enterprise_tab.enterprise_changed.connect(self._enterprise_changed)
        self._later: dict[str, Tab] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.enterprise_tab, self.enterprise_tab.title)
        for name, title in LATER_TABS:
            page = QWidget()
            page.setObjectName(f"pending_{name}")
            self.tabs.addTab(page, title)
        self.setCentralWidget(self.tabs)

    def tabs_built(self) -> bool:
        return bool(self._later)

    def build_tabs(self) -> None:
        """Build the tabs after 企业 (once) and put them in place of their empty pages."""
        if not self._later:
            window_tabs.build_later_tabs(self)

    def _later_tab(self, name: str) -> Tab:
        self.build_tabs()
        return self._later[name]

    accident_tab: LaterTab[AccidentTab] = LaterTab()
    notice_tab: LaterTab[NoticeTab] = LaterTab()
    warning_tab: LaterTab[WarningTab] = LaterTab()
    agenda_tab: LaterTab[AgendaTab] = LaterTab()
    case_tab: LaterTab[CaseTab] = LaterTab()
    outreach_tab: LaterTab[OutreachTab] = LaterTab()
    statistics_tab: LaterTab[StatisticsTab] = LaterTab()

    @property
    def transfers(self) -> FileTransfers:
        """Imports and exports of tables (file dialogs, preview, progress)."""
        if self._transfers is None:
            from .file_transfers import FileTransfers

            services = self.services
            self._transfers = FileTransfers(
                self,
                lambda: services.importer,
                self.settings,
                today=lambda: self.today,
                protected=protected_paths(services.location or "", services.backup_dir),
                fonts=lambda: services.issuing.fonts(),
                audit=lambda: services.audit,
            )
            self._transfers.imported.connect(lambda _result: self.refresh_all())
        return self._transfers

    @property
    def import_finished(self) -> SignalInstance:
        """An import finished (ImportResult) or failed/cancelled (the exception)."""
        return self.transfers.finished

    def _build_status_bar(self, as_of: dt.date, db_label: str) -> None:
        bar = self.statusBar()
        msg.bind_status_bar(bar)
        self.as_of_label = QLabel(as_of_text(as_of))
        self.as_of_label.setObjectName("asOfLabel")
        bar.addPermanentWidget(self.as_of_label)
        #: What is late (待办): overdue red, due within 3 days amber, counted.
        self.due_label = QLabel("")
        self.due_label.setObjectName("dueLabel")
        self.due_label.setToolTip("逾期和3天内到期的事项，详见“待办”")
        bar.addPermanentWidget(self.due_label)
        #: Who is signed in (or the OS login on a database without users) and the role.
        self.user_label = QLabel("")
        self.user_label.setObjectName("userLabel")
        bar.addPermanentWidget(self.user_label)
        self.show_user()
        if db_label:
            db = QLabel(f"数据库：{db_label}")
            db.setToolTip(db_label)
            bar.addPermanentWidget(db)

    def _build_day_timer(self, clock: Callable[[], dt.date] | None) -> None:
        #: Looks at the clock every minute: past midnight (and over New Year, when every tier
        #: resets) the window counts for the new day.
        self.day_timer = QTimer(self)
        self.day_timer.setObjectName("dayTimer")
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.follow_clock)
        if clock is not None:
            self.day_timer.start()

    # -- structure --------------------------------------------------------------------------------------
    def all_tabs(self) -> list[Tab]:
        """Every tab, in order (building those not built yet)."""
        self.build_tabs()
        return self.built_tabs()

    def built_tabs(self) -> list[Tab]:
        """The tabs built so far (only 企业 before the first paint), in order."""
        return [
            self.enterprise_tab,
            *(self._later[name] for name, _title in LATER_TABS if name in self._later),
        ]

    def current_tab(self) -> Tab:
        tab = self.tabs.currentWidget()
        if not isinstance(tab, Tab):  # an empty page: the tabs are built now
            self.build_tabs()
            tab = self.tabs.currentWidget()
        assert isinstance(tab, Tab)
        return tab

    def _sync_panel_action(self) -> None:
        tab = self.tabs.currentWidget()
        if not isinstance(tab, Tab):  # an empty page until the tabs are built
            self.panel_action.setEnabled(False)
            return
        self.panel_action.setEnabled(tab.has_panel())
        self.panel_action.setChecked(tab.panel_shown())

    # -- dialogs (ui/window_dialogs.py) ----------------------------------------------------------------
    open_help = window_dialogs.open_help
    open_data_locations = window_dialogs.open_data_locations
    open_about = window_dialogs.open_about
    open_authorities = window_dialogs.open_authorities
    open_audit_log = window_dialogs.open_audit_log
    show_user = window_dialogs.show_user
    open_users = window_dialogs.open_users
    open_office_settings = window_dialogs.open_office_settings
    first_run_needed = window_dialogs.first_run_needed
    maybe_first_run = window_dialogs.maybe_first_run

    # -- state ------------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = restore_bytes(self.settings, "window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = restore_bytes(self.settings, "window/state")
        if state is not None:
            self.restoreState(state)
        self.enterprise_tab.restore_state(self.settings)  # the later tabs' when they are built
        current = self.settings.value("window/tab", 0)
        with contextlib.suppress(TypeError, ValueError):
            index = int(str(current))
            if 0 < index < self.tabs.count():
                self.build_tabs()  # the clerk left on another tab: it opens there, built
            self.tabs.setCurrentIndex(index)
        self._sync_panel_action()

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/tab", self.tabs.currentIndex())
        for tab in self.built_tabs():
            tab.save_state(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        notice = cast("NoticeTab | None", self._later.get("notice_tab"))
        if (
            notice is not None
            and notice.busy()
            and not msg.confirm(
                self,
                "正在下发或打印文书。退出将在当前这份文书完成后停止，其余的下次再处理。确定退出吗？",
            )
        ):
            event.ignore()
            return
        task = self._transfers.task if self._transfers is not None else None
        if task is not None and not task.finished.is_set():
            if not msg.confirm(self, "正在导入，退出将取消导入（不会写入任何数据）。确定退出吗？"):
                event.ignore()
                return
            if task.progress is not None:
                task.progress.cancel()
        self.save_state()
        self.closed = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.help_keys)
        if self.help_dialog is not None:
            self.help_dialog.close()
            self.help_dialog.deleteLater()
            self.help_dialog = None
        for tab in self.built_tabs():
            tab.shutdown()
        self.backup_on_close()
        super().closeEvent(event)

    # -- backups (ui/window_backups.py) ----------------------------------------------------------------
    open_restore = window_backups.open_restore
    backup_on_close = window_backups.backup_on_close

    # -- loading ----------------------------------------------------------------------------------------
    def start_loading(self) -> None:
        """Tiers first (first paint); once they are painted the other tabs are built, and once
        the database file has passed its check they load, each off the GUI thread. Each step
        waits for the event loop's turn, so that a window closed meanwhile does neither."""
        self._loading = 7

        def one_done() -> None:
            self._loading -= 1
            if self._loading == 0:
                msg.notify("数据已加载", 3000)
                self.all_loaded.emit()

        def load_the_rest() -> None:
            if self.closed:
                return
            one_done()
            window_backups.warn_location(self)

            def notices_done() -> None:
                self.enterprise_tab._panel_timer.start()
                one_done()

            self.notice_tab.load(on_loaded=notices_done)
            self.accident_tab.load(on_loaded=one_done)
            self.warning_tab.load(on_loaded=one_done)
            self.agenda_tab.load(on_loaded=one_done)
            self.case_tab.load(on_loaded=one_done)
            self.outreach_tab.load(on_loaded=one_done)
            self._check_counts()

        def build_later() -> None:
            if not self.closed:
                self.build_tabs()

        def tiers_loaded() -> None:
            viewport = self.enterprise_tab.view.viewport()
            after_paint(viewport, lambda: QTimer.singleShot(0, self, build_later))
            after_first_paint(
                viewport,
                self.services,
                lambda: QTimer.singleShot(0, self, load_the_rest),
                window=self,
            )

        self.enterprise_tab.load(on_loaded=tiers_loaded)

    def _check_counts(self) -> None:
        """Check the yearly accident counts the tiers were read from against the accidents, off
        the GUI thread; when they differ (logged), the enterprise table is read again by grouping
        the accidents."""
        overview, as_of = self.services.overview, self.as_of

        def differed(rows: object) -> None:
            if rows is not None and not self.closed:
                self.enterprise_tab.load()

        run_task(
            lambda: overview.counts_agree(as_of),
            on_done=differed,
            on_error=lambda exc: log.warning("could not check the yearly counts: %s", exc),
            owner=self,
        )

    def is_loading(self) -> bool:
        return self._loading > 0

    @property
    def today(self) -> dt.date:
        """The date imports and new records are checked against: the as-of date, which follows
        the clock (see :meth:`follow_clock`)."""
        return self.as_of

    def follow_clock(self) -> bool:
        """Move to the clock's date if it changed; True when it did."""
        today = self.clock() if self.clock is not None else self.as_of
        if today == self.as_of:
            return False
        self.set_as_of(today)
        return True

    def set_as_of(self, as_of: dt.date) -> None:
        """Count for ``as_of`` everywhere: the tabs reload and the status bar says which date."""
        before, self.as_of = self.as_of, as_of
        self.as_of_label.setText(as_of_text(as_of))
        log.info("as-of date moved from %s to %s", before, as_of)
        for tab in self.built_tabs():  # a tab built later counts for self.as_of
            tab.set_as_of(as_of)
        note = "新的一年：预警等级已按本年重新统计" if as_of.year != before.year else "日期已变更"
        msg.notify(f"{note}，统计截止日期为{chinese_date(as_of)}", 60_000)

    def refresh_all(self) -> None:
        msg.notify("正在刷新…", 3000)
        self.start_loading()

    # -- other desks' changes (several desks on one database) -------------------------------------------
    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        """Back from another program: when some desk changed data meanwhile (the change mark
        moved), the current tab reloads now and every other tab when it is next shown."""
        if not self.isVisible() or not self.services.built("db"):
            return  # nothing read through the database yet (it is read when first needed)
        try:
            mark = self.services.db.change_mark()
        except (GaotaiError, OSError):
            log.warning("could not read the change mark", exc_info=True)
            return
        if state != Qt.ApplicationState.ApplicationActive:
            if self._away_mark is None:
                self._away_mark = mark
            return
        away, self._away_mark = self._away_mark, None
        if away is not None and mark != away:
            log.info("data changed while away (change mark %s -> %s): reloading", away, mark)
            self._stale_tabs = set(self.built_tabs())
            self._refresh_stale()

    def _refresh_stale(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, Tab) and tab in self._stale_tabs:
            self._stale_tabs.discard(tab)
            tab.refresh()

    # -- cross-tab updates ------------------------------------------------------------------------------
    def _loop_changed(self) -> None:
        """Documents were issued: warnings opened, tasks added."""
        self.warning_tab.refresh()
        self.agenda_tab.refresh()

    def _open_warning(self, warning_id: str) -> None:
        self.tabs.setCurrentWidget(self.warning_tab)
        if not self.warning_tab.select_warning(warning_id):
            msg.notify("该预警不在列表中，请刷新（F5）后再试")

    def _show_due_counts(self, overdue: int, soon: int) -> None:
        parts = []
        if overdue:
            parts.append(f"<span style='color:#C62828; font-weight:bold'>逾期 {overdue} 项</span>")
        if soon:
            parts.append(
                f"<span style='color:#B26A00; font-weight:bold'>3天内到期 {soon} 项</span>"
            )
        self.due_label.setText("待办：" + "，".join(parts) if parts else "待办：无逾期事项")

    def _accident_saved(self, result) -> None:
        after = result.after
        self.enterprise_tab.apply_tier(after)
        if result.rose:
            msg.notify(f"{after.name} 升为{TIER_LABELS[after.tier]}", 20_000)
        elif after.tier < result.before.tier:
            msg.notify(f"{after.name} 降为{TIER_LABELS[after.tier]}", 20_000)
        else:
            msg.notify(
                f"已保存事故：{after.name}（{TIER_LABELS[after.tier]}，本年 {after.accidents} 起）"
            )
        if after.tier != result.before.tier:
            self.notice_tab.load()

    def _case_changed(self, _row: object) -> None:
        # an application records its accident; a decision sets the injured person's outcome
        self.accident_tab.refresh()
        self.enterprise_tab.refresh()

    def _enterprise_changed(self, _enterprise_id: str) -> None:
        # names in the accident list and the notice plan may have changed
        self.notice_tab.load()
        self.accident_tab.load()

    def _record_accident_for(self, uscc: str) -> None:
        self.tabs.setCurrentWidget(self.accident_tab)
        self.accident_tab.new_record(uscc)

    # -- export and import (ui/file_transfers.py) ----------------------------------------------------
    def export_current(self, path: str | Path | None = None) -> Path | None:
        """Ctrl+E: the current tab's table to an .xlsx file."""
        return self.transfers.export_table(self.current_tab(), path)

    def export_current_pdf(self, path: str | Path | None = None) -> Path | None:
        """The current tab's table as a PDF list, saved to a file."""
        return self.transfers.export_pdf(self.current_tab(), path)

    def print_current_table(self):
        """Ctrl+Shift+P: the current tab's table as a PDF list in the print preview."""
        return self.transfers.print_table(self.current_tab())

    def import_file(self, kind: str, path: str | Path | None = None) -> None:
        """File dialog -> preview -> preview dialog -> import on confirm."""
        self.transfers.import_file(kind, path)

    def save_template(self, kind: str, path: str | Path | None = None) -> Path | None:
        """文件 → 下载导入模板: a blank template with the database's drop-down lists."""
        lk = self.lookups
        return self.transfers.save_template(
            kind, path, townships=lk.townships, categories=lk.categories
        )

    def run_import(self, kind: str, path: str | Path, *, update: bool = False) -> Task:
        """The import itself: all rows or none, off the GUI thread, cancellable."""
        return self.transfers.run_import(kind, path, update=update)

    @property
    def import_dialog(self) -> ImportPreviewDialog | None:
        return self.transfers.dialog

    @property
    def import_progress(self) -> QProgressDialog | None:
        return self.transfers.progress


def show_later(window: MainWindow) -> None:
    """Start loading off the GUI thread, then show the window: the SQL runs while the window is
    laid out and painted; the rows arrive through the event loop."""
    window.start_loading()
    window.show()
