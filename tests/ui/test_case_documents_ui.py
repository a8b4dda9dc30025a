"""The 工伤认定 tab's 文书 menu: what the selected case's steps allow, a document issued once and
shown in the print preview with its receipt, the 调查笔录 typed in Chinese, saved and printed,
a blank one, and 上门受理 from the 记录 menu."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from gaotai_desktop.domain.cases import CaseInput
from gaotai_desktop.domain.rows import EnterpriseInput

from .conftest import close_window, open_window, type_text

D = dt.date
USCC = "91620724MA01AB2C3L"
ID1 = "620724196804246594"


@pytest.fixture
def case_window(qtbot, services, qsettings, boxes):
    today = D(2026, 11, 28)
    services.enterprises.create(
        EnterpriseInput(USCC, "高台县鑫源建筑工程有限公司", "建筑业", "城关镇"), today=today
    )
    case = services.cases.add(
        CaseInput(USCC, "孙秀英", ID1, D(2026, 9, 10), D(2026, 9, 16), applicant="worker"),
        today=today,
    )
    services.cases.accept(case.id, on=D(2026, 9, 21), today=today)
    w = open_window(qtbot, services, qsettings)
    w.tabs.setCurrentWidget(w.case_tab)
    w.case_tab.view.select_id(case.id)
    w.test_case = case  # type: ignore[attr-defined]
    yield w
    close_window(w)


def menu_texts(tab) -> list[str]:
    tab._fill_documents_menu()
    return [a.text() for a in tab.documents_menu.actions() if a.text()]


def test_the_documents_menu_issues_once_and_previews(case_window, qtbot, services, boxes):
    tab = case_window.case_tab
    case = case_window.test_case
    assert tab.documents_button.isEnabled()
    texts = menu_texts(tab)
    assert texts[0] == "工伤认定申请受理决定书…"
    assert "工伤认定中止通知书…" not in texts and "调查笔录(&I)…" in texts
    dlg = tab.open_document("acceptance")
    assert dlg is not None and "高人社工伤受〔2026〕1号" in dlg.windowTitle()
    assert dlg.page_total >= 3  # the letter and two receipts (the worker, the employer)
    dlg.close()
    again = tab.open_document("acceptance")
    assert again is not None and "高人社工伤受〔2026〕1号" in again.windowTitle()
    again.close()
    assert [d.doc_no for d in services.case_documents.issued(case.id)] == [
        "高人社工伤受〔2026〕1号"
    ]
    assert tab.open_document("suspension") is None
    assert "尚未办理" in boxes.texts("error")[-1]


def test_an_investigation_record_typed_saved_and_printed(case_window, qtbot, services, boxes):
    tab = case_window.case_tab
    case = case_window.test_case
    dlg = tab.open_investigation()
    assert dlg is not None
    ui = dlg.ui
    type_text(qtbot, ui.placeEdit, "骆驼城镇建康村孙秀英家中")
    type_text(qtbot, ui.staff1Edit, "王敏")
    type_text(qtbot, ui.cert1Edit, "62072400123")
    type_text(qtbot, ui.staff2Edit, "李强")
    type_text(qtbot, ui.cert2Edit, "62072400456")
    type_text(qtbot, ui.personEdit, "孙秀英")
    ui.genderCombo.setCurrentText("女")
    type_text(qtbot, ui.idEdit, ID1)
    type_text(qtbot, ui.relationEdit, "本人")
    ui.qaEdit.setFocus()
    type_text(qtbot, ui.qaEdit, "问：事故是怎样发生的？")
    ui.qaEdit.appendPlainText("答：我在脚手架上搬砖时踩空摔下，")
    ui.qaEdit.appendPlainText("右腿骨折。")
    preview = dlg.print_record()
    assert preview is not None and preview.page_total >= 1
    preview.close()
    dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.result_row is not None, boxes.texts()
    [saved] = services.case_documents.records(case.id)
    assert saved.record.qa == (("事故是怎样发生的？", "我在脚手架上搬砖时踩空摔下，右腿骨折。"),)
    assert saved.record.staff == (("王敏", "62072400123"), ("李强", "62072400456"))
    assert (saved.record.person_name, saved.record.person_gender) == ("孙秀英", "女")

    second = tab.open_investigation()  # the staff come back from the last record
    assert second is not None and second.ui.cert2Edit.text() == "62072400456"
    second.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert second.result_row is None and second.ui.placeEdit.styleSheet()
    assert len(services.case_documents.records(case.id)) == 1
    blank = second.print_blank()
    assert blank is not None
    blank.close()
    second.reject()


def test_home_visit_from_the_record_menu(case_window, qtbot, services, boxes):
    from gaotai_desktop.ui.dialogs.case_intake import CaseIntakeDialog

    record_menu = next(
        a.menu() for a in case_window.menuBar().actions() if a.text().startswith("记录")
    )
    action = next(a for a in record_menu.actions() if a.text().startswith("上门受理"))
    action.trigger()
    dlg = case_window.case_tab.dialog
    assert isinstance(dlg, CaseIntakeDialog)
    ui = dlg.ui
    ui.employerCombo.setEditText(USCC)
    type_text(qtbot, ui.workerEdit, "张伟")
    type_text(qtbot, ui.idNumberEdit, "620724199001011234")
    type_text(qtbot, ui.accidentDateEdit.line, "2026-11-25")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.result_row is not None, boxes.texts()
    tab = case_window.case_tab
    qtbot.waitUntil(lambda: tab.model.view_row_of(dlg.result_row.id) is not None)
    assert {r.channel for r in services.cases.list(D(2026, 11, 28))} == {"window", "home_visit"}
