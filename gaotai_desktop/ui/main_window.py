"""The main window: three tabs (企业, 事故, 预警通知), menus, status bar with the as-of date.

The as-of date is a parameter (tests pass 2026-11-28); the composition root passes today.
Data loads off the GUI thread after the window is shown: tiers first (the first thing a clerk
looks at), then the notice plan, then this year's accidents.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressDialog,
    QTabWidget,
    QWidget,
)

from .. import APP_TITLE
from ..domain.dates import chinese_date
from ..domain.tiers import TIER_LABELS, count_window
from ..files.output import protected_paths
from . import messages as msg
from .file_transfers import FileTransfers
from .startup import after_first_paint
from .tabs.accidents import AccidentTab
from .tabs.base import Tab
from .tabs.enterprises import EnterpriseTab
from .tabs.notices import NoticeTab
from .window_state import app_settings, restore_bytes
from .workers import Task

if TYPE_CHECKING:
    from ..services.container import Services
    from .dialogs.about import AboutDialog
    from .dialogs.import_preview import ImportPreviewDialog
    from .dialogs.office_settings import OfficeSettingsDialog

log = logging.getLogger(__name__)

#: How often the window looks at the clock for a new day (ms).
DAY_CHECK_MS = 60_000

#: Set to 1 to never show the first-run settings dialog (tests, scripted demos).
SKIP_FIRST_RUN_ENV = "GAOTAI_SKIP_FIRST_RUN"


def as_of_text(as_of: dt.date) -> str:
    """The status bar's statement of the date the tiers are counted for, and from when."""
    start, end = count_window(as_of)
    return f"统计截止日期：{chinese_date(end)}（自{chinese_date(start)}起）"


