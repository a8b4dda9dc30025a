"""帮助 → 关于 (form: ``forms/about_dialog.ui``): version, Python and Qt versions, the licences of
the components shipped with the program and the full text of the bundled font's SIL OFL."""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from ... import APP_TITLE, __version__
from ...paths import resource
from ..forms.ui_about_dialog import Ui_AboutDialog

#: (component, what it does here, licence) of everything shipped with the program.
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("Noto Serif SC（思源宋体）", "内置文书字体", "SIL Open Font License 1.1"),
    ("Qt 6 / PySide6", "窗口界面、打印", "GNU LGPL v3"),
    ("SQLAlchemy", "数据库访问", "MIT"),
    ("Alembic", "数据库结构升级", "MIT"),
    ("ReportLab", "生成 PDF 文书", "BSD"),
    ("openpyxl", "读写 Excel 表格", "MIT"),
    ("pypdfium2 / PDFium", "预览和打印 PDF", "Apache-2.0 / BSD-3-Clause"),
    ("platformdirs", "用户数据文件夹", "MIT"),
)


def ofl_text() -> str:
    path = resource("fonts", "OFL.txt")
    try:
        return path.read_text("utf-8")
    except OSError:
        return f"（找不到许可证文件 {path}）\n\nSIL Open Font License, Version 1.1: https://openfontlicense.org"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AboutDialog()
        ui.setupUi(self)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(f"关于 {APP_TITLE}")
        font = QFont(ui.titleLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        ui.titleLabel.setText(APP_TITLE)
        ui.versionLabel.setText(
            f"版本 {__version__}\n"
            "高台县人力资源和社会保障局 工伤预防“黄橙红”分级预警\n\n"
            f"Python {platform.python_version()}（{sys.platform}）  "
            f"Qt {qVersion()}  PySide6 {PySide6.__version__}"
        )
        table = ui.licencesTable
        table.setRowCount(len(COMPONENTS))
        for row, values in enumerate(COMPONENTS):
            for col, text in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(text))
        table.verticalHeader().setVisible(False)
        hh = table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        height = max(table.rowHeight(r) for r in range(table.rowCount()))
        for r in range(table.rowCount()):
            table.setRowHeight(r, height)
        rows = height * table.rowCount()
        table.setFixedHeight(hh.sizeHint().height() + rows + 2 * table.frameWidth())
        table.setCurrentCell(-1, -1)
        ui.oflText.setPlainText(ofl_text())
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText("关闭")
        ui.buttonBox.rejected.connect(self.reject)
