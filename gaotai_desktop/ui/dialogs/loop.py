"""The closed loop's dialogs, opened from the 预警闭环 and 待办 tabs: 登记送达 (送达回证), 整改反馈,
效果评估, 约谈记录 (printable, filled in or blank) and 检查记录 (forms
``forms/{delivery,feedback,evaluation,interview_record,inspection}_dialog.ui``).

Each dialog only gathers what the clerk typed and hands it to
:class:`~gaotai_desktop.services.warnings.WarningService`, which decides: a refused save shows the
service's reason (``ui/messages.py``), marks the field it names and keeps the dialog open with
everything typed. After a successful save ``result_row`` holds what the service returned.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QWidget,
)

from ... import texts
from ...domain.documents import DeadlineKind
from ...domain.errors import GaotaiError, NotFound, ValidationError
from ...domain.loop import (
    DELIVERY_METHODS,
    INSPECTION_KINDS,
    WARNING_LETTER,
    DeliveryFacts,
    InspectionRow,
    InterviewRow,
    SelfInspectionRow,
    WarningRow,
)
from ...domain.tiers import Tier
from ...files.output import protected_paths, write_output
from .. import messages as msg
from .. import printing
from ..forms.ui_delivery_dialog import Ui_DeliveryDialog
from ..forms.ui_evaluation_dialog import Ui_EvaluationDialog
from ..forms.ui_feedback_dialog import Ui_FeedbackDialog
from ..forms.ui_inspection_dialog import Ui_InspectionDialog
from ..forms.ui_interview_record_dialog import Ui_InterviewRecordDialog
from ..forms.ui_self_inspection_dialog import Ui_SelfInspectionDialog
from ..style import ERROR_TEXT, MUTED_TEXT
from ..widgets.date_edit import DateEdit
from ..workers import run_busy
from .common import INVALID_STYLE

if TYPE_CHECKING:
    from ...services.container import Services

log = logging.getLogger(__name__)

#: The 送达回证 fields each method fills in (the others are hidden and saved empty). The rules
#: (a 留置送达 needs the refusal and a witness ...) are the service's.
DELIVERY_FIELDS: dict[str, frozenset[str]] = {
    "直接送达": frozenset({"recipient", "proxy"}),
    "留置送达": frozenset({"recipient", "refusal_reason", "witness"}),
    "邮寄送达": frozenset({"recipient"}),
    "委托送达": frozenset({"recipient", "proxy"}),
    "电子送达": frozenset({"recipient"}),
}


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{size // 1024} KB" if size >= 1024 else f"{size} B"


class Attachments:
    """Files to attach (scans, photos): 添加附件… (file dialog), the list, 移除所选."""

    def __init__(
        self, parent: QWidget, view: QListWidget, add: QPushButton, remove: QPushButton
    ) -> None:
        self.parent = parent
        self.view = view
        self.start = Path.home()
        add.clicked.connect(self.choose)
        remove.clicked.connect(self.remove_selected)

    def choose(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self.parent, "添加附件", str(self.start), texts.ATTACHMENT_FILTER
        )
        paths = [Path(n) for n in names]
        self.add(paths)
        return paths

    def add(self, paths: Iterable[Path]) -> None:
        have = set(self.paths())
        for path in paths:
            if path in have:
                continue
            try:
                size = size_text(path.stat().st_size)
            except OSError:
                size = "无法读取"
            item = QListWidgetItem(f"{path.name}（{size}）")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.view.addItem(item)
            have.add(path)
            self.start = path.parent

    def remove_selected(self) -> None:
        for item in self.view.selectedItems():
            self.view.takeItem(self.view.row(item))

    def paths(self) -> list[Path]:
        return [
            Path(self.view.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.view.count())
        ]


class LoopDialog(QDialog):
    """What the loop's dialogs share: the warning in a line at the top, 保存/取消, a save that
    goes through the service and shows its refusal without losing anything typed."""

    #: Key of :data:`texts.LOOP_ACTIONS` (the "…失败：" prefix of error messages).
    action = ""

    def __init__(
        self,
        services: Services,
        warning: WarningRow,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.warning = warning
        self.today = today
        #: The widget of each field a service error may name (marked red when named).
        self.fields: dict[str, QWidget] = {}
        self.result_row: Any = None

    def _setup(self, header: QLabel, buttons: QDialogButtonBox) -> None:
        header.setText(texts.warning_state_line(self.warning))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("保存(&S)")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _mute(self, *labels: QLabel) -> None:
        for label in labels:
            label.setStyleSheet(f"color: {MUTED_TEXT};")

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> Any:
        """Hand the form to the service; returns its row (raises what the service raised)."""
        raise NotImplementedError

    def saved(self, row: Any) -> None:
        """Tell the clerk what the save did (status bar or a box)."""

    def clear_marks(self) -> None:
        for w in self.fields.values():
            w.setStyleSheet("")

    def refused(self, err: BaseException, action: str = "") -> None:
        """Show why the save (or ``action``) was refused; mark and focus the field it names.
        Nothing typed is lost: the dialog stays open."""
        widget = self.fields.get(err.field) if isinstance(err, ValidationError) else None
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setFocus()
        msg.show_error(self, err, action=texts.LOOP_ACTIONS.get(action or self.action, ""))

    def accept(self) -> None:
        self.clear_marks()
        try:
            row = self.save()
        except (GaotaiError, OSError) as err:
            log.info("%s refused: %r", self.action, err)
            self.refused(err)
            return
        self.result_row = row
        log.info("%s saved for warning %s", self.action, self.warning.id)
        self.saved(row)
        super().accept()


def _date_line(edit: DateEdit) -> QWidget:
    """The line edit of a date field (what gets the red border)."""
    return edit.line


class DeliveryDialog(LoopDialog):
    """登记送达: the signed 送达回证 of one of the warning's documents."""

    action = "deliver"

    def __init__(
        self,
        services: Services,
        warning: WarningRow,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, warning, today=today, parent=parent)
        self.result_row: WarningRow | None = None
        self.ui = ui = Ui_DeliveryDialog()
        ui.setupUi(self)
        self._setup(ui.warningLabel, ui.buttonBox)
        self._mute(ui.hintLabel)
        self._fill_documents()
        ui.deliveredOnEdit.setMaximumDate(today)
        ui.deliveredOnEdit.setDate(today)
        for method in DELIVERY_METHODS:
            ui.methodCombo.addItem(method, method)
        ui.methodCombo.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        self.attachments = Attachments(
            self, ui.attachmentList, ui.addAttachmentButton, ui.removeAttachmentButton
        )
        self.fields = {
            "document": ui.documentCombo,
            "delivered_on": _date_line(ui.deliveredOnEdit),
            "delivery_method": ui.methodCombo,
            "recipient": ui.recipientEdit,
            "refusal_reason": ui.refusalEdit,
            "witness": ui.witnessEdit,
            "attachment": ui.attachmentList,
        }
        ui.deliveredOnEdit.setFocus()

    def _fill_documents(self) -> None:
        """The warning's documents, its letter to the enterprise (the one whose receipt starts
        the clock) chosen; a corrected one gives way to its correction."""
        combo = self.ui.documentCombo
        letter = WARNING_LETTER.get(Tier.from_code(self.warning.tier))
        chosen = -1
        for i, doc_no in enumerate(self.warning.documents):
            try:
                doc = self.services.document_store.find(doc_no)
            except NotFound:
                combo.addItem(doc_no, doc_no)
                continue
            combo.addItem(
                texts.document_choice_text(doc.doc_no, doc.kind_label, doc.status), doc_no
            )
            if doc.kind == letter and doc.status != "corrected":
                chosen = i
        combo.setCurrentIndex(max(chosen, 0))

    def _method_changed(self) -> None:
        ui = self.ui
        shown = DELIVERY_FIELDS.get(ui.methodCombo.currentData() or "", frozenset())
        for field, edit in (
            ("recipient", ui.recipientEdit),
            ("proxy", ui.proxyEdit),
            ("refusal_reason", ui.refusalEdit),
            ("witness", ui.witnessEdit),
        ):
            ui.formLayout.setRowVisible(edit, field in shown)

    def facts(self) -> DeliveryFacts:
        """The form as the receipt's facts (fields hidden for the method are left empty)."""
        ui = self.ui
        method = ui.methodCombo.currentData() or ""
        shown = DELIVERY_FIELDS.get(method, frozenset())
        on = ui.deliveredOnEdit.value("delivered_on")
        assert on is not None

        def text(field: str, value: str) -> str:
            return value if field in shown else ""

        return DeliveryFacts(
            delivered_on=on,
            method=method,
            recipient=text("recipient", ui.recipientEdit.text()),
            proxy=text("proxy", ui.proxyEdit.text()),
            refusal_reason=text("refusal_reason", ui.refusalEdit.text()),
            witness=text("witness", ui.witnessEdit.text()),
            note=ui.noteEdit.text(),
        )

    @property
    def doc_no(self) -> str:
        return str(self.ui.documentCombo.currentData() or "")

    def save(self) -> WarningRow | None:
        if not self.doc_no:
            raise ValidationError("document", "required")
        return self.services.warnings.deliver(
            self.doc_no, self.facts(), today=self.today, attachments=self.attachments.paths()
        )

    def saved(self, row: Any) -> None:
        started = row is not None and row.state != self.warning.state
        text = texts.delivery_saved_text(self.doc_no, row, clock_started=started)
        msg.notify(text, 30_000)
        msg.info(self, text, title="已登记送达")


