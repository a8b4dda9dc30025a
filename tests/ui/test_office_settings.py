"""办公设置 (first run and 设置 → 办公设置…) and 帮助 → 关于."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gaotai_desktop.office_settings import DEFAULT_PREFIXES
from gaotai_desktop.ui.dialogs.office_settings import prefix_problem
from gaotai_desktop.ui.main_window import SKIP_FIRST_RUN_ENV

from .conftest import type_text


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
