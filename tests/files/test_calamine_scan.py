"""The scan that hands workbooks to openpyxl looks only inside ``<sheetData>`` for rows and cells:
elements around it (page breaks, column widths) do not send a workbook to the slow reader, and
row numbers are compared however many digits they have."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.pagebreak import Break

from gaotai_desktop.domain.errors import SpreadsheetError
from gaotai_desktop.files.spreadsheets import needs_openpyxl, read_sheet


def workbook(path: Path, rows: int = 3) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["统一社会信用代码", "企业名称"])
    for i in range(rows):
        ws.append([f"91620724MA01AB2C{i:02d}", f"企业{i}"])
    ws.column_dimensions["A"].width = 30  # <cols><col .../></cols> before <sheetData>
    ws.row_breaks.append(Break(id=2))  # <rowBreaks><brk .../></rowBreaks> after it
    wb.save(path)
    return path


def test_page_breaks_and_column_widths_stay_with_calamine(tmp_path: Path) -> None:
    path = workbook(tmp_path / "w.xlsx")
    data = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b"<rowBreaks" in data and b"<col " in data
    assert not needs_openpyxl(path, 10_000)
    assert read_sheet(path, reader="calamine") == read_sheet(path, reader="openpyxl")


@pytest.mark.parametrize(("ref", "far"), [("A1050", False), ("A1051", True), ("A20000", True),
                                          ("A999", False), ("A1000000", True)])  # fmt: skip
def test_row_numbers_of_any_width_are_compared(tmp_path: Path, ref: str, far: bool) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["统一社会信用代码", "企业名称"])
    ws[ref] = "x"
    wb.save(tmp_path / "r.xlsx")
    assert needs_openpyxl(tmp_path / "r.xlsx", 1050) is far


def test_a_far_row_is_refused_by_either_reader(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["统一社会信用代码", "企业名称"])
    ws["A20000"] = "x"
    wb.save(tmp_path / "r.xlsx")
    for reader in ("calamine", "openpyxl"):
        with pytest.raises(SpreadsheetError) as info:
            read_sheet(tmp_path / "r.xlsx", reader=reader, max_rows=50)
        assert info.value.code == "row_too_far"


def test_an_element_in_sheet_data_the_scan_does_not_know_goes_to_openpyxl(tmp_path: Path) -> None:
    good = workbook(tmp_path / "g.xlsx")
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = data.replace(b'<c r="B2"', b'<c s="0" r="B2"', 1)  # reference not first
            dst.writestr(info, data)
    assert needs_openpyxl(bad, 10_000)
