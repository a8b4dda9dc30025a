"""The import service against a real SQLite file and real files written to ``tmp_path``."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.services.importing import (
    ImportCancelled,
    ImportFailed,
    ImportPreview,
    ImportService,
)
from gaotai_desktop.texts import import_problem_text

TODAY = dt.date(2026, 11, 28)
ENT_HEADERS = ["统一社会信用代码", "企业名称", "行业", "所属乡镇", "职业病危害隐患"]
INC_HEADERS = [
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
ID_1 = "620724198001010018"
ID_2 = "620724199512310025"
ID_3 = "11010519491231002X"


# ------------------------------------------------------------------------------------------
# helpers


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def gbk_copy(src: Path, dest: Path) -> Path:
    dest.write_text(src.read_text(encoding="utf-8-sig"), encoding="gbk")
    return dest


def failed(service: ImportService, kind: str, path: Path, **kw: object) -> list[str]:
    """Run an import that must fail; return the problem texts."""
    with pytest.raises(ImportFailed) as info:
        service.run(kind, path, today=TODAY, **kw)
    texts = [import_problem_text(p) for p in info.value.problems]
    preview = service.preview(kind, path, today=TODAY)
    assert not preview.ok
    assert [import_problem_text(p) for p in preview.problems] == texts
    return texts


def counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
            for t in ("enterprise", "accident", "injured_person")
        }


@pytest.fixture
def service(db) -> ImportService:
    return ImportService(db)


@pytest.fixture
def enterprises(service: ImportService, tmp_path: Path) -> ImportService:
    """Three registered enterprises."""
    path = write_csv(
        tmp_path / "ent.csv",
        [
            ENT_HEADERS,
            [USCC_A, "甲建筑公司", "建筑业", "城关镇", "否"],
            [USCC_B, "乙化工公司", "制造业", "南华镇", "是"],
            [USCC_C, "丙物流公司", "", "", ""],
        ],
    )
    service.run("enterprises", path, today=TODAY)
    return service


def incident(**over: object) -> list[object]:
    row = {
        "事故编号": "SG-1",
        "统一社会信用代码": USCC_A,
        "事故日期": "2026-03-05",
        "事故地点": "车间",
        "事故类别": "触电",
        "事故经过": "检修时触电",
        "伤者姓名": "张三",
        "身份证号": ID_1,
        "伤害程度": "轻伤",
        "认定结论": "认定工伤",
    }
    row.update(over)
    return [row[h] for h in INC_HEADERS]


# ------------------------------------------------------------------------------------------
# the sample files, three ways


@pytest.fixture(params=["xlsx", "csv-utf8-bom", "csv-gbk"])
def sample_files(request, fixtures: Path, tmp_path: Path) -> tuple[Path, Path]:
    if request.param == "xlsx":
        return fixtures / "enterprises_sample.xlsx", fixtures / "incidents_sample.xlsx"
    if request.param == "csv-utf8-bom":
        assert (fixtures / "enterprises_sample.csv").read_bytes().startswith(b"\xef\xbb\xbf")
        return fixtures / "enterprises_sample.csv", fixtures / "incidents_sample.csv"
    return (
        gbk_copy(fixtures / "enterprises_sample.csv", tmp_path / "企业.csv"),
        gbk_copy(fixtures / "incidents_sample.csv", tmp_path / "事故.csv"),
    )


def test_sample_round_trip(db, service: ImportService, sample_files, fixtures: Path) -> None:
    ent_file, inc_file = sample_files
    preview = service.preview("enterprises", ent_file, today=TODAY)
    assert preview.ok and preview.new == 18 and preview.total_rows == 18
    result = service.run("enterprises", ent_file, today=TODAY)
    assert (result.created, result.updated, result.skipped) == (18, 0, 0)

    preview = service.preview("incidents", inc_file, today=TODAY)
    assert preview.ok, [import_problem_text(p) for p in preview.problems]
    assert (preview.total_rows, preview.new_accidents, preview.new_persons) == (14, 12, 14)
    # SG2026-0007 names two categories on its three rows: the first row's is kept, with a notice
    assert any("SG2026-0007" in n and "物体打击" in n for n in preview.notices)
    result = service.run("incidents", inc_file, today=TODAY)
    assert (result.accidents, result.persons, result.skipped) == (12, 14, 0)
    assert counts(db) == {"enterprise": 18, "accident": 12, "injured_person": 14}

    expected = json.loads((fixtures / "expected_tiers_2026-11-28.json").read_text("utf-8"))
    with db.engine.connect() as conn:
        counted = dict(
            conn.execute(
                text(
                    """
                    SELECT e.uscc, COUNT(*) FROM accident a JOIN enterprise e ON e.id = a.enterprise_id
                    WHERE a.occurred_on BETWEEN '2026-01-01' AND :as_of AND NOT a.voided
                      AND EXISTS (SELECT 1 FROM injured_person p
                                  WHERE p.accident_id = a.id AND p.outcome <> '不予认定')
                    GROUP BY e.uscc
                    """
                ),
                {"as_of": TODAY.isoformat()},
            ).all()
        )
        hazards = dict(conn.execute(text("SELECT uscc, hazard FROM enterprise")).all())
        persons = conn.execute(
            text(
                "SELECT p.seq, p.name, p.id_number, p.severity, p.outcome, p.created_by "
                "FROM injured_person p JOIN accident a ON a.id = p.accident_id "
                "WHERE a.accident_no = 'SG2026-0007' ORDER BY p.seq"
            )
        ).all()
        unnumbered = conn.execute(
            text("SELECT import_key, accident_no FROM accident WHERE accident_no IS NULL")
        ).all()
    for e in expected:
        assert counted.get(e["uscc"], 0) == e["accidents"], e["name"]
        assert bool(hazards[e["uscc"]]) == e["hazard"], e["name"]
    assert [(p.seq, p.name) for p in persons] == [(0, "朱玉兰"), (1, "李军"), (2, "李桂芳")]
    assert persons[0].id_number == "620724196712261893"
    assert {p.created_by for p in persons} == {"tester"}
    assert len(unnumbered) == 2
    # enterprise + date + ID number (the same accident re-imported is recognised)
    assert all(k.startswith("p:") and len(k) == 42 for k, _ in unnumbered)


def test_reimport_creates_nothing(db, service: ImportService, fixtures: Path) -> None:
    service.run("enterprises", fixtures / "enterprises_sample.xlsx", today=TODAY)
    service.run("incidents", fixtures / "incidents_sample.xlsx", today=TODAY)
    before = sqlite_content_dump(db.engine)
    # the same data again, in the other format: recognised as the same rows
    for kind, name in (("enterprises", "enterprises_sample"), ("incidents", "incidents_sample")):
        for ext in ("xlsx", "csv"):
            preview = service.preview(kind, fixtures / f"{name}.{ext}", today=TODAY)
            assert preview.ok and preview.new == 0 and preview.differences == ()
            assert preview.unchanged == preview.total_rows
            result = service.run(kind, fixtures / f"{name}.{ext}", today=TODAY)
            assert result.created == 0 and result.accidents == 0 and result.persons == 0
            assert result.skipped == preview.total_rows
    assert sqlite_content_dump(db.engine) == before


# ------------------------------------------------------------------------------------------
# enterprises: problems (nothing written)


def test_bad_credit_code(db, service: ImportService, tmp_path: Path) -> None:
    before = sqlite_content_dump(db.engine)
    path = write_csv(
        tmp_path / "e.csv",
        [
            ENT_HEADERS,
            [USCC_A, "甲", "", "", ""],
            ["91620724MA01AB2C3M", "乙", "", "", ""],
            ["91620724MA01AB2C3", "", "", "", ""],
        ],
    )
    texts = failed(service, "enterprises", path)
    assert texts == [
        "第3行 “统一社会信用代码”：校验位错误：应为“L”，实际为“M”",
        "第4行 “统一社会信用代码”：应为18位，实际为17位",
        "第4行 “企业名称”：不能为空",
    ]
    assert sqlite_content_dump(db.engine) == before


def test_duplicate_code_in_one_file(db, service: ImportService, tmp_path: Path) -> None:
    before = sqlite_content_dump(db.engine)
    path = write_csv(
        tmp_path / "e.csv",
        [
            ENT_HEADERS,
            [USCC_A, "甲", "", "", ""],
            [USCC_B, "乙", "", "", ""],
            [USCC_A.lower(), "甲（重复）", "", "", ""],
        ],
    )
    texts = failed(service, "enterprises", path)
    assert len(texts) == 2
    assert texts[0].startswith("第2行 “统一社会信用代码”：")
    assert texts[1].startswith("第4行 “统一社会信用代码”：")
    assert f"{USCC_A} 在文件中重复出现（第2、4行）" in texts[0]
    assert sqlite_content_dump(db.engine) == before


def test_unknown_township_and_bad_hazard(db, service: ImportService, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "e.csv", [ENT_HEADERS, [USCC_A, "甲", "", "火星镇", "也许"]])
    texts = failed(service, "enterprises", path)
    assert texts[0].startswith("第2行 “所属乡镇”：“火星镇”不在可选范围内（可选：")
    assert texts[1] == "第2行 “职业病危害隐患”：“也许”应填“是”或“否”"
    assert counts(db)["enterprise"] == 0


def test_hazard_words(db, service: ImportService, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "e.xlsx",
        [
            ["企业名称", "统一社会信用代码", "职业病危害隐患"],  # order free
            ["甲", USCC_A, "Y"],
            ["乙", USCC_B, 0],
            ["丙", USCC_C, "true"],
        ],
    )
    preview = service.preview("enterprises", path, today=TODAY)
    assert preview.ok
    # columns not in the file are named in a notice
    assert any("所属乡镇" in n for n in preview.notices)
    service.run("enterprises", path, today=TODAY)
    with db.engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT uscc, hazard FROM enterprise")).all())
    assert rows == {USCC_A: 1, USCC_B: 0, USCC_C: 1}


def test_extra_columns_are_ignored_with_a_notice(
    db, service: ImportService, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "e.csv",
        [["序号", *ENT_HEADERS, "备注"], ["1", USCC_A, "甲", "建筑业", "城关镇", "否", "老客户"]],
    )
    result = service.run("enterprises", path, today=TODAY)
    assert result.created == 1
    assert any("序号" in n and "备注" in n and "忽略" in n for n in result.notices)


def test_missing_required_column(db, service: ImportService, tmp_path: Path) -> None:
    before = sqlite_content_dump(db.engine)
    path = write_csv(tmp_path / "e.csv", [["统一社会信用代码", "行业"], [USCC_A, "建筑业"]])
    texts = failed(service, "enterprises", path)
    assert len(texts) == 1
    assert texts[0].startswith(
        "第1行：缺少必需的列：企业名称。应有的列：统一社会信用代码、企业名称、行业"
    )
    assert texts[0].endswith("文件中的列：统一社会信用代码、行业")
    assert sqlite_content_dump(db.engine) == before


def test_incident_file_given_to_enterprise_import(
    db, service: ImportService, fixtures: Path
) -> None:
    before = sqlite_content_dump(db.engine)
    texts = failed(service, "enterprises", fixtures / "incidents_sample.xlsx")
    assert len(texts) == 1 and texts[0].startswith("这似乎是事故导入文件")
    assert "不是企业导入文件" in texts[0]
    assert sqlite_content_dump(db.engine) == before


def test_enterprise_file_given_to_incident_import(
    db, service: ImportService, fixtures: Path
) -> None:
    before = sqlite_content_dump(db.engine)
    texts = failed(service, "incidents", fixtures / "enterprises_sample.csv")
    assert len(texts) == 1 and texts[0].startswith("这似乎是企业导入文件")
    assert sqlite_content_dump(db.engine) == before


def test_not_a_spreadsheet(db, service: ImportService, tmp_path: Path) -> None:
    before = sqlite_content_dump(db.engine)
    path = tmp_path / "名单.xlsx"
    path.write_bytes(bytes(range(256)) * 64)
    texts = failed(service, "enterprises", path)
    assert texts == ["文件“名单.xlsx”不是 Excel 工作簿（.xlsx）或 CSV 表格文件，无法导入"]
    assert sqlite_content_dump(db.engine) == before


def test_row_cap(db, service: ImportService, tmp_path: Path) -> None:
    before = sqlite_content_dump(db.engine)
    service.max_rows = 2
    path = write_csv(
        tmp_path / "e.csv",
        [
            ENT_HEADERS,
            [USCC_A, "甲", "", "", ""],
            [USCC_B, "乙", "", "", ""],
            [USCC_C, "丙", "", "", ""],
        ],
    )
    texts = failed(service, "enterprises", path)
    assert texts == ["文件的数据行超过 2 行；请拆分后分批导入"]
    assert sqlite_content_dump(db.engine) == before
    service.max_rows = 3
    assert service.run("enterprises", path, today=TODAY).created == 3


def test_size_cap(db, service: ImportService, fixtures: Path) -> None:
    service.max_bytes = 100
    texts = failed(service, "enterprises", fixtures / "enterprises_sample.csv")
    assert texts[0].startswith("文件“enterprises_sample.csv”过大")


def test_empty_template_is_a_problem(db, service: ImportService, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "e.csv", [ENT_HEADERS])
    assert failed(service, "enterprises", path) == ["文件中只有表头，没有数据行"]


def test_numeric_credit_code_cell(db, service: ImportService, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", [ENT_HEADERS, [916207240132567853, "甲", "", "", ""]])
    texts = failed(service, "enterprises", path)
    assert texts[0].startswith("第2行 “统一社会信用代码”：单元格被 Excel 存为数字（9.16207E+17）")


# ------------------------------------------------------------------------------------------
# enterprises: differences, updates, restores


def test_differences_are_reported_not_applied(
    db, enterprises: ImportService, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "e2.csv",
        [
            ENT_HEADERS,
            [USCC_A, "甲建筑公司", "建筑业", "城关镇", "否"],  # unchanged
            [USCC_B, "乙化工有限公司", "制造业", "宣化镇", "否"],  # changed
            ["92620724MA73Q5H81X", "丙物流公司", "", "", ""],  # unchanged
            ["91350100M000100Y43", "丁公司", "", "", ""],  # new
        ],
    )
    preview = enterprises.preview("enterprises", path, today=TODAY)
    assert preview.ok
    assert (preview.new, preview.unchanged, len(preview.differences)) == (1, 2, 1)
    diff = preview.differences[0]
    assert (diff.row, diff.uscc, diff.name) == (3, USCC_B, "乙化工有限公司")
    assert diff.changes == (
        ("企业名称", "乙化工公司", "乙化工有限公司"),
        ("所属乡镇", "南华镇", "宣化镇"),
        ("职业病危害隐患", "是", "否"),
    )
    result = enterprises.run("enterprises", path, today=TODAY)
    assert (result.created, result.updated, result.skipped) == (1, 0, 3)
    assert any("1 家已登记企业" in n for n in result.notices)
    with db.engine.connect() as conn:
        name, version = conn.execute(
            text("SELECT name, row_version FROM enterprise WHERE uscc = :u"), {"u": USCC_B}
        ).one()
    assert (name, version) == ("乙化工公司", 1)

    result = enterprises.run("enterprises", path, today=TODAY, update=True)
    assert (result.created, result.updated, result.skipped) == (0, 1, 3)
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT name, township, hazard, row_version, updated_by FROM enterprise "
                "WHERE uscc = :u"
            ),
            {"u": USCC_B},
        ).one()
    assert tuple(row) == ("乙化工有限公司", "宣化镇", 0, 2, "tester")


def test_soft_deleted_enterprise_is_restored_on_update(
    db, enterprises: ImportService, tmp_path: Path
) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE enterprise SET deleted_at = '2026-06-01 00:00:00', deleted_by = 'x' WHERE uscc = :u"
            ),
            {"u": USCC_C},
        )
    path = write_csv(tmp_path / "e.csv", [ENT_HEADERS, [USCC_C, "丙物流公司", "", "", ""]])
    preview = enterprises.preview("enterprises", path, today=TODAY)
    assert preview.differences[0].changes == (("状态", "已删除", "恢复"),)
    q = text("SELECT deleted_at FROM enterprise WHERE uscc = :u")
    enterprises.run("enterprises", path, today=TODAY)
    with db.engine.connect() as conn:
        assert conn.execute(q, {"u": USCC_C}).scalar_one() is not None
    result = enterprises.run("enterprises", path, today=TODAY, update=True)
    assert result.updated == 1
    with db.engine.connect() as conn:
        assert conn.execute(q, {"u": USCC_C}).scalar_one() is None


# ------------------------------------------------------------------------------------------
# incidents


def test_incident_dates_ids_and_accident_grouping(
    db, enterprises: ImportService, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "i.xlsx",
        [
            INC_HEADERS,
            incident(事故日期=dt.datetime(2026, 3, 5)),
            incident(伤者姓名="李四", 身份证号=ID_2, 事故日期="2026/3/5", 认定结论=""),
            incident(
                事故编号="", 统一社会信用代码=USCC_B, 事故日期="2026年4月1日", 身份证号=ID_3.lower()
            ),
            incident(事故编号=None, 统一社会信用代码=USCC_B, 事故日期="2026-04-02", 身份证号=None),
        ],
    )
    result = enterprises.run("incidents", path, today=TODAY)
    assert (result.accidents, result.persons) == (3, 4)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.accident_no, a.occurred_on, p.seq, p.name, p.id_number, p.outcome "
                "FROM accident a JOIN injured_person p ON p.accident_id = a.id "
                "ORDER BY a.occurred_on, p.seq"
            )
        ).all()
    assert [(r[0], str(r[1]), *r[2:]) for r in rows] == [  # str: SQLite's text, PostgreSQL's date
        ("SG-1", "2026-03-05", 0, "张三", ID_1, "认定工伤"),
        ("SG-1", "2026-03-05", 1, "李四", ID_2, "待认定"),
        (None, "2026-04-01", 0, "张三", ID_3, "认定工伤"),
        (None, "2026-04-02", 0, "张三", "", "认定工伤"),
    ]
    # and again: nothing new
    before = sqlite_content_dump(db.engine)
    again = enterprises.run("incidents", path, today=TODAY)
    assert (again.accidents, again.persons, again.skipped) == (0, 0, 4)
    assert sqlite_content_dump(db.engine) == before


def _incident_failure(
    enterprises: ImportService, db, tmp_path: Path, rows, xlsx=False
) -> list[str]:
    before = sqlite_content_dump(db.engine)
    if xlsx:
        path = write_xlsx(tmp_path / "i.xlsx", [INC_HEADERS, *rows])
    else:
        path = write_csv(tmp_path / "i.csv", [INC_HEADERS, *rows])
    texts = failed(enterprises, "incidents", path)
    assert sqlite_content_dump(db.engine) == before
    return texts


def test_bad_id_number(db, enterprises: ImportService, tmp_path: Path) -> None:
    texts = _incident_failure(
        enterprises,
        db,
        tmp_path,
        [
            incident(),
            incident(事故编号="SG-2", 身份证号="620724198001010019"),
            incident(事故编号="SG-3", 身份证号="620724203001010011"),
        ],
    )
    assert texts == [
        "第3行 “身份证号”：校验位错误：应为“8”，实际为“9”",
        "第4行 “身份证号”：出生日期“20300101”不是有效日期或晚于今天",
    ]


def test_numeric_id_cell_in_xlsx(db, enterprises: ImportService, tmp_path: Path) -> None:
    texts = _incident_failure(enterprises, db, tmp_path, [incident(身份证号=int(ID_1))], xlsx=True)
    assert len(texts) == 1
    assert texts[0].startswith("第2行 “身份证号”：单元格被 Excel 存为数字（6.20724E+17）")
    assert "文本" in texts[0]


@pytest.mark.parametrize("value", ["6.20724E+17", "620724198001010000"])
def test_numeric_id_text_in_csv(db, enterprises: ImportService, tmp_path: Path, value: str) -> None:
    texts = _incident_failure(enterprises, db, tmp_path, [incident(身份证号=value)])
    assert texts == [
        f"第2行 “身份证号”：单元格被 Excel 存为数字（{value}），长号码的后几位已丢失；"
        "请把该列设置为“文本”格式后重新输入"
    ]


def test_future_and_unreadable_dates(db, enterprises: ImportService, tmp_path: Path) -> None:
    texts = _incident_failure(
        enterprises,
        db,
        tmp_path,
        [
            incident(事故日期="2026-11-29"),
            incident(事故编号="SG-2", 事故日期="3月5日"),
            incident(事故编号="SG-3", 事故日期="2026-02-30"),
            incident(事故编号="SG-4", 事故日期=""),
        ],
    )
    assert texts == [
        "第2行 “事故日期”：日期2026-11-29晚于今天",
        "第3行 “事故日期”：“3月5日”不是有效日期，应为 YYYY-MM-DD（例如 2026-03-05）",
        "第4行 “事故日期”：“2026-02-30”不是有效日期，应为 YYYY-MM-DD（例如 2026-03-05）",
        "第5行 “事故日期”：不能为空",
    ]


def test_unknown_and_deleted_enterprise(db, enterprises: ImportService, tmp_path: Path) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE enterprise SET deleted_at = '2026-06-01 00:00:00' WHERE uscc = :u"),
            {"u": USCC_C},
        )
    texts = _incident_failure(
        enterprises,
        db,
        tmp_path,
        [
            incident(统一社会信用代码="91350100M000100Y43"),
            incident(事故编号="SG-2", 统一社会信用代码=USCC_C),
        ],
    )
    assert texts == [
        "第2行 “统一社会信用代码”：企业未登记：统一社会信用代码 91350100M000100Y43 不在企业名单中，"
        "请先导入或录入该企业",
        f"第3行 “统一社会信用代码”：企业“丙物流公司”（{USCC_C}）已被删除，请先恢复该企业",
    ]


def test_choices_and_required_name(db, enterprises: ImportService, tmp_path: Path) -> None:
    texts = _incident_failure(
        enterprises,
        db,
        tmp_path,
        [incident(事故类别="摔跤", 伤者姓名="", 伤害程度="擦伤", 认定结论="不知道")],
    )
    assert texts[0].startswith("第2行 “事故类别”：“摔跤”不在可选范围内")
    assert texts[1] == "第2行 “伤者姓名”：不能为空"
    assert texts[2] == "第2行 “伤害程度”：“擦伤”不在可选范围内（可选：轻伤、重伤、死亡）"
    assert texts[3].startswith("第2行 “认定结论”：“不知道”不在可选范围内（可选：待认定、认定工伤")


def test_rows_of_one_accident_must_agree(db, enterprises: ImportService, tmp_path: Path) -> None:
    texts = _incident_failure(
        enterprises,
        db,
        tmp_path,
        [
            incident(),
            incident(伤者姓名="李四", 身份证号=ID_2, 事故日期="2026-03-06"),
            incident(伤者姓名="王五", 身份证号=ID_1),
        ],
    )
    assert texts == [
        "第3行 “事故日期”：事故编号“SG-1”在第2行为“2026-03-05”，本行为“2026-03-06”；同一事故的各行必须一致",
        "第4行 “身份证号”：与第2行是同一事故（SG-1）的同一伤者（身份证号相同）",
    ]


def test_numbered_accident_of_another_enterprise(
    db, enterprises: ImportService, tmp_path: Path
) -> None:
    enterprises.run(
        "incidents", write_csv(tmp_path / "a.csv", [INC_HEADERS, incident()]), today=TODAY
    )
    texts = _incident_failure(enterprises, db, tmp_path, [incident(统一社会信用代码=USCC_B)])
    assert texts == [
        f"第2行 “事故编号”：事故编号“SG-1”已登记在另一家企业“甲建筑公司”（{USCC_A}）名下，请核对事故编号"
    ]


def test_identical_unnumbered_rows(db, enterprises: ImportService, tmp_path: Path) -> None:
    row = incident(事故编号="")
    texts = _incident_failure(enterprises, db, tmp_path, [row, row])
    assert texts == ["第3行：与第2行完全相同（同一事故的同一伤者重复出现）"]


def test_cancel_rolls_back(db, enterprises: ImportService, fixtures: Path, tmp_path: Path) -> None:
    before = sqlite_content_dump(db.engine)
    calls: list[tuple[int, int]] = []

    def stop_at_the_end(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total  # refuse the last call: everything is written but not committed

    path = write_csv(
        tmp_path / "i.csv",
        [INC_HEADERS, incident(), incident(事故编号="SG-2", 统一社会信用代码=USCC_B)],
    )
    with pytest.raises(ImportCancelled):
        enterprises.run("incidents", path, today=TODAY, progress=stop_at_the_end)
    assert calls[0] == (0, 4) and calls[-1] == (4, 4)
    assert sqlite_content_dump(db.engine) == before

    with pytest.raises(ImportCancelled):
        enterprises.run(
            "enterprises",
            fixtures / "enterprises_sample.csv",
            today=TODAY,
            progress=lambda d, t: False,
        )
    assert sqlite_content_dump(db.engine) == before


def test_progress_for_a_large_file(db, enterprises: ImportService, tmp_path: Path) -> None:
    """5,000 rows: several bulk chunks, progress reported as it goes, all rows written."""
    rows = [incident(事故编号=f"SG-{i}", 伤者姓名=f"伤者{i}") for i in range(5_000)]
    path = write_csv(tmp_path / "big.csv", [INC_HEADERS, *rows])
    calls: list[tuple[int, int]] = []
    result = enterprises.run(
        "incidents", path, today=TODAY, progress=lambda d, t: calls.append((d, t)) or True
    )
    assert (result.accidents, result.persons) == (5_000, 5_000)
    assert len(calls) > 3 and calls[-1] == (10_000, 10_000)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert counts(db)["accident"] == 5_000


def test_preview_writes_nothing(db, service: ImportService, fixtures: Path, tmp_path: Path) -> None:
    before = sqlite_content_dump(db.engine)
    copy = shutil.copy(fixtures / "enterprises_sample.xlsx", tmp_path / "e.xlsx")
    preview = service.preview("enterprises", copy, today=TODAY)
    assert isinstance(preview, ImportPreview) and preview.new == 18
    assert sqlite_content_dump(db.engine) == before


def test_unknown_kind(service: ImportService, fixtures: Path) -> None:
    with pytest.raises(ValueError):
        service.preview("people", fixtures / "enterprises_sample.csv", today=TODAY)
