"""Bad files the reader must refuse (or read faithfully), each built small in ``tmp_path``."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from gaotai_desktop.files.spreadsheets import (
    FormulaWithoutValue,
    SpreadsheetError,
    read_sheet,
)
from gaotai_desktop.texts import import_text

HEADER = "统一社会信用代码,企业名称,行业,所属乡镇\n"


def _csv(tmp_path: Path, text: str, name: str = "a.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _refused(path: Path, **kw: int) -> SpreadsheetError:
    with pytest.raises(SpreadsheetError) as info:
        read_sheet(path, **kw)
    return info.value


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _replace_part(path: Path, part: str, data: bytes | None, extra: dict[str, bytes] | None = None):
    """Rewrite one part of a zip (``data`` None: keep it) and add ``extra`` parts."""
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    if data is not None:
        parts[part] = data
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    return path


SHEET_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<sheetData>{rows}</sheetData>{tail}</worksheet>"
)


def _row(number: int, *cells: str) -> str:
    inner = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
        for i, v in enumerate(cells)
    )
    return f'<row r="{number}">{inner}</row>'


# ------------------------------------------------------------------------------------------
# CSV quoting: refused with the line where the quote opened, never swallowed


@pytest.mark.parametrize(
    ("body", "line", "row"),
    [
        # unclosed quote at the end: three records swallowed
        ('A,甲,建筑业,城关镇\nB,"乙,制造业,南华镇\nC,丙,x,y\nD,丁,x,y\n', 3, 3),
        # closed much later by a quote in another record: rows in between inside one field
        ('A,"甲,建筑业,城关镇\nB,乙,制造业,南华镇\nC,丙,x,y"\nD,丁,x,y\n', 2, 2),
        # quote opened in the last column
        ('A,甲,建筑业,"城关镇\nB,乙,制造业,南华镇\n', 2, 2),
        # GBK-looking data after the opening line, CRLF line ends
        ('A,甲,建筑业,城关镇\r\nB,乙,"制造业,南华镇\r\nC,丙,x,y\r\n', 3, 3),
    ],
)
def test_unclosed_quote_is_refused_with_its_line(
    tmp_path: Path, body: str, line: int, row: int
) -> None:
    err = _refused(_csv(tmp_path, HEADER + body))
    assert err.code == "csv_quote"
    assert err.detail["line"] == line
    assert err.detail["row"] == row
    assert f"第{line}行" in import_text(err.code, err.detail)


def test_multi_line_description_is_still_read(tmp_path: Path) -> None:
    text = '事故编号,事故经过,伤者姓名\nSG-1,"检修时触电，\n送医, 已出院",张三\n'
    sheet = read_sheet(_csv(tmp_path, text))
    assert sheet.rows[0].values == ("SG-1", "检修时触电，\n送医, 已出院", "张三")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('"某某""公司"""', '某某"公司"'),  # doubled quotes: one quote each
        ('ab"c"d', 'ab"c"d'),  # a quote inside an unquoted field is kept as it is
        ('"甲,乙"', "甲,乙"),
        ('"""引号开头"', '"引号开头'),
    ],
)
def test_quotes_inside_fields_are_kept(tmp_path: Path, cell: str, expected: str) -> None:
    sheet = read_sheet(_csv(tmp_path, f"企业名称,行业\n{cell},x\n"))
    assert sheet.rows[0].values[0] == expected


@pytest.mark.parametrize("cell", ['"某某"公司"', '"ab"c', '"x" y'])
def test_text_after_a_closing_quote_is_refused(tmp_path: Path, cell: str) -> None:
    err = _refused(_csv(tmp_path, f"企业名称,行业\nok,x\n{cell},x\n"))
    assert err.code == "csv_malformed"
    assert err.detail["line"] == 3


def test_over_long_field_names_the_line(tmp_path: Path) -> None:
    text = '企业名称,行业\nok,x\nok,x\n"' + "长" * 200_000 + '",x\n'
    err = _refused(_csv(tmp_path, text))
    assert err.code == "csv_field_too_long"
    assert err.detail["line"] == 4
    assert "第4行" in import_text(err.code, err.detail)


def test_hundred_thousand_columns_are_capped(tmp_path: Path) -> None:
    header = "企业名称," + ",".join(f"C{i}" for i in range(100_000))
    sheet = read_sheet(_csv(tmp_path, header + "\n甲,1\n"))
    assert len(sheet.headers) == 256
    assert sheet.dropped_columns == 100_001 - 256


# ------------------------------------------------------------------------------------------
# xlsx: bombs refused fast


