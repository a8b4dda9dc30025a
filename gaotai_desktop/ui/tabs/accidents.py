"""事故 tab: accidents (default: this year up to the as-of date), filters, the selected accident's
injured persons with ID numbers masked, record/edit/void.

The list over a county's history (166,000 accidents) is never loaded blindly: the date range is a SQL
filter (default 1 January of the as-of year to the as-of date, changed by the user); township,
industry, category, outcome and the search box filter the loaded rows in the model.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import chinese_date
from ...domain.errors import GaotaiError
from ...domain.rows import AccidentRow
from ...domain.tiers import Outcome, count_window
from .. import messages as msg
from ..models.accidents import AccidentFilterState, AccidentModel, PersonModel, counted_text
from ..widgets.date_edit import DateEdit
from ..widgets.filter_combo import FilterCombo
from ..widgets.search_box import SearchBox
from ..widgets.table_view import TableView
from .base import Tab, bar, delay_timer, side_panel, side_splitter
from .enterprises import merged

if TYPE_CHECKING:
    from ...services.container import Services
    from ...services.enterprises import Lookups
    from ..dialogs.accident_dialog import AccidentDialog


log = logging.getLogger(__name__)

RELOAD_DELAY_MS = 400


class AccidentTab(Tab):
    title = "事故"
    settings_key = "accidents"
    export_title = "事故"

    #: An accident was recorded, edited or voided (RecordResult); the main window recolours the tier.
    accident_saved = Signal(object)
    #: An enterprise's tier must be recounted (an accident moved away from it); its id.
    enterprise_recount = Signal(str)

    def __init__(
        self, services: Services, *, as_of: dt.date, lookups: Lookups, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.as_of = as_of
        self.lookups = lookups
        self.model: AccidentModel = AccidentModel(self)
        self.person_model = PersonModel(self)
        self.dialog: AccidentDialog | None = None
        #: credit code -> enterprise name (set by the main window from the enterprise tab).
        self.enterprise_names: Callable[[], Mapping[str, str]] = dict
        self._persons_token = 0
        #: The accident whose persons are shown (a reveal of their ID numbers is audited).
        self._persons_of = ""
        self._build_filters(as_of)
        self._build_buttons()
        self._build_table()
        self._build_layout()
        self._keyboard_flow()
        self._reload_timer = delay_timer(self, RELOAD_DELAY_MS, self.load)
        self._fill_choices()
        self.view.sortByColumn(self.model.column_index("occurred_on"), Qt.SortOrder.DescendingOrder)

    def _build_filters(self, as_of: dt.date) -> None:
        self.search = SearchBox("搜索企业、拼音首字母、信用代码、事故编号")
        self.search.setObjectName("accidentSearch")
        start, end = count_window(as_of)
        #: The range last loaded: a date field that does not hold a date leaves it as it is.
        self._range = (start, end)
        self.date_from = DateEdit()
        self.date_to = DateEdit()
        for d, day in ((self.date_from, start), (self.date_to, end)):
            d.setDate(day)
            d.dateChanged.connect(self._dates_changed)
        self.date_from.setObjectName("accidentDateFrom")
        self.date_to.setObjectName("accidentDateTo")
        self.township_combo = FilterCombo("全部乡镇")
        self.industry_combo = FilterCombo("全部行业")
        self.category_combo = FilterCombo("全部类别")
        self.outcome_combo = FilterCombo("全部认定结论")
        self.outcome_combo.set_choices([o.value for o in Outcome])
        self._filter_on_change(
            self.township_combo, self.industry_combo, self.category_combo, self.outcome_combo
        )

    def _build_buttons(self) -> None:
        self.new_button = QPushButton("登记事故(&N)")
        self.new_button.setToolTip("登记事故（Ctrl+N）")
        self.edit_button = QPushButton("修改(&E)")
        self.void_button = QPushButton("作废")
        self.void_button.setToolTip("作废所选事故（误录时使用；Delete）")
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.open_selected)
        self.void_button.clicked.connect(self.delete_selected)
        for button in (self.edit_button, self.void_button):  # until a row is current
            button.setEnabled(False)
        self.count_label = QLabel("正在加载…")
        self.count_label.setObjectName("accidentCount")

    def _build_table(self) -> None:
        self.view = TableView()
        self.view.setObjectName("accidentTable")
        self.view.setModel(self.model)
        self.view.open_requested.connect(lambda _i: self.open_selected())
        self.view.delete_requested.connect(self.delete_selected)
        self.view.current_id_changed.connect(self._load_persons)

        self.detail = self._build_detail()

    def _build_layout(self) -> None:
        self.splitter = side_splitter(self.view, self.detail, [920, 340])
        layout = QVBoxLayout(self)
        # two rows, so that the tab fits a 1024-pixel screen
        layout.addLayout(
            bar(
                self.search,
                "日期",
                self.date_from,
                "至",
                self.date_to,
                None,
                self.new_button,
                self.edit_button,
                self.void_button,
            )
        )
        layout.addLayout(
            bar(
                self.township_combo,
                self.industry_combo,
                self.category_combo,
                self.outcome_combo,
                None,
            )
        )
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

    def _build_detail(self) -> QWidget:
        frame, self.detail_title, self.detail_info = side_panel(
            "accidentDetail", "未选择事故", 1.15
        )
        self.persons_label = QLabel("伤者")
        self.persons_view = TableView(sortable=False)
        self.persons_view.setObjectName("personTable")
        self.persons_view.setModel(self.person_model)
        self.persons_view.setColumnHidden(0, True)  # 序号: the order is the row order
        self.show_ids = QCheckBox("显示完整证件号(&I)")
        self.show_ids.setToolTip(
            "身份证号属敏感个人信息，默认隐去中间数字（个人信息保护法第二十八条）"
        )
        self.show_ids.toggled.connect(self._show_ids_toggled)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_info)
        layout.addWidget(self.persons_label)
        layout.addWidget(self.persons_view, 1)
        layout.addWidget(self.show_ids)
        return frame

    def _show_ids_toggled(self, show: bool) -> None:
        """Full ID numbers only for a role that may see them; the service decides and records
        the reveal. A refusal says why and the box stays unticked."""
        if show and not self._reveal():
            return
        self.person_model.set_show_full(show)

    def _reveal(self) -> bool:
        """Ask the service to reveal the shown accident's ID numbers (role checked, recorded in
        the audit trail, PIPL art. 28); False (box unticked, numbers hidden) when refused."""
        accident_id = self._persons_of
        if not (accident_id and self.person_model.rowCount()):
            return True
        try:
            self.services.accidents.reveal_id_numbers(accident_id)
        except (GaotaiError, OSError) as exc:
            self.show_ids.blockSignals(True)
            self.show_ids.setChecked(False)
            self.show_ids.blockSignals(False)
            self.person_model.set_show_full(False)
            msg.show_error(self, exc, action="显示完整证件号")
            return False
        return True

    # -- loading ----------------------------------------------------------------------------------------
    def date_range(self) -> tuple[dt.date, dt.date]:
        """The dates typed (in order); while either field does not hold a date, the range last
        loaded (a half-typed date never reloads the list with another range)."""
        a, b = self.date_from.date(), self.date_to.date()
        if a is None or b is None:
            return self._range
        return (a, b) if a <= b else (b, a)

    def _dates_changed(self) -> None:
        self._reload_timer.start()

    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        self._reload_timer.stop()
        date_from, date_to = self._range = self.date_range()
        self.count_label.setText(f"正在加载 {date_from} 至 {date_to} 的事故…")
        from ...services.accidents import AccidentFilter  # SQLAlchemy: after the first paint

        accidents = self.services.accidents
        flt = AccidentFilter(date_from=date_from, date_to=date_to)
        self._load_rows(lambda: AccidentModel.prepare(accidents.list(flt)), "加载事故", on_loaded)

    def refresh(self) -> None:
        self.load()

    def set_as_of(self, as_of: dt.date) -> None:
        """A range left at the counting window follows it to the new date; one the clerk chose
        stays as chosen."""
        if self.date_range() == count_window(self.as_of):
            start, end = count_window(as_of)
            for edit, day in ((self.date_from, start), (self.date_to, end)):
                edit.blockSignals(True)
                edit.setDate(day)
                edit.blockSignals(False)
        super().set_as_of(as_of)

    def _fill_choices(self) -> None:
        lk = self.lookups
        self.township_combo.set_choices(merged(lk.townships, self.model.distinct("township")))
        self.industry_combo.set_choices(merged(lk.industries, self.model.distinct("industry")))
        self.category_combo.set_choices(merged(lk.categories, self.model.distinct("category")))

    # -- filtering --------------------------------------------------------------------------------------
    def current_filter(self) -> AccidentFilterState:
        return AccidentFilterState(
            search=self.search.text(),
            township=self.township_combo.value() or "",
            industry=self.industry_combo.value() or "",
            category=self.category_combo.value() or "",
            outcome=self.outcome_combo.value() or "",
        )

    def update_counts(self) -> None:
        if not self.model.loaded:
            return
        date_from, date_to = self.date_range()
        total, shown = self.model.total_count(), self.model.rowCount()
        text = f"{date_from} 至 {date_to}：共 {total} 起事故"
        if shown != total:
            text += f"，筛选后显示 {shown} 起"
        self.count_label.setText(text + "。灰色行为不计入预警的事故（不予认定或已作废）。")

    def export_note(self) -> str:
        date_from, date_to = self.date_range()
        return f"事故日期：{chinese_date(date_from)}至{chinese_date(date_to)}"

    # -- detail -----------------------------------------------------------------------------------------
    def _load_persons(self, accident_id: str) -> None:
        for button in (self.edit_button, self.void_button):
            button.setEnabled(bool(accident_id))
        self._persons_token += 1
        row: AccidentRow | None = self.model.row_by_id(accident_id) if accident_id else None
        if row is None:
            self.detail_title.setText("未选择事故")
            self.detail_info.setText("")
            self.person_model.set_rows([])
            self.persons_label.setText("伤者")
            self._persons_of = ""
            return
        self.detail_title.setText(row.enterprise_name)
        info = [
            ("事故日期", row.occurred_on.isoformat()),
            ("事故编号", row.accident_no),
            ("信用代码", row.uscc),
            ("事故类别", row.category),
            ("事故地点", row.place),
            ("是否计入预警", counted_text(row)),
            ("事故经过", row.description),
        ]
        self.detail_info.setText(
            "<table>"
            + "".join(
                f"<tr><td style='color:#555; padding-right:8px'>{k}</td><td>{html.escape(v) or '—'}</td></tr>"
                for k, v in info
            )
            + "</table>"
        )
        try:
            persons = self.services.accidents.persons(accident_id)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc)
            return
        self.person_model.set_rows(persons)
        self.persons_label.setText(f"伤者（{len(persons)} 人）")
        self._persons_of = accident_id
        if self.show_ids.isChecked():  # another accident's numbers shown: a reveal of its own
            self._reveal()

    # -- records ----------------------------------------------------------------------------------------
    def new_record(self, uscc: str = "") -> None:
        from ...domain.rows import AccidentInput

        initial = AccidentInput(uscc=uscc, occurred_on=self.as_of) if uscc else None
        self._open_dialog("", initial)

    def open_selected(self) -> None:
        accident_id = self.view.current_id()
        if not accident_id:
            msg.notify("请先在表格中选择一起事故")
            return
        try:
            initial = self.services.accidents.input_of(
                accident_id, reveal=self.show_ids.isChecked()
            )
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc)
            return
        self._open_dialog(accident_id, initial)

    def _open_dialog(self, accident_id: str, initial) -> None:
        from ..dialogs.accident_dialog import AccidentDialog  # loads when first opened

        dlg = AccidentDialog(
            self.services,
            today=self.today,
            lookups=self.lookups,
            enterprises=self.enterprise_names(),
            accident_id=accident_id,
            initial=initial,
            parent=self,
        )
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        old = self.model.row_by_id(accident_id)
        dlg.saved.connect(lambda result: self._saved(result, old))
        dlg.finished.connect(
            lambda _r: setattr(self, "dialog", None) if self.dialog is dlg else None
        )
        self.dialog = dlg
        dlg.open()

    def _saved(self, result, old: AccidentRow | None) -> None:
        row: AccidentRow = result.accident
        date_from, date_to = self.date_range()
        if date_from <= row.occurred_on <= date_to:
            self.model.upsert(row)
            self.view.select_id(row.id)
            self._load_persons(row.id)
        elif old is not None:
            self.model.remove_id(row.id)
        self.update_counts()
        self.accident_saved.emit(result)
        if old is not None and old.enterprise_id != row.enterprise_id:
            # moved to another enterprise: the first one's count fell
            self.enterprise_recount.emit(old.enterprise_id)

    def delete_selected(self) -> None:
        """Void the selected accident (it stays on record, no longer counted)."""
        accident_id = self.view.current_id()
        row = self.model.row_by_id(accident_id) if accident_id else None
        if row is None:
            msg.notify("请先在表格中选择要作废的事故")
            return
        if row.voided:
            msg.notify("该事故已作废")
            return
        reason = msg.ask_text(
            self,
            "作废事故",
            f"作废 {row.occurred_on} “{row.enterprise_name}”的事故？\n"
            "作废后该事故不再计入预警（记录仍保留）。请填写作废原因：",
        )
        if reason is None:
            return
        if not reason.strip():
            msg.warning(self, "必须填写作废原因，事故未作废。")
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.services.accidents.void(accident_id, reason, today=self.today)
        except (GaotaiError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            msg.show_error(self, exc, action="作废事故")
            return
        QApplication.restoreOverrideCursor()
        self.model.upsert(result.accident)
        self._load_persons(accident_id)
        msg.notify(f"已作废事故：{row.occurred_on} {row.enterprise_name}")
        self.accident_saved.emit(result)
