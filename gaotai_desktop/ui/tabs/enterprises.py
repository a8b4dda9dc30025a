"""企业 tab: every enterprise coloured by tier, search and filters, a side panel with the selected
enterprise's accidents this year and its notices."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import texts
from ...domain.errors import GaotaiError, NotFound
from ...domain.identifiers import mask_phone
from ...domain.rows import EnterpriseRow, NoticeRow, TierRow
from ...domain.tiers import TIER_LABELS, Tier, count_window
from ...files.xlsx_export import TableSheet
from .. import messages as msg
from ..dialogs.delete_enterprise import DeleteEnterpriseDialog
from ..models.accidents import AccidentModel
from ..models.deleted_enterprises import DeletedEnterpriseModel, local_time
from ..models.enterprises import EnterpriseFilter, EnterpriseModel
from ..models.notices import NoticeModel
from ..startup import after_paint
from ..style import TIER_BACKGROUND
from ..widgets.filter_combo import FilterCombo
from ..widgets.pinned_column import with_pinned_column
from ..widgets.search_box import SearchBox
from ..widgets.table_view import TableView
from ..workers import run_task
from .base import Tab, bar, delay_timer, side_panel, side_splitter

if TYPE_CHECKING:
    from ...services.container import Services
    from ...services.enterprises import DeletedEnterpriseRow, Lookups
    from ..dialogs.enterprise_dialog import EnterpriseDialog


log = logging.getLogger(__name__)

PANEL_DELAY_MS = 120
TIER_ORDER = (Tier.RED, Tier.ORANGE, Tier.YELLOW, Tier.NONE)


def merged(preferred: tuple[str, ...] | list[str], present: list[str]) -> list[str]:
    """Lookup values in their order, then values found in the data that the lookups lack."""
    seen = set(preferred)
    return [*preferred, *(v for v in present if v not in seen)]


class EnterpriseTab(Tab):
    title = "企业"
    settings_key = "enterprises"
    export_title = "企业预警等级"

    #: Ask the main window to record an accident for this enterprise (its credit code).
    record_accident = Signal(str)
    #: An enterprise was added, edited or deleted (its id).
    enterprise_changed = Signal(str)

    def __init__(
        self, services: Services, *, as_of: dt.date, lookups: Lookups, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.as_of = as_of
        self.lookups = lookups
        self.model: EnterpriseModel = EnterpriseModel(self)
        self.dialog: EnterpriseDialog | None = None
        self.delete_dialog: DeleteEnterpriseDialog | None = None
        #: The 已删除 list (shown instead of the enterprises while the 已删除 filter is on).
        self.deleted_model = DeletedEnterpriseModel(self)
        #: Notices of one enterprise (set by the main window from the notice tab).
        self.notices_of: Callable[[str], list[NoticeRow]] = lambda _id: []
        self._panel_token = 0
        self._build_filters()
        self._build_buttons()
        self._build_table()
        self._build_layout()
        self._keyboard_flow()
        self._panel_timer = delay_timer(self, PANEL_DELAY_MS, self._load_panel)
        self._fill_choices()
        # red first until the user sorts otherwise
        self.view.sortByColumn(self.model.column_index("tier"), Qt.SortOrder.DescendingOrder)

    def _build_filters(self) -> None:
        self.search = SearchBox("搜索企业名称、拼音首字母或统一社会信用代码")
        self.search.setObjectName("enterpriseSearch")
        self.tier_combo = FilterCombo("全部等级")
        self.tier_combo.set_choices([(TIER_LABELS[t], int(t)) for t in TIER_ORDER])
        self.township_combo = FilterCombo("全部乡镇")
        self.industry_combo = FilterCombo("全部行业")
        self.authority_combo = FilterCombo("全部主管部门")
        self.deleted_button = QToolButton()
        self.deleted_button.setObjectName("showDeleted")
        self.deleted_button.setText("已删除")
        self.deleted_button.setCheckable(True)
        self.deleted_button.setToolTip("只显示已删除的企业：查看删除人、时间和原因，可恢复")
        self.deleted_button.toggled.connect(self.show_deleted)
        self.count_label = QLabel("正在加载…")
        self.count_label.setObjectName("enterpriseCount")
        self._filter_on_change(
            self.tier_combo, self.township_combo, self.industry_combo, self.authority_combo
        )

    def _build_buttons(self) -> None:
        self.new_button = QPushButton("新增企业(&N)")
        self.new_button.setToolTip("新增企业（Ctrl+N）")
        self.edit_button = QPushButton("修改(&E)")
        self.delete_button = QPushButton("删除")
        self.delete_button.setToolTip("删除所选企业（Delete），须填写删除原因")
        self.restore_button = QPushButton("恢复(&R)")
        self.restore_button.setToolTip("恢复所选的已删除企业（Enter）")
        self.restore_button.setVisible(False)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        for button in (self.edit_button, self.delete_button, self.restore_button):
            button.setEnabled(False)  # until a row is current

    def _build_table(self) -> None:
        self.view = TableView()
        self.view.setObjectName("enterpriseTable")
        self.view.setModel(self.model)
        self.view.open_requested.connect(lambda _i: self.open_selected())
        self.view.delete_requested.connect(self.delete_selected)
        self.view.current_id_changed.connect(self._selection_changed)

        self.deleted_view = TableView()
        self.deleted_view.setObjectName("deletedEnterpriseTable")
        self.deleted_view.setModel(self.deleted_model)
        self.deleted_view.open_requested.connect(lambda _i: self.restore_selected())
        self.deleted_view.current_id_changed.connect(self._deleted_selection_changed)
        self.deleted_view.back_to_search.connect(self.focus_search)
        # the tier stays in view when the table scrolls sideways (narrow screens)
        self.table_box, self.pinned_tier = with_pinned_column(
            self.view, self.model.column_index("tier")
        )
        self.tables = QStackedWidget()
        self.tables.addWidget(self.table_box)
        self.tables.addWidget(self.deleted_view)

        self.panel = self._build_panel()

    def _build_layout(self) -> None:
        self.splitter = side_splitter(self.tables, self.panel, [950, 310])
        layout = QVBoxLayout(self)
        layout.addLayout(
            bar(
                self.search,
                self.tier_combo,
                self.township_combo,
                self.industry_combo,
                self.authority_combo,
                self.deleted_button,
                None,
                self.new_button,
                self.edit_button,
                self.delete_button,
                self.restore_button,
            )
        )
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

    # -- side panel -------------------------------------------------------------------------------------
    def _build_panel(self) -> QWidget:
        panel, self.panel_title, self.panel_info = side_panel(
            "enterprisePanel",
            "未选择企业",
            1.2,
            "在左侧表格中选择一家企业，这里显示其详细信息、本年事故和预警文书。",
        )
        self.panel_accidents = AccidentModel(self)
        self.panel_accidents_view = TableView(sortable=False)
        self.panel_accidents_view.setObjectName("panelAccidents")
        self.panel_accidents_view.setModel(self.panel_accidents)
        for key in ("accident_no", "enterprise_name", "township", "industry", "place", "counted"):
            self.panel_accidents_view.setColumnHidden(self.panel_accidents.column_index(key), True)
        self.panel_notices = NoticeModel(self)
        self.panel_notices_view = TableView(sortable=False)
        self.panel_notices_view.setObjectName("panelNotices")
        self.panel_notices_view.setModel(self.panel_notices)
        for key in ("name", "uscc", "township", "authority", "accidents", "tier"):
            self.panel_notices_view.setColumnHidden(self.panel_notices.column_index(key), True)
        self.panel_accidents_label = QLabel("本年事故")
        self.panel_notices_label = QLabel("预警文书")
        self.record_button = QPushButton("为该企业登记事故(&A)")
        self.record_button.setEnabled(False)
        self.record_button.clicked.connect(self._record_for_selected)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.panel_title)
        layout.addWidget(self.panel_info)
        layout.addWidget(self.panel_accidents_label)
        layout.addWidget(self.panel_accidents_view, 2)
        layout.addWidget(self.panel_notices_label)
        layout.addWidget(self.panel_notices_view, 1)
        layout.addWidget(self.record_button)
        return panel

    def _selection_changed(self, enterprise_id: str) -> None:
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(bool(enterprise_id))
        self._panel_timer.start()

    def _record_for_selected(self) -> None:
        row = self.model.row_by_id(self.view.current_id())
        if row is not None:
            self.record_accident.emit(row.uscc)

    def _load_panel(self) -> None:
        if self.showing_deleted():
            self._panel_token += 1
            self._show_deleted_panel()
            return
        enterprise_id = self.view.current_id()
        self._panel_token += 1
        token = self._panel_token
        tier_row: TierRow | None = self.model.row_by_id(enterprise_id) if enterprise_id else None
        self.record_button.setEnabled(tier_row is not None)
        if tier_row is None:
            self.panel_title.setText("未选择企业")
            self.panel_info.setText("")
            self.panel_accidents.set_rows([])
            self.panel_notices.set_rows([])
            return
        self.panel_title.setText(tier_row.name)
        try:
            ent = self.services.enterprises.get(enterprise_id)
        except NotFound:
            ent = None
        self.panel_info.setText(self._info_html(tier_row, ent))
        self.panel_notices.set_rows(self.notices_of(enterprise_id))
        self.panel_notices_view.resizeColumnsToContents()
        self.panel_notices_label.setText(f"预警文书（{self.panel_notices.rowCount()}）")
        self.panel_accidents_label.setText("本年事故（正在加载…）")

        start, end = count_window(self.as_of)
        from ...services.accidents import AccidentFilter  # SQLAlchemy: after the first paint

        flt = AccidentFilter(date_from=start, date_to=end, enterprise_id=enterprise_id)
        accidents = self.services.accidents

        def done(rows) -> None:
            if token != self._panel_token:
                return  # another enterprise was selected meanwhile
            self.panel_accidents.set_rows(rows)
            self.panel_accidents_view.resizeColumnsToContents()
            counted = sum(1 for r in rows if r.counted)
            self.panel_accidents_label.setText(f"本年事故（{len(rows)} 起，计入预警 {counted} 起）")

        run_task(lambda: accidents.list(flt), on_done=done, owner=self)

    def _clear_panel(self, title: str = "未选择企业") -> None:
        self.panel_title.setText(title)
        self.panel_info.setText("")
        self.panel_accidents.set_rows([])
        self.panel_notices.set_rows([])
        self.panel_accidents_label.setText("本年事故")
        self.panel_notices_label.setText("预警文书")

    def _show_deleted_panel(self) -> None:
        """The side panel of a deleted enterprise: who deleted it, when and why."""
        self.record_button.setEnabled(False)
        deleted = self.deleted_model.row_by_id(self.deleted_view.current_id())
        if deleted is None:
            self._clear_panel()
            return
        self._clear_panel(f"{deleted.name}（已删除）")
        lines = [
            ("统一社会信用代码", deleted.uscc),
            ("行业", deleted.industry),
            ("所属乡镇", deleted.township),
            ("行业主管部门", deleted.authority),
            ("本年事故", f"{deleted.accidents} 起（恢复后重新计入预警）"),
            ("删除时间", local_time(deleted.deleted_at)),
            ("删除人", deleted.deleted_by),
            ("删除原因", deleted.deleted_reason),
        ]
        self.panel_info.setText(_table_html(lines))

    def _info_html(self, t: TierRow, e: EnterpriseRow | None) -> str:
        colour = TIER_BACKGROUND.get(t.tier, "#FFFFFF")
        tier = f'<span style="background:{colour}; color:#000;">&nbsp;{TIER_LABELS[t.tier]}&nbsp;</span>'
        lines = [
            ("预警等级", tier + f"（本年事故 {t.accidents} 起）"),
            ("统一社会信用代码", html.escape(t.uscc)),
            ("行业", html.escape(t.industry)),
            ("所属乡镇", html.escape(t.township)),
            ("行业主管部门", html.escape(t.authority)),
        ]
        if e is not None:
            lines += [
                ("法定代表人", html.escape(e.legal_representative)),
                ("联系人", html.escape(e.contact_person)),
                ("联系电话", html.escape(mask_phone(e.phone))),
                ("地址", html.escape(e.address)),
            ]
            if e.hazard:
                parts = [p for p in (
                    e.hazard_date.isoformat() if e.hazard_date else "",
                    e.hazard_source,
                    e.hazard_reference,
                ) if p]  # fmt: skip
                lines.append(
                    (
                        "职业病危害隐患",
                        "有" + (f"（{html.escape('，'.join(parts))}）" if parts else ""),
                    )
                )
            else:
                lines.append(("职业病危害隐患", "无"))
        return _table_html(lines, escaped=True)

    # -- loading ----------------------------------------------------------------------------------------
    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        """Load every enterprise's tier off the GUI thread."""
        self.count_label.setText("正在加载企业和预警等级…")
        overview, as_of = self.services.overview, self.as_of  # no SQLAlchemy: the first paint

        def work():
            # the search texts (pinyin initials of every name) are made once the rows are shown
            return EnterpriseModel.prepare(overview.tiers(as_of), search=False)

        def loaded() -> None:
            after_paint(self.view.viewport(), self._make_search_texts)
            if on_loaded is not None:
                on_loaded()

        self._load_rows(work, "加载企业", loaded)

    def _make_search_texts(self) -> None:
        """The search texts left for later, made in a worker (a search before makes them)."""
        job = self.model.search_texts_job()
        if job is not None:
            run_task(job, on_done=self.model.take_search_texts, owner=self)

    def refresh(self) -> None:
        self.load()
        if self.showing_deleted():
            self.load_deleted()

    # -- the 已删除 filter ------------------------------------------------------------------------------
    def showing_deleted(self) -> bool:
        return self.deleted_button.isChecked()

    def active_view(self) -> TableView:
        return self.deleted_view if self.showing_deleted() else self.view

    def show_deleted(self, on: bool) -> None:
        """The 已删除 filter: the deleted enterprises (with who/when/why and 恢复) instead of the
        enterprises in the register."""
        if self.deleted_button.isChecked() != on:
            self.deleted_button.setChecked(on)  # toggled() comes back here
            return
        self.tables.setCurrentWidget(self.deleted_view if on else self.table_box)
        self.tier_combo.setEnabled(not on)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(not on)
        self.restore_button.setVisible(on)
        if on:
            self.load_deleted()
        else:
            self.apply_filter()
        self._panel_timer.start()

    def load_deleted(self) -> None:
        """Read the deleted enterprises (few: read at once, on the GUI thread)."""
        try:
            rows = self.services.enterprises.deleted(self.as_of)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="加载已删除企业")
            return
        selected = self.deleted_view.current_id()
        self.deleted_model.set_rows(rows)
        self.apply_filter()
        if selected:
            self.deleted_view.select_id(selected)

    def _deleted_selection_changed(self, enterprise_id: str) -> None:
        self.restore_button.setEnabled(bool(enterprise_id))
        self._panel_timer.start()

    def focus_results(self) -> None:
        view = self.active_view()
        model = view.model()
        view.setFocus()
        if not view.current_id() and model.rowCount() > 0:
            view.selectRow(0)
            view.setCurrentIndex(model.index(0, 0))

    def export_table(self) -> tuple[str, list[str], list[list[object]]]:
        if not self.showing_deleted():
            # the pinned tier column is exported last, as it is shown
            columns = [*self.view.visible_columns(), self.pinned_tier.column]
            headers = [self.model.COLUMNS[c].header for c in columns]
            return self.export_title, headers, self.model.export_rows(columns)
        headers, rows = self.deleted_view.export_table()
        return "已删除企业", headers, rows

    def export_sheet(self, title: str, subtitle: str = "") -> TableSheet:
        if self.showing_deleted():
            return self.deleted_view.export_sheet("已删除企业", subtitle)
        # the pinned tier column is exported last, as it is shown
        columns = [*self.view.visible_columns(), self.pinned_tier.column]
        return self.view.export_sheet(title, subtitle, columns)

    def restore_state(self, settings) -> bool:
        restored = super().restore_state(settings)
        self.pinned_tier.keep_hidden_in_table()
        return restored

    def _fill_choices(self) -> None:
        lk = self.lookups
        self.township_combo.set_choices(merged(lk.townships, self.model.distinct("township")))
        self.industry_combo.set_choices(merged(lk.industries, self.model.distinct("industry")))
        self.authority_combo.set_choices(merged(lk.authorities, self.model.distinct("authority")))

    # -- filtering --------------------------------------------------------------------------------------
    def current_filter(self) -> EnterpriseFilter:
        tier = self.tier_combo.value()
        return EnterpriseFilter(
            search=self.search.text(),
            tier=None if tier is None else Tier(tier),
            township=self.township_combo.value() or "",
            industry=self.industry_combo.value() or "",
            authority=self.authority_combo.value() or "",
        )

    def apply_filter(self) -> None:
        super().apply_filter()
        if self.showing_deleted():
            selected = self.deleted_view.current_id()
            self.deleted_model.set_filter(self.current_filter())
            if not (selected and self.deleted_view.select_id(selected)):
                self.deleted_view.clear_current()
            self.update_counts()

    def update_counts(self) -> None:
        if self.showing_deleted():
            total, shown = self.deleted_model.total_count(), self.deleted_model.rowCount()
            head = f"已删除 {total} 家企业" + (f"，筛选后显示 {shown} 家" if shown != total else "")
            self.count_label.setText(f"{head}。选中后按“恢复”可撤销删除。")
            return
        if not self.model.loaded:
            return
        counts = self.model.tier_counts()
        parts = "，".join(f"{TIER_LABELS[t]} {counts[t]} 家" for t in TIER_ORDER[:3])
        total = self.model.total_count()
        shown = self.model.rowCount()
        head = f"共 {total} 家企业" + (f"，筛选后显示 {shown} 家" if shown != total else "")
        self.count_label.setText(f"{head}。{parts}。")

    # -- single-row updates -----------------------------------------------------------------------------
    def apply_tier(self, row: TierRow) -> None:
        """Recolour one enterprise's row (after an accident was recorded) without reloading."""
        self.model.upsert(row)
        self.update_counts()
        if self.view.current_id() == row.enterprise_id:
            self._panel_timer.start()

    def refresh_enterprise(self, enterprise_id: str) -> None:
        try:
            self.apply_tier(self.services.enterprises.tier_of(enterprise_id, self.as_of))
        except NotFound:
            self.model.remove_id(enterprise_id)
            self.update_counts()

    # -- records ----------------------------------------------------------------------------------------
    def enterprise_names(self) -> dict[str, str]:
        return {r.uscc: r.name for r in self.model.all_rows()}

    def new_record(self) -> None:
        self._open_dialog(None)

    def open_selected(self) -> None:
        if self.showing_deleted():
            self.restore_selected()
            return
        enterprise_id = self.view.current_id()
        if not enterprise_id:
            msg.notify("请先在表格中选择一家企业")
            return
        self.open_enterprise(enterprise_id)

    def open_enterprise(self, enterprise_id: str) -> None:
        try:
            row = self.services.enterprises.get(enterprise_id)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc)
            return
        self.view.select_id(enterprise_id)
        self._open_dialog(row)

    def _open_dialog(self, row: EnterpriseRow | None) -> None:
        from ..dialogs.enterprise_dialog import EnterpriseDialog  # loads when first opened

        dlg = EnterpriseDialog(
            self.services, today=self.today, lookups=self.lookups, enterprise=row, parent=self
        )
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self._saved)
        dlg.open_existing.connect(
            lambda eid: QTimer.singleShot(0, lambda: self.open_enterprise(eid))
        )
        dlg.finished.connect(
            lambda _r: setattr(self, "dialog", None) if self.dialog is dlg else None
        )
        self.dialog = dlg
        dlg.open()

    def _saved(self, row: EnterpriseRow) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            tier = self.services.enterprises.tier_of(row.id, self.as_of)
        finally:
            QApplication.restoreOverrideCursor()
        is_new = self.model.row_by_id(row.id) is None
        self.model.upsert(tier)
        self.update_counts()
        self.view.select_id(row.id)
        self._panel_timer.start()
        msg.notify(
            f"{'已新增' if is_new else '已保存'}企业：{row.name}（{TIER_LABELS[tier.tier]}）"
        )
        self.enterprise_changed.emit(row.id)

    def delete_selected(self) -> None:
        """删除: asks for the reason (required) in a dialog that deletes on 删除."""
        if self.showing_deleted():
            msg.notify("已删除的企业可以恢复：选中后按“恢复”")
            return
        enterprise_id = self.view.current_id()
        row = self.model.row_by_id(enterprise_id) if enterprise_id else None
        if row is None:
            msg.notify("请先在表格中选择要删除的企业")
            return
        dlg = DeleteEnterpriseDialog(self.services, row, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.deleted.connect(lambda eid: self._deleted(eid, row.name, dlg.reason()))
        dlg.finished.connect(
            lambda _r: setattr(self, "delete_dialog", None) if self.delete_dialog is dlg else None
        )
        self.delete_dialog = dlg
        dlg.open()

    def _deleted(self, enterprise_id: str, name: str, reason: str) -> None:
        self.model.remove_id(enterprise_id)
        self.update_counts()
        msg.notify(texts.enterprise_deleted_notice(name, " ".join(reason.split())))
        self.enterprise_changed.emit(enterprise_id)

    def restore_selected(self) -> None:
        """恢复 (in the 已删除 list): confirm naming who deleted it, when and why, then restore."""
        enterprise_id = self.deleted_view.current_id()
        row: DeletedEnterpriseRow | None = (
            self.deleted_model.row_by_id(enterprise_id) if enterprise_id else None
        )
        if row is None:
            msg.notify("请先在“已删除”列表中选择要恢复的企业")
            return
        question = texts.enterprise_restore_question(
            row.name, row.uscc, local_time(row.deleted_at), row.deleted_by,
            row.deleted_reason, row.accidents,
        )  # fmt: skip
        if not msg.confirm(self, question, title="恢复企业", ok_text="恢复"):
            return
        try:
            self.services.enterprises.restore(row.id)
            tier = self.services.enterprises.tier_of(row.id, self.as_of)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="恢复企业")
            return
        self.deleted_model.remove_id(row.id)
        self.model.upsert(tier)
        self.apply_filter()
        msg.notify(texts.enterprise_restored_notice(row.name, TIER_LABELS[tier.tier]))
        self.enterprise_changed.emit(row.id)


def _table_html(lines: list[tuple[str, str]], *, escaped: bool = False) -> str:
    """Label/value rows of the side panel (values escaped unless ``escaped``)."""
    rows = "".join(
        f"<tr><td style='color:#555; padding-right:8px'>{k}</td>"
        f"<td>{(v if escaped else html.escape(v)) or '—'}</td></tr>"
        for k, v in lines
    )
    return f"<table>{rows}</table>"
