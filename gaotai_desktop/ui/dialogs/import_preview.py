"""What an import would do (form: ``forms/import_preview_dialog.ui``): counts and the header row, the
file's first rows as read (problem rows marked), every problem by row and column (exportable as
.xlsx), differences from registered records, notices. Nothing is written until "导入"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ... import texts
from ..forms.ui_import_preview_dialog import Ui_ImportPreviewDialog
from ..models.import_rows import ImportRowsModel
from ..models.imports import DifferenceModel, ProblemModel
from ..style import ERROR_LABEL_STYLE
from ..widgets.table_view import TableView

if TYPE_CHECKING:
    from ...services.importing import ImportPreview

KIND_TITLES = {"enterprises": "导入企业", "incidents": "导入事故"}


def summary_text(preview: ImportPreview) -> str:
    return texts.import_preview_summary(preview)


class ImportPreviewDialog(QDialog):
    #: The "update registered enterprises" box was toggled: the owner previews again.
    update_toggled = Signal(bool)
    #: "导出问题清单…" was pressed (the ImportPreview): the owner saves the list as .xlsx.
    export_problems = Signal(object)

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ImportPreviewDialog()
        ui.setupUi(self)
        # the designer views are plain QTableViews; use the app's view (fixed rows, Enter, ...)
        self.problems_view = self._replace_view(ui.problemsView)
        self.differences_view = self._replace_view(ui.differencesView)
        self.problem_model = ProblemModel(self)
        self.difference_model = DifferenceModel(self)
        self.problems_view.setModel(self.problem_model)
        self.differences_view.setModel(self.difference_model)
        self.rows_model = ImportRowsModel(self)
        self.rows_view = ui.rowsView
        self.rows_view.setModel(self.rows_model)
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.verticalHeader().setVisible(False)
        self.rows_view.setWordWrap(False)
        ui.exportProblemsButton.clicked.connect(lambda: self.export_problems.emit(self.preview))
        self.import_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("导入(&I)")
        self.cancel_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText("取消")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.updateCheck.toggled.connect(self.update_toggled)
        ui.statusLabel.setStyleSheet(ERROR_LABEL_STYLE)
        self.preview: ImportPreview | None = None
        self.set_preview(preview)

    def _replace_view(self, old) -> TableView:
        view = TableView(self)
        view.setObjectName(old.objectName())
        old.parentWidget().layout().replaceWidget(old, view)
        old.deleteLater()
        return view

    @property
    def update_existing(self) -> bool:
        return self.ui.updateCheck.isChecked()

    def set_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        ui = self.ui
        self.setWindowTitle(f"{KIND_TITLES.get(preview.kind, '导入')} - 预览")
        ui.fileLabel.setText(f"文件：{Path(preview.file).name}")
        ui.summaryLabel.setText(summary_text(preview))
        self.problem_model.set_rows(preview.problems)
        self.difference_model.set_rows(preview.differences)
        self.rows_model.set_preview(preview)
        self.rows_view.resizeColumnsToContents()
        for c in range(self.rows_model.columnCount()):
            self.rows_view.setColumnWidth(c, min(self.rows_view.columnWidth(c), 240))
        ui.rowsLabel.setText(texts.import_rows_caption(preview))
        ui.noticesList.clear()
        for n in preview.notices:
            ui.noticesList.addItem(QListWidgetItem(n))
        tabs = ui.detailTabs
        tabs.setTabText(tabs.indexOf(ui.rowsPage), f"文件内容（{len(preview.rows)}）")
        tabs.setTabText(tabs.indexOf(ui.problemsPage), f"问题（{len(preview.problems)}）")
        tabs.setTabText(
            tabs.indexOf(ui.differencesPage), f"与已登记记录不同（{len(preview.differences)}）"
        )
        tabs.setTabText(tabs.indexOf(ui.noticesPage), f"提示（{len(preview.notices)}）")
        ui.updateCheck.setEnabled(bool(preview.differences) or ui.updateCheck.isChecked())
        ui.exportProblemsButton.setEnabled(bool(preview.problems))
        if preview.problems:
            tabs.setCurrentWidget(ui.problemsPage)
        elif preview.differences:
            tabs.setCurrentWidget(ui.differencesPage)
        else:
            tabs.setCurrentWidget(ui.rowsPage)
        if preview.ok:
            ui.statusLabel.setText("")
            ui.statusLabel.setVisible(False)
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
        else:
            ui.statusLabel.setText(texts.import_problems_summary(len(preview.problems)))
            ui.statusLabel.setVisible(True)
            self.import_button.setEnabled(False)
            self.cancel_button.setDefault(True)
