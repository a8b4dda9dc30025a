"""Blank import templates: reopened with openpyxl, filled in, imported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.domain.reference import ACCIDENT_CATEGORIES, TOWNSHIPS
from gaotai_desktop.files.import_templates import HELP_SHEET_TITLE, TEMPLATE_ROWS, write_template
from gaotai_desktop.services.importing import ImportFailed, ImportService, kind_columns
from gaotai_desktop.texts import import_problem_text

TODAY = dt.date(2026, 11, 28)

EXPECTED = {
    "enterprises": [
        "统一社会信用代码",
        "企业名称",
        "行业",
        "所属乡镇",
        "行业主管部门",
        "法定代表人",
        "联系人",
        "联系电话",
        "地址",
        "职业病危害隐患",
        "隐患发现日期",
        "隐患发现单位",
        "隐患内容",
        "隐患文书编号",
    ],
    "incidents": [
        "事故编号",
        "统一社会信用代码",
        "事故日期",
        "事故地点",
        "事故类别",
        "事故经过",
        "伤者姓名",
        "身份证号",
        "伤害程度",
        "认定结论",
    ],
}
TEXT_COLUMNS = {"统一社会信用代码", "身份证号", "事故编号", "联系电话", "隐患文书编号"}


@pytest.mark.parametrize("kind", ["enterprises", "incidents"])
def test_template_layout(tmp_path: Path, kind: str) -> None:
    path = write_template(kind, tmp_path / f"{kind}.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    assert wb.sheetnames[1] == HELP_SHEET_TITLE
    headers = [c.value for c in ws[1]]
    assert headers == EXPECTED[kind] == list(kind_columns(kind))
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    for col, header in enumerate(headers, start=1):
        letter = openpyxl.utils.get_column_letter(col)
        assert ws.column_dimensions[letter].width >= 10
        formats = {ws.cell(row=r, column=col).number_format for r in (2, 100, TEMPLATE_ROWS + 1)}
        if header in TEXT_COLUMNS:
            assert formats == {"@"}, header
        elif header == "事故日期":
            assert formats == {"yyyy-mm-dd"}
    help_ws = wb[HELP_SHEET_TITLE]
    explained = {row[0]: row for row in help_ws.iter_rows(min_row=2, max_col=4, values_only=True)}
    for header in headers:
        assert header in explained and explained[header][2], header
    text = "\n".join(str(v) for row in help_ws.iter_rows(values_only=True) for v in row if v)
    if kind == "enterprises":
        assert all(t in text for t in TOWNSHIPS)
        assert explained["企业名称"][1] == "必填"
    else:
        assert all(c in text for c in ACCIDENT_CATEGORIES)
        assert all(s in text for s in ("轻伤", "重伤", "死亡"))
        assert all(o in text for o in ("待认定", "认定工伤", "视同工伤", "不予认定"))
        assert explained["伤者姓名"][1] == "必填"
    # drop-down lists point at the lists on the help sheet
    validations = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert validations and all(f.startswith(f"'{HELP_SHEET_TITLE}'!") for f in validations.values())


@pytest.mark.parametrize("kind", ["enterprises", "incidents"])
def test_empty_template_imports_nothing(db, tmp_path: Path, kind: str) -> None:
    """An empty template is refused with one clear problem ("no data rows"); nothing is written."""
    path = write_template(kind, tmp_path / f"{kind}.xlsx")
    service = ImportService(db)
    before = sqlite_content_dump(db.engine)
    preview = service.preview(kind, path, today=TODAY)
    assert preview.total_rows == 0
    assert [import_problem_text(p) for p in preview.problems] == ["文件中只有表头，没有数据行"]
    with pytest.raises(ImportFailed):
        service.run(kind, path, today=TODAY)
    assert sqlite_content_dump(db.engine) == before


def test_filled_in_template_imports(db, tmp_path: Path) -> None:
    service = ImportService(db)
    ent = write_template("enterprises", tmp_path / "e.xlsx")
    wb = openpyxl.load_workbook(ent)
    ws = wb.worksheets[0]
    ws.append(
        ["91620724MA01AB2C3L", "甲公司", "建筑业", "城关镇", "", "", "", "09366651234", "", "是"]
    )
    wb.save(ent)
    inc = write_template("incidents", tmp_path / "i.xlsx")
    wb = openpyxl.load_workbook(inc)
    ws = wb.worksheets[0]
    # rows 2.. are pre-formatted (but empty): fill the first one by cell
    values = [
        "SG-1",
        "91620724MA01AB2C3L",
        dt.datetime(2026, 3, 5),
        "车间",
        "触电",
        "",
        "张三",
        "620724198001010018",
        "轻伤",
        "",
    ]
    for col, value in enumerate(values, start=1):
        ws.cell(row=2, column=col, value=value)
    wb.save(inc)
    assert service.run("enterprises", ent, today=TODAY).created == 1
    result = service.run("incidents", inc, today=TODAY)
    assert (result.accidents, result.persons) == (1, 1)


def test_unknown_kind(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_template("people", tmp_path / "x.xlsx")
