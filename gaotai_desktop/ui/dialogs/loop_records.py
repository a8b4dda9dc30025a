"""The closed loop's record dialogs: 约谈记录 (printable, filled in or blank), 检查记录 with the
yearly cap, and 企业自查 (the base classes are in :mod:`.loop`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
)

from ... import texts
from ...domain.documents import DeadlineKind
from ...domain.errors import GaotaiError, NotFound, ValidationError
from ...domain.loop import (
    INSPECTION_KINDS,
    InspectionRow,
    InterviewRow,
    SelfInspectionRow,
)
from ...files.output import protected_paths, write_output
from .. import messages as msg
from .. import printing
from ..forms.ui_inspection_dialog import Ui_InspectionDialog
from ..forms.ui_interview_record_dialog import Ui_InterviewRecordDialog
from ..forms.ui_self_inspection_dialog import Ui_SelfInspectionDialog
from ..style import ERROR_TEXT, MUTED_TEXT
from ..workers import run_busy
from .loop import LoopDialog, date_line


class InterviewRecordDialog(LoopDialog):
    """约谈记录: reason, time, place, both sides' people, what the enterprise said, the
    requirements and the follow-up due. Saving completes the warning's open interview task;
    打印记录 prints what the form holds for both sides to sign, 打印空白记录 a record to fill in
    by hand (the enterprise and the reason printed)."""

    action = "interview"

    result_row: InterviewRow | None

    def _build(self) -> None:
        self.ui = ui = self._form(Ui_InterviewRecordDialog())
        settings = self.services.office.get()
        for room in settings.interview_rooms or [settings.interview_place]:
            ui.placeCombo.addItem(room)
        letter_no, slot, place = self._letter_slot()
        if place:  # the room the letter printed comes first
            if ui.placeCombo.findText(place) < 0:
                ui.placeCombo.insertItem(0, place)
            ui.placeCombo.setCurrentText(place)
        ui.reasonEdit.setText(
            texts.interview_reason_text(self.warning.year, self.warning.tier, letter_no)
        )
        held = slot or dt.datetime.combine(self.today, _first_hour(settings.interview_hours))
        ui.heldOnEdit.setMaximumDate(self.today)
        ui.heldOnEdit.setDate(held.date())
        ui.heldTimeEdit.setTime(QTime(held.hour, held.minute))
        ui.printButton.clicked.connect(self.print_record)
        ui.printBlankButton.clicked.connect(self.print_blank)
        menu = QMenu(ui.savePdfButton)
        menu.addAction("约谈记录另存为PDF…", self.save_pdf)
        menu.addAction("空白记录另存为PDF…", lambda: self.save_pdf(blank=True))
        ui.savePdfButton.setMenu(menu)
        self.fields = {
            "interview_reason": ui.reasonEdit,
            "held_at": date_line(ui.heldOnEdit),
            "follow_up_due": date_line(ui.followUpEdit),
        }
        ui.enterprisePeopleEdit.setFocus()

    def _letter_slot(self) -> tuple[str, dt.datetime | None, str]:
        """The number of the warning's letter naming the interview and, while no interview of
        this warning is recorded and it has come, the slot and the place the letter gave."""
        number, slot, place = "", None, ""
        for doc_no in self.warning.documents:
            try:
                doc = self.services.document_store.find(doc_no)
                at = self.services.document_store.deadlines(doc.id).get(DeadlineKind.INTERVIEW)
            except NotFound:
                continue
            if at is not None and doc.status != "corrected":
                number, slot = doc.doc_no, at
                place = self.services.document_store.interview_place(doc.id)
        if slot is not None and (
            slot.date() > self.today
            or any(
                r.warning_id == self.warning.id
                for r in self.services.warnings.interviews(self.warning.enterprise_id)
            )
        ):
            slot, place = None, ""
        return number, slot, place

    def row(self) -> InterviewRow:
        """The form as a record (``ValidationError`` while a date is not a date)."""
        ui = self.ui
        on = ui.heldOnEdit.value("held_at")
        assert on is not None
        t = ui.heldTimeEdit.time()
        w = self.warning
        return InterviewRow(
            id="",
            enterprise_id=w.enterprise_id,
            uscc=w.uscc,
            name=w.name,
            warning_id=w.id,
            reason=ui.reasonEdit.text(),
            held_at=dt.datetime.combine(on, dt.time(t.hour(), t.minute())),
            place=ui.placeCombo.currentText(),
            office_people=ui.officePeopleEdit.text(),
            enterprise_people=ui.enterprisePeopleEdit.text(),
            statement=ui.statementEdit.toPlainText(),
            requirements=ui.requirementsEdit.toPlainText(),
            follow_up_due=ui.followUpEdit.value("follow_up_due", required=False),
        )

    def save(self) -> InterviewRow:
        return self.services.warnings.record_interview(self.row(), today=self.today)

    def saved(self, row: Any) -> None:
        msg.notify(texts.interview_saved_text(row), 30_000)

    # -- printing ---------------------------------------------------------------------------------
    def pdf(self, *, blank: bool = False) -> bytes | None:
        """The record (or the blank one) as PDF; ``None`` after showing why it cannot be made."""
        self.clear_marks()
        printer = self.services.interview_print
        try:
            if blank:
                reason = self.ui.reasonEdit.text()
                enterprise = self.warning.enterprise_id
                data = run_busy(
                    self, "正在生成约谈记录…", lambda: printer.blank_pdf(enterprise, reason=reason)
                )
            else:
                row = self.row()
                data = run_busy(self, "正在生成约谈记录…", lambda: printer.record_pdf(row))
        except (GaotaiError, OSError) as err:
            self.refused(err, "interview_print")
            return None
        return bytes(data)

    def _preview(self, *, blank: bool) -> printing.PreviewDialog | None:
        data = self.pdf(blank=blank)
        if data is None:
            return None
        title = texts.interview_print_title(self.warning.name, blank)
        return self._open_preview(data, title)

    def print_record(self) -> printing.PreviewDialog | None:
        """The record as typed, in the print preview (print from there)."""
        return self._preview(blank=False)

    def print_blank(self) -> printing.PreviewDialog | None:
        """A blank record for handwriting, in the print preview."""
        return self._preview(blank=True)

    def save_pdf(self, path: str | Path | None = None, *, blank: bool = False) -> Path | None:
        """Write the record (or the blank one) to a PDF file (``path`` or the save dialog)."""
        data = self.pdf(blank=blank)
        if data is None:
            return None
        if path is None:
            day = None if blank else self.ui.heldOnEdit.date()
            name = texts.interview_file_name(self.warning.name, day, blank)
            chosen, _ = QFileDialog.getSaveFileName(
                self, "另存为PDF", str(Path.home() / name), "PDF 文件 (*.pdf)"
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        protected = protected_paths(self.services.location or "", self.services.backup_dir)
        try:
            written = write_output(target, data, protected=protected)
        except (GaotaiError, OSError) as err:
            msg.show_error(self, err, action=texts.LOOP_ACTIONS["save_pdf"])
            return None
        msg.notify(texts.pdf_saved_text(written), 30_000)
        return written


class InspectionDialog(LoopDialog):
    """检查记录: an authority's on-site inspection of the enterprise. Shows how often the chosen
    authority has inspected it this year against the yearly cap, and asks for the reason of an
    inspection at the cap (the service decides whether one is needed)."""

    action = "inspection"

    result_row: InspectionRow | None

    def _build(self) -> None:
        self.ui = ui = self._form(Ui_InspectionDialog())
        self.cap = self.services.office.get().inspection_yearly_cap
        #: Inspections already recorded for (authority, year), as last counted.
        self.count = 0
        authorities = list(self.services.enterprises.lookups().authorities)
        if self.warning.authority and self.warning.authority not in authorities:
            authorities.insert(0, self.warning.authority)
        ui.authorityCombo.addItems(authorities)
        ui.authorityCombo.setCurrentText(self.warning.authority)
        for kind in INSPECTION_KINDS:
            ui.kindCombo.addItem(texts.INSPECTION_KIND_NAMES.get(kind, kind), kind)
        self._up_to_today(ui.inspectedOnEdit)
        ui.authorityCombo.editTextChanged.connect(self.update_count)
        ui.inspectedOnEdit.dateChanged.connect(self.update_count)
        self.fields = {
            "authority": ui.authorityCombo,
            "inspected_on": date_line(ui.inspectedOnEdit),
            "inspection_kind": ui.kindCombo,
            "over_cap_reason": ui.overCapReasonEdit,
        }
        self.update_count()
        ui.findingsEdit.setFocus()

    def _year(self) -> int:
        day = self.ui.inspectedOnEdit.date()
        return (day or self.today).year

    def update_count(self, *_args: object) -> None:
        """``本年已检查N次 / 上限M次`` for the authority and the year chosen; the reason asked for
        at the cap."""
        ui = self.ui
        authority = ui.authorityCombo.currentText().strip()
        year = self._year()
        if not authority:
            self.count = 0
            ui.countLabel.setText("")
            self._ask_reason(False)
            return
        self.count = self.services.warnings.inspection_count(
            self.warning.enterprise_id, authority, year
        )
        at_cap = self.count >= self.cap
        ui.countLabel.setText(
            texts.inspection_count_text(self.count, self.cap, year, year == self.today.year)
        )
        ui.countLabel.setStyleSheet(f"color: {ERROR_TEXT if at_cap else MUTED_TEXT};")
        self._ask_reason(at_cap)

    def _ask_reason(self, shown: bool) -> None:
        self.ui.formLayout.setRowVisible(self.ui.overCapReasonEdit, shown)

    def row(self) -> InspectionRow:
        ui = self.ui
        on = ui.inspectedOnEdit.value("inspected_on")
        assert on is not None
        asked = ui.formLayout.isRowVisible(ui.overCapReasonEdit)
        return InspectionRow(
            id="",
            enterprise_id=self.warning.enterprise_id,
            authority=ui.authorityCombo.currentText(),
            inspected_on=on,
            kind=ui.kindCombo.currentData() or "",
            findings=ui.findingsEdit.toPlainText(),
            document_ref=ui.documentRefEdit.text(),
            over_cap_reason=ui.overCapReasonEdit.text() if asked else "",
        )

    def save(self) -> InspectionRow:
        return self.services.warnings.record_inspection(self.row(), today=self.today)

    def refused(self, err: BaseException, action: str = "") -> None:
        if isinstance(err, ValidationError) and err.field == "over_cap_reason":
            self._ask_reason(True)  # counted again by the service: another desk came first
        super().refused(err, action)

    def saved(self, row: Any) -> None:
        msg.notify(texts.inspection_saved_text(row, self.warning.name), 30_000)


def _first_hour(hours: list[str]) -> dt.time:
    """When the office's interview hours begin (``09:00-11:30`` -> 9:00); 9:00 when unknown."""
    try:
        hour, minute = (int(x) for x in hours[0].split("-")[0].strip().split(":"))
        return dt.time(hour, minute)
    except (ValueError, IndexError):
        return dt.time(9, 0)


class SelfInspectionDialog(LoopDialog):
    """企业自查: the enterprise's self-inspection report received."""

    action = "self_inspection"

    result_row: SelfInspectionRow | None

    def _build(self) -> None:
        self.ui = ui = self._form(Ui_SelfInspectionDialog())
        self._mute(ui.hintLabel)
        self._up_to_today(ui.receivedOnEdit)
        self.fields = {
            "received_on": date_line(ui.receivedOnEdit),
            "self_inspection_summary": ui.summaryEdit,
        }
        ui.summaryEdit.setFocus()

    def save(self) -> SelfInspectionRow:
        ui = self.ui
        on = ui.receivedOnEdit.value("received_on")
        assert on is not None
        return self.services.warnings.record_self_inspection(
            self.warning.enterprise_id,
            received_on=on,
            summary=ui.summaryEdit.toPlainText(),
            document_ref=ui.documentRefEdit.text(),
            today=self.today,
        )

    def saved(self, row: Any) -> None:
        msg.notify(f"已登记{self.warning.name}的企业自查报告（{row.received_on.isoformat()}）")
