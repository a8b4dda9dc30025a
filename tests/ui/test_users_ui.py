"""The window with users: the sign-in dialog, who is signed in, the users dialog, and a clerk
refused a supervisor's action (the Chinese reason shown, nothing changed)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gaotai_desktop.domain.roles import SIGNED_OUT

from .conftest import open_window, type_text

PASSWORD = "Gaotai-2026"


@pytest.fixture
def with_users(sample_services):
    """The sample database with an administrator, a supervisor and a clerk; nobody signed in."""
    users = sample_services.users
    users.add("管理员甲", "admin", PASSWORD)
    users.add("股长乙", "supervisor", PASSWORD)
    users.add("科员丙", "clerk", PASSWORD)
    sample_services.db.role = SIGNED_OUT
    sample_services.db.actor = "nobody"
    return sample_services


def _ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_sign_in_dialog_wrong_password_lockout_then_success(qtbot, with_users):
    from gaotai_desktop.ui.dialogs.sign_in import SignInDialog

    services = with_users
    now = [dt.datetime(2026, 11, 28, 9, 0)]
    services.db.clock = lambda: now[0]
    dlg = SignInDialog(services.users)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(qtbot, dlg.ui.nameEdit, "科员丙")
    for left in (4, 3, 2, 1):
        type_text(qtbot, dlg.ui.passwordEdit, "wrong password")
        qtbot.mouseClick(_ok(dlg), Qt.MouseButton.LeftButton)
        assert dlg.isVisible()
        assert dlg.ui.errorLabel.text() == f"用户名或密码不正确（再错{left}次将暂时锁定该用户）"
        assert dlg.ui.passwordEdit.text() == ""
    type_text(qtbot, dlg.ui.passwordEdit, "wrong password")
    qtbot.mouseClick(_ok(dlg), Qt.MouseButton.LeftButton)
    until = (now[0] + dt.timedelta(minutes=1)).replace(tzinfo=dt.UTC).astimezone()
    assert "暂时锁定" in dlg.ui.errorLabel.text()
    assert f"{until:%Y-%m-%d %H:%M}" in dlg.ui.errorLabel.text()
    assert services.role == SIGNED_OUT and dlg.user is None
    now[0] += dt.timedelta(minutes=2)
    type_text(qtbot, dlg.ui.passwordEdit, PASSWORD)
    qtbot.mouseClick(_ok(dlg), Qt.MouseButton.LeftButton)
    assert not dlg.isVisible() and dlg.result() == dlg.DialogCode.Accepted
    assert (services.actor, services.role) == ("科员丙", "clerk")


def test_clerk_is_refused_a_supervisor_action_in_the_window(qtbot, with_users, qsettings, boxes):
    services = with_users
    services.users.sign_in("科员丙", PASSWORD)
    window = open_window(qtbot, services, qsettings)
    assert window.user_label.text() == "已登录：科员丙（科员）"

    # 显示完整证件号: refused, the box stays unticked, the numbers stay masked
    tab = window.accident_tab
    window.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.waitUntil(lambda: tab.person_model.rowCount() > 0, timeout=5000)
    masked = tab.person_model.text_at(0, 2)
    assert "*" in masked
    tab.show_ids.click()
    assert boxes.texts("error")[-1] == (
        "显示完整证件号失败：当前用户（科员）无权执行此操作：查看完整身份证号（须股长或管理员）"
    )
    assert not tab.show_ids.isChecked() and not tab.person_model.show_full
    assert tab.person_model.text_at(0, 2) == masked

    # 恢复 a deleted enterprise: refused after the confirmation, nothing restored
    etab = window.enterprise_tab
    row = etab.model.row_at(0)
    services.db.role = "supervisor"  # the deletion itself by someone allowed to (any role may)
    services.enterprises.delete(row.enterprise_id, reason="录入错误")
    services.db.role = "clerk"
    window.tabs.setCurrentWidget(etab)
    qtbot.mouseClick(etab.deleted_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: etab.deleted_model.rowCount() == 1, timeout=5000)
    assert etab.deleted_view.select_id(row.enterprise_id)
    qtbot.mouseClick(etab.restore_button, Qt.MouseButton.LeftButton)
    assert (
        "恢复企业失败：当前用户（科员）无权执行此操作：恢复已删除的企业" in boxes.texts("error")[-1]
    )
    assert etab.deleted_model.rowCount() == 1
    assert [d.id for d in services.enterprises.deleted(window.as_of)] == [row.enterprise_id]

    # 用户管理 is for administrators
    assert window.open_users() is None
    assert "管理用户（须管理员）" in boxes.texts("error")[-1]


def test_supervisor_sees_full_id_numbers(qtbot, with_users, qsettings, boxes):
    services = with_users
    services.users.sign_in("股长乙", PASSWORD)
    window = open_window(qtbot, services, qsettings)
    assert window.user_label.text() == "已登录：股长乙（股长）"
    tab = window.accident_tab
    window.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    qtbot.waitUntil(lambda: tab.person_model.rowCount() > 0, timeout=5000)
    tab.show_ids.click()
    assert tab.show_ids.isChecked() and tab.person_model.show_full
    assert "*" not in tab.person_model.text_at(0, 2)
    assert boxes.texts("error") == []


def test_users_dialog_for_an_administrator(qtbot, with_users, qsettings, boxes):
    services = with_users
    services.users.sign_in("管理员甲", PASSWORD)
    window = open_window(qtbot, services, qsettings)
    dlg = window.open_users()
    assert dlg is not None and dlg.isVisible()
    names = [dlg.ui.usersTable.item(r, 0).text() for r in range(dlg.ui.usersTable.rowCount())]
    assert sorted(names) == sorted(["管理员甲", "股长乙", "科员丙"])

    # 添加用户: the passwords must match; then the user is listed
    qtbot.mouseClick(dlg.ui.addButton, Qt.MouseButton.LeftButton)
    edit = dlg.edit_dialog
    assert edit is not None and edit.windowTitle() == "添加用户"
    type_text(qtbot, edit.ui.nameEdit, "科员丁")
    type_text(qtbot, edit.ui.passwordEdit, "password-1")
    type_text(qtbot, edit.ui.confirmEdit, "password-2")
    qtbot.mouseClick(_ok(edit), Qt.MouseButton.LeftButton)
    assert edit.isVisible() and edit.ui.errorLabel.text() == "两次输入的密码不一致"
    edit.ui.confirmEdit.clear()
    type_text(qtbot, edit.ui.confirmEdit, "password-1")
    qtbot.mouseClick(_ok(edit), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.edit_dialog is None, timeout=3000)
    assert dlg.selected() is not None and dlg.selected().name == "科员丁"
    assert dlg.selected().role == "clerk"

    # 修改角色 of the selected user
    qtbot.mouseClick(dlg.ui.roleButton, Qt.MouseButton.LeftButton)
    edit = dlg.edit_dialog
    assert edit is not None and not edit.ui.passwordEdit.isVisible()
    edit.ui.roleCombo.setCurrentIndex(edit.ui.roleCombo.findData("supervisor"))
    qtbot.mouseClick(_ok(edit), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.edit_dialog is None, timeout=3000)
    assert dlg.selected().role == "supervisor"

    # 重设密码, then 停用: the user can no longer sign in
    qtbot.mouseClick(dlg.ui.passwordButton, Qt.MouseButton.LeftButton)
    edit = dlg.edit_dialog
    assert edit is not None and edit.ui.nameEdit.isReadOnly()
    type_text(qtbot, edit.ui.passwordEdit, "password-3")
    type_text(qtbot, edit.ui.confirmEdit, "password-3")
    qtbot.mouseClick(_ok(edit), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.edit_dialog is None, timeout=3000)
    qtbot.mouseClick(dlg.ui.activeButton, Qt.MouseButton.LeftButton)
    assert "停用用户“科员丁”" in boxes.texts("confirm")[-1]
    assert not dlg.selected().active and dlg.ui.activeButton.text() == "启用(&E)"
    from gaotai_desktop.domain.errors import SignInFailed

    with pytest.raises(SignInFailed) as exc:
        services.users.sign_in("科员丁", "password-3")
    assert exc.value.code == "inactive"


def test_first_user_from_the_window_turns_sign_in_on(qtbot, services, qsettings, boxes):
    window = open_window(qtbot, services, qsettings)
    assert window.user_label.text() == f"用户：{services.actor}（单用户）"
    dlg = window.open_users()
    assert dlg is not None and dlg.ui.usersTable.rowCount() == 0
    qtbot.mouseClick(dlg.ui.addButton, Qt.MouseButton.LeftButton)
    edit = dlg.edit_dialog
    assert edit.ui.roleCombo.currentData() == "admin"
    type_text(qtbot, edit.ui.nameEdit, "管理员甲")
    type_text(qtbot, edit.ui.passwordEdit, PASSWORD)
    type_text(qtbot, edit.ui.confirmEdit, PASSWORD)
    qtbot.mouseClick(_ok(edit), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.edit_dialog is None, timeout=3000)
    dlg.reject()
    assert window.user_label.text() == "已登录：管理员甲（管理员）"
    assert services.users.has_users()


def test_demo_signs_in_by_itself(qtbot, services):
    from gaotai_desktop.services.demo import DEMO_USER, generate
    from gaotai_desktop.ui.application import sign_in

    generate(services.db, today=dt.date(2026, 11, 28), enterprises=5, incidents=5, demo_user=True)
    services.db.role = SIGNED_OUT
    assert sign_in(services, demo=True)
    assert (services.actor, services.role) == (DEMO_USER, "admin")
