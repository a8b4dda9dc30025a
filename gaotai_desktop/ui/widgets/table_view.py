"""The table view used by every tab: rows selected whole, fixed row height, keyboard first.

Enter/Return emits ``open_requested``, Delete emits ``delete_requested``; double-click opens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...files.xlsx_export import TableSheet
from ..models.base import CENTER, ID_ROLE, RowTableModel


class TableView(QTableView):
    open_requested = Signal(QModelIndex)
    delete_requested = Signal()
    current_id_changed = Signal(str)
    #: Esc in the table: back to the search box.
    back_to_search = Signal()

    def __init__(self, parent: QWidget | None = None, *, sortable: bool = True) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.horizontalHeader()
        hh.setSectionsMovable(True)
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSortingEnabled(sortable)
        self.doubleClicked.connect(self.open_requested)

    def setModel(self, model) -> None:
        super().setModel(model)
        if isinstance(model, RowTableModel):
            for i, col in enumerate(model.COLUMNS):
                self.setColumnWidth(i, col.width)
        sel = self.selectionModel()
        if sel is not None:
            sel.currentRowChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_id_changed.emit(current.data(ID_ROLE) if current.isValid() else "")

    def current_id(self) -> str:
        idx = self.currentIndex()
        if not idx.isValid() or not self.selectionModel().isRowSelected(idx.row(), QModelIndex()):
            return ""
        return idx.data(ID_ROLE) or ""

    def clear_current(self) -> None:
        """No current row (and say so: listeners empty what showed the old one)."""
        self.clearSelection()
        self.setCurrentIndex(QModelIndex())
        self.current_id_changed.emit("")

    def select_id(self, key: str) -> bool:
        model = self.model()
        if not isinstance(model, RowTableModel) or not key:
            return False
        row = model.view_row_of(key)
        if row < 0:
            return False
        idx = model.index(row, 0)
        self.setCurrentIndex(idx)
        self.selectRow(row)
        self.scrollTo(idx, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            idx = self.currentIndex()
            if idx.isValid():
                self.open_requested.emit(idx)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.back_to_search.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- export -----------------------------------------------------------------------------------------
    def visible_columns(self) -> list[int]:
        """Logical columns in visual order, hidden ones left out."""
        hh = self.horizontalHeader()
        return [
            hh.logicalIndex(v)
            for v in range(hh.count())
            if not hh.isSectionHidden(hh.logicalIndex(v))
        ]

    def export_table(self) -> tuple[list[str], list[list[object]]]:
        model = self.model()
        assert isinstance(model, RowTableModel)
        cols = self.visible_columns()
        headers: Sequence[str] = [model.COLUMNS[c].header for c in cols]
        return list(headers), model.export_rows(cols)

    def export_sheet(
        self, title: str, subtitle: str = "", columns: Sequence[int] | None = None
    ) -> TableSheet:
        """The table as shown (visible columns in their order and widths, visible rows in their
        order, tier colours, grey rows) for the .xlsx export and the PDF list."""
        model = self.model()
        assert isinstance(model, RowTableModel)
        cols = list(columns) if columns is not None else self.visible_columns()
        fills, muted = model.export_marks()
        return TableSheet(
            title=title,
            subtitle=subtitle,
            headers=[model.COLUMNS[c].header for c in cols],
            rows=model.export_rows(cols),
            fills=fills,
            muted=muted,
            # a column shown outside this view (the pinned tier column) keeps its own width
            widths=[
                max(model.COLUMNS[c].width if self.isColumnHidden(c) else self.columnWidth(c), 30)
                for c in cols
            ],
            centred=[model.COLUMNS[c].align == CENTER for c in cols],
        )
