"""预防与维权 tab: three pages.

- 预防培训: every training session (date, industry, topic, place, trainer, enterprises, people);
  the side panel lists the selected session's enterprises and its materials.
- 未培训高危企业: this year's high-risk enterprises (construction, chemicals, logistics) not yet at
  any session, with their last training.
- 维权热线: every call (callers masked), the follow-up coloured (overdue red, due within 3 days
  amber) and in words, the month's counts by topic and referral beside it.

Each page is a :class:`Tab` of its own (a list, its search box, its count line); the tab hands
the window's actions (Ctrl+N, Enter, F5, export, Ctrl+F) to the page shown.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import GaotaiError
from ...domain.outreach import HotlineRow, TrainingRow, UntrainedRow
from ...texts import RISK_GROUP_NAMES, hotline_counts_lines
from .. import messages as msg
from ..models.base import RowTableModel
from ..models.outreach import (
    HotlineModel,
    OutreachFilterState,
    TrainingModel,
    UntrainedModel,
)
from ..widgets.search_box import SearchBox
from ..widgets.table_view import TableView
from .base import Tab, bar, side_panel
from .side_panel import R, SidePanelTab, button

if TYPE_CHECKING:
    from ...files.xlsx_export import TableSheet
    from ...services.container import Services


class _Page(SidePanelTab[R]):
    """One page: a list with its search box and count line (loaded by the outreach tab)."""

    def __init__(self, services: Services, as_of: dt.date, name: str, placeholder: str) -> None:
        super().__init__(services, as_of, name, placeholder)
        self.settings_key = f"outreach_{name}"

    def current_filter(self) -> OutreachFilterState:
        return OutreachFilterState(search=self.search.text())


class TrainingPage(_Page[TrainingRow]):
    title = "预防培训"
    export_title = "工伤预防培训"
    row_type = TrainingRow
    row_name = "一场培训"

    #: A session was saved: the untrained list changes.
    saved = Signal(object)

    def __init__(self, services: Services, as_of: dt.date) -> None:
        super().__init__(services, as_of, "training", "搜索主题、地点、授课人、参训企业")
        self.model: TrainingModel = self._list(TrainingModel(self))
        self._filter_on_change()
        self.new_button = button("登记培训(&N)…", "training_new", self.new_record)
        self.edit_button = button("修改(&E)…", "training_edit", self.open_selected, enabled=False)
        self._lay_out(
            bar(self.search, self.new_button, self.edit_button, None),
            panel=self._detail_panel("未选择培训"),
            sizes=(900, 340),
        )
        self.view.sortByColumn(self.model.column_index("held_on"), Qt.SortOrder.DescendingOrder)

    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        training = self.services.training
        self._load_rows(lambda: TrainingModel.prepare(training.list()), "加载培训记录", on_loaded)

    def update_counts(self) -> None:
        if not self.model.loaded:
            return
        rows: list[TrainingRow] = self.model.all_rows()
        year = [r for r in rows if r.held_on.year == self.as_of.year]
        self._show_count(
            f"共 {len(rows)} 场；{self.as_of.year}年 {len(year)} 场，"
            f"培训 {sum(r.people for r in year)} 人次",
            "场",
        )

    def _show_detail(self, key: str) -> None:
        row = self.model.row_by_id(key) if key else None
        self.edit_button.setEnabled(isinstance(row, TrainingRow))
        if not isinstance(row, TrainingRow):
            self._clear_detail()
            return
        esc = html.escape
        self.detail_title.setText(f"{row.held_on.isoformat()} {row.topic}")
        parts = [
            f"<p>{esc(row.industry)}；{esc(row.place)}；授课人 {esc(row.trainer)}</p>",
            f"<p><b>参训企业 {row.enterprises} 家，共 {row.people} 人</b></p><table>",
        ]
        for a in row.attendance:
            parts.append(
                f"<tr><td style='padding-right:6px'>{esc(a.name)}</td>"
                f"<td align='right'>{a.people}人</td></tr>"
            )
        parts.append("</table>")
        if row.materials or row.materials_path:
            parts.append(
                f"<p><b>培训资料</b> {esc(row.materials)}<br>{esc(row.materials_path)}</p>"
            )
        self.detail_info.setText("".join(parts))

    def new_record(self) -> None:
        from ..dialogs.outreach import TrainingDialog

        self._open(TrainingDialog(self.services, today=self.today, parent=self), self._saved)

    def open_selected(self) -> None:
        from ..dialogs.outreach import TrainingDialog

        row = self._chosen_row()
        if row is None:
            return
        dlg = TrainingDialog(self.services, today=self.today, row=row, parent=self)
        self._open(dlg, self._saved)

    def _saved(self, row: object) -> None:
        if not isinstance(row, TrainingRow):
            return
        self._put_row(row)
        self.saved.emit(row)


class UntrainedPage(_Page[UntrainedRow]):
    title = "未培训高危企业"
    export_title = "本年未参加工伤预防培训的高危行业企业"
    row_type = UntrainedRow

    def __init__(self, services: Services, as_of: dt.date) -> None:
        super().__init__(services, as_of, "untrained", "搜索企业名称、信用代码、乡镇")
        self.model: UntrainedModel = self._list(UntrainedModel(self))
        self._filter_on_change()
        self.rule_label = QLabel(
            "高危行业：建筑业（门类E）、交通运输仓储和邮政业（门类G）、制造业（门类C）中名称含“化工”“化学”等的企业"
        )
        self.rule_label.setWordWrap(True)
        self._lay_out(bar(self.search, None), self.rule_label)

    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        training, as_of = self.services.training, self.as_of
        self._load_rows(
            lambda: UntrainedModel.prepare(training.untrained_high_risk(as_of.year, as_of)),
            "加载未培训的高危行业企业",
            on_loaded,
        )

    def update_counts(self) -> None:
        if not self.model.loaded:
            return
        rows = self.model.all_rows()
        groups = "，".join(
            f"{name}{sum(1 for r in rows if r.group == key)}家"
            for key, name in RISK_GROUP_NAMES.items()
        )
        self._show_count(
            f"{self.as_of.year}年尚未参加培训的高危行业企业 {len(rows)} 家（{groups}）", "家"
        )


def _months(as_of: dt.date, count: int = 12) -> list[str]:
    out, year, month = [], as_of.year, as_of.month
    for _ in range(count):
        out.append(f"{year}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


class HotlinePage(_Page[HotlineRow]):
    title = "维权热线"
    export_title = "维权热线来电"
    row_type = HotlineRow
    row_name = "一次来电"

    def __init__(self, services: Services, as_of: dt.date) -> None:
        super().__init__(services, as_of, "hotline", "搜索企业、接听人、来电人")
        self.model: HotlineModel = self._list(HotlineModel(self))
        self.model.as_of = as_of
        self.late_only = QCheckBox("只看回访逾期和3天内到期(&L)")
        self.late_only.setObjectName("hotlineLateOnly")
        self.late_only.toggled.connect(lambda _c: self.apply_filter())
        self._filter_on_change()
        self.new_button = button("登记来电(&N)…", "hotline_new", self.new_record)
        self.edit_button = button("修改(&E)…", "hotline_edit", self.open_selected)
        self.close_button = button("结案(&C)…", "hotline_close", self.close_selected)
        self._show_detail("")
        frame, title, self.counts_info = side_panel("hotlineCounts", "月度统计", 1.1)
        self.counts_info.setObjectName("hotlineCountsInfo")
        self.counts_info.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.month = QComboBox()
        self.month.setObjectName("hotlineMonth")
        self._fill_months()
        self.month.currentIndexChanged.connect(lambda _i: self.show_counts())
        side = QVBoxLayout(frame)
        side.addWidget(title)
        side.addWidget(self.month)
        side.addWidget(self.counts_info, 1)
        self._lay_out(
            bar(self.search, self.late_only, None),
            bar(self.new_button, self.edit_button, self.close_button, None),
            panel=frame,
            sizes=(900, 300),
        )
        self.view.sortByColumn(self.model.column_index("called_at"), Qt.SortOrder.DescendingOrder)

    def _fill_months(self) -> None:
        self.month.blockSignals(True)
        self.month.clear()
        for m in _months(self.as_of):
            self.month.addItem(m, m)
        self.month.blockSignals(False)

    def set_as_of(self, as_of: dt.date) -> None:
        self.as_of = as_of
        self._fill_months()
        self.refresh()

    def current_filter(self) -> OutreachFilterState:
        return OutreachFilterState(search=self.search.text(), late_only=self.late_only.isChecked())

    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        as_of = self.model.as_of = self.as_of
        hotline = self.services.hotline

        def done() -> None:
            self.show_counts()
            if on_loaded is not None:
                on_loaded()

        self._load_rows(
            lambda: HotlineModel.prepare_as_of(hotline.list(as_of), as_of), "加载热线来电", done
        )

    def show_counts(self) -> None:
        month = str(self.month.currentData() or "")
        if not month:
            return
        try:
            counts = self.services.hotline.counts(month, self.as_of)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc)
            return
        self.counts_info.setText("<br>".join(html.escape(t) for t in hotline_counts_lines(counts)))

    def update_counts(self) -> None:
        if not self.model.loaded:
            return
        rows: list[HotlineRow] = self.model.all_rows()
        overdue = sum(1 for r in rows if r.urgency == "overdue")
        soon = sum(1 for r in rows if r.urgency == "due_soon")
        self._show_count(f"共 {len(rows)} 件，回访已逾期 {overdue} 件，3天内到期 {soon} 件", "件")

    def _show_detail(self, key: str) -> None:
        row = self.model.row_by_id(key) if key else None
        chosen = isinstance(row, HotlineRow)
        self.edit_button.setEnabled(chosen)
        self.close_button.setEnabled(isinstance(row, HotlineRow) and row.closed_on is None)

    def new_record(self) -> None:
        from ..dialogs.outreach import HotlineDialog

        self._open(HotlineDialog(self.services, today=self.today, parent=self), self._saved)

    def open_selected(self) -> None:
        from ..dialogs.outreach import HotlineDialog

        row = self._chosen_row()
        if row is None:
            return
        dlg = HotlineDialog(self.services, today=self.today, row=row, parent=self)
        self._open(dlg, self._saved)

    def close_selected(self) -> QDialog | None:
        from ..dialogs.outreach import HotlineCloseDialog

        row = self._chosen_row()
        if row is None:
            return None
        if row.closed_on is not None:
            msg.notify(f"该来电已于{row.closed_on.isoformat()}结案")
            return None
        dlg = HotlineCloseDialog(self.services, row, today=self.today, parent=self)
        return self._open(dlg, self._saved)

    def _saved(self, row: object) -> None:
        if not isinstance(row, HotlineRow):
            return
        key = row.id
        if self._reload_row(lambda: self.services.hotline.get(key, self.as_of)) is not None:
            self.show_counts()


class OutreachTab(Tab):
    """预防与维权: the pages 预防培训, 未培训高危企业 and 维权热线."""

    title = "预防与维权"
    settings_key = "outreach"

    def __init__(self, services: Services, *, as_of: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.as_of = as_of
        self.training = TrainingPage(services, as_of)
        self.untrained = UntrainedPage(services, as_of)
        self.hotline = HotlinePage(services, as_of)
        self.training.saved.connect(lambda _row: self.untrained.refresh())
        self.pages = QTabWidget()
        self.pages.setObjectName("outreachPages")
        for page in self.all_pages():
            self.pages.addTab(page, page.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def all_pages(self) -> list[_Page[Any]]:
        return [self.training, self.untrained, self.hotline]

    def page(self) -> _Page[Any]:
        page = self.pages.currentWidget()
        assert isinstance(page, _Page)
        return page

    # the window acts on the page shown
    @property
    def export_title(self) -> str:  # type: ignore[override]
        return self.page().export_title

    @property
    def search(self) -> SearchBox:  # type: ignore[override]
        return self.page().search

    @property
    def view(self) -> TableView:  # type: ignore[override]
        return self.page().view

    @property
    def model(self) -> RowTableModel:  # type: ignore[override]
        return self.page().model

    @property
    def count_label(self) -> QLabel:  # type: ignore[override]
        return self.page().count_label

    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        left = [len(self.all_pages())]

        def one() -> None:
            left[0] -= 1
            if left[0] == 0:
                self.loaded.emit()
                if on_loaded is not None:
                    on_loaded()

        for page in self.all_pages():
            page.load(on_loaded=one)

    def set_as_of(self, as_of: dt.date) -> None:
        self.as_of = as_of
        for page in self.all_pages():
            page.as_of = as_of
        self.hotline._fill_months()
        self.refresh()

    def shutdown(self) -> None:
        super().shutdown()
        for page in self.all_pages():
            page.shutdown()

    def new_record(self) -> None:
        self.page().new_record()

    def open_selected(self) -> None:
        self.page().open_selected()

    def export_table(self) -> tuple[str, list[str], list[list[object]]]:
        return self.page().export_table()

    def export_sheet(self, title: str, subtitle: str = "") -> TableSheet:
        return self.page().export_sheet(title, subtitle)

    def save_state(self, settings: QSettings) -> None:
        for page in self.all_pages():
            page.save_state(settings)

    def restore_state(self, settings: QSettings) -> bool:
        restored = [page.restore_state(settings) for page in self.all_pages()]
        return any(restored)
