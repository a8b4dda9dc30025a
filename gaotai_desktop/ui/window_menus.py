"""The main window's menus: 文件, 记录, 查看, 文书, 同步, 设置, 帮助 (the later tabs' actions are added
when those tabs are built, see :func:`add_tab_actions`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from .dialogs.help import HelpKeyFilter
from .sync_menu import SyncMenu
from .window_tabs import LATER_TABS

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .tabs.cases import CaseTab
    from .tabs.notices import NoticeTab


def _action(w: MainWindow, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, w)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    w.addAction(action)
    return action


def build_menus(w: MainWindow) -> None:
    _file_menu(w)
    _record_menu(w)
    _view_menu(w)
    _documents_menu(w)
    #: 同步: status, export, import, conflict queue (and a status-bar note).
    w.sync_menu = SyncMenu(w)
    w.sync_menu.build(w.menuBar())
    w.sync_menu.changed.connect(w.refresh_all)
    w.all_loaded.connect(w.sync_menu.refresh_status)
    _settings_menu(w)
    _help_menu(w)


def _file_menu(w: MainWindow) -> None:
    w.file_menu = file_menu = w.menuBar().addMenu("文件(&F)")
    file_menu.aboutToShow.connect(w.build_tabs)
    w.import_enterprises_action = _action(
        w,
        "导入企业(&E)…",
        lambda: w.import_file("enterprises"),
        tip="从 Excel/CSV 文件导入企业名单",
    )
    w.import_incidents_action = _action(
        w,
        "导入事故(&I)…",
        lambda: w.import_file("incidents"),
        tip="从 Excel/CSV 文件导入事故和伤者",
    )
    w.export_action = _action(w,
        "导出当前表格(&X)…", lambda: w.export_current(), QKeySequence("Ctrl+E"),
        "把当前表格中显示的行和列导出为 Excel 工作簿",
    )  # fmt: skip
    w.export_pdf_action = _action(w,
        "当前表格另存为PDF(&L)…", lambda: w.export_current_pdf(),
        tip="把当前表格中显示的行和列排成PDF表格（标题、统计截止日期、预警颜色）另存为文件",
    )  # fmt: skip
    w.print_table_action = _action(w,
        "打印当前表格(&T)…", lambda: w.print_current_table(),
        QKeySequence("Ctrl+Shift+P"), "把当前表格中显示的行和列排成表格预览并打印",
    )  # fmt: skip
    quit_action = _action(w, "退出(&Q)", w.close, QKeySequence.StandardKey.Quit)
    file_menu.addAction(w.import_enterprises_action)
    file_menu.addAction(w.import_incidents_action)
    template_menu = file_menu.addMenu("下载导入模板(&T)")
    w.template_actions = {
        kind: _action(w,
            text, lambda _c=False, k=kind: w.save_template(k), tip="保存空白导入模板（.xlsx）"
        )
        for kind, text in (("enterprises", "企业导入模板(&E)…"), ("incidents", "事故导入模板(&I)…"))
    }  # fmt: skip
    template_menu.addActions(list(w.template_actions.values()))
    file_menu.addSeparator()
    file_menu.addAction(w.export_action)
    file_menu.addAction(w.export_pdf_action)
    file_menu.addAction(w.print_table_action)
    file_menu.addSeparator()
    #: 批量打印 (the notice tab's) goes before this separator once the tabs are built.
    w._file_batch_separator = file_menu.addSeparator()
    w.restore_action = _action(w,
        "备份与恢复(&B)…", lambda: w.open_restore(),
        tip="立即备份、选择备份文件夹（如U盘）、从备份恢复数据库",
    )  # fmt: skip
    file_menu.addAction(w.restore_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)


def _record_menu(w: MainWindow) -> None:
    w.record_menu = record_menu = w.menuBar().addMenu("记录(&R)")
    record_menu.aboutToShow.connect(w.build_tabs)
    w.new_action = _action(w,
        "新建(&N)", lambda: w.current_tab().new_record(), QKeySequence.StandardKey.New,
        "在当前页新增企业或登记事故",
    )  # fmt: skip
    w.open_action = _action(w, "打开所选(&O)\tEnter", lambda: w.current_tab().open_selected())
    w.delete_action = _action(w, "删除所选(&D)\tDelete", lambda: w.current_tab().delete_selected())
    record_menu.addAction(w.new_action)
    record_menu.addAction(w.open_action)
    record_menu.addAction(w.delete_action)
    record_menu.addSeparator()  # 上门受理 (the case tab's) follows once the tabs are built


def _view_menu(w: MainWindow) -> None:
    view_menu = w.menuBar().addMenu("查看(&V)")
    w.find_action = _action(
        w, "查找(&F)", lambda: w.current_tab().focus_search(), QKeySequence.StandardKey.Find
    )
    w.refresh_action = _action(
        w,
        "刷新(&R)",
        w.refresh_all,
        QKeySequence.StandardKey.Refresh,
        "从数据库重新加载全部数据",
    )
    w.panel_action = _action(w,
        "侧栏(&P)", lambda checked: w.current_tab().set_panel_shown(checked),
        QKeySequence(Qt.Key.Key_F9), "显示或收起右侧的详细信息面板（窗口较窄时可收起）",
    )  # fmt: skip
    w.panel_action.setCheckable(True)
    w.tabs.currentChanged.connect(lambda _i: w._sync_panel_action())
    w.tabs.currentChanged.connect(lambda _i: w._refresh_stale())
    w._away_mark = None  # the change mark when the program lost the focus
    w._stale_tabs = set()  # to reload when next shown (other desks' changes)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.applicationStateChanged.connect(w._application_state_changed)
    if w.enterprise_tab.splitter is not None:  # the later tabs' when they are built
        w.enterprise_tab.splitter.splitterMoved.connect(lambda _p, _i: w._sync_panel_action())
    view_menu.addAction(w.find_action)
    view_menu.addAction(w.refresh_action)
    view_menu.addAction(w.panel_action)
    view_menu.addSeparator()
    titles = [w.enterprise_tab.title, *(title for _name, title in LATER_TABS)]
    for i, title in enumerate(titles):
        action = _action(w,
            f"{title}(&{i + 1})", lambda _c=False, i=i: w.tabs.setCurrentIndex(i),
            QKeySequence(f"Alt+{i + 1}"),
        )  # fmt: skip
        view_menu.addAction(action)


def _documents_menu(w: MainWindow) -> None:
    """文书: the notice tab's actions, added when the tabs are built (:meth:`_add_tab_actions`)."""
    w.documents_menu = w.menuBar().addMenu("文书(&D)")
    w.documents_menu.aboutToShow.connect(w.build_tabs)


