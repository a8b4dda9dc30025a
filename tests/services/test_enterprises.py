import dataclasses
import datetime as dt

import pytest

from gaotai_desktop.domain.errors import Conflict, NotFound, ValidationError
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services.accidents import AccidentFilter, AccidentService
from gaotai_desktop.services.enterprises import EnterpriseService
from gaotai_desktop.texts import error_text

TODAY = dt.date(2026, 11, 28)
GOOD = EnterpriseInput(
    uscc=" 91620724ma01ab2c3l ",
    name="高台县测试建筑有限公司",
    industry="建筑业",
    township="城关镇",
    authority="县住房和城乡建设局",
    phone="0936-6651234",
)


def test_create_normalises_and_stamps(db):
    svc = EnterpriseService(db)
    row = svc.create(GOOD, today=TODAY)
    assert row.uscc == "91620724MA01AB2C3L" and row.row_version == 1
    with db.engine.connect() as conn:
        stamps = conn.exec_driver_sql(
            "SELECT created_by, created_at, updated_by, length(id) FROM enterprise"
        ).one()
    assert stamps[0::2] == ("tester", "tester")
    assert stamps[3] == 36
    # SQLite stores "2026-11-28 09:00:00.000000", PostgreSQL a timestamp
    assert dt.datetime.fromisoformat(str(stamps[1])) == dt.datetime(2026, 11, 28, 9, 0)


def test_duplicate_code_is_a_conflict_naming_the_existing_enterprise(db):
    svc = EnterpriseService(db)
    first = svc.create(GOOD, today=TODAY)
    with pytest.raises(Conflict) as exc:
        svc.create(dataclasses.replace(GOOD, name="别的名字"), today=TODAY)
    assert exc.value.detail["id"] == first.id
    assert "高台县测试建筑有限公司" in error_text(exc.value)


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"uscc": "91620724MA01AB2C3M"}, "uscc", "check"),
        ({"name": "  "}, "name", "required"),
        ({"township": "北京镇"}, "township", "unknown_choice"),
        ({"hazard": True, "hazard_date": dt.date(2027, 1, 1)}, "hazard_date", "date_future"),
    ],
)
def test_bad_input_writes_nothing(db, change, field, code):
    svc = EnterpriseService(db)
    with pytest.raises(ValidationError) as exc:
        svc.create(dataclasses.replace(GOOD, **change), today=TODAY)
    assert (exc.value.field, exc.value.code) == (field, code)
    assert svc.tiers(TODAY) == []


def test_bad_check_character_accepted_only_with_a_reason(db):
    svc = EnterpriseService(db)
    bad = dataclasses.replace(GOOD, uscc="91620724MA01AB2C3M")
    row = svc.create(bad, today=TODAY, override_reason="营业执照原件如此，经主管核实")
    assert row.uscc == "91620724MA01AB2C3M"
    with db.engine.connect() as conn:
        reason = conn.exec_driver_sql("SELECT uscc_override_reason FROM enterprise").scalar()
    assert reason.startswith("营业执照")


def test_update_checks_the_version_and_soft_delete_hides(db):
    svc = EnterpriseService(db)
    row = svc.create(GOOD, today=TODAY)
    updated = svc.update(
        row.id,
        dataclasses.replace(GOOD, name="高台县改名有限公司"),
        today=TODAY,
        expected_version=1,
    )
    assert updated.name == "高台县改名有限公司" and updated.row_version == 2
    with pytest.raises(Conflict) as exc:
        svc.update(row.id, GOOD, today=TODAY, expected_version=1)
    assert exc.value.code == "stale"
    svc.delete(row.id, reason="重复登记")
    with pytest.raises(NotFound):
        svc.get(row.id)
    assert svc.find_by_uscc("91620724MA01AB2C3L") is None
    again = svc.create(GOOD, today=TODAY)  # re-registering restores the same row
    assert again.id == row.id


def test_accident_needs_a_known_enterprise_and_valid_persons(db):
    accs = AccidentService(db)
    with pytest.raises(ValidationError) as exc:
        accs.record(
            AccidentInput("91620724MA01AB2C3L", TODAY, persons=(PersonInput("李四"),)), today=TODAY
        )
    assert exc.value.code == "unknown_enterprise"
    EnterpriseService(db).create(GOOD, today=TODAY)
    with pytest.raises(ValidationError) as exc:
        accs.record(
            AccidentInput(
                "91620724MA01AB2C3L", TODAY, persons=(PersonInput("李四", "620724198001010019"),)
            ),
            today=TODAY,
        )
    assert (exc.value.field, exc.value.code) == ("id_number", "check")
    with pytest.raises(ValidationError) as exc:
        accs.record(AccidentInput("91620724MA01AB2C3L", dt.date(2026, 11, 29)), today=TODAY)
    assert exc.value.code == "date_future"
    assert accs.list() == []


