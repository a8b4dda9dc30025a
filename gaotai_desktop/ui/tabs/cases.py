"""工伤认定 tab: every recognition case with the clock that runs, its due date and days left
(red overdue, amber due within 3 days), counted; the side panel shows the selected case's steps
(who, when, why) and its materials checklist."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QMenu,
    QPushButton,
    QWidget,
)

from ...domain.cases import CaseRow, Step, can_step
from ...domain.errors import GaotaiError
from ...texts import CASE_STATE_NAMES, CASE_STEP_NAMES, case_clock_text
from .. import messages as msg
from .. import printing
from ..models.cases import CaseFilterState, CaseModel
from .base import bar
from .side_panel import SidePanelTab, button

if TYPE_CHECKING:
    from ...services.container import Services

#: The step buttons: (step, button text, the domain steps that enable it).
ACTIONS: tuple[tuple[str, str, tuple[Step, ...]], ...] = (
    ("missing", "补正材料(&M)…", (Step.MISSING,)),
    ("complete", "材料补齐(&C)…", (Step.COMPLETE,)),
    ("accept", "受理(&A)…", (Step.ACCEPT,)),
    ("suspend", "中止(&U)…", (Step.SUSPEND,)),
    ("resume", "恢复(&R)…", (Step.RESUME,)),
    ("decide", "作出决定(&D)…", (Step.DECIDE, Step.TERMINATE, Step.NOT_ACCEPT)),
    ("served", "送达(&V)…", (Step.SERVE,)),
)


class CaseTab(SidePanelTab[CaseRow]):
    title = "工伤认定"
    settings_key = "cases"
    export_title = "工伤认定案件"
    row_type = CaseRow
    row_name = "一件案件"

    #: A case was added or moved (its new row): the accident register and the tiers may have
    #: changed (an application records its accident; a decision sets the outcome).
    case_changed = Signal(object)

    def __init__(self, services: Services, *, as_of: dt.date, parent: QWidget | None = None):
        super().__init__(services, as_of, "case", "搜索职工、用人单位、信用代码", parent)
        self.model: CaseModel = self._list(CaseModel(self))
        self.model.as_of = as_of
        self.late_only = QCheckBox("只看逾期和3天内到期(&L)")
        self.late_only.setObjectName("caseLateOnly")
        self.late_only.toggled.connect(lambda _c: self.apply_filter())
        self._filter_on_change()
        self.new_button = button("登记申请(&N)…", "case_new", self.new_record)
        self.buttons = {
            key: button(text, f"case_{key}", partial(self.open_step, key), enabled=False)
            for key, text, _steps in ACTIONS
        }
        self.documents_button = QPushButton("文书(&W)")
        self.documents_button.setObjectName("case_documents")
        self.documents_button.setEnabled(False)
        self.documents_menu = QMenu(self.documents_button)
        self.documents_menu.aboutToShow.connect(self._fill_documents_menu)
        self.documents_button.setMenu(self.documents_menu)
        #: 上门受理: the large intake form, on its own (nothing of the tab needs to be loaded).
        self.home_visit_action = QAction("上门受理(&H)…", self)
        self.home_visit_action.setObjectName("caseHomeVisit")
        self.home_visit_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.home_visit_action.triggered.connect(lambda _c=False: self.open_home_visit())
        self.home_visit_button = button("上门受理(&H)…", "case_home_visit", self.open_home_visit)
        self.preview: printing.PreviewDialog | None = None
        self.detail = self._detail_panel("未选择案件")
        self._lay_out(
            bar(self.search, self.late_only, None),
            bar(self.new_button, self.home_visit_button, *self.buttons.values(),
                self.documents_button, None),
            panel=self.detail,
        )  # fmt: skip
        self.view.sortByColumn(self.model.column_index("days_left"), Qt.SortOrder.AscendingOrder)

    # -- loading ----------------------------------------------------------------------------------------
    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        as_of = self.model.as_of = self.as_of
        cases = self.services.cases
        self.count_label.setText("正在加载工伤认定案件…")
        self._load_rows(
            lambda: CaseModel.prepare_as_of(cases.list(as_of), as_of), "加载工伤认定案件", on_loaded
        )

    def current_filter(self) -> CaseFilterState:
        return CaseFilterState(search=self.search.text(), late_only=self.late_only.isChecked())

    def update_counts(self) -> None:
        if not self.model.loaded:
            return
        rows = self.model.all_rows()
        overdue = sum(1 for r in rows if r.urgency == "overdue")
        soon = sum(1 for r in rows if r.urgency == "due_soon")
        self._show_count(f"共 {len(rows)} 件，已逾期 {overdue} 件，3天内到期 {soon} 件", "件")

    # -- detail -----------------------------------------------------------------------------------------
    def _show_detail(self, case_id: str) -> None:
        row = self.model.row_by_id(case_id) if case_id else None
        for key, _text, steps in ACTIONS:
            self.buttons[key].setEnabled(
                isinstance(row, CaseRow) and any(can_step(row.state, s) for s in steps)
            )
        self.documents_button.setEnabled(isinstance(row, CaseRow))
        if not isinstance(row, CaseRow):
            self._clear_detail()
            return
        self.detail_title.setText(f"{row.worker}：{row.enterprise_name}")
        try:
            events = self.services.cases.history(row.id)
            materials = self.services.cases.materials(row.id)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc)
            return
        esc = html.escape
        state = CASE_STATE_NAMES.get(row.state, row.state)
        clock = case_clock_text(row.clock, row.due, row.days_left)
        parts = [f"<p>{esc(state)}；{esc(clock)}</p>", "<p><b>经过</b></p><table>"]
        for e in events:
            parts.append(
                f"<tr><td style='color:#555; padding-right:6px'>{e.on_date.isoformat()}</td>"
                f"<td>{esc(CASE_STEP_NAMES.get(e.step, e.step))}"
                f"{'：' + esc(e.reason) if e.reason else ''}"
                f"<span style='color:#777'>（{esc(e.by)}）</span></td></tr>"
            )
        parts.append("</table><p><b>材料</b></p><table>")
        for m in materials:
            got = f"已收 {m.received_on.isoformat()}" if m.received and m.received_on else "未收"
            colour = "#000" if m.received else "#C62828"
            parts.append(
                f"<tr><td style='padding-right:6px'>{esc(m.item)}</td>"
                f"<td style='color:{colour}'>{got}</td></tr>"
            )
        parts.append("</table>")
        self.detail_info.setText("".join(parts))

    # -- actions ----------------------------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: 登记申请."""
        from ..dialogs.cases import CaseDialog

        self._open(CaseDialog(self.services, today=self.today, parent=self), self._after_dialog)

    def open_selected(self) -> None:
        """Enter: the first step the selected case may take."""
        row = self._chosen_row()
        if row is None:
            return
        for key, _text, _steps in ACTIONS:
            if self.buttons[key].isEnabled():
                self.open_step(key)
                return
        msg.notify(f"该案件{CASE_STATE_NAMES.get(row.state, row.state)}，无需办理")

    def open_step(self, key: str) -> QDialog | None:
        from ..dialogs.cases import CaseStepDialog

        row = self._chosen_row()
        if row is None:
            return None
        dlg = CaseStepDialog(self.services, row, key, today=self.today, parent=self)
        return self._open(dlg, self._after_dialog)

    def _after_dialog(self, saved: object) -> None:
        """A dialog saved ``saved``: the case as it is now in the list."""
        if not isinstance(saved, CaseRow):
            return
        new = self._reload_row(lambda: self.services.cases.get(saved.id, self.as_of))
        if new is not None:
            self.case_changed.emit(new)

    # -- 上门受理 ----------------------------------------------------------------------------------------
    def open_home_visit(self) -> QDialog:
        """The home-visit intake form; a case it saves joins the list if the list is loaded."""
        from ..dialogs.case_intake import CaseIntakeDialog

        dlg = CaseIntakeDialog(self.services, today=self.today, parent=self.window())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self._after_intake(dlg.result_row))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _after_intake(self, saved: object) -> None:
        if not isinstance(saved, CaseRow):
            return
        if self.model.loaded:
            self._after_dialog(saved)
        else:
            self.case_changed.emit(saved)

    # -- 文书 -------------------------------------------------------------------------------------------
    def _fill_documents_menu(self) -> None:
        """The documents the selected case's steps allow, then its 调查笔录 (taken or blank)."""
        from ...texts import (
            CASE_DOCUMENT_MENU_BLANK,
            CASE_DOCUMENT_MENU_INVESTIGATION,
            CASE_DOCUMENT_MENU_NONE,
            CASE_DOCUMENT_NAMES,
        )

        menu = self.documents_menu
        menu.clear()
        row = self.current_row()
        if row is None:
            return
        try:
            kinds = self.services.case_documents.available(row.id)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc)
            kinds = []
        for kind in kinds:
            action = menu.addAction(CASE_DOCUMENT_NAMES.get(kind, kind) + "…")
            action.setObjectName(f"caseDocument_{kind.short}")
            action.triggered.connect(lambda _c=False, k=kind.short: self.open_document(k))
        if not kinds:
            menu.addAction(CASE_DOCUMENT_MENU_NONE).setEnabled(False)
        menu.addSeparator()
        menu.addAction(CASE_DOCUMENT_MENU_INVESTIGATION).triggered.connect(
            lambda _c=False: self.open_investigation()
        )
        menu.addAction(CASE_DOCUMENT_MENU_BLANK).triggered.connect(
            lambda _c=False: self.open_investigation(blank=True)
        )

    def open_document(self, kind: str) -> printing.PreviewDialog | None:
        """Issue (the first time) or reprint as stored the selected case's document ``kind``
        with its 送达回证, in the print preview; printing it marks it printed."""
        from ...texts import case_document_issued_text
        from ..workers import run_busy

        row = self._chosen_row()
        if row is None:
            return None
        docs, store = self.services.case_documents, self.services.document_store

        def make() -> tuple[str, str, str, bytes]:
            doc = docs.issue(row.id, kind)
            return doc.id, doc.doc_no, doc.title, store.pdf(doc.id, with_receipt=True)

        try:
            doc_id, doc_no, title, data = run_busy(self, "正在出具文书…", make)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="出具文书")
            return None
        msg.notify(case_document_issued_text(doc_no, title), 30_000)
        dlg = printing.PreviewDialog([data], title=f"{title}（{doc_no}）", parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.printed.connect(lambda: self._mark_printed(doc_id))
        dlg.finished.connect(lambda _r: setattr(self, "preview", None))
        self.preview = dlg
        dlg.open()
        return dlg

    def _mark_printed(self, document_id: str) -> None:
        try:
            self.services.document_store.mark_printed(document_id)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc)

    def open_investigation(self, *, blank: bool = False) -> QDialog | None:
        """The 调查笔录 of the selected case (``blank``: straight to a blank one's preview)."""
        from ..dialogs.case_investigation import CaseInvestigationDialog

        row = self._chosen_row()
        if row is None:
            return None
        dlg = CaseInvestigationDialog(self.services, row, today=self.today, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dlg
        dlg.open()
        if blank:
            dlg.print_blank()
        return dlg
