"""办公设置 (first run and 设置 → 办公设置…) and 帮助 → 关于."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gaotai_desktop.office_settings import DEFAULT_PREFIXES
from gaotai_desktop.ui.dialogs.office_settings import prefix_problem
from gaotai_desktop.ui.window_dialogs import SKIP_FIRST_RUN_ENV

from .conftest import type_text


def type_lines(qtbot, widget, text: str) -> None:
    """Type several lines (Enter between them) into a text box."""
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        type_text(qtbot, widget, line)


def save(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)


def test_prefix_rules() -> None:
    assert prefix_problem("高人社工伤提") == ""
    assert "不能为空" in prefix_problem("")
    assert "括号" in prefix_problem("高人社〔")
    assert "括号" in prefix_problem("高人社[发]")
    assert "末尾不能是数字" in prefix_problem("高人社2")
    assert "末尾不能是数字" in prefix_problem("高人社２")
    assert "空格" in prefix_problem("高人社 发")


def test_bad_prefix_is_explained_at_the_field_and_typing_is_kept(window, qtbot, boxes):
    office = window.services.office
    before = office.get()
    dlg = window.open_office_settings()
    assert dlg is not None and dlg.isVisible() and dlg.windowTitle() == "办公设置"
    ui = dlg.ui
    ui.issuingBodyShortEdit.clear()
    type_text(qtbot, ui.issuingBodyShortEdit, "县人社局工伤股")
    ui.riskPrefixEdit.clear()
    type_text(qtbot, ui.riskPrefixEdit, "高人社〔提〕")
    ui.bulletinPrefixEdit.clear()
    type_text(qtbot, ui.bulletinPrefixEdit, "高人社发3")
    ui.interviewPrefixEdit.setText(DEFAULT_PREFIXES["rectification"])  # same as another kind
    save(qtbot, dlg)

    assert dlg.isVisible()
    assert "括号" in ui.riskPrefixError.text() and ui.riskPrefixError.isVisibleTo(dlg)
    assert "末尾不能是数字" in ui.bulletinPrefixError.text()
    assert "整改建议书" in ui.interviewPrefixError.text()
    assert ui.rectificationPrefixError.text() == ""
    assert ui.settingsTabs.currentWidget() is ui.numberPage  # the tab with the problem is shown
    assert ui.riskPrefixEdit.text() == "高人社〔提〕"  # what was typed stays
    assert ui.issuingBodyShortEdit.text() == "县人社局工伤股"
    assert office.get() == before  # nothing saved

    ui.riskPrefixEdit.setText("高人社工伤提示")
    ui.bulletinPrefixEdit.setText("高人社发")
    ui.interviewPrefixEdit.setText("高人社工伤约谈")
    ui.contactPersonEdit.setText("王明")
    ui.contactPhoneEdit.setText("0936-6621234")
    ui.yellowDaysSpin.setValue(20)
    save(qtbot, dlg)
    assert not dlg.isVisible()
    saved = office.get()
    assert saved.prefixes["risk_notice"] == "高人社工伤提示"
    assert saved.prefixes["interview_notice"] == "高人社工伤约谈"
    assert saved.issuing_body_short == "县人社局工伤股"
    assert (saved.contact_person, saved.contact_phone) == ("王明", "0936-6621234")
    assert saved.rectification_days["yellow"] == 20 and saved.first_run_done
    assert (saved.font_body, saved.font_title) == ("", "")  # office fonts (auto) by default


def test_fonts_bundled_and_custom(window, qtbot, boxes, tmp_path):
    office = window.services.office
    dlg = window.open_office_settings()
    ui = dlg.ui
    ui.bundledFontsRadio.setChecked(True)
    assert not ui.bodyFontEdit.isEnabled()
    save(qtbot, dlg)
    saved = office.get()
    stored = (saved.font_body, saved.font_title, saved.font_heading1, saved.font_heading2)
    assert stored == ("bundled",) * 4  # the bundled font wherever the program is installed
    fonts = window.services.issuing.fonts(saved)
    assert fonts.body.name == "NotoSerifSC-Regular.ttf" and fonts.body.exists()

    dlg = window.open_office_settings()
    ui = dlg.ui
    assert ui.bundledFontsRadio.isChecked()  # read back as "bundled"
    ui.customFontsRadio.setChecked(True)
    assert ui.bodyFontEdit.isEnabled()
    fake = tmp_path / "fake.ttf"
    fake.write_bytes(b"OTTO" + b"\0" * 100)  # an OpenType/CFF file: cannot be embedded
    ui.bodyFontEdit.setText(str(fake))
    ui.titleFontEdit.setText(str(tmp_path / "missing.ttf"))
    save(qtbot, dlg)
    assert dlg.isVisible()
    assert "TrueType" in ui.bodyFontError.text()
    assert "找不到" in ui.titleFontError.text()
    assert ui.settingsTabs.currentWidget() is ui.fontPage
    ui.bodyFontEdit.setText(str(fonts.body))
    ui.titleFontEdit.clear()
    save(qtbot, dlg)
    assert not dlg.isVisible()
    assert office.get().font_body == str(fonts.body) and office.get().font_title == ""


def test_first_run_dialog_appears_until_saved(window, qtbot, boxes, monkeypatch):
    assert window.maybe_first_run() is None  # tests set GAOTAI_SKIP_FIRST_RUN=1
    monkeypatch.delenv(SKIP_FIRST_RUN_ENV)
    window.demo = True
    assert window.maybe_first_run() is None  # never over the demo database
    window.demo = False
    dlg = window.maybe_first_run()
    assert dlg is not None and dlg.isVisible()
    assert dlg.windowTitle() == "首次使用：办公设置" and dlg.ui.introLabel.isVisibleTo(dlg)
    dlg.reject()
    assert "尚未完成办公设置" in window.statusBar().currentMessage()
    dlg = window.maybe_first_run()  # still not done: shown again next time
    assert dlg is not None
    save(qtbot, dlg)
    assert window.services.office.get().first_run_done
    assert window.maybe_first_run() is None


def test_settings_menu_and_about(window, qtbot, boxes):
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert window.office_settings_action in menus["设置(&S)"].actions()
    assert window.notice_tab.batch_print_action in menus["文件(&F)"].actions()
    window.about_action.trigger()
    dlg = window.about_dialog
    assert dlg is not None and dlg.isVisible()
    from gaotai_desktop import __version__

    assert f"版本 {__version__}" in dlg.ui.versionLabel.text()
    assert "Qt " in dlg.ui.versionLabel.text() and "Python " in dlg.ui.versionLabel.text()
    table = dlg.ui.licencesTable
    cells = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert cells["Noto Serif SC（思源宋体）"] == "SIL Open Font License 1.1"
    assert "LGPL" in cells["Qt 6 / PySide6"]
    for name in ("SQLAlchemy", "Alembic", "ReportLab", "openpyxl", "platformdirs"):
        assert name in cells
    assert "Apache-2.0" in cells["pypdfium2 / PDFium"]
    assert "SIL OPEN FONT LICENSE" in dlg.ui.oflText.toPlainText()
    dlg.close()


# -- interviews, holidays, basis (the settings the letters use) --------------------------------
def test_interview_holiday_and_basis_settings_are_saved_as_typed(window, qtbot, boxes):
    office = window.services.office
    dlg = window.open_office_settings()
    ui = dlg.ui
    assert not hasattr(ui, "interviewTimeEdit")  # the retired single interview time is gone
    ui.settingsTabs.setCurrentWidget(ui.interviewPage)
    ui.interviewRoomsEdit.clear()
    type_lines(qtbot, ui.interviewRoomsEdit, "工伤保险股会议室\n三楼小会议室\n")
    ui.interviewSlotSpin.setValue(45)
    ui.interviewHoursEdit.clear()
    type_text(qtbot, ui.interviewHoursEdit, "9:00-11:30，14:30 - 17:30")
    ui.holidaysEdit.clear()
    type_lines(
        qtbot, ui.holidaysEdit,
        "2027-01-01 元旦\n2027/2/6至2027/2/12 春节  # 国办发明电\n2027年2月14日 上班\n",
    )  # fmt: skip
    ui.planDaysSpin.setValue(9)
    type_text(qtbot, ui.mechanismDocNoEdit, "高政办发〔2025〕12号")
    type_text(qtbot, ui.awardUntilEdit, "2027-06-30")
    save(qtbot, dlg)
    assert not dlg.isVisible(), dlg.errors.general.text()

    s = office.get()
    assert s.interview_place == "工伤保险股会议室"
    assert s.interview_rooms == ["工伤保险股会议室", "三楼小会议室"]
    assert s.interview_slot_minutes == 45
    assert s.interview_hours == ["09:00-11:30", "14:30-17:30"]
    assert s.plan_days == 9 and s.mechanism_doc_no == "高政办发〔2025〕12号"
    assert s.award_restriction_until == "2027-06-30"
    table = s.holidays["2027"]
    rest = table["rest"]
    rest_days = sorted(rest) if isinstance(rest, dict) else rest
    assert rest_days == ["2027-01-01", *(f"2027-02-{d:02d}" for d in range(6, 13))]
    assert table["work"] == ["2027-02-14"]
    from gaotai_desktop.domain.calendar import WorkCalendar, parse_tables

    cal = WorkCalendar(parse_tables(s.holidays))  # the calendar reads what the dialog stored
    import datetime as dt

    assert not cal.is_working_day(dt.date(2027, 2, 8)) and cal.is_working_day(dt.date(2027, 2, 14))

    dlg = window.open_office_settings()  # read back as typed
    ui = dlg.ui
    assert ui.interviewRoomsEdit.toPlainText() == "工伤保险股会议室\n三楼小会议室"
    assert ui.interviewHoursEdit.text() == "09:00-11:30，14:30-17:30"
    assert ui.interviewSlotSpin.value() == 45 and ui.planDaysSpin.value() == 9
    holidays = ui.holidaysEdit.toPlainText().splitlines()
    assert holidays[0] == "2027-01-01 元旦" or holidays[0] == "2027-01-01"
    assert "2027-02-14 上班" in holidays and holidays[1].startswith("2027-02-06至2027-02-12")
    dlg.reject()


def test_bad_interview_and_holiday_values_are_named_and_kept(window, qtbot, boxes):
    office = window.services.office
    before = office.get()
    dlg = window.open_office_settings()
    ui = dlg.ui
    ui.interviewRoomsEdit.clear()
    ui.interviewHoursEdit.setText("9:00-8:00")
    ui.holidaysEdit.setPlainText("2027-01-01 元旦\n2027-02-08 上班\n")
    ui.awardUntilEdit.setText("2027-13-01")
    save(qtbot, dlg)

    assert dlg.isVisible()
    assert ui.interviewRoomsError.text().startswith("约谈地点") and "不能为空" in (
        ui.interviewRoomsError.text()
    )
    assert ui.interviewHoursError.text().startswith("约谈时段：") and "9:00-8:00" in (
        ui.interviewHoursError.text()
    )
    assert ui.holidaysError.text().startswith("节假日安排：第2行")
    assert "周一至周五" in ui.holidaysError.text()
    assert ui.awardUntilError.text().startswith("限制评先评优截止日期：")
    assert ui.settingsTabs.currentWidget() is ui.numberPage  # the first tab with a problem
    assert ui.interviewHoursEdit.text() == "9:00-8:00"  # what was typed stays
    assert ui.holidaysEdit.toPlainText() == "2027-01-01 元旦\n2027-02-08 上班\n"
    assert office.get() == before  # nothing saved

    ui.interviewRoomsEdit.setPlainText("会议室")
    ui.interviewHoursEdit.setText("09:00-09:20")
    ui.interviewSlotSpin.setValue(30)
    ui.holidaysEdit.setPlainText("2027-02-30 元旦")
    ui.awardUntilEdit.clear()
    save(qtbot, dlg)
    assert dlg.isVisible()
    assert "放不进约谈时段“09:00-09:20”" in ui.interviewSlotError.text()
    assert ui.interviewSlotError.text().startswith("每场约谈时长")
    assert "日期不存在" in ui.holidaysError.text() and ui.awardUntilError.text() == ""
    assert office.get() == before

    ui.interviewHoursEdit.setText("09:00-11:00")
    ui.holidaysEdit.clear()
    save(qtbot, dlg)
    assert not dlg.isVisible()
    s = office.get()
    assert s.interview_hours == ["09:00-11:00"] and s.holidays == {}
    assert (s.interview_place, s.interview_rooms) == ("会议室", [])


def test_database_with_the_retired_interview_time_opens(services):
    from sqlalchemy import update

    from gaotai_desktop.data.models import Setting

    services.office.save(services.office.get())
    with services.db.transaction() as s:
        s.execute(
            update(Setting).where(Setting.key == "office").values(
                value='{"version": 1, "contact_person": "王敏", "interview_time": "09:30"}'
            )
        )  # fmt: skip
    got = services.office.get()
    assert got.contact_person == "王敏" and not hasattr(got, "interview_time")


def test_case_document_prefixes_are_set_in_the_dialog(window, qtbot, boxes):
    """The recognition-case documents' prefixes have their own tab: the prefixes in use are shown,
    a bad or repeated one is named at its field, and a saved one numbers the next document."""
    import datetime as dt

    from gaotai_desktop.domain.cases import CaseInput
    from gaotai_desktop.domain.rows import EnterpriseInput

    office = window.services.office
    dlg = window.open_office_settings()
    ui = dlg.ui
    assert ui.acceptancePrefixEdit.text() == "高人社工伤受"  # the default in use
    assert ui.decisionPrefixEdit.text() == "高人社工伤送"
    ui.missingPrefixEdit.clear()
    type_text(qtbot, ui.missingPrefixEdit, "高人社工伤补正")
    ui.suspensionPrefixEdit.setText("高人社〔中〕")
    ui.decisionPrefixEdit.setText(ui.riskPrefixEdit.text())  # the same as a warning letter's
    ui.settingsTabs.setCurrentWidget(ui.issuerPage)
    save(qtbot, dlg)
    assert dlg.isVisible()
    assert ui.settingsTabs.currentWidget() is ui.casePage  # the tab with the problem is shown
    assert "括号" in ui.suspensionPrefixError.text()
    assert "工伤风险提示函" in ui.decisionPrefixError.text()
    assert ui.missingPrefixEdit.text() == "高人社工伤补正"  # what was typed stays
    assert "case_missing" not in office.get().prefixes  # nothing saved

    ui.suspensionPrefixEdit.setText("高人社工伤中止")
    ui.decisionPrefixEdit.setText("高人社工伤送达")
    save(qtbot, dlg)
    assert not dlg.isVisible()
    saved = office.get().prefixes
    assert (saved["case_missing"], saved["case_suspension"], saved["case_decision"]) == (
        "高人社工伤补正", "高人社工伤中止", "高人社工伤送达"
    )  # fmt: skip
    assert saved["case_acceptance"] == "高人社工伤受"

    services, today = window.services, dt.date(2026, 11, 28)
    services.enterprises.create(
        EnterpriseInput("91620724MA01AB2C3L", "高台县盛鑫堃化工有限公司", "化工", "城关镇",
                        "县应急管理局"), today=today,
    )  # fmt: skip
    case = services.cases.add(
        CaseInput("91620724MA01AB2C3L", "孙秀英", "620724196804246594", dt.date(2026, 8, 25),
                  dt.date(2026, 9, 1)), today=today,
    )  # fmt: skip
    services.cases.missing(case.id, on=dt.date(2026, 9, 3), items="劳动关系证明", today=today)
    assert services.case_documents.issue(case.id, "missing").doc_no == "高人社工伤补正〔2026〕1号"
