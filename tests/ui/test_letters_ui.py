"""The 预警通知 tab's document actions through the real window: issue, preview, print, save, batch."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from gaotai_desktop.ui import printing

AS_OF_YEAR = 2026
#: The sample files' documents due at 2026-11-28 (see tests/fixtures).
SAMPLE_DUE = 15


def pages(pdf: bytes | Path) -> int:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return len(PdfReader(io.BytesIO(data)).pages)


def pdf_printer(path: Path, dpi: int = 72) -> QPrinter:
    """A printer writing a PDF file (low resolution: quick)."""
    printer = printing.new_printer(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


class PaperStandIn(QPrinter):
    """Stands in for a paper printer: the program sees a native printer named ``name`` (what
    :func:`printing.is_paper` asks), while Qt underneath writes each job into ``path`` so the
    pages can be counted. (Offscreen Qt has no native printer: a real CUPS queue goes through the
    same ``QPainter`` calls.)"""

    def __init__(self, path: Path, name: str = "办公室打印机", dpi: int = 72) -> None:
        super().__init__(QPrinter.PrinterMode.ScreenResolution)
        self.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.setFullPage(True)
        self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.setOutputFileName(str(path))
        self.setResolution(dpi)
        self.name = name

    def outputFormat(self) -> QPrinter.OutputFormat:  # type: ignore[override]
        return QPrinter.OutputFormat.NativeFormat

    def outputFileName(self) -> str:  # type: ignore[override]
        return ""

    def printerName(self) -> str:  # type: ignore[override]
        return self.name


@pytest.fixture
def printers(monkeypatch):
    """The printers the system has (default: one paper printer); tests change the list."""
    installed = ["办公室打印机"]
    monkeypatch.setattr(printing, "installed_printers", lambda: list(installed))
    return installed


def select(tab, predicate) -> list:
    """Select the rows matching ``predicate`` (as a user would with Ctrl+click)."""
    view, model = tab.view, tab.model
    view.clearSelection()
    chosen = []
    for r in range(model.rowCount()):
        row = model.row_at(r)
        if predicate(row):
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            view.selectionModel().select(model.index(r, 0), flags)
            if not chosen:
                view.selectionModel().setCurrentIndex(
                    model.index(r, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            chosen.append(row)
    return chosen


def issue_all(qtbot, tab) -> list:
    with (
        qtbot.waitSignal(tab.documents_issued, timeout=60_000) as issued,
        qtbot.waitSignal(tab.loaded, timeout=20_000),
    ):
        tab.issue_all_action.trigger()
    return issued.args[0]


class StoredDocs:
    """The window's store of issued documents, looked up by number as the tests name them."""

    def __init__(self, window) -> None:
        self.store = window.services.document_store

    def list(self, year=None):
        return self.store.list(year)

    def unprinted(self):
        return self.store.unprinted()

    def pdf(self, doc_no: str, **kw) -> bytes:
        return self.store.pdf(self.store.find(doc_no).id, **kw)

    def mark_printed(self, doc_no: str) -> None:
        self.store.mark_printed(self.store.find(doc_no).id)


@pytest.fixture
def tab(window):
    window.tabs.setCurrentWidget(window.notice_tab)
    return window.notice_tab


def test_issue_selected_rows_through_the_action(window, tab, qtbot, boxes):
    assert tab.issuing is window.services.issuing
    assert tab.store is window.services.document_store
    assert not tab.issue_action.isEnabled()  # nothing selected yet
    first_due = next(r for r in tab.model.all_rows() if r.status == "due")
    chosen = select(tab, lambda r: r.enterprise_id == first_due.enterprise_id)
    assert chosen and all(r.status == "due" for r in chosen)
    assert tab.issue_action.isEnabled()
    assert not tab.preview_action.isEnabled() and not tab.print_action.isEnabled()

    with (
        qtbot.waitSignal(tab.documents_issued, timeout=60_000) as issued,
        qtbot.waitSignal(tab.loaded, timeout=20_000),
    ):
        tab.issue_action.trigger()
    confirm = boxes.texts("confirm")[-1]
    assert f"共 {len(chosen)} 份" in confirm
    for r in chosen:
        assert f"{tab.model.display(r)[6]}  1 份" in confirm

    docs = StoredDocs(window).list(AS_OF_YEAR)
    assert sorted(d.kind for d in docs) == sorted(r.kind for r in chosen)
    assert sorted(d.doc_no for d in issued.args[0]) == sorted(d.doc_no for d in docs)
    now = [r for r in tab.model.all_rows() if r.enterprise_id == first_due.enterprise_id]
    assert now and all(r.status == "issued" and r.doc_no for r in now)
    message = window.statusBar().currentMessage()
    assert message.startswith(f"已下发{len(chosen)}份文书：") and docs[0].doc_no in message
    # the first issued document is selected: preview and print are ready
    assert tab.preview_action.isEnabled() and tab.print_action.isEnabled()
    assert not tab.issue_action.isEnabled()


