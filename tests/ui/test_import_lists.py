"""List values through the window: an imported 农、林、牧、渔业 is found by the 行业 filter, and what a
clerk types into the enterprise form is saved as the list's value."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import type_text
from .test_dialogs import USCC, add_enterprise


def test_industry_filter_finds_the_imported_variants(empty_window, qtbot, fixtures, boxes):
    window = empty_window
    window.import_file("enterprises", fixtures / "enterprises_sample.csv")
    dlg = window.import_dialog
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    tab = window.enterprise_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 18, timeout=10_000)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    combo = tab.industry_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "农、林、牧、渔业" not in texts
    combo.setCurrentIndex(combo.findData("农林牧渔业"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5_000)
    names = {tab.model.row_at(r).name for r in range(2)}
    assert names == {"高台县丰泽农业开发有限公司", "高台县新安农业开发有限公司"}


def test_enterprise_form_saves_the_lists_value(empty_window, qtbot):
    tab = empty_window.enterprise_tab
    dlg = add_enterprise(qtbot, tab)
    dlg.ui.townshipCombo.lineEdit().clear()
    type_text(qtbot, dlg.ui.townshipCombo.lineEdit(), "城关")
    dlg.ui.industryCombo.lineEdit().clear()
    type_text(qtbot, dlg.ui.industryCombo.lineEdit(), "农、林、牧、渔业")
    dlg.ui.authorityCombo.lineEdit().clear()
    type_text(qtbot, dlg.ui.authorityCombo.lineEdit(), "高台县应急管理局")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.errors.any(), dlg.errors.general.text()
    row = next(tab.model.row_at(r) for r in range(tab.model.rowCount()))
    assert row.uscc == USCC
    assert (row.industry, row.township, row.authority) == ("农林牧渔业", "城关镇", "县应急管理局")
