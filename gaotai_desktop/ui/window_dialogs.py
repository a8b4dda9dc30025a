"""The main window's dialogs: the manual, data locations, about, authorities, the audit log, users,
the office settings (and the first-run settings)."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from .. import texts
from . import messages as msg
from .dialogs.help import DataLocationsDialog, HelpDialog, log_file, section_of

if TYPE_CHECKING:
    from .dialogs.about import AboutDialog
    from .dialogs.authorities import AuthoritiesDialog
    from .dialogs.office_settings import OfficeSettingsDialog
    from .dialogs.user_admin import UsersDialog
    from .main_window import MainWindow

log = logging.getLogger(__name__)

#: Set to 1 to never show the first-run settings dialog (tests, scripted demos).
SKIP_FIRST_RUN_ENV = "GAOTAI_SKIP_FIRST_RUN"


def open_help(w: MainWindow, section: str | None = None) -> HelpDialog:
    """F1: the manual at ``section`` (default: the current tab's section)."""
    if section is None:
        section = section_of(w.current_tab())
    if w.help_dialog is None:
        # a window of its own: a modal dialog in front does not block reading the manual
        w.help_dialog = HelpDialog(None)
        w.help_dialog.setWindowModality(Qt.WindowModality.NonModal)
        w.help_dialog.resize(760, 620)
    w.help_dialog.show_section(section)
    w.help_dialog.show()
    w.help_dialog.raise_()
    w.help_dialog.activateWindow()
    return w.help_dialog


def open_data_locations(w: MainWindow) -> DataLocationsDialog:
    """帮助 → 数据与日志位置: where the database, its backups and the log are."""
    dlg = DataLocationsDialog(
        database=str(w.services.location or ""),
        backups=w.services.backup_dir,
        log=log_file(),
        settings_file=w.settings.fileName(),
        parent=w,
    )
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.finished.connect(lambda _r: setattr(w, "data_locations_dialog", None))
    w.data_locations_dialog = dlg
    dlg.open()
    return dlg


def open_about(w: MainWindow) -> AboutDialog:
    from .dialogs.about import AboutDialog  # dialogs load when first opened

    dlg = AboutDialog(w)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.finished.connect(lambda _r: setattr(w, "about_dialog", None))
    w.about_dialog = dlg
    dlg.open()
    return dlg


def open_authorities(w: MainWindow) -> AuthoritiesDialog | None:
    from .dialogs.authorities import AuthoritiesDialog

    try:
        dlg = AuthoritiesDialog(w.services.enterprises, parent=w)
    except Exception as exc:
        msg.show_error(w, exc, action="读取行业主管部门")
        return None
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.finished.connect(lambda _r: setattr(w, "authorities_dialog", None))
    w.authorities_dialog = dlg
    dlg.open()
    return dlg


def open_audit_log(w: MainWindow) -> None:
    from .dialogs.audit_log import AuditDialog

    dlg = AuditDialog(w.services.audit, parent=w)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    w.audit_dialog = dlg
    dlg.open()


def show_user(w: MainWindow) -> None:
    """The status bar's statement of who is acting, in which role."""
    w.user_label.setText(texts.signed_in_text(w.services.actor, w.services.role))


def open_users(w: MainWindow) -> UsersDialog | None:
    """设置 → 用户管理 (administrators; anyone while the database has no users)."""
    from .dialogs.user_admin import UsersDialog

    try:
        dlg = UsersDialog(w.services.users, parent=w)
    except Exception as exc:
        msg.show_error(w, exc, action="打开用户管理")
        return None
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.finished.connect(lambda _r: setattr(w, "users_dialog", None))
    dlg.finished.connect(lambda _r: w.show_user())  # the first user signs this session in
    w.users_dialog = dlg
    dlg.open()
    return dlg


def open_office_settings(w: MainWindow, *, first_run: bool = False) -> OfficeSettingsDialog | None:
    if w.settings_dialog is not None:
        w.settings_dialog.raise_()
        return w.settings_dialog
    from .dialogs.office_settings import OfficeSettingsDialog

    try:
        dlg = OfficeSettingsDialog(w.services.office, first_run=first_run, parent=w)
    except Exception as exc:
        msg.show_error(w, exc, action="读取办公设置")
        return None
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.finished.connect(lambda _r: setattr(w, "settings_dialog", None))
    if first_run:
        dlg.rejected.connect(
            lambda: msg.notify("尚未完成办公设置：文书将使用默认的发文机关和文号前缀", 30_000)
        )
    w.settings_dialog = dlg
    dlg.open()
    return dlg


def first_run_needed(w: MainWindow) -> bool:
    """The office settings were never saved (and this is not the demo or a test)."""
    if w.demo or os.environ.get(SKIP_FIRST_RUN_ENV, "") not in ("", "0"):
        return False
    try:
        return not w.services.office.get().first_run_done
    except Exception:
        log.exception("cannot read the office settings")
        return False


def maybe_first_run(w: MainWindow) -> OfficeSettingsDialog | None:
    """At start: the settings dialog when the office settings were never saved."""
    if not first_run_needed(w):
        return None
    return open_office_settings(w, first_run=True)
