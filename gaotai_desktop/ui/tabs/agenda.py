"""待办 tab: everything due within 3 days or overdue, by responsible level (属地/部门/企业) and
township — the week's dispatch at a glance. Enter on an item opens its warning in 预警闭环; a
measure task can be marked done here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import GaotaiError
from ...domain.loop import DueItem, Urgency
from ...texts import LEVEL_NAMES, TASK_NAMES
from .. import messages as msg
from ..models.warnings import AgendaFilterState, AgendaModel
from ..widgets.filter_combo import FilterCombo
from ..widgets.search_box import SearchBox
from ..widgets.table_view import TableView
from .base import Tab, bar

if TYPE_CHECKING:
    from ...services.container import Services


class AgendaTab(Tab):
    title = "待办"
    settings_key = "agenda"
    export_title = "待办事项"

    #: Open the warning of an item (its warning id).
    open_warning = Signal(str)
    #: The counts changed: (overdue, due soon).
    counts_changed = Signal(int, int)

    def __init__(self, services: Services, *, as_of: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.as_of = as_of
        self.model: AgendaModel = AgendaModel(self)
        self.model.as_of = as_of
        self.search = SearchBox("搜索企业、信用代码、事项")
        self.search.setObjectName("agendaSearch")
        self.level_combo = FilterCombo("全部责任层级")
        self.level_combo.setObjectName("agendaLevel")
        self.level_combo.set_choices([(name, key) for key, name in LEVEL_NAMES.items()])
        self.township_combo = FilterCombo("全部乡镇")
        self._filter_on_change(self.level_combo, self.township_combo)
        self.done_button = QPushButton("办结所选事项(&D)…")
        self.done_button.setObjectName("agendaDone")
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.complete_selected)
        self.view = TableView()
        self.view.setObjectName("agendaTable")
        self.view.setModel(self.model)
        self.view.open_requested.connect(lambda _i: self.open_selected())
        self.view.current_id_changed.connect(self._current_changed)
        self.count_label = QLabel("正在加载…")
        self.count_label.setObjectName("agendaCount")
        layout = QVBoxLayout(self)
        layout.addLayout(bar(self.search, self.level_combo, self.township_combo, None,
                             self.done_button))  # fmt: skip
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._keyboard_flow()

    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        as_of = self.model.as_of = self.as_of
        warnings = self.services.warnings
        self._load_rows(
            lambda: AgendaModel.prepare_as_of(warnings.agenda(as_of), as_of), "加载待办", on_loaded
        )

    def refresh(self) -> None:
        self.load()

    def _fill_choices(self) -> None:
        self.township_combo.set_choices(self.model.distinct("township"))

    def current_filter(self) -> AgendaFilterState:
        return AgendaFilterState(
            search=self.search.text(),
            level=self.level_combo.value() or "",
            township=self.township_combo.value() or "",
        )

    def counts(self) -> tuple[int, int]:
        items: list[DueItem] = self.model.all_rows()
        overdue = sum(1 for i in items if i.urgency is Urgency.OVERDUE)
        return overdue, len(items) - overdue

    def update_counts(self) -> None:
        if not self.model.loaded:
            return
        overdue, soon = self.counts()
        text = f"截至{self.as_of.isoformat()}：逾期 {overdue} 项，3天内到期 {soon} 项"
        if self.model.rowCount() != overdue + soon:
            text += f"；筛选后显示 {self.model.rowCount()} 项"
        self.count_label.setText(text + "。红色为已逾期，琥珀色为3天内到期。")
        self.counts_changed.emit(overdue, soon)

    def current_item(self) -> DueItem | None:
        key = self.view.current_id()
        item = self.model.row_by_id(key) if key else None
        return item if isinstance(item, DueItem) else None

    def _current_changed(self, key: str) -> None:
        item = self.model.row_by_id(key) if key else None
        self.done_button.setEnabled(item is not None and item.kind == "task")

    def open_selected(self) -> None:
        item = self.current_item()
        if item is None:
            msg.notify("请先选择一项待办")
            return
        warning_id = item.id if item.kind == "warning" else self._warning_of(item)
        if warning_id:
            self.open_warning.emit(warning_id)

    def _warning_of(self, item: DueItem) -> str:
        tasks = self.services.warnings.tasks(self.as_of, enterprise_id=item.enterprise_id)
        return next((t.warning_id or "" for t in tasks if t.id == item.id), "")

    def complete_selected(self) -> None:
        item = self.current_item()
        if item is None or item.kind != "task":
            msg.notify("请先选择一项措施（企业的书面反馈请在“预警闭环”中登记）")
            return
        what = TASK_NAMES.get(item.what, item.what)
        note = msg.ask_text(self, "办结事项", f"“{item.name}”：{what}\n请填写办理情况：")
        if note is None:
            return
        if not note.strip():
            msg.warning(self, "必须填写办理情况，事项未办结。")
            return
        try:
            self.services.warnings.complete_task(
                item.id, on=self.today, note=note, today=self.today
            )
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="办结事项")
            return
        self.model.remove_id(item.id)
        self.update_counts()
        msg.notify(f"已办结：{item.name} {what}")
