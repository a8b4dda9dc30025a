"""预警闭环 and 待办 tabs through real widgets: warnings listed with state and tier in words,
lateness in red/amber with words, counted in the status bar; Enter on a 待办 item opens its warning;
a measure is marked done from 待办."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from gaotai_desktop.domain.loop import DeliveryFacts

from .conftest import AS_OF, close_window, open_window


@pytest.fixture
def loop_window(qtbot, sample_services, qsettings, boxes):
    report = sample_services.issuing.issue_due(AS_OF, today=AS_OF)
    assert report.ok and report.issued
    w = open_window(qtbot, sample_services, qsettings)
    yield w
    close_window(w)


def rows(model):
    return [model.row_at(i) for i in range(model.rowCount())]


def text(model, row, key):
    return model.data(model.index(row, model.column_index(key)))


def test_warnings_tab_lists_every_warning_with_state_and_tier(loop_window, qtbot) -> None:
    tab = loop_window.warning_tab
    titles = [loop_window.tabs.tabText(i) for i in range(loop_window.tabs.count())]
    assert titles[:5] == ["企业", "事故", "预警通知", "预警闭环", "待办"]
    warnings = loop_window.services.warnings.list(AS_OF)
    assert tab.model.rowCount() == len(warnings) > 0
    for i in range(tab.model.rowCount()):
        assert text(tab.model, i, "state") == "已下发"
        assert text(tab.model, i, "tier") in ("黄色预警", "橙色预警", "红色预警")
        assert text(tab.model, i, "delivered_on") == "未送达"
    loop_window.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    assert tab.buttons["deliver"].isEnabled()
    assert not tab.buttons["feedback"].isEnabled()
    assert not tab.buttons["evaluate"].isEnabled()
    info = tab.detail_info.text()
    assert "已下发" in info and "措施" in info


def test_lateness_is_red_with_words_and_counted(loop_window, qtbot) -> None:
    services = loop_window.services
    row = next(w for w in services.warnings.list(AS_OF) if w.tier == "orange")
    letter = next(
        d for d in services.document_store.list() if d.doc_no in row.documents
        and d.kind == "rectification"
    )  # fmt: skip
    services.warnings.deliver(
        letter.doc_no, DeliveryFacts(AS_OF, "直接送达", recipient="李娜"), today=AS_OF
    )
    later = dt.date(2026, 12, 20)  # 15 days from 11-28 is 12-13 (Sunday) -> 12-14
    with qtbot.waitSignal(loop_window.agenda_tab.loaded, timeout=10_000):
        loop_window.set_as_of(later)
    qtbot.waitUntil(lambda: loop_window.warning_tab.model.row_by_id(row.id) is not None)
    qtbot.waitUntil(lambda: loop_window.warning_tab.model.row_by_id(row.id).overdue)
    tab = loop_window.warning_tab
    i = tab.model.view_row_of(row.id)
    assert text(tab.model, i, "feedback_due") == "2026-12-14"
    assert text(tab.model, i, "late") == "已逾期6天"
    late = tab.model.index(i, tab.model.column_index("late"))
    assert tab.model.data(late, Qt.ItemDataRole.BackgroundRole).color().name() == "#c62828"
    assert "逾期" in loop_window.due_label.text()
    agenda = loop_window.agenda_tab
    items = [r for r in rows(agenda.model) if r.kind == "warning"]
    assert [(r.uscc, r.what) for r in items] == [(row.uscc, "rectification_report")]


def test_enter_on_an_agenda_item_opens_its_warning(loop_window, qtbot) -> None:
    agenda = loop_window.agenda_tab
    with qtbot.waitSignal(agenda.loaded, timeout=10_000):
        loop_window.set_as_of(dt.date(2026, 12, 31))
    assert agenda.model.rowCount() > 0
    loop_window.tabs.setCurrentWidget(agenda)
    task_row = next(i for i, r in enumerate(rows(agenda.model)) if r.kind == "task")
    agenda.view.selectRow(task_row)
    item = agenda.current_item()
    assert item is not None
    qtbot.keyClick(agenda.view, Qt.Key.Key_Return)
    assert loop_window.tabs.currentWidget() is loop_window.warning_tab
    selected = loop_window.warning_tab.current_row()
    assert selected is not None and selected.enterprise_id == item.enterprise_id


def test_a_measure_is_marked_done_from_the_agenda(loop_window, qtbot, monkeypatch) -> None:
    from gaotai_desktop.ui import messages

    agenda = loop_window.agenda_tab
    with qtbot.waitSignal(agenda.loaded, timeout=10_000):
        loop_window.set_as_of(dt.date(2026, 12, 31))
    loop_window.tabs.setCurrentWidget(agenda)
    i = next(i for i, r in enumerate(rows(agenda.model)) if r.kind == "task")
    agenda.view.selectRow(i)
    item = agenda.current_item()
    assert agenda.done_button.isEnabled()
    monkeypatch.setattr(messages, "ask_text", lambda *_a: "已于12月30日完成")
    before = agenda.model.rowCount()
    qtbot.mouseClick(agenda.done_button, Qt.MouseButton.LeftButton)
    assert agenda.model.rowCount() == before - 1
    done = [t for t in loop_window.services.warnings.tasks(AS_OF) if t.id == item.id]
    assert done[0].state == "done" and done[0].note == "已于12月30日完成"


def test_a_clerk_takes_one_enterprise_of_each_tier_from_issued_to_closed(loop_window, qtbot):
    """预警闭环 → 登记送达 → 登记反馈 → 效果评估, through the tab's buttons and the dialogs."""
    from .conftest import type_text

    tab = loop_window.warning_tab
    loop_window.tabs.setCurrentWidget(tab)

    def step(key, fill):
        button = tab.buttons[key]
        assert button.isEnabled(), key
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dlg = tab.dialog
        assert dlg is not None and dlg.isVisible()
        fill(dlg)
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.dialog is None)

    def set_date(edit, value):
        edit.line.clear()
        qtbot.keyClicks(edit.line, value)

    def deliver(dlg):
        set_date(dlg.ui.deliveredOnEdit, AS_OF.isoformat())
        type_text(qtbot, dlg.ui.recipientEdit, "李娜")

    def feedback(dlg):
        set_date(dlg.ui.feedbackOnEdit, AS_OF.isoformat())
        type_text(qtbot, dlg.ui.textEdit, "已组织全员安全培训并完成整改")

    def evaluate(dlg):
        dlg.ui.effectiveRadio.setChecked(True)

    for tier in ("yellow", "orange", "red"):
        row = next(r for r in rows(tab.model) if r.tier == tier and not r.superseded)
        tab.view.select_id(row.id)
        step("deliver", deliver)
        assert tab.current_row().state == "delivered"
        assert tab.current_row().feedback_due is not None
        step("feedback", feedback)
        assert tab.current_row().state == "feedback_received"
        step("evaluate", evaluate)
        done = tab.current_row()
        assert done.id == row.id and done.state == "closed" and done.closed_on == AS_OF
        i = tab.model.view_row_of(row.id)
        assert text(tab.model, i, "state") == "已办结"
        assert "已办结" in tab.detail_info.text()
    states = {(w.uscc, w.tier): w.state for w in loop_window.services.warnings.list(AS_OF)}
    assert sorted(states.values()).count("closed") == 3


