"""A list with a side panel: the shape of the 工伤认定 and 预警闭环 tabs and of the 预防与维权
pages. The search box and the buttons above, the table with the selected row's panel to its right,
the count line below; the buttons open dialogs whose saved row comes back into the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import GaotaiError
from .. import messages as msg
from ..models.base import RowTableModel
from ..widgets.search_box import SearchBox
from ..widgets.table_view import TableView
from .base import Tab, side_panel, side_splitter

if TYPE_CHECKING:
    from ...services.container import Services


#: The rows' class.
R = TypeVar("R")
#: The model's class.
M = TypeVar("M", bound=RowTableModel)
#: A dialog's class.
D = TypeVar("D", bound=QDialog)


def button(
    text: str, name: str, slot: Callable[[], object], *, enabled: bool = True
) -> QPushButton:
    """A push button named ``name`` calling ``slot()`` when clicked."""
    b = QPushButton(text)
    b.setObjectName(name)
    b.setEnabled(enabled)
    b.clicked.connect(lambda _c=False: slot())
    return b


class SidePanelTab(Tab, Generic[R]):
    """A list of rows of ``row_type`` (``view`` over ``model``) with its search box, the count
    line below and, when laid out with one, a side panel to its right that follows the row
    selected (:meth:`_show_detail`). ``name`` prefixes the object names: ``{name}Search``,
    ``{name}Table``, ``{name}Count`` (and ``{name}Detail``, ``{name}DetailInfo`` for the panel of
    :meth:`_detail_panel`)."""

    #: The class of the rows (:meth:`current_row` answers no other).
    row_type: type[R]
    #: One row as the clerk calls it ("一件案件"): "请先在表格中选择一件案件".
    row_name = ""
    #: The dialog opened last, while it is open (tests drive it).
    dialog: QDialog | None
    #: The side panel's title and information (:meth:`_detail_panel`).
    detail_title: QLabel
    detail_info: QLabel

    def __init__(
        self,
        services: Services,
        as_of: dt.date,
        name: str,
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.as_of = as_of
        self.search = SearchBox(placeholder)
        self.search.setObjectName(f"{name}Search")
        self.view = TableView()
        self.view.setObjectName(f"{name}Table")
        self.count_label = QLabel("正在加载…")
        self.count_label.setObjectName(f"{name}Count")
        self.dialog = None
        self._name = name

    # -- building ---------------------------------------------------------------------------------
    def _list(self, model: M) -> M:
        """``model`` (the tab's) in the table; the side panel follows the row selected."""
        self.model = model
        self.view.setModel(model)
        self.view.current_id_changed.connect(self._show_detail)
        return model

    def _detail_panel(self, none_title: str) -> QFrame:
        """The panel of the row selected: ``detail_title`` (``none_title`` while none is) over
        ``detail_info``."""
        self._none_title = none_title
        frame, self.detail_title, self.detail_info = side_panel(
            f"{self._name}Detail", none_title, 1.1
        )
        self.detail_info.setObjectName(f"{self._name}DetailInfo")
        self.detail_info.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_info, 1)
        return frame

    def _lay_out(
        self,
        *above: QLayout | QWidget,
        panel: QWidget | None = None,
        sizes: tuple[int, int] = (900, 360),
    ) -> None:
        """From the top: ``above`` (bars, lines), the table with ``panel`` to its right (its
        width ``sizes[1]`` of ``sum(sizes)`` at first), the count line."""
        if panel is not None:
            self.splitter = side_splitter(self.view, panel, list(sizes))
        layout = QVBoxLayout(self)
        for item in above:
            if isinstance(item, QLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)
        layout.addWidget(self.splitter if self.splitter is not None else self.view, 1)
        layout.addWidget(self.count_label)
        self._keyboard_flow()

    # -- loading and counting ---------------------------------------------------------------------
    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        self.load()

    def _show_count(self, text: str, unit: str) -> None:
        """The count line: ``text``, then how many rows the filter leaves (when it hides some)."""
        shown = self.model.rowCount()
        if shown != len(self.model.all_rows()):
            text += f"；筛选后显示 {shown} {unit}"
        self.count_label.setText(text)

    # -- the row selected -------------------------------------------------------------------------
    def current_row(self) -> R | None:
        key = self.view.current_id()
        row = self.model.row_by_id(key) if key else None
        return row if isinstance(row, self.row_type) else None

    def _chosen_row(self) -> R | None:
        """The row selected; ``None`` after asking the clerk to select one first."""
        row = self.current_row()
        if row is None:
            msg.notify(f"请先在表格中选择{self.row_name}")
        return row

    def _show_detail(self, key: str) -> None:
        """The row ``key`` ("" for none) was selected: show it in the side panel, enable the
        buttons that apply to it."""

    def _clear_detail(self) -> None:
        """No row selected: the panel's title says so, its information is empty."""
        self.detail_title.setText(self._none_title)
        self.detail_info.setText("")

    # -- dialogs ----------------------------------------------------------------------------------
    def _open(self, dlg: D, after: Callable[[object], None]) -> D:
        """Open ``dlg`` (deleted when closed) as the tab's ``dialog``; once it saved, ``after``
        gets its ``result_row``."""
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: after(getattr(dlg, "result_row", None)))
        dlg.finished.connect(
            lambda _r: setattr(self, "dialog", None) if self.dialog is dlg else None
        )
        self.dialog = dlg
        dlg.open()
        return dlg

    def _put_row(self, row: Any) -> None:
        """``row`` (new or changed, with an ``id``) in the list, selected and in the side panel;
        counted."""
        self.model.upsert(row)
        self.view.select_id(row.id)
        self._show_detail(row.id)
        self.update_counts()

    def _reload_row(self, get: Callable[[], R]) -> R | None:
        """The row as the service has it now (``get()``), put in the list; ``None`` after
        showing why it could not be read."""
        try:
            row = get()
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc)
            return None
        self._put_row(row)
        return row
