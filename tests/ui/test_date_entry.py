"""Dates typed as clerks type them become exactly that date, or a message: never another date.

And the credit-code override reason exists only while the code fails its check.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from gaotai_desktop.ui.widgets.date_edit import DateEdit

from .conftest import AS_OF, type_text
from .test_dialogs import NAME, USCC, add_enterprise


def retype(qtbot, edit: DateEdit, text: str) -> None:
    edit.line.selectAll()
    qtbot.keyClick(edit.line, Qt.Key.Key_Delete)
    type_text(qtbot, edit.line, text)
    qtbot.keyClick(edit.line, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("typed", "day", "weekday"),
    [
        ("2026-11-20", dt.date(2026, 11, 20), "星期五"),
        ("2026-1-5", dt.date(2026, 1, 5), "星期一"),
        ("2026-03-05", dt.date(2026, 3, 5), "星期四"),
        ("2026/3/5", dt.date(2026, 3, 5), "星期四"),
        ("20260305", dt.date(2026, 3, 5), "星期四"),
        ("2026年3月5日", dt.date(2026, 3, 5), "星期四"),
    ],
)
def test_typed_dates_are_the_dates_typed(qtbot, typed, day, weekday) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setMaximumDate(AS_OF)
    edit.setDate(AS_OF)
    edit.show()
    retype(qtbot, edit, "")
    type_text(qtbot, edit.line, typed)
    assert edit.date() == day
    assert edit.value("occurred_on") == day
    assert edit.hint.text() == weekday
    assert edit.text() == typed  # shown as typed, not rewritten


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("2026-11-31", "no_such_day"),
        ("2026-02-30", "no_such_day"),
        ("2026-13-01", "no_such_day"),
        ("2026-11", "date_format"),
        ("11/20/2026", "date_format"),
        ("明天", "date_format"),
        ("2026-11-29", "date_future"),
        ("2027-01-01", "date_future"),
    ],
)
def test_a_wrong_date_is_refused_and_kept_as_typed(qtbot, typed, code) -> None:
    from gaotai_desktop.domain.errors import ValidationError

    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setMaximumDate(AS_OF)
    edit.setDate(AS_OF)
    edit.show()
    retype(qtbot, edit, typed)
    with pytest.raises(ValidationError) as err:
        edit.value("occurred_on")
    assert (err.value.field, err.value.code) == ("occurred_on", code)
    assert edit.text() == typed
    assert edit.hint.text() in ("不是日期", "晚于今天")


def test_accident_dialog_saves_the_typed_date_and_refuses_a_future_one(
    empty_window, qtbot, boxes
) -> None:
    window = empty_window
    dlg = add_enterprise(qtbot, window.enterprise_tab)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    tab = window.accident_tab
    window.tabs.setCurrentWidget(tab)

    tab.new_record()
    dlg = tab.dialog
    qtbot.keyClicks(dlg.ui.usccEdit, USCC)
    assert NAME in dlg.ui.enterpriseNameLabel.text()
    name_edit, id_edit, _severity, _outcome = dlg.person_widgets(0)
    type_text(qtbot, name_edit, "张伟")
    qtbot.keyClicks(id_edit, "620724198001010018")
    retype(qtbot, dlg.ui.dateEdit, "2026-12-01")  # after the as-of date (today)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    assert "晚于今天" in dlg.ui.dateError.text()
    assert (
        window.services.accidents.list_all() == []
        if hasattr(window.services.accidents, "list_all")
        else tab.model.rowCount() == 0
    )
    assert dlg.ui.dateEdit.text() == "2026-12-01"  # nothing substituted

    retype(qtbot, dlg.ui.dateEdit, "2026-11-20")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    rows = tab.model.all_rows()
    assert [r.occurred_on for r in rows] == [dt.date(2026, 11, 20)]


def test_override_reason_lives_only_while_the_code_fails(empty_window, qtbot, boxes) -> None:
    tab = empty_window.enterprise_tab
    tab.new_record()
    dlg = tab.dialog
    ui = dlg.ui
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    ui.usccEdit.setFocus()
    assert ui.overrideEdit.isHidden()
    qtbot.keyClicks(ui.usccEdit, USCC[:-1] + "M")  # wrong check character
    qtbot.keyClick(ui.usccEdit, Qt.Key.Key_Tab)
    assert not ui.overrideEdit.isHidden()
    type_text(qtbot, ui.overrideEdit, "旧证照")
    ui.usccEdit.setFocus()
    ui.usccEdit.selectAll()
    qtbot.keyClicks(ui.usccEdit, USCC)  # corrected
    qtbot.keyClick(ui.usccEdit, Qt.Key.Key_Tab)
    assert ui.overrideEdit.isHidden()
    assert ui.overrideEdit.text() == ""
    assert dlg.focusWidget() is not ui.overrideEdit
    assert dlg.override_reason() == ""


def test_an_unknown_hazard_date_stays_unknown(empty_window, qtbot, boxes) -> None:
    """A hazard entered without its date is saved without one (never today's date)."""
    tab = empty_window.enterprise_tab
    dlg = add_enterprise(qtbot, tab)
    dlg.ui.hazardGroup.setChecked(True)
    assert dlg.ui.hazardDateEdit.text() == ""
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible(), dlg.errors.general.text()
    saved = empty_window.services.enterprises.get(tab.model.row_at(0).enterprise_id)
    assert saved.hazard and saved.hazard_date is None
