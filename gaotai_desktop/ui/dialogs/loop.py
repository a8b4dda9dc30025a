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
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ... import texts
from ...domain.errors import NotFound, ValidationError
from ...domain.loop import (
    DELIVERY_METHODS,
    WARNING_LETTER,
    DeliveryFacts,
    WarningRow,
)
from ...domain.tiers import Tier
from .. import messages as msg
from ..forms.ui_delivery_dialog import Ui_DeliveryDialog
from ..forms.ui_evaluation_dialog import Ui_EvaluationDialog
from ..forms.ui_feedback_dialog import Ui_FeedbackDialog
from ..style import MUTED_TEXT
from ..widgets.date_edit import DateEdit
from .common import Form, FormDialog

if TYPE_CHECKING:
    from ...services.container import Services

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


class LoopDialog(FormDialog):
    """What the loop's dialogs share: opened on a warning (``LoopDialog(services, warning,
    today=..., parent=...)``), the warning in a line at the top of the form (its
    ``warningLabel``), 保存/取消, a save that goes through the service and shows its refusal
    without losing anything typed. A dialog builds its form in :meth:`_build`."""

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
        super().__init__(services, today=today, parent=parent)
        self.warning = warning
        self._build()

    def _build(self) -> None:
        """Set the dialog's form up (with :meth:`_form`) and fill ``fields``."""

    def _form(self, ui: Form) -> Form:
        super()._form(ui)
        form: Any = ui
        form.warningLabel.setText(texts.warning_state_line(self.warning))
        return ui

    def _mute(self, *labels: QLabel) -> None:
        for label in labels:
            label.setStyleSheet(f"color: {MUTED_TEXT};")

    def _attachments(self, ui: Any) -> Attachments:
        """The form's 附件 list with its 添加附件…/移除所选 buttons."""
        return Attachments(
            self, ui.attachmentList, ui.addAttachmentButton, ui.removeAttachmentButton
        )

    def action_text(self, action: str) -> str:
        return texts.LOOP_ACTIONS.get(action, "")


def date_line(edit: DateEdit) -> QWidget:
    """The line edit of a date field (what gets the red border)."""
    return edit.line


class DeliveryDialog(LoopDialog):
    """登记送达: the signed 送达回证 of one of the warning's documents."""

    action = "deliver"

    result_row: WarningRow | None

    def _build(self) -> None:
        self.ui = ui = self._form(Ui_DeliveryDialog())
        self._mute(ui.hintLabel)
        self._fill_documents()
        self._up_to_today(ui.deliveredOnEdit)
        for method in DELIVERY_METHODS:
            ui.methodCombo.addItem(method, method)
        ui.methodCombo.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        self.attachments = self._attachments(ui)
        self.fields = {
            "document": ui.documentCombo,
            "delivered_on": date_line(ui.deliveredOnEdit),
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

    result_row: WarningRow | None

    def _build(self) -> None:
        self.ui = ui = self._form(Ui_FeedbackDialog())
        self._mute(ui.hintLabel)
        self._up_to_today(ui.feedbackOnEdit)
        self.attachments = self._attachments(ui)
        self.fields = {
            "feedback_on": date_line(ui.feedbackOnEdit),
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

    result_row: WarningRow | None

    def _build(self) -> None:
        self.ui = ui = self._form(Ui_EvaluationDialog())
        self._mute(ui.newDueHint)
        self._up_to_today(ui.evaluatedOnEdit)
        ui.ineffectiveRadio.toggled.connect(self._result_changed)
        self._result_changed()
        self.fields = {
            "evaluated_on": date_line(ui.evaluatedOnEdit),
            "evaluation": ui.effectiveRadio,
            "evaluation_note": ui.noteEdit,
            "new_due": date_line(ui.newDueEdit),
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
