"""帮助 (issue 12 item 12): F1 opens the manual at the task at hand, from every tab and from a
dialog; the manual ships with the program, offline, with small screenshots; 数据与日志位置 shows
where things are and opens the log folder; Qt's own dialogs speak Chinese."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    Qt,
    QUrl,
)
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from gaotai_desktop.paths import resource
from gaotai_desktop.ui.dialogs import help as help_dialogs

MANUAL = resource("manual", "index.html")


def _activate(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=20_000)


def test_the_manual_ships_offline_with_small_screenshots():
    html = MANUAL.read_text("utf-8")
    images = re.findall(r'<img src="([^"]+)"', html)
    assert len(images) >= 3
    files = [MANUAL.parent / name for name in images]
    assert all(f.suffix == ".png" and f.exists() for f in files), files
    assert sum(f.stat().st_size for f in MANUAL.parent.iterdir()) < 400 * 1024
    assert "http" not in "".join(images)
    for section in set(help_dialogs.SECTIONS.values()):
        assert f'name="{section}"' in html, section


def test_f1_opens_the_section_of_every_tab(window, qtbot):
    _activate(window, qtbot)
    assert window.help_action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    expected = {
        "EnterpriseTab": "enterprises",
        "AccidentTab": "accidents",
        "NoticeTab": "notices",
        "WarningTab": "warnings",
        "AgendaTab": "agenda",
        "CaseTab": "cases",
        "OutreachTab": "outreach",
        "StatisticsTab": "statistics",
    }
    for tab in window.all_tabs():
        window.tabs.setCurrentWidget(tab)
        target = getattr(tab, "view", tab)
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_F1)
        dlg = window.help_dialog
        assert dlg is not None and dlg.isVisible()
        section = expected[type(tab).__name__]
        assert dlg.section == section
        source = dlg.ui.browser.source()
        assert source.fragment() == section and source.toLocalFile() == str(MANUAL)
        # the manual is really shown, pictures included
        doc = dlg.ui.browser.document()
        assert "使用手册" in doc.toPlainText()
        for name in ("enterprises.png", "accidents.png", "notices.png"):
            image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
            assert image is not None and not image.isNull(), name
        _activate(window, qtbot)


def test_f1_in_a_dialog_opens_its_own_section(window, qtbot):
    _activate(window, qtbot)
    tab = window.enterprise_tab
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=20_000)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_F1)
    assert window.help_dialog is not None and window.help_dialog.section == "enterprise-edit"
    assert dialog.isVisible()  # the dialog stays open behind the manual
    dialog.reject()
    # the delete dialog has a section of its own
    tab.view.selectRow(0)
    tab.delete_selected()
    qtbot.keyClick(tab.delete_dialog.ui.reasonCombo, Qt.Key.Key_F1)
    assert window.help_dialog.section == "delete"
    tab.delete_dialog.reject()


def test_help_menu_and_data_locations(window, qtbot, monkeypatch):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("帮助"))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["使用手册(&M)", "数据与日志位置(&L)…", "关于(&A)"]

    opened: list[str] = []
    monkeypatch.setattr(
        help_dialogs.QDesktopServices,
        "openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    window.data_locations_action.trigger()
    dlg = window.data_locations_dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.ui.databaseLabel.text() == str(window.services.location)
    assert dlg.ui.backupsLabel.text() == str(window.services.backup_dir)
    log = Path(dlg.ui.logLabel.text())
    assert log.name == "gaotai-desktop.log"
    qtbot.mouseClick(dlg.ui.openLogFolderButton, Qt.MouseButton.LeftButton)
    assert opened == [str(log.parent)]
    qtbot.mouseClick(dlg.ui.openDatabaseFolderButton, Qt.MouseButton.LeftButton)
    assert opened[-1] == str(Path(window.services.location).parent)
    dlg.reject()


def test_qt_file_dialogs_speak_chinese(qapp, qtbot):
    """qtbase_zh_CN is loaded: Qt's own (non-native) file dialog labels are Chinese."""
    import gc

    from gaotai_desktop.ui.application import install_translations

    assert len(install_translations(qapp)) == 2, "qtbase_zh_CN.qm not found"
    gc.collect()  # the application keeps its translators (the patch one is Python)
    translators = qapp._gaotai_translators
    try:
        dlg = QFileDialog(None, "导入企业")
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setNameFilter("Excel 工作簿 (*.xlsx)")
        qtbot.addWidget(dlg)
        look_in = dlg.findChild(QLabel, "lookInLabel").text()
        file_type = dlg.findChild(QLabel, "fileTypeLabel").text()
        file_name = dlg.findChild(QLabel, "fileNameLabel").text()
        for text in (look_in, file_type, file_name):
            assert re.search(r"[\u4e00-\u9fff]", text), text
        assert "Look in" not in look_in and "Files of type" not in file_type
    finally:
        for t in translators:
            qapp.removeTranslator(t)