class MainWindow(QMainWindow):
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
        #: Imports and exports of tables (file dialogs, preview, progress).
        self.transfers = FileTransfers(
            self,
            lambda: services.importer,
            self.settings,
            today=lambda: self.today,
            protected=protected_paths(services.location or "", services.backup_dir),
        )
        self.transfers.imported.connect(lambda _result: self.refresh_all())
        #: An import finished (ImportResult) or failed/cancelled (the exception).
        self.import_finished = self.transfers.finished
        self.settings_dialog: OfficeSettingsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self._build_tabs(services, as_of)
        self._build_status_bar(as_of, db_label)
        self._build_menus()
        self._restore_state()
        self._build_day_timer(clock)
        self._loading = 0
        self.closed = False

    def _build_tabs(self, services: Services, as_of: dt.date) -> None:
        self.enterprise_tab = EnterpriseTab(services, as_of=as_of, lookups=self.lookups)
        self.accident_tab = AccidentTab(services, as_of=as_of, lookups=self.lookups)
        self.notice_tab = NoticeTab(
            services,
            as_of=as_of,
            settings=self.settings,
        )
        self.enterprise_tab.notices_of = self.notice_tab.notices_of
        self.accident_tab.enterprise_names = self.enterprise_tab.enterprise_names
        self.enterprise_tab.record_accident.connect(self._record_accident_for)
        self.enterprise_tab.enterprise_changed.connect(self._enterprise_changed)
        self.accident_tab.accident_saved.connect(self._accident_saved)
        self.accident_tab.enterprise_recount.connect(self.enterprise_tab.refresh_enterprise)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, tab.title)
        self.setCentralWidget(self.tabs)

    def _build_status_bar(self, as_of: dt.date, db_label: str) -> None:
        bar = self.statusBar()
        msg.bind_status_bar(bar)
        self.as_of_label = QLabel(as_of_text(as_of))
        self.as_of_label.setObjectName("asOfLabel")
        bar.addPermanentWidget(self.as_of_label)
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
        return [self.enterprise_tab, self.accident_tab, self.notice_tab]

    def current_tab(self) -> Tab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, Tab)
        return tab

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self._build_file_menu()
        self._build_record_menu()
        self._build_view_menu()
        self._build_documents_menu()
        self._build_settings_menu()
        self._build_help_menu()

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu("文件(&F)")
        self.import_enterprises_action = self._action(
            "导入企业(&E)…",
            lambda: self.import_file("enterprises"),
            tip="从 Excel/CSV 文件导入企业名单",
        )
        self.import_incidents_action = self._action(
            "导入事故(&I)…",
            lambda: self.import_file("incidents"),
            tip="从 Excel/CSV 文件导入事故和伤者",
        )
        self.export_action = self._action(
            "导出当前表格(&X)…", lambda: self.export_current(), QKeySequence("Ctrl+E"),
            "把当前表格中显示的行和列导出为 Excel 工作簿",
        )  # fmt: skip
        quit_action = self._action("退出(&Q)", self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.import_enterprises_action)
        file_menu.addAction(self.import_incidents_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.notice_tab.batch_print_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def _build_record_menu(self) -> None:
        record_menu = self.menuBar().addMenu("记录(&R)")
        self.new_action = self._action(
            "新建(&N)", lambda: self.current_tab().new_record(), QKeySequence.StandardKey.New,
            "在当前页新增企业或登记事故",
        )  # fmt: skip
        self.open_action = self._action(
            "打开所选(&O)\tEnter", lambda: self.current_tab().open_selected()
        )
        self.delete_action = self._action(
            "删除所选(&D)\tDelete", lambda: self.current_tab().delete_selected()
        )
        record_menu.addAction(self.new_action)
        record_menu.addAction(self.open_action)
        record_menu.addAction(self.delete_action)

    def _build_view_menu(self) -> None:
        view_menu = self.menuBar().addMenu("查看(&V)")
        self.find_action = self._action(
            "查找(&F)", lambda: self.current_tab().focus_search(), QKeySequence.StandardKey.Find
        )
        self.refresh_action = self._action(
            "刷新(&R)",
            self.refresh_all,
            QKeySequence.StandardKey.Refresh,
            "从数据库重新加载全部数据",
        )
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        for i, tab in enumerate(self.all_tabs()):
            action = self._action(
                f"{tab.title}(&{i + 1})", lambda _c=False, i=i: self.tabs.setCurrentIndex(i),
                QKeySequence(f"Alt+{i + 1}"),
            )  # fmt: skip
            view_menu.addAction(action)

    def _build_documents_menu(self) -> None:
        documents_menu = self.menuBar().addMenu("文书(&D)")
        tab = self.notice_tab
        for action in (tab.issue_action, tab.issue_all_action):
            documents_menu.addAction(action)
        documents_menu.addSeparator()
        for action in (tab.preview_action, tab.print_action, tab.save_pdf_action):
            documents_menu.addAction(action)
        documents_menu.addAction(tab.receipt_action)
        documents_menu.addSeparator()
        documents_menu.addAction(tab.batch_print_action)

    def _build_settings_menu(self) -> None:
        settings_menu = self.menuBar().addMenu("设置(&S)")
        self.office_settings_action = self._action(
            "办公设置(&O)…", self.open_office_settings,
            tip="发文机关、文号前缀、联系人、约谈地点和时间、整改期限、文书字体",
        )  # fmt: skip
        settings_menu.addAction(self.office_settings_action)

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu("帮助(&H)")
        self.about_action = self._action("关于(&A)", self.open_about)
        help_menu.addAction(self.about_action)

    # -- dialogs ----------------------------------------------------------------------------------------
    def open_about(self) -> AboutDialog:
        from .dialogs.about import AboutDialog  # dialogs load when first opened

        dlg = AboutDialog(self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: setattr(self, "about_dialog", None))
        self.about_dialog = dlg
        dlg.open()
        return dlg

    def open_office_settings(self, *, first_run: bool = False) -> OfficeSettingsDialog | None:
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return self.settings_dialog
        from .dialogs.office_settings import OfficeSettingsDialog

        try:
            dlg = OfficeSettingsDialog(self.services.office, first_run=first_run, parent=self)
        except Exception as exc:
            msg.show_error(self, exc, action="读取办公设置")
            return None
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: setattr(self, "settings_dialog", None))
        if first_run:
            dlg.rejected.connect(
                lambda: msg.notify("尚未完成办公设置：文书将使用默认的发文机关和文号前缀", 30_000)
            )
        self.settings_dialog = dlg
        dlg.open()
        return dlg

    def first_run_needed(self) -> bool:
        """The office settings were never saved (and this is not the demo or a test)."""
        if self.demo or os.environ.get(SKIP_FIRST_RUN_ENV, "") not in ("", "0"):
            return False
        try:
            return not self.services.office.get().first_run_done
        except Exception:
            log.exception("cannot read the office settings")
            return False

    def maybe_first_run(self) -> OfficeSettingsDialog | None:
        """At start: the settings dialog when the office settings were never saved."""
        if not self.first_run_needed():
            return None
        return self.open_office_settings(first_run=True)

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
        for tab in self.all_tabs():
            tab.restore_state(self.settings)
        current = self.settings.value("window/tab", 0)
        with contextlib.suppress(TypeError, ValueError):
            self.tabs.setCurrentIndex(int(str(current)))

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/tab", self.tabs.currentIndex())
        for tab in self.all_tabs():
            tab.save_state(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.notice_tab.busy() and not msg.confirm(
            self,
            "正在下发或打印文书。退出将在当前这份文书完成后停止，其余的下次再处理。确定退出吗？",
        ):
            event.ignore()
            return
        if self.transfers.task is not None and not self.transfers.task.finished.is_set():
            if not msg.confirm(self, "正在导入，退出将取消导入（不会写入任何数据）。确定退出吗？"):
                event.ignore()
                return
            if self.transfers.task.progress is not None:
                self.transfers.task.progress.cancel()
        self.save_state()
        self.closed = True
        for tab in self.all_tabs():
            tab.shutdown()
        super().closeEvent(event)

    # -- loading ----------------------------------------------------------------------------------------
    def start_loading(self) -> None:
        """Tiers first (first paint), then notices and accidents, each off the GUI thread: those
        start once the tiers are painted and the database file has passed its check."""
        self._loading = 3

        def one_done() -> None:
            self._loading -= 1
            if self._loading == 0:
                msg.notify("数据已加载", 3000)
                self.all_loaded.emit()

        def after_tiers() -> None:
            one_done()

            def notices_done() -> None:
                self.enterprise_tab._panel_timer.start()
                one_done()

            self.notice_tab.load(on_loaded=notices_done)
            self.accident_tab.load(on_loaded=one_done)

        viewport = self.enterprise_tab.view.viewport()
        self.enterprise_tab.load(
            on_loaded=lambda: after_first_paint(viewport, self.services, after_tiers, window=self)
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
        for tab in self.all_tabs():
            tab.set_as_of(as_of)
        note = "新的一年：预警等级已按本年重新统计" if as_of.year != before.year else "日期已变更"
        msg.notify(f"{note}，统计截止日期为{chinese_date(as_of)}", 60_000)

    def refresh_all(self) -> None:
        msg.notify("正在刷新…", 3000)
        self.start_loading()

    # -- cross-tab updates ------------------------------------------------------------------------------
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

    def import_file(self, kind: str, path: str | Path | None = None) -> None:
        """File dialog -> preview -> preview dialog -> import on confirm."""
        self.transfers.import_file(kind, path)

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
