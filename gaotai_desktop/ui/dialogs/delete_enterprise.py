"""删除企业 (form: ``forms/delete_enterprise_dialog.ui``): the reason is required; the dialog deletes
through the service itself and stays open, with the reason shown next to the field, when the
deletion is refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ... import texts
from ...domain.errors import GaotaiError, ValidationError
from .. import messages as msg
from ..forms.ui_delete_enterprise_dialog import Ui_DeleteEnterpriseDialog
from .common import FieldErrors

if TYPE_CHECKING:
    from ...domain.rows import TierRow
    from ...services.container import Services


class DeleteEnterpriseDialog(QDialog):
    #: The enterprise was deleted (its id).
    deleted = Signal(str)

    def __init__(self, services: Services, row: TierRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.row = row
        self.ui = ui = Ui_DeleteEnterpriseDialog()
        ui.setupUi(self)
        self.setObjectName("deleteEnterpriseDialog")
        ui.enterpriseLabel.setText(texts.enterprise_delete_question(row.name, row.uscc))
        # nothing chosen: the clerk picks a common reason or types one
        ui.reasonCombo.setCurrentIndex(-1)
        ui.reasonCombo.setEditText("")
        line = ui.reasonCombo.lineEdit()
        if line is not None:
            line.setPlaceholderText("请选择或填写删除原因")
        self.errors = FieldErrors(
            {"deleted_reason": ui.reasonError}, {"deleted_reason": ui.reasonCombo}, ui.reasonError
        )
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("删除")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.delete)
        ui.buttonBox.rejected.connect(self.reject)
        ui.reasonCombo.setFocus()

    def reason(self) -> str:
        return self.ui.reasonCombo.currentText()

    def delete(self) -> None:
        """Delete with the reason given; a refusal keeps the dialog open and says why."""
        self.errors.clear()
        try:
            self.services.enterprises.delete(self.row.enterprise_id, reason=self.reason())
        except ValidationError as exc:
            self.errors.show(exc.field, msg.reason_text(exc))
            self.ui.reasonCombo.setFocus()
            return
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="删除企业")
            return
        self.deleted.emit(self.row.enterprise_id)
        self.accept()
