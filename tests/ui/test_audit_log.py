"""The audit trail in the window: a reveal of full ID numbers is recorded, exports are recorded,
and 设置 → 审计日志 finds them by record, user and date."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gaotai_desktop.services.audit import AuditFilter
from gaotai_desktop.ui.dialogs.audit_log import AuditDialog

from .conftest import type_text


def test_revealing_id_numbers_is_recorded_and_shown_in_the_viewer(window, qtbot, sample_services):
    window.tabs.setCurrentWidget(window.accident_tab)
    tab = window.accident_tab
    tab.view.selectRow(0)
    qtbot.waitUntil(lambda: tab.person_model.rowCount() > 0, timeout=20_000)
    accident_id = tab.model.row_at(0).id
    audit = sample_services.audit
    assert audit.entries(AuditFilter(record_id=accident_id))  # the import listed it
    assert not [r for r in audit.entries() if r.action == "reveal"]
    tab.show_ids.setChecked(True)
    reveals = [r for r in audit.entries() if r.action == "reveal"]
    assert len(reveals) == 1 and reveals[0].record_id == accident_id
    assert tab.person_model.row_at(0).name in reveals[0].detail
    tab.show_ids.setChecked(False)  # hiding reveals nothing
    assert len([r for r in audit.entries() if r.action == "reveal"]) == 1

    window.open_audit_log()
    dlg = window.audit_dialog
    assert isinstance(dlg, AuditDialog) and dlg.isVisible()
    type_text(qtbot, dlg.ui.recordEdit, accident_id)
    dlg.ui.searchButton.click()
    actions = [dlg.model.row_at(r).action for r in range(dlg.model.rowCount())]
    assert actions[0] == "reveal" and "insert" in actions  # the import listed it
    dlg.ui.entriesView.selectRow(0)
    assert dlg.model.index(0, 3).data() == "查看完整证件号"
    # a bulk insert's ids are shown counted; a person's ID number is masked in the values
    person = [r for r in audit.entries() if r.table == "injured_person"][0]
    dlg.ui.recordEdit.clear()
    dlg.ui.fromEdit.setText("2026-13-01")
    dlg.ui.searchButton.click()
    assert "格式不对" in dlg.ui.errorLabel.text() and not dlg.ui.errorLabel.isHidden()
    dlg.ui.fromEdit.clear()
    dlg.ui.userCombo.setCurrentText("nobody")
    dlg.ui.searchButton.click()
    assert dlg.model.rowCount() == 0 and dlg.ui.errorLabel.isHidden()
    dlg.ui.userCombo.setCurrentText("tester")
    dlg.ui.searchButton.click()
    view_row = next(i for i in range(dlg.model.rowCount()) if dlg.model.row_at(i).seq == person.seq)
    dlg.ui.entriesView.selectRow(view_row)
    assert "条：" in dlg.ui.detailText.toPlainText()
    dlg.close()


def test_exporting_a_table_is_recorded(window, qtbot, sample_services, tmp_path):
    path = window.transfers.export_table(window.enterprise_tab, tmp_path / "企业.xlsx")
    assert path is not None
    exports = [r for r in sample_services.audit.entries() if r.action == "export"]
    assert len(exports) == 1 and str(path) in exports[0].detail
    assert exports[0].actor == sample_services.actor


def test_the_viewer_masks_id_numbers_of_a_changed_person(services, qtbot):
    import dataclasses
    import datetime as dt

    from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput

    t = dt.date(2026, 11, 28)
    services.enterprises.create(
        EnterpriseInput("91620724MA01AB2C3L", "高台县测试建筑有限公司", "建筑业", "城关镇",
                        "县住房和城乡建设局"),
        today=t,
    )  # fmt: skip
    first = PersonInput("孙秀英", "620724196804246594", "轻伤", "认定工伤")
    data = AccidentInput("91620724MA01AB2C3L", dt.date(2026, 3, 3), "工地", "高处坠落", "", "",
                         (first,))  # fmt: skip
    acc = services.accidents.record(data, today=t).accident
    fixed = dataclasses.replace(first, id_number="62072419860326340X")
    services.accidents.update(acc.id, dataclasses.replace(data, persons=(fixed,)), today=t)
    dlg = AuditDialog(services.audit)
    qtbot.addWidget(dlg)
    assert dlg.model.row_at(0).action == "update"
    dlg.ui.entriesView.selectRow(0)
    shown = dlg.ui.detailText.toPlainText()
    assert "620724196804246594" not in shown and "62072419860326340X" not in shown
    assert "修改前" in shown and "修改后" in shown and "*" in shown


def test_the_accident_form_shows_id_numbers_masked_unless_revealed(window, qtbot, sample_services):
    window.tabs.setCurrentWidget(window.accident_tab)
    tab = window.accident_tab
    tab.view.selectRow(0)
    qtbot.waitUntil(lambda: tab.person_model.rowCount() > 0, timeout=20_000)
    accident_id = tab.model.row_at(0).id
    stored = sample_services.accidents.persons(accident_id)[0].id_number
    tab.open_selected()
    dlg = tab.dialog
    id_edit = dlg.person_widgets(0)[1]
    assert id_edit.text() == stored[:6] + "********" + stored[-4:]
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # saved with the mask untouched
    assert not dlg.isVisible()
    assert sample_services.accidents.persons(accident_id)[0].id_number == stored
    # revealed (recorded), the form gets the full numbers
    tab.show_ids.setChecked(True)
    tab.open_selected()
    assert tab.dialog.person_widgets(0)[1].text() == stored
    tab.dialog.reject()
