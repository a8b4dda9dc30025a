"""Reading .xlsx and .csv files into header + numbered rows, and refusing what is not a spreadsheet."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from gaotai_desktop.files.spreadsheets import SpreadsheetError, read_sheet

HEADERS = ["统一社会信用代码", "企业名称", "事故日期"]


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _refused(path: Path, **kw: int) -> SpreadsheetError:
    with pytest.raises(SpreadsheetError) as info:
        read_sheet(path, **kw)
    return info.value


def test_xlsx_values_and_row_numbers(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "a.xlsx",
        [
            HEADERS,
            ["91620724MA01AB2C3L", "甲公司", dt.datetime(2026, 3, 5)],
            [None, None, None],  # blank row: counted, not returned
            ["11620724013256785L", "乙公司", 12345],
        ],
    )
    sheet = read_sheet(path)
    assert sheet.headers == tuple(HEADERS)
    assert sheet.format == "xlsx"
    assert [r.number for r in sheet.rows] == [2, 4]
    assert sheet.rows[0].values == ("91620724MA01AB2C3L", "甲公司", dt.datetime(2026, 3, 5))
    assert sheet.rows[1].values[2] == 12345


def test_xlsx_short_rows_are_padded_and_extra_cells_dropped(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "a.xlsx", [HEADERS, ["x"], ["y", "b", "c", "右边没有表头"]])
    sheet = read_sheet(path)
    assert sheet.rows[0].values == ("x", None, None)
    assert sheet.rows[1].values == ("y", "b", "c")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "统一社会信用代码,企业名称\n91620724MA01AB2C3L,高台县喆堃公司\n", encoding=encoding
    )
    sheet = read_sheet(path)
    assert sheet.headers == ("统一社会信用代码", "企业名称")
    assert sheet.rows[0].number == 2
    assert sheet.rows[0].values == ("91620724MA01AB2C3L", "高台县喆堃公司")
    assert sheet.encoding == ("utf-8" if encoding.startswith("utf") else "gb18030")


def test_csv_utf16_tab_separated(tmp_path: Path) -> None:
    """Excel's "Unicode text" export: UTF-16 with BOM, tab separated."""
    path = tmp_path / "a.csv"
    path.write_text("企业名称\t行业\r\n甲公司\t建筑业\r\n", encoding="utf-16")
    sheet = read_sheet(path)
    assert sheet.headers == ("企业名称", "行业")
    assert sheet.rows[0].values == ("甲公司", "建筑业")


def test_csv_row_numbers_count_records_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('企业名称,地址\n甲,"两行\n地址"\n\n乙,\n', encoding="utf-8")
    sheet = read_sheet(path)
    assert [(r.number, r.values) for r in sheet.rows] == [
        (2, ("甲", "两行\n地址")),
        (4, ("乙", None)),
    ]


def test_header_only_gives_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("企业名称,地址\n,,\n", encoding="utf-8")
    assert read_sheet(path).rows == ()


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"")
    err = _refused(path)
    assert err.code == "empty"
    (tmp_path / "b.csv").write_text("\n\n  \n", encoding="utf-8")
    assert _refused(tmp_path / "b.csv").code == "empty"


def test_png_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    err = _refused(path)
    assert err.code == "not_spreadsheet"
    assert err.detail["name"] == "photo.xlsx"


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<x/>")
    assert _refused(path).code == "not_spreadsheet"


def test_binary_renamed_csv(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert _refused(path).code == "not_spreadsheet"


def test_xlsx_renamed_csv(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "a.xlsx", [HEADERS])
    assert _refused(path.rename(tmp_path / "a.csv")).code == "not_spreadsheet"


def test_unknown_extension_and_old_xls(tmp_path: Path) -> None:
    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04")
    assert _refused(tmp_path / "a.docx").code == "not_spreadsheet"
    (tmp_path / "a.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    assert _refused(tmp_path / "a.xls").code == "xls_format"
    # an old workbook renamed .xlsx
    (tmp_path / "b.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    assert _refused(tmp_path / "b.xlsx").code == "xls_format"


def test_missing_file(tmp_path: Path) -> None:
    assert _refused(tmp_path / "nope.xlsx").code == "not_found"


def test_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("企业名称\n" + "甲\n" * 1000, encoding="utf-8")
    err = _refused(path, max_bytes=1000)
    assert err.code == "too_large"
    assert read_sheet(path, max_bytes=10_000).rows[-1].number == 1001


def test_row_cap(tmp_path: Path) -> None:
    csv_path = tmp_path / "a.csv"
    csv_path.write_text("企业名称\n" + "甲\n" * 11, encoding="utf-8")
    assert _refused(csv_path, max_rows=10).detail == {"max": 10}
    assert len(read_sheet(csv_path, max_rows=11).rows) == 11
    xlsx_path = _xlsx(tmp_path / "a.xlsx", [["企业名称"]] + [["甲"]] * 11)
    assert _refused(xlsx_path, max_rows=10).code == "too_many_rows"


def test_undecodable_text(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes("企业名称\n".encode() + b"\x80\xff\x80\n")
    assert _refused(path).code == "encoding"


def test_damaged_workbook(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook><not-closed>")
        zf.writestr("[Content_Types].xml", "<Types/>")
    assert _refused(path).code in {"unreadable", "not_spreadsheet"}
