"""The recognition cases' dialogs (forms ``forms/case_dialog.ui`` and ``case_step_dialog.ui``):
登记申请, and one dialog for every step (补正材料, 材料补齐, 受理, 中止, 恢复, 作出决定, 送达).

Each dialog only gathers what the clerk typed and hands it to
:class:`~gaotai_desktop.services.cases.CaseService`, which decides: a refused save shows the
service's reason, marks the field it names and keeps the dialog open with everything typed.
After a successful save ``result_row`` holds the case row the service returned.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ... import texts
from ...domain.cases import CaseInput, CaseRow, outcomes_for
from ...domain.errors import GaotaiError, ValidationError
from .. import messages as msg
from ..forms.ui_case_dialog import Ui_CaseDialog
from ..forms.ui_case_step_dialog import Ui_CaseStepDialog
from .common import INVALID_STYLE

if TYPE_CHECKING:
    from ...services.container import Services

log = logging.getLogger(__name__)


class _CaseDialog(QDialog):
    action = ""

    def __init__(self, services: Services, *, today: dt.date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today
        self.fields: dict[str, QWidget] = {}
        self.result_row: CaseRow | None = None

    def _buttons(self, buttons: QDialogButtonBox) -> None:
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("保存(&S)")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def save(self) -> CaseRow:
        raise NotImplementedError

    def accept(self) -> None:
        for w in self.fields.values():
            w.setStyleSheet("")
        try:
            row = self.save()
        except (GaotaiError, OSError) as err:
            log.info("case %s refused: %r", self.action, err)
            widget = self.fields.get(err.field) if isinstance(err, ValidationError) else None
            if widget is not None:
                widget.setStyleSheet(INVALID_STYLE)
                widget.setFocus()
            msg.show_error(self, err, action=texts.CASE_STEP_NAMES.get(self.action, ""))
            return
        self.result_row = row
        msg.notify(texts.case_saved_text(row), 30_000)
        super().accept()


class CaseDialog(_CaseDialog):
    """登记工伤认定申请."""

    action = "apply"

    def __init__(
        self, services: Services, *, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, today=today, parent=parent)
        self.ui = ui = Ui_CaseDialog()
        ui.setupUi(self)
        self._buttons(ui.buttonBox)
        for key, name in texts.APPLICANT_NAMES.items():
            ui.applicantCombo.addItem(name, key)
        for key, name in texts.CHANNEL_NAMES.items():
            ui.channelCombo.addItem(name, key)
        for edit in (ui.accidentDateEdit, ui.appliedEdit):
            edit.setMaximumDate(today)
        ui.appliedEdit.setDate(today)
        self.fields = {
            "uscc": ui.usccEdit, "worker_name": ui.workerEdit, "id_number": ui.idNumberEdit,
            "accident_date": ui.accidentDateEdit.line, "applied_on": ui.appliedEdit.line,
            "case_applicant": ui.applicantCombo, "case_channel": ui.channelCombo,
            "late_confirmation": ui.lateEdit,
        }  # fmt: skip
        ui.usccEdit.setFocus()

    def save(self) -> CaseRow:
        ui = self.ui
        accident = ui.accidentDateEdit.value("accident_date")
        applied = ui.appliedEdit.value("applied_on")
        assert accident is not None and applied is not None
        data = CaseInput(
            ui.usccEdit.text(), ui.workerEdit.text(), ui.idNumberEdit.text(), accident, applied,
            applicant=str(ui.applicantCombo.currentData()),
            channel=str(ui.channelCombo.currentData()), late_confirmation=ui.lateEdit.text(),
        )  # fmt: skip
        return self.services.cases.add(data, today=self.today)


class CaseStepDialog(_CaseDialog):
    """One step of a case: ``step`` is ``missing``, ``complete``, ``accept``, ``suspend``,
    ``resume``, ``decide`` or ``served``."""

    def __init__(
        self,
        services: Services,
        case: CaseRow,
        step: str,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, today=today, parent=parent)
        self.case = case
        self.action = step
        self.ui = ui = Ui_CaseStepDialog()
        ui.setupUi(self)
        self._buttons(ui.buttonBox)
        title, label = texts.CASE_STEP_FORMS[step]
        self.setWindowTitle(f"{title}：{case.worker}")
        ui.caseLabel.setText(f"{case.enterprise_name}　{texts.case_saved_text(case)}")
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        ui.formLayout.setRowVisible(ui.textEdit, bool(label))
        ui.textLabel.setText(label)
        ui.formLayout.setRowVisible(ui.outcomeCombo, step == "decide")
        for outcome in outcomes_for(case.state) if step == "decide" else ():
            ui.outcomeCombo.addItem(str(outcome), str(outcome))
        ui.formLayout.setRowVisible(ui.reasonEdit, step == "decide")
        ui.formLayout.setRowVisible(ui.simpleCheck, step == "accept")
        self.fields = {
            "case_date": ui.dateEdit.line, "case_items": ui.textEdit,
            "case_reason": ui.reasonEdit if step == "decide" else ui.textEdit,
            "case_outcome": ui.outcomeCombo,
        }  # fmt: skip
        ui.dateEdit.setFocus()

    def save(self) -> CaseRow:
        ui, cases, ref = self.ui, self.services.cases, self.case.id
        on = ui.dateEdit.value("case_date")
        assert on is not None
        text, today = ui.textEdit.text(), self.today
        step: Any = self.action
        if step == "missing":
            return cases.missing(ref, on=on, items=text, today=today)
        if step == "complete":
            return cases.complete(ref, on=on, today=today)
        if step == "accept":
            return cases.accept(ref, on=on, simple=ui.simpleCheck.isChecked(), today=today)
        if step == "suspend":
            return cases.suspend(ref, on=on, reason=text, today=today)
        if step == "resume":
            return cases.resume(ref, on=on, today=today)
        if step == "decide":
            outcome = str(ui.outcomeCombo.currentData() or "")
            return cases.decide(
                ref, on=on, outcome=outcome, article=text, reason=ui.reasonEdit.text(), today=today
            )
        return cases.served(ref, on=on, today=today)