def test_issue_all_due_then_nothing_is_due(window, tab, qtbot, boxes):
    assert tab.issue_all_action.isEnabled()
    issued = issue_all(qtbot, tab)
    assert len(issued) == SAMPLE_DUE
    assert (
        "共 15 份" in boxes.texts("confirm")[-1] and "全县通报  1 份" in boxes.texts("confirm")[-1]
    )
    assert not any(r.status == "due" for r in tab.model.all_rows())
    assert not tab.issue_all_action.isEnabled()
    message = window.statusBar().currentMessage()
    assert message.startswith("已下发15份文书：高人社发〔2026〕1号") and message.endswith("…")


def test_declined_confirmation_issues_nothing(window, tab, qtbot, boxes):
    boxes.confirm_answer = False
    assert tab.issue_all_due() is None
    assert StoredDocs(window).list() == []


def test_missing_glyph_is_explained_and_nothing_is_stored(window, tab, qtbot, boxes):
    office = window.services.office
    office.save(dataclasses.replace(office.get(), issuing_body="高台县人力资源和社会保障\ue000局"))
    with qtbot.waitSignal(tab.loaded, timeout=60_000):
        tab.issue_all_action.trigger()
    errors = boxes.texts("error")
    assert errors and "缺少以下字符" in errors[-1] and "没有保存任何文书" in errors[-1]
    assert StoredDocs(window).list() == []
    assert all(r.status == "due" for r in tab.model.all_rows())
    assert tab.issue_all_action.isEnabled()


def test_preview_paints_the_stored_pages(window, tab, qtbot, boxes, tmp_path):
    issue_all(qtbot, tab)
    doc_no = next(r.doc_no for r in tab.model.all_rows() if r.kind == "risk_notice")
    row = select(tab, lambda r: r.doc_no == doc_no)[0]
    stored = StoredDocs(window).pdf(row.doc_no)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # Enter on an issued row opens the preview
    dlg = tab.preview_dialog
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.painted_pages == pages(stored), timeout=10_000)
    assert row.doc_no in dlg.windowTitle()
    dlg.close()

    # the same paint routine onto a PDF printer: one printed page per stored page
    out = tmp_path / "painted.pdf"
    assert printing.paint_documents(pdf_printer(out), [stored]) == pages(stored)
    assert pages(out) == pages(stored)
    # with the receipt, from the 文书 menu while another tab is showing
    tab.receipt_action.setChecked(True)
    window.tabs.setCurrentWidget(window.enterprise_tab)
    tab.preview_action.trigger()
    assert window.tabs.currentWidget() is tab
    dlg = tab.preview_dialog
    qtbot.waitUntil(lambda: dlg.painted_pages == pages(stored) + 1, timeout=10_000)
    dlg.close()


