"""The python-calamine reader gives what the openpyxl reader gives, and every workbook holding
something only openpyxl's reader checks (formulas, error cells, far columns and rows) goes to it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from gaotai_desktop.domain.errors import SpreadsheetError
from gaotai_desktop.files.spreadsheets import needs_openpyxl, read_sheet

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def both(path: Path, **kw):
    return read_sheet(path, reader="openpyxl", **kw), read_sheet(path, reader="calamine", **kw)


def office_workbook(path: Path) -> Path:
    """A title merged across, a note, an empty hidden first sheet, data from column B, dates,
    numbers, yes/no cells, a blank row, a merged cell in the data."""
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "说明"
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("名单")
    ws["B1"] = "高台县企业名单"
    ws.merge_cells("B1:F1")
    ws["B2"] = "填表说明：代码为文本"
    rows = [
        ["统一社会信用代码", "企业名称", "事故日期", "联系电话", "职业病危害隐患"],
        ["91620724MA01AB2C3L", "甲", dt.datetime(2026, 3, 5), 13912345678, True],
        ["11620724013256785L", "乙", dt.datetime(2026, 4, 1, 8, 30), 620724198001010018, False],
        [None, None, None, None, None],
        ["92620724MA73Q5H81X", "丙", "2026-05-01", 1.5, "否"],
    ]
    for r, values in enumerate(rows, start=4):
        for c, v in enumerate(values, start=2):
            ws.cell(row=r, column=c, value=v)
    ws.merge_cells("C8:C9")
    ws["B9"] = "91350100M000100Y43"
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: FIXTURES / "enterprises_sample.xlsx",
        lambda tmp: FIXTURES / "incidents_sample.xlsx",
        lambda tmp: office_workbook(tmp / "office.xlsx"),
    ],
    ids=["enterprises", "incidents", "office"],
)
def test_calamine_reads_as_openpyxl_does(tmp_path: Path, make) -> None:
    path = make(tmp_path)
    assert not needs_openpyxl(path, 10_000)  # read by calamine, not handed back
    slow, fast = both(path, is_header=lambda t: "统一社会信用代码" in t)
    assert fast == slow


def test_office_workbook_details(tmp_path: Path) -> None:
    sheet = read_sheet(office_workbook(tmp_path / "o.xlsx"), reader="calamine",
                       is_header=lambda t: "统一社会信用代码" in t)  # fmt: skip
    assert (sheet.sheet_name, sheet.header_row, sheet.skipped_rows) == ("名单", 4, (1, 2))
    assert sheet.rows[0].values[1:] == (
        "91620724MA01AB2C3L", "甲", dt.datetime(2026, 3, 5), 13912345678, True,
    )  # fmt: skip
    assert [r.number for r in sheet.rows] == [5, 6, 8, 9]
    assert sheet.rows[3].values[2] == "丙"  # the merged C8:C9 filled in
    codes = [code for code, _ in sheet.notices]
    assert codes.count("notice_merged_filled") == 1  # not the title's
    assert "notice_other_sheet" in codes


def with_cell(path: Path, ref: str, value: object, data_type: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["统一社会信用代码", "企业名称"])
    ws.append(["91620724MA01AB2C3L", "甲"])
    ws[ref] = value
    if data_type:
        ws[ref].data_type = data_type
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("ref", "value", "data_type"),
    [
        ("B3", '=A2&"x"', None),  # a formula saved without its value
        ("B3", "#N/A", "e"),  # an error cell
        ("IW2", "far right", None),  # right of column 256
        ("A1100", "far down", None),  # past the row limit (max_rows 50 + slack)
    ],
    ids=["formula", "error", "far-column", "far-row"],
)
def test_what_only_openpyxl_checks_goes_to_openpyxl(tmp_path, ref, value, data_type) -> None:
    path = with_cell(tmp_path / "x.xlsx", ref, value, data_type)
    assert needs_openpyxl(path, 50 + 1_000)
    try:
        slow = read_sheet(path, reader="openpyxl", max_rows=50)
    except SpreadsheetError as err:
        with pytest.raises(SpreadsheetError) as info:
            read_sheet(path, reader="calamine", max_rows=50)
        assert (info.value.code, info.value.detail) == (err.code, err.detail)
        return
    assert read_sheet(path, reader="calamine", max_rows=50) == slow


def test_a_damaged_part_goes_to_openpyxl(tmp_path: Path) -> None:
    import zipfile

    good = with_cell(tmp_path / "g.xlsx", "B3", "x")
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = data.replace(b' r="B3"', b"")  # a cell without its reference
            dst.writestr(info, data)
    assert needs_openpyxl(bad, 10_000)


def test_the_scan_cuts_between_tags(tmp_path: Path, monkeypatch) -> None:
    """Small pieces: no tag is seen cut in two (no false alarm), and a formula is still found."""
    from gaotai_desktop.files import spreadsheets

    monkeypatch.setattr(spreadsheets, "SCAN_CHUNK", 37)
    assert not needs_openpyxl(office_workbook(tmp_path / "o.xlsx"), 10_000)
    assert needs_openpyxl(with_cell(tmp_path / "f.xlsx", "B3", "=1+1"), 10_000)
