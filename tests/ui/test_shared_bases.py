"""The two shared bases through the real dialogs and tabs built on them.

- The form dialog (``ui/dialogs/common.py`` FormDialog), one dialog of each family (工伤认定,
  预防与维权, 预警闭环): a refused save names its action, marks and focuses the field the service
  named, keeps the dialog open with everything typed; the next save first clears the mark.
- The list with a side panel (``ui/tabs/side_panel.py`` SidePanelTab): selecting a row fills the
  panel, a search hiding it empties the panel and the count line says how many are shown.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from gaotai_desktop.domain.cases import CaseInput
from gaotai_desktop.domain.outreach import AttendanceInput, HotlineInput, TrainingInput
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.ui.dialogs.common import INVALID_STYLE

from .conftest import AS_OF, close_window, open_window, type_text

BUILD = "91620724MA01AB2C3L"


def _save(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)


def _date(qtbot, edit, value: str) -> None:
    edit.line.clear()
    qtbot.keyClicks(edit.line, value)


def _marked(widget) -> bool:
    return widget.styleSheet() == INVALID_STYLE


@pytest.fixture
def registered(services):
    services.enterprises.create(
        EnterpriseInput(BUILD, "高台县鑫源建筑工程有限公司", "建筑业", "城关镇"), today=AS_OF
    )
    return services


def test_a_refused_case_application_keeps_what_was_typed_and_marks_the_field(
    qtbot, registered, boxes
) -> None:
    from gaotai_desktop.ui.dialogs.cases import CaseDialog

    dlg = CaseDialog(registered, today=AS_OF)
    qtbot.addWidget(dlg)
    dlg.show()
    ui = dlg.ui
    qtbot.keyClicks(ui.usccEdit, BUILD)
    type_text(qtbot, ui.workerEdit, "孙秀英")
    qtbot.keyClicks(ui.idNumberEdit, "620724196804246594")
    _save(qtbot, dlg)  # no accident date: refused
    assert dlg.isVisible() and dlg.result_row is None
    assert boxes.texts("error")[-1] == "登记申请失败：事故日期：不能为空"
    assert _marked(ui.accidentDateEdit.line) and dlg.focusWidget() is ui.accidentDateEdit.line
    assert (ui.usccEdit.text(), ui.workerEdit.text()) == (BUILD, "孙秀英")
    assert ui.idNumberEdit.text() == "620724196804246594"

    _date(qtbot, ui.accidentDateEdit, "2026-11-20")
    _save(qtbot, dlg)
    assert not dlg.isVisible() and dlg.result_row is not None
    assert dlg.result_row.worker.startswith("孙秀英")
    assert not _marked(ui.accidentDateEdit.line)  # cleared before the save that went through
    assert len(registered.cases.list(AS_OF)) == 1


def test_a_refused_hotline_closing_keeps_what_was_typed_and_marks_the_field(
    qtbot, registered, boxes
) -> None:
    from gaotai_desktop.ui.dialogs.outreach import HotlineCloseDialog

    call = registered.hotline.add(
        HotlineInput(dt.datetime(2026, 11, 2, 10, 0), "dispute", "李娜", uscc=BUILD,
                     follow_up_due=dt.date(2026, 11, 20)),
        today=AS_OF,
    )  # fmt: skip
    dlg = HotlineCloseDialog(registered, call, today=AS_OF)
    qtbot.addWidget(dlg)
    dlg.show()
    ui = dlg.ui
    _date(qtbot, ui.dateEdit, "2026-11-27")
    _save(qtbot, dlg)  # no outcome: refused
    assert dlg.isVisible() and dlg.result_row is None
    assert boxes.texts("error")[-1] == "来电结案失败：办理结果：不能为空"
    assert _marked(ui.outcomeEdit) and dlg.focusWidget() is ui.outcomeEdit
    assert ui.dateEdit.line.text() == "2026-11-27"
    assert registered.hotline.get(call.id, AS_OF).closed_on is None

    type_text(qtbot, ui.outcomeEdit, "已调解")
    _save(qtbot, dlg)
    assert not dlg.isVisible() and not _marked(ui.outcomeEdit)
    closed = registered.hotline.get(call.id, AS_OF)
    assert (closed.closed_on, closed.outcome) == (dt.date(2026, 11, 27), "已调解")


def test_a_refused_feedback_keeps_what_was_typed_and_marks_the_field(
    qtbot, sample_services, boxes
) -> None:
    from gaotai_desktop.ui.dialogs.loop import FeedbackDialog

    services = sample_services
    assert services.issuing.issue_due(AS_OF, today=AS_OF).ok
    warning = services.warnings.list(AS_OF)[0]
    dlg = FeedbackDialog(services, warning, today=AS_OF)
    qtbot.addWidget(dlg)
    dlg.show()
    ui = dlg.ui
    assert ui.warningLabel.text().endswith("已下发")
    _date(qtbot, ui.feedbackOnEdit, "2026-11-27")
    _save(qtbot, dlg)  # nothing written: refused
    assert dlg.isVisible() and dlg.result_row is None
    assert boxes.texts("error")[-1] == "登记整改反馈失败：反馈内容：不能为空"
    assert _marked(ui.textEdit) and dlg.focusWidget() is ui.textEdit

    type_text(qtbot, ui.textEdit, "已整改完毕")
    _save(qtbot, dlg)  # not delivered yet: refused by the loop, no field to mark
    assert dlg.isVisible() and dlg.result_row is None
    assert boxes.texts("error")[-1].startswith("登记整改反馈失败：")
    assert not _marked(ui.textEdit)
    assert ui.textEdit.toPlainText() == "已整改完毕"
    assert ui.feedbackOnEdit.line.text() == "2026-11-27"
    assert services.warnings.get(warning.id, AS_OF).state == "issued"


@pytest.fixture
def lists_window(qtbot, sample_services, qsettings, boxes):
    s = sample_services
    assert s.issuing.issue_due(AS_OF, today=AS_OF).ok
    uscc = s.training.enterprises()[0][0]
    s.cases.add(
        CaseInput(uscc, "孙秀英", "620724196804246594", dt.date(2026, 9, 10), dt.date(2026, 9, 16)),
        today=AS_OF,
    )
    s.training.add(
        TrainingInput(dt.date(2026, 11, 20), "城关镇", "高处坠落防范", "王老师",
                      s.training.industries()[0], attendance=(AttendanceInput(uscc, 5),)),
        today=AS_OF,
    )  # fmt: skip
    w = open_window(qtbot, s, qsettings)
    yield w
    close_window(w)


@pytest.mark.parametrize(
    ("tab_name", "none_title", "unit", "one"),
    [("case_tab", "未选择案件", "件", "一件案件"), ("warning_tab", "未选择预警", "条", "一条预警"),
     ("training", "未选择培训", "场", "一场培训")],
)  # fmt: skip
def test_the_side_panel_follows_the_row_the_search_leaves(
    lists_window, qtbot, tab_name, none_title, unit, one
) -> None:
    window = lists_window
    outreach = window.outreach_tab
    tab = getattr(outreach, tab_name) if tab_name == "training" else getattr(window, tab_name)
    window.tabs.setCurrentWidget(outreach if tab_name == "training" else tab)
    if tab_name == "training":
        outreach.pages.setCurrentWidget(tab)
    assert tab.detail_title.text() == none_title and tab.detail_info.text() == ""
    tab.view.selectRow(0)
    row = tab.current_row()
    assert row is not None and isinstance(row, tab.row_type)
    assert tab.detail_title.text() != none_title and tab.detail_info.text()
    assert "筛选后" not in tab.count_label.text()

    tab.search.setText("没有这样的记录")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.current_row() is None
    assert tab.detail_title.text() == none_title and tab.detail_info.text() == ""
    assert tab.count_label.text().endswith(f"；筛选后显示 0 {unit}")
    tab.open_selected()  # Enter with nothing selected: asks for a row, opens nothing
    assert window.statusBar().currentMessage() == f"请先在表格中选择{one}"
    assert tab.dialog is None
