"""What an import would do (form: ``forms/import_preview_dialog.ui``): counts, every problem by row
and column, differences from registered enterprises, notices. Nothing is written until "导入"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ..forms.ui_import_preview_dialog import Ui_ImportPreviewDialog
from ..models.imports import DifferenceModel, ProblemModel
from ..style import ERROR_LABEL_STYLE
from ..widgets.table_view import TableView

if TYPE_CHECKING:
    from ...services.importing import ImportPreview

KIND_TITLES = {"enterprises": "导入企业", "incidents": "导入事故"}


def summary_text(preview: ImportPreview) -> str:
    if preview.kind == "enterprises":
        return (
            f"文件共 {preview.total_rows} 行数据：新增企业 {preview.new} 家，"
            f"与已登记相同 {preview.unchanged} 家，与已登记不同 {len(preview.differences)} 家。"
        )
    return (
        f"文件共 {preview.total_rows} 行数据：新增事故 {preview.new_accidents} 起、"
        f"伤者 {preview.new_persons} 人；已导入过的 {preview.unchanged} 行将跳过；"
        f"与已登记不同 {len(preview.differences)} 起。"
    )


class ImportPreviewDialog(QDialog):
    #: The "update registered enterprises" box was toggled: the owner previews again.
    update_toggled = Signal(bool)

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
        ui.noticesList.clear()
        for n in preview.notices:
            ui.noticesList.addItem(QListWidgetItem(n))
        tabs = ui.detailTabs
        tabs.setTabText(0, f"问题（{len(preview.problems)}）")
        tabs.setTabText(1, f"与已登记记录不同（{len(preview.differences)}）")
        tabs.setTabText(2, f"提示（{len(preview.notices)}）")
        ui.updateCheck.setEnabled(bool(preview.differences) or ui.updateCheck.isChecked())
        if preview.problems:
            tabs.setCurrentIndex(0)
        elif preview.differences:
            tabs.setCurrentIndex(1)
        else:
            tabs.setCurrentIndex(2)
        if preview.ok:
            ui.statusLabel.setText("")
            ui.statusLabel.setVisible(False)
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
        else:
            ui.statusLabel.setText(
                f"文件中有 {len(preview.problems)} 个问题，须全部改正后才能导入。未写入任何数据。"
            )
            ui.statusLabel.setVisible(True)
            self.import_button.setEnabled(False)
            self.cancel_button.setDefault(True)
