"""One table-model pattern for every list in the window.

A model holds a list of frozen rows (from the services) plus, per row, a tuple of display strings
computed once (:meth:`RowTableModel.prepare`, Qt-free so a worker thread can do it). The view sees an
index list (``_view``): filtering builds a new index list, sorting re-orders it with a per-column sort
key computed once per column (not a ``QSortFilterProxyModel``: measured at seconds per sort at 20,000
rows). ``data()`` only indexes lists. Text columns sort by pinyin (:func:`domain.pinyin.sort_key`),
and the search text of a row holds the pinyin initials of its names (``htwl`` finds 黑河物流). A
column of counts sorts descending on its first click (``Qt.InitialSortOrderRole``).

Custom roles: :data:`ID_ROLE` (the row's id), :data:`SORT_ROLE`, :data:`ROW_ROLE` (the frozen row),
:data:`TIER_ROLE` (``int(Tier)`` or ``None``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.pinyin import initials_text, sort_key
from ...domain.tiers import Tier
from ..style import TIER_BACKGROUND, muted_brush, text_brush, tier_brush

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
TIER_ROLE = Qt.ItemDataRole.UserRole + 4

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_INITIAL_SORT = Qt.ItemDataRole.InitialSortOrderRole


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    #: Default width in pixels (the user's widths are remembered).
    width: int = 120
    align: int = LEFT
    #: Sort key of a row for this column; ``None``: the display text.
    sort: Callable[[Any], Any] | None = None
    #: Exported as a number.
    numeric: bool = False
    #: Show the full text as a tooltip (long texts that get elided).
    tooltip: bool = False
    #: The first click on the header sorts descending (counts, tiers: the most first);
    #: ``None``: numeric columns do.
    descending_first: bool | None = None

    @property
    def initial_order(self) -> Qt.SortOrder:
        desc = self.numeric if self.descending_first is None else self.descending_first
        return Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder


@dataclass
class Prepared:
    """Rows with their display strings and search texts (built in a worker thread). ``hay`` is
    ``None`` when the search texts are left for later (:meth:`RowTableModel.search_texts_job`)."""

    rows: list[Any]
    display: list[tuple[str, ...]]
    hay: list[str] | None


def search_text(*codes: str, names: tuple[str, ...] = ()) -> str:
    """A row's search text: ``codes`` and ``names`` as they are, and the pinyin initials of
    ``names``, one per line, upper case (the search box matches any part of it)."""
    parts = [*codes, *names, *(initials_text(n) for n in names)]
    return "\n".join(p for p in parts if p).upper()


#: The invisible root index (Qt's default ``parent`` argument), made once.
_ROOT = QModelIndex()


class RowTableModel(QAbstractTableModel):
    COLUMNS: ClassVar[tuple[Column, ...]] = ()
    #: The filter applied by :meth:`filter_rows` (a frozen dataclass with ``search`` and ``active``).
    filter: Any = None

    # -- what a subclass defines (pure Python: may run in a worker thread) -------------------------
    @staticmethod
    def row_id(row: Any) -> str:
        return row.id

    @staticmethod
    def display(row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    @staticmethod
    def haystack(row: Any) -> str:
        """Upper-cased text searched by the search box (see :func:`search_text`)."""
        return ""

    def tier(self, row: Any) -> Tier | None:
        return None

    def muted(self, row: Any) -> bool:
        """Grey text (e.g. accidents that do not count)."""
        return False

    @classmethod
    def prepare(cls, rows: Iterable[Any], *, search: bool = True) -> Prepared:
        """The rows with their display strings and, unless ``search`` is false, their search
        texts (the pinyin initials of 20,000 names take longer than the rest: the first screenful
        does not wait for them)."""
        rows = list(rows)
        display = cls.display
        haystack = cls.haystack
        hay = [haystack(r) for r in rows] if search else None
        return Prepared(rows, [display(r) for r in rows], hay)

    # -- state ---------------------------------------------------------------------------------------
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._display: list[tuple[str, ...]] = []
        #: The rows' search texts (``None``: not made yet, see :meth:`search_texts_job`).
        self._hay: list[str] | None = []
        #: Counts the changes to ``_rows``: search texts made in a worker for an older version
        #: are not taken.
        self._version = 0
        self._ids: dict[str, int] = {}
        #: Every live source index in the current sort order.
        self._order: list[int] = []
        #: Visible source indexes (``_order`` filtered).
        self._view: list[int] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._sort_column = -1
        self._sort_desc = False
        self._predicate: Callable[[int], bool] | None = None
        self._loaded = False

    # -- loading -------------------------------------------------------------------------------------
    def set_filter(self, flt: Any) -> None:
        """Show only the rows ``flt`` (the model's own filter type) lets through."""
        raise NotImplementedError

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.set_prepared(self.prepare(rows))

    def set_prepared(self, prepared: Prepared) -> None:
        self.beginResetModel()
        self._rows = prepared.rows
        self._display = prepared.display
        self._hay = prepared.hay
        self._version += 1
        row_id = self.row_id
        self._ids = {row_id(r): i for i, r in enumerate(self._rows)}
        self._sort_keys = {}
        self._order = list(range(len(self._rows)))
        if self._sort_column >= 0:
            self._order.sort(key=self._keys(self._sort_column).__getitem__, reverse=self._sort_desc)
        self._view = self._filtered()
        self._loaded = True
        self.endResetModel()

    @property
    def loaded(self) -> bool:
        return self._loaded

    def total_count(self) -> int:
        return len(self._order)

    def all_rows(self) -> list[Any]:
        """Every live row (unfiltered, in the current sort order)."""
        return [self._rows[i] for i in self._order]

    # -- filtering -----------------------------------------------------------------------------------
    def _filtered(self) -> list[int]:
        pred = self._predicate
        if pred is None:
            return list(self._order)
        return [i for i in self._order if pred(i)]

    def set_predicate(self, predicate: Callable[[int], bool] | None) -> None:
        """Show only source rows ``i`` with ``predicate(i)`` (``None``: all)."""
        self._predicate = predicate
        self.beginResetModel()
        self._view = self._filtered()
        self.endResetModel()

    def filter_rows(self, flt: Any, excluded: Callable[[Any], object] | None) -> None:
        """Keep ``flt`` as :attr:`filter` and show the rows whose search text holds ``flt.search``
        (white space dropped, any case) and that ``excluded(row)`` does not rule out (``None``: no
        criterion besides the search); an inactive ``flt`` shows every row."""
        self.filter = flt
        if not flt.active:
            self.set_predicate(None)
            return
        needle = "".join(flt.search.split()).upper()
        rows, hay = self._rows, self._search_texts()
        if excluded is None:

            def pred(i: int) -> bool:
                return needle in hay[i]

        elif needle:

            def pred(i: int) -> bool:
                return needle in hay[i] and not excluded(rows[i])

        else:

            def pred(i: int) -> bool:
                return not excluded(rows[i])

        self.set_predicate(pred)

    def _search_texts(self) -> list[str]:
        if self._hay is None:  # searched before the worker made them: made now
            haystack = self.haystack
            self._hay = [haystack(r) for r in self._rows]
        return self._hay

    def search_texts_job(self) -> Callable[[], tuple[int, list[str]]] | None:
        """The work (for a worker thread) of making the rows' search texts when they were left
        for later, for :meth:`take_search_texts`; ``None`` when there is nothing to make."""
        if self._hay is not None:
            return None
        rows, version, haystack = list(self._rows), self._version, self.haystack
        return lambda: (version, [haystack(r) for r in rows])

    def take_search_texts(self, made: tuple[int, list[str]]) -> None:
        """Keep the search texts a :meth:`search_texts_job` made, unless the rows changed since."""
        version, hay = made
        if version == self._version and self._hay is None:
            self._hay = hay

    def distinct(self, attr: str) -> list[str]:
        """The non-empty values of ``attr`` among the live rows, in pinyin order (filter choices)."""
        rows = self._rows
        return sorted({getattr(rows[i], attr) for i in self._order} - {""}, key=sort_key)

    # -- sorting -------------------------------------------------------------------------------------
    def _keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            col = self.COLUMNS[column]
            if col.sort is None:
                keys = [sort_key(d[column]) for d in self._display]
            else:
                fn = col.sort
                keys = [fn(r) for r in self._rows]
            self._sort_keys[column] = keys
        return keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        desc = order == Qt.SortOrder.DescendingOrder
        if column < 0 or column >= len(self.COLUMNS):
            self._sort_column = -1
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self._view[p.row()], p.column()) for p in persistent]
        self._sort_column, self._sort_desc = column, desc
        # Stable sort of the previous order: ties keep the earlier sort (multi-key sorting by clicks).
        self._order.sort(key=self._keys(column).__getitem__, reverse=desc)
        self._view = self._filtered()
        if persistent:
            pos = {src: r for r, src in enumerate(self._view)}
            after = [
                self.index(pos[src], col) if src in pos else QModelIndex() for src, col in before
            ]
            self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    # -- single-row changes (no reload) ---------------------------------------------------------------
    def upsert(self, row: Any) -> int:
        """Replace the row with the same id (repainting only that row) or append it.

        Returns the view row, or -1 when the row is hidden by the filter.
        """
        key = self.row_id(row)
        src = self._ids.get(key)
        if src is None:
            return self._append(row)
        self._rows[src] = row
        self._display[src] = self.display(row)
        self._version += 1
        if self._hay is not None:
            self._hay[src] = self.haystack(row)
        for column, keys in self._sort_keys.items():
            col = self.COLUMNS[column]
            keys[src] = sort_key(self._display[src][column]) if col.sort is None else col.sort(row)
        try:
            pos = self._view.index(src)
        except ValueError:
            return -1
        self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(self.COLUMNS) - 1))
        return pos

    def _append(self, row: Any) -> int:
        src = len(self._rows)
        self._rows.append(row)
        self._display.append(self.display(row))
        self._version += 1
        if self._hay is not None:
            self._hay.append(self.haystack(row))
        self._ids[self.row_id(row)] = src
        for column, keys in self._sort_keys.items():
            col = self.COLUMNS[column]
            keys.append(sort_key(self._display[src][column]) if col.sort is None else col.sort(row))
        self._order.append(src)
        if self._predicate is not None and not self._predicate(src):
            return -1
        pos = len(self._view)
        self.beginInsertRows(QModelIndex(), pos, pos)
        self._view.append(src)
        self.endInsertRows()
        return pos

    def remove_id(self, key: str) -> None:
        src = self._ids.pop(key, None)
        if src is None:
            return
        self._order.remove(src)
        try:
            pos = self._view.index(src)
        except ValueError:
            return
        self.beginRemoveRows(QModelIndex(), pos, pos)
        del self._view[pos]
        self.endRemoveRows()

    # -- lookups ---------------------------------------------------------------------------------------
    def row_at(self, view_row: int) -> Any:
        return self._rows[self._view[view_row]]

    def row_by_id(self, key: str) -> Any | None:
        src = self._ids.get(key)
        return None if src is None else self._rows[src]

    def view_row_of(self, key: str) -> int:
        src = self._ids.get(key)
        if src is None:
            return -1
        try:
            return self._view.index(src)
        except ValueError:
            return -1

    def text_at(self, view_row: int, column: int) -> str:
        return self._display[self._view[view_row]][column]

    def export_rows(self, columns: Sequence[int]) -> list[list[Any]]:
        """Visible rows, given (logical) columns, as exported: numbers as ``int``."""
        numeric = [self.COLUMNS[c].numeric for c in columns]
        out = []
        for src in self._view:
            d = self._display[src]
            out.append(
                [
                    int(d[c]) if num and d[c].lstrip("-").isdigit() else d[c]
                    for c, num in zip(columns, numeric, strict=True)
                ]
            )
        return out

    def export_marks(self) -> tuple[list[str | None], list[bool]]:
        """Visible rows as the screen marks them: the tier colour (``"#RRGGBB"`` or ``None``) and
        whether the text is greyed out."""
        rows, tier, muted = self._rows, self.tier, self.muted
        fills: list[str | None] = []
        grey: list[bool] = []
        for src in self._view:
            t = tier(rows[src])
            fills.append(TIER_BACKGROUND.get(t) if t is not None else None)
            grey.append(bool(muted(rows[src])))
        return fills, grey

    # -- QAbstractTableModel ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        src = self._view[index.row()]
        if role == _DISPLAY:
            return self._display[src][index.column()]
        if role == _BACKGROUND:
            tier = self.tier(self._rows[src])
            return tier_brush(tier) if tier is not None else None
        if role == _FOREGROUND:
            row = self._rows[src]
            tier = self.tier(row)
            if tier is not None and tier > Tier.NONE:
                return text_brush()
            return muted_brush() if self.muted(row) else None
        if role == _ALIGN:
            return self.COLUMNS[index.column()].align
        if role == _TOOLTIP:
            if self.COLUMNS[index.column()].tooltip:
                return self._display[src][index.column()] or None
            return None
        if role == ID_ROLE:
            return self.row_id(self._rows[src])
        if role == ROW_ROLE:
            return self._rows[src]
        if role == SORT_ROLE:
            return self._keys(index.column())[src]
        if role == TIER_ROLE:
            tier = self.tier(self._rows[src])
            return None if tier is None else int(tier)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == _DISPLAY:
                return self.COLUMNS[section].header
            if role == _ALIGN:
                return CENTER
            if role == _INITIAL_SORT:
                return self.COLUMNS[section].initial_order
            return None
        if orientation == Qt.Orientation.Vertical and role == _DISPLAY:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def column_index(self, key: str) -> int:
        for i, col in enumerate(self.COLUMNS):
            if col.key == key:
                return i
        raise KeyError(key)
