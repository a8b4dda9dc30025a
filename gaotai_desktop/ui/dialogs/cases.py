"""The recognition cases' dialogs (forms ``forms/case_dialog.ui`` and ``case_step_dialog.ui``):
登记申请, and one dialog for every step (补正材料, 材料补齐, 受理, 中止, 恢复, 作出决定, 送达).

Each dialog only gathers what the clerk typed and hands it to
:class:`~gaotai_desktop.services.cases.CaseService`, which decides: a refused save shows the
service's reason, marks the field it names and keeps the dialog open with everything typed.
After a successful save ``result_row`` holds the case row the service returned.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ... import texts
from ...domain.cases import CaseInput, CaseRow, outcomes_for
from .. import messages as msg
from ..forms.ui_case_dialog import Ui_CaseDialog
from ..forms.ui_case_step_dialog import Ui_CaseStepDialog
from .common import FormDialog

if TYPE_CHECKING:
    from ...services.container import Services


class _CaseDialog(FormDialog):
    """A case dialog: ``action`` is the step (a key of :data:`texts.CASE_STEP_NAMES`)."""

    result_row: CaseRow | None

    def action_text(self, action: str) -> str:
        return texts.CASE_STEP_NAMES.get(action, "")

    def saved(self, row: CaseRow) -> None:
        msg.notify(texts.case_saved_text(row), 30_000)

    # -- the application forms (登记申请, 上门受理) ---------------------------------------------------
    def _application(self, ui: Any, employer: QWidget) -> None:
        """Set up what both application forms ask (``employer`` is the employer's field)."""
        for key, name in texts.APPLICANT_NAMES.items():
            ui.applicantCombo.addItem(name, key)
        ui.accidentDateEdit.setMaximumDate(self.today)
        self._up_to_today(ui.appliedEdit)
        self.fields = {
            "uscc": employer, "worker_name": ui.workerEdit, "id_number": ui.idNumberEdit,
            "accident_date": ui.accidentDateEdit.line, "applied_on": ui.appliedEdit.line,
            "case_applicant": ui.applicantCombo, "late_confirmation": ui.lateEdit,
        }  # fmt: skip

    def _apply(self, ui: Any, uscc: str, channel: str) -> CaseRow:
        """登记申请 of the employer ``uscc`` received through ``channel``, as typed in ``ui``."""
        accident = ui.accidentDateEdit.value("accident_date")
        applied = ui.appliedEdit.value("applied_on")
        assert accident is not None and applied is not None
        data = CaseInput(
            uscc, ui.workerEdit.text(), ui.idNumberEdit.text(), accident, applied,
            applicant=str(ui.applicantCombo.currentData()), channel=channel,
            late_confirmation=ui.lateEdit.text(),
        )  # fmt: skip
        return self.services.cases.add(data, today=self.today)


class CaseDialog(_CaseDialog):
    """登记工伤认定申请."""

    action = "apply"

    def __init__(
        self, services: Services, *, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, today=today, parent=parent)
        self.ui = ui = self._form(Ui_CaseDialog())
        self._application(ui, ui.usccEdit)
        for key, name in texts.CHANNEL_NAMES.items():
            ui.channelCombo.addItem(name, key)
        self.fields["case_channel"] = ui.channelCombo
        ui.usccEdit.setFocus()

    def save(self) -> CaseRow:
        ui = self.ui
        return self._apply(ui, ui.usccEdit.text(), str(ui.channelCombo.currentData()))


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
        self.ui = ui = self._form(Ui_CaseStepDialog())
        title, label = texts.CASE_STEP_FORMS[step]
        self.setWindowTitle(f"{title}：{case.worker}")
        ui.caseLabel.setText(f"{case.enterprise_name}　{texts.case_saved_text(case)}")
        self._up_to_today(ui.dateEdit)
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
