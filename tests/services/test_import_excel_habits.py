"""Import files as Excel users make them: a title and notes above the header, the preview's rows,
a summary that never reads "新增 0 家" when nothing can be imported, the problem list as .xlsx."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from gaotai_desktop.files.problem_report import write_problem_report
from gaotai_desktop.services.importing import ImportService
from gaotai_desktop.texts import IMPORT_PROBLEM_HEADERS, import_preview_summary, import_result_text

from .test_import import ENT_HEADERS, USCC_A, USCC_B, USCC_C, counts, write_csv

TODAY = dt.date(2026, 11, 28)
TITLE = "高台县重点企业名单（2026年）"
NOTE = "填表说明：统一社会信用代码请设置为文本格式；职业病危害隐患填“是”或“否”。"


def titled_workbook(path: Path, rows: list[list[object]]) -> Path:
    """A sheet as offices make them: a merged title, a note, a blank row, then the header (row 4)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业名单"
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ENT_HEADERS))
    ws.append([NOTE])
    ws.append([])
    ws.append(ENT_HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


GOOD = [
    [USCC_A, "甲建筑公司", "建筑业", "城关镇", "否"],
    [USCC_B, "乙化工公司", "制造业", "南华镇", "是"],
    [USCC_C, "丙物流公司", "", "", ""],
]


@pytest.fixture
def service(db) -> ImportService:
    return ImportService(db)


def test_title_and_notes_above_the_header_are_skipped(db, service, tmp_path: Path) -> None:
    path = titled_workbook(tmp_path / "名单.xlsx", GOOD)
    preview = service.preview("enterprises", path, today=TODAY)
    assert preview.ok, preview.problems
    assert (preview.header_row, preview.skipped_rows) == (4, (1, 2))
    assert preview.headers == tuple(ENT_HEADERS)
    assert [r.number for r in preview.rows] == [5, 6, 7]
    assert preview.rows[0].cells == (USCC_A, "甲建筑公司", "建筑业", "城关镇", "否")
    assert "第4行是表头，其上方的第1、2行（标题或说明）未导入" in preview.notices
    assert not any("合并单元格" in n for n in preview.notices)  # the title's merge is no news
    summary = import_preview_summary(preview)
    assert "表头：第4行（其上方第1、2行的标题或说明未导入）" in summary
    assert "新增企业 3 家" in summary
    result = service.run("enterprises", path, today=TODAY)
    assert result.created == 3 and (result.header_row, result.skipped_rows) == (4, (1, 2))
    assert "导入完成（表头：第4行" in import_result_text(result)
    assert counts(db)["enterprise"] == 3


def test_a_title_row_in_a_csv_too(db, service, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "e.csv", [[TITLE, "", ""], ENT_HEADERS, *GOOD])
    preview = service.preview("enterprises", path, today=TODAY)
    assert preview.ok and (preview.header_row, preview.skipped_rows) == (2, (1,))


def test_problem_rows_keep_excel_numbers_and_nothing_reads_new_0(db, service, tmp_path):
    bad = [row[:] for row in GOOD]
    bad[1][0] = USCC_B[:-1] + "M"  # check character
    bad[2][3] = "火星镇"
    path = titled_workbook(tmp_path / "名单.xlsx", bad)
    preview = service.preview("enterprises", path, today=TODAY)
    assert [(p.row, p.column) for p in preview.problems] == [
        (6, "统一社会信用代码"),
        (7, "所属乡镇"),
    ]
    assert preview.problem_values == (USCC_B[:-1] + "M", "火星镇")
    assert preview.problem_rows == {6, 7}
    summary = import_preview_summary(preview)
    assert "未导入：发现2处问题" in summary
    assert "新增" not in summary and "0 家" not in summary
    assert len(preview.rows) == 3  # the rows are shown even when they cannot be imported


def test_no_header_found_falls_back_to_the_first_row(db, service, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "e.csv", [[TITLE], ["代码", "名称"], ["x", "y"]])
    preview = service.preview("enterprises", path, today=TODAY)
    assert [p.code for p in preview.problems] == ["missing_columns"]
    assert preview.problems[0].row == 1


def test_problem_report_reads_back(tmp_path: Path) -> None:
    buf = io.BytesIO()
    rows = [
        (6, "统一社会信用代码", "91620724MA01AB2C3M", "校验位错误"),
        (9, "事故日期", "=TODAY()+1", "公式没有计算结果"),
        (None, "", "", "文件中只有表头"),
    ]
    assert write_problem_report(buf, IMPORT_PROBLEM_HEADERS, rows) == 3
    ws = openpyxl.load_workbook(io.BytesIO(buf.getvalue())).active
    got = [tuple(c.value for c in r) for r in ws.iter_rows()]
    assert got[0] == ("行号", "列", "单元格内容", "问题")
    assert got[1] == (6, "统一社会信用代码", "91620724MA01AB2C3M", "校验位错误")
    assert ws["C3"].data_type == "s" and ws["C3"].value == "=TODAY()+1"  # text, not a formula
    assert got[3][0] is None
    assert ws.freeze_panes == "A2"
