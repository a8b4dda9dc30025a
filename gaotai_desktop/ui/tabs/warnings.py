"""预警闭环 tab: every warning from issue to closing (预警下发 → 送达 → 整改反馈 → 效果评估).

The list shows each warning's state, delivery, the due date of its written answer and how late it
is (red overdue, amber due within 3 days). The side panel shows the selected warning's history (who,
when, why) and its measures; the buttons open the loop's dialogs, which call the warning service:
the service decides what is allowed, the buttons only follow the state for convenience.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from ...domain.errors import GaotaiError
from ...domain.loop import WarningRow
from ...texts import (
    LEVEL_NAMES,
    STATE_NAMES,
    TASK_NAMES,
    TASK_STATE_NAMES,
    TIER_NAMES,
    warning_state_line,
)
from .. import messages as msg
from ..models.warnings import WarningFilterState, WarningModel
from ..widgets.filter_combo import FilterCombo
from .base import bar
from .side_panel import SidePanelTab, button

if TYPE_CHECKING:
    from ...services.container import Services

#: Which dialog each button opens (``ui.dialogs.loop``), and in which states it applies.
ACTIONS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("deliver", "登记送达(&D)…", "DeliveryDialog", ("issued",)),
    ("feedback", "登记反馈(&F)…", "FeedbackDialog", ("delivered", "reopened")),
    ("evaluate", "效果评估(&V)…", "EvaluationDialog", ("feedback_received",)),
    ("interview", "约谈记录(&I)…", "InterviewRecordDialog", ()),
    ("inspection", "检查记录(&K)…", "InspectionDialog", ()),
    ("self_inspection", "企业自查(&S)…", "SelfInspectionDialog", ()),
)


class WarningTab(SidePanelTab[WarningRow]):
    title = "预警闭环"
    settings_key = "warnings"
    export_title = "预警闭环"
    row_type = WarningRow
    row_name = "一条预警"

    #: A warning changed (its new row); the window updates the 待办 counts.
    warning_changed = Signal(object)

    def __init__(self, services: Services, *, as_of: dt.date, parent: QWidget | None = None):
        super().__init__(services, as_of, "warning", "搜索企业、信用代码、文号", parent)
        self.model: WarningModel = self._list(WarningModel(self))
        self.model.as_of = as_of
        self.state_combo = FilterCombo("全部状态")
        self.state_combo.setObjectName("warningState")
        self.state_combo.set_choices([(name, key) for key, name in STATE_NAMES.items()
                                      if key not in ("printed", "corrected")])  # fmt: skip
        self.late_only = QCheckBox("只看逾期和3天内到期(&L)")
        self.late_only.setObjectName("warningLateOnly")
        self.late_only.toggled.connect(lambda _c: self.apply_filter())
        self._filter_on_change(self.state_combo)
        self.view.open_requested.connect(lambda _i: self.open_selected())
        self.buttons = {
            key: button(text, f"warning_{key}", partial(self.open_action, key), enabled=False)
            for key, text, _cls, _states in ACTIONS
        }
        self.detail = self._detail_panel("未选择预警")
        self._lay_out(
            bar(self.search, self.state_combo, self.late_only, None),
            bar(*self.buttons.values(), None),
            panel=self.detail,
        )
        self.view.sortByColumn(self.model.column_index("late"), Qt.SortOrder.AscendingOrder)

    # -- loading ----------------------------------------------------------------------------------------
    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        as_of = self.model.as_of = self.as_of
        warnings = self.services.warnings
        self.count_label.setText("正在加载预警…")
        self._load_rows(
            lambda: WarningModel.prepare_as_of(warnings.list(as_of), as_of), "加载预警", on_loaded
        )

    def current_filter(self) -> WarningFilterState:
        return WarningFilterState(
            search=self.search.text(),
            state=self.state_combo.value() or "",
            late_only=self.late_only.isChecked(),
        )

    def update_counts(self) -> None:
        if not self.model.loaded:
            return
        rows = self.model.all_rows()
        late = sum(1 for r in rows if r.overdue)
        open_ = sum(1 for r in rows if r.state != "closed" and not r.superseded)
        self._show_count(f"共 {len(rows)} 条预警，未办结 {open_} 条，逾期 {late} 条", "条")

    # -- detail -----------------------------------------------------------------------------------------
    def _show_detail(self, warning_id: str) -> None:
        row = self.model.row_by_id(warning_id) if warning_id else None
        for key, _text, _cls, states in ACTIONS:
            self.buttons[key].setEnabled(row is not None and (not states or row.state in states))
        if row is None:
            self._clear_detail()
            return
        self.detail_title.setText(f"{row.name}：{row.year}年{TIER_NAMES.get(row.tier, row.tier)}")
        try:
            events = self.services.warnings.history(row.id)
            tasks = self.services.warnings.tasks(self.as_of, warning_id=row.id)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc)
            return
        esc = html.escape
        parts = [f"<p>{esc(warning_state_line(row))}</p>", "<p><b>经过</b></p><table>"]
        for e in events:
            parts.append(
                f"<tr><td style='color:#555; padding-right:6px'>{e.on_date.isoformat()}</td>"
                f"<td>{esc(STATE_NAMES.get(e.to_state, e.to_state))}：{esc(e.reason)}"
                f"<span style='color:#777'>（{esc(e.actor)}）</span></td></tr>"
            )
        parts.append("</table><p><b>措施</b></p><table>")
        for t in tasks:
            due = t.due_on.isoformat() if t.due_on else "—"
            colour = {"overdue": "#C62828", "due_soon": "#B26A00"}.get(str(t.urgency), "#000")
            parts.append(
                f"<tr><td style='padding-right:6px'>{esc(LEVEL_NAMES.get(t.level, t.level))}</td>"
                f"<td>{esc(TASK_NAMES.get(t.kind, t.kind))}</td>"
                f"<td style='color:{colour}; padding-left:6px'>{due}</td>"
                f"<td style='padding-left:6px'>{esc(TASK_STATE_NAMES.get(t.state, t.state))}</td>"
                "</tr>"
            )
        parts.append("</table>")
        self.detail_info.setText("".join(parts))

    # -- actions ----------------------------------------------------------------------------------------
    def open_selected(self) -> None:
        """Enter: the next step of the selected warning's loop."""
        row = self._chosen_row()
        if row is None:
            return
        for key, _text, _cls, states in ACTIONS:
            if states and row.state in states:
                self.open_action(key)
                return
        msg.notify(f"该预警{STATE_NAMES.get(row.state, row.state)}，无需登记")

    def open_action(self, key: str) -> QWidget | None:
        from ..dialogs import loop, loop_records

        row = self._chosen_row()
        if row is None:
            return None
        cls_name = next(cls for k, _t, cls, _s in ACTIONS if k == key)
        module = loop if hasattr(loop, cls_name) else loop_records
        dlg = getattr(module, cls_name)(self.services, row, today=self.today, parent=self)
        return self._open(dlg, self._after_dialog)

    def _after_dialog(self, _saved: object) -> None:
        """A dialog saved: the selected warning as it is now in the list."""
        row = self.current_row()
        if row is None:
            return
        new = self._reload_row(lambda: self.services.warnings.get(row.id, self.as_of))
        if new is not None:
            msg.notify(warning_state_line(new))
            self.warning_changed.emit(new)

    def select_warning(self, warning_id: str) -> bool:
        """Show ``warning_id`` (from the 待办 list), clearing filters that hide it."""
        if not self.view.select_id(warning_id):
            self.search.clear()
            self.state_combo.set_value(None)
            self.late_only.setChecked(False)
            self.apply_filter()
            if not self.view.select_id(warning_id):
                return False
        self.view.setFocus()
        return True
