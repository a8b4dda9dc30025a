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
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QSignalBlocker, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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
from .dialogs.help import DataLocationsDialog, HelpDialog, HelpKeyFilter, log_file, section_of
from .startup import after_first_paint, after_paint
from .sync_menu import SyncMenu
from .tabs.base import Tab
from .tabs.enterprises import EnterpriseTab
from .window_state import app_settings, restore_bytes
from .workers import Task, run_task

if TYPE_CHECKING:
    from ..services.container import Services
    from .dialogs.about import AboutDialog
    from .dialogs.authorities import AuthoritiesDialog
    from .dialogs.import_preview import ImportPreviewDialog
    from .dialogs.office_settings import OfficeSettingsDialog
    from .dialogs.restore import RestoreDialog
    from .dialogs.user_admin import UsersDialog
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

#: Closing waits at most this long for the automatic backup (seconds).
CLOSE_BACKUP_WAIT_S = 20

#: Set to 1 to never show the first-run settings dialog (tests, scripted demos).
SKIP_FIRST_RUN_ENV = "GAOTAI_SKIP_FIRST_RUN"

#: The tabs after 企业, in order, with their titles: each shows an empty page until the enterprise
#: table has painted, and is built then (or as soon as something asks for it).
LATER_TABS: tuple[tuple[str, str], ...] = (
    ("accident_tab", "事故"),
    ("notice_tab", "预警通知"),
    ("warning_tab", "预警闭环"),
    ("agenda_tab", "待办"),
    ("case_tab", "工伤认定"),
    ("outreach_tab", "预防与维权"),
    ("statistics_tab", "统计"),
)


