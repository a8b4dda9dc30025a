"""Add an enterprise and accidents through the real dialogs; the tier colour and text follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.ui.style import TIER_BACKGROUND

from .conftest import type_text

USCC = "91620724MA01AB2C3L"
NAME = "高台县测试建筑工程有限公司"


def tier_cell(tab, uscc: str):
    m = tab.model
    for r in range(m.rowCount()):
        if m.row_at(r).uscc == uscc:
            return m.index(r, m.column_index("tier"))
    raise AssertionError(f"{uscc} not in the table")


def add_enterprise(qtbot, tab, uscc: str = USCC, name: str = NAME):
    tab.new_record()
    dlg = tab.dialog
    qtbot.keyClicks(dlg.ui.usccEdit, uscc)
    type_text(qtbot, dlg.ui.nameEdit, name)
    type_text(qtbot, dlg.ui.townshipCombo.lineEdit(), "城关镇")
    type_text(qtbot, dlg.ui.industryCombo.lineEdit(), "建筑业")
    qtbot.keyClicks(dlg.ui.phoneEdit, "0936-6651234")
    return dlg


def record_accident(qtbot, window, uscc: str, person: str, id_number: str, accident_no: str):
    tab = window.accident_tab
    window.tabs.setCurrentWidget(tab)
    tab.new_record()
    dlg = tab.dialog
    qtbot.keyClicks(dlg.ui.usccEdit, uscc)
    assert NAME in dlg.ui.enterpriseNameLabel.text()
    qtbot.keyClicks(dlg.ui.accidentNoEdit, accident_no)
    type_text(qtbot, dlg.ui.placeEdit, "施工现场")
    dlg.ui.categoryCombo.setCurrentIndex(dlg.ui.categoryCombo.findData("高处坠落"))
    name_edit, id_edit, severity, outcome = dlg.person_widgets(0)
    type_text(qtbot, name_edit, person)
    qtbot.keyClicks(id_edit, id_number)
    severity.setCurrentIndex(severity.findData("轻伤"))
    outcome.setCurrentIndex(outcome.findData("认定工伤"))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.errors.any(), dlg.errors.general.text() + dlg.ui.personsError.text()
    assert tab.dialog is None or not tab.dialog.isVisible()
    return dlg


def test_enterprise_then_accidents_raise_the_tier(empty_window, qtbot):
    window = empty_window
    tab = window.enterprise_tab
    assert tab.model.rowCount() == 0
    dlg = add_enterprise(qtbot, tab)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    cell = tier_cell(tab, USCC)
    assert cell.data() == "无预警"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert tab.model.row_at(0).township == "城关镇"

    record_accident(qtbot, window, USCC, "张伟", "620724198001010018", "T-1")
    cell = tier_cell(tab, USCC)
    assert cell.data() == "黄色预警"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(TIER_BACKGROUND[Tier.YELLOW])
    assert window.statusBar().currentMessage() == f"{NAME} 升为黄色预警"
    assert window.accident_tab.model.rowCount() == 1

    record_accident(qtbot, window, USCC, "李娜", "620724199512310025", "T-2")
    cell = tier_cell(tab, USCC)
    assert cell.data() == "橙色预警"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(TIER_BACKGROUND[Tier.ORANGE])
    assert window.statusBar().currentMessage() == f"{NAME} 升为橙色预警"
    assert tab.model.row_at(0).accidents == 2
    # the notice plan follows (reloaded in the background)
    qtbot.waitUntil(lambda: window.notice_tab.model.total_count() > 0, timeout=5000)


def test_accident_with_two_persons_and_a_bad_id(empty_window, qtbot):
    window = empty_window
    dlg = add_enterprise(qtbot, window.enterprise_tab)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    tab = window.accident_tab
    tab.new_record()
    dlg = tab.dialog
    qtbot.keyClicks(dlg.ui.usccEdit, USCC)
    type_text(qtbot, dlg.person_widgets(0)[0], "张伟")
    qtbot.keyClicks(dlg.person_widgets(0)[1], "620724198001010018")
    qtbot.mouseClick(dlg.ui.addPersonButton, Qt.MouseButton.LeftButton)
    type_text(qtbot, dlg.person_widgets(1)[0], "王芳")
    qtbot.keyClicks(dlg.person_widgets(1)[1], "620724198001010019")  # bad check digit
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert "第2名伤者" in dlg.ui.personsError.text() and "校验位" in dlg.ui.personsError.text()
    assert dlg.person_widgets(1)[1].text() == "620724198001010019"  # kept
    assert tab.model.rowCount() == 0
    dlg.person_widgets(1)[1].clear()
    qtbot.keyClicks(dlg.person_widgets(1)[1], "620724199512310025")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    assert tab.model.row_at(0).persons == 2
    # edit it: the dialog shows both persons
    tab.view.selectRow(0)
    tab.open_selected()
    assert tab.dialog.ui.personsTable.rowCount() == 2
    tab.dialog.reject()


def test_bad_credit_codes_say_which_rule_and_keep_input(empty_window, qtbot):
    tab = empty_window.enterprise_tab
    cases = {
        "91620724MA01AB2C3M": "校验位错误",  # check character
        "91620724MA01AB2C": "应为18位",  # length
        "91620724MA01AB2C3I": "不允许的字符",  # I is not in the alphabet
    }
    for code, words in cases.items():
        dlg = add_enterprise(qtbot, tab, uscc=code)
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
        assert dlg.isVisible(), "a failed save keeps the dialog open"
        assert words in dlg.errors.text("uscc")
        assert dlg.ui.usccEdit.text() == code
        assert dlg.ui.nameEdit.text() == NAME
        assert dlg.ui.townshipCombo.currentText() == "城关镇"
        assert dlg.ui.phoneEdit.text() == "0936-6651234"
        if words == "校验位错误":
            assert not dlg.ui.overrideEdit.isHidden()  # supervisor override offered
        dlg.reject()
    assert tab.model.rowCount() == 0


def test_duplicate_code_offers_the_existing_enterprise(empty_window, qtbot):
    tab = empty_window.enterprise_tab
    dlg = add_enterprise(qtbot, tab)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    dlg = add_enterprise(qtbot, tab, name="高台县另一家公司")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    assert "已登记" in dlg.errors.text("uscc") and NAME in dlg.errors.text("uscc")
    assert dlg.ui.nameEdit.text() == "高台县另一家公司"
    assert not dlg.ui.openExistingButton.isHidden()
    qtbot.mouseClick(dlg.ui.openExistingButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog is not dlg, timeout=20_000)
    assert tab.dialog.windowTitle() == "修改企业信息"
    assert tab.dialog.ui.nameEdit.text() == NAME
    tab.dialog.reject()
    assert tab.model.rowCount() == 1


def test_hazard_alone_makes_orange(empty_window, qtbot):
    tab = empty_window.enterprise_tab
    dlg = add_enterprise(qtbot, tab)
    dlg.ui.hazardGroup.setChecked(True)
    type_text(qtbot, dlg.ui.hazardSourceEdit, "县卫生健康局专项检查")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert tier_cell(tab, USCC).data() == "橙色预警"
    # edit: clear the hazard -> back to none, same row repainted
    tab.view.selectRow(0)
    tab.open_selected()
    dlg = tab.dialog
    assert dlg.ui.hazardGroup.isChecked()
    dlg.ui.hazardGroup.setChecked(False)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert tier_cell(tab, USCC).data() == "无预警"


def test_hazard_facts_are_entered_and_the_plan_shows_what_is_missing(empty_window, qtbot):
    tab = empty_window.enterprise_tab
    dlg = add_enterprise(qtbot, tab)
    dlg.ui.hazardGroup.setChecked(True)
    type_text(qtbot, dlg.ui.hazardDescriptionEdit, "粉碎车间粉尘浓度超标")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    row = empty_window.services.enterprises.find_by_uscc(USCC)
    assert row is not None and row.hazard_description == "粉碎车间粉尘浓度超标"
    notices = empty_window.notice_tab
    notices.refresh()
    qtbot.waitUntil(lambda: notices.model.total_count() > 0, timeout=5000)
    col = [c.key for c in notices.model.COLUMNS].index("gaps")
    shown = {notices.model.index(r, col).data() for r in range(notices.model.rowCount())}
    assert shown == {"缺：隐患发现日期、隐患发现单位"}  # a date not typed stays unknown
    # the date and the source are filled in: nothing is missing any more
    tab.view.selectRow(0)
    tab.open_selected()
    dlg = tab.dialog
    assert dlg.ui.hazardDescriptionEdit.text() == "粉碎车间粉尘浓度超标"
    type_text(qtbot, dlg.ui.hazardSourceEdit, "县卫生健康局专项检查")
    type_text(qtbot, dlg.ui.hazardDateEdit.line, "2026-11-20")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    notices.refresh()
    qtbot.waitUntil(
        lambda: (
            {notices.model.index(r, col).data() for r in range(notices.model.rowCount())} == {""}
        ),
        timeout=5000,
    )


def test_void_accident_lowers_the_tier(window, qtbot, boxes):
    acc = window.accident_tab
    r = next(
        r for r in range(acc.model.rowCount()) if acc.model.row_at(r).uscc == "91620724MAF8BNKT9C"
    )
    acc.view.selectRow(r)
    acc.delete_selected()
    assert boxes.kinds()[-1] == "ask_text"
    assert acc.model.row_at(r).voided
    cell = tier_cell(window.enterprise_tab, "91620724MAF8BNKT9C")
    assert cell.data() == "黄色预警"
    assert "降为黄色预警" in window.statusBar().currentMessage()
