"""Two clerks edit one enterprise: the second save is refused, says what the other desk saved, and
the dialog keeps what this clerk typed."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from gaotai_desktop.data.engine import make_engine
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.base import Database
from gaotai_desktop.services.container import build_services

from .conftest import type_text

T = dt.date(2026, 11, 28)
USCC = "91620724MA01AB2C3L"


def test_the_enterprise_dialog_keeps_the_typing_and_shows_the_other_desks_values(
    services, db_path, qtbot
):
    from gaotai_desktop.ui.dialogs.enterprise_dialog import EnterpriseDialog

    row = services.enterprises.create(
        EnterpriseInput(USCC, "高台县鑫源建筑工程有限公司", "建筑业", "城关镇",
                        legal_representative="张三"), today=T,
    )  # fmt: skip
    dlg = EnterpriseDialog(
        services, today=T, lookups=services.enterprises.lookups(), enterprise=row
    )
    qtbot.addWidget(dlg)
    dlg.show()

    other = Database(make_engine(db_path), actor="科员乙")
    try:
        theirs = dataclasses.replace(row.as_input(), legal_representative="李四")
        build_services(other).enterprises.update(
            row.id, theirs, today=T, expected_version=row.row_version
        )
    finally:
        other.engine.dispose()

    dlg.ui.addressEdit.clear()
    type_text(qtbot, dlg.ui.addressEdit, "高台县城关镇人民路8号")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)

    assert dlg.isVisible(), "a refused save keeps the dialog open"
    shown = dlg.errors.general.text()
    assert "该记录已被他人修改" in shown and "科员乙" in shown
    assert "已被他人修改：法定代表人“李四”" in shown and "（对方的值）" in shown
    assert dlg.ui.addressEdit.text() == "高台县城关镇人民路8号"
    assert dlg.ui.legalEdit.text() == "张三"
    assert services.enterprises.get(row.id).address == ""  # nothing of this save was written
    dlg.reject()


def test_the_window_picks_up_another_desks_changes_when_it_gets_the_focus_back(
    empty_window, db_path, qtbot, qapp
):
    """Another desk adds an enterprise and an accident while this program is in the background:
    on coming back the current tab reloads (the change mark moved), the accidents tab when shown;
    with nothing changed nothing reloads."""
    from gaotai_desktop.domain.rows import AccidentInput, PersonInput

    window = empty_window
    tab = window.enterprise_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 0
    window.services.enterprises.lookups()  # the window has read through the database
    reloads: list[str] = []
    for t in window.all_tabs():
        original = t.refresh
        t.refresh = lambda t=t, original=original: (reloads.append(t.title), original())[1]

    active, inactive = (
        Qt.ApplicationState.ApplicationActive,
        Qt.ApplicationState.ApplicationInactive,
    )
    qapp.applicationStateChanged.emit(inactive)
    qapp.applicationStateChanged.emit(active)
    assert reloads == []  # nothing changed meanwhile

    qapp.applicationStateChanged.emit(inactive)
    other = Database(make_engine(db_path), actor="科员乙")
    try:
        desk2 = build_services(other)
        desk2.enterprises.create(
            EnterpriseInput(USCC, "高台县鑫源建筑工程有限公司", "建筑业", "城关镇"), today=T
        )
        person = PersonInput("王五", "620724198001010018", "轻伤", "认定工伤")
        desk2.accidents.record(
            AccidentInput(USCC, dt.date(2026, 3, 5), "工地", "高处坠落", persons=(person,)), today=T
        )
    finally:
        other.engine.dispose()
    assert tab.model.rowCount() == 0  # not before the focus comes back
    qapp.applicationStateChanged.emit(active)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert reloads == [tab.title]
    assert tab.model.row_at(0).uscc == USCC

    window.tabs.setCurrentWidget(window.accident_tab)  # reloads once, when shown
    qtbot.waitUntil(lambda: window.accident_tab.model.rowCount() == 1, timeout=10_000)
    window.tabs.setCurrentWidget(tab)
    window.tabs.setCurrentWidget(window.accident_tab)
    assert reloads == [tab.title, window.accident_tab.title]
