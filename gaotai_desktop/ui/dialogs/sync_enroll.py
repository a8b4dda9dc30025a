"""同步 → 登记外出笔记本… (form: ``forms/sync_enroll_dialog.ui``): the laptop's name, all townships
or some, and the sync passphrase typed twice. The dialog only collects and checks what was typed;
the menu asks where to save the checkout package and enrols in the background
(``ui.sync_menu``), and opens the dialog again with the same values when the service refuses."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ... import texts
from ..forms.ui_sync_enroll_dialog import Ui_SyncEnrollDialog


@dataclass(frozen=True)
class EnrollValues:
    """What the clerk typed: ``townships`` empty means every township."""

    name: str = ""
    townships: tuple[str, ...] = ()
    passphrase: str = ""


class SyncEnrollDialog(QDialog):
    def __init__(
        self,
        townships: tuple[str, ...],
        values: EnrollValues | None = None,
        *,
        error: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_SyncEnrollDialog()
        ui.setupUi(self)
        self.setObjectName("syncEnrollDialog")
        self.values: EnrollValues | None = None
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(texts.SYNC_ENROLL_TEXTS["ok"])
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.someRadio.toggled.connect(ui.townshipList.setEnabled)
        before = values or EnrollValues()
        for name in townships:
            item = QListWidgetItem(name, ui.townshipList)
            checked = name in before.townships
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        ui.nameEdit.setText(before.name)
        ui.someRadio.setChecked(bool(before.townships))
        ui.passphraseEdit.setText(before.passphrase)
        ui.confirmEdit.setText(before.passphrase)
        ui.errorLabel.setText(error)
        ui.errorLabel.setVisible(bool(error))
        ui.nameEdit.setFocus()

    def checked_townships(self) -> tuple[str, ...]:
        box = self.ui.townshipList
        return tuple(
            box.item(i).text()
            for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked
        )

    def accept(self) -> None:
        ui, say = self.ui, texts.SYNC_ENROLL_TEXTS
        name = ui.nameEdit.text().strip()
        townships = self.checked_townships() if ui.someRadio.isChecked() else ()
        passphrase = ui.passphraseEdit.text()
        widget: QWidget | None
        problem, widget = "", None
        if not name:
            problem, widget = say["name"], ui.nameEdit
        elif ui.someRadio.isChecked() and not townships:
            problem, widget = say["townships"], ui.townshipList
        elif not passphrase:
            problem, widget = say["passphrase"], ui.passphraseEdit
        elif passphrase != ui.confirmEdit.text():
            problem, widget = say["confirm"], ui.confirmEdit
        if widget is not None:
            ui.errorLabel.setText(problem)
            ui.errorLabel.setVisible(True)
            widget.setFocus()
            return
        self.values = EnrollValues(name, townships, passphrase)
        super().accept()
