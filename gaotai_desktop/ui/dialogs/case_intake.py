"""上门受理 (home-visit intake, form ``forms/case_intake.ui``): the application taken on a laptop
on a kitchen table: large fields in one column, the channel preset to 上门受理, the employer
chosen by name or typed as its 统一社会信用代码.

It needs nothing but the services (no tab loaded): the case is created through
:meth:`~gaotai_desktop.services.cases.CaseService.add`, which records the accident when it is
not recorded yet. A refused save marks the field the service names and keeps what was typed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from ... import texts
from ...domain.cases import CaseRow, Channel
from .cases import _CaseDialog

if TYPE_CHECKING:
    from ...services.container import Services


class CaseIntakeDialog(_CaseDialog):
    """上门受理工伤认定申请."""

    action = "apply"

    def __init__(
        self, services: Services, *, today: dt.date, parent: QWidget | None = None
    ) -> None:
        from ..forms.ui_case_intake import Ui_CaseIntakeDialog

        super().__init__(services, today=today, parent=parent)
        self.ui = ui = self._form(Ui_CaseIntakeDialog())
        self.setWindowTitle(texts.HOME_VISIT_TITLE)
        self._application(ui, ui.employerCombo)
        ui.applicantCombo.setCurrentIndex(ui.applicantCombo.findData("worker"))
        ui.employerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = ui.employerCombo.lineEdit()
        if line is not None:
            line.setPlaceholderText(texts.HOME_VISIT_EMPLOYER_HINT)
        for row in services.enterprises.tiers(today):
            ui.employerCombo.addItem(f"{row.name}（{row.uscc}）", row.uscc)
        ui.employerCombo.setCurrentIndex(-1)
        ui.employerCombo.setEditText("")
        completer = ui.employerCombo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.employerCombo.setFocus()

    def uscc(self) -> str:
        """The employer chosen from the list (by its text), else the text typed as a code."""
        combo = self.ui.employerCombo
        typed = combo.currentText().strip()
        found = combo.findText(typed)
        if found >= 0:
            return str(combo.itemData(found))
        return typed

    def save(self) -> CaseRow:
        return self._apply(self.ui, self.uscc(), Channel.HOME_VISIT)
