"""The importer against hostile and sloppy files: refused with row, column and reason, or read
faithfully; never half-written."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.services.importing import ImportFailed, ImportService
from gaotai_desktop.texts import import_problem_text

TODAY = dt.date(2026, 11, 28)
ENT = ["统一社会信用代码", "企业名称", "行业", "所属乡镇", "联系电话"]
INC = [
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
]
USCC_A = "91620724MA01AB2C3L"
USCC_B = "11620724013256785L"
USCC_C = "92620724MA73Q5H81X"
USCC_D = "91350100M000100Y43"
ID_1 = "620724198001010018"
ID_2 = "620724199512310025"


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]], merge: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    for ref in merge:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def failed(service: ImportService, kind: str, path: Path, **kw: object) -> list[str]:
    with pytest.raises(ImportFailed) as info:
        service.run(kind, path, today=TODAY, **kw)
    return [import_problem_text(p) for p in info.value.problems]


def counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
            for t in ("enterprise", "accident", "injured_person")
        }


def incident(**over: object) -> list[object]:
    row = dict(
        zip(
            INC,
            [
                "SG-1",
                USCC_A,
                "2026-03-05",
                "车间",
                "触电",
                "检修时触电",
                "张三",
                ID_1,
                "轻伤",
                "认定工伤",
            ],
            strict=True,
        )
    )
    row.update(over)
    return [row[h] for h in INC]


@pytest.fixture
def service(db) -> ImportService:
    return ImportService(db)


@pytest.fixture
def registered(service: ImportService, tmp_path: Path) -> ImportService:
    path = write_csv(
        tmp_path / "ent.csv",
        [ENT, [USCC_A, "甲建筑公司", "建筑业", "城关镇", ""], [USCC_B, "乙化工公司", "", "", ""]],
    )
    service.run("enterprises", path, today=TODAY)
    return service


# ------------------------------------------------------------------------------------------
# 2. an unclosed quote never swallows rows


def _ent_lines(n: int) -> list[str]:
    codes = [USCC_A, USCC_B, USCC_C, USCC_D, "11620724013256785L"]
    return [f"{codes[i % 4]},企业{i},建筑业,城关镇,0936-1234567" for i in range(n)]


@pytest.mark.parametrize(
    ("broken", "line"),
    [(1, 3), (2, 4), (3, 5)],
)
def test_unclosed_quote_is_refused_naming_its_line(
    db, service: ImportService, tmp_path: Path, broken: int, line: int
) -> None:
    lines = _ent_lines(4)
    lines[broken] = lines[broken].replace(",企业", ',"企业', 1)
    path = tmp_path / "e.csv"
    path.write_text(",".join(ENT) + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    before = sqlite_content_dump(db.engine)
    texts = failed(service, "enterprises", path)
    assert len(texts) == 1
    assert f"第{line}行" in texts[0] and "引号没有闭合" in texts[0] and "e.csv" in texts[0]
    assert "伤者姓名" not in texts[0]
    assert sqlite_content_dump(db.engine) == before


def test_unclosed_quote_in_incidents_is_not_an_empty_name(
    db, registered: ImportService, tmp_path: Path
) -> None:
    path = tmp_path / "i.csv"
    rows = [
        ",".join(INC),
        ",".join(incident(事故编号="SG-1")),
        ",".join(incident(事故编号="SG-2", 事故经过='"被机器"夹伤')),
        ",".join(incident(事故编号="SG-3", 身份证号=ID_2)),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    texts = failed(registered, "incidents", path)
    assert texts and all("伤者姓名" not in t for t in texts)
    assert "第3行" in texts[0]
    assert counts(registered.db)["accident"] == 0


# ------------------------------------------------------------------------------------------
# 3. merged cells: filled and announced, never blanked


@pytest.mark.parametrize(("ref", "column"), [("C2:C5", "industry"), ("D2:D5", "township")])
def test_merged_cells_are_filled(
    db, service: ImportService, tmp_path: Path, ref: str, column: str
) -> None:
    rows = [ENT] + [
        [c, f"企业{i}", "建筑业" if i == 0 else None, "城关镇" if i == 0 else None, ""]
        for i, c in enumerate([USCC_A, USCC_B, USCC_C, USCC_D])
    ]
    path = write_xlsx(tmp_path / "m.xlsx", rows, merge=(ref,))
    preview = service.preview("enterprises", path, today=TODAY)
    assert preview.ok
    assert any(ref in n and "已填入" in n for n in preview.notices)
    service.run("enterprises", path, today=TODAY)
    with db.engine.connect() as conn:
        got = list(conn.execute(text(f"SELECT {column} FROM enterprise")).scalars())
    assert len(got) == 4 and all(got)


# ------------------------------------------------------------------------------------------
# 4. the same accident is not counted twice


@pytest.mark.parametrize("variant", ["sg-1", "ＳＧ－１", " SG - 1 ", "Sg-1\u200b", "sg-1"])
def test_accident_number_is_normalised(
    db, registered: ImportService, tmp_path: Path, variant: str
) -> None:
    registered.run("incidents", write_csv(tmp_path / "a.csv", [INC, incident()]), today=TODAY)
    again = write_csv(tmp_path / "b.csv", [INC, incident(事故编号=variant)])
    preview = registered.preview("incidents", again, today=TODAY)
    assert preview.ok and preview.new == 0 and preview.unchanged == 1
    registered.run("incidents", again, today=TODAY)
    assert counts(db)["accident"] == 1


def test_accident_number_is_stored_normalised(db, registered: ImportService, tmp_path: Path):
    registered.run(
        "incidents", write_csv(tmp_path / "a.csv", [INC, incident(事故编号="sg－7 ")]), today=TODAY
    )
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT accident_no, import_key FROM accident")).one() == (
            "SG-7",
            "no:SG-7",
        )


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("事故经过", "检修配电箱时触电"),
        ("事故地点", "二号车间"),
        ("伤害程度", "重伤"),
        ("认定结论", "不予认定"),
        ("事故类别", "机械伤害"),
    ],
)
def test_unnumbered_accident_corrected_is_a_difference(
    db, registered: ImportService, tmp_path: Path, column: str, value: str
) -> None:
    first = write_csv(tmp_path / "a.csv", [INC, incident(事故编号="")])
    registered.run("incidents", first, today=TODAY)
    before = sqlite_content_dump(db.engine)
    corrected = write_csv(tmp_path / "b.csv", [INC, incident(事故编号="", **{column: value})])
    preview = registered.preview("incidents", corrected, today=TODAY)
    assert preview.ok and preview.new == 0 and preview.new_accidents == 0
    assert len(preview.differences) == 1
    assert any(c[2] == value for c in preview.differences[0].changes)
    result = registered.run("incidents", corrected, today=TODAY)
    assert result.accidents == 0 and result.updated == 0
    assert sqlite_content_dump(db.engine) == before
    result = registered.run("incidents", corrected, today=TODAY, update=True)
    assert result.accidents == 0 and result.updated == 1
    assert counts(db) == {"enterprise": 2, "accident": 1, "injured_person": 1}
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT a.description, a.place, a.category, p.severity, p.outcome "
                "FROM accident a JOIN injured_person p ON p.accident_id = a.id"
            )
        ).one()
    assert value in row
    again = registered.preview("incidents", corrected, today=TODAY)
    assert again.differences == () and again.unchanged == 1


def test_numbered_accident_with_a_new_person(db, registered: ImportService, tmp_path: Path):
    registered.run("incidents", write_csv(tmp_path / "a.csv", [INC, incident()]), today=TODAY)
    both = write_csv(
        tmp_path / "b.csv", [INC, incident(), incident(伤者姓名="李四", 身份证号=ID_2)]
    )
    preview = registered.preview("incidents", both, today=TODAY)
    assert [c[2] for c in preview.differences[0].changes] == ["李四"]
    registered.run("incidents", both, today=TODAY, update=True)
    assert counts(db)["injured_person"] == 2 and counts(db)["accident"] == 1


def test_two_unnumbered_rows_for_one_person_and_day(registered: ImportService, tmp_path: Path):
    path = write_csv(
        tmp_path / "a.csv",
        [INC, incident(事故编号=""), incident(事故编号="", 事故经过="另一种说法")],
    )
    texts = failed(registered, "incidents", path)
    assert len(texts) == 1
    assert texts[0].startswith("第3行：与第2行是同一事故的同一伤者")


# ------------------------------------------------------------------------------------------
# 6. values kept as written


def test_quotes_in_names_are_kept(db, service: ImportService, tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text(
        ",".join(ENT) + f'\n{USCC_A},"某某""公司""",,,\n{USCC_B},甲"乙"丙,,,\n', encoding="utf-8"
    )
    service.run("enterprises", path, today=TODAY)
    with db.engine.connect() as conn:
        names = set(conn.execute(text("SELECT name FROM enterprise")).scalars())
    assert names == {'某某"公司"', '甲"乙"丙'}


