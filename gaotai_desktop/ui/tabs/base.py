"""What every tab offers the main window (menu actions and shortcuts act on the current tab)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..settings import restore_header, restore_splitter, save_header, save_splitter
from ..widgets.search_box import SearchBox
from ..widgets.table_view import TableView


class Tab(QWidget):
    #: The tab's rows are (re)loaded.
    loaded = Signal()

    title = ""
    settings_key = ""
    export_title = ""

    search: SearchBox
    view: TableView
    splitter = None
    #: The window closed: late results of background jobs are dropped.
    closed = False

    def shutdown(self) -> None:
        """The window is closing: stop timers, ignore jobs still running."""
        self.closed = True
        for timer in self.findChildren(QTimer):
            timer.stop()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_record(self) -> None:
        """Ctrl+N."""

    def open_selected(self) -> None:
        """Enter/Return or double-click."""

    def delete_selected(self) -> None:
        """Delete (with confirmation)."""

    def refresh(self) -> None:
        """F5: reload from the database."""

    def export_table(self) -> tuple[str, list[str], list[list[object]]]:
        headers, rows = self.view.export_table()
        return self.export_title or self.title, headers, rows

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
