"""设置 → 审计日志 (form: ``forms/audit_dialog.ui``): who changed which record when, filtered by
record, user and date range; the selected entry's values before and after (ID numbers masked)."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ... import texts
from ...domain.errors import GaotaiError
from ...services.audit import AuditFilter, AuditService
from .. import messages as msg
from ..forms.ui_audit_dialog import Ui_AuditDialog
from ..models.audit import AuditModel

#: The newest entries shown at most (the filters narrow the rest down).
LIMIT = 5000


def values_text(data: str) -> str:
    """A before/after JSON as ``field：value`` lines (the service masks ID numbers)."""
    if not data:
        return ""
    try:
        values = json.loads(data)
    except ValueError:
        return data
    if not isinstance(values, dict):
        return str(values)
    lines = []
    for key, value in values.items():
        if isinstance(value, list):
            value = f"{len(value)} 条：" + "、".join(str(v) for v in value[:20])
        lines.append(f"{texts.field_name(key)}：{'' if value is None else value}")
    return "\n".join(lines)


class AuditDialog(QDialog):
    def __init__(self, audit: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = audit
        self.ui = ui = Ui_AuditDialog()
        ui.setupUi(self)
        self.setObjectName("auditDialog")
        self.model = AuditModel(self)
        ui.entriesView.setModel(self.model)
        ui.entriesView.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(AuditModel.COLUMNS):
            ui.entriesView.setColumnWidth(i, col.width)
        ui.entriesView.selectionModel().selectionChanged.connect(self._selected)
        ui.searchButton.clicked.connect(self.load)
        ui.recordEdit.returnPressed.connect(self.load)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        try:
            ui.userCombo.addItems(["", *audit.actors()])
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="读取审计日志")
        self.load()

    def _date(self, text: str) -> dt.date | None:
        text = text.strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(texts.audit_date_error_text(text)) from None

    def current_filter(self) -> AuditFilter:
        ui = self.ui
        return AuditFilter(
            record_id=ui.recordEdit.text(),
            actor=ui.userCombo.currentText(),
            date_from=self._date(ui.fromEdit.text()),
            date_to=self._date(ui.toEdit.text()),
            limit=LIMIT,
        )

    def load(self) -> None:
        ui = self.ui
        try:
            flt = self.current_filter()
        except ValueError as exc:
            ui.errorLabel.setText(str(exc))
            ui.errorLabel.setVisible(True)
            return
        ui.errorLabel.setVisible(False)
        try:
            rows = self.audit.entries(flt)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="读取审计日志")
            return
        self.model.set_rows(rows)
        ui.detailText.clear()
        ui.countLabel.setText(texts.audit_count_text(len(rows), LIMIT))

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.model.row_at(indexes[0].row())
        self.ui.detailText.setPlainText(
            texts.audit_values_text(values_text(row.before), values_text(row.after))
        )