class FeedbackDialog(LoopDialog):
    """登记整改反馈: the enterprise's written answer (feedback, report or plan) arrived."""

    action = "feedback"

    def __init__(
        self,
        services: Services,
        warning: WarningRow,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, warning, today=today, parent=parent)
        self.result_row: WarningRow | None = None
        self.ui = ui = Ui_FeedbackDialog()
        ui.setupUi(self)
        self._setup(ui.warningLabel, ui.buttonBox)
        self._mute(ui.hintLabel)
        ui.feedbackOnEdit.setMaximumDate(today)
        ui.feedbackOnEdit.setDate(today)
        self.attachments = Attachments(
            self, ui.attachmentList, ui.addAttachmentButton, ui.removeAttachmentButton
        )
        self.fields = {
            "feedback_on": _date_line(ui.feedbackOnEdit),
            "feedback_text": ui.textEdit,
            "attachment": ui.attachmentList,
        }
        ui.textEdit.setFocus()

    def save(self) -> WarningRow:
        ui = self.ui
        on = ui.feedbackOnEdit.value("feedback_on")
        assert on is not None
        return self.services.warnings.feedback(
            self.warning.id,
            on=on,
            text=ui.textEdit.toPlainText(),
            today=self.today,
            attachments=self.attachments.paths(),
        )

    def saved(self, row: Any) -> None:
        msg.notify(texts.feedback_saved_text(row), 30_000)