def test_save_as_pdf_writes_the_stored_bytes(window, tab, qtbot, boxes, tmp_path):
    issue_all(qtbot, tab)
    docs = StoredDocs(window)
    doc_no = next(r.doc_no for r in tab.model.all_rows() if r.kind == "rectification")
    row = select(tab, lambda r: r.doc_no == doc_no)[0]
    written = tab.save_selected_pdf(tmp_path / "one")
    assert written == [tmp_path / "one.pdf"]
    assert written[0].read_bytes() == docs.pdf(row.doc_no)

    several = select(tab, lambda r: r.status != "due")
    folder = tmp_path / "all"
    folder.mkdir()
    written = tab.save_selected_pdf(folder)
    assert len(written) == len({r.doc_no for r in several})
    for path in written:
        doc_no = path.stem
        assert path.read_bytes() == docs.pdf(doc_no)
    # every file that left the program is in the audit trail, naming where it went
    saved = [e for e in window.services.audit.entries() if e.action == "export"]
    assert {e.detail for e in saved} >= {f"另存文书 {row.doc_no}：{tmp_path / 'one.pdf'}"} | {
        f"另存文书 {p.stem}：{folder}" for p in written
    }


def test_print_selection_marks_it_printed(
    window, tab, qtbot, boxes, tmp_path, monkeypatch, printers
):
    issue_all(qtbot, tab)
    out = tmp_path / "selection.pdf"
    paper = PaperStandIn(out)
    monkeypatch.setattr(printing, "choose_printer", lambda *_a, **_k: paper)
    chosen = select(tab, lambda r: r.kind in ("risk_notice", "interview_notice"))
    doc_nos = list(dict.fromkeys(r.doc_no for r in chosen))
    docs = StoredDocs(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=20_000)
    tab.view.setFocus()
    with qtbot.waitSignal(tab.documents_printed, timeout=30_000) as printed:
        qtbot.keyClick(tab.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    assert printed.args[0] == doc_nos
    # one job per document on paper: the stand-in's file holds the last job
    assert pages(out) == pages(docs.pdf(doc_nos[-1]))
    assert {d.doc_no for d in docs.list() if d.printed_at is not None} == set(doc_nos)
    qtbot.waitUntil(
        lambda: all(r.status == "printed" for r in tab.model.all_rows() if r.doc_no in doc_nos)
    )


def test_batch_print_prints_everything_with_receipts(
    window, tab, qtbot, boxes, tmp_path, monkeypatch, printers
):
    issue_all(qtbot, tab)
    docs = StoredDocs(window)
    out = tmp_path / "batch.pdf"
    monkeypatch.setattr(printing, "choose_printer", lambda *_a, **_k: PaperStandIn(out))
    with qtbot.waitSignal(tab.documents_printed, timeout=60_000) as printed:
        job = tab.batch_print()
    assert job is not None and len(printed.args[0]) == SAMPLE_DUE
    assert "共有 15 份" in boxes.texts("confirm")[-1]
    assert docs.unprinted() == []
    expected = sum(pages(docs.pdf(d, with_receipt=True)) for d in printed.args[0])
    assert job.pages == expected
    # nothing left: a second batch says so
    assert tab.batch_print() is None
    assert "都已打印" in boxes.texts("info")[-1]


def test_cancelled_batch_resumes_with_the_rest(
    window, tab, qtbot, boxes, tmp_path, monkeypatch, printers
):
    issue_all(qtbot, tab)
    docs = StoredDocs(window)
    numbers = sorted(d.doc_no for d in docs.list())
    chosen = iter([PaperStandIn(tmp_path / "first.pdf"), PaperStandIn(tmp_path / "second.pdf")])
    monkeypatch.setattr(printing, "choose_printer", lambda *_a, **_k: next(chosen))

    with qtbot.waitSignal(tab.documents_printed, timeout=60_000) as first:
        job = tab.batch_print()
        job.document_printed.connect(lambda _d: job.cancel())
    assert len(first.args[0]) == 1
    assert "已取消" in window.statusBar().currentMessage()
    left = docs.unprinted()
    assert len(left) == SAMPLE_DUE - 1
    assert pages(tmp_path / "first.pdf") == pages(docs.pdf(first.args[0][0], with_receipt=True))

    with qtbot.waitSignal(tab.documents_printed, timeout=60_000) as second:
        job2 = tab.batch_print()
    assert sorted(second.args[0]) == sorted(d.doc_no for d in left)
    assert first.args[0][0] not in job2.doc_nos
    assert docs.unprinted() == []
    assert sorted(d.doc_no for d in docs.list()) == numbers  # never re-numbered


def test_one_print_job_per_document_on_a_printer(window, tab, qtbot, boxes, tmp_path):
    """A real printer gets one job per document (named by its number), each marked after it."""
    issue_all(qtbot, tab)
    docs = StoredDocs(window)
    doc_nos = [d.doc_no for d in docs.unprinted()][:3]
    out = tmp_path / "job.pdf"
    job = printing.PrintJob(
        PaperStandIn(out), doc_nos, fetch=docs.pdf, mark=docs.mark_printed, parent=tab
    )
    assert job.to_paper and not job.one_job
    names = []
    job.document_printed.connect(lambda d: names.append((d, job.printer.docName())))
    with qtbot.waitSignal(job.finished, timeout=30_000) as finished:
        job.start()
    assert finished.args[0] == doc_nos and finished.args[1] is False
    assert names == [(d, d) for d in doc_nos]
    assert pages(out) == pages(docs.pdf(doc_nos[-1]))  # the file holds the last job
    assert {d.doc_no for d in docs.list() if d.printed_at} == set(doc_nos)


def test_a_corrected_document_shows_as_corrected(window, tab, qtbot, boxes):
    issue_all(qtbot, tab)
    row = next(r for r in tab.model.all_rows() if r.kind == "risk_notice")
    day = tab.as_of
    fixed = window.services.issuing.correct(row.document_id, as_of=day, today=day)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.refresh()
    shown = {r.doc_no: tab.model.display(r)[7] for r in tab.model.all_rows() if r.doc_no}
    assert shown[row.doc_no] == "已更正" and shown[fixed.doc_no] == "已下发"
    assert "已更正 1 份" in tab.count_label.text()


def test_save_as_pdf_never_overwrites_the_database(window, tab, qtbot, boxes, tmp_path):
    """A .pdf name planted as a link to the database is refused, not followed."""
    import hashlib

    issue_all(qtbot, tab)
    doc_no = next(r.doc_no for r in tab.model.all_rows() if r.kind == "rectification")
    select(tab, lambda r: r.doc_no == doc_no)
    db = Path(window.services.location)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    link = tmp_path / "letter.pdf"
    link.symlink_to(db)
    assert tab.save_selected_pdf(link) == []
    assert any("数据库" in t for t in boxes.texts("error")), boxes.shown
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


# -- printing tells the truth (issue #12 item 5) ------------------------------------------------------


def no_print_dialog(*_a, **_k):
    raise AssertionError("the print dialog must not open without a printer")


def test_no_printer_says_so_and_offers_save_as_pdf(
    window, tab, qtbot, boxes, tmp_path, monkeypatch, printers
):
    from gaotai_desktop.ui.tabs import notice_files

    printers.clear()  # a new office computer: no printer installed
    monkeypatch.setattr(printing, "choose_printer", no_print_dialog)
    issue_all(qtbot, tab)
    docs = StoredDocs(window)
    doc_no = next(r.doc_no for r in tab.model.all_rows() if r.kind == "risk_notice")
    select(tab, lambda r: r.doc_no == doc_no)
    target = tmp_path / "saved" / "提示函.pdf"
    target.parent.mkdir()
    asked = []

    def save_dialog(_parent, _title, default, _filter):
        asked.append(default)
        return str(target), ""

    monkeypatch.setattr(notice_files.QFileDialog, "getSaveFileName", save_dialog)
    # declined: nothing saved, nothing printed
    boxes.confirm_answer = False
    assert tab.print_selected() is None
    assert "没有安装打印机" in boxes.texts("confirm")[-1] and not asked
    # accepted: 另存为PDF writes the stored bytes; still nothing is printed
    boxes.confirm_answer = True
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=20_000)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    assert len(asked) == 1
    assert target.read_bytes() == docs.pdf(doc_no)
    assert len(docs.unprinted()) == len(docs.list())
    assert all(r.status != "printed" for r in tab.model.all_rows())
    assert "已另存 1 份文书" in window.statusBar().currentMessage()

    # batch print without a printer: the same offer, a folder of documents with their receipts
    monkeypatch.setattr(
        notice_files.QFileDialog, "getExistingDirectory", lambda *_a: str(target.parent)
    )
    assert tab.batch_print() is None
    assert "没有安装打印机" in boxes.texts("confirm")[-1]
    saved = sorted(p.name for p in target.parent.glob("*（附送达回证）.pdf"))
    assert len(saved) == SAMPLE_DUE
    assert len(docs.unprinted()) == SAMPLE_DUE
    # the folder is remembered for the next 另存为PDF
    assert Path(str(window.settings.value("paths/pdf"))) == target.parent