def test_accident_list_filters(db):
    EnterpriseService(db).create(GOOD, today=TODAY)
    accs = AccidentService(db)
    p = PersonInput("王五", "620724199512310025", "重伤", "待认定")
    accs.record(
        AccidentInput(
            "91620724MA01AB2C3L", dt.date(2026, 3, 1), "工地", "高处坠落", "", "SG-1", (p,)
        ),
        today=TODAY,
    )
    accs.record(
        AccidentInput("91620724MA01AB2C3L", dt.date(2025, 3, 1), "工地", "坍塌", "", "", (p,)),
        today=TODAY,
    )
    assert len(accs.list()) == 2
    assert [a.accident_no for a in accs.list(AccidentFilter(date_from=dt.date(2026, 1, 1)))] == [
        "SG-1"
    ]
    assert [a.category for a in accs.list(AccidentFilter(category="坍塌"))] == ["坍塌"]
    assert len(accs.list(AccidentFilter(township="城关镇", outcome="待认定"))) == 2
    assert accs.list(AccidentFilter(township="宣化镇")) == []
    assert len(accs.list(AccidentFilter(search="测试建筑"))) == 2
    persons = accs.persons(accs.list(AccidentFilter(search="SG-1"))[0].id)
    assert [(x.name, x.id_number) for x in persons] == [("王五", "620724199512310025")]


def _with_two_accidents(db):
    from gaotai_desktop.services.notices import NoticeService

    ents, accs = EnterpriseService(db), AccidentService(db)
    row = ents.create(GOOD, today=TODAY)
    p = PersonInput("王五", "620724199512310025", "重伤", "待认定")
    for day in (3, 4):
        accs.record(
            AccidentInput(
                "91620724MA01AB2C3L", dt.date(2026, 3, day), "工地", "坍塌", "", "", (p,)
            ),
            today=TODAY,
        )
    return ents, accs, NoticeService(db), row


@pytest.mark.parametrize(("reason", "code"), [("  ", "required"), ("因" * 257, "too_long")])
def test_deleting_needs_a_reason_and_writes_nothing_without_one(db, reason, code):
    ents, _accs, _notices, row = _with_two_accidents(db)
    with pytest.raises(ValidationError) as exc:
        ents.delete(row.id, reason=reason)
    assert (exc.value.field, exc.value.code) == ("deleted_reason", code)
    assert error_text(exc.value).startswith("删除原因：")
    assert [t.enterprise_id for t in ents.tiers(TODAY)] == [row.id]
    assert ents.deleted(TODAY) == []


def test_deleted_enterprise_leaves_tiers_plans_and_lists_and_restore_brings_it_back(db):
    ents, accs, notices, row = _with_two_accidents(db)
    assert ents.tier_of(row.id, TODAY).accidents == 2
    assert {n.enterprise_id for n in notices.plan(TODAY)} == {row.id}
    ents.delete(row.id, reason="  重复登记，\n 应为另一家 ")
    assert ents.tiers(TODAY) == [] and notices.plan(TODAY) == [] and accs.list() == []
    with pytest.raises(NotFound):
        ents.tier_of(row.id, TODAY)
    [gone] = ents.deleted(TODAY)
    assert (gone.id, gone.name, gone.accidents) == (row.id, row.name, 2)
    assert (gone.deleted_by, gone.deleted_reason) == ("tester", "重复登记， 应为另一家")
    assert gone.deleted_at == dt.datetime(2026, 11, 28, 9, 0)
    with pytest.raises(NotFound):  # deleting twice
        ents.delete(row.id, reason="再删一次")

    back = ents.restore(row.id)
    assert back.id == row.id and back.row_version == row.row_version + 2
    assert ents.deleted(TODAY) == []
    tier = ents.tier_of(row.id, TODAY)
    assert tier.accidents == 2 and tier.tier.name == "ORANGE"
    assert len(accs.list()) == 2 and {n.enterprise_id for n in notices.plan(TODAY)} == {row.id}
    with db.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT deleted_at, deleted_by, deleted_reason FROM enterprise"
        ).one()
    assert tuple(stored) == (None, None, "")
    with pytest.raises(NotFound):  # restoring what is not deleted
        ents.restore(row.id)


def test_restore_needs_a_supervisor(db):
    """A clerk may not undo a deletion (a supervisor may; anyone while there are no users)."""
    from gaotai_desktop.domain.errors import PermissionDenied
    from gaotai_desktop.services.enterprises import may_restore

    ents, _accs, _notices, row = _with_two_accidents(db)
    ents.delete(row.id, reason="录入错误")
    assert may_restore(db.role)
    db.role = "clerk"
    assert not may_restore(db.role)
    with pytest.raises(PermissionDenied) as exc:
        ents.restore(row.id)
    assert "无权" in error_text(exc.value)
    assert [d.id for d in ents.deleted(TODAY)] == [row.id]
