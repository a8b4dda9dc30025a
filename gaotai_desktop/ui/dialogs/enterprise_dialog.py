"""Add or edit one enterprise (form: ``forms/enterprise_dialog.ui``).

The dialog saves through the service itself; a failed save shows the reasons next to the fields and
keeps everything typed. A duplicate credit code offers to open the enterprise already registered.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from ...domain.errors import Conflict, GaotaiError, ValidationError
from ...domain.identifiers import validate_uscc
from ...domain.rows import EnterpriseInput, EnterpriseRow
from ...domain.validation import enterprise_problems
from .. import messages as msg
from ..forms.ui_enterprise_dialog import Ui_EnterpriseDialog
from .common import FieldErrors

if TYPE_CHECKING:
    from ...services.container import Services
    from ...services.enterprises import Lookups


log = logging.getLogger(__name__)


def _fill_combo(combo: QComboBox, items: tuple[str, ...] | list[str], current: str) -> None:
    combo.clear()
    combo.addItems(list(items))
    combo.setCurrentIndex(-1)
    combo.setEditText(current)


class EnterpriseDialog(QDialog):
    #: The enterprise written (EnterpriseRow).
    saved = Signal(object)
    #: The user asked to open the enterprise that already has the code (its id).
    open_existing = Signal(str)

    def __init__(
        self,
        services: Services,
        *,
        today: dt.date,
        lookups: Lookups,
        enterprise: EnterpriseRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today
        self.enterprise = enterprise
        self.result_row: EnterpriseRow | None = None
        self._existing_id = ""
        self.ui = ui = Ui_EnterpriseDialog()
        ui.setupUi(self)
        self.setWindowTitle("修改企业信息" if enterprise else "新增企业")
        self._build_errors()
        self._build_buttons()
        self._build_fields(today)
        self._restore(enterprise, lookups)
        ui.usccEdit.setFocus()

    def _build_errors(self) -> None:
        ui = self.ui
        self.errors = FieldErrors(
            {
                "uscc": ui.usccError,
                "name": ui.nameError,
                "industry": ui.industryError,
                "township": ui.townshipError,
                "authority": ui.authorityError,
                "legal_representative": ui.legalError,
                "contact_person": ui.contactError,
                "phone": ui.phoneError,
                "address": ui.addressError,
                "hazard_date": ui.hazardDateError,
                "hazard_source": ui.hazardSourceError,
                "hazard_description": ui.hazardDescriptionError,
                "hazard_reference": ui.hazardReferenceError,
            },
            {
                "uscc": ui.usccEdit,
                "name": ui.nameEdit,
                "industry": ui.industryCombo,
                "township": ui.townshipCombo,
                "authority": ui.authorityCombo,
                "legal_representative": ui.legalEdit,
                "contact_person": ui.contactEdit,
                "phone": ui.phoneEdit,
                "address": ui.addressEdit,
                "hazard_date": ui.hazardDateEdit,
                "hazard_source": ui.hazardSourceEdit,
                "hazard_description": ui.hazardDescriptionEdit,
                "hazard_reference": ui.hazardReferenceEdit,
            },
            ui.generalError,
        )

    def _build_buttons(self) -> None:
        ui = self.ui
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("保存(&S)")
        self.save_button.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _build_fields(self, today: dt.date) -> None:
        ui = self.ui
        ui.openExistingButton.setVisible(False)
        ui.openExistingButton.clicked.connect(self._open_existing)
        self._set_override_visible(False)
        ui.hazardDateEdit.setMaximumDate(today)  # empty: not known (left out of the letters)
        ui.usccEdit.editingFinished.connect(self._check_uscc_now)

    def _restore(self, e: EnterpriseRow | None, lookups: Lookups) -> None:
        """Fill the choices, and the fields from ``e`` when editing an enterprise."""
        ui = self.ui
        _fill_combo(ui.industryCombo, lookups.industries, e.industry if e else "")
        _fill_combo(ui.townshipCombo, lookups.townships, e.township if e else "")
        _fill_combo(ui.authorityCombo, lookups.authorities, e.authority if e else "")
        if e is not None:
            ui.usccEdit.setText(e.uscc)
            ui.nameEdit.setText(e.name)
            ui.legalEdit.setText(e.legal_representative)
            ui.contactEdit.setText(e.contact_person)
            ui.phoneEdit.setText(e.phone)
            ui.addressEdit.setText(e.address)
            ui.hazardGroup.setChecked(e.hazard)
            if e.hazard_date:
                ui.hazardDateEdit.setDate(e.hazard_date)
            ui.hazardSourceEdit.setText(e.hazard_source)
            ui.hazardDescriptionEdit.setText(e.hazard_description)
            ui.hazardReferenceEdit.setText(e.hazard_reference)

    # -- values -----------------------------------------------------------------------------------------
    def value(self) -> EnterpriseInput:
        ui = self.ui
        hazard = ui.hazardGroup.isChecked()
        return EnterpriseInput(
            uscc=ui.usccEdit.text(),
            name=ui.nameEdit.text(),
            industry=ui.industryCombo.currentText(),
            township=ui.townshipCombo.currentText(),
            authority=ui.authorityCombo.currentText(),
            legal_representative=ui.legalEdit.text(),
            contact_person=ui.contactEdit.text(),
            phone=ui.phoneEdit.text(),
            address=ui.addressEdit.text(),
            hazard=hazard,
            hazard_date=ui.hazardDateEdit.value("hazard_date", required=False) if hazard else None,
            hazard_source=ui.hazardSourceEdit.text() if hazard else "",
            hazard_description=ui.hazardDescriptionEdit.text() if hazard else "",
            hazard_reference=ui.hazardReferenceEdit.text() if hazard else "",
        )

    def override_reason(self) -> str:
        return self.ui.overrideEdit.text().strip() if not self.ui.overrideEdit.isHidden() else ""

    # -- errors -----------------------------------------------------------------------------------------
    def _set_override_visible(self, visible: bool) -> None:
        self.ui.overrideLabel.setVisible(visible)
        self.ui.overrideEdit.setVisible(visible)

    def _show_validation(self, err: ValidationError) -> QWidget | None:
        if err.field == "uscc" and err.code == "check":
            self._set_override_visible(True)
        return self.errors.show(err.field, msg.reason_text(err))

    def _check_uscc_now(self) -> None:
        """Tell at once (on leaving the field) which rule a credit code breaks."""
        text = self.ui.usccEdit.text()
        self.ui.usccError.setVisible(False)
        self.ui.usccEdit.setStyleSheet("")
        try:
            validate_uscc(text)
        except ValidationError as err:
            if text.strip():
                self.ui.usccError.setText("")
                self._show_validation(err)
                return
        # the code passes (or is empty): no override, and no reason kept from an earlier error
        self.ui.overrideEdit.clear()
        self._set_override_visible(False)

    def _open_existing(self) -> None:
        if self._existing_id:
            existing = self._existing_id
            self.reject()
            self.open_existing.emit(existing)

    # -- saving -----------------------------------------------------------------------------------------
    def accept(self) -> None:
        self.errors.clear()
        self.ui.openExistingButton.setVisible(False)
        self._existing_id = ""
        try:
            data = self.value()
        except ValidationError as err:  # the hazard date is not a date, or after today
            w = self._show_validation(err)
            if w is not None:
                w.setFocus()
            return
        override = self.override_reason()
        _clean, problems = enterprise_problems(
            data, townships=None, today=self.today, allow_bad_check=bool(override)
        )
        if problems:
            first = None
            for problem in problems:
                w = self._show_validation(problem)
                first = first or w
            if first is not None:
                first.setFocus()
            return
        try:
            if self.enterprise is None:
                row = self.services.enterprises.create(
                    data, today=self.today, override_reason=override
                )
            else:
                row = self.services.enterprises.update(
                    self.enterprise.id,
                    data,
                    today=self.today,
                    expected_version=self.enterprise.row_version,
                    override_reason=override,
                )
        except ValidationError as err:
            w = self._show_validation(err)
            if w is not None:
                w.setFocus()
            return
        except Conflict as err:
            if err.code == "duplicate_uscc":
                self.errors.show("uscc", msg.error_text(err))
                self._existing_id = str(err.detail.get("id", ""))
                self.ui.openExistingButton.setVisible(bool(self._existing_id))
                self.ui.usccEdit.setFocus()
            else:
                self.errors.show("", msg.error_text(err))
            return
        except (GaotaiError, OSError) as err:
            self.errors.show("", msg.error_text(err))
            return
        log.info("enterprise saved: %s %s", row.uscc, row.id)
        self.result_row = row
        self.saved.emit(row)
        super().accept()
