"""Tables in and out of the window: import (file dialog, preview, all-or-nothing import with
progress and cancel), the preview's problem list and the blank import templates saved as .xlsx,
export of the current table to .xlsx, and the current table as a PDF list (saved, or previewed and
printed).

Exports look like the screen: title, 统计截止日期, the visible columns and rows in their order, tier
colours with the tier in words (:class:`~gaotai_desktop.files.xlsx_export.TableSheet`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from .. import texts
from ..domain.errors import GaotaiError, ImportCancelled, ImportFailed
from ..files.import_templates import write_template
from ..files.output import check_extension, check_output, write_output
from ..files.problem_report import write_problem_report
from ..files.xlsx_export import TableSheet, write_sheet
from . import messages as msg
from . import printing
from .dialogs.import_preview import KIND_TITLES, ImportPreviewDialog
from .window_state import last_folder, remember_folder
from .workers import Task, run_busy, run_cancellable

if TYPE_CHECKING:
    from ..letters.fonts import FontSet
    from ..services.audit import AuditService
    from ..services.importing import ImportPreview, ImportResult, ImportService
    from .tabs.base import Tab

FILE_FILTER = "表格文件 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"
XLSX_FILTER = "Excel 工作簿 (*.xlsx)"
TEMPLATE_NAMES = {"enterprises": "企业导入模板", "incidents": "事故导入模板"}


class FileTransfers(QObject):
    """Imports and exports for one window; remembers the folders last used."""

    #: An import wrote its rows (ImportResult).
    imported = Signal(object)
    #: An import finished (ImportResult) or failed/cancelled (the exception).
    finished = Signal(object)

    def __init__(
        self,
        window: QWidget,
        importer: Callable[[], ImportService],
        settings: QSettings,
        today: Callable[[], dt.date],
        protected: Iterable[Path] = (),
        fonts: Callable[[], FontSet] | None = None,
        audit: Callable[[], AuditService] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        #: The import service, built when first asked for (not before the first paint).
        self.importer = importer
        self.settings = settings
        #: The date imports check against (the window's, which follows the clock).
        self.today = today
        #: What an export must never overwrite: the open database and its backups.
        self.protected = list(protected)
        #: The letters' fonts (the office settings' choice), for PDF lists.
        self.fonts = fonts
        #: Records exports and prints in the audit trail (the service, fetched when first used).
        self.audit = audit
        #: The print preview of the last PDF list.
        self.list_preview: printing.PreviewDialog | None = None
        self.dialog: ImportPreviewDialog | None = None
        self.progress: QProgressDialog | None = None
        self.task: Task | None = None

    def sheet(self, tab: Tab) -> TableSheet:
        """The tab's table as shown, with its title and 统计截止日期 line."""
        title = tab.export_title or tab.title
        subtitle = "；".join(p for p in (texts.as_of_text(self.today()), tab.export_note()) if p)
        return tab.export_sheet(title, subtitle)

    def _target(
        self, path: str | Path | None, title: str, suffix: str, purpose: str
    ) -> Path | None:
        """``path``, or the save dialog in the folder used last for ``purpose``."""
        if path is None:
            default = (
                last_folder(self.settings, purpose) / f"{title}_{self.today().isoformat()}{suffix}"
            )
            kind = "Excel 工作簿 (*.xlsx)" if suffix == ".xlsx" else "PDF 文件 (*.pdf)"
            caption = "导出当前表格" if suffix == ".xlsx" else "把当前表格另存为PDF"
            chosen, _ = QFileDialog.getSaveFileName(self.window, caption, str(default), kind)
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(suffix) else chosen + suffix
        path = Path(path)
        remember_folder(self.settings, purpose, path.parent)
        return path

    def _write(
        self, path: Path, suffix: str, write: bytes | Callable[[BinaryIO], object], action: str
    ) -> Path | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            check_output(path, self.protected)
            check_extension(path, (suffix,))
            path = write_output(path, write, protected=self.protected)
        except (GaotaiError, OSError) as exc:  # the database itself, a full disk, ...
            QApplication.restoreOverrideCursor()
            msg.show_error(self.window, exc, action=action)
            return None
        QApplication.restoreOverrideCursor()
        return path

    def export_table(self, tab: Tab, path: str | Path | None = None) -> Path | None:
        """The tab's table (as shown: filtered and sorted, coloured) to an .xlsx file."""
        sheet = self.sheet(tab)
        target = self._target(path, sheet.title, ".xlsx", "export")
        if target is None:
            return None
        written = self._write(target, ".xlsx", lambda fh: write_sheet(fh, sheet), "导出")
        if written is not None:
            self._audited(sheet, str(written))
            msg.notify(f"已导出 {len(sheet.rows)} 行到 {written}")
        return written

    def list_pdf(self, tab: Tab) -> tuple[TableSheet, bytes]:
        """The tab's table as a PDF list (the letters' fonts)."""
        from ..files.table_pdf import write_table_pdf  # ReportLab: not before the first paint

        sheet = self.sheet(tab)
        fonts = self.fonts() if self.fonts is not None else None
        if fonts is None:
            from ..letters.fonts import FontSet

            fonts = FontSet.bundled()
        today = self.today()
        data = run_busy(
            self.window,
            f"正在生成“{sheet.title}”PDF（{len(sheet.rows)} 行）…",
            lambda: write_table_pdf(sheet, fonts, printed_on=today),
        )
        return sheet, data

    def export_pdf(self, tab: Tab, path: str | Path | None = None) -> Path | None:
        """The tab's table as a PDF list, saved to a file (另存为PDF)."""
        title = tab.export_title or tab.title
        target = self._target(path, title, ".pdf", "pdf")
        if target is None:
            return None
        try:
            sheet, data = self.list_pdf(tab)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self.window, exc, action="生成PDF")
            return None
        written = self._write(target, ".pdf", data, "另存为PDF")
        if written is not None:
            self._audited(sheet, str(written))
            msg.notify(f"已把“{sheet.title}”（{len(sheet.rows)} 行）另存为PDF：{written}", 30_000)
        return written

    def print_table(self, tab: Tab) -> printing.PreviewDialog | None:
        """The tab's table as a PDF list in the print preview (print from there). With no printer
        installed: say so and offer 另存为PDF."""
        if not printing.installed_printers():
            if msg.confirm(
                self.window, texts.NO_PRINTER_LIST_TEXT, title="没有打印机", ok_text="另存为PDF…"
            ):
                self.export_pdf(tab)
            return None
        try:
            sheet, data = self.list_pdf(tab)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self.window, exc, action="生成PDF")
            return None
        dlg = printing.PreviewDialog(
            [data], title=f"打印 - {sheet.title}", parent=self.window, landscape=True
        )
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.printed.connect(lambda: self._audited(sheet, "打印机", printed=True))
        dlg.printed.connect(lambda: msg.notify(f"已打印“{sheet.title}”", 30_000))
        dlg.saved.connect(
            lambda file, name: msg.notify(
                f"已把“{sheet.title}”输出到 {file or name}（保存为PDF，未打印）", 30_000
            )
        )
        dlg.finished.connect(lambda _r: setattr(self, "list_preview", None))
        self.list_preview = dlg
        dlg.open()
        return dlg

    def _audited(self, sheet: TableSheet, target: str, *, printed: bool = False) -> None:
        if self.audit is None:
            return
        try:
            self.audit().record_export(sheet.title, target, len(sheet.rows), printed=printed)
        except (GaotaiError, OSError) as exc:  # the file is written; say the record failed
            msg.show_error(self.window, exc, action="记录审计日志")

    def _save_as(
        self, path: str | Path | None, caption: str, default_name: str, purpose: str
    ) -> Path | None:
        """``path``, or a save dialog (over the import preview when it is open) in the folder used
        last for ``purpose``; the name ends in .xlsx."""
        if path is None:
            parent = self.dialog if self.dialog is not None else self.window
            start = last_folder(self.settings, purpose) / default_name
            chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(start), XLSX_FILTER)
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx"
        path = Path(path)
        remember_folder(self.settings, purpose, path.parent)
        return path

    def save_template(
        self,
        kind: str,
        path: str | Path | None = None,
        *,
        townships: Sequence[str] | None = None,
        categories: Sequence[str] | None = None,
    ) -> Path | None:
        """文件 → 下载导入模板: a blank template (drop-downs from the database's lists)."""
        name = TEMPLATE_NAMES[kind]
        chosen = self._save_as(path, f"保存{name}", f"{name}.xlsx", "template")
        if chosen is None:
            return None
        written = self._write(
            chosen,
            ".xlsx",
            lambda fh: write_template(kind, fh, townships=townships, categories=categories),
            "保存导入模板",
        )
        if written is not None:
            msg.notify(f"已保存{name}：{written}")
        return written

    def export_problems(
        self, preview: ImportPreview, path: str | Path | None = None
    ) -> Path | None:
        """The preview's problems (row, column, the cell, reason) to .xlsx, to send back."""
        stem = Path(preview.file).stem
        chosen = self._save_as(path, "导出问题清单", f"{stem}_问题清单.xlsx", "problems")
        if chosen is None:
            return None
        values = preview.problem_values or tuple("" for _ in preview.problems)
        rows = [
            (p.row, p.column or "", value, msg.import_reason_text(p))
            for p, value in zip(preview.problems, values, strict=True)
        ]
        written = self._write(
            chosen,
            ".xlsx",
            lambda fh: write_problem_report(fh, texts.IMPORT_PROBLEM_HEADERS, rows),
            "导出问题清单",
        )
        if written is not None:
            msg.notify(f"已导出 {len(rows)} 个问题到 {written}")
        return written

    # -- import -----------------------------------------------------------------------------------------
    def import_file(self, kind: str, path: str | Path | None = None) -> None:
        """File dialog -> preview (off the GUI thread) -> preview dialog -> import on confirm."""
        if path is None:
            start = last_folder(self.settings, "import")
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, KIND_TITLES[kind], str(start), FILE_FILTER
            )
            if not chosen:
                return
            path = chosen
        path = Path(path)
        remember_folder(self.settings, "import", path.parent)
        try:
            preview = self._preview(kind, path, update=False)
        except Exception as exc:
            msg.show_error(self.window, exc, action="检查导入文件")
            return
        dlg = ImportPreviewDialog(preview, self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.update_toggled.connect(lambda on: self._repreview(dlg, kind, path, on))
        dlg.export_problems.connect(self.export_problems)
        dlg.accepted.connect(lambda: self.run_import(kind, path, update=dlg.update_existing))
        dlg.rejected.connect(lambda: msg.notify("已取消导入，未写入任何数据"))
        dlg.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dlg
        dlg.open()

    def _preview(self, kind: str, path: Path, *, update: bool) -> ImportPreview:
        importer, today = self.importer(), self.today()
        return run_busy(
            self.window,
            f"正在检查文件“{path.name}”…",
            lambda: importer.preview(kind, path, today=today, update=update),
        )

    def _repreview(self, dlg: ImportPreviewDialog, kind: str, path: Path, update: bool) -> None:
        try:
            dlg.set_preview(self._preview(kind, path, update=update))
        except Exception as exc:
            msg.show_error(self.window, exc, action="检查导入文件")

    def run_import(self, kind: str, path: str | Path, *, update: bool = False) -> Task:
        """The import itself: all rows or none, off the GUI thread, cancellable."""
        path = Path(path)
        importer, today = self.importer(), self.today()

        def finish() -> None:
            self.task = None
            self.progress = None

        def done(result: ImportResult) -> None:
            text = msg.import_result_text(result)
            msg.notify(text, 30_000)
            self.imported.emit(result)
            self.finished.emit(result)
            msg.info(self.window, text, details="\n".join(result.notices), title=KIND_TITLES[kind])

        def failed(exc: BaseException) -> None:
            self.finished.emit(exc)
            if isinstance(exc, ImportCancelled):
                msg.notify("导入已取消，未写入任何数据", 30_000)
                msg.info(self.window, "导入已取消，未写入任何数据。", title=KIND_TITLES[kind])
            elif isinstance(exc, ImportFailed):
                lines = [msg.import_problem_text(p) for p in exc.problems]
                msg.error(
                    self.window,
                    f"“{path.name}”{texts.import_problems_summary(len(lines))}（见详细信息）",
                    details="\n".join(lines),
                    title=KIND_TITLES[kind],
                )
            else:
                msg.show_error(self.window, exc, action="导入")

        task, self.progress = run_cancellable(
            self.window,
            lambda p: importer.run(kind, path, today=today, update=update, progress=p),
            text=f"正在导入“{path.name}”…",
            title=KIND_TITLES[kind],
            name="importProgress",
            maximum=100,
            cancelling="正在取消导入…",
            on_done=done,
            on_error=failed,
            on_finish=finish,
        )
        self.task = task
        return task
