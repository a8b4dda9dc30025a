"""同步 → 冲突处理 (form: ``forms/sync_conflicts_dialog.ui``): the open sync conflicts, and for
the selected one its record field by field (字段 / 原值 / 办公室 / 笔记本), the disputed fields
marked "≠" and coloured; per field the office's value, the laptop's or a typed one; a reason;
解决 settles it through :meth:`SyncService.resolve` (which checks the role: identity and legal
fields need a supervisor)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from ... import texts
from ...domain.errors import GaotaiError
from ...domain.identifiers import mask_id
from .. import messages as msg
from ..forms.ui_sync_conflicts_dialog import Ui_SyncConflictsDialog

if TYPE_CHECKING:
    from ...services.sync import ConflictRow, SyncService

#: The disputed fields' background (the "≠" marker says it without colour too).
DIFFERS_COLOUR = QColor("#ffe3a3")
#: Columns of the fields table.
FIELD, ORIGINAL, OFFICE, LAPTOP, TAKE, RESULT = range(6)
#: The choices of the 采用 column.
TAKE_OFFICE, TAKE_LAPTOP, TAKE_EDIT = range(3)
#: Columns never shown (keys and stamps).
HIDDEN = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by", "row_version"})


def shown(field: str, value: Any, reveal: bool) -> str:
    """A JSON value as the table shows it (ID numbers masked unless the role may see them)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if field == "id_number" and isinstance(value, str) and not reveal:
        return mask_id(value)
    return str(value)


