"""The import preview as a clerk meets it: the header found below a title, the file's rows with the
problem rows marked, "未导入" instead of "新增 0 家", the problem list saved as .xlsx, and
文件 → 下载导入模板."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog

from gaotai_desktop.ui.models.import_rows import PROBLEM_CELL_BACKGROUND, PROBLEM_ROW_BACKGROUND

HEADERS = ["统一社会信用代码", "企业名称", "行业", "所属乡镇", "职业病危害隐患"]
USCC_B = "11620724013256785L"
GOOD = [
    ["91620724MA01AB2C3L", "甲建筑公司", "建筑业", "城关镇", "否"],
    [USCC_B, "乙化工公司", "制造业", "南华镇", "是"],
    ["92620724MA73Q5H81X", "丙物流公司", "", "", ""],
]


def titled_workbook(path: Path, rows: list[list[object]]) -> Path:
    """A merged title, a note, a blank row, then the header in row 4."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["高台县重点企业名单（2026年）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    ws.append(["填表说明：统一社会信用代码请设置为文本格式。"])
    ws.append([])
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def save_to(monkeypatch, path: Path) -> list[str]:
    """The save dialog answers ``path``; returns the captions it was opened with."""
    captions: list[str] = []

    def fake(parent, caption, directory, filter_):
        captions.append(caption)
        return str(path), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return captions


def test_preview_shows_rows_marks_problems_and_exports_them(
    empty_window, qtbot, tmp_path, monkeypatch, boxes
):
    bad = [row[:] for row in GOOD]
    bad[1][0] = USCC_B[:-1] + "M"
    source = titled_workbook(tmp_path / "乡镇报来的名单.xlsx", bad)
    window = empty_window
    window.import_file("enterprises", source)
    dlg = window.import_dialog
    summary = dlg.ui.summaryLabel.text()
    assert "表头：第4行（其上方第1、2行的标题或说明未导入）" in summary
    assert "未导入：发现1处问题" in summary and "新增企业 0 家" not in summary
    rows = dlg.rows_model
    assert rows.rowCount() == 3
    assert rows.headerData(2, Qt.Orientation.Horizontal) == "统一社会信用代码"
    assert [rows.text_at(r, 0) for r in range(3)] == ["5", "6", "7"]
    assert [rows.text_at(r, 1) for r in range(3)] == ["✓", "✗ 1处问题", "✓"]
    assert rows.text_at(1, 3) == "乙化工公司"
    background = Qt.ItemDataRole.BackgroundRole
    assert rows.index(0, 3).data(background) is None
    assert rows.index(1, 3).data(background).color() == QColor(PROBLEM_ROW_BACKGROUND)
    assert rows.index(1, 2).data(background).color() == QColor(PROBLEM_CELL_BACKGROUND)
    assert "校验位" in rows.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "3" in dlg.ui.detailTabs.tabText(dlg.ui.detailTabs.indexOf(dlg.ui.rowsPage))

    out = tmp_path / "问题清单.xlsx"
    captions = save_to(monkeypatch, out)
    assert dlg.ui.exportProblemsButton.isEnabled()
    qtbot.mouseClick(dlg.ui.exportProblemsButton, Qt.MouseButton.LeftButton)
    assert captions == ["导出问题清单"]
    ws = openpyxl.load_workbook(out).active
    got = [tuple(c.value for c in r) for r in ws.iter_rows()]
    assert got[0] == ("行号", "列", "单元格内容", "问题")
    assert got[1][:3] == (6, "统一社会信用代码", USCC_B[:-1] + "M")
    assert "校验位错误" in got[1][3]
    assert window.import_dialog is dlg and dlg.isVisible()  # the preview stays open
    qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)


def test_titled_file_imports_and_the_result_names_the_header(empty_window, qtbot, tmp_path, boxes):
    window = empty_window
    window.import_file("enterprises", titled_workbook(tmp_path / "名单.xlsx", GOOD))
    dlg = window.import_dialog
    assert dlg.ui.detailTabs.currentWidget() is dlg.ui.rowsPage
    assert not dlg.ui.exportProblemsButton.isEnabled()
    with qtbot.waitSignal(window.import_finished, timeout=20_000) as done:
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].created == 3
    assert "表头：第4行" in boxes.texts("info")[-1]
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)


def test_file_menu_saves_the_import_templates(empty_window, tmp_path, monkeypatch, boxes):
    window = empty_window
    file_menu = window.menuBar().actions()[0].menu()
    template_menu = next(a.menu() for a in file_menu.actions() if a.text() == "下载导入模板(&T)")
    actions = {a.text(): a for a in template_menu.actions()}
    assert set(actions) == {"企业导入模板(&E)…", "事故导入模板(&I)…"}
    for text, name, first in (
        ("企业导入模板(&E)…", "企业模板.xlsx", "统一社会信用代码"),
        ("事故导入模板(&I)…", "事故模板.xlsx", "事故编号"),
    ):
        out = tmp_path / name
        save_to(monkeypatch, out)
        actions[text].trigger()
        ws = openpyxl.load_workbook(out).worksheets[0]
        assert ws["A1"].value == first
    assert not boxes.kinds()
