"""One search over a whole sheet says whether any row needs the per-row cell checks."""

from __future__ import annotations

import datetime as dt

from gaotai_desktop.files.spreadsheets import FormulaWithoutValue, SheetRow
from gaotai_desktop.services.importing.cells import no_cell_problems

CLEAN = [
    SheetRow(2, ("SG-1", "91620724MA01AB2C3L", dt.datetime(2026, 3, 5), 1.5, True, None)),
    SheetRow(3, ("SG-2", "张三", 620724198001010018, "", False, "作业中受伤")),
]


def test_a_clean_sheet_needs_no_per_row_check() -> None:
    assert no_cell_problems(CLEAN)
    assert no_cell_problems([])


def test_an_invisible_character_anywhere_sends_the_rows_to_the_per_row_check() -> None:
    for text in ("张\u200b三", "x\u202e", "a\x07b"):
        assert not no_cell_problems([*CLEAN, SheetRow(4, ("SG-3", text))])


def test_a_formula_without_value_sends_them_too() -> None:
    assert not no_cell_problems([*CLEAN, SheetRow(4, (FormulaWithoutValue("=A1"),))])