def add_tab_actions(w: MainWindow, notice: NoticeTab, case: CaseTab) -> None:
    """The later tabs' actions in the menus: 文书, 文件 → 批量打印, 记录 → 上门受理."""
    menu = w.documents_menu
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
    w.file_menu.insertAction(w._file_batch_separator, notice.batch_print_action)
    w.record_menu.addAction(case.home_visit_action)


def _settings_menu(w: MainWindow) -> None:
    settings_menu = w.menuBar().addMenu("设置(&S)")
    w.office_settings_action = _action(w,
        "办公设置(&O)…", w.open_office_settings,
        tip="发文机关、文号前缀、联系人、约谈地点和时间、整改期限、文书字体",
    )  # fmt: skip
    settings_menu.addAction(w.office_settings_action)
    w.authorities_action = _action(w,
        "行业主管部门(&A)…", w.open_authorities,
        tip="行业主管部门名单：送达地址、联系人及电话，可新增部门",
    )  # fmt: skip
    settings_menu.addAction(w.authorities_action)
    w.audit_action = _action(
        w,
        "审计日志(&L)…",
        w.open_audit_log,
        tip="谁在何时对哪条记录做了什么（可按记录、用户、日期查询）",
    )
    settings_menu.addAction(w.audit_action)
    w.users_action = _action(w,
        "用户管理(&U)…", w.open_users,
        tip="添加用户、修改角色、重设密码、停用（管理员）；第一个用户为管理员，添加后开启登录",
    )  # fmt: skip
    settings_menu.addAction(w.users_action)


def _help_menu(w: MainWindow) -> None:
    help_menu = w.menuBar().addMenu("帮助(&H)")
    w.help_action = _action(w,
        "使用手册(&M)", lambda: w.open_help(), QKeySequence.StandardKey.HelpContents,
        "打开使用手册中与当前页面相关的一节",
    )  # fmt: skip
    w.data_locations_action = _action(w,
        "数据与日志位置(&L)…", w.open_data_locations,
        tip="数据库、备份和日志文件保存在哪里",
    )  # fmt: skip
    w.about_action = _action(w, "关于(&A)", w.open_about)
    help_menu.addAction(w.help_action)
    help_menu.addAction(w.data_locations_action)
    help_menu.addSeparator()
    help_menu.addAction(w.about_action)
    # F1 in a dialog (a modal dialog blocks the action above)
    w.help_keys = HelpKeyFilter(w)
    w.help_keys.requested.connect(w.open_help)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(w.help_keys)
