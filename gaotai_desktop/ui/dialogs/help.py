"""帮助: the manual (``resources/manual/index.html``, shipped with the program and read offline, in a
QTextBrowser; form ``forms/help_dialog.ui``), F1 on the task at hand, and 数据与日志位置 (form
``forms/data_locations_dialog.ui``).

F1 opens the section of what has focus: the dialog in front (by its class) or the current tab of
the main window. The main window's F1 action covers the window itself; a modal dialog blocks that
action, so :class:`HelpKeyFilter` (an application event filter looking only at F1 key presses)
covers the dialogs without each dialog having to know about help.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...logs import LOG_FILE
from ...paths import app_paths, resource
from ..forms.ui_data_locations_dialog import Ui_DataLocationsDialog
from ..forms.ui_help_dialog import Ui_HelpDialog

log = logging.getLogger(__name__)

#: The manual's first page (anchors name the sections).
MANUAL = ("manual", "index.html")

#: The manual's section for a widget class (a tab or a dialog); the nearest one up the parents
#: wins, anything else opens the beginning.
SECTIONS: dict[str, str] = {
    "EnterpriseTab": "enterprises",
    "EnterpriseDialog": "enterprise-edit",
    "DeleteEnterpriseDialog": "delete",
    "AccidentTab": "accidents",
    "AccidentDialog": "accident-edit",
    "NoticeTab": "notices",
    "WarningTab": "warnings",
    "DeliveryDialog": "warnings",
    "FeedbackDialog": "warnings",
    "EvaluationDialog": "warnings",
    "InterviewRecordDialog": "warnings",
    "InspectionDialog": "warnings",
    "SelfInspectionDialog": "warnings",
    "AgendaTab": "agenda",
    "CaseTab": "cases",
    "CaseDialog": "cases",
    "CaseStepDialog": "cases",
    "CaseIntakeDialog": "cases",
    "CaseInvestigationDialog": "cases",
    "OutreachTab": "outreach",
    "TrainingDialog": "outreach",
    "HotlineDialog": "outreach",
    "HotlineCloseDialog": "outreach",
    "SyncConflictsDialog": "sync",
    "SyncStatusDialog": "sync",
    "UsersDialog": "users",
    "UserEditDialog": "users",
    "AuditDialog": "users",
    "RestoreDialog": "data",
    "StatisticsTab": "statistics",
    "PreviewDialog": "printing",
    "ImportPreviewDialog": "import",
    "OfficeSettingsDialog": "settings",
    "DataLocationsDialog": "data",
    "AboutDialog": "start",
}


def manual_path() -> Path:
    return resource(*MANUAL)


def section_of(widget: QWidget | None) -> str:
    """The manual section for ``widget`` or the nearest of its parents that has one."""
    while widget is not None:
        for cls in type(widget).__mro__:
            if cls.__name__ in SECTIONS:
                return SECTIONS[cls.__name__]
        widget = widget.parentWidget()
    return "start"


class HelpDialog(QDialog):
    """The manual, opened at a section; not modal, so the clerk can read while working."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_HelpDialog()
        ui.setupUi(self)
        self.setObjectName("helpDialog")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.section = ""
        path = manual_path()
        self.url = QUrl.fromLocalFile(str(path))
        ui.browser.setSearchPaths([str(path.parent)])
        ui.browser.setOpenExternalLinks(False)
        ui.browser.setOpenLinks(True)
        ui.browser.backwardAvailable.connect(ui.backButton.setEnabled)
        ui.backButton.setEnabled(False)
        ui.backButton.clicked.connect(ui.browser.backward)
        ui.contentsButton.clicked.connect(lambda: self.show_section("start"))
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText("关闭")
        ui.buttonBox.rejected.connect(self.close)
        if not path.exists():
            log.error("manual not found at %s", path)
            ui.browser.setHtml(f"<p>找不到使用手册文件：{path}</p>")

    def show_section(self, section: str) -> None:
        """Show the manual at ``section`` (an anchor of the manual)."""
        self.section = section
        if manual_path().exists():
            url = QUrl(self.url)
            url.setFragment(section)
            self.ui.browser.setSource(url)
            self.ui.browser.scrollToAnchor(section)


class HelpKeyFilter(QObject):
    """F1 pressed in a dialog (whose modality blocks the main window's F1 action): ask for the
    section of that dialog."""

    requested = Signal(str)

    def __init__(self, main_window: QWidget) -> None:
        super().__init__(main_window)
        self.main_window = main_window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() != Qt.Key.Key_F1 or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        window = obj.window()
        if window is self.main_window or isinstance(window, HelpDialog):
            return False  # the window's own F1 action; the manual itself
        if not _owned_by(window, self.main_window):
            return False  # not one of this window's dialogs
        self.requested.emit(section_of(obj))
        return True


def _owned_by(widget: QWidget, owner: QWidget) -> bool:
    """``widget`` is ``owner`` or one of its descendants, across windows (dialogs)."""
    w: QWidget | None = widget
    while w is not None:
        if w is owner:
            return True
        w = w.parentWidget()
    return False


def log_file() -> Path:
    """The log file being written (or where it would be)."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_gaotai_file", False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return app_paths().logs / LOG_FILE


def open_folder(path: Path) -> bool:
    """Open ``path`` in the system's file manager."""
    ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not ok:
        log.warning("could not open folder %s", path)
    return bool(ok)


class DataLocationsDialog(QDialog):
    """Where the database, its backups, the log and the window settings are."""

    def __init__(
        self,
        *,
        database: str,
        backups: Path | None,
        log: Path,
        settings_file: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_DataLocationsDialog()
        ui.setupUi(self)
        self.setObjectName("dataLocationsDialog")
        self.log_folder = log.parent
        self.database_folder = Path(database).parent if database and "://" not in database else None
        ui.databaseLabel.setText(database or "（未知）")
        ui.backupsLabel.setText(
            str(backups) if backups is not None else "（数据库在服务器上，无本机备份）"
        )
        ui.logLabel.setText(str(log))
        ui.settingsLabel.setText(settings_file)
        ui.openLogFolderButton.clicked.connect(lambda: open_folder(self.log_folder))
        ui.openDatabaseFolderButton.setEnabled(self.database_folder is not None)
        ui.openDatabaseFolderButton.clicked.connect(
            lambda: self.database_folder is not None and open_folder(self.database_folder)
        )
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText("关闭")
        ui.buttonBox.rejected.connect(self.reject)
