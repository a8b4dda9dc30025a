"""同步 → 冲突处理: the queue, the field table (marked and coloured), per-field choices, the
supervisor rule for identity fields, and the settled record."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gaotai_desktop.domain.identifiers import uscc_check_char
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import open_services

from .conftest import type_text

TODAY = dt.date(2026, 11, 28)
PASS = "口令-2026"
USER_PASSWORD = "correct horse"


def uscc(i: int) -> str:
    first = f"91620724MA{i:07d}"
    return first + uscc_check_char(first)


def edit(services, code: str, **changes) -> None:
    row = services.enterprises.find_by_uscc(code)
    data = EnterpriseInput(uscc=row.uscc, name=row.name, phone=row.phone)
    services.enterprises.update(row.id, dataclasses.replace(data, **changes), today=TODAY)


def make_conflict(services, tmp_path: Path) -> str:
    """The office and a laptop both change the name and phone of one enterprise; the laptop's
    package imported at the office: one edit/edit conflict on name and phone."""
    services.enterprises.create(
        EnterpriseInput(uscc=uscc(1), name="高台县原名有限公司", phone="0936-1"), today=TODAY
    )
    services.sync.enroll("笔记本一", PASS, tmp_path / "co.gsync")
    laptop_path = tmp_path / "laptop" / "l.sqlite"
    laptop_path.parent.mkdir()
    laptop = open_services(laptop_path, backup_dir=tmp_path / "lb", actor="外出科员")
    try:
        laptop.sync.checkout((tmp_path / "co.gsync").read_bytes(), PASS)
        edit(laptop, uscc(1), name="高台县笔记本名有限公司", phone="0936-3")
        laptop.sync.export(PASS, tmp_path / "c.gsync")
    finally:
        laptop.dispose()
    edit(services, uscc(1), name="高台县办公室名有限公司", phone="0936-2")
    outcome = services.sync.import_package((tmp_path / "c.gsync").read_bytes(), PASS)
    assert outcome.conflicts == 1
    return uscc(1)


@pytest.fixture
def conflict_services(services, tmp_path):
    make_conflict(services, tmp_path)
    return services


def test_queue_shows_marked_fields_and_a_clerk_is_refused(qtbot, conflict_services, boxes):
    from gaotai_desktop.ui.dialogs.sync_conflicts import (
        DIFFERS_COLOUR,
        LAPTOP,
        OFFICE,
        ORIGINAL,
        RESULT,
        TAKE_EDIT,
        TAKE_LAPTOP,
        SyncConflictsDialog,
    )  # fmt: skip

    s = conflict_services
    s.users.add("管理员甲", "admin", USER_PASSWORD)
    s.users.add("股长乙", "supervisor", USER_PASSWORD)
    s.users.add("科员丙", "clerk", USER_PASSWORD)
    s.users.sign_in("科员丙", USER_PASSWORD)
    dlg = SyncConflictsDialog(s.sync)
    qtbot.addWidget(dlg)
    dlg.show()
    ui = dlg.ui
    assert ui.conflictsTable.rowCount() == 1
    assert ui.conflictsTable.item(0, 0).text() == "高台县办公室名有限公司"
    assert ui.conflictsTable.item(0, 1).text() == uscc(1)
    assert ui.conflictsTable.item(0, 2).text() == "企业登记信息"
    assert ui.conflictsTable.item(0, 3).text() == "双方都修改了"
    assert ui.conflictsTable.item(0, 4).text() == "办公室、笔记本一"
    table = ui.fieldsTable
    marked = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert marked[:2] == ["≠ 企业名称", "≠ 联系电话"], marked
    assert not any(t.startswith("≠") for t in marked[2:]) and len(marked) > 5
    assert table.item(0, 0).background().color() == DIFFERS_COLOUR
    assert table.item(2, 0).background().color() != DIFFERS_COLOUR
    assert [table.item(1, c).text() for c in (ORIGINAL, OFFICE, LAPTOP)] == [
        "0936-1", "0936-2", "0936-3",
    ]  # fmt: skip
    assert "股长" in ui.guardLabel.text() and "企业名称" in ui.guardLabel.text()
    # a clerk keeps the office's name and takes the laptop's phone: refused (a name is disputed)
    dlg.choose("phone", TAKE_LAPTOP)
    assert table.item(1, RESULT).text() == "0936-3"
    assert dlg.take() == {"phone": "0936-3"}
    type_text(qtbot, ui.reasonEdit, "电话核实")
    assert dlg.resolve() is False
    assert any("须股长或管理员" in t for t in boxes.texts("error"))
    assert ui.conflictsTable.rowCount() == 1
    # without a reason: refused by the service, nothing settled
    s.users.sign_in("股长乙", USER_PASSWORD)
    ui.reasonEdit.clear()
    boxes.shown.clear()
    assert dlg.resolve() is False
    assert any("理由" in t for t in boxes.texts("error"))
    # a supervisor types a third name and takes the laptop's phone
    dlg.choose("name", TAKE_EDIT, "高台县核实名有限公司")
    assert dlg.take() == {"name": "高台县核实名有限公司", "phone": "0936-3"}
    type_text(qtbot, ui.reasonEdit, "营业执照核对")
    with qtbot.waitSignal(dlg.resolved):
        qtbot.mouseClick(ui.resolveButton, Qt.MouseButton.LeftButton)
    assert ui.conflictsTable.rowCount() == 0
    assert ui.countLabel.text() == "没有待处理的同步冲突。"
    assert not ui.resolveButton.isEnabled()
    row = s.enterprises.find_by_uscc(uscc(1))
    assert (row.name, row.phone) == ("高台县核实名有限公司", "0936-3")
