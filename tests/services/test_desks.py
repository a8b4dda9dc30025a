"""Two desks on one database (SQLite file, or PostgreSQL with ``GAOTAI_TEST_PG``): a save made from
an out-of-date record is refused with the other desk's values instead of overwriting them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from gaotai_desktop.data.engine import make_engine
from gaotai_desktop.domain.errors import Conflict
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services.base import Database
from gaotai_desktop.services.container import build_services
from gaotai_desktop.texts import error_text

T = dt.date(2026, 11, 28)
USCC = "91620724MA01AB2C3L"


@pytest.fixture
def desks(db, db_path):
    """Desk 1 (``tester``) and desk 2 (``desk2``, its own engine) over the same database."""
    other = Database(
        make_engine(db_path), actor="desk2", clock=lambda: dt.datetime(2026, 11, 28, 10)
    )
    yield build_services(db), build_services(other)
    other.engine.dispose()


def enterprise(services):
    data = EnterpriseInput(USCC, "高台县鑫源建筑工程有限公司", "建筑业", "城关镇",
                           legal_representative="张三", phone="0936-6651234")  # fmt: skip
    return services.enterprises.create(data, today=T)


def test_saving_an_enterprise_another_desk_changed_is_refused_with_its_values(desks):
    one, two = desks
    shown = enterprise(one)  # both desks show version 1
    theirs = dataclasses.replace(shown.as_input(), legal_representative="李四")
    saved = two.enterprises.update(shown.id, theirs, today=T, expected_version=shown.row_version)
    assert saved.row_version == shown.row_version + 1

    mine = dataclasses.replace(shown.as_input(), phone="0936-6650000")
    with pytest.raises(Conflict) as caught:
        one.enterprises.update(shown.id, mine, today=T, expected_version=shown.row_version)
    err = caught.value
    assert err.code == "stale" and err.detail["by"] == "desk2"
    assert err.detail["changes"] == {"legal_representative": "李四", "phone": "0936-6651234"}
    text = error_text(err)
    assert text.startswith("该记录已被他人修改，请刷新后重试")
    assert "已被他人修改：法定代表人“李四”；联系电话“0936-6651234”（对方的值）" in text
    assert "desk2" in text
    # nothing of desk 1's save was written; from the current version it saves
    now = one.enterprises.get(shown.id)
    assert (now.legal_representative, now.phone) == ("李四", "0936-6651234")
    again = one.enterprises.update(shown.id, mine, today=T, expected_version=saved.row_version)
    assert (again.phone, again.row_version) == ("0936-6650000", saved.row_version + 1)


def test_saving_an_accident_another_desk_changed_is_refused_with_its_values(desks):
    one, two = desks
    enterprise(one)
    person = PersonInput("王五", "620724198001010018", "轻伤", "认定工伤")
    data = AccidentInput(USCC, dt.date(2026, 3, 5), "施工现场", "高处坠落", persons=(person,))
    acc = one.accidents.record(data, today=T).accident
    seen = one.accidents.version(acc.id)
    seen_two = two.accidents.version(acc.id)
    assert seen == seen_two
    two.accidents.update(acc.id, dataclasses.replace(data, place="二号楼"), today=T,
                         expected_version=seen_two)  # fmt: skip
    with pytest.raises(Conflict) as caught:
        one.accidents.update(acc.id, dataclasses.replace(data, description="脚手架"), today=T,
                             expected_version=seen)  # fmt: skip
    assert caught.value.detail["changes"] == {"place": "二号楼", "description": ""}
    assert "事故地点“二号楼”" in error_text(caught.value)
    assert one.accidents.get(acc.id).place == "二号楼"
    assert one.accidents.get(acc.id).description == ""
    # without a version (scripts, imports) the save goes through as before
    one.accidents.update(acc.id, dataclasses.replace(data, description="脚手架"), today=T)
    assert one.accidents.get(acc.id).description == "脚手架"


def test_an_authority_saved_by_another_desk_is_not_overwritten(desks):
    one, two = desks
    row = next(a for a in one.enterprises.authorities() if a.active)
    two.enterprises.save_authority(row.id, address="县府大院1号", contact="",
                                   expected_version=row.row_version)  # fmt: skip
    with pytest.raises(Conflict) as caught:
        one.enterprises.save_authority(row.id, address="县府大院2号", contact="",
                                       expected_version=row.row_version)  # fmt: skip
    assert caught.value.detail["changes"] == {"address": "县府大院1号"}


def test_the_accident_search_ignores_case_on_every_database(desks):
    """SQLite's LIKE ignores ASCII case, PostgreSQL's does not: the search behaves the same."""
    from gaotai_desktop.services.accidents import AccidentFilter

    one, _two = desks
    enterprise(one)
    person = PersonInput("王五", "620724198001010018", "轻伤", "认定工伤")
    one.accidents.record(
        AccidentInput(USCC, dt.date(2026, 3, 5), "工地", "高处坠落", accident_no="SG-7",
                      persons=(person,)), today=T,
    )  # fmt: skip
    for term in ("sg-7", "SG-7", "ma01ab2c3l", "鑫源"):
        assert [r.accident_no for r in one.accidents.list(AccidentFilter(search=term))] == ["SG-7"]
    assert one.accidents.list(AccidentFilter(search="sg-8")) == []
