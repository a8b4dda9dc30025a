"""The hazard's facts (stored, shown missing in the notice plan) and the industry authorities'
addresses (prefilled by migration 0006, editable, readable for receipts): real SQLite files."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from gaotai_desktop.data import queries
from gaotai_desktop.data.engine import make_engine, migrate
from gaotai_desktop.domain.errors import Conflict, NotFound
from gaotai_desktop.domain.notices import DUE
from gaotai_desktop.domain.reference import AUTHORITIES, AUTHORITY_ADDRESSES
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import build_services
from gaotai_desktop.texts import missing_hazard_facts_text

T = dt.date(2026, 11, 28)
SCHEMAS = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"


def test_every_county_authority_has_a_default_address(db):
    rows = build_services(db).enterprises.authorities()
    assert [r.name for r in rows] == list(AUTHORITIES)
    for r in rows:
        assert r.address == AUTHORITY_ADDRESSES[r.name]
        assert r.address.startswith("甘肃省张掖市高台县")


def test_authority_address_is_edited_and_read_by_short_or_full_name(db):
    ent = build_services(db).enterprises
    row = next(r for r in ent.authorities() if r.name == "县应急管理局")
    saved = ent.save_authority(
        row.id, address="  甘肃省张掖市高台县城关镇  新建路8号 ", contact="张科长 0936-6600001",
        expected_version=row.row_version,
    )  # fmt: skip
    assert saved.address == "甘肃省张掖市高台县城关镇 新建路8号"
    assert saved.row_version == row.row_version + 1
    assert ent.authority_address("县应急管理局") == saved.address
    assert ent.authority_address("高台县应急管理局") == saved.address  # as letters name it
    assert ent.authority_address("县文化和旅游局") == ""
    with pytest.raises(Conflict):
        ent.save_authority(row.id, address="x", contact="", expected_version=row.row_version)
    with pytest.raises(NotFound):
        ent.save_authority("no-such-id", address="x", contact="")
    with db.transaction() as s:  # what services/letter_requests.py reads inside its transaction
        assert queries.authority_address(s, "高台县应急管理局") == saved.address


def test_a_released_database_gets_the_addresses_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(SCHEMAS / "0005.sqlite", path)
    engine = make_engine(path)
    migrate(engine, tmp_path / "backups", dt.datetime(2026, 12, 5, 9, 0))
    engine.dispose()
    with sqlite3.connect(path) as con:
        got = dict(con.execute("SELECT name, address FROM authority"))
        hazard = con.execute(
            "SELECT hazard_reference, hazard_description FROM enterprise WHERE id = 'e-0002'"
        ).fetchone()
    assert got == AUTHORITY_ADDRESSES
    assert hazard == ("高卫职检〔2026〕7号", "")


def test_the_hazard_keeps_its_facts_and_the_plan_names_the_missing_ones(db):
    services = build_services(db)
    ent = services.enterprises
    full = ent.create(
        EnterpriseInput("91620724MA01AB2C3L", "高台县祁连化工有限公司", hazard=True,
                        hazard_date=dt.date(2026, 6, 18), hazard_source="县卫生健康局监督检查",
                        hazard_reference="高卫监〔2026〕15号",
                        hazard_description=" 粉碎车间  粉尘浓度超标 "),
        today=T,
    )  # fmt: skip
    assert full.hazard_description == "粉碎车间 粉尘浓度超标"
    assert ent.get(full.id).as_input().hazard_description == "粉碎车间 粉尘浓度超标"
    bare = ent.create(
        EnterpriseInput("91350100M000100Y43", "高台县金川化工有限公司", hazard=True), today=T
    )
    plan = [r for r in services.notices.plan(T) if r.status == DUE]
    assert plan, "hazard enterprises are orange: letters are due"
    by_name = {r.name: r for r in plan}
    assert by_name[full.name].missing_hazard_facts == ()
    gaps = by_name[bare.name].missing_hazard_facts
    assert gaps == ("hazard_date", "hazard_source", "hazard_description")
    assert missing_hazard_facts_text(gaps) == "缺：隐患发现日期、隐患发现单位、隐患内容"
    assert all(r.missing_hazard_facts == gaps for r in plan if r.name == bare.name)


def _cli(*argv):
    import io

    from gaotai_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


HEADER = (
    "统一社会信用代码,企业名称,职业病危害隐患,隐患发现日期,隐患发现单位,隐患内容,隐患文书编号\n"
)


def test_the_hazard_facts_are_imported_from_optional_columns(tmp_path):
    db = tmp_path / "i.sqlite"
    good = tmp_path / "good.csv"
    good.write_text(
        HEADER + "91620724MA01AB2C3L,高台县祁连化工有限公司,是,2026/6/18,县卫生健康局监督检查,"
        "粉碎车间粉尘浓度超标,高卫监〔2026〕15号\n"
        "91350100M000100Y43,高台县金川化工有限公司,是,,,,\n",
        encoding="utf-8",
    )
    code, out, err = _cli("--db", db, "import", "enterprises", good, "--today", T)
    assert code == 0, err
    with sqlite3.connect(db) as con:
        rows = dict(
            (r[0], r[1:])
            for r in con.execute(
                "SELECT uscc, hazard_date, hazard_source, hazard_description, hazard_reference"
                " FROM enterprise"
            )
        )
    assert rows["91620724MA01AB2C3L"] == (
        "2026-06-18", "县卫生健康局监督检查", "粉碎车间粉尘浓度超标", "高卫监〔2026〕15号",
    )  # fmt: skip
    assert rows["91350100M000100Y43"] == (None, "", "", "")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER + "91620724MA01AB2C3L,高台县祁连化工有限公司,是,2026-13-01,,,\n"
        "91350100M000100Y43,高台县金川化工有限公司,是,2027-01-05,,,\n",
        encoding="utf-8",
    )
    code, out, err = _cli("--db", db, "import", "enterprises", bad, "--update", "--today", T)
    assert code == 1
    assert "第2行 “隐患发现日期”" in err and "第3行 “隐患发现日期”" in err
