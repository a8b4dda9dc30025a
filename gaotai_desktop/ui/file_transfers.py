"""Tables in and out of the window: import (file dialog, preview, all-or-nothing import with
progress and cancel) and export of the current table to .xlsx."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from ..domain.errors import GaotaiError, ImportCancelled, ImportFailed
from ..files.output import check_extension, check_output, write_output
from ..files.xlsx_export import write_xlsx
from . import messages as msg
from .dialogs.import_preview import KIND_TITLES, ImportPreviewDialog
from .workers import Task, run_busy, run_cancellable

if TYPE_CHECKING:
    from ..services.importing import ImportPreview, ImportResult, ImportService
    from .tabs.base import Tab

FILE_FILTER = "表格文件 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"


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
        self.dialog: ImportPreviewDialog | None = None
        self.progress: QProgressDialog | None = None
        self.task: Task | None = None

    def export_table(self, tab: Tab, path: str | Path | None = None) -> Path | None:
        """The tab's table (as shown: filtered and sorted) to an .xlsx file."""
        title, headers, rows = tab.export_table()
        if path is None:
            start = self.settings.value("paths/export", str(Path.home()))
            default = str(Path(str(start)) / f"{title}_{self.today().isoformat()}.xlsx")
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, "导出当前表格", default, "Excel 工作簿 (*.xlsx)"
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx"
        path = Path(path)
        self.settings.setValue("paths/export", str(path.parent))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            check_output(path, self.protected)
            check_extension(path, (".xlsx",))
            path = write_output(
                path,
                lambda fh: write_xlsx(fh, headers, rows, title=title),
                protected=self.protected,
            )
        except (GaotaiError, OSError) as exc:  # the database itself, a full disk, ...
            QApplication.restoreOverrideCursor()
            msg.show_error(self.window, exc, action="导出")
            return None
        QApplication.restoreOverrideCursor()
        msg.notify(f"已导出 {len(rows)} 行到 {path}")
        return path

    # -- import -----------------------------------------------------------------------------------------
    def import_file(self, kind: str, path: str | Path | None = None) -> None:
        """File dialog -> preview (off the GUI thread) -> preview dialog -> import on confirm."""
        if path is None:
            start = self.settings.value("paths/import", str(Path.home()))
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, KIND_TITLES[kind], str(start), FILE_FILTER
            )
            if not chosen:
                return
            path = chosen
        path = Path(path)
        self.settings.setValue("paths/import", str(path.parent))
        try:
            preview = self._preview(kind, path, update=False)
        except Exception as exc:
            msg.show_error(self.window, exc, action="检查导入文件")
            return
        dlg = ImportPreviewDialog(preview, self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.update_toggled.connect(lambda on: self._repreview(dlg, kind, path, on))
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
                    f"导入失败，未写入任何数据（“{path.name}”中共 {len(lines)} 个问题，见详细信息）。",
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
