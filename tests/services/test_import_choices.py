"""List values (行业, 所属乡镇, 行业主管部门, 事故类别, 伤害程度) as people type them are stored as the
list's value, on import and on the forms' saves; unknown ones are named with row and column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services.container import build_services

from .test_import import INC_HEADERS, USCC_A, USCC_B, USCC_C, write_csv, write_xlsx

TODAY = dt.date(2026, 11, 28)
HEADERS = ["统一社会信用代码", "企业名称", "行业", "所属乡镇", "行业主管部门"]


@pytest.fixture
def services(db, db_path, tmp_path):
    return build_services(db, location=db_path, backup_dir=tmp_path / "backups")


def stored(db, sql: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def test_sample_industry_is_the_lists_value(db, services, fixtures: Path) -> None:
    """The sample writes 农、林、牧、渔业; the 行业 filter offers 农林牧渔业 and finds both."""
    result = services.importer.run("enterprises", fixtures / "enterprises_sample.csv", today=TODAY)
    assert result.created == 18
    farms = [t for t in services.enterprises.tiers(TODAY) if t.industry == "农林牧渔业"]
    assert len(farms) == 2
    assert "农林牧渔业" in services.enterprises.lookups().industries
    assert not [t for t in services.enterprises.tiers(TODAY) if "、林" in t.industry]
    assert any(
        "“行业”填写的“农、林、牧、渔业”已按列表记为“农林牧渔业”" in n for n in result.notices
    )


def test_variants_and_unknown_values_on_import(db, services, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "企业.xlsx",
        [
            HEADERS,
            [USCC_A, "甲农场", "A", "城关", "高台县应急管理局"],
            [USCC_B, "乙农场", "01 农业", "高台县城关镇", "应急局"],
            [USCC_C, "丙农场", "养殖", "骆驼城", "县林草局"],
        ],
    )
    preview = services.importer.preview("enterprises", path, today=TODAY)
    assert preview.ok, preview.problems
    notices = "\n".join(preview.notices)
    assert "第4行“行业”：“养殖”不在行业列表中，已按原样导入" in notices
    assert "第4行“行业主管部门”：“县林草局”不在行业主管部门列表中" in notices
    assert "第2行“所属乡镇”填写的“城关”已按列表记为“城关镇”" in notices
    services.importer.run("enterprises", path, today=TODAY)
    rows = stored(db, "SELECT name, industry, township, authority FROM enterprise ORDER BY name")
    assert rows == [
        ("丙农场", "养殖", "骆驼城镇", "县林草局"),
        ("乙农场", "农林牧渔业", "城关镇", "县应急管理局"),
        ("甲农场", "农林牧渔业", "城关镇", "县应急管理局"),
    ]


def test_an_unknown_township_is_still_refused(db, services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "e.csv", [HEADERS, [USCC_A, "甲", "建筑业", "酒泉镇", ""]])
    preview = services.importer.preview("enterprises", path, today=TODAY)
    assert [(p.row, p.column, p.code) for p in preview.problems] == [
        (2, "所属乡镇", "unknown_choice")
    ]


def test_incident_categories_and_severities_on_import(db, services, tmp_path: Path) -> None:
    ent = write_csv(tmp_path / "e.csv", [HEADERS, [USCC_A, "甲建筑公司", "建筑业", "城关镇", ""]])
    services.importer.run("enterprises", ent, today=TODAY)
    rows = [
        ["SG-1", USCC_A, "2026-03-05", "工地", "高空坠落", "", "张三", "620724198001010018",
         "重伤害", "认定工伤"],
        ["SG-2", USCC_A, "2026-04-05", "库房", "中毒、窒息", "", "李四", "620724199512310025",
         "轻 伤", ""],
    ]  # fmt: skip
    path = write_csv(tmp_path / "i.csv", [INC_HEADERS, *rows])
    result = services.importer.run("incidents", path, today=TODAY)
    assert (result.accidents, result.persons) == (2, 2)
    assert any("第2行“事故类别”填写的“高空坠落”已按列表记为“高处坠落”" in n for n in result.notices)
    got = stored(
        db,
        "SELECT a.category, p.severity FROM accident a JOIN injured_person p "
        "ON p.accident_id = a.id ORDER BY a.occurred_on",
    )
    assert got == [("高处坠落", "重伤"), ("中毒和窒息", "轻伤")]


def test_form_saves_use_the_same_normaliser(db, services) -> None:
    """What the enterprise and accident dialogs save goes through the services' normaliser."""
    row = services.enterprises.create(
        EnterpriseInput(
            uscc=USCC_A,
            name="甲农场",
            industry="农、林、牧、渔业",
            township="城关",
            authority="应急局",
        ),
        today=TODAY,
    )
    assert (row.industry, row.township, row.authority) == ("农林牧渔业", "城关镇", "县应急管理局")
    result = services.accidents.record(
        AccidentInput(
            uscc=USCC_A,
            occurred_on=dt.date(2026, 5, 1),
            category="高空坠落",
            persons=(PersonInput("张三", severity="重伤害"),),
        ),
        today=TODAY,
    )
    assert result.accident.category == "高处坠落"
    assert [p.severity for p in services.accidents.persons(result.accident.id)] == ["重伤"]