def test_part_unpacking_too_large_is_refused(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "bomb.xlsx", [["企业名称"], ["甲"]])
    _replace_part(path, "", None, {"xl/sharedStrings2.xml": b"x" * 3_000_000})
    err = _refused(path, max_unpacked=1_000_000)
    assert err.code == "unpacked_too_large"
    assert err.detail["part"] == "xl/sharedStrings2.xml"
    assert err.detail["name"] == "bomb.xlsx"


def test_total_unpacked_size_is_capped(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "bomb.xlsx", [["企业名称"], ["甲"]])
    extra = {f"xl/media/p{i}.bin": b"\0" * 400_000 for i in range(4)}
    _replace_part(path, "", None, extra)
    err = _refused(path, max_unpacked=1_000_000)
    assert err.code == "unpacked_too_large"
    assert err.detail["part"] == "全部内容"
    assert read_sheet(path, max_unpacked=10_000_000).rows[0].values == ("甲",)


@pytest.mark.parametrize("far", [200_000_000, 1_048_576, 5_000])
def test_a_row_far_down_is_refused_at_once(tmp_path: Path, far: int) -> None:
    path = _xlsx(tmp_path / "far.xlsx", [["x"]])
    xml = SHEET_XML.format(rows=_row(1, "企业名称") + _row(2, "甲") + _row(far, "乙"), tail="")
    _replace_part(path, "xl/worksheets/sheet1.xml", xml.encode())
    start = time.process_time()
    err = _refused(path, max_rows=10 if far == 5_000 else 250_000)
    assert time.process_time() - start < 1.0
    assert err.code == "row_too_far"
    assert err.detail["row"] == far
    assert err.detail["name"] == "far.xlsx"


# ------------------------------------------------------------------------------------------
# xlsx: merged cells, formulas, sheets


def test_merged_cells_are_filled_and_announced(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["统一社会信用代码", "企业名称", "行业", "所属乡镇"])
    for i in range(5):
        ws.append([f"U{i}", f"企业{i}", "建筑业" if i == 0 else None, "城关镇" if i == 0 else None])
    ws.merge_cells("C2:C6")
    ws.merge_cells("D2:D5")
    wb.save(tmp_path / "m.xlsx")
    sheet = read_sheet(tmp_path / "m.xlsx")
    assert [r.values[2] for r in sheet.rows] == ["建筑业"] * 5
    assert [r.values[3] for r in sheet.rows] == ["城关镇"] * 4 + [None]
    assert ("notice_merged_filled", {"sheet": ws.title, "range": "C2:C6", "value": "建筑业"}) in (
        sheet.notices
    )


def test_horizontally_merged_cells_fill_each_column(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["a", "b", "c"])
    ws.append(["x", None, None])
    ws.merge_cells("A2:C2")
    wb.save(tmp_path / "h.xlsx")
    assert read_sheet(tmp_path / "h.xlsx").rows[0].values == ("x", "x", "x")


def test_formula_without_cached_value(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "f.xlsx", [["企业名称", "行业"], ["甲", '=CONCAT("建","筑业")']])
    value = read_sheet(path).rows[0].values[1]
    assert isinstance(value, FormulaWithoutValue)
    assert value.formula == '=CONCAT("建","筑业")'


def test_formula_with_cached_value_reads_the_value(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "v.xlsx", [["x"]])
    row = '<row r="2"><c r="A2" t="str"><f>UPPER("a")</f><v>A</v></c></row>'
    xml = SHEET_XML.format(rows=_row(1, "企业名称") + row, tail="")
    _replace_part(path, "xl/worksheets/sheet1.xml", xml.encode())
    assert read_sheet(path).rows[0].values == ("A",)


def test_data_on_the_second_sheet_is_read_with_a_notice(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    ws = wb.create_sheet("数据")
    ws.append(["企业名称"])
    ws.append(["甲"])
    wb.save(tmp_path / "s.xlsx")
    sheet = read_sheet(tmp_path / "s.xlsx")
    assert sheet.sheet_name == "数据"
    assert sheet.rows[0].values == ("甲",)
    assert sheet.notices == (("notice_other_sheet", {"first": "说明", "sheet": "数据"}),)


def test_all_sheets_empty_is_still_empty(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.create_sheet("二")
    wb.save(tmp_path / "e.xlsx")
    assert _refused(tmp_path / "e.xlsx").code == "empty"


def test_hundred_thousand_xlsx_columns_are_capped(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "c.xlsx", [["x"]])
    header = "".join(
        f'<c t="inlineStr"><is><t>{"企业名称" if i == 0 else f"C{i}"}</t></is></c>'
        for i in range(20_000)
    )
    xml = SHEET_XML.format(rows=f'<row r="1">{header}</row>' + _row(2, "甲"), tail="")
    _replace_part(path, "xl/worksheets/sheet1.xml", xml.encode())
    sheet = read_sheet(path)
    assert len(sheet.headers) == 256
    assert sheet.dropped_columns == 20_000 - 256
