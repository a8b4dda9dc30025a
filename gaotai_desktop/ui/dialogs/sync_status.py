"""同步 → 同步状态 (form: ``forms/sync_status_dialog.ui``): office or laptop, unsent changes, the
last package each way with its date, open conflicts, the enrolled laptops; buttons for the
menu's export, import and conflict queue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ... import texts
from ..forms.ui_sync_status_dialog import Ui_SyncStatusDialog

if TYPE_CHECKING:
    from ...services.sync import SyncStatus


class SyncStatusDialog(QDialog):
    export_requested = Signal()
    import_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_SyncStatusDialog()
        ui.setupUi(self)
        self.setObjectName("syncStatusDialog")
        ui.exportButton.clicked.connect(self.export_requested)
        ui.importButton.clicked.connect(self.import_requested)
        ui.conflictsButton.clicked.connect(self.conflicts_requested)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        ui.buttonBox.rejected.connect(self.reject)
        self.show_status(status)

    def show_status(self, st: SyncStatus) -> None:
        ui = self.ui
        role = texts.SYNC_ROLE_NAMES.get(st.role, st.role)
        ui.roleValue.setText(
            f"{role} {st.name}".strip() if st.role else texts.SYNC_NOT_ENROLLED_TEXT
        )
        ui.roleValue.setWordWrap(True)
        ui.pendingValue.setText(f"{st.pending} 项" if st.role == "laptop" else "—")
        ui.sentValue.setText(texts.sync_package_text(st.last_sent, st.last_sent_at))
        ui.receivedValue.setText(texts.sync_package_text(st.last_received, st.last_received_at))
        ui.conflictsValue.setText(f"{st.open_conflicts} 个")
        ui.peersValue.setText("、".join(st.peers) if st.peers else "—")
        for w in (ui.peersCaption, ui.peersValue):
            w.setVisible(st.role == "office")
        ui.exportButton.setEnabled(st.role == "laptop")
        ui.importButton.setEnabled(bool(st.role))
        ui.conflictsButton.setEnabled(st.role == "office")