def test_print_to_file_is_saved_not_printed(
    window, tab, qtbot, boxes, tmp_path, monkeypatch, printers
):
    """The print dialog's "Print to File (PDF)": the file holds every page, nothing is printed."""
    issue_all(qtbot, tab)
    docs = StoredDocs(window)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "print.pdf"
    monkeypatch.setattr(printing, "choose_printer", lambda *_a, **_k: pdf_printer(out))
    chosen = select(tab, lambda r: r.kind in ("risk_notice", "rectification"))
    doc_nos = list(dict.fromkeys(r.doc_no for r in chosen))
    job = tab.print_selected()
    assert job is not None and not job.to_paper and job.one_job
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert pages(out) == sum(pages(docs.pdf(d)) for d in doc_nos)
    assert len(docs.unprinted()) == len(docs.list())  # nothing marked printed
    message = window.statusBar().currentMessage()
    assert "输出到文件" in message and str(out) in message and "不记为已打印" in message
    assert "已打印" not in message.replace("不记为已打印", "")
    assert tab.last_saved_text == message
    saved = {e.detail for e in window.services.audit.entries() if e.action == "export"}
    assert saved == {f"另存文书 {d}：{out}" for d in doc_nos}
    assert Path(str(window.settings.value("paths/pdf"))) == out_dir
    assert not window.settings.value("printing/printer")  # a file is not a printer


