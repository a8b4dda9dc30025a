"""Deleting an enterprise asks for a reason; the 已删除 filter shows who/when/why and restores it
(with its accidents) — issue 12 item 13, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gaotai_desktop.domain.tiers import Tier

from .conftest import type_text


def _names(model) -> set[str]:
    return {model.row_at(r).name for r in range(model.rowCount())}


def test_delete_needs_a_reason_and_the_deleted_filter_restores(window, qtbot, boxes):
    tab = window.enterprise_tab
    tab.tier_combo.set_value(int(Tier.RED))
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=5000)
    red = tab.model.row_at(0)
    tab.tier_combo.set_value(None)
    assert red.accidents >= 3
    plan_before = {n.enterprise_id for n in window.services.notices.plan(window.as_of)}
    assert red.enterprise_id in plan_before
    assert tab.view.select_id(red.enterprise_id)

    # 删除 opens the reason dialog; 删除 with no reason is refused and the dialog stays
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    dlg = tab.delete_dialog
    assert dlg is not None and dlg.isVisible()
    assert red.name in dlg.ui.enterpriseLabel.text()
    assert dlg.ui.reasonCombo.currentText() == ""
    ok = dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "删除"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "不能为空" in dlg.ui.reasonError.text()
    assert tab.model.row_by_id(red.enterprise_id) is not None
    assert window.services.enterprises.deleted(window.as_of) == []

    type_text(qtbot, dlg.ui.reasonCombo.lineEdit(), "重复登记，应为另一家")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.delete_dialog is None, timeout=20_000)
    assert tab.model.row_by_id(red.enterprise_id) is None
    assert "重复登记" in window.statusBar().currentMessage()
    assert red.enterprise_id not in {
        n.enterprise_id for n in window.services.notices.plan(window.as_of)
    }
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    acc_tab = window.accident_tab
    qtbot.waitUntil(
        lambda: red.name not in {acc_tab.model.row_at(r).enterprise_name
                                 for r in range(acc_tab.model.rowCount())},
        timeout=10_000,
    )  # fmt: skip

    # the 已删除 filter: who, when, why; the delete/new buttons give way to 恢复
    qtbot.mouseClick(tab.deleted_button, Qt.MouseButton.LeftButton)
    assert tab.showing_deleted() and tab.tables.currentWidget() is tab.deleted_view
    assert tab.restore_button.isVisible() and not tab.delete_button.isVisible()
    assert not tab.tier_combo.isEnabled()
    assert tab.deleted_model.rowCount() == 1
    model = tab.deleted_model
    shown = {model.COLUMNS[c].key: model.text_at(0, c) for c in range(len(model.COLUMNS))}
    assert shown["name"] == red.name and shown["deleted_reason"] == "重复登记，应为另一家"
    assert shown["deleted_by"] == window.services.actor and shown["deleted_at"][:4] == "2026"
    assert shown["accidents"] == str(red.accidents)
    assert "已删除 1 家企业" in tab.count_label.text()
    # the search applies to the deleted list too
    type_text(qtbot, tab.search, "不存在的企业")
    qtbot.waitUntil(lambda: tab.deleted_model.rowCount() == 0, timeout=5000)
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.deleted_model.rowCount() == 1, timeout=5000)

    # 恢复: the confirmation names who/when/why; answering no restores nothing
    tab.deleted_view.setFocus()
    assert tab.deleted_view.select_id(red.enterprise_id)
    qtbot.waitUntil(lambda: "（已删除）" in tab.panel_title.text(), timeout=20_000)
    assert "重复登记" in tab.panel_info.text()
    boxes.confirm_answer = False
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    question = boxes.texts("confirm")[-1]
    assert red.name in question and "重复登记，应为另一家" in question
    assert window.services.actor in question
    assert tab.deleted_model.rowCount() == 1
    boxes.confirm_answer = True
    qtbot.keyClick(tab.deleted_view, Qt.Key.Key_Return)  # Enter restores too
    assert tab.deleted_model.rowCount() == 0
    assert "已恢复企业" in window.statusBar().currentMessage()

    # back in the register with its accidents and tier; plans and accidents follow
    qtbot.mouseClick(tab.deleted_button, Qt.MouseButton.LeftButton)
    assert not tab.showing_deleted() and tab.delete_button.isVisible()
    back = tab.model.row_by_id(red.enterprise_id)
    assert back is not None and (back.accidents, back.tier) == (red.accidents, Tier.RED)
    assert red.name in _names(tab.model)
    assert {n.enterprise_id for n in window.services.notices.plan(window.as_of)} == plan_before
    qtbot.waitUntil(
        lambda: red.name in {acc_tab.model.row_at(r).enterprise_name
                             for r in range(acc_tab.model.rowCount())},
        timeout=10_000,
    )  # fmt: skip
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
