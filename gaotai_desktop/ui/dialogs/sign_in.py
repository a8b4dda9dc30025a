"""登录 (form: ``forms/sign_in_dialog.ui``): shown at start when the database has users. A wrong
password says so (and how many tries are left before a lockout); a locked user is told until
when. The dialog signs in through the service itself and stays open until it succeeds or is
cancelled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...domain.errors import GaotaiError
from .. import messages as msg
from ..forms.ui_sign_in_dialog import Ui_SignInDialog

if TYPE_CHECKING:
    from ...services.users import UserRow, UserService


class SignInDialog(QDialog):
    def __init__(self, users: UserService, *, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.users = users
        #: The user signed in (once accepted).
        self.user: UserRow | None = None
        self.ui = ui = Ui_SignInDialog()
        ui.setupUi(self)
        self.setObjectName("signInDialog")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("登录")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("退出")
        ui.buttonBox.accepted.connect(self.sign_in)
        ui.buttonBox.rejected.connect(self.reject)
        ui.nameEdit.setText(name)
        (ui.passwordEdit if name else ui.nameEdit).setFocus()

    def sign_in(self) -> None:
        """Sign in with what was typed; a refusal is shown under the fields (password cleared)."""
        ui = self.ui
        ui.errorLabel.clear()
        try:
            self.user = self.users.sign_in(ui.nameEdit.text(), ui.passwordEdit.text())
        except (GaotaiError, OSError) as exc:
            ui.errorLabel.setText(msg.error_text(exc))
            ui.passwordEdit.clear()
            (ui.passwordEdit if ui.nameEdit.text().strip() else ui.nameEdit).setFocus()
            return
        self.accept()
