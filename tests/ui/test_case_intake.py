"""上门受理: the large one-column form opened on its own (no tab loaded), Chinese typed into it,
the case created with the channel 上门受理 and the accident recorded in the register; a refused
save marks the field and keeps what was typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from gaotai_desktop.domain.rows import EnterpriseInput

from .conftest import type_text

TODAY = dt.date(2026, 11, 28)
USCC = "91620724MA01AB2C3L"
NAME = "高台县盛鑫堃化工有限公司"
ID1 = "620724196804246594"


@pytest.fixture
def intake(qtbot, services, boxes):
    from gaotai_desktop.ui.dialogs.case_intake import CaseIntakeDialog

    services.enterprises.create(EnterpriseInput(USCC, NAME, "化工", "城关镇"), today=TODAY)
    dlg = CaseIntakeDialog(services, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def save(dlg) -> None:
    dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_home_visit_intake_creates_the_case_and_its_accident(intake, qtbot, services, boxes):
    ui = intake.ui
    assert ui.workerEdit.font().pointSize() >= 14  # large, for a laptop on a kitchen table
    assert ui.workerEdit.height() >= 40
    assert ui.employerCombo.x() == ui.workerEdit.x()  # one column
    type_text(qtbot, ui.employerCombo.lineEdit(), f"{NAME}（{USCC}）")
    type_text(qtbot, ui.workerEdit, "孙秀英")
    type_text(qtbot, ui.idNumberEdit, ID1)
    type_text(qtbot, ui.accidentDateEdit.line, "2026年11月20日")
    save(intake)
    assert intake.result() == intake.DialogCode.Accepted, boxes.texts()
    row = intake.result_row
    assert row is not None and row.channel == "home_visit" and row.applicant == "worker"
    assert (row.applied, row.accident_date) == (TODAY, dt.date(2026, 11, 20))
    assert row.uscc == USCC and row.worker == "孙秀英（620724********6594）"
    accident = services.accidents.get(row.accident_id)
    assert (accident.occurred_on, accident.uscc) == (dt.date(2026, 11, 20), USCC)
    assert [(p.name, p.outcome) for p in services.accidents.persons(accident.id)] == [
        ("孙秀英", "待认定")
    ]


def test_a_code_typed_in_and_a_refusal_keeps_the_form(intake, qtbot, services, boxes):
    ui = intake.ui
    type_text(qtbot, ui.employerCombo.lineEdit(), "91350100M000100Y43")  # not registered
    type_text(qtbot, ui.workerEdit, "张伟")
    type_text(qtbot, ui.idNumberEdit, ID1)
    type_text(qtbot, ui.accidentDateEdit.line, "2026-11-20")
    save(intake)
    assert intake.isVisible() and intake.result_row is None
    assert boxes.kinds() == ["error"] and "91350100M000100Y43" in boxes.texts()[0]
    assert ui.employerCombo.styleSheet() and ui.workerEdit.text() == "张伟"
    ui.employerCombo.setEditText(USCC)
    save(intake)
    assert intake.result_row is not None and intake.result_row.uscc == USCC
    assert [r.channel for r in services.cases.list(TODAY)] == ["home_visit"]