@pytest.mark.parametrize("phone", [9361234567, 936123456.0, 12345678])
def test_numeric_phone_cell_is_refused(db, service: ImportService, tmp_path: Path, phone) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", [ENT, [USCC_A, "甲", "", "", phone]])
    texts = failed(service, "enterprises", path)
    assert len(texts) == 1
    assert texts[0].startswith("第2行 “联系电话”") and "文本" in texts[0]


def test_numeric_mobile_number_is_safe(db, service: ImportService, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", [ENT, [USCC_A, "甲", "", "", 13912345678]])
    service.run("enterprises", path, today=TODAY)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT phone FROM enterprise")).scalar_one() == "13912345678"


@pytest.mark.parametrize(
    ("serial", "date"),
    [(46000, "2025-12-09"), (46000.75, "2025-12-09"), (45356, "2024-03-05"), (36526, "2000-01-01")],
)
def test_excel_date_serial_is_a_date(
    db, registered: ImportService, tmp_path: Path, serial: float, date: str
) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", [INC, incident(事故日期=serial)])
    registered.run("incidents", path, today=TODAY)
    with db.engine.connect() as conn:
        # SQLite gives the stored text, PostgreSQL a date
        assert str(conn.execute(text("SELECT occurred_on FROM accident")).scalar_one()) == date


# ------------------------------------------------------------------------------------------
# 7. nonsense dates


@pytest.mark.parametrize("value", ["0001-01-01", "1949-12-31", "1900-01-01", 1])
def test_too_early_accident_date(registered: ImportService, tmp_path: Path, value) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", [INC, incident(事故日期=value)])
    texts = failed(registered, "incidents", path)
    assert len(texts) == 1
    assert texts[0].startswith("第2行 “事故日期”") and "1950-01-01" in texts[0]


def test_first_accepted_date(db, registered: ImportService, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", [INC, incident(事故日期="1950-01-01")])
    registered.run("incidents", path, today=TODAY)
    assert counts(db)["accident"] == 1


# ------------------------------------------------------------------------------------------
# 8. bombs


def test_far_row_is_refused_fast_by_the_service(service: ImportService, tmp_path: Path) -> None:
    import zipfile

    path = write_xlsx(tmp_path / "far.xlsx", [["x"]])
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    parts["xl/worksheets/sheet1.xml"] = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>统一社会信用代码</t></is></c></row>'
        '<row r="200000000"><c r="A200000000" t="inlineStr"><is><t>x</t></is></c></row>'
        "</sheetData></worksheet>"
    ).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    texts = failed(service, "enterprises", path)
    assert "far.xlsx" in texts[0] and "200000000" in texts[0]


def test_unpacked_cap_on_the_service(service: ImportService, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "big.xlsx", [ENT] + [[USCC_A, "甲" * 100, "", "", ""]] * 50)
    service.max_unpacked = 2_000
    texts = failed(service, "enterprises", path)
    assert "big.xlsx" in texts[0] and "解压后" in texts[0]


# ------------------------------------------------------------------------------------------
# 9. messages that say what was found and what to do


def test_data_on_second_sheet(db, service: ImportService, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "封面"
    ws = wb.create_sheet("企业名单")
    ws.append(ENT)
    ws.append([USCC_A, "甲", "", "", ""])
    wb.save(tmp_path / "s.xlsx")
    preview = service.preview("enterprises", tmp_path / "s.xlsx", today=TODAY)
    assert preview.ok and preview.new == 1
    assert any("封面" in n and "企业名单" in n for n in preview.notices)


@pytest.mark.parametrize("formula", ["=B2", '=CONCAT("建","筑业")', "=VLOOKUP(A2,Sheet2!A:B,2,0)"])
def test_formula_without_value(service: ImportService, tmp_path: Path, formula: str) -> None:
    path = write_xlsx(tmp_path / "f.xlsx", [ENT, [USCC_A, "甲", formula, "", ""]])
    texts = failed(service, "enterprises", path)
    assert len(texts) == 1
    assert texts[0].startswith("第2行 “行业”") and "公式" in texts[0] and "保存" in texts[0]


@pytest.mark.parametrize("char", ["\u200b", "\ufeff", "\u200e", "\u2060"])
def test_invisible_character_in_credit_code_is_dropped(
    db, service: ImportService, tmp_path: Path, char: str
) -> None:
    path = write_csv(tmp_path / "e.csv", [ENT, [USCC_A[:8] + char + USCC_A[8:], "甲", "", "", ""]])
    service.run("enterprises", path, today=TODAY)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT uscc FROM enterprise")).scalar_one() == USCC_A


@pytest.mark.parametrize(
    ("char", "code"),
    [
        ("\u202e", "202E"),
        ("\u2066", "2066"),
        ("\u200f", "200F"),
        ("\x07", "0007"),
        ("\x85", "0085"),
        ("\x1b", "001B"),
        ("\u200b", "200B"),
    ],
)
def test_control_and_bidi_characters_are_refused(
    db, service: ImportService, tmp_path: Path, char: str, code: str
) -> None:
    path = write_csv(tmp_path / "e.csv", [ENT, [USCC_A, f"甲{char}公司", "", "", ""]])
    texts = failed(service, "enterprises", path)
    assert len(texts) == 1
    assert texts[0].startswith("第2行 “企业名称”") and f"U+{code}" in texts[0]
    assert counts(db)["enterprise"] == 0


def test_control_character_in_an_incident_name(registered: ImportService, tmp_path: Path):
    path = write_csv(tmp_path / "i.csv", [INC, incident(伤者姓名="张\u202e三")])
    texts = failed(registered, "incidents", path)
    assert texts == [texts[0]] and texts[0].startswith("第2行 “伤者姓名”") and "U+202E" in texts[0]


def test_multi_line_description_is_allowed(db, registered: ImportService, tmp_path: Path):
    path = write_csv(tmp_path / "i.csv", [INC, incident(事故经过="检修时\n触电\t送医")])
    registered.run("incidents", path, today=TODAY)
    assert counts(db)["accident"] == 1


def test_many_extra_columns_notice_is_short(service: ImportService, tmp_path: Path) -> None:
    header = ENT + [f"X{i}" for i in range(100_000)]
    path = tmp_path / "wide.csv"
    path.write_text(",".join(header) + f"\n{USCC_A},甲,,,\n", encoding="utf-8")
    preview = service.preview("enterprises", path, today=TODAY)
    assert preview.ok
    (notice,) = [n for n in preview.notices if "不属于导入格式" in n]
    assert "100,000" in notice and len(notice) < 200


def test_over_long_csv_field_names_the_row(service: ImportService, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(
        ",".join(ENT) + f'\n{USCC_A},甲,,,\n{USCC_B},"{"乙" * 200_000}",,,\n', encoding="utf-8"
    )
    texts = failed(service, "enterprises", path)
    assert "第3行" in texts[0] and "long.csv" in texts[0]


def test_missing_column_message_of_a_wide_file_is_short(service: ImportService, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"X{i}" for i in range(100_000)) + "\n1\n", encoding="utf-8")
    texts = failed(service, "enterprises", path)
    assert len(texts) == 1 and "缺少必需的列" in texts[0] and "100,000" in texts[0]
    assert len(texts[0]) < 600
