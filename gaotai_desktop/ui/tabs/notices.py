"""预警通知 tab: documents due at each enterprise's tier and those issued, coloured by tier.

Issuing, previewing and printing plug in at :meth:`NoticeTab.issue_selected`,
:meth:`NoticeTab.preview_selected` and :meth:`NoticeTab.print_selected` (the toolbar actions are
there, disabled, until the letters service is wired in: set :attr:`NoticeTab.documents` to an object
with ``issue(rows)``, ``preview(row)`` and ``print(rows)``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from ...domain.notices import KIND_LABELS, STATUS_LABELS
from ...domain.rows import NoticeRow
from ...domain.tiers import TIER_LABELS, Tier
from .. import messages as msg
from ..models.base import ROW_ROLE
from ..models.notices import NoticeFilter, NoticeModel
from ..widgets.filter_combo import FilterCombo
from ..widgets.search_box import SearchBox
from ..widgets.table_view import TableView
from ..workers import run_task
from .base import Tab, bar
from .enterprises import TIER_ORDER

log = logging.getLogger(__name__)


class NoticeTab(Tab):
    title = "预警通知"
    settings_key = "notices"
    export_title = "预警通知"

    def __init__(self, services, *, as_of: dt.date, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.services = services
        self.as_of = as_of
        self.model = NoticeModel(self)
        #: The letters/documents service, once it exists (see the module docstring).
        self.documents = None
        self._load_token = 0

        self.toolbar = QToolBar("文书")
        self.toolbar.setObjectName("noticeToolbar")
        self.issue_action = QAction("下发(&I)…", self)
        self.issue_action.setToolTip("生成并下发所选文书（即将提供）")
        self.preview_action = QAction("预览(&V)", self)
        self.preview_action.setToolTip("预览所选文书（即将提供）")
        self.print_action = QAction("打印(&P)…", self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip("打印所选文书（Ctrl+P，即将提供）")
        self.issue_action.triggered.connect(self.issue_selected)
        self.preview_action.triggered.connect(self.preview_selected)
        self.print_action.triggered.connect(self.print_selected)
        for a in (self.issue_action, self.preview_action, self.print_action):
            a.setEnabled(False)
            self.toolbar.addAction(a)

        self.search = SearchBox("搜索企业名称、信用代码或文号")
        self.search.setObjectName("noticeSearch")
        self.status_combo = FilterCombo("全部状态")
        self.status_combo.set_choices([(v, k) for k, v in STATUS_LABELS.items()])
        self.tier_combo = FilterCombo("全部等级")
        self.tier_combo.set_choices([(TIER_LABELS[t], int(t)) for t in TIER_ORDER[:3]])
        self.kind_combo = FilterCombo("全部文书")
        self.kind_combo.set_choices([(v, k) for k, v in KIND_LABELS.items() if k != "receipt"])
        for w in (self.status_combo, self.tier_combo, self.kind_combo):
            w.value_changed.connect(self.apply_filter)
        self.search.search_changed.connect(lambda _t: self.apply_filter())
        self.count_label = QLabel("正在加载…")
        self.count_label.setObjectName("noticeCount")

        self.view = TableView()
        self.view.setObjectName("noticeTable")
        self.view.setModel(self.model)
        self.view.open_requested.connect(lambda _i: self.open_selected())
        self.view.current_id_changed.connect(lambda _id: self._update_actions())

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(
            bar(self.search, self.status_combo, self.tier_combo, self.kind_combo, None)
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    # -- loading ----------------------------------------------------------------------------------------
    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        self._load_token += 1
        token = self._load_token
        self.count_label.setText("正在计算应下发的预警文书…")
        notices, as_of = self.services.notices, self.as_of

        def done(prepared) -> None:  # noqa: ANN001
            if token != self._load_token:
                return
            selected = self.view.current_id()
            self.model.set_prepared(prepared)
            self.apply_filter()
            if selected:
                self.view.select_id(selected)
            self.loaded.emit()
            if on_loaded is not None:
                on_loaded()

        def failed(exc: BaseException) -> None:
            self.count_label.setText("加载失败")
            msg.show_error(self, exc, action="加载预警通知")

        run_task(
            lambda: NoticeModel.prepare(notices.plan(as_of)),
            on_done=done,
            on_error=failed,
            owner=self,
        )

    def refresh(self) -> None:
        self.load()

    def notices_of(self, enterprise_id: str) -> list[NoticeRow]:
        return self.model.of_enterprise(enterprise_id)

    # -- filtering --------------------------------------------------------------------------------------
    def apply_filter(self) -> None:
        tier = self.tier_combo.value()
        self.model.set_filter(
            NoticeFilter(
                search=self.search.text(),
                status=self.status_combo.value() or "",
                tier=None if tier is None else Tier(tier),
                kind=self.kind_combo.value() or "",
            )
        )
        self.update_counts()
        self._update_actions()

    def update_counts(self) -> None:
        if not self.model.loaded:
            return
        counts = self.model.status_counts()
        parts = "，".join(
            f"{label} {counts.get(code, 0)} 份" for code, label in STATUS_LABELS.items()
        )
        total, shown = self.model.total_count(), self.model.rowCount()
        head = (
            f"截至 {self.as_of.year}年{self.as_of.month}月{self.as_of.day}日 共 {total} 份预警文书"
        )
        if shown != total:
            head += f"，筛选后显示 {shown} 份"
        self.count_label.setText(f"{head}（{parts}）。")

    # -- documents (to be wired to the letters service) ------------------------------------------------
    def selected_rows(self) -> list[NoticeRow]:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return [i.data(ROW_ROLE) for i in rows]

    def _update_actions(self) -> None:
        has = bool(self.selected_rows()) and self.documents is not None
        for a in (self.issue_action, self.preview_action, self.print_action):
            a.setEnabled(has)

    def issue_selected(self) -> None:
        """Hook: generate and issue the selected due documents."""
        if self.documents is None:
            msg.notify("文书下发功能即将提供")
            return
        self.documents.issue(self.selected_rows())
        self.refresh()

    def preview_selected(self) -> None:
        """Hook: show the selected document (PDF preview)."""
        rows = self.selected_rows()
        if self.documents is None or not rows:
            msg.notify("文书预览功能即将提供")
            return
        self.documents.preview(rows[0])

    def print_selected(self) -> None:
        """Hook: print the selected documents."""
        if self.documents is None:
            msg.notify("文书打印功能即将提供")
            return
        self.documents.print(self.selected_rows())

    def open_selected(self) -> None:
        self.preview_selected()
