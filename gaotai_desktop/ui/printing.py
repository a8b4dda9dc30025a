"""Previewing and printing the stored PDFs: each stored page is painted as one printer page.

What is printed is exactly what was issued: the stored PDF's pages are rendered to pixels
(:mod:`gaotai_desktop.files.pdf_pages`, at the printer's resolution capped at :data:`MAX_DPI`) and
drawn at their physical size (A4 onto A4; a smaller paper gets the page scaled to fit).

:class:`PrintJob` prints several documents off the GUI thread: a worker fetches and renders one
document while the GUI thread paints the previous one; each document is its own print job (named by
its document number) and is marked printed as soon as it has been handed to the printer, so a
cancelled or interrupted batch resumes with the rest.

Only paper is "printed" (:func:`is_paper`): output into a file (Qt's "Print to File (PDF)", or a
virtual printer such as "Microsoft Print to PDF") makes one job of the whole batch, so the file holds
every document, and marks nothing printed: the caller says the documents were saved to a file.

Seams for tests (offscreen Qt has no native printer): :func:`installed_printers` (the system's
printer queues) and :func:`choose_printer` (the print dialog, returning a ``QPrinter``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QApplication, QWidget

from ..files import pdf_pages
from ..files.pdf_pages import PageImage
from . import messages as msg
from .workers import close_progress, progress_dialog, run_task

log = logging.getLogger(__name__)

#: Pages are rendered at the printer's resolution, but never finer than this.
MAX_DPI = 300.0
#: A long preview keeps every page in memory: render it coarser.
PREVIEW_LONG_DPI = 150.0
PREVIEW_LONG_PAGES = 8


def new_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    """A4 portrait, colour (the issuing-body mark is red), the page drawn edge to edge."""
    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setColorMode(QPrinter.ColorMode.Color)
    printer.setFullPage(True)
    return printer


#: Printer names that write files rather than paper (Windows' and CUPS' PDF/XPS/fax writers).
VIRTUAL_PRINTER_WORDS = ("PDF", "XPS", "ONENOTE", "FAX", "传真", "WRITER")


def installed_printers() -> list[str]:
    """The printer queues the system knows (CUPS, Windows); empty when none is installed."""
    return list(QPrinterInfo.availablePrinterNames())


def is_virtual_name(name: str) -> bool:
    upper = name.upper()
    return any(word in upper for word in VIRTUAL_PRINTER_WORDS)


def is_paper(printer: QPrinter) -> bool:
    """The output goes to a paper printer: a native printer, not a file, not a PDF/XPS writer."""
    return (
        printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        and not printer.outputFileName()
        and not is_virtual_name(printer.printerName())
    )


def output_file(printer: QPrinter) -> str:
    """The file a printer writes into (Qt's "Print to File"), or ``""``."""
    return printer.outputFileName()


def choose_printer(parent: QWidget | None, title: str = "打印", last: str = "") -> QPrinter | None:
    """The print dialog, on ``last`` (the printer chosen last time) when it is still installed;
    ``None`` when cancelled."""
    printer = new_printer()
    if last and last in installed_printers():
        printer.setPrinterName(last)
    dlg = QPrintDialog(printer, parent)
    dlg.setWindowTitle(title)
    dlg.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
    dlg.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dlg.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    if dlg.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    printer.setFullPage(True)
    return printer


def render_dpi(printer: QPrinter, cap: float = MAX_DPI) -> float:
    return float(max(36, min(printer.resolution(), cap)))


def to_qimage(page: PageImage) -> QImage:
    """A deep copy (the picture recorded by the preview keeps it after ``page`` is gone)."""
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()


def target_rect(printer: QPrinter, page: PageImage) -> QRectF:
    """Where the page goes in device pixels: its physical size from the paper's top-left corner;
    scaled down (keeping proportions, centred) if the paper is smaller."""
    res = printer.resolution()
    width = page.width_pt / pdf_pages.POINTS_PER_INCH * res
    height = page.height_pt / pdf_pages.POINTS_PER_INCH * res
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    if width <= paper.width() + 1 and height <= paper.height() + 1:
        return QRectF(0, 0, width, height)
    scale = min(paper.width() / width, paper.height() / height)
    w, h = width * scale, height * scale
    return QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h)


class PagePainter:
    """Paints rendered pages onto an active ``QPainter`` on ``printer``, one per printer page."""

    def __init__(self, printer: QPrinter, painter: QPainter) -> None:
        self.printer = printer
        self.painter = painter
        self.pages = 0
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)

    def paint(self, pages: Sequence[PageImage]) -> int:
        for page in pages:
            if self.pages and not self.printer.newPage():
                raise OSError("打印机拒绝了新的一页")
            self.painter.drawImage(target_rect(self.printer, page), to_qimage(page))
            self.pages += 1
        return len(pages)


