"""The main window's 同步 menu: 同步状态, 导出更改…, 导入同步包…, 冲突处理…, 登记外出笔记本…,
签出为外出笔记本…, and a status-bar note when this database is a laptop or has open conflicts.

Files are chosen in file dialogs and the passphrase is asked in a password field (tests pass
both); the package work runs off the GUI thread (``workers.run_task``) behind a busy dialog. The
service does everything in one transaction: it cannot be cut off half-way, so the dialog has no
取消 button.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QLineEdit, QMenuBar

from .. import texts
from ..domain.roles import Action, allowed
from ..files.output import check_output, protected_paths
from . import messages as msg
from .workers import Task, close_progress, progress_dialog, run_task

if TYPE_CHECKING:
    from ..services.sync import SyncStatus
    from .dialogs.sync_conflicts import SyncConflictsDialog
    from .dialogs.sync_enroll import EnrollValues
    from .dialogs.sync_status import SyncStatusDialog
    from .main_window import MainWindow

log = logging.getLogger(__name__)

#: QSettings key: the folder of the last package (a USB stick, usually).
FOLDER_KEY = "paths/sync"


class SyncMenu(QObject):
    #: A package was imported or a conflict settled: the window reloads its data.
    changed = Signal()
    #: A package job ended (its outcome, or the exception).
    finished = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        #: What was typed in the last enrolment the service refused (offered again).
        self.last_enroll: EnrollValues | None = None
        self.status_dialog: SyncStatusDialog | None = None
        self.conflicts_dialog: SyncConflictsDialog | None = None
        self.label = QLabel("")
        self.label.setObjectName("syncLabel")
        self.label.setToolTip("同步 → 同步状态")
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)

    @property
    def sync(self) -> Any:
        return self.window.services.sync

    def _action(self, text: str, slot: Any, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def build(self, bar: QMenuBar) -> None:
        menu = bar.addMenu("同步(&Y)")
        self.status_action = self._action(
            "同步状态(&S)…",
            self.open_status,
            "本机是办公室还是外出笔记本、未发送的变更、最近的同步包、待处理的冲突",
        )
        self.export_action = self._action(
            "导出更改(&E)…",
            self.export_changes,
            "（外出笔记本）把未发送的变更导出为同步包，带回办公室导入",
        )
        self.import_action = self._action(
            "导入同步包(&I)…",
            self.import_package,
            "办公室：导入笔记本的变更包并保存回执；笔记本：导入办公室的回执",
        )
        self.conflicts_action = self._action(
            "冲突处理(&C)…", self.open_conflicts, "逐项处理办公室与外出笔记本的修改冲突"
        )
        self.enroll_action = self._action(
            "登记外出笔记本(&N)…",
            self.enroll_laptop,
            "（办公室）登记一台外出笔记本，写出它的签出包：全县或部分乡镇的企业及其记录",
        )
        self.checkout_action = self._action(
            "签出为外出笔记本(&K)…",
            self.check_out,
            "（新数据库）导入办公室的签出包，本机成为外出笔记本",
        )
        for action in (self.status_action, self.export_action, self.import_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.conflicts_action)
        menu.addSeparator()
        menu.addAction(self.enroll_action)
        menu.addAction(self.checkout_action)

    # -- status ----------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """Read the sync status off the GUI thread and show it in the status bar."""
        run_task(
            lambda: self.sync.status(),
            on_done=self.show_status,
            on_error=lambda exc: log.warning("sync status not read: %s", exc),
            owner=self.window,
        )

    def show_status(self, st: SyncStatus) -> None:
        text = texts.sync_status_label_text(st.role, st.pending, st.open_conflicts)
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.label.setStyleSheet("color: #b00020;" if st.open_conflicts else "")
        if self.status_dialog is not None:
            self.status_dialog.show_status(st)

    def _status_now(self) -> SyncStatus | None:
        try:
            st: SyncStatus = self.sync.status()
        except Exception as exc:
            msg.show_error(self.window, exc, action="读取同步状态")
            return None
        self.show_status(st)
        return st

    def open_status(self) -> SyncStatusDialog | None:
        from .dialogs.sync_status import SyncStatusDialog

        st = self._status_now()
        if st is None:
            return None
        if self.status_dialog is not None:
            self.status_dialog.raise_()
            return self.status_dialog
        dlg = SyncStatusDialog(st, parent=self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.export_requested.connect(lambda: self.export_changes())
        dlg.import_requested.connect(lambda: self.import_package())
        dlg.conflicts_requested.connect(lambda: self.open_conflicts())
        dlg.finished.connect(lambda _r: setattr(self, "status_dialog", None))
        self.status_dialog = dlg
        dlg.open()
        return dlg

    # -- conflicts -------------------------------------------------------------------------------
    def open_conflicts(self) -> SyncConflictsDialog | None:
        from .dialogs.sync_conflicts import SyncConflictsDialog

        if self.conflicts_dialog is not None:
            self.conflicts_dialog.raise_()
            return self.conflicts_dialog
        reveal = allowed(self.window.services.role, Action.REVEAL_ID_NUMBER)
        try:
            dlg = SyncConflictsDialog(self.sync, reveal_ids=reveal, parent=self.window)
        except Exception as exc:
            msg.show_error(self.window, exc, action="打开同步冲突")
            return None
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.resolved.connect(lambda _id: self._after_change())
        dlg.finished.connect(lambda _r: setattr(self, "conflicts_dialog", None))
        self.conflicts_dialog = dlg
        dlg.open()
        return dlg

    def _after_change(self) -> None:
        self.refresh_status()
        self.changed.emit()

    # -- files and passphrase --------------------------------------------------------------------
    def _folder(self) -> str:
        value = self.window.settings.value(FOLDER_KEY, "")
        return (
            value if isinstance(value, str) and value and Path(value).is_dir() else str(Path.home())
        )

    def _remember(self, path: Path) -> None:
        self.window.settings.setValue(FOLDER_KEY, str(path.parent))

    def _save_path(self, caption: str, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, caption, str(Path(self._folder()) / name), texts.SYNC_FILE_FILTER
        )
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".gsync") else chosen + ".gsync")

    def ask_passphrase(self) -> str | None:
        dlg = QInputDialog(self.window)
        dlg.setWindowTitle(texts.SYNC_PASSPHRASE_TITLE)
        dlg.setLabelText(texts.SYNC_PASSPHRASE_LABEL)
        dlg.setTextEchoMode(QLineEdit.EchoMode.Password)
        dlg.setOkButtonText("确定")
        dlg.setCancelButtonText("取消")
        if dlg.exec() != QInputDialog.DialogCode.Accepted or not dlg.textValue():
            return None
        return str(dlg.textValue())

    def _checked(self, path: Path) -> Path | None:
        services = self.window.services
        try:
            return check_output(path, protected_paths(services.location or "", services.backup_dir))
        except Exception as exc:
            msg.show_error(self.window, exc)
            return None

    # -- the jobs --------------------------------------------------------------------------------
    def busy(self) -> bool:
        return self.task is not None and not self.task.finished.is_set()

    def _run(self, work: Any, done_text: Any) -> Task:
        dialog = progress_dialog(
            self.window, texts.SYNC_WORKING_TEXT, "同步", name="syncProgress", maximum=0
        )
        dialog.setCancelButton(None)  # one transaction: nothing to cut off half-way
        dialog.show()

        def done(result: Any) -> None:
            close_progress(dialog)
            self.task = None
            msg.info(self.window, done_text(result), title="同步")
            self._after_change()
            self.finished.emit(result)

        def failed(exc: BaseException) -> None:
            close_progress(dialog)
            self.task = None
            msg.show_error(self.window, exc, action="同步")
            self.refresh_status()
            self.finished.emit(exc)

        self.task = run_task(work, on_done=done, on_error=failed, owner=self.window)
        return self.task

    def export_changes(
        self, path: Path | None = None, passphrase: str | None = None
    ) -> Task | None:
        """导出更改: the laptop's unsent changes into a package file."""
        if self.busy():
            return None
        st = self._status_now()
        if st is None:
            return None
        if st.role != "laptop":
            msg.warning(self.window, texts.CONFLICT_TEXTS["sync_not_laptop"])
            return None
        if path is None:
            stamp = f"{self.window.today:%Y%m%d}"
            path = self._save_path(texts.SYNC_EXPORT_CAPTION, f"外出变更_{st.name}_{stamp}.gsync")
            if path is None:
                return None
        target = self._checked(path)
        if target is None:
            return None
        if passphrase is None:
            passphrase = self.ask_passphrase()
            if passphrase is None:
                return None
        self._remember(target)
        key = passphrase
        return self._run(
            lambda: self.sync.export(key, target),
            lambda m: texts.sync_written_text(target, m.counts.get("changes", 0)),
        )

    def import_package(
        self,
        path: Path | None = None,
        passphrase: str | None = None,
        receipt: Path | None = None,
    ) -> Task | None:
        """导入同步包: at the office a laptop's changes (and the receipt to take back), on a
        laptop the office's receipt."""
        if self.busy():
            return None
        st = self._status_now()
        if st is None:
            return None
        if not st.role:
            msg.warning(self.window, texts.SYNC_NOT_ENROLLED_TEXT)
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, texts.SYNC_IMPORT_CAPTION, self._folder(), texts.SYNC_FILE_FILTER
            )
            if not chosen:
                return None
            path = Path(chosen)
        if st.role == "office" and receipt is None:
            receipt = self._save_path(texts.SYNC_RECEIPT_CAPTION, f"回执_{path.stem}.gsync")
            if receipt is None:
                return None
        if receipt is not None:
            receipt = self._checked(receipt)
            if receipt is None:
                return None
        if passphrase is None:
            passphrase = self.ask_passphrase()
            if passphrase is None:
                return None
        self._remember(path)
        from ..services.sync import read_package

        try:
            data = read_package(path)
        except Exception as exc:
            msg.show_error(self.window, exc, action="读取同步包")
            return None
        key, out = passphrase, receipt
        return self._run(lambda: self.sync.import_package(data, key, receipt=out), _import_text)

    # -- enrolment and checkout -------------------------------------------------------------------
    def enroll_laptop(
        self, values: EnrollValues | None = None, path: Path | None = None
    ) -> Task | None:
        """登记外出笔记本: the laptop's name, townships and the passphrase (asked in
        ``SyncEnrollDialog`` unless given), then where to save its checkout package; enrolled in
        the background. A refusal (a name already used, a wrong passphrase) is shown, and the next
        call offers what was typed again."""
        if self.busy():
            return None
        st = self._status_now()
        if st is None:
            return None
        if st.role == "laptop":
            msg.warning(self.window, texts.SYNC_ENROLL_TEXTS["not_office"])
            return None
        if values is None:
            from .dialogs.sync_enroll import SyncEnrollDialog

            dlg = SyncEnrollDialog(
                self.window.lookups.townships, self.last_enroll, parent=self.window
            )
            if dlg.exec() != QDialog.DialogCode.Accepted or dlg.values is None:
                return None
            values = dlg.values
        if path is None:
            stamp = f"{self.window.today:%Y%m%d}"
            path = self._save_path(
                texts.SYNC_ENROLL_TEXTS["save_caption"], f"签出_{values.name}_{stamp}.gsync"
            )
            if path is None:
                return None
        target = self._checked(path)
        if target is None:
            return None
        self._remember(target)
        chosen = values

        def work() -> Any:
            try:
                return self.sync.enroll(
                    chosen.name, chosen.passphrase, target, list(chosen.townships)
                )
            except Exception:
                self.last_enroll = chosen
                raise

        def done_text(_manifest: Any) -> str:
            self.last_enroll = None
            return texts.sync_enrolled_text(chosen.name, target, list(chosen.townships))

        return self._run(work, done_text)

    def check_out(self, path: Path | None = None, passphrase: str | None = None) -> Task | None:
        """签出为外出笔记本: a new, empty database becomes the laptop a checkout package names."""
        if self.busy():
            return None
        st = self._status_now()
        if st is None:
            return None
        if st.role:
            role = texts.SYNC_ROLE_NAMES.get(st.role, st.role)
            msg.warning(self.window, texts.SYNC_ENROLL_TEXTS["already"].format(role=role))
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, texts.SYNC_ENROLL_TEXTS["open_caption"], self._folder(),
                texts.SYNC_FILE_FILTER,
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        if passphrase is None:
            passphrase = self.ask_passphrase()
            if passphrase is None:
                return None
        from ..services.sync import read_package

        try:
            data = read_package(path)
        except Exception as exc:
            msg.show_error(self.window, exc, action="读取同步包")
            return None
        self._remember(path)
        key = passphrase
        return self._run(
            lambda: self.sync.checkout(data, key),
            lambda m: texts.sync_checked_out_text(m.target, m.counts),
        )


def _import_text(result: Any) -> str:
    if result.repeated:
        return texts.SYNC_REPEATED_TEXT
    if result.kind == "receipt":
        return texts.sync_receipt_text(result.applied, result.unchanged)
    text = texts.sync_import_text(result.applied, result.conflicts, result.unchanged)
    if result.receipt is not None:
        text += "\n" + texts.sync_written_text(result.receipt)
    return text
