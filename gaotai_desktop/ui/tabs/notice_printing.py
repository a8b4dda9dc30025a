"""Preview, print, batch print and 另存为PDF of the stored documents of the 预警通知 tab.

:class:`PrintingTab` is the base of :class:`~gaotai_desktop.ui.tabs.notices.NoticeTab`: every document is fetched by its id
from the ``DocumentStore`` as issued (byte for byte) and marked printed once it went to a paper
printer. Printing tells the truth: with no printer installed the tab says so and offers 另存为PDF
(no print dialog defaulting to a file); output into a file (the dialog's "Print to File", a PDF or
XPS writer) is reported as saved and marks nothing printed. The last printer and the last PDF
folder are remembered (:mod:`gaotai_desktop.ui.window_state`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtPrintSupport import QPrinter

from ... import texts
from ...domain.documents import kind_rank
from ...domain.errors import GaotaiError
from ...files.output import protected_paths
from .. import messages as msg
from .. import printing
from ..window_state import last_folder, last_printer, remember_folder, remember_printer
from ..workers import run_task
from .base import Tab
from .notice_files import save_pdfs

if TYPE_CHECKING:
    from ...services.container import Services
    from ...services.document_store import DocumentStore


#: Document numbers named in the status bar after issuing or printing.
SHOWN_NUMBERS = 3


def numbers_text(doc_nos: list[str]) -> str:
    shown = "、".join(doc_nos[:SHOWN_NUMBERS])
    return shown + (" …" if len(doc_nos) > SHOWN_NUMBERS else "")


class PrintingTab(Tab):
    """A tab of stored documents that previews, prints and saves them (the notice tab)."""

    #: Documents were printed (list of doc_no).
    documents_printed = Signal(list)

    services: Services
    settings: QSettings | None
    print_job: printing.PrintJob | None = None
    preview_dialog: printing.PreviewDialog | None = None
    last_saved_text = ""

    # what the tab provides
    @property
    def store(self) -> DocumentStore | None:
        """The stored documents (``None``: the document actions stay disabled)."""
        raise NotImplementedError

    def selected_documents(self) -> dict[str, str]:
        """The selected issued documents, number -> id."""
        raise NotImplementedError

    @property
    def ready(self) -> bool:
        raise NotImplementedError

    @property
    def with_receipt(self) -> bool:
        raise NotImplementedError

    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        raise NotImplementedError

    def _update_actions(self) -> None:
        raise NotImplementedError

    # -- preview ---------------------------------------------------------------------------------------
    def preview_selected(self) -> printing.PreviewDialog | None:
        """The stored pages of the selected documents in the print preview."""
        chosen = self.selected_documents()
        doc_nos = list(chosen)
        store = self.store
        if store is None or not doc_nos:
            msg.notify("请选择已下发的文书")
            return None
        try:
            pdfs = [store.pdf(i, with_receipt=self.with_receipt) for i in chosen.values()]
        except Exception as exc:
            msg.show_error(self, exc, action="读取文书")
            return None
        title = f"预览 - {doc_nos[0]}" + (f" 等 {len(doc_nos)} 份" if len(doc_nos) > 1 else "")
        dlg = printing.PreviewDialog(pdfs, title=title, parent=self.window())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.printed.connect(lambda: self._mark_after_preview(chosen))
        dlg.saved.connect(lambda file, name: self._saved_to_file(list(chosen), file, name))
        dlg.finished.connect(lambda _r: setattr(self, "preview_dialog", None))
        self.preview_dialog = dlg
        dlg.open()
        return dlg

    def _mark_after_preview(self, chosen: dict[str, str]) -> None:
        store = self.store
        assert store is not None

        def work() -> list[str]:
            for document_id in chosen.values():
                store.mark_printed(document_id)
            return list(chosen)

        def done(printed: list[str]) -> None:
            msg.notify(texts.printed_text(len(printed), numbers_text(printed)), 30_000)
            self.load()
            self.documents_printed.emit(printed)

        run_task(work, on_done=done, on_error=lambda e: msg.show_error(self, e, action="记录打印"))

    # -- printing --------------------------------------------------------------------------------------
    def print_selected(self) -> printing.PrintJob | None:
        """The print dialog, then every selected issued document (Ctrl+P)."""
        chosen = self.selected_documents()
        if not self.ready:
            return None
        if not chosen:
            msg.notify("请选择已下发的文书")
            return None
        printer = self.choose_printer(f"打印文书（{len(chosen)} 份）", chosen, self.with_receipt)
        if printer is None:
            return None
        return self.print_documents(printer, chosen, with_receipt=self.with_receipt)

    def choose_printer(
        self, title: str, documents: dict[str, str], with_receipt: bool
    ) -> QPrinter | None:
        """The print dialog on the printer used last. With no printer installed: say so and
        offer 另存为PDF of ``documents`` instead (``None`` either way)."""
        if not printing.installed_printers():
            if msg.confirm(self, texts.NO_PRINTER_TEXT, title="没有打印机", ok_text="另存为PDF…"):
                self.save_pdfs(documents, with_receipt)
            return None
        printer = printing.choose_printer(self, title, last=last_printer(self.settings))
        if printer is not None and printing.is_paper(printer):
            remember_printer(self.settings, printer.printerName())
        return printer

    def batch_print(self) -> printing.PrintJob | None:
        """Every issued document not yet printed, each followed by its 送达回证."""
        if not self.ready:
            return None
        assert self.store is not None
        try:
            pending = self.store.unprinted()
        except Exception as exc:
            msg.show_error(self, exc, action="读取未打印文书")
            return None
        if not pending:
            msg.info(self, "所有已下发的文书都已打印。", title="批量打印")
            return None
        pending.sort(key=lambda d: (d.year, d.issue_date, kind_rank(d.kind), d.seq))
        doc_nos = {d.doc_no: d.id for d in pending}
        listed = "\n".join(
            f"    {d.doc_no}  {d.kind_label}  {d.subjects[0][1] if d.subjects else ''}"
            + (f" 等 {len(d.subjects)} 家" if len(d.subjects) > 1 else "")
            for d in pending[:12]
        )
        more = f"\n    ……另有 {len(pending) - 12} 份" if len(pending) > 12 else ""
        text = (
            f"共有 {len(pending)} 份已下发的文书尚未打印：\n\n{listed}{more}\n\n"
            "将逐份打印，每份文书后附送达回证；每打印完一份即记为已打印，"
            "中途取消后再次批量打印只打印其余文书。继续吗？"
        )
        if not msg.confirm(self, text, title="批量打印", ok_text="选择打印机…"):
            return None
        printer = self.choose_printer(f"批量打印（{len(doc_nos)} 份）", doc_nos, True)
        if printer is None:
            return None
        return self.print_documents(printer, doc_nos, with_receipt=True, title="批量打印")

    def print_documents(
        self,
        printer,
        documents: dict[str, str],
        *,
        with_receipt: bool,
        title: str = "打印文书",
    ) -> printing.PrintJob:
        """Print ``documents`` (number -> id, in order): one print job per number, each fetched
        and marked printed by its id."""
        store = self.store
        assert store is not None
        job = printing.PrintJob(
            printer,
            list(documents),
            fetch=lambda d: store.pdf(documents[d], with_receipt=with_receipt),
            mark=lambda d: store.mark_printed(documents[d]),
            parent=self,
            title=title,
        )
        job.finished.connect(self._printed)
        self.print_job = job
        self._update_actions()
        return job.start()

    def _printed(self, printed: list, cancelled: bool, error: object) -> None:
        job = self.print_job
        self.print_job = None
        self._update_actions()
        if job is not None and not job.to_paper:
            file, name = printing.output_file(job.printer), job.printer.printerName()
            self._saved_to_file(printed, file, name)
            if isinstance(error, BaseException):
                msg.show_error(self, error, action="输出到文件")
            return
        text = texts.printed_text(len(printed), numbers_text(printed) if printed else "")
        if cancelled:
            text += "（其余已取消，未打印）"
        msg.notify(text, 60_000)
        if printed:
            self.load()
            self.documents_printed.emit(list(printed))
        if isinstance(error, BaseException):
            prefix = (
                f"已打印 {len(printed)} 份（已记为已打印），其余未打印。\n\n" if printed else ""
            )
            if isinstance(error, GaotaiError | OSError):
                msg.error(self, prefix + msg.error_text(error), title="打印")
            else:
                msg.show_error(self, error, action="打印")

    def _saved_to_file(self, doc_nos: list[str], file: str, printer_name: str) -> None:
        """Documents went into ``file`` (print to file) or to a PDF/XPS writer: saved, never
        printed, and said so."""
        if self.store is not None:
            try:
                self.store.record_saved(doc_nos, file or printer_name)
            except (GaotaiError, OSError) as exc:
                msg.show_error(self, exc, action="记录另存")
        if file:
            remember_folder(self.settings, "pdf", file)
            text = texts.saved_to_file_text(len(doc_nos), file)
        else:
            text = texts.virtual_printer_text(len(doc_nos), printer_name)
        self.last_saved_text = text  # the status bar shows it too
        msg.notify(text, 60_000)

    # -- saving ----------------------------------------------------------------------------------------
    def save_selected_pdf(self, path: str | Path | None = None) -> list[Path]:
        """Write the stored PDF of each selected document (byte for byte as issued).

        One document: a file name (``path`` or the save dialog); several: a folder, one file each.
        """
        chosen = self.selected_documents()
        if self.store is None or not chosen:
            msg.notify("请选择已下发的文书")
            return []
        return self.save_pdfs(chosen, self.with_receipt, path)

    def save_pdfs(
        self, documents: dict[str, str], with_receipt: bool, path: str | Path | None = None
    ) -> list[Path]:
        """另存为PDF of ``documents`` (number -> id), starting in the folder used last."""
        if self.store is None or not documents:
            return []
        start = last_folder(self.settings, "pdf")
        protected = protected_paths(self.services.location or "", self.services.backup_dir)
        written = save_pdfs(self, self.store, documents, with_receipt, path, start, protected)
        if written:
            remember_folder(self.settings, "pdf", written[0].parent)
        return written