def as_of_text(as_of: dt.date) -> str:
    """The status bar's statement of the date the tiers are counted for, and from when."""
    return texts.as_of_text(as_of)


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
        #: Imports and exports of tables (file dialogs, preview, progress): made when first used.
        self._transfers: FileTransfers | None = None
        self.settings_dialog: OfficeSettingsDialog | None = None
        self.authorities_dialog: AuthoritiesDialog | None = None
        self.about_dialog: AboutDialog | None = None
        #: The manual (a window of its own, kept and reused; F1 opens it at the task at hand).
        self.help_dialog: HelpDialog | None = None
        self.data_locations_dialog: DataLocationsDialog | None = None
        self.users_dialog: UsersDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self._build_tabs(services, as_of)
        self._build_status_bar(as_of, db_label)
        self._build_menus()
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
        if self._later:
            return
        from .tabs.accidents import AccidentTab
        from .tabs.agenda import AgendaTab
        from .tabs.cases import CaseTab
        from .tabs.notices import NoticeTab
        from .tabs.outreach import OutreachTab
        from .tabs.statistics import StatisticsTab
        from .tabs.warnings import WarningTab

        services, as_of = self.services, self.as_of
        accident = AccidentTab(services, as_of=as_of, lookups=self.lookups)
        notice = NoticeTab(services, as_of=as_of, settings=self.settings)
        warning = WarningTab(services, as_of=as_of)
        agenda = AgendaTab(services, as_of=as_of)
        case = CaseTab(services, as_of=as_of)
        #: 预防与维权: training sessions, untrained high-risk enterprises, the hotline.
        outreach = OutreachTab(services, as_of=as_of)
        statistics = StatisticsTab(services, as_of=as_of)
        built: dict[str, Tab] = {
            "accident_tab": accident,
            "notice_tab": notice,
            "warning_tab": warning,
            "agenda_tab": agenda,
            "case_tab": case,
            "outreach_tab": outreach,
            "statistics_tab": statistics,
        }
        case.case_changed.connect(self._case_changed)
        agenda.open_warning.connect(self._open_warning)
        agenda.counts_changed.connect(self._show_due_counts)
        warning.warning_changed.connect(lambda _row: agenda.refresh())
        notice.documents_issued.connect(lambda _docs: self._loop_changed())
        accident.enterprise_names = self.enterprise_tab.enterprise_names
        accident.accident_saved.connect(self._accident_saved)
        accident.enterprise_recount.connect(self.enterprise_tab.refresh_enterprise)
        self._later = built
        current = self.tabs.currentIndex()
        with QSignalBlocker(self.tabs):
            for index, (name, _title) in enumerate(LATER_TABS, start=1):
                page = self.tabs.widget(index)
                tab = built[name]
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, tab, tab.title)
                if page is not None:
                    page.deleteLater()
                tab.restore_state(self.settings)
                if tab.splitter is not None:
                    tab.splitter.splitterMoved.connect(lambda _p, _i: self._sync_panel_action())
            self.tabs.setCurrentIndex(current)
        self._add_tab_actions(notice, case)
        self._sync_panel_action()

    def _later_tab(self, name: str) -> Tab:
        self.build_tabs()
        return self._later[name]

    @property
    def accident_tab(self) -> AccidentTab:
        return cast("AccidentTab", self._later_tab("accident_tab"))

    @property
    def notice_tab(self) -> NoticeTab:
        return cast("NoticeTab", self._later_tab("notice_tab"))

    @property
    def warning_tab(self) -> WarningTab:
        return cast("WarningTab", self._later_tab("warning_tab"))

    @property
    def agenda_tab(self) -> AgendaTab:
        return cast("AgendaTab", self._later_tab("agenda_tab"))

    @property
    def case_tab(self) -> CaseTab:
        return cast("CaseTab", self._later_tab("case_tab"))

    @property
    def outreach_tab(self) -> OutreachTab:
        return cast("OutreachTab", self._later_tab("outreach_tab"))

    @property
    def statistics_tab(self) -> StatisticsTab:
        return cast("StatisticsTab", self._later_tab("statistics_tab"))

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
        #: 同步: status, export, import, conflict queue (and a status-bar note).
        self.sync_menu = SyncMenu(self)
        self.sync_menu.build(self.menuBar())
        self.sync_menu.changed.connect(self.refresh_all)
        self.all_loaded.connect(self.sync_menu.refresh_status)
        self._build_settings_menu()
        self._build_help_menu()

    def _build_file_menu(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu("文件(&F)")
        file_menu.aboutToShow.connect(self.build_tabs)
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
        self.export_pdf_action = self._action(
            "当前表格另存为PDF(&L)…", lambda: self.export_current_pdf(),
            tip="把当前表格中显示的行和列排成PDF表格（标题、统计截止日期、预警颜色）另存为文件",
        )  # fmt: skip
        self.print_table_action = self._action(
            "打印当前表格(&T)…", lambda: self.print_current_table(),
            QKeySequence("Ctrl+Shift+P"), "把当前表格中显示的行和列排成表格预览并打印",
        )  # fmt: skip
        quit_action = self._action("退出(&Q)", self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.import_enterprises_action)
        file_menu.addAction(self.import_incidents_action)
        template_menu = file_menu.addMenu("下载导入模板(&T)")
        self.template_actions = {
            kind: self._action(
                text, lambda _c=False, k=kind: self.save_template(k), tip="保存空白导入模板（.xlsx）"
            )
            for kind, text in (("enterprises", "企业导入模板(&E)…"), ("incidents", "事故导入模板(&I)…"))
        }  # fmt: skip
        template_menu.addActions(list(self.template_actions.values()))
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_pdf_action)
        file_menu.addAction(self.print_table_action)
        file_menu.addSeparator()
        #: 批量打印 (the notice tab's) goes before this separator once the tabs are built.
        self._file_batch_separator = file_menu.addSeparator()
        self.restore_action = self._action(
            "备份与恢复(&B)…", lambda: self.open_restore(),
            tip="立即备份、选择备份文件夹（如U盘）、从备份恢复数据库",
        )  # fmt: skip
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def _build_record_menu(self) -> None:
        self.record_menu = record_menu = self.menuBar().addMenu("记录(&R)")
        record_menu.aboutToShow.connect(self.build_tabs)
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
        record_menu.addSeparator()  # 上门受理 (the case tab's) follows once the tabs are built

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
        self.panel_action = self._action(
            "侧栏(&P)", lambda checked: self.current_tab().set_panel_shown(checked),
            QKeySequence(Qt.Key.Key_F9), "显示或收起右侧的详细信息面板（窗口较窄时可收起）",
        )  # fmt: skip
        self.panel_action.setCheckable(True)
        self.tabs.currentChanged.connect(lambda _i: self._sync_panel_action())
        self.tabs.currentChanged.connect(lambda _i: self._refresh_stale())
        self._away_mark: int | None = None  # the change mark when the program lost the focus
        self._stale_tabs: set[Tab] = set()  # to reload when next shown (other desks' changes)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._application_state_changed)
        if self.enterprise_tab.splitter is not None:  # the later tabs' when they are built
            self.enterprise_tab.splitter.splitterMoved.connect(
                lambda _p, _i: self._sync_panel_action()
            )
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.panel_action)
        view_menu.addSeparator()
        titles = [self.enterprise_tab.title, *(title for _name, title in LATER_TABS)]
        for i, title in enumerate(titles):
            action = self._action(
                f"{title}(&{i + 1})", lambda _c=False, i=i: self.tabs.setCurrentIndex(i),
                QKeySequence(f"Alt+{i + 1}"),
            )  # fmt: skip
            view_menu.addAction(action)

    def _sync_panel_action(self) -> None:
        tab = self.tabs.currentWidget()
        if not isinstance(tab, Tab):  # an empty page until the tabs are built
            self.panel_action.setEnabled(False)
            return
        self.panel_action.setEnabled(tab.has_panel())
        self.panel_action.setChecked(tab.panel_shown())

    def _build_documents_menu(self) -> None:
        """文书: the notice tab's actions, added when the tabs are built (:meth:`_add_tab_actions`)."""
        self.documents_menu = self.menuBar().addMenu("文书(&D)")
        self.documents_menu.aboutToShow.connect(self.build_tabs)

    def _add_tab_actions(self, notice: NoticeTab, case: CaseTab) -> None:
        """The later tabs' actions in the menus: 文书, 文件 → 批量打印, 记录 → 上门受理."""
        menu = self.documents_menu
        for action in (
            notice.draft_action,
            notice.slot_action,
            notice.issue_action,
            notice.issue_all_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        for action in (notice.preview_action, notice.print_action, notice.save_pdf_action):
            menu.addAction(action)
        menu.addAction(notice.receipt_action)
        menu.addSeparator()
        menu.addAction(notice.batch_print_action)
        self.file_menu.insertAction(self._file_batch_separator, notice.batch_print_action)
        self.record_menu.addAction(case.home_visit_action)

    def _build_settings_menu(self) -> None:
        settings_menu = self.menuBar().addMenu("设置(&S)")
        self.office_settings_action = self._action(
            "办公设置(&O)…", self.open_office_settings,
            tip="发文机关、文号前缀、联系人、约谈地点和时间、整改期限、文书字体",
        )  # fmt: skip
        settings_menu.addAction(self.office_settings_action)
        self.authorities_action = self._action(
            "行业主管部门(&A)…", self.open_authorities,
            tip="行业主管部门名单：送达地址、联系人及电话，可新增部门",
        )  # fmt: skip
        settings_menu.addAction(self.authorities_action)
        self.audit_action = self._action(
            "审计日志(&L)…",
            self.open_audit_log,
            tip="谁在何时对哪条记录做了什么（可按记录、用户、日期查询）",
        )
        settings_menu.addAction(self.audit_action)
        self.users_action = self._action(
            "用户管理(&U)…", self.open_users,
            tip="添加用户、修改角色、重设密码、停用（管理员）；第一个用户为管理员，添加后开启登录",
        )  # fmt: skip
        settings_menu.addAction(self.users_action)

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu("帮助(&H)")
        self.help_action = self._action(
            "使用手册(&M)", lambda: self.open_help(), QKeySequence.StandardKey.HelpContents,
            "打开使用手册中与当前页面相关的一节",
        )  # fmt: skip
        self.data_locations_action = self._action(
            "数据与日志位置(&L)…", self.open_data_locations,
            tip="数据库、备份和日志文件保存在哪里",
        )  # fmt: skip
        self.about_action = self._action("关于(&A)", self.open_about)
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.data_locations_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        # F1 in a dialog (a modal dialog blocks the action above)
        self.help_keys = HelpKeyFilter(self)
        self.help_keys.requested.connect(self.open_help)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.help_keys)

    # -- dialogs ----------------------------------------------------------------------------------------
    def open_help(self, section: str | None = None) -> HelpDialog:
        """F1: the manual at ``section`` (default: the current tab's section)."""
        if section is None:
            section = section_of(self.current_tab())
        if self.help_dialog is None:
            # a window of its own: a modal dialog in front does not block reading the manual
            self.help_dialog = HelpDialog(None)
            self.help_dialog.setWindowModality(Qt.WindowModality.NonModal)
            self.help_dialog.resize(760, 620)
        self.help_dialog.show_section(section)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def open_data_locations(self) -> DataLocationsDialog:
        """帮助 → 数据与日志位置: where the database, its backups and the log are."""
        dlg = DataLocationsDialog(
            database=str(self.services.location or ""),
            backups=self.services.backup_dir,
            log=log_file(),
            settings_file=self.settings.fileName(),
            parent=self,
        )
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: setattr(self, "data_locations_dialog", None))
        self.data_locations_dialog = dlg
        dlg.open()
        return dlg

    def open_about(self) -> AboutDialog:
        from .dialogs.about import AboutDialog  # dialogs load when first opened

        dlg = AboutDialog(self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: setattr(self, "about_dialog", None))
        self.about_dialog = dlg
        dlg.open()
        return dlg

    def open_authorities(self) -> AuthoritiesDialog | None:
        from .dialogs.authorities import AuthoritiesDialog

        try:
            dlg = AuthoritiesDialog(self.services.enterprises, parent=self)
        except Exception as exc:
            msg.show_error(self, exc, action="读取行业主管部门")
            return None
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: setattr(self, "authorities_dialog", None))
        self.authorities_dialog = dlg
        dlg.open()
        return dlg

    def open_audit_log(self) -> None:
        from .dialogs.audit_log import AuditDialog

        dlg = AuditDialog(self.services.audit, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.audit_dialog = dlg
        dlg.open()

    def show_user(self) -> None:
        """The status bar's statement of who is acting, in which role."""
        self.user_label.setText(texts.signed_in_text(self.services.actor, self.services.role))

    def open_users(self) -> UsersDialog | None:
        """设置 → 用户管理 (administrators; anyone while the database has no users)."""
        from .dialogs.user_admin import UsersDialog

        try:
            dlg = UsersDialog(self.services.users, parent=self)
        except Exception as exc:
            msg.show_error(self, exc, action="打开用户管理")
            return None
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: setattr(self, "users_dialog", None))
        dlg.finished.connect(lambda _r: self.show_user())  # the first user signs this session in
        self.users_dialog = dlg
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

    # -- backups ----------------------------------------------------------------------------------------
    def _warn_location(self) -> None:
        """A database on a network share or a removable drive: say so in the status bar."""
        try:
            risk = self.services.backups.location_risk()
        except Exception:
            log.warning("cannot tell where the database lies", exc_info=True)
            return
        if risk:
            log.warning("database %s lies on a %s drive", self.services.location, risk)
            msg.notify(texts.LOCATION_RISK_TEXTS[risk], 120_000)

    def open_restore(self) -> RestoreDialog | None:
        """文件 → 备份与恢复."""
        from .dialogs.restore import RestoreDialog

        if self.restore_dialog is not None:
            self.restore_dialog.raise_()
            return self.restore_dialog
        try:
            dlg = RestoreDialog(
                self.services.backups, self.settings, can_restore=self._can_restore, parent=self
            )
        except Exception as exc:
            msg.show_error(self, exc, action="打开备份与恢复")
            return None
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: setattr(self, "restore_dialog", None))
        dlg.restored.connect(lambda _result: self._after_restore())
        self.restore_dialog = dlg
        dlg.open()
        return dlg

    def _can_restore(self) -> bool:
        """Nothing is importing, issuing or loading (every connection can be closed)."""
        from .workers import pending, wait_all

        task = self._transfers.task if self._transfers is not None else None
        notice = cast("NoticeTab | None", self._later.get("notice_tab"))
        if (notice is not None and notice.busy()) or (
            task is not None and not task.finished.is_set()
        ):
            return False
        return pending() == 0 or wait_all(10_000)

    def _after_restore(self) -> None:
        self.lookups = self.services.enterprises.lookups()
        self.refresh_all()

    def backup_on_close(self) -> None:
        """The automatic backup (at most one a day), off the GUI thread; closing waits for it at
        most :data:`CLOSE_BACKUP_WAIT_S` seconds (a backup cut off leaves only a temporary file,
        removed later). A failure is told (a message box), never silently dropped."""
        import threading
        import time

        from .dialogs.restore import chosen_folder, local_now

        if self.settings.value("backup/auto", "true") in ("false", False):
            return
        try:
            if self.services.backups.is_server:
                return
        except (GaotaiError, OSError) as err:  # the file failed its check: nothing to back up
            log.info("no automatic backup: %s", err)
            return
        outcome: dict[str, object] = {}
        now = local_now()
        folder = chosen_folder(self.settings)
        backups, gate = self.services.backups, self.services.gate
        try:
            if not backups.automatic_due(now, folder):
                return  # one a day: quitting again is prompt
        except (GaotaiError, OSError) as err:
            log.info("no automatic backup: %s", err)
            return
        if gate is not None and gate.done and not gate.passed:
            log.info("no automatic backup of a file that failed its check")
            return

        def work() -> None:
            try:
                if gate is not None:
                    gate.wait()  # the file's check, when it has not run yet
            except GaotaiError as err:  # the file failed it: nothing to back up
                outcome["skipped"] = err
                return
            try:
                outcome["made"] = backups.automatic(now, folder)
            except Exception as exc:
                outcome["error"] = exc

        thread = threading.Thread(target=work, name="backup-on-close", daemon=True)
        thread.start()
        msg.notify("正在自动备份数据库…", 0)
        deadline = time.monotonic() + CLOSE_BACKUP_WAIT_S
        while thread.is_alive() and time.monotonic() < deadline:
            thread.join(0.05)
            QApplication.processEvents()
        if thread.is_alive():
            log.error(
                "the automatic backup took longer than %ss; closing anyway", CLOSE_BACKUP_WAIT_S
            )
            msg.warning(self, texts.automatic_backup_failed_text("备份用时过长，已放弃本次备份"))
            return
        exc = outcome.get("error")
        if "skipped" in outcome:
            log.info("no automatic backup: %s", outcome["skipped"])
        elif isinstance(exc, BaseException):
            log.error("automatic backup failed: %s", exc)
            msg.warning(self, texts.automatic_backup_failed_text(msg.error_text(exc)))
        elif outcome.get("made") is not None:
            log.info("automatic backup: %s", getattr(outcome["made"], "path", ""))

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
            self._warn_location()

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
