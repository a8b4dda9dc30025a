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
