"""备份与恢复: the backups folder (a window setting: a second disk or a USB stick), the backups in
it, 立即备份, and restoring one; and the offer made at start-up when the database is damaged."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTableWidgetItem, QWidget

from ... import texts
from .. import messages as msg
from ..forms.ui_restore_dialog import Ui_RestoreDialog

if TYPE_CHECKING:
    from ...services.backups import BackupFile, BackupService, RestoreResult

log = logging.getLogger(__name__)

#: The window setting holding the chosen backups folder (empty: ``backups/`` beside the database).
FOLDER_KEY = "backup/folder"


def chosen_folder(settings: QSettings) -> str:
    return str(settings.value(FOLDER_KEY, "") or "")


def local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


class RestoreDialog(QDialog):
    #: A backup was restored (the RestoreResult): the window reloads everything.
    restored = Signal(object)

    def __init__(
        self,
        backups: BackupService,
        settings: QSettings,
        *,
        can_restore: Callable[[], bool] = lambda: True,
        now: Callable[[], dt.datetime] = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.backups = backups
        self.settings = settings
        self.can_restore = can_restore
        self.now = now
        self.rows: list[BackupFile] = []
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.folderButton.clicked.connect(lambda: self.choose_folder())
        self.ui.defaultFolderButton.clicked.connect(lambda: self.set_folder(""))
        self.ui.backupNowButton.clicked.connect(self.backup_now)
        self.ui.restoreButton.clicked.connect(lambda: self.restore_selected())
        self.ui.otherFileButton.clicked.connect(lambda: self.restore_other())
        self.ui.backupTable.itemSelectionChanged.connect(self._sync_buttons)
        self.ui.backupTable.horizontalHeader().setStretchLastSection(True)
        self.refresh()

    # -- folder ----------------------------------------------------------------------------------------
    def folder(self) -> Path:
        return self.backups.folder(chosen_folder(self.settings))

    def choose_folder(self, path: str | None = None) -> None:
        if path is None:
            path = QFileDialog.getExistingDirectory(self, "选择备份文件夹", str(self.folder()))
            if not path:
                return
        self.set_folder(path)

    def set_folder(self, path: str) -> None:
        self.settings.setValue(FOLDER_KEY, path)
        self.settings.sync()
        self.refresh()

    # -- list ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        folder = self.folder()
        self.ui.folderEdit.setText(str(folder))
        try:
            self.rows = self.backups.listing(folder)
        except Exception as exc:
            log.warning("cannot list backups in %s", folder, exc_info=True)
            self.rows = []
            self.ui.statusLabel.setText(msg.error_text(exc))
        table = self.ui.backupTable
        table.setRowCount(len(self.rows))
        for i, b in enumerate(self.rows):
            cells = (
                texts.backup_when_text(b.taken_at),
                texts.backup_label_text(b.label),
                _size_text(b.size),
                b.path.name,
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(i, j, item)
        table.resizeColumnsToContents()
        if self.rows:
            table.selectRow(0)
        elif folder.is_dir():
            self.ui.statusLabel.setText("该文件夹中还没有本数据库的备份。")
        else:
            self.ui.statusLabel.setText("该文件夹不存在（U盘未插入？），备份时将尝试创建。")
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.ui.restoreButton.setEnabled(self.selected() is not None)

    def selected(self) -> BackupFile | None:
        rows = self.ui.backupTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    # -- actions ---------------------------------------------------------------------------------------
    def backup_now(self) -> BackupFile | None:
        try:
            made = self.backups.automatic(self.now(), self.folder(), force=True)
        except Exception as exc:
            msg.show_error(self, exc, action="备份")
            return None
        self.refresh()
        if made is not None:
            self.ui.statusLabel.setText(f"已备份：{made.path}")
            msg.notify(texts.automatic_backup_done_text(made.path))
        return made

    def restore_selected(self) -> RestoreResult | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return self.restore_file(chosen.path, texts.backup_when_text(chosen.taken_at))

    def restore_other(self, path: str | None = None) -> RestoreResult | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, "选择备份文件", str(self.folder()), "数据库备份 (*.sqlite *.db);;所有文件 (*)"
            )
            if not path:
                return None
        return self.restore_file(Path(path), "")

    def restore_file(self, path: Path, taken: str) -> RestoreResult | None:
        try:
            revision = self.backups.verify(path)
        except Exception as exc:
            msg.show_error(self, exc, action="恢复")
            return None
        shown = taken or f"版本 {revision}"
        database = self.backups.database_file
        if not msg.confirm(self, texts.restore_confirm_text(path, shown, database), ok_text="恢复"):
            return None
        if not self.can_restore():
            msg.warning(self, "正在导入、下发或打印，请等它完成后再恢复备份。")
            return None
        try:
            result = self.backups.restore(path, self.now())
        except Exception as exc:
            msg.show_error(self, exc, action="恢复")
            return None
        self.refresh()
        msg.info(self, texts.restore_done_text(result.source, shown, result.replaced))
        self.restored.emit(result)
        return result


def offer_restore(
    parent: QWidget | None,
    location: Path,
    reason: str,
    folders: list[Path | None],
    now: dt.datetime,
) -> bool:
    """At start-up, for a damaged or unreadable database: offer the newest backup that passes
    the integrity check, with its date. Yes: the damaged file is set aside (renamed, never
    overwritten) and the backup copied in. Returns whether it was restored."""
    from ...services.backups import newest_good_backup, restore_database

    best = newest_good_backup(folders, location.stem)
    if best is None:
        return False
    taken = texts.backup_when_text(best.taken_at)
    if not msg.confirm(
        parent,
        texts.restore_offer_text(location, reason, best.path, taken),
        title="数据库无法使用",
        ok_text="从备份恢复",
    ):
        return False
    try:
        result = restore_database(location, best.path, now, aside_reason="damaged")
    except Exception as exc:
        msg.show_error(parent, exc, action="恢复")
        return False
    msg.info(parent, texts.restore_done_text(result.source, taken, result.replaced))
    return True
