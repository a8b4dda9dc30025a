"""Record or edit an accident with its injured persons (form: ``forms/accident_dialog.ui``).

Saving goes through ``AccidentService.record/update``, which recounts the enterprise's tier; the
:class:`~gaotai_desktop.services.accidents.RecordResult` is emitted with ``saved``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)

from ...domain.errors import Conflict, GaotaiError, ValidationError
from ...domain.identifiers import normalize
from ...domain.rows import AccidentInput, PersonInput
from ...domain.tiers import Outcome
from ...domain.validation import validate_person
from .. import messages as msg
from ..forms.ui_accident_dialog import Ui_AccidentDialog
from .common import INVALID_STYLE, FieldErrors

if TYPE_CHECKING:
    from ...services.accidents import RecordResult
    from ...services.container import Services
    from ...services.enterprises import Lookups


log = logging.getLogger(__name__)

OUTCOMES = tuple(o.value for o in Outcome)
PERSON_FIELDS = {"person_name": 0, "id_number": 1, "severity": 2, "outcome": 3}


class AccidentDialog(QDialog):
    #: RecordResult of the save.
    saved = Signal(object)

    def __init__(
        self,
        services: Services,
        *,
        today: dt.date,
        lookups: Lookups,
        enterprises: Mapping[str, str],
        accident_id: str = "",
        initial: AccidentInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today
        self.accident_id = accident_id
        #: The version the form was filled from: saving over another desk's later save is refused.
        self.seen_version = services.accidents.version(accident_id) if accident_id else None
        self.enterprises = enterprises
        self.severities = tuple(lookups.severities)
        #: What the last save did (``services.accidents.RecordResult``).
        self.saved_result: RecordResult | None = None
        self.ui = ui = Ui_AccidentDialog()
        ui.setupUi(self)
        self.setWindowTitle("修改事故" if accident_id else "登记事故")
        self._build_errors()
        self._build_buttons()
        self._build_enterprise(enterprises)
        self._build_fields(today, lookups)
        self._build_persons()
        #: The ID numbers as the form got them, masked (the service keeps a mask left unchanged).
        self._masked_ids = (
            [p.id_number for p in initial.persons if "*" in p.id_number] if initial else []
        )
        self._restore(initial)

    def _build_errors(self) -> None:
        ui = self.ui
        self.errors = FieldErrors(
            {
                "uscc": ui.usccError,
                "occurred_on": ui.dateError,
                "accident_no": ui.accidentNoError,
                "place": ui.placeError,
                "category": ui.categoryError,
                "persons": ui.personsError,
            },
            {
                "uscc": ui.usccEdit,
                "occurred_on": ui.dateEdit,
                "accident_no": ui.accidentNoEdit,
                "place": ui.placeEdit,
                "category": ui.categoryCombo,
            },
            ui.generalError,
        )

    def _build_buttons(self) -> None:
        ui = self.ui
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("保存(&S)")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _build_enterprise(self, enterprises: Mapping[str, str]) -> None:
        ui = self.ui
        # enterprise: type the code, or part of the name and pick from the list
        completer = QCompleter(
            QStringListModel([f"{u}  {n}" for u, n in enterprises.items()], self), self
        )
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(15)
        completer.activated.connect(self._picked)
        ui.usccEdit.setCompleter(completer)
        ui.usccEdit.textChanged.connect(self._show_enterprise)
        ui.enterpriseNameLabel.setText("")

    def _build_fields(self, today: dt.date, lookups: Lookups) -> None:
        ui = self.ui
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        ui.categoryCombo.addItem("（未填）", "")
        for c in lookups.categories:
            ui.categoryCombo.addItem(c, c)

    def _build_persons(self) -> None:
        ui = self.ui
        table = ui.personsTable
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        hh = table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 140)
        table.setColumnWidth(2, 100)
        table.setColumnWidth(3, 120)
        ui.addPersonButton.clicked.connect(lambda: self.add_person(focus=True))
        ui.removePersonButton.clicked.connect(self.remove_person)

    def _restore(self, initial: AccidentInput | None) -> None:
        """Fill the fields from ``initial`` (editing), give the table a row, focus a field."""
        ui = self.ui
        if initial is not None:
            ui.usccEdit.setText(initial.uscc)
            ui.dateEdit.setDate(initial.occurred_on)
            ui.accidentNoEdit.setText(initial.accident_no)
            ui.placeEdit.setText(initial.place)
            idx = ui.categoryCombo.findData(initial.category)
            if idx < 0 and initial.category:
                ui.categoryCombo.addItem(initial.category, initial.category)
                idx = ui.categoryCombo.count() - 1
            ui.categoryCombo.setCurrentIndex(max(idx, 0))
            ui.descriptionEdit.setPlainText(initial.description)
            for p in initial.persons:
                self.add_person(p)
        if ui.personsTable.rowCount() == 0:
            self.add_person()
        (ui.dateEdit if ui.usccEdit.text() else ui.usccEdit).setFocus()

    # -- enterprise -------------------------------------------------------------------------------------
    def _picked(self, text: str) -> None:
        code = text.split()[0] if text.split() else text
        QTimer.singleShot(0, lambda: self.ui.usccEdit.setText(code))

    def _show_enterprise(self, text: str) -> None:
        code = normalize(text.split()[0] if text.split() else "")
        name = self.enterprises.get(code, "")
        if name:
            self.ui.enterpriseNameLabel.setText(f"企业：{name}")
        elif len(code) >= 18:
            self.ui.enterpriseNameLabel.setText("未找到该代码的企业（须先登记企业）")
        else:
            self.ui.enterpriseNameLabel.setText("")

    # -- persons ----------------------------------------------------------------------------------------
    def add_person(self, person: PersonInput | None = None, *, focus: bool = False) -> int:
        table = self.ui.personsTable
        row = table.rowCount()
        table.insertRow(row)
        name = QLineEdit(table)
        name.setObjectName(f"personName{row}")
        name.setPlaceholderText("姓名")
        id_edit = QLineEdit(table)
        id_edit.setObjectName(f"personId{row}")
        id_edit.setPlaceholderText("18位身份证号")
        severity = QComboBox(table)
        severity.setObjectName(f"personSeverity{row}")
        severity.addItem("（未填）", "")
        for s in self.severities:
            severity.addItem(s, s)
        outcome = QComboBox(table)
        outcome.setObjectName(f"personOutcome{row}")
        for o in OUTCOMES:
            outcome.addItem(o, o)
        if person is not None:
            name.setText(person.name)
            id_edit.setText(person.id_number)
            severity.setCurrentIndex(max(severity.findData(person.severity), 0))
            outcome.setCurrentIndex(max(outcome.findData(person.outcome or OUTCOMES[0]), 0))
        for col, w in enumerate((name, id_edit, severity, outcome)):
            table.setCellWidget(row, col, w)
        self._fix_tab_order()
        if focus:
            table.setCurrentCell(row, 0)
            name.setFocus()
        return row

    def remove_person(self) -> None:
        table = self.ui.personsTable
        row = table.currentRow()
        if row < 0:
            row = table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)
        self._fix_tab_order()

    def person_widgets(self, row: int) -> tuple[QLineEdit, QLineEdit, QComboBox, QComboBox]:
        t = self.ui.personsTable
        return tuple(t.cellWidget(row, c) for c in range(4))  # type: ignore[return-value]

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.ui.descriptionEdit]
        for row in range(self.ui.personsTable.rowCount()):
            chain.extend(self.person_widgets(row))
        chain += [self.ui.addPersonButton, self.ui.removePersonButton, self.ui.buttonBox]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def persons(self) -> tuple[PersonInput, ...]:
        out = []
        for row in range(self.ui.personsTable.rowCount()):
            name, id_edit, severity, outcome = self.person_widgets(row)
            if not (name.text().strip() or id_edit.text().strip()):
                continue  # an empty row added by mistake
            out.append(
                PersonInput(
                    name=name.text(),
                    id_number=id_edit.text(),
                    severity=severity.currentData() or "",
                    outcome=outcome.currentData() or OUTCOMES[0],
                )
            )
        return tuple(out)

    # -- values -----------------------------------------------------------------------------------------
    def value(self) -> AccidentInput:
        """The form as an input; ``ValidationError('occurred_on', ...)`` while the date is not a
        date or lies after today (never replaced by another date)."""
        ui = self.ui
        text = ui.usccEdit.text().split()
        occurred_on = ui.dateEdit.value("occurred_on")
        assert occurred_on is not None  # required
        return AccidentInput(
            uscc=text[0] if text else "",
            occurred_on=occurred_on,
            place=ui.placeEdit.text(),
            category=ui.categoryCombo.currentData() or "",
            description=ui.descriptionEdit.toPlainText(),
            accident_no=ui.accidentNoEdit.text(),
            persons=self.persons(),
        )

    # -- saving -----------------------------------------------------------------------------------------
    def _clear_person_marks(self) -> None:
        for row in range(self.ui.personsTable.rowCount()):
            for w in self.person_widgets(row):
                w.setStyleSheet("")

    def _person_problems(self) -> bool:
        """Check every person row here, so that the message can say which row is wrong."""
        found = False
        visible = 0
        for row in range(self.ui.personsTable.rowCount()):
            widgets = self.person_widgets(row)
            name, id_edit, severity, outcome = widgets
            if not (name.text().strip() or id_edit.text().strip()):
                continue
            visible += 1
            p = PersonInput(
                name.text(),
                id_edit.text(),
                severity.currentData() or "",
                outcome.currentData() or "",
            )
            try:
                validate_person(p, today=self.today, severities=self.severities)
            except ValidationError as err:
                if err.field == "id_number" and id_edit.text().strip() in self._masked_ids:
                    continue  # left masked as given: the stored number stays (the service checks)
                found = True
                self.errors.show("persons", f"第{row + 1}名伤者 {msg.error_text(err)}")
                col = PERSON_FIELDS.get(err.field, 0)
                widgets[col].setStyleSheet(INVALID_STYLE)
        if visible == 0:
            found = True
            self.errors.show("persons", msg.reason_text(ValidationError("persons", "no_persons")))
        return found

    def accept(self) -> None:
        self.errors.clear()
        self._clear_person_marks()
        if not self.ui.usccEdit.text().split():
            self.errors.show("uscc", "请填写企业的统一社会信用代码")
        try:
            data = self.value()
        except ValidationError as err:
            self.errors.show(err.field, msg.reason_text(err))
        bad_persons = self._person_problems()
        if self.errors.any() or bad_persons:
            return
        try:
            if self.accident_id:
                result = self.services.accidents.update(
                    self.accident_id, data, today=self.today, expected_version=self.seen_version
                )
            else:
                result = self.services.accidents.record(data, today=self.today)
        except ValidationError as err:
            field = err.field if err.field in self.errors.labels else "persons"
            if err.field in PERSON_FIELDS:
                field = "persons"
            w = self.errors.show(
                field, msg.reason_text(err) if field != "persons" else msg.error_text(err)
            )
            if w is not None:
                w.setFocus()
            return
        except Conflict as err:
            field = "accident_no" if err.code == "duplicate_accident_no" else ""
            self.errors.show(field, msg.error_text(err))
            return
        except (GaotaiError, OSError) as err:
            self.errors.show("", msg.error_text(err))
            return
        log.info("accident saved: %s", result.accident.id)
        self.saved_result = result
        self.saved.emit(result)
        super().accept()