class EvaluationDialog(LoopDialog):
    """效果评估: 整改有效 closes the warning; 整改未见成效 reopens it with a new deadline."""

    action = "evaluate"

    def __init__(
        self,
        services: Services,
        warning: WarningRow,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, warning, today=today, parent=parent)
        self.result_row: WarningRow | None = None
        self.ui = ui = Ui_EvaluationDialog()
        ui.setupUi(self)
        self._setup(ui.warningLabel, ui.buttonBox)
        self._mute(ui.newDueHint)
        ui.evaluatedOnEdit.setMaximumDate(today)
        ui.evaluatedOnEdit.setDate(today)
        ui.ineffectiveRadio.toggled.connect(self._result_changed)
        self._result_changed()
        self.fields = {
            "evaluated_on": _date_line(ui.evaluatedOnEdit),
            "evaluation": ui.effectiveRadio,
            "evaluation_note": ui.noteEdit,
            "new_due": _date_line(ui.newDueEdit),
        }
        ui.evaluatedOnEdit.setFocus()

    def _result_changed(self) -> None:
        ui = self.ui
        reopening = ui.ineffectiveRadio.isChecked()
        for w in (ui.newDueLabel, ui.newDueEdit, ui.newDueHint):
            w.setEnabled(reopening)

    def outcome(self) -> str:
        ui = self.ui
        if ui.effectiveRadio.isChecked():
            return "effective"
        if ui.ineffectiveRadio.isChecked():
            return "ineffective"
        return ""

    def save(self) -> WarningRow:
        ui = self.ui
        result = self.outcome()
        if not result:
            raise ValidationError("evaluation", "required")
        on = ui.evaluatedOnEdit.value("evaluated_on")
        assert on is not None
        new_due = (
            ui.newDueEdit.value("new_due", required=False) if result == "ineffective" else None
        )
        return self.services.warnings.evaluate(
            self.warning.id,
            on=on,
            result=result,
            today=self.today,
            note=ui.noteEdit.toPlainText(),
            new_due=new_due,
        )

    def saved(self, row: Any) -> None:
        text = texts.evaluation_saved_text(row)
        msg.notify(text, 30_000)
        if row.state == "reopened":  # a new deadline: say it where the clerk looks
            msg.info(self, text, title="重新整改")


