"""工伤认定 tab: every case with its running clock and days left, overdue red and due soon amber
with words, counted, the steps and materials in the side panel, and the as-of date followed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from gaotai_desktop.domain.cases import CaseInput

from .conftest import close_window, open_window

D = dt.date
ID1 = "620724196804246594"
ID2 = "620724199001011234"


def text(model, row, key):
    return model.data(model.index(row, model.column_index(key)))


@pytest.fixture
def cases_window(qtbot, services, qsettings, boxes):
    from gaotai_desktop.domain.rows import EnterpriseInput

    services.enterprises.create(
        EnterpriseInput("91620724MA01AB2C3L", "高台县鑫源建筑工程有限公司", "建筑业", "城关镇"),
        today=D(2026, 11, 28),
    )
    today = D(2026, 11, 28)
    late = services.cases.add(
        CaseInput("91620724MA01AB2C3L", "孙秀英", ID1, D(2026, 9, 10), D(2026, 9, 16)), today=today
    )  # acceptance due 8 Oct (国庆)
    soon = services.cases.add(
        CaseInput("91620724MA01AB2C3L", "张伟", ID2, D(2026, 9, 10), D(2026, 9, 25)), today=today
    )  # acceptance due Sat 10 Oct (调休)
    services.cases.missing(soon.id, on=D(2026, 9, 26), items="医疗诊断证明", today=today)
    services.cases.complete(soon.id, on=D(2026, 9, 26), today=today)  # due 12 Oct (周末)
    w = open_window(qtbot, services, qsettings)
    w.test_ids = (late.id, soon.id)  # type: ignore[attr-defined]
    yield w
    close_window(w)


def test_the_cases_tab_shows_clocks_colours_and_counts(cases_window, qtbot):
    tab = cases_window.case_tab
    titles = [cases_window.tabs.tabText(i) for i in range(cases_window.tabs.count())]
    assert "工伤认定" in titles
    late_id, soon_id = cases_window.test_ids
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        cases_window.set_as_of(D(2026, 10, 9))
    i = tab.model.view_row_of(late_id)
    assert text(tab.model, i, "clock") == "受理期限"
    assert text(tab.model, i, "due") == "2026-10-08"
    assert text(tab.model, i, "days_left") == "已逾期1天"
    assert "620724********6594" in text(tab.model, i, "worker")
    cell = tab.model.index(i, tab.model.column_index("days_left"))
    assert tab.model.data(cell, Qt.ItemDataRole.BackgroundRole).color().name() == "#c62828"
    j = tab.model.view_row_of(soon_id)
    assert text(tab.model, j, "due") == "2026-10-12"
    assert text(tab.model, j, "days_left") == "剩余3天"
    soon_cell = tab.model.index(j, tab.model.column_index("days_left"))
    assert tab.model.data(soon_cell, Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.count_label.text() == "共 2 件，已逾期 1 件，3天内到期 1 件"

    cases_window.tabs.setCurrentWidget(tab)
    tab.view.select_id(soon_id)
    qtbot.waitUntil(lambda: "医疗诊断证明" in tab.detail_info.text())
    assert "一次性告知补正材料" in tab.detail_info.text()
    assert "登记材料补齐" in tab.detail_info.text()

    tab.late_only.setChecked(True)
    assert tab.model.rowCount() == 2
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        cases_window.set_as_of(D(2026, 9, 30))
    assert tab.model.rowCount() == 0  # nothing late or due within 3 days on 30 Sep
    assert "筛选后显示 0 件" in tab.count_label.text()


def _save(qtbot, dlg) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    button = dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _date(qtbot, edit, value: str) -> None:
    edit.line.clear()
    qtbot.keyClicks(edit.line, value)


def test_a_clerk_takes_a_case_from_intake_to_decision_in_the_window(
    cases_window, qtbot, boxes, tmp_path
):
    from .conftest import type_text

    tab = cases_window.case_tab
    cases_window.tabs.setCurrentWidget(tab)
    tab.new_record()
    dlg = tab.dialog
    assert dlg is not None
    qtbot.keyClicks(dlg.ui.usccEdit, "91620724MA01AB2C3L")
    type_text(qtbot, dlg.ui.workerEdit, "王芳")
    qtbot.keyClicks(dlg.ui.idNumberEdit, "62072419850505222X")
    _date(qtbot, dlg.ui.accidentDateEdit, "2026-11-02")
    _date(qtbot, dlg.ui.appliedEdit, "2026-11-20")
    dlg.grab().save(str(tmp_path / "case_dialog.png"))
    accidents = cases_window.accident_tab
    before = accidents.model.rowCount()
    with qtbot.waitSignal(accidents.loaded, timeout=10_000):  # the new accident is listed
        _save(qtbot, dlg)
    assert accidents.model.rowCount() == before + 1
    assert not boxes.texts("error"), boxes.shown
    row = tab.current_row()
    assert row is not None and row.worker == "王芳（620724********222X）"
    assert (row.state, row.due) == ("applied", D(2026, 12, 7))  # 20 Nov + 15 = Sat 5 Dec -> 7 Dec
    assert not tab.buttons["resume"].isEnabled() and tab.buttons["accept"].isEnabled()
    assert tab.buttons["decide"].isEnabled()  # 不予受理

    # a step out of order from the dialog: the reason is shown, nothing is saved
    bad = tab.open_step("served")
    _save(qtbot, bad)
    assert any("须先" in t for t in boxes.texts("error")), boxes.shown
    assert bad.isVisible()
    bad.reject()

    dlg = tab.open_step("accept")
    assert not dlg.ui.outcomeCombo.isVisibleTo(dlg) and dlg.ui.simpleCheck.isVisibleTo(dlg)
    _date(qtbot, dlg.ui.dateEdit, "2026-11-23")
    dlg.ui.simpleCheck.setChecked(True)
    _save(qtbot, dlg)
    row = tab.current_row()
    assert (row.state, row.clock, row.due) == ("accepted", "decision", D(2026, 12, 8))

    dlg = tab.open_step("decide")
    outcomes = [dlg.ui.outcomeCombo.itemText(i) for i in range(dlg.ui.outcomeCombo.count())]
    assert outcomes == ["认定工伤", "视同工伤", "不予认定", "终止"]
    _date(qtbot, dlg.ui.dateEdit, "2026-11-27")
    type_text(qtbot, dlg.ui.textEdit, "《工伤保险条例》第十四条")
    _save(qtbot, dlg)
    row = tab.current_row()
    assert (row.state, row.outcome, row.clock, row.due) == (
        "decided", "认定工伤", "service", D(2026, 12, 17))  # fmt: skip
    persons = cases_window.services.accidents.persons(row.accident_id)
    assert [(p.name, p.outcome) for p in persons] == [("王芳", "认定工伤")]
    assert "共 3 件" in tab.count_label.text()


def test_a_non_acceptance_takes_its_reason_into_the_letter(cases_window, qtbot, boxes):
    import io

    from pypdf import PdfReader

    from .conftest import type_text

    tab = cases_window.case_tab
    cases_window.tabs.setCurrentWidget(tab)
    late_id = cases_window.test_ids[0]
    tab.view.select_id(late_id)
    qtbot.waitUntil(lambda: tab.current_row() is not None and tab.current_row().id == late_id)
    dlg = tab.open_step("decide")
    assert dlg.ui.reasonEdit.isVisibleTo(dlg)
    i = dlg.ui.outcomeCombo.findData("不予受理")
    assert i >= 0
    dlg.ui.outcomeCombo.setCurrentIndex(i)
    _date(qtbot, dlg.ui.dateEdit, "2026-11-27")
    type_text(qtbot, dlg.ui.reasonEdit, "申请人与用人单位不存在劳动关系")
    _save(qtbot, dlg)
    assert not boxes.texts("error"), boxes.shown
    assert tab.current_row().state == "not_accepted"
    pdf = cases_window.services.case_documents.pdf(late_id, "case_non_acceptance")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "申请人与用人单位不存在劳动关系" in text.replace("\n", "")
    # the other steps have no reason row
    other = tab.open_step("accept")
    assert not other.ui.reasonEdit.isVisibleTo(other)
    other.reject()