class SyncConflictsDialog(QDialog):
    #: A conflict was settled (its id): the window reloads what it shows.
    resolved = Signal(str)

    def __init__(
        self, sync: SyncService, *, reveal_ids: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sync = sync
        self.reveal_ids = reveal_ids
        self.rows: list[ConflictRow] = []
        self.current: ConflictRow | None = None
        self.ui = ui = Ui_SyncConflictsDialog()
        ui.setupUi(self)
        self.setObjectName("syncConflictsDialog")
        ui.conflictsTable.setColumnCount(len(texts.SYNC_CONFLICT_HEADERS))
        ui.conflictsTable.setHorizontalHeaderLabels(list(texts.SYNC_CONFLICT_HEADERS))
        ui.fieldsTable.setColumnCount(len(texts.SYNC_FIELD_HEADERS))
        ui.fieldsTable.setHorizontalHeaderLabels(list(texts.SYNC_FIELD_HEADERS))
        ui.fieldsTable.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = ui.fieldsTable.horizontalHeader()
        for col in (FIELD, ORIGINAL, OFFICE, LAPTOP, TAKE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        ui.splitter.setSizes([160, 420])
        ui.conflictsTable.itemSelectionChanged.connect(self._selected)
        ui.allOfficeButton.clicked.connect(lambda: self.take_all(TAKE_OFFICE))
        ui.allLaptopButton.clicked.connect(lambda: self.take_all(TAKE_LAPTOP))
        ui.resolveButton.clicked.connect(self.resolve)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        ui.buttonBox.rejected.connect(self.reject)
        self.load()

    # -- the list --------------------------------------------------------------------------------
    def load(self) -> None:
        try:
            self.rows = self.sync.conflicts()
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="读取同步冲突")
            self.rows = []
        table = self.ui.conflictsTable
        table.blockSignals(True)
        table.setRowCount(len(self.rows))
        for i, c in enumerate(self.rows):
            sources = "、".join(texts.SYNC_SOURCE_NAMES.get(s, s) for s in c.sources)
            cells = (
                c.enterprise_name,
                c.uscc,
                texts.sync_record_text(c.table, c.record_id, c.office or c.laptop),
                texts.SYNC_KIND_NAMES.get(c.kind, c.kind),
                sources,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                table.setItem(i, col, item)
        table.resizeColumnsToContents()
        table.blockSignals(False)
        self.ui.countLabel.setText(texts.sync_conflict_count_text(len(self.rows)))
        if self.rows:
            table.selectRow(0)
            self._selected()
        else:
            self.show_conflict(None)

    def _selected(self) -> None:
        rows = self.ui.conflictsTable.selectionModel().selectedRows()
        self.show_conflict(self.rows[rows[0].row()] if rows else None)

    # -- the selected conflict -------------------------------------------------------------------
    def show_conflict(self, c: ConflictRow | None) -> None:
        ui = self.ui
        self.current = c
        for w in (ui.allOfficeButton, ui.allLaptopButton, ui.reasonEdit, ui.resolveButton):
            w.setEnabled(c is not None)
        table = ui.fieldsTable
        table.setRowCount(0)
        ui.guardLabel.setText(texts.sync_guard_text(list(c.guarded), c.table) if c else "")
        if c is None:
            return
        try:
            record = self.sync.conflict_record(c.id)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="读取同步冲突")
            record = {}
        others = [f for f in record if f not in HIDDEN and f not in c.fields]
        table.setRowCount(len(c.fields) + len(others))
        bold = QFont()
        bold.setBold(True)
        for i, f in enumerate(c.fields):
            values = (c.original.get(f), c.office.get(f), c.laptop.get(f))
            name = QTableWidgetItem(texts.SYNC_DIFFERS_MARK + texts.sync_field_name(f, c.table))
            name.setData(Qt.ItemDataRole.UserRole, f)
            name.setFont(bold)
            table.setItem(i, FIELD, name)
            for col, value in zip((ORIGINAL, OFFICE, LAPTOP), values, strict=True):
                table.setItem(i, col, QTableWidgetItem(shown(f, value, self.reveal_ids)))
            for col in (FIELD, ORIGINAL, OFFICE, LAPTOP):
                item = self._item(i, col)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setBackground(QBrush(DIFFERS_COLOUR))
                item.setToolTip(texts.SYNC_DIFFERS_TIP)
            combo = QComboBox()
            combo.addItems(list(texts.SYNC_TAKE_CHOICES))
            combo.setObjectName(f"take_{f}")
            combo.currentIndexChanged.connect(lambda _i, row=i: self._choice_changed(row))
            table.setCellWidget(i, TAKE, combo)
            table.setItem(i, RESULT, QTableWidgetItem(""))
            self._choice_changed(i)
        for j, f in enumerate(others, start=len(c.fields)):
            value = shown(f, record.get(f), self.reveal_ids)
            cells = (texts.sync_field_name(f, c.table), "", value, value, "", value)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setForeground(QBrush(QColor("#555555")))
                table.setItem(j, col, item)
        table.resizeRowsToContents()

    def _item(self, row: int, col: int) -> QTableWidgetItem:
        item = self.ui.fieldsTable.item(row, col)
        assert item is not None
        return item

    def combo(self, field: str) -> QComboBox:
        """The 采用 choice of a disputed field."""
        assert self.current is not None
        widget = self.ui.fieldsTable.cellWidget(self.current.fields.index(field), TAKE)
        assert isinstance(widget, QComboBox)
        return widget

    def _choice_changed(self, row: int) -> None:
        c = self.current
        if c is None:
            return
        f = c.fields[row]
        widget = self.ui.fieldsTable.cellWidget(row, TAKE)
        assert isinstance(widget, QComboBox)
        item = self.ui.fieldsTable.item(row, RESULT)
        if item is None:
            return
        choice = widget.currentIndex()
        if choice == TAKE_EDIT:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setText(shown(f, c.office.get(f), True))
            self.ui.fieldsTable.setCurrentItem(item)  # typing (or F2) edits it
        else:
            value = c.office.get(f) if choice == TAKE_OFFICE else c.laptop.get(f)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setText(shown(f, value, self.reveal_ids))

    def choose(self, field: str, choice: int, value: str = "") -> None:
        """Set one field's choice (and the typed value for 改为)."""
        assert self.current is not None
        self.combo(field).setCurrentIndex(choice)
        if choice == TAKE_EDIT:
            self._item(self.current.fields.index(field), RESULT).setText(value)

    def take_all(self, choice: int) -> None:
        if self.current is None:
            return
        for f in self.current.fields:
            self.combo(f).setCurrentIndex(choice)

    def take(self) -> str | dict[str, Any]:
        """What the service is asked to keep: ``office``, ``laptop``, or field values."""
        c = self.current
        assert c is not None
        choices = {f: self.combo(f).currentIndex() for f in c.fields}
        if all(v == TAKE_OFFICE for v in choices.values()):
            return "office"
        if all(v == TAKE_LAPTOP for v in choices.values()):
            return "laptop"
        out: dict[str, Any] = {}
        for row, f in enumerate(c.fields):
            if choices[f] == TAKE_LAPTOP:
                out[f] = c.laptop.get(f)
            elif choices[f] == TAKE_EDIT:
                out[f] = self._item(row, RESULT).text().strip()
        return out

    def resolve(self) -> bool:
        """解决: settle the selected conflict (the service says why when it refuses)."""
        c = self.current
        if c is None:
            return False
        table = self.ui.fieldsTable
        if table.state() == QAbstractItemView.State.EditingState:
            table.setFocus()  # commit a value still being typed
        try:
            self.sync.resolve(c.id, self.take(), self.ui.reasonEdit.text())
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="处理同步冲突")
            return False
        msg.notify(texts.sync_resolved_text(c.enterprise_name), 5000)
        self.ui.reasonEdit.clear()
        self.resolved.emit(c.id)
        self.load()
        return True
