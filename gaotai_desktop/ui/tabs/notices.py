"""预警通知 tab: documents due at each enterprise's tier and those issued, coloured by tier.

Actions on the selection (several rows may be selected):

- 约谈安排 changes the interview slot (date, time, room) a due letter will print: the plan shows
  each enterprise's slot before issuing, and issuing prints the slots shown.
- 预览草稿 renders a due letter as it would be issued, without a number and under a 草稿
  watermark: nothing is stored and no number is taken.
- 下发 issues the selected due documents (下发全部到期文书: every due one) off the GUI thread,
  behind a cancellable progress dialog; numbers are assigned and the PDFs stored by
  :class:`~gaotai_desktop.services.issuing.IssuingService` (whole documents only), whose report
  says what was stored and what could not be issued.
- 预览 shows the stored pages in Qt's print preview; 打印 prints them (each document is marked
  printed once it went to the printer); 另存为PDF writes the stored bytes unchanged.
- 批量打印 prints every issued document not yet printed, each followed by its 送达回证.

:attr:`NoticeTab.issuing` is the ``IssuingService`` and :attr:`NoticeTab.store` the
``DocumentStore`` of the window's services (built when first used: after the first paint). Stored
documents are fetched and marked printed by id.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QProgressDialog,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import chinese_date
from ...domain.document_rows import IssueReport
from ...domain.documents import DocumentKind, kind_rank
from ...domain.errors import GaotaiError
from ...domain.notices import (
    DUE,
    KIND_LABELS,
    RECEIPT,
    STATUS_LABELS,
    documents_per_kind,
    documents_to_number,
)
from ...domain.rows import NoticeRow
from ...domain.tiers import TIER_LABELS, Tier
from ...texts import draft_title, issue_list_text
from .. import messages as msg
from .. import printing
from ..dialogs.interview_slot import InterviewSlotDialog
from ..models.base import ROW_ROLE
from ..models.notices import NoticeFilter, NoticeModel
from ..widgets.filter_combo import FilterCombo
from ..widgets.search_box import SearchBox
from ..widgets.table_view import TableView
from ..workers import Task, run_cancellable, run_task
from .base import bar
from .enterprises import TIER_ORDER
from .notice_printing import PrintingTab, numbers_text
from .notice_reports import merge_reports, show_issue_problems

if TYPE_CHECKING:
    from ...services.container import Services
    from ...services.document_store import DocumentStore
    from ...services.issuing import IssuingService


log = logging.getLogger(__name__)


class NoticeTab(PrintingTab):
    title = "预警通知"
    settings_key = "notices"
    export_title = "预警通知"

    #: Documents were issued (list of DocumentRow); ``documents_printed``: see PrintingTab.
    documents_issued = Signal(list)
    #: A draft preview was opened (list of the PDFs shown, each without a number).
    draft_shown = Signal(list)

    def __init__(
        self,
        services: Services,
        *,
        as_of: dt.date,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.as_of = as_of
        self.settings = settings
        self.model: NoticeModel = NoticeModel(self)
        self.issue_task: Task | None = None
        #: Interview slots the clerk changed in the plan, by enterprise id (until issued).
        self.chosen_slots: dict[str, tuple[dt.datetime, str]] = {}
        self.slot_dialog: InterviewSlotDialog | None = None
        self.issue_progress: QProgressDialog | None = None
        self.print_job: printing.PrintJob | None = None
        self.preview_dialog: printing.PreviewDialog | None = None
        self._build_toolbar(settings)
        self._build_filters()
        self._build_table()
        self._build_layout()
        self._keyboard_flow()

    def _build_toolbar(self, settings: QSettings | None) -> None:
        self.toolbar = QToolBar("文书")
        self.toolbar.setObjectName("noticeToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions(settings)
        for a in (self.issue_action, self.issue_all_action, self.slot_action, self.draft_action):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()
        for a in (self.preview_action, self.print_action, self.save_pdf_action):
            self.toolbar.addAction(a)
        self.toolbar.addAction(self.receipt_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.batch_print_action)
        receipt_button = self.toolbar.widgetForAction(self.receipt_action)
        if isinstance(receipt_button, QToolButton):
            receipt_button.setObjectName("receiptToggle")
        for a in [*self.document_actions(), self.receipt_action]:
            self.addAction(a)
        for a in self.document_actions():
            a.setEnabled(False)

    def _build_actions(self, settings: QSettings | None) -> None:
        self.issue_action = self._make_action(
            "下发(&I)…", self.issue_selected, "为所选的待下发文书编号、生成并下发"
        )
        self.issue_all_action = self._make_action(
            "下发全部到期文书(&A)…", self.issue_all_due, "为全部待下发文书编号、生成并下发"
        )
        self.slot_action = self._make_action(
            "约谈安排(&T)…", self.change_slot, "更改所选待下发文书的约谈日期、时间和地点"
        )
        self.draft_action = self._make_action(
            "预览草稿(&D)",
            self.preview_draft,
            "不编号、不保存，按下发时的内容预览所选待下发文书（带“草稿”水印）",
        )
        self.preview_action = self._make_action(
            "预览(&V)", self.preview_selected, "预览所选的已下发文书（Enter 或双击）"
        )
        self.print_action = self._make_action(
            "打印(&P)…", self.print_selected, "打印所选的已下发文书（Ctrl+P）"
        )
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.save_pdf_action = self._make_action(
            "另存为PDF(&S)…", self.save_selected_pdf, "把所选文书下发时保存的 PDF 原样另存到文件"
        )
        self.batch_print_action = self._make_action(
            "批量打印(&B)…",
            self.batch_print,
            "打印全部尚未打印的已下发文书，每份文书后附送达回证",
        )
        self.receipt_action = QAction("附送达回证(&R)", self)
        self.receipt_action.setCheckable(True)
        self.receipt_action.setStatusTip("预览、打印和另存为PDF时在每份文书后附上它的送达回证")
        self.receipt_action.setToolTip(self.receipt_action.statusTip())
        if settings is not None:
            self.receipt_action.setChecked(
                str(settings.value("notices/with_receipt", "false")).lower() == "true"
            )
        self.receipt_action.toggled.connect(self._receipt_toggled)

    def _build_filters(self) -> None:
        self.search = SearchBox("搜索企业名称、信用代码或文号")
        self.search.setObjectName("noticeSearch")
        self.status_combo = FilterCombo("全部状态")
        self.status_combo.set_choices([(v, k) for k, v in STATUS_LABELS.items()])
        self.tier_combo = FilterCombo("全部等级")
        self.tier_combo.set_choices([(TIER_LABELS[t], int(t)) for t in TIER_ORDER[:3]])
        self.kind_combo = FilterCombo("全部文书")
        self.kind_combo.set_choices([(v, k) for k, v in KIND_LABELS.items() if k != RECEIPT])
        self._filter_on_change(self.status_combo, self.tier_combo, self.kind_combo)
        self.count_label = QLabel("正在加载…")
        self.count_label.setObjectName("noticeCount")

    def _build_table(self) -> None:
        self.view = TableView()
        self.view.setObjectName("noticeTable")
        self.view.setSelectionMode(TableView.SelectionMode.ExtendedSelection)
        self.view.setModel(self.model)
        self.view.open_requested.connect(lambda _i: self.open_selected())
        self.view.current_id_changed.connect(lambda _id: self._update_actions())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.model.modelReset.connect(self._update_actions)

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(
            bar(self.search, self.status_combo, self.tier_combo, self.kind_combo, None)
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    def _make_action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setToolTip(tip)

        def triggered(_checked: bool = False) -> None:
            self.bring_forward()
            slot()

        action.triggered.connect(triggered)
        return action

    def bring_forward(self) -> None:
        """Show this tab (the 文书 menu and Ctrl+P act on its selection from any tab)."""
        if self.isVisible():
            return
        w = self.parentWidget()
        while w is not None and not isinstance(w, QTabWidget):
            w = w.parentWidget()
        if w is not None:
            w.setCurrentWidget(self)

    def document_actions(self) -> list[QAction]:
        return [
            self.issue_action,
            self.issue_all_action,
            self.slot_action,
            self.draft_action,
            self.preview_action,
            self.print_action,
            self.save_pdf_action,
            self.batch_print_action,
        ]

    def _receipt_toggled(self, on: bool) -> None:
        if self.settings is not None:
            self.settings.setValue("notices/with_receipt", "true" if on else "false")

    @property
    def with_receipt(self) -> bool:
        return self.receipt_action.isChecked()

    def shutdown(self) -> None:
        super().shutdown()
        if self.issue_task is not None and self.issue_task.progress is not None:
            self.issue_task.progress.cancel()
        if self.print_job is not None:
            self.print_job.cancel()

    @property
    def issuing(self) -> IssuingService:
        """Issuing (the service is built on first use, after the first paint)."""
        return self.services.issuing

    @property
    def store(self) -> DocumentStore:
        """The store of issued documents (built on first use, after the first paint)."""
        return self.services.document_store

    def busy(self) -> bool:
        """Issuing or printing is under way."""
        return self.issue_task is not None or self.print_job is not None

    # -- loading ----------------------------------------------------------------------------------------
    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        self.count_label.setText("正在计算应下发的预警文书…")
        notices, issuing, as_of, day = self.services.notices, self.issuing, self.as_of, self.today
        chosen = dict(self.chosen_slots)

        def work():
            rows = notices.plan(as_of)
            if issuing is not None:  # the slot each interview letter would print, if issued now
                rows = issuing.plan_interviews(rows, as_of, today=day, chosen=chosen)
            return NoticeModel.prepare(rows)

        self._load_rows(work, "加载预警通知", on_loaded)

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
        head = f"截至 {chinese_date(self.as_of)} 共 {total} 份预警文书"
        if shown != total:
            head += f"，筛选后显示 {shown} 份"
        self.count_label.setText(f"{head}（{parts}）。")

    # -- selection --------------------------------------------------------------------------------------
    def selected_rows(self) -> list[NoticeRow]:
        sel = self.view.selectionModel()
        if sel is None:
            return []
        indexes = sorted(sel.selectedRows(), key=lambda i: i.row())
        return [i.data(ROW_ROLE) for i in indexes]

    def selected_due(self) -> list[NoticeRow]:
        return [r for r in self.selected_rows() if r.status == DUE]

    def selected_documents(self) -> dict[str, str]:
        """Document number -> id of the selected issued rows, once each (a county bulletin names
        several enterprises), in the order shown."""
        seen: dict[str, str] = {}
        for r in self.selected_rows():
            if r.status != DUE and r.doc_no:
                seen.setdefault(r.doc_no, r.document_id)
        return seen

    def selected_doc_nos(self) -> list[str]:
        return list(self.selected_documents())

    def all_due(self) -> list[NoticeRow]:
        return [r for r in self.model.all_rows() if r.status == DUE]

    @property
    def ready(self) -> bool:
        """The document services are there and nothing is under way."""
        return self.issuing is not None and self.store is not None and not self.busy()

    def _update_actions(self) -> None:
        ready = self.ready
        rows = self.selected_rows()
        has_due = any(r.status == DUE for r in rows)
        has_issued = any(r.status != DUE and r.doc_no for r in rows)
        self.issue_action.setEnabled(ready and has_due)
        self.slot_action.setEnabled(ready and self.slot_row() is not None)
        self.draft_action.setEnabled(ready and has_due)
        self.issue_all_action.setEnabled(ready and bool(self.all_due()))
        for a in (self.preview_action, self.print_action, self.save_pdf_action):
            a.setEnabled(ready and has_issued)
        self.batch_print_action.setEnabled(ready)

    def open_selected(self) -> None:
        """Enter / double-click: preview an issued document; offer to issue a due one."""
        rows = self.selected_rows()
        if not rows:
            return
        if any(r.status != DUE for r in rows):
            self.preview_selected()
        else:
            self.issue_selected()

    # -- interview slots --------------------------------------------------------------------------------
    def slot_row(self) -> NoticeRow | None:
        """The one selected due letter that prints an interview (several rows of one enterprise
        share its slot)."""
        rows = [r for r in self.selected_due() if r.interview_at is not None]
        return rows[0] if rows and len({r.enterprise_id for r in rows}) == 1 else None

    def shown_slots(self) -> dict[str, tuple[dt.datetime, str]]:
        """The interview slot shown for each enterprise with a due interview letter."""
        return {
            r.enterprise_id: (r.interview_at, r.interview_room)
            for r in self.model.all_rows()
            if r.status == DUE and r.interview_at is not None
        }

    def change_slot(self) -> InterviewSlotDialog | None:
        """约谈安排…: another date, time or room for the selected enterprise's interview."""
        row = self.slot_row()
        issuing = self.issuing
        if row is None or issuing is None or row.interview_at is None:
            msg.notify("请选择一家企业待下发的风险提示函或约谈通知书")
            return None
        try:
            rooms, hours, minutes = issuing.interview_choices()
        except GaotaiError as exc:
            msg.error(self, msg.error_text(exc))
            return None
        shown = self.shown_slots()
        day, ent_id = self.today, row.enterprise_id

        def check(at: dt.datetime, room: str) -> None:
            issuing.check_interview_slot(ent_id, at, room, today=day, chosen=shown)

        dlg = InterviewSlotDialog(
            row.name, (row.interview_at, row.interview_room), rooms=rooms, hours=hours,
            minutes=minutes, check=check, parent=self,
        )  # fmt: skip

        def chosen() -> None:
            if dlg.result_slot is not None:
                self.chosen_slots[ent_id] = dlg.result_slot
                msg.notify(f"已更改{row.name}的约谈安排，下发时按新的安排印制")
                self.load()

        dlg.accepted.connect(chosen)
        self.slot_dialog = dlg
        dlg.open()
        return dlg

    # -- drafts -----------------------------------------------------------------------------------------
    def preview_draft(self) -> None:
        """预览草稿: the selected due letters as they would be issued now (the interview slots
        shown), without numbers, under a 草稿 watermark, in the print preview. Nothing is stored,
        no number is taken."""
        issuing = self.issuing
        rows = self.selected_due()
        if issuing is None or not rows:
            msg.notify("请选择待下发的文书")
            return
        seen: set[tuple[str, str]] = set()
        wanted: list[NoticeRow] = []
        for r in rows:  # one county bulletin names every red enterprise
            key = (r.kind, "" if r.kind == DocumentKind.COUNTY_BULLETIN else r.enterprise_id)
            if key not in seen:
                seen.add(key)
                wanted.append(r)
        as_of, day, slots = self.as_of, self.today, self.shown_slots()

        def work() -> list[bytes]:
            return [
                issuing.draft(r.enterprise_id, r.kind, as_of, today=day, interview_slots=slots)
                for r in wanted
            ]

        def done(pdfs: list[bytes]) -> None:
            first = wanted[0]
            title = draft_title(KIND_LABELS.get(first.kind, first.kind), first.name, len(pdfs))
            dlg = printing.PreviewDialog(pdfs, title=title, parent=self.window())
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dlg.finished.connect(lambda _r: setattr(self, "preview_dialog", None))
            names = [r.name for r in wanted]
            dlg.printed.connect(lambda: self._draft_left(names, printed=True))
            dlg.saved.connect(lambda file, printer: self._draft_left(names, target=file or printer))
            self.preview_dialog = dlg
            self.draft_shown.emit(pdfs)
            dlg.open()

        msg.notify("正在生成草稿…")
        run_task(
            work, on_done=done, on_error=lambda e: msg.show_error(self, e, action="预览草稿"),
            owner=self,
        )  # fmt: skip

    def _draft_left(self, names: list[str], *, printed: bool = False, target: str = "") -> None:
        """Drafts went to paper or a file: recorded in the audit trail like issued documents."""
        try:
            self.services.document_store.record_draft_shown(names, printed=printed, target=target)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="记录草稿打印")

    # -- issuing ----------------------------------------------------------------------------------------
    def issue_selected(self) -> Task | None:
        """Issue the selected due documents (after a confirmation naming how many per kind)."""
        return self._issue(self.selected_due(), everything=False)

    def issue_all_due(self) -> Task | None:
        """Issue every document due (after a confirmation)."""
        return self._issue(self.all_due(), everything=True)

    def _issue(self, rows: list[NoticeRow], *, everything: bool) -> Task | None:
        if not self.ready:
            return None
        if not rows:
            msg.notify("没有待下发的文书" if everything else "所选行中没有待下发的文书")
            return None
        counts = documents_per_kind(rows)
        total = sum(counts.values())
        lines = "\n".join(f"    {KIND_LABELS.get(k, k)}  {n} 份" for k, n in counts.items())
        day = self.as_of
        text = (
            f"将下发以下文书，共 {total} 份：\n\n{lines}\n\n"
            f"{issue_list_text(documents_to_number(rows))}\n\n"
            f"下发日期为 {chinese_date(day)}。文号按顺序自动编排，"
            "下发后文书保存为 PDF，不能修改（如需更正须另发文书；"
            "下发前可先用“预览草稿”校对）。确定下发吗？"
        )
        if not msg.confirm(self, text, title="下发文书", ok_text="下发"):
            return None
        if everything:
            groups: list[tuple[list[str] | None, list[str] | None]] = [(None, None)]
        else:
            by_kind: dict[str, list[str]] = {}
            for r in rows:
                ids = by_kind.setdefault(r.kind, [])
                if r.enterprise_id not in ids:
                    ids.append(r.enterprise_id)
            groups = [([k], by_kind[k]) for k in sorted(by_kind, key=kind_rank)]
        return self._start_issue(groups, total)

    def _start_issue(
        self, groups: list[tuple[list[str] | None, list[str] | None]], expected: int
    ) -> Task:
        issuing, as_of = self.issuing, self.as_of
        assert issuing is not None
        day = self.today  # the window's date (it follows the clock), passed down
        slots = self.shown_slots()  # the letters print the slots the plan shows

        def work(progress) -> IssueReport:
            reports: list[IssueReport] = []
            done = 0
            for kinds, ids in groups:
                if progress.cancelled:
                    reports.append(IssueReport(cancelled=True))
                    break

                def report(n: int, _total: int, base: int = done) -> bool:
                    return progress(min(base + n, expected), expected)

                part = issuing.issue_due(
                    as_of, today=day, enterprise_ids=ids, kinds=kinds, progress=report,
                    interview_slots=slots,
                )  # fmt: skip
                reports.append(part)
                done += len(part.issued) + len(part.failed)
                if part.stopped_by is not None or part.cancelled:
                    break
            return merge_reports(reports)

        def finish() -> None:
            self.issue_task = None
            self.issue_progress = None
            self._update_actions()

        def failed(exc: BaseException) -> None:
            self.load()
            if isinstance(exc, GaotaiError | OSError):
                msg.error(self, f"下发失败，没有保存任何文书。\n\n{msg.error_text(exc)}")
            else:
                msg.show_error(self, exc, action="下发文书")

        task, self.issue_progress = run_cancellable(
            self,
            work,
            text=f"正在编号、生成并保存 {expected} 份文书…",
            title="下发文书",
            name="issueProgress",
            maximum=max(expected, 1),
            cancelling="正在取消下发（已在生成的一批文书完成后停止）…",
            on_done=self._issued,
            on_error=failed,
            on_finish=finish,
        )
        self.issue_task = task
        self._update_actions()
        return task

    def _issued(self, report: IssueReport) -> None:
        """Show what an issuing run stored (the report says so itself, even when cancelled or
        stopped part-way) and what could not be issued."""
        issued = list(report.issued)
        doc_nos = [d.doc_no for d in issued]
        if issued:
            text = f"已下发{len(issued)}份文书：{numbers_text(doc_nos)}"
            if report.cancelled:
                text += "（其余已取消，未下发）"
        else:
            text = "已取消下发，未下发任何文书" if report.cancelled else "没有需要下发的文书"
        if report.failed:
            text += f"；{len(report.failed)}份未能下发"
        first = issued[0].id if issued else ""

        def select_first() -> None:
            if first:
                self.view.select_id(first)
            msg.notify(text, 60_000)

        self.load(on_loaded=select_first)
        msg.notify(text, 60_000)
        self.documents_issued.emit(issued)
        show_issue_problems(self, report)
