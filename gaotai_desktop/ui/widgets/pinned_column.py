"""A column pinned to the right edge of a table (the tier column): it stays in view when the table
scrolls sideways on a narrow screen.

A second, narrow view beside the table shows only that column of the same model with the same
selection model; the table itself hides the column. Both scroll together vertically, a click or
double-click in the pinned column acts on the table, and sorting by it sorts the table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from .table_view import TableView


class PinnedColumnView(TableView):
    def __init__(self, table: TableView, column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.column = column
        self.setObjectName(f"{table.objectName()}Pinned")
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        hh = self.horizontalHeader()
        hh.setSectionsMovable(False)
        hh.setStretchLastSection(True)
        self._show_only(column)
        table.setColumnHidden(column, True)
        self.setFixedWidth(max(table.columnWidth(column), hh.sectionSizeHint(column)) + 2)
        # scroll together
        mine, theirs = self.verticalScrollBar(), table.verticalScrollBar()
        theirs.valueChanged.connect(mine.setValue)
        mine.valueChanged.connect(theirs.setValue)
        # the table's horizontal scroll bar takes height at the bottom: keep the rows aligned
        table.horizontalScrollBar().rangeChanged.connect(self._match_bottom)
        # sorting by the pinned column sorts the table (and the indicators agree)
        self.setSortingEnabled(True)
        hh.sortIndicatorChanged.connect(self._sorted_here)
        table.horizontalHeader().sortIndicatorChanged.connect(self._sorted_there)
        self._sorted_there(
            table.horizontalHeader().sortIndicatorSection(),
            table.horizontalHeader().sortIndicatorOrder(),
        )
        self.doubleClicked.connect(table.open_requested)
        self.clicked.connect(lambda _i: table.setFocus())
        model = table.model()
        model.modelReset.connect(lambda: self._show_only(column))

    def _show_only(self, column: int) -> None:
        for c in range(self.model().columnCount()):
            self.setColumnHidden(c, c != column)

    def keep_hidden_in_table(self) -> None:
        """After the table's header state was restored (it may show the column again)."""
        self.table.setColumnHidden(self.column, True)

    def _match_bottom(self, _minimum: int, maximum: int) -> None:
        # an empty horizontal scroll bar of the same height keeps the last rows level
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if maximum > 0
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # fmt: skip

    def _sorted_here(self, section: int, order: Qt.SortOrder) -> None:
        hh = self.table.horizontalHeader()
        if section == self.column and (
            hh.sortIndicatorSection() != section or hh.sortIndicatorOrder() != order
        ):
            hh.setSortIndicator(section, order)

    def _sorted_there(self, section: int, order: Qt.SortOrder) -> None:
        hh = self.horizontalHeader()
        hh.blockSignals(True)
        hh.setSortIndicatorShown(section == self.column)
        hh.setSortIndicator(section, order)
        hh.blockSignals(False)
        hh.viewport().update()


def with_pinned_column(table: TableView, column: int) -> tuple[QWidget, PinnedColumnView]:
    """``table`` with ``column`` pinned to its right edge, in one widget."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    pinned = PinnedColumnView(table, column, box)
    layout.addWidget(table, 1)
    layout.addWidget(pinned)
    return box, pinned
