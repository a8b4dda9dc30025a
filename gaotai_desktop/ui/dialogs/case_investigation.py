"""调查笔录 of a case (form ``forms/case_investigation.ui``): time and place, the two staff with
their certificate numbers, the person questioned, the questions and answers typed as lines
starting with 问： and 答：. Saved with the case (:meth:`CaseDocumentService.save_record`), and
printed for signing in the print preview, as typed or blank for handwriting."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QWidget

from ... import texts
from ...domain.cases import CaseRow
from ...domain.documents import InvestigationInput, InvestigationRow, format_qa, parse_qa
from ...domain.errors import GaotaiError
from .. import messages as msg
from .. import printing
from ..workers import run_busy
from .common import FormDialog

if TYPE_CHECKING:
    from ...services.container import Services

log = logging.getLogger(__name__)


class CaseInvestigationDialog(FormDialog):
    """Take (or print blank) a 调查笔录 for ``case``; ``result_row`` holds the saved record."""

    action = "保存调查笔录"
    result_row: InvestigationRow | None

    def __init__(
        self,
        services: Services,
        case: CaseRow,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        from ..forms.ui_case_investigation import Ui_CaseInvestigationDialog

        super().__init__(services, today=today, parent=parent)
        self.case = case
        self.ui = ui = self._form(Ui_CaseInvestigationDialog())
        self.setWindowTitle(texts.investigation_preview_title(case.worker, False))
        ui.caseLabel.setText(texts.investigation_case_text(case.worker, case.enterprise_name))
        for g in texts.INVESTIGATION_GENDERS:
            ui.genderCombo.addItem(g, g)
        day = QDate(today.year, today.month, today.day)
        ui.startEdit.setDateTime(QDateTime(day, QTime(9, 0)))
        ui.startEdit.setMaximumDate(day)
        ui.endEdit.setTime(QTime(10, 0))
        ui.printButton.clicked.connect(lambda _c=False: self.print_record())
        ui.blankButton.clicked.connect(lambda _c=False: self.print_blank())
        self.fields = {
            "investigation_place": ui.placeEdit, "investigation_staff1": ui.staff1Edit,
            "investigation_cert1": ui.cert1Edit, "investigation_staff2": ui.staff2Edit,
            "investigation_cert2": ui.cert2Edit, "investigation_person": ui.personEdit,
            "investigation_id": ui.idEdit, "investigation_qa": ui.qaEdit,
            "investigation_time": ui.startEdit,
        }  # fmt: skip
        self._prefill()
        ui.placeEdit.setFocus()

    def _prefill(self) -> None:
        """The staff of the case's last record (the same two usually question everyone)."""
        try:
            records = self.services.case_documents.records(self.case.id)
        except (GaotaiError, OSError) as err:
            log.info("no earlier records: %r", err)
            return
        if records:
            (n1, c1), (n2, c2) = records[-1].record.staff
            for edit, value in ((self.ui.staff1Edit, n1), (self.ui.cert1Edit, c1),
                                (self.ui.staff2Edit, n2), (self.ui.cert2Edit, c2)):  # fmt: skip
                edit.setText(value)

    def record(self) -> InvestigationInput:
        ui = self.ui
        start = ui.startEdit.dateTime().toPython()
        assert isinstance(start, dt.datetime)
        end_time = ui.endEdit.time().toPython()
        assert isinstance(end_time, dt.time)
        end = dt.datetime.combine(start.date(), end_time)
        return InvestigationInput(
            started_at=start.replace(second=0, microsecond=0),
            ended_at=end if end > start else None,
            place=ui.placeEdit.text(),
            staff=((ui.staff1Edit.text(), ui.cert1Edit.text()),
                   (ui.staff2Edit.text(), ui.cert2Edit.text())),
            person_name=ui.personEdit.text(),
            person_gender=str(ui.genderCombo.currentData() or ""),
            person_id_number=ui.idEdit.text(),
            person_relation=ui.relationEdit.text(),
            person_phone=ui.phoneEdit.text(),
            qa=parse_qa(ui.qaEdit.toPlainText()),
            full_id=ui.fullIdCheck.isChecked(),
        )  # fmt: skip

    def save(self) -> InvestigationRow:
        return self.services.case_documents.save_record(
            self.case.id, self.record(), today=self.today
        )

    def saved(self, row: InvestigationRow) -> None:
        self.ui.qaEdit.setPlainText(format_qa(row.record.qa))
        msg.notify(texts.investigation_saved_text(row.record.person_name, len(row.record.qa)))

    def _preview(self, *, blank: bool) -> printing.PreviewDialog | None:
        self.clear_marks()
        docs, case_id = self.services.case_documents, self.case.id
        try:
            if blank:
                data = run_busy(self, "正在生成调查笔录…", lambda: docs.record_pdf(case_id))
            else:
                record = self.record()
                data = run_busy(self, "正在生成调查笔录…", lambda: docs.record_pdf(case_id, record))
        except (GaotaiError, OSError) as err:
            self.refused(err, "打印调查笔录")
            return None
        title = texts.investigation_preview_title(self.case.worker, blank)
        return self._open_preview(bytes(data), title)

    def print_record(self) -> printing.PreviewDialog | None:
        """The record as typed (saved or not), in the print preview."""
        return self._preview(blank=False)

    def print_blank(self) -> printing.PreviewDialog | None:
        """A blank record for questioning by hand, in the print preview."""
        return self._preview(blank=True)