def is_preview(printer: QPrinter) -> bool:
    """The print preview paints onto a picture engine; real printing (or a file) does not."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def paint_documents(printer: QPrinter, pdfs: Sequence[bytes], *, cap: float = MAX_DPI) -> int:
    """Paint every page of ``pdfs`` onto ``printer`` in one job; returns the number of pages."""
    dpi = render_dpi(printer, cap)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("无法开始打印：打印机不可用或输出文件无法写入")
    try:
        pp = PagePainter(printer, painter)
        for pdf in pdfs:
            for page in pdf_pages.iter_pages(pdf, dpi):
                pp.paint([page])
        return pp.pages
    finally:
        painter.end()


class PreviewDialog(QPrintPreviewDialog):
    """Qt's print preview over the stored pages. Printing from it marks the documents printed
    (``printed`` is emitted after a real print, not after drawing the preview)."""

    printed = Signal()
    #: The preview's print button wrote into a file or a virtual printer: saved, not printed
    #: (the file, or ``""``; the printer's name).
    saved = Signal(str, str)

    def __init__(
        self,
        pdfs: Sequence[bytes],
        *,
        title: str,
        parent: QWidget | None = None,
        landscape: bool = False,
    ) -> None:
        self._printer = new_printer()
        if landscape:  # lists are laid out across the page
            self._printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        super().__init__(self._printer, parent)
        self.setObjectName("documentPreview")
        self.setWindowTitle(title)
        self.pdfs = list(pdfs)
        self.page_total = sum(pdf_pages.page_count(p) for p in self.pdfs)
        self.painted_pages = 0
        self.paintRequested.connect(self._paint)
        self.resize(900, 760)

    def _paint(self, printer: QPrinter) -> None:
        preview = is_preview(printer)
        cap = PREVIEW_LONG_DPI if preview and self.page_total > PREVIEW_LONG_PAGES else MAX_DPI
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.painted_pages = paint_documents(printer, self.pdfs, cap=cap)
        except OSError as exc:
            QApplication.restoreOverrideCursor()
            msg.show_error(self, exc, action="打印")
            return
        QApplication.restoreOverrideCursor()
        if preview:
            return
        if is_paper(printer):
            self.printed.emit()
        else:
            self.saved.emit(output_file(printer), printer.printerName())


class PrintJob(QObject):
    """Print documents one after another; see the module docstring.

    ``fetch(doc_no) -> bytes`` and ``mark(doc_no)`` run in worker threads.
    """

    #: A document went to the printer and is marked printed (to paper) or into the file.
    document_printed = Signal(str)
    #: (doc_nos printed or written to the file, cancelled, error or None)
    finished = Signal(list, bool, object)

    def __init__(
        self,
        printer: QPrinter,
        doc_nos: Sequence[str],
        *,
        fetch: Callable[[str], bytes],
        mark: Callable[[str], None],
        parent: QWidget | None = None,
        title: str = "打印文书",
    ) -> None:
        super().__init__(parent)
        self.printer = printer
        self.doc_nos = list(doc_nos)
        self.fetch = fetch
        self.mark = mark
        self.parent_widget = parent
        self.printed: list[str] = []
        self.cancelled = False
        self.done = False
        self.closed = False
        self.dpi = render_dpi(printer)
        #: Paper: each document marked printed after it went to the printer. A file: nothing marked.
        self.to_paper = is_paper(printer)
        self.one_job = not self.to_paper
        #: Pages painted over every job.
        self.pages = 0
        self._painter: QPainter | None = None
        self._pages: PagePainter | None = None
        self.progress = progress_dialog(
            parent, "正在准备打印…", title, name="printProgress", maximum=max(len(self.doc_nos), 1)
        )
        self.progress.canceled.connect(self.cancel)

    # -- control ----------------------------------------------------------------------------------
    def start(self) -> PrintJob:
        self.progress.setValue(0)
        self._next(None)
        return self

    def cancel(self) -> None:
        """Stop after the document being painted (never half a document)."""
        if not self.done and not self.cancelled:
            self.cancelled = True
            msg.notify("正在取消打印（当前文书打印完后停止）…")

    # -- steps --------------------------------------------------------------------------------------
    def _next(self, just_painted: str | None) -> None:
        """Worker: mark the document just painted, then fetch and render the next one."""
        index = len(self.printed) + (1 if just_painted else 0)
        nxt = None if self.cancelled or index >= len(self.doc_nos) else self.doc_nos[index]
        fetch, mark, dpi, to_paper = self.fetch, self.mark, self.dpi, self.to_paper

        def work():
            if just_painted is not None and to_paper:
                mark(just_painted)
            if nxt is None:
                return None
            return pdf_pages.render_pages(fetch(nxt), dpi)

        def done(pages) -> None:
            if just_painted is not None:
                self.printed.append(just_painted)
                self.document_printed.emit(just_painted)
            if nxt is None or self.cancelled:
                self._finish(None)
                return
            self._paint(nxt, pages)

        run_task(work, on_done=done, on_error=self._finish, owner=self)

    def _paint(self, doc_no: str, pages: list[PageImage]) -> None:
        n = len(self.printed)
        self.progress.setLabelText(f"正在打印 {doc_no}（第 {n + 1} 份，共 {len(self.doc_nos)} 份）")
        self.progress.setValue(n)
        try:
            if self._painter is None:
                self.printer.setDocName(doc_no if not self.one_job else "预警文书")
                painter = QPainter()
                if not painter.begin(self.printer):
                    raise OSError("无法开始打印：打印机不可用或输出文件无法写入")
                self._painter = painter
                self._pages = PagePainter(self.printer, painter)
            assert self._pages is not None
            copies = 1 if self.printer.supportsMultipleCopies() else self.printer.copyCount()
            for _ in range(max(copies, 1)):
                self.pages += self._pages.paint(pages)
            if not self.one_job:
                self._end_painter()
        except OSError as exc:
            self._finish(exc)
            return
        self._next(doc_no)

    def _end_painter(self) -> None:
        if self._painter is not None:
            self._painter.end()
        self._painter = None
        self._pages = None

    def _finish(self, error: BaseException | None) -> None:
        if self.done:
            return
        self.done = True
        self._end_painter()
        self.progress.setValue(len(self.printed))
        close_progress(self.progress)
        log.info(
            "printed %d of %d documents (cancelled=%s, error=%r)",
            len(self.printed),
            len(self.doc_nos),
            self.cancelled,
            error,
        )
        self.finished.emit(list(self.printed), self.cancelled, error)
