"""同步 → 登记外出笔记本… and 签出为外出笔记本…: the office enrols a laptop from the window (the
dialog checks what was typed and names what is missing), a refused enrolment is offered again as
typed, and a new database's window checks out the package and shows the laptop's enterprises."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import open_services
from gaotai_desktop.ui.dialogs.sync_enroll import EnrollValues, SyncEnrollDialog

from .conftest import close_window, open_window, type_text
from .test_sync_conflicts import PASS, TODAY, uscc


def test_the_dialog_names_what_is_missing_and_keeps_what_was_typed(qtbot):
    dlg = SyncEnrollDialog(("城关镇", "宣化镇", "南华镇"))
    qtbot.addWidget(dlg)
    ui = dlg.ui
    assert not ui.townshipList.isEnabled()  # every township unless chosen
    dlg.accept()
    assert dlg.values is None and "笔记本名称" in ui.errorLabel.text()
    type_text(qtbot, ui.nameEdit, "张明的笔记本")
    ui.someRadio.setChecked(True)
    assert ui.townshipList.isEnabled()
    dlg.accept()
    assert dlg.values is None and "至少勾选一个乡镇" in ui.errorLabel.text()
    ui.townshipList.item(1).setCheckState(Qt.CheckState.Checked)
    dlg.accept()
    assert dlg.values is None and "同步口令" in ui.errorLabel.text()
    ui.passphraseEdit.setText(PASS)
    ui.confirmEdit.setText(PASS + "x")
    dlg.accept()
    assert dlg.values is None and "不一致" in ui.errorLabel.text()
    assert ui.nameEdit.text() == "张明的笔记本"  # nothing typed is lost
    ui.confirmEdit.setText(PASS)
    dlg.accept()
    assert dlg.values == EnrollValues("张明的笔记本", ("宣化镇",), PASS)
    # offered again as typed
    again = SyncEnrollDialog(("城关镇", "宣化镇", "南华镇"), dlg.values)
    qtbot.addWidget(again)
    assert again.ui.someRadio.isChecked() and again.checked_townships() == ("宣化镇",)
    assert again.ui.nameEdit.text() == "张明的笔记本" and again.ui.confirmEdit.text() == PASS


def test_enrol_from_the_office_window_and_check_out_in_a_new_one(
    qtbot, services, qsettings, boxes, tmp_path
):
    services.enterprises.create(
        EnterpriseInput(uscc=uscc(1), name="高台县城关一号有限公司", township="城关镇"),
        today=TODAY,
    )
    services.enterprises.create(
        EnterpriseInput(uscc=uscc(2), name="高台县宣化二号有限公司", township="宣化镇"),
        today=TODAY,
    )
    package = tmp_path / "stick" / "checkout.gsync"
    package.parent.mkdir()
    ow = open_window(qtbot, services, qsettings)
    try:
        menu = ow.sync_menu
        assert menu.enroll_action.text() == "登记外出笔记本(&N)…"
        values = EnrollValues("张明的笔记本", ("宣化镇",), PASS)
        with qtbot.waitSignal(menu.finished, timeout=30_000) as done:
            assert menu.enroll_laptop(values, package) is not None
        assert not isinstance(done.args[0], BaseException), done.args
        (text,) = boxes.texts("info")
        assert "已登记外出笔记本“张明的笔记本”（宣化镇）" in text and "checkout.gsync" in text
        assert package.exists() and menu.last_enroll is None
        # the same name again: refused, and what was typed is kept for the next try
        boxes.shown.clear()
        with qtbot.waitSignal(menu.finished, timeout=30_000):
            menu.enroll_laptop(values, tmp_path / "stick" / "again.gsync")
        assert any("已经登记过" in t for t in boxes.texts("error")), boxes.shown
        assert menu.last_enroll == values
        assert not (tmp_path / "stick" / "again.gsync").exists()
    finally:
        close_window(ow)

    laptop_path = tmp_path / "laptop" / "l.sqlite"
    laptop_path.parent.mkdir()
    laptop = open_services(laptop_path, backup_dir=tmp_path / "lb", actor="张明")
    boxes.shown.clear()
    lw = open_window(qtbot, laptop, qsettings)
    try:
        menu = lw.sync_menu
        with qtbot.waitSignal(menu.finished, timeout=30_000) as done:
            assert menu.check_out(package, PASS) is not None
        assert not isinstance(done.args[0], BaseException), done.args
        (text,) = boxes.texts("info")
        assert "已签出为外出笔记本“张明的笔记本”：企业 1 家" in text
        assert laptop.sync.status().role == "laptop"
        # the window shows the laptop's enterprises (宣化镇 only) once it has reloaded
        tab = lw.enterprise_tab
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
        assert tab.model.row_at(0).name == "高台县宣化二号有限公司"
        qtbot.waitUntil(lambda: lw.sync_menu.label.text() == "外出笔记本：未发送 0 项")
        # checked out once: a second checkout, or enrolling from a laptop, is refused
        boxes.shown.clear()
        assert menu.check_out(package, PASS) is None
        assert any("已经加入同步" in t for t in boxes.texts("warning")), boxes.shown
        assert menu.enroll_laptop(values, tmp_path / "x.gsync") is None
        assert any("只有办公室数据库" in t for t in boxes.texts("warning"))
    finally:
        close_window(lw)
        laptop.dispose()
