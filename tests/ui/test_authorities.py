"""设置 → 行业主管部门: addresses and contacts edited, a new authority added, problems named."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from gaotai_desktop.ui.dialogs.authorities import ADDRESS, CONTACT, NAME


def cell(dlg, row: int, col: int) -> QTableWidgetItem:
    item = dlg.ui.authoritiesTable.item(row, col)
    assert item is not None
    return item


def test_edit_an_address_and_add_an_authority(window, qtbot, boxes):
    enterprises = window.services.enterprises
    before = enterprises.authorities()
    menu = {a.text(): a.menu() for a in window.menuBar().actions()}["设置(&S)"]
    assert window.authorities_action in menu.actions()
    window.authorities_action.trigger()
    dlg = window.authorities_dialog
    assert dlg is not None and dlg.isVisible()
    table = dlg.ui.authoritiesTable
    names = [cell(dlg, r, NAME).text() for r in range(table.rowCount())]
    assert names == [a.name for a in before] and "县应急管理局" in names
    row = names.index("县应急管理局")
    assert not (cell(dlg, row, NAME).flags() & Qt.ItemFlag.ItemIsEditable)
    cell(dlg, row, ADDRESS).setText("甘肃省张掖市高台县城关镇解放北路1号")
    cell(dlg, row, CONTACT).setText("李强 0936-6620000")
    n = dlg.add_row()
    cell(dlg, n, NAME).setText("县市场监督管理局")
    cell(dlg, n, ADDRESS).setText("甘肃省张掖市高台县城关镇")
    dlg.accept()
    assert not dlg.isVisible()

    after = {a.name: a for a in enterprises.authorities()}
    assert after["县应急管理局"].address == "甘肃省张掖市高台县城关镇解放北路1号"
    assert after["县应急管理局"].contact == "李强 0936-6620000"
    assert after["县市场监督管理局"].address == "甘肃省张掖市高台县城关镇"
    # the receipt of a letter to the authority prints the address now recorded
    assert enterprises.authority_address("高台县应急管理局") == after["县应急管理局"].address
    assert "县市场监督管理局" in enterprises.lookups().authorities


def test_a_duplicate_new_authority_is_named_and_kept(window, qtbot, boxes):
    enterprises = window.services.enterprises
    before = enterprises.authorities()
    dlg = window.open_authorities()
    n = dlg.add_row()
    cell(dlg, n, NAME).setText("县应急管理局")
    cell(dlg, n, CONTACT).setText("王五")
    dlg.accept()
    assert dlg.isVisible()
    assert "“县应急管理局”未能保存" in dlg.ui.errorLabel.text()
    assert "已在名单中" in dlg.ui.errorLabel.text()
    assert cell(dlg, n, CONTACT).text() == "王五"  # what was typed stays
    assert enterprises.authorities() == before
    dlg.reject()
