"""The main window on the sample data: tabs, colours, search, filters, keyboard, remembered state."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from gaotai_desktop.domain.tiers import TIER_LABELS, Tier
from gaotai_desktop.ui.style import TIER_BACKGROUND

from .conftest import close_window, open_window, type_text


def expected(fixtures):
    return json.loads((fixtures / "expected_tiers_2026-11-28.json").read_text("utf-8"))


def row_of(tab, uscc: str) -> int:
    m = tab.model
    for r in range(m.rowCount()):
        if m.row_at(r).uscc == uscc:
            return r
    raise AssertionError(uscc)


def test_window_shows_three_tabs_and_as_of(window):
    assert window.windowTitle() == "高台工伤预防分级预警台"
    assert [window.tabs.tabText(i) for i in range(3)] == ["企业", "事故", "预警通知"]
    assert "2026年11月28日" in window.as_of_label.text()


def test_enterprise_rows_have_tier_text_and_colour(window, fixtures):
    tab = window.enterprise_tab
    exp = expected(fixtures)
    assert tab.model.rowCount() == len(exp)
    tier_col = tab.model.column_index("tier")
    for e in exp:
        r = row_of(tab, e["uscc"])
        tier = Tier.from_code(e["tier"])
        idx = tab.model.index(r, tier_col)
        assert idx.data() == TIER_LABELS[tier]
        brush = tab.model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)
        if tier == Tier.NONE:
            assert brush is None
        else:
            assert brush.color() == QColor(TIER_BACKGROUND[tier])
            assert tab.model.index(r, 1).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(
                "black"
            )
        assert tab.model.index(r, tab.model.column_index("accidents")).data() == str(e["accidents"])
    # red first by default
    assert tab.model.row_at(0).tier == Tier.RED


def test_search_and_filters_reduce_rows(window, qtbot):
    tab = window.enterprise_tab
    total = tab.model.rowCount()
    type_text(qtbot, tab.search, "金川")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)
    assert "金川" in tab.model.row_at(0).name
    tab.search.clear()
    tab.search.flush()
    assert tab.model.rowCount() == total
    tab.tier_combo.set_value(int(Tier.YELLOW))
    yellow = tab.model.rowCount()
    assert 0 < yellow < total
    assert all(tab.model.row_at(r).tier == Tier.YELLOW for r in range(yellow))
    town = tab.model.row_at(0).township
    tab.township_combo.set_value(town)
    assert 0 < tab.model.rowCount() <= yellow
    assert "筛选后显示" in tab.count_label.text()
    tab.tier_combo.set_value(None)
    tab.township_combo.set_value(None)
    assert tab.model.rowCount() == total

    acc = window.accident_tab
    all_acc = acc.model.rowCount()
    assert all_acc > 0
    acc.outcome_combo.set_value("不予认定")
    assert 0 < acc.model.rowCount() < all_acc
    acc.outcome_combo.set_value(None)
    qtbot.keyClicks(acc.search, "SG2026-0002")
    acc.search.flush()
    assert acc.model.rowCount() == 1

    notices = window.notice_tab
    n = notices.model.rowCount()
    notices.tier_combo.set_value(int(Tier.RED))
    assert 0 < notices.model.rowCount() < n
    assert all(notices.model.row_at(r).tier == Tier.RED for r in range(notices.model.rowCount()))


def test_sort_by_accident_count(window):
    tab = window.enterprise_tab
    col = tab.model.column_index("accidents")
    tab.view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    counts = [tab.model.row_at(r).accidents for r in range(tab.model.rowCount())]
    assert counts == sorted(counts, reverse=True)


def test_accident_detail_masks_id_numbers(window, qtbot):
    window.tabs.setCurrentWidget(window.accident_tab)
    tab = window.accident_tab
    tab.view.selectRow(0)
    qtbot.waitUntil(lambda: tab.person_model.rowCount() > 0, timeout=2000)
    shown = tab.person_model.index(0, 2).data()
    full = tab.person_model.row_at(0).id_number
    assert "********" in shown and shown != full
    tab.show_ids.setChecked(True)
    assert tab.person_model.index(0, 2).data() == full


def test_side_panel_shows_accidents_and_notices(window, qtbot):
    tab = window.enterprise_tab
    r = row_of(tab, "91620724MALU7N7H7R")  # red: 3 accidents
    tab.view.selectRow(r)
    qtbot.waitUntil(lambda: tab.panel_accidents.rowCount() == 3, timeout=3000)
    assert tab.panel_title.text() == tab.model.row_at(r).name
    assert tab.panel_notices.rowCount() > 0
    assert "*" in tab.panel_info.text() or "联系电话" in tab.panel_info.text()


def test_keyboard_shortcuts(window, qtbot, boxes):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    tab = window.enterprise_tab
    tab.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.search
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.dialog is not None and tab.dialog.windowTitle() == "新增企业"
    tab.dialog.reject()
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.dialog is not None and tab.dialog.windowTitle() == "修改企业信息"
    assert tab.dialog.ui.nameEdit.text() == tab.model.row_at(0).name
    tab.dialog.reject()
    # Delete asks for a reason first; cancelling deletes nothing
    before = tab.model.rowCount()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.delete_dialog is not None and tab.delete_dialog.isVisible()
    qtbot.keyClick(tab.delete_dialog, Qt.Key.Key_Escape)
    assert tab.delete_dialog is None and tab.model.rowCount() == before
    name = tab.model.row_at(0).name
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    dlg = tab.delete_dialog
    type_text(qtbot, dlg.ui.reasonCombo.lineEdit(), "重复登记")
    qtbot.keyClick(dlg.ui.reasonCombo.lineEdit(), Qt.Key.Key_Return)
    assert tab.model.rowCount() == before - 1
    assert name not in {tab.model.row_at(r).name for r in range(tab.model.rowCount())}
    # F5 reloads (the deletion is in the database)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert tab.model.rowCount() == before - 1
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)


def test_state_is_remembered(qtbot, sample_services, qsettings, boxes):
    w = open_window(qtbot, sample_services, qsettings)
    tab = w.enterprise_tab
    tab.view.setColumnWidth(1, 333)
    col = tab.model.column_index("accidents")
    tab.view.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    w.tabs.setCurrentIndex(2)
    close_window(w)
    w2 = open_window(qtbot, sample_services, qsettings)
    try:
        tab2 = w2.enterprise_tab
        assert tab2.view.columnWidth(1) == 333
        assert tab2.view.horizontalHeader().sortIndicatorSection() == col
        assert tab2.model.sort_column == col
        counts = [tab2.model.row_at(r).accidents for r in range(tab2.model.rowCount())]
        assert counts == sorted(counts)
        assert w2.tabs.currentIndex() == 2
    finally:
        close_window(w2)


def test_export_current_table(window, tmp_path):
    from openpyxl import load_workbook

    tab = window.enterprise_tab
    tab.view.setColumnHidden(tab.model.column_index("authority"), True)
    tab.tier_combo.set_value(int(Tier.ORANGE))
    path = window.export_current(tmp_path / "out.xlsx")
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))[2:]  # below the title and 统计截止日期 rows
    assert "行业主管部门" not in rows[0] and rows[0][-1] == "预警等级"
    assert len(rows) - 1 == tab.model.rowCount()
    assert {r[-1] for r in rows[1:]} == {"橙色预警"}
    assert all(isinstance(r[rows[0].index("本年事故")], int) for r in rows[1:])


def test_side_panel_follows_what_the_search_leaves_visible(window, qtbot):
    """A selected enterprise hidden by the search leaves the panel (and its buttons)."""
    tab = window.enterprise_tab
    first = tab.model.row_at(0)
    assert tab.view.select_id(first.enterprise_id)
    qtbot.waitUntil(lambda: tab.panel_title.text() == first.name, timeout=5000)
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()
    assert tab.record_button.isEnabled()

    type_text(qtbot, tab.search, "不存在的企业名称")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5000)
    qtbot.waitUntil(lambda: tab.panel_title.text() == "未选择企业", timeout=5000)
    assert tab.view.current_id() == ""
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    assert not tab.record_button.isEnabled()

    # a search that keeps the row keeps it selected and shown
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=5000)
    assert tab.view.select_id(first.enterprise_id)
    type_text(qtbot, tab.search, first.name[:6])
    qtbot.waitUntil(lambda: tab.model.rowCount() < 18, timeout=5000)
    assert tab.view.current_id() == first.enterprise_id
    assert tab.panel_title.text() == first.name


def test_export_never_overwrites_the_database(window, tmp_path, boxes):
    """Ctrl+E onto the open database file is refused; the database is unchanged."""
    import hashlib

    db = window.services.location
    before = hashlib.sha256(Path(db).read_bytes()).hexdigest()
    assert window.export_current(Path(db)) is None
    assert any("数据库" in t for t in boxes.texts("error")), boxes.shown
    assert hashlib.sha256(Path(db).read_bytes()).hexdigest() == before


def test_the_window_fits_a_1024_screen(window, qtbot):
    """Older county monitors: every tab fits 1024 pixels wide with its buttons on screen."""
    assert window.minimumSizeHint().width() <= 1024
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() <= 1024, timeout=5000)
    for tab in window.all_tabs():
        window.tabs.setCurrentWidget(tab)
        assert tab.minimumSizeHint().width() <= 1000, type(tab).__name__
        for button in (getattr(tab, "new_button", None), getattr(tab, "edit_button", None)):
            if button is not None:
                right = button.mapTo(window, button.rect().topRight()).x()
                assert right <= window.width(), (type(tab).__name__, right)


def test_keyboard_flow_search_results_and_back(window, qtbot, monkeypatch):
    """Down/Enter from the search box into the results, Enter opens, Esc returns; Ctrl+E exports
    even while typing in the search box (QLineEdit would take it as 'end of line')."""
    tab = window.enterprise_tab
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    tab.focus_search()
    type_text(qtbot, tab.search, "高台县")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.view.hasFocus()
    first = tab.model.row_at(0)
    assert tab.view.current_id() == first.enterprise_id
    qtbot.keyClick(tab.view, Qt.Key.Key_Escape)
    assert tab.search.hasFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.view.hasFocus() and tab.view.current_id() == first.enterprise_id
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.dialog is not None and tab.dialog.isVisible()
    tab.dialog.reject()

    exported = []
    monkeypatch.setattr(window.transfers, "export_table", lambda t, p=None: exported.append(t))
    tab.focus_search()
    qtbot.keyClick(tab.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == [tab]
