"""What every tab offers the main window (menu actions and shortcuts act on the current tab)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSplitter, QWidget

from ...files.xlsx_export import TableSheet
from .. import messages as msg
from ..models.base import RowTableModel
from ..widgets.filter_combo import FilterCombo
from ..widgets.search_box import SearchBox
from ..widgets.table_view import TableView
from ..window_state import restore_header, restore_splitter, save_header, save_splitter
from ..workers import run_task


class Tab(QWidget):
    #: The tab's rows are (re)loaded.
    loaded = Signal()

    title = ""
    settings_key = ""
    export_title = ""

    search: SearchBox
    view: TableView
    model: RowTableModel
    count_label: QLabel
    splitter: QSplitter | None = None
    #: The as-of date the tab counts for (the window moves it when the clock passes midnight).
    as_of: dt.date
    #: The window closed: late results of background jobs are dropped.
    closed = False
    #: Counts the loads started: the rows of an older load arriving late are dropped.
    _load_token = 0

    def shutdown(self) -> None:
        """The window is closing: stop timers, ignore jobs still running."""
        self.closed = True
        for timer in self.findChildren(QTimer):
            timer.stop()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_results(self) -> None:
        """From the search box into the results: the first row when none is current."""
        self.view.setFocus()
        if not self.view.current_id() and self.model.rowCount() > 0:
            self.view.selectRow(0)
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _keyboard_flow(self) -> None:
        """Down/Enter from the search box into the results, Esc from the results back."""
        self.search.to_results.connect(self.focus_results)
        self.view.back_to_search.connect(self.focus_search)

    def new_record(self) -> None:
        """Ctrl+N."""

    def open_selected(self) -> None:
        """Enter/Return or double-click."""

    def delete_selected(self) -> None:
        """Delete (with confirmation)."""

    def refresh(self) -> None:
        """F5: reload from the database."""

    @property
    def today(self) -> dt.date:
        """The date new records are checked against (no accident after it). The window counts as
        of today and follows the clock, so the two are the same date, named for their uses."""
        return self.as_of

    def set_as_of(self, as_of: dt.date) -> None:
        """The calendar moved on (midnight, New Year): count for ``as_of`` from now on."""
        self.as_of = as_of
        self.refresh()

    # -- loading and filtering (tabs showing a RowTableModel) -------------------------------------------
    def _load_rows(
        self,
        work: Callable[[], Any],
        action: str,
        on_loaded: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work()`` (the model's prepared rows) off the GUI thread, then show its rows with
        the filter applied and the selected row kept; ``action`` names the load in an error."""
        self._load_token += 1
        token = self._load_token

        def done(prepared) -> None:
            if token != self._load_token:
                return
            selected = self.view.current_id()
            self.model.set_prepared(prepared)
            self._fill_choices()
            self.apply_filter()
            if selected:
                self.view.select_id(selected)
            self.loaded.emit()
            if on_loaded is not None:
                on_loaded()

        def failed(exc: BaseException) -> None:
            self.count_label.setText("加载失败")
            msg.show_error(self, exc, action=action)

        run_task(work, on_done=done, on_error=failed, owner=self)

    def _fill_choices(self) -> None:
        """Fill the filter lists from the loaded rows (tabs that have some)."""

    def _filter_on_change(self, *combos: FilterCombo) -> None:
        """Filter again when one of ``combos`` or the search text changes."""
        for w in combos:
            w.value_changed.connect(self.apply_filter)
        self.search.search_changed.connect(lambda _t: self.apply_filter())

    def current_filter(self) -> Any:
        """The model's filter from the search box and the filter lists."""
        raise NotImplementedError

    def apply_filter(self) -> None:
        """Filter the rows by :meth:`current_filter`, keeping the selected row selected."""
        selected = self.view.current_id()
        self.model.set_filter(self.current_filter())
        if not (selected and self.view.select_id(selected)):
            # the row is hidden now (or none was selected): the side panel and the row actions
            # follow what is visible, so they empty rather than show a row nobody can see
            self.view.clear_current()
        self.update_counts()

    def update_counts(self) -> None:
        """The line below the table: how many rows, how many shown."""

    # -- the side panel (collapsible: small screens) ----------------------------------------------------
    def has_panel(self) -> bool:
        return self.splitter is not None and self.splitter.count() > 1

    def panel_shown(self) -> bool:
        return self.has_panel() and self.splitter is not None and self.splitter.sizes()[1] > 0

    def set_panel_shown(self, shown: bool) -> None:
        """Collapse the side panel (the table takes the width) or bring it back."""
        splitter = self.splitter
        if splitter is None or splitter.count() < 2 or shown == self.panel_shown():
            return
        total = sum(splitter.sizes()) or splitter.width()
        if shown:
            panel = splitter.widget(1)
            least = panel.minimumSizeHint().width() if panel is not None else 260
            side = max(least, min(310, total // 3))
            splitter.setSizes([max(total - side, 1), side])
        else:
            splitter.setSizes([total, 0])

    def export_table(self) -> tuple[str, list[str], list[list[object]]]:
        headers, rows = self.view.export_table()
        return self.export_title or self.title, headers, rows

    def export_sheet(self, title: str, subtitle: str = "") -> TableSheet:
        """The table as shown, for the .xlsx export and the PDF list."""
        return self.view.export_sheet(title, subtitle)

    def export_note(self) -> str:
        """What an export adds to the 统计截止日期 line (e.g. the date range shown)."""
        return ""

    def save_state(self, settings: QSettings) -> None:
        save_header(settings, self.settings_key, self.view.horizontalHeader())
        if self.splitter is not None:
            save_splitter(settings, self.settings_key, self.splitter)

    def restore_state(self, settings: QSettings) -> bool:
        """Column widths/order and sort order; returns whether a saved state was applied."""
        if self.splitter is not None:
            restore_splitter(settings, self.settings_key, self.splitter)
        hh = self.view.horizontalHeader()
        if restore_header(settings, self.settings_key, hh):
            self.view.model().sort(hh.sortIndicatorSection(), hh.sortIndicatorOrder())
            return True
        return False


def bar(*widgets: QWidget | str | None, stretch_after: int = -1) -> QHBoxLayout:
    """A row of widgets; strings become labels, ``None`` a stretch."""
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for i, w in enumerate(widgets):
        if w is None:
            layout.addStretch(1)
        elif isinstance(w, str):
            layout.addWidget(QLabel(w))
        else:
            layout.addWidget(w)
        if i == stretch_after:
            layout.addStretch(1)
    return layout


def side_splitter(main: QWidget, side: QWidget, sizes: list[int]) -> QSplitter:
    """``main`` and a narrower ``side`` panel to its right (3:1 when the window grows)."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(main)
    splitter.addWidget(side)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    # the panel folds away (drag the handle, or 查看 → 侧栏) on a narrow screen; the table never
    splitter.setCollapsible(0, False)
    splitter.setCollapsible(1, True)
    splitter.setSizes(sizes)
    return splitter


def side_panel(
    name: str, title: str, scale: float, info: str = ""
) -> tuple[QFrame, QLabel, QLabel]:
    """The frame of a side panel, its bold title (``scale`` times the font size) and its rich-text
    information label (selectable); the caller lays them out."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setMinimumWidth(260)
    title_label = QLabel(title)
    title_label.setWordWrap(True)
    font = title_label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    title_label.setFont(font)
    info_label = QLabel(info)
    info_label.setWordWrap(True)
    info_label.setTextFormat(Qt.TextFormat.RichText)
    info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return frame, title_label, info_label


def delay_timer(parent: QObject, ms: int, slot: Callable[[], object]) -> QTimer:
    """A single-shot timer calling ``slot`` ``ms`` milliseconds after its last ``start()``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
