"""预防与维权 tab in the real window: a clerk records a training session (enterprises picked from
the register by typing part of a name in Chinese), sees it leave the untrained high-risk list,
records a hotline call, sees its follow-up overdue in red and in words, the month's counts, and
closes it. Refusals keep the dialog open with the field marked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gaotai_desktop.domain.outreach import HotlineInput

from .conftest import close_window, open_window, type_text

D = dt.date
BUILD = "91620724MA01AB2C3L"
TRUCKS = "91350100M000100Y43"


def text(model, row, key):
    return model.data(model.index(row, model.column_index(key)))


def _save(qtbot, dlg) -> None:
    button = dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _date(qtbot, edit, value: str) -> None:
    edit.line.clear()
    qtbot.keyClicks(edit.line, value)


@pytest.fixture
def outreach_window(qtbot, services, qsettings, boxes):
    from gaotai_desktop.domain.rows import EnterpriseInput

    for code, name, industry in (
        (BUILD, "高台县鑫源建筑工程有限公司", "建筑业"),
        (TRUCKS, "高台县顺达物流有限公司", "交通运输、仓储和邮政业"),
    ):
        services.enterprises.create(
            EnterpriseInput(code, name, industry, "城关镇"), today=D(2026, 11, 28)
        )
    late = services.hotline.add(
        HotlineInput(dt.datetime(2026, 11, 2, 10, 0), "dispute", "李娜", caller_name="张建国",
                     caller_phone="13912345678", uscc=BUILD, referral="mediation",
                     follow_up_due=D(2026, 11, 20)),
        today=D(2026, 11, 28),
    )  # fmt: skip
    w = open_window(qtbot, services, qsettings)
    w.test_ids = (late.id,)  # type: ignore[attr-defined]
    yield w
    close_window(w)


def test_a_clerk_records_training_and_sees_the_untrained_list(outreach_window, qtbot, boxes,
                                                                tmp_path):  # fmt: skip
    window = outreach_window
    tab = window.outreach_tab
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "预防与维权" in titles
    window.tabs.setCurrentWidget(tab)
    untrained = tab.untrained
    assert sorted(r.uscc for r in untrained.model.all_rows()) == sorted([BUILD, TRUCKS])
    assert "尚未参加培训的高危行业企业 2 家" in untrained.count_label.text()
    assert "建筑施工1家" in untrained.count_label.text()

    tab.pages.setCurrentWidget(tab.training)
    assert tab.view is tab.training.view and tab.count_label is tab.training.count_label
    tab.new_record()  # Ctrl+N on the page shown
    dlg = tab.training.dialog
    assert dlg is not None
    _date(qtbot, dlg.ui.dateEdit, "2026-11-20")
    dlg.ui.industryCombo.setCurrentIndex(dlg.ui.industryCombo.findData("建筑业"))
    type_text(qtbot, dlg.ui.topicEdit, "高处坠落防范与岗前培训")
    type_text(qtbot, dlg.ui.placeEdit, "城关镇便民服务中心")
    # the trainer left empty: refused, the field marked, the dialog stays open
    type_text(qtbot, dlg.ui.enterpriseEdit, "鑫源")
    completer = dlg.ui.enterpriseEdit.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == f"{BUILD}  高台县鑫源建筑工程有限公司"
    dlg.ui.enterpriseEdit.setText(completer.currentCompletion())
    dlg.ui.enterprisePeopleSpin.setValue(15)
    qtbot.mouseClick(dlg.ui.addEnterpriseButton, Qt.MouseButton.LeftButton)
    assert dlg.attendance() == [(BUILD, 15)]
    assert dlg.ui.attendanceSum.text() == "参训企业1家，合计15人"
    _save(qtbot, dlg)
    assert any("授课人" in t for t in boxes.texts("error")), boxes.shown
    assert dlg.isVisible() and dlg.ui.trainerEdit.styleSheet()
    type_text(qtbot, dlg.ui.trainerEdit, "王敏")
    dlg.grab().save(str(tmp_path / "training_dialog.png"))
    with qtbot.waitSignal(untrained.loaded, timeout=10_000):
        _save(qtbot, dlg)
    row = tab.training.current_row()
    assert row is not None and row.topic == "高处坠落防范与岗前培训" and row.people == 15
    assert "高台县鑫源建筑工程有限公司" in tab.training.detail_info.text()
    assert "2026年 1 场，培训 15 人次" in tab.training.count_label.text()
    # the trained enterprise left the untrained list
    assert [r.uscc for r in untrained.model.all_rows()] == [TRUCKS]

    # editing: the picked enterprises come back, one more is added
    tab.open_selected()
    dlg = tab.training.dialog
    assert dlg.attendance() == [(BUILD, 15)]
    type_text(qtbot, dlg.ui.enterpriseEdit, TRUCKS)
    qtbot.mouseClick(dlg.ui.addEnterpriseButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(untrained.loaded, timeout=10_000):
        _save(qtbot, dlg)
    assert tab.training.current_row().enterprises == 2
    assert untrained.model.all_rows() == []
    window.grab().save(str(tmp_path / "outreach_training.png"))


def test_a_clerk_logs_a_call_and_sees_the_follow_ups(outreach_window, qtbot, boxes, tmp_path):
    window = outreach_window
    tab = window.outreach_tab
    window.tabs.setCurrentWidget(tab)
    page = tab.hotline
    tab.pages.setCurrentWidget(page)
    (late_id,) = window.test_ids
    i = page.model.view_row_of(late_id)
    assert text(page.model, i, "caller") == "张**"
    assert text(page.model, i, "phone") == "139****5678"
    assert text(page.model, i, "follow_up") == "已逾期8天"
    cell = page.model.index(i, page.model.column_index("follow_up"))
    assert page.model.data(cell, Qt.ItemDataRole.BackgroundRole).color().name() == "#c62828"
    assert page.count_label.text() == "共 1 件，回访已逾期 1 件，3天内到期 0 件"
    assert "来电共1件" in page.counts_info.text() and "争议1件" in page.counts_info.text()

    page.new_record()
    dlg = page.dialog
    _date(qtbot, dlg.ui.dateEdit, "2026-11-27")
    dlg.ui.topicCombo.setCurrentIndex(dlg.ui.topicCombo.findData("complaint"))
    type_text(qtbot, dlg.ui.handlerEdit, "李娜")
    type_text(qtbot, dlg.ui.callerEdit, "赵秀兰")
    type_text(qtbot, dlg.ui.enterpriseEdit, "顺达物流")
    completer = dlg.ui.enterpriseEdit.completer()
    assert completer.currentCompletion() == f"{TRUCKS}  高台县顺达物流有限公司"
    dlg.ui.enterpriseEdit.setText(completer.currentCompletion())
    type_text(qtbot, dlg.ui.adviceEdit, "已告知劳动保障监察投诉渠道")
    dlg.ui.referralCombo.setCurrentIndex(dlg.ui.referralCombo.findData("labour_inspection"))
    # a follow-up before the call: refused, the field marked
    _date(qtbot, dlg.ui.followUpEdit, "2026-11-20")
    _save(qtbot, dlg)
    assert any("早于来电日期" in t for t in boxes.texts("error")), boxes.shown
    assert dlg.isVisible()
    _date(qtbot, dlg.ui.followUpEdit, "2026-11-30")
    dlg.grab().save(str(tmp_path / "hotline_dialog.png"))
    _save(qtbot, dlg)
    row = page.current_row()
    assert (
        row is not None and row.caller == "赵**" and row.enterprise_name == "高台县顺达物流有限公司"
    )
    j = page.model.view_row_of(row.id)
    assert text(page.model, j, "follow_up") == "剩余2天"
    assert page.model.data(
        page.model.index(j, page.model.column_index("follow_up")), Qt.ItemDataRole.BackgroundRole
    ) is not None  # fmt: skip
    assert "投诉1件" in page.counts_info.text() and "转劳动保障监察1件" in page.counts_info.text()
    assert page.count_label.text() == "共 2 件，回访已逾期 1 件，3天内到期 1 件"

    # close the overdue call: it is no longer late
    page.view.select_id(late_id)
    dlg = page.close_selected()
    assert dlg is not None
    type_text(qtbot, dlg.ui.outcomeEdit, "经调解达成和解协议")
    _save(qtbot, dlg)
    i = page.model.view_row_of(late_id)
    assert text(page.model, i, "follow_up") == "已结案"
    assert "已结案1件" in page.counts_info.text()
    assert not page.close_button.isEnabled()
    page.late_only.setChecked(True)
    assert page.model.rowCount() == 1
    window.grab().save(str(tmp_path / "outreach_hotline.png"))
