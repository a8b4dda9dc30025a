"""The rows of an import file as the preview read them: row number, a check mark or the number of
problems, then the file's own columns; rows with problems are tinted and their cells named."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from .. import messages as msg
from .base import CENTER

if TYPE_CHECKING:
    from ...services.importing import ImportPreview

#: A row with a problem, and the cell the problem is about (text stays black on both).
PROBLEM_ROW_BACKGROUND = "#FDE7E9"
PROBLEM_CELL_BACKGROUND = "#F4A7A7"
TEXT = "#000000"

_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole


class ImportRowsModel(QAbstractTableModel):
    """Read-only: the first rows of the file (``ImportPreview.rows``) and where the problems are."""

    FIXED = ("行号", "检查")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.rows: list[Any] = []
        #: row number -> problem texts (with their column)
        self.problems: dict[int, list[str]] = {}
        #: (row number, column header) with a problem
        self.bad_cells: set[tuple[int, str]] = set()
        self._row_brush = QBrush(QColor(PROBLEM_ROW_BACKGROUND))
        self._cell_brush = QBrush(QColor(PROBLEM_CELL_BACKGROUND))
        self._text_brush = QBrush(QColor(TEXT))

    def set_preview(self, preview: ImportPreview) -> None:
        self.beginResetModel()
        self.headers = tuple(preview.headers)
        self.rows = list(preview.rows)
        self.problems = {}
        self.bad_cells = set()
        for p in preview.problems:
            if p.row is None:
                continue
            self.problems.setdefault(p.row, []).append(msg.import_problem_text(p))
            if p.column:
                self.bad_cells.add((p.row, p.column))
        self.endResetModel()

    # -- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.FIXED) + len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            if section < len(self.FIXED):
                return self.FIXED[section]
            i = section - len(self.FIXED)
            return self.headers[i] if i < len(self.headers) else None
        return None

    def text_at(self, row: int, column: int) -> str:
        r = self.rows[row]
        if column == 0:
            return str(r.number)
        if column == 1:
            count = len(self.problems.get(r.number, ()))
            return f"✗ {count}处问题" if count else "✓"
        i = column - len(self.FIXED)
        return r.cells[i] if i < len(r.cells) else ""

    def has_problem(self, row: int) -> bool:
        return self.rows[row].number in self.problems

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self.text_at(row, column)
        number = self.rows[row].number
        bad_row = number in self.problems
        if role == Qt.ItemDataRole.BackgroundRole and bad_row:
            header = self.headers[column - 2] if column >= len(self.FIXED) else ""
            return self._cell_brush if (number, header) in self.bad_cells else self._row_brush
        if role == Qt.ItemDataRole.ForegroundRole and bad_row:
            return self._text_brush
        if role == Qt.ItemDataRole.ToolTipRole:
            if bad_row:
                return "\n".join(self.problems[number])
            text = self.text_at(row, column)
            return text if len(text) > 12 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column < len(self.FIXED):
            return CENTER
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