class InterviewRecordDialog(LoopDialog):
    """约谈记录: reason, time, place, both sides' people, what the enterprise said, the
    requirements and the follow-up due. Saving completes the warning's open interview task;
    打印记录 prints what the form holds for both sides to sign, 打印空白记录 a record to fill in
    by hand (the enterprise and the reason printed)."""

    action = "interview"

    def __init__(
        self,
        services: Services,
        warning: WarningRow,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, warning, today=today, parent=parent)
        self.result_row: InterviewRow | None = None
        #: The last preview opened (tests close it).
        self.preview: printing.PreviewDialog | None = None
        self.ui = ui = Ui_InterviewRecordDialog()
        ui.setupUi(self)
        self._setup(ui.warningLabel, ui.buttonBox)
        settings = services.office.get()
        for room in settings.interview_rooms or [settings.interview_place]:
            ui.placeCombo.addItem(room)
        letter_no, slot = self._letter_slot()
        ui.reasonEdit.setText(texts.interview_reason_text(warning.year, warning.tier, letter_no))
        held = slot or dt.datetime.combine(today, _first_hour(settings.interview_hours))
        ui.heldOnEdit.setMaximumDate(today)
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
            "held_at": _date_line(ui.heldOnEdit),
            "follow_up_due": _date_line(ui.followUpEdit),
        }
        ui.enterprisePeopleEdit.setFocus()

    def _letter_slot(self) -> tuple[str, dt.datetime | None]:
        """The number of the warning's letter naming the interview and, while no interview of
        this warning is recorded and it has come, the slot the letter gave."""
        number, slot = "", None
        for doc_no in self.warning.documents:
            try:
                doc = self.services.document_store.find(doc_no)
                at = self.services.document_store.deadlines(doc.id).get(DeadlineKind.INTERVIEW)
            except NotFound:
                continue
            if at is not None and doc.status != "corrected":
                number, slot = doc.doc_no, at
        if slot is not None and (
            slot.date() > self.today
            or any(
                r.warning_id == self.warning.id
                for r in self.services.warnings.interviews(self.warning.enterprise_id)
            )
        ):
            slot = None
        return number, slot

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
        dlg = printing.PreviewDialog([data], title=title, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: setattr(self, "preview", None))
        self.preview = dlg
        dlg.open()
        return dlg

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

    def __init__(
        self,
        services: Services,
        warning: WarningRow,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, warning, today=today, parent=parent)
        self.result_row: InspectionRow | None = None
        self.ui = ui = Ui_InspectionDialog()
        ui.setupUi(self)
        self._setup(ui.warningLabel, ui.buttonBox)
        self.cap = services.office.get().inspection_yearly_cap
        #: Inspections already recorded for (authority, year), as last counted.
        self.count = 0
        authorities = list(services.enterprises.lookups().authorities)
        if warning.authority and warning.authority not in authorities:
            authorities.insert(0, warning.authority)
        ui.authorityCombo.addItems(authorities)
        ui.authorityCombo.setCurrentText(warning.authority)
        for kind in INSPECTION_KINDS:
            ui.kindCombo.addItem(texts.INSPECTION_KIND_NAMES.get(kind, kind), kind)
        ui.inspectedOnEdit.setMaximumDate(today)
        ui.inspectedOnEdit.setDate(today)
        ui.authorityCombo.editTextChanged.connect(self.update_count)
        ui.inspectedOnEdit.dateChanged.connect(self.update_count)
        self.fields = {
            "authority": ui.authorityCombo,
            "inspected_on": _date_line(ui.inspectedOnEdit),
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

    def __init__(
        self,
        services: Services,
        warning: WarningRow,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, warning, today=today, parent=parent)
        self.result_row: SelfInspectionRow | None = None
        self.ui = ui = Ui_SelfInspectionDialog()
        ui.setupUi(self)
        self._setup(ui.warningLabel, ui.buttonBox)
        self._mute(ui.hintLabel)
        ui.receivedOnEdit.setMaximumDate(today)
        ui.receivedOnEdit.setDate(today)
        self.fields = {
            "received_on": _date_line(ui.receivedOnEdit),
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
