"""What the dialogs share: field-level error labels (:class:`FieldErrors`) and the form dialog
whose save goes through a service (:class:`FormDialog`)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from ...domain.errors import GaotaiError, ValidationError
from .. import messages as msg
from .. import printing
from ..style import ERROR_LABEL_STYLE

if TYPE_CHECKING:
    from ...services.container import Services
    from ..widgets.date_edit import DateEdit

log = logging.getLogger(__name__)

INVALID_STYLE = "border: 1px solid #B3261E;"

#: A Designer form class (``ui/forms/ui_*.py``).
Form = TypeVar("Form")


class FieldErrors:
    """A red label next to each field; ``show(field, text)`` fills one, ``clear()`` hides all."""

    def __init__(self, labels: dict[str, QLabel], widgets: dict[str, QWidget], general: QLabel):
        self.labels = labels
        self.widgets = widgets
        self.general = general
        for label in [*labels.values(), general]:
            label.setStyleSheet(ERROR_LABEL_STYLE)
            label.setText("")
            label.setVisible(False)

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            label.setText("")
            label.setVisible(False)
        for w in self.widgets.values():
            w.setStyleSheet("")

    def show(self, field: str, text: str) -> QWidget | None:
        """Show ``text`` at ``field`` (or in the general label); returns the field's widget."""
        label = self.labels.get(field, self.general)
        label.setText(f"{label.text()}\n{text}" if label.text() else text)
        label.setVisible(True)
        widget = self.widgets.get(field)
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
        return widget

    def text(self, field: str) -> str:
        label = self.labels.get(field, self.general)
        return label.text() if not label.isHidden() else ""

    def any(self) -> bool:
        return any(not label.isHidden() for label in [*self.labels.values(), self.general])


class FormDialog(QDialog):
    """A Designer form that only gathers what the clerk typed and hands it to a service, which
    decides (the 工伤认定, 预防与维权 and 预警闭环 dialogs).

    保存 calls :meth:`save`. A refused save shows the service's reason, marks and focuses the field
    it names (a key of ``fields``) and keeps the dialog open with everything typed; a successful
    one keeps the service's row in ``result_row``, tells the clerk (:meth:`saved`) and closes.
    """

    #: Names the save: in the log, and through :meth:`action_text` in the "…失败：" line.
    action = ""
    #: The print preview opened last, while it is open (tests close it).
    preview: printing.PreviewDialog | None = None

    def __init__(
        self, services: Services, *, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today
        #: The widget of each field a service error may name (marked red when named).
        self.fields: dict[str, QWidget] = {}
        self.result_row: Any = None

    # -- setting up -------------------------------------------------------------------------------
    def _form(self, ui: Form) -> Form:
        """Set the Designer form ``ui`` up on this dialog, its ``buttonBox`` as 保存/取消."""
        form: Any = ui
        form.setupUi(self)
        buttons: QDialogButtonBox = form.buttonBox
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("保存(&S)")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return ui

    def _up_to_today(self, *edits: DateEdit) -> None:
        """Date fields that take no day after today, each showing today."""
        for edit in edits:
            edit.setMaximumDate(self.today)
            edit.setDate(self.today)

    def _open_preview(self, data: bytes, title: str) -> printing.PreviewDialog:
        """The PDF ``data`` in the print preview over this dialog (print from there)."""
        dlg = printing.PreviewDialog([data], title=title, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: setattr(self, "preview", None))
        self.preview = dlg
        dlg.open()
        return dlg

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> Any:
        """Hand the form to the service; returns its row (raises what the service raised)."""
        raise NotImplementedError

    def saved(self, row: Any) -> None:
        """Tell the clerk what the save did (status bar or a box)."""

    def action_text(self, action: str) -> str:
        """The "…失败：" prefix of an error shown for ``action``."""
        return action

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
        msg.show_error(self, err, action=self.action_text(action or self.action))

    def accept(self) -> None:
        self.clear_marks()
        try:
            row = self.save()
        except (GaotaiError, OSError) as err:
            log.info("%s %s refused: %r", type(self).__name__, self.action, err)
            self.refused(err)
            return
        self.result_row = row
        log.info("%s %s saved", type(self).__name__, self.action)
        self.saved(row)
        super().accept()