def test_virtual_pdf_printer_is_not_paper(tmp_path):
    class Writer(PaperStandIn):
        pass

    assert printing.is_paper(PaperStandIn(tmp_path / "a.pdf", "办公室打印机"))
    assert not printing.is_paper(Writer(tmp_path / "b.pdf", "Microsoft Print to PDF"))
    assert not printing.is_paper(Writer(tmp_path / "c.pdf", "Microsoft XPS Document Writer"))
    assert not printing.is_paper(pdf_printer(tmp_path / "d.pdf"))


def test_last_printer_is_offered_again(window, tab, qtbot, boxes, tmp_path, monkeypatch, printers):
    printers[:] = ["办公室打印机", "二楼打印机"]
    offered = []

    def dialog(_parent, _title, last=""):
        offered.append(last)
        return PaperStandIn(tmp_path / f"{len(offered)}.pdf", "二楼打印机")

    monkeypatch.setattr(printing, "choose_printer", dialog)
    issue_all(qtbot, tab)
    for kind in ("risk_notice", "rectification"):
        select(tab, lambda r, k=kind: r.kind == k)
        with qtbot.waitSignal(tab.documents_printed, timeout=30_000):
            tab.print_selected()
    assert offered == ["", "二楼打印机"]
    assert window.settings.value("printing/printer") == "二楼打印机"


def test_preview_print_to_file_marks_nothing(window, tab, qtbot, boxes, tmp_path):
    issue_all(qtbot, tab)
    docs = StoredDocs(window)
    doc_no = next(r.doc_no for r in tab.model.all_rows() if r.kind == "risk_notice")
    select(tab, lambda r: r.doc_no == doc_no)
    dlg = tab.preview_selected()
    assert dlg is not None
    out = tmp_path / "from_preview.pdf"
    # what the preview's print button does after its print dialog chose "Print to File"
    with qtbot.waitSignal(dlg.saved, timeout=10_000):
        dlg.paintRequested.emit(pdf_printer(out))
    assert pages(out) == pages(docs.pdf(doc_no))
    assert len(docs.unprinted()) == len(docs.list())
    assert str(out) in window.statusBar().currentMessage()
    # the same button on a paper printer marks it printed
    with qtbot.waitSignal(tab.documents_printed, timeout=10_000) as printed:
        dlg.paintRequested.emit(PaperStandIn(tmp_path / "paper.pdf"))
    assert printed.args[0] == [doc_no]
    dlg.close()
