"""The main window's tabs after 企业: empty pages with their titles until the enterprise table has
painted, then built in place (:func:`build_later_tabs`); :class:`LaterTab` builds them when one is
asked for earlier. :class:`WindowParts` declares what the window's menus, dialogs and backups
(``window_menus``, ``window_dialogs``, ``window_backups``) keep on it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QAction

from .tabs.base import Tab

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from .dialogs.about import AboutDialog
    from .dialogs.authorities import AuthoritiesDialog
    from .dialogs.help import DataLocationsDialog, HelpDialog, HelpKeyFilter
    from .dialogs.office_settings import OfficeSettingsDialog
    from .dialogs.restore import RestoreDialog
    from .dialogs.user_admin import UsersDialog
    from .main_window import MainWindow
    from .sync_menu import SyncMenu

T = TypeVar("T", bound=Tab)

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


class LaterTab(Generic[T]):
    """A tab after 企业 as an attribute of the window: built (with the others) when first asked for."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, window: None, owner: type) -> LaterTab[T]: ...
    @overload
    def __get__(self, window: MainWindow, owner: type) -> T: ...
    def __get__(self, window: MainWindow | None, owner: type) -> LaterTab[T] | T:
        if window is None:
            return self
        window.build_tabs()
        return cast(T, window._later[self.name])


class WindowParts:
    """What the menus, dialogs and backups modules keep on the main window."""

    _later: dict[str, Tab]
    _away_mark: int | None
    _stale_tabs: set[Tab]
    _file_batch_separator: QAction
    file_menu: QMenu
    record_menu: QMenu
    documents_menu: QMenu
    sync_menu: SyncMenu
    help_keys: HelpKeyFilter
    template_actions: dict[str, QAction]
    import_enterprises_action: QAction
    import_incidents_action: QAction
    export_action: QAction
    export_pdf_action: QAction
    print_table_action: QAction
    restore_action: QAction
    new_action: QAction
    open_action: QAction
    delete_action: QAction
    find_action: QAction
    refresh_action: QAction
    panel_action: QAction
    office_settings_action: QAction
    authorities_action: QAction
    audit_action: QAction
    users_action: QAction
    help_action: QAction
    data_locations_action: QAction
    about_action: QAction
    settings_dialog: OfficeSettingsDialog | None
    authorities_dialog: AuthoritiesDialog | None
    about_dialog: AboutDialog | None
    #: The manual (a window of its own, kept and reused; F1 opens it at the task at hand).
    help_dialog: HelpDialog | None
    data_locations_dialog: DataLocationsDialog | None
    users_dialog: UsersDialog | None
    restore_dialog: RestoreDialog | None
    audit_dialog: Any


def build_later_tabs(w: MainWindow) -> None:
    """Build the tabs after 企业 and put them in place of their empty pages (with their saved
    state, their menu actions and the signals between tabs)."""
    from . import window_menus
    from .tabs.accidents import AccidentTab
    from .tabs.agenda import AgendaTab
    from .tabs.cases import CaseTab
    from .tabs.notices import NoticeTab
    from .tabs.outreach import OutreachTab
    from .tabs.statistics import StatisticsTab
    from .tabs.warnings import WarningTab

    services, as_of = w.services, w.as_of
    accident = AccidentTab(services, as_of=as_of, lookups=w.lookups)
    notice = NoticeTab(services, as_of=as_of, settings=w.settings)
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
    case.case_changed.connect(w._case_changed)
    agenda.open_warning.connect(w._open_warning)
    agenda.counts_changed.connect(w._show_due_counts)
    warning.warning_changed.connect(lambda _row: agenda.refresh())
    notice.documents_issued.connect(lambda _docs: w._loop_changed())
    accident.enterprise_names = w.enterprise_tab.enterprise_names
    accident.accident_saved.connect(w._accident_saved)
    accident.enterprise_recount.connect(w.enterprise_tab.refresh_enterprise)
    w._later = built
    current = w.tabs.currentIndex()
    with QSignalBlocker(w.tabs):
        for index, (name, _title) in enumerate(LATER_TABS, start=1):
            page = w.tabs.widget(index)
            tab = built[name]
            w.tabs.removeTab(index)
            w.tabs.insertTab(index, tab, tab.title)
            if page is not None:
                page.deleteLater()
            tab.restore_state(w.settings)
            if tab.splitter is not None:
                tab.splitter.splitterMoved.connect(lambda _p, _i: w._sync_panel_action())
        w.tabs.setCurrentIndex(current)
    window_menus.add_tab_actions(w, notice, case)
    w._sync_panel_action()