def test_a_self_inspection_report_is_recorded_from_the_tab(loop_window, qtbot, boxes):
    from .conftest import type_text

    tab = loop_window.warning_tab
    loop_window.tabs.setCurrentWidget(tab)
    row = rows(tab.model)[0]
    tab.view.select_id(row.id)
    qtbot.mouseClick(tab.buttons["self_inspection"], Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert dlg is not None and "自查" in dlg.windowTitle()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # nothing typed: refused
    assert dlg.isVisible()  # the service refused an empty report; the dialog stays open
    assert any("登记企业自查报告失败" in t for t in boxes.texts())  # saying what failed
    assert not loop_window.services.warnings.self_inspections(row.enterprise_id)
    type_text(qtbot, dlg.ui.summaryEdit, "已排查脚手架和用电隐患12处，全部整改")
    type_text(qtbot, dlg.ui.documentRefEdit, "自查〔2026〕3号")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is None)
    (got,) = loop_window.services.warnings.self_inspections(row.enterprise_id)
    assert got.summary == "已排查脚手架和用电隐患12处，全部整改"
    assert got.document_ref == "自查〔2026〕3号" and got.received_on == AS_OF


def test_an_award_restriction_is_lifted_early_with_a_reason(loop_window, qtbot, monkeypatch, boxes):
    from gaotai_desktop.ui import messages

    tab = loop_window.statistics_tab
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        loop_window.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() >= 1
    tab.view.selectRow(0)
    row = tab.model.row_at(0)
    asked = []
    monkeypatch.setattr(messages, "ask_text", lambda *a: asked.append(a[2]) or "")
    assert not tab.lift_selected()  # an empty reason is refused by the service
    assert any("解除理由" in t for t in boxes.texts())
    monkeypatch.setattr(messages, "ask_text", lambda *a: "整改验收合格，经股长同意")
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        assert tab.lift_selected()
    lifted = next(r for r in loop_window.services.reports.restrictions() if r.id == row.id)
    assert lifted.lifted_on == AS_OF and lifted.lift_reason == "整改验收合格，经股长同意"
    assert asked and row.name in asked[0]
