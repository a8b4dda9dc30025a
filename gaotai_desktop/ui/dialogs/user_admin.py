"""用户管理 (forms: ``forms/users_dialog.ui``, ``forms/user_edit_dialog.ui``): administrators add
users, change a role, reset a password (which also lifts a lockout), deactivate or reactivate.
Every change goes through ``services.users``, which checks the role again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from ... import texts
from ...domain.errors import GaotaiError
from ...domain.roles import ROLES
from .. import messages as msg
from ..forms.ui_user_edit_dialog import Ui_UserEditDialog
from ..forms.ui_users_dialog import Ui_UsersDialog

if TYPE_CHECKING:
    from ...services.users import UserRow, UserService

#: What the edit dialog is for.
ADD, ROLE, PASSWORD = "add", "role", "password"
_TITLES = {ADD: "添加用户", ROLE: "修改角色", PASSWORD: "重设密码"}


class UserEditDialog(QDialog):
    """Add a user (name, role, password twice), change a role, or reset a password."""

    def __init__(
        self,
        users: UserService,
        mode: str = ADD,
        user: UserRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.users = users
        self.mode = mode
        self.user = user
        #: The user as saved (once accepted).
        self.saved: UserRow | None = None
        self.ui = ui = Ui_UserEditDialog()
        ui.setupUi(self)
        self.setObjectName("userEditDialog")
        self.setWindowTitle(_TITLES[mode])
        for role in ROLES:
            ui.roleCombo.addItem(texts.role_name(role), role)
        # the first user must be an administrator
        default = "clerk" if user is not None or users.has_users() else "admin"
        ui.roleCombo.setCurrentIndex(ROLES.index(user.role if user else default))
        if user is not None:
            ui.nameEdit.setText(user.name)
            ui.nameEdit.setReadOnly(True)
        role_widgets: tuple[QWidget, ...] = (ui.roleLabel, ui.roleCombo)
        password_widgets: tuple[QWidget, ...] = (
            ui.passwordLabel, ui.passwordEdit, ui.confirmLabel, ui.confirmEdit,
        )  # fmt: skip
        for widget in role_widgets:
            widget.setVisible(mode in (ADD, ROLE))
        for widget in password_widgets:
            widget.setVisible(mode in (ADD, PASSWORD))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        {ADD: ui.nameEdit, ROLE: ui.roleCombo, PASSWORD: ui.passwordEdit}[mode].setFocus()

    def save(self) -> None:
        ui = self.ui
        ui.errorLabel.clear()
        role = str(ui.roleCombo.currentData())
        password = ui.passwordEdit.text()
        if self.mode != ROLE and password != ui.confirmEdit.text():
            ui.errorLabel.setText(texts.VALIDATION_TEXTS["password_mismatch"])
            ui.confirmEdit.setFocus()
            return
        try:
            if self.mode == ADD:
                self.saved = self.users.add(ui.nameEdit.text(), role, password)
            elif self.mode == ROLE:
                self.saved = self.users.set_role(ui.nameEdit.text(), role)
            else:
                self.saved = self.users.reset_password(ui.nameEdit.text(), password)
        except (GaotaiError, OSError) as exc:
            ui.errorLabel.setText(msg.error_text(exc))
            return
        self.accept()


class UsersDialog(QDialog):
    """The users of this database, for administrators."""

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users = users
        self.rows: list[UserRow] = []
        #: The edit dialog open on top (tests answer it).
        self.edit_dialog: UserEditDialog | None = None
        self.ui = ui = Ui_UsersDialog()
        ui.setupUi(self)
        self.setObjectName("usersDialog")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        ui.buttonBox.rejected.connect(self.reject)
        ui.addButton.clicked.connect(lambda: self.edit(ADD))
        ui.roleButton.clicked.connect(lambda: self.edit(ROLE))
        ui.passwordButton.clicked.connect(lambda: self.edit(PASSWORD))
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.usersTable.itemSelectionChanged.connect(self._sync_buttons)
        self.reload()

    def reload(self, select: str = "") -> None:
        """Read the users again (raises PermissionDenied for anyone but an administrator)."""
        self.rows = self.users.list()
        table = self.ui.usersTable
        table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            last = texts.local_time_text(r.last_sign_in) if r.last_sign_in else "从未登录"
            state = "已停用" if not r.active else ("已锁定" if r.locked_until else "在用")
            for j, text in enumerate((r.name, texts.role_name(r.role), state, last)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.name)
                table.setItem(i, j, item)
            if r.name == select:
                table.selectRow(i)
        table.resizeColumnsToContents()
        self._sync_buttons()

    def selected(self) -> UserRow | None:
        rows = self.ui.usersTable.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select(self, name: str) -> None:
        for i, r in enumerate(self.rows):
            if r.name == name:
                self.ui.usersTable.selectRow(i)

    def _sync_buttons(self) -> None:
        user = self.selected()
        for button in (self.ui.roleButton, self.ui.passwordButton, self.ui.activeButton):
            button.setEnabled(user is not None)
        self.ui.activeButton.setText("启用(&E)" if user and not user.active else "停用(&D)")

    def edit(self, mode: str) -> UserEditDialog | None:
        user = self.selected() if mode != ADD else None
        if mode != ADD and user is None:
            return None
        dlg = UserEditDialog(self.users, mode, user, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self._edited(dlg))
        dlg.finished.connect(lambda _r: setattr(self, "edit_dialog", None))
        self.edit_dialog = dlg
        dlg.open()
        return dlg

    def _edited(self, dlg: UserEditDialog) -> None:
        saved = dlg.saved
        self.reload(select=saved.name if saved else "")
        if saved is not None:
            msg.notify(f"{_TITLES[dlg.mode]}：{saved.name}（{texts.role_name(saved.role)}）")

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active and not msg.confirm(
            self, texts.deactivate_user_question(user.name), title="停用用户", ok_text="停用"
        ):
            return
        try:
            self.users.set_active(user.name, not user.active)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="停用用户" if user.active else "启用用户")
            return
        self.reload(select=user.name)
