"""Prevention training and rights-hotline calls travel with home-visit sync: a session and a call
registered on a laptop reach the office (with their stamps and audit entries) and come back with
the receipt; the office's reach the laptop; a township's laptop holds its enterprises' attendance
and calls (and every session); both ends editing one record, or adding one enterprise to one
session, are conflicts or agreements, never a failed import; a duplicate enterprise's attendance
and calls are re-pointed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from gaotai_desktop.data.models import (
    AuditEntry,
    HotlineCall,
    TrainingAttendance,
    TrainingSession,
)
from gaotai_desktop.domain.outreach import AttendanceInput, HotlineInput, TrainingInput
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import build_services, open_services

from .test_sync_records import PASS, TODAY, rows, uscc

BUILD, SHOP, FAR = uscc(11), uscc(12), uscc(13)  # 城关镇, 城关镇, 宣化镇


def training(
    *attendance: tuple[str, int], people: int = 0, topic: str = "高处坠落防范"
) -> TrainingInput:
    return TrainingInput(
        dt.date(2026, 11, 20), "企业会议室", topic, "王敏", "建筑业", people=people,
        attendance=tuple(AttendanceInput(u, n) for u, n in attendance),
    )  # fmt: skip


def call(code: str = "", advice: str = "告知申请工伤认定的时限") -> HotlineInput:
    return HotlineInput(
        dt.datetime(2026, 11, 21, 10, 15), "consultation", "李强", caller_name="张三",
        caller_phone="13912345678", uscc=code, advice=advice,
    )  # fmt: skip


def office(db, db_path: Path, tmp_path: Path):
    o = build_services(db, location=db_path, backup_dir=tmp_path / "backups")
    for code, name, town in (
        (BUILD, "高台县鑫源建筑工程有限公司", "城关镇"),
        (SHOP, "高台县祁连面粉加工有限公司", "城关镇"),
        (FAR, "高台县宣化物流有限公司", "宣化镇"),
    ):
        o.enterprises.create(EnterpriseInput(code, name, "建筑业", town), today=TODAY)
    return o


def checkout(o, tmp_path: Path, name: str = "笔记本一", townships: tuple[str, ...] = ()):
    o.sync.enroll(name, PASS, tmp_path / f"co-{name}.gsync", townships)
    lap = open_services(tmp_path / f"{name}.sqlite", backup_dir=tmp_path / "lb", actor="外出科员")
    lap.sync.checkout((tmp_path / f"co-{name}.gsync").read_bytes(), PASS)
    return lap


def round_trip(o, lap, tmp_path: Path, n: int):
    """The laptop exports, the office imports (and answers), the laptop imports the receipt."""
    lap.sync.export(PASS, tmp_path / f"c{n}.gsync")
    outcome = o.sync.import_package(
        (tmp_path / f"c{n}.gsync").read_bytes(), PASS, receipt=tmp_path / f"r{n}.gsync"
    )
    lap.sync.import_package((tmp_path / f"r{n}.gsync").read_bytes(), PASS)
    return outcome


def attendance(services, session_id: str) -> dict[str, int]:
    return {a.uscc: a.people for a in services.training.get(session_id).attendance}


def foreign_keys_hold(services) -> bool:
    with services.db.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_a_session_and_a_call_from_the_road_reach_the_office_and_come_back(db, db_path, tmp_path):
    o = office(db, db_path, tmp_path)
    lap = checkout(o, tmp_path)
    try:
        held = lap.training.add(training((BUILD, 5), (SHOP, 3), people=10), today=TODAY)
        rang = lap.hotline.add(call(BUILD), today=TODAY)
        assert lap.sync.status().pending >= 4  # the session, two enterprises, the call
        lap.sync.export(PASS, tmp_path / "c.gsync")
        outcome = o.sync.import_package(
            (tmp_path / "c.gsync").read_bytes(), PASS, receipt=tmp_path / "r.gsync"
        )
        assert outcome.conflicts == 0 and outcome.applied == 4, o.sync.conflicts()
        # the office's services list them, with the people and the enterprise
        (at_office,) = o.training.list(2026)
        assert at_office.id == held.id and at_office.people == 10
        assert attendance(o, held.id) == {BUILD: 5, SHOP: 3}
        assert o.training.counts(dt.date(2026, 11, 1), dt.date(2026, 11, 30)).enterprises == 2
        (taken,) = o.hotline.list(TODAY)
        assert taken.id == rang.id and taken.uscc == BUILD
        assert taken.enterprise_name == "高台县鑫源建筑工程有限公司"
        assert taken.caller == "张*" and taken.advice == "告知申请工伤认定的时限"
        # with the laptop clerk's stamps, and in the office's audit trail
        for model, rid in ((TrainingSession, held.id), (HotlineCall, rang.id)):
            (row,) = rows(o, model, id=rid)
            assert row["created_by"] == "外出科员" and row["row_version"] == 1
        with o.db.transaction() as s:
            audited = set(
                s.execute(select(AuditEntry.table_name, AuditEntry.action).where(
                    AuditEntry.table_name.in_(["training_session", "training_attendance",
                                               "hotline_call"])
                )).all()
            )  # fmt: skip
        assert {t for t, _a in audited} == {
            "training_session", "training_attendance", "hotline_call"
        }  # fmt: skip
        # the receipt: nothing pending on the laptop
        lap.sync.import_package((tmp_path / "r.gsync").read_bytes(), PASS)
        assert lap.sync.status().pending == 0
        # an office session (with an enterprise of another township) and a call with no
        # enterprise reach the laptop with the next receipt; so does the office's edit of the
        # laptop's session, which took one enterprise off the list
        office_held = o.training.add(training((FAR, 7), topic="危化品储运"), today=TODAY)
        anonymous = o.hotline.add(call(), today=TODAY)
        o.training.edit(held.id, training((BUILD, 6), people=10), today=TODAY)
        round_trip(o, lap, tmp_path, 2)
        assert {t.id for t in lap.training.list(2026)} == {held.id, office_held.id}
        assert attendance(lap, office_held.id) == {FAR: 7}
        assert attendance(lap, held.id) == {BUILD: 6}, "the list follows the office's edit"
        assert {c.id: c.uscc for c in lap.hotline.list(TODAY)} == {rang.id: BUILD, anonymous.id: ""}
        assert lap.sync.status().pending == 0 and foreign_keys_hold(lap)
    finally:
        lap.dispose()


def test_a_township_laptop_holds_its_enterprises_attendance_and_calls(db, db_path, tmp_path):
    o = office(db, db_path, tmp_path)
    shared = o.training.add(training((BUILD, 4), (FAR, 2)), today=TODAY)
    elsewhere = o.training.add(training((FAR, 9), topic="仓储安全"), today=TODAY)
    mine, theirs, nobody = (o.hotline.add(call(c), today=TODAY) for c in (SHOP, FAR, ""))
    lap = checkout(o, tmp_path, "城关镇笔记本", ("城关镇",))
    try:
        # every session; the attendance and calls of 城关镇's enterprises, and calls of none
        assert {t.id for t in lap.training.list()} == {shared.id, elsewhere.id}
        assert attendance(lap, shared.id) == {BUILD: 4}
        assert attendance(lap, elsewhere.id) == {}
        assert {c.id for c in lap.hotline.list(TODAY)} == {mine.id, nobody.id}
        assert foreign_keys_hold(lap)
        # a session held on the visit with 城关镇's enterprises travels back
        visit = lap.training.add(training((BUILD, 3), (SHOP, 2)), today=TODAY)
        # the office's later changes: only the township's reach the laptop
        o.training.edit(elsewhere.id, training((FAR, 9), (SHOP, 1), topic="仓储安全"),
                        today=TODAY)  # fmt: skip
        later_theirs = o.hotline.add(call(FAR, "另一镇的来电"), today=TODAY)
        later_mine = o.hotline.add(call(BUILD, "本镇的来电"), today=TODAY)
        outcome = round_trip(o, lap, tmp_path, 1)
        assert outcome.conflicts == 0
        assert attendance(o, visit.id) == {BUILD: 3, SHOP: 2}
        assert attendance(lap, elsewhere.id) == {SHOP: 1}
        calls = {c.id for c in lap.hotline.list(TODAY)}
        assert later_mine.id in calls and later_theirs.id not in calls and theirs.id not in calls
        assert rows(lap, TrainingAttendance, enterprise_id=o.enterprises.find_by_uscc(FAR).id) == []
        assert foreign_keys_hold(lap)
    finally:
        lap.dispose()


def test_both_ends_edit_one_call_and_one_session(db, db_path, tmp_path):
    o = office(db, db_path, tmp_path)
    held = o.training.add(training((BUILD, 4), people=10), today=TODAY)
    rang = o.hotline.add(call(BUILD), today=TODAY)
    lap = checkout(o, tmp_path)
    try:
        lap.training.edit(held.id, training((BUILD, 4), people=10, topic="笔记本改的题目"),
                          today=TODAY)  # fmt: skip
        o.training.edit(held.id, training((BUILD, 4), people=10, topic="办公室改的题目"),
                        today=TODAY)  # fmt: skip
        lap.hotline.close(rang.id, on=TODAY, outcome="已申请工伤认定", today=TODAY)
        o.hotline.close(rang.id, on=TODAY, outcome="已转劳动监察", today=TODAY)
        lap.sync.export(PASS, tmp_path / "c.gsync")
        outcome = o.sync.import_package(
            (tmp_path / "c.gsync").read_bytes(), PASS, receipt=tmp_path / "r.gsync"
        )
        assert outcome.conflicts == 2
        found = {(c.table, c.kind, c.fields): c for c in o.sync.conflicts()}
        topic = found["training_session", "edit_edit", ("topic",)]
        ended = found["hotline_call", "edit_edit", ("outcome",)]
        assert (topic.office["topic"], topic.laptop["topic"]) == (
            "办公室改的题目",
            "笔记本改的题目",
        )
        # a call belongs to its enterprise: no letter for it while the conflict is open; a
        # session belongs to no single enterprise and holds back none
        assert ended.uscc == BUILD and topic.uscc == "" and topic.enterprise_name == ""
        assert set(o.sync.open_conflict_enterprises()) == {ended.enterprise_id}
        # how a call ended is no legal field: a clerk settles it
        assert ended.guarded == ()
        assert o.hotline.get(rang.id, TODAY).outcome == "已转劳动监察", "never a silent overwrite"
        assert attendance(o, held.id) == {BUILD: 4}, "the list replaced at both ends: still one row"
        o.sync.resolve(topic.id, "laptop", "以现场签到表为准")
        o.sync.resolve(ended.id, "office", "已电话核实")
        assert o.training.get(held.id).topic == "笔记本改的题目"
        assert o.sync.open_conflict_enterprises() == {}
        lap.sync.import_package((tmp_path / "r.gsync").read_bytes(), PASS)
        assert lap.sync.status().pending == 0
        assert attendance(lap, held.id) == {BUILD: 4} and foreign_keys_hold(lap)
    finally:
        lap.dispose()


def test_one_enterprise_added_to_one_session_at_both_ends(db, db_path, tmp_path):
    from gaotai_desktop import texts

    o = office(db, db_path, tmp_path)
    held = o.training.add(training((BUILD, 5), people=20), today=TODAY)
    lap = checkout(o, tmp_path)
    try:
        # both ends add 城关镇's mill: the laptop with 6 people, the office with 4; the laptop
        # also adds the same far enterprise with the same count as the office
        lap.training.edit(held.id, training((BUILD, 5), (SHOP, 6), (FAR, 2), people=20),
                          today=TODAY)  # fmt: skip
        o.training.edit(held.id, training((BUILD, 5), (SHOP, 4), (FAR, 2), people=20),
                        today=TODAY)  # fmt: skip
        lap.sync.export(PASS, tmp_path / "c.gsync")
        outcome = o.sync.import_package(
            (tmp_path / "c.gsync").read_bytes(), PASS, receipt=tmp_path / "r.gsync"
        )
        (c,) = o.sync.conflicts()
        assert outcome.conflicts == 1
        assert (c.table, c.kind, c.fields, c.uscc) == ("training_attendance", "duplicate",
                                                        ("people",), SHOP)  # fmt: skip
        assert (c.office["people"], c.laptop["people"]) == (4, 6)
        assert texts.SYNC_KIND_NAMES[c.kind] == "重复登记"
        assert texts.sync_record_text(c.table, c.record_id).startswith("预防培训参训企业")
        assert attendance(o, held.id) == {BUILD: 5, SHOP: 4, FAR: 2}
        # the receipt replaces the laptop's copies by the office's rows
        lap.sync.import_package((tmp_path / "r.gsync").read_bytes(), PASS)
        assert lap.sync.status().pending == 0
        office_ids = {r["id"] for r in rows(o, TrainingAttendance, session_id=held.id)}
        assert {r["id"] for r in rows(lap, TrainingAttendance, session_id=held.id)} == office_ids
        assert attendance(lap, held.id) == {BUILD: 5, SHOP: 4, FAR: 2}
        o.sync.resolve(c.id, "laptop", "以现场签到表为准")
        assert attendance(o, held.id)[SHOP] == 6
        round_trip(o, lap, tmp_path, 2)
        assert attendance(lap, held.id) == {BUILD: 5, SHOP: 6, FAR: 2} and foreign_keys_hold(lap)
    finally:
        lap.dispose()


def test_a_duplicate_enterprise_takes_its_attendance_and_calls_along(db, db_path, tmp_path):
    o = office(db, db_path, tmp_path)
    lap = checkout(o, tmp_path)
    try:
        new = uscc(77)
        o.enterprises.create(EnterpriseInput(new, "办公室登记的名称", "建筑业", "城关镇"),
                             today=TODAY)  # fmt: skip
        lap.enterprises.create(EnterpriseInput(new, "笔记本登记的名称", "建筑业", "城关镇"),
                               today=TODAY)  # fmt: skip
        held = lap.training.add(training((new, 8), (BUILD, 2)), today=TODAY)
        rang = lap.hotline.add(call(new), today=TODAY)
        outcome = round_trip(o, lap, tmp_path, 1)
        assert outcome.conflicts == 1  # the enterprise's name
        office_id = o.enterprises.find_by_uscc(new).id
        (c,) = o.sync.conflicts()
        assert (c.table, c.kind, c.record_id) == ("enterprise", "duplicate", office_id)
        # at the office: attendance and the call hang on the office's (only) record
        (row,) = rows(o, TrainingAttendance, session_id=held.id, enterprise_id=office_id)
        assert row["people"] == 8
        assert o.hotline.get(rang.id, TODAY).enterprise_id == office_id
        assert attendance(o, held.id) == {new: 8, BUILD: 2}
        # and on the laptop, once its copy gave way to the office's
        assert lap.enterprises.find_by_uscc(new).id == office_id
        assert {r["enterprise_id"] for r in rows(lap, TrainingAttendance, session_id=held.id)} == {
            office_id, o.enterprises.find_by_uscc(BUILD).id
        }  # fmt: skip
        assert lap.hotline.get(rang.id, TODAY).enterprise_id == office_id
        assert lap.sync.status().pending == 0 and foreign_keys_hold(lap)
    finally:
        lap.dispose()


def test_a_session_edited_twice_between_exports_sends_no_conflict(db, db_path, tmp_path):
    """Each edit replaces the attendance rows: rows made and removed again on the laptop reach
    the office as nothing, and the removal of a row the office already replaced is agreed."""
    o = office(db, db_path, tmp_path)
    held = o.training.add(training((BUILD, 5), people=12), today=TODAY)
    lap = checkout(o, tmp_path)
    try:
        for n in (6, 7):
            lap.training.edit(held.id, training((BUILD, n), people=12), today=TODAY)
        o.training.edit(held.id, training((BUILD, 5), (SHOP, 1), people=12), today=TODAY)
        outcome = round_trip(o, lap, tmp_path, 1)
        (c,) = o.sync.conflicts()  # only the enterprise at both ends with different counts
        assert outcome.conflicts == 1 and (c.kind, c.fields) == ("duplicate", ("people",))
        assert attendance(lap, held.id) == attendance(o, held.id) == {BUILD: 5, SHOP: 1}
        assert lap.sync.status().pending == 0 and foreign_keys_hold(lap)
    finally:
        lap.dispose()


def test_a_session_or_a_call_in_the_conflict_list_is_named_by_its_day():
    from gaotai_desktop import texts

    assert texts.sync_record_text("training_session", "x", {"held_on": "2026-11-20"}) == (
        "预防培训 2026-11-20"
    )
    assert texts.sync_record_text("hotline_call", "x", {"called_at": "2026-11-21T10:15:00"}) == (
        "维权热线来电 2026-11-21"
    )


def test_the_conflict_queue_names_every_field_of_a_session_and_a_call_in_chinese():
    from gaotai_desktop import texts
    from gaotai_desktop.data.models import Base
    from gaotai_desktop.services.audit import STAMP_COLUMNS

    for name in ("training_session", "training_attendance", "hotline_call"):
        for column in Base.metadata.tables[name].c:
            if column.name not in STAMP_COLUMNS and column.name != "id":
                shown = texts.sync_field_name(column.name)
                assert shown != column.name, (name, column.name)


def test_taking_the_laptops_removal_of_an_attendance_row_the_office_changed(db, db_path, tmp_path):
    o = office(db, db_path, tmp_path)
    held = o.training.add(training((BUILD, 5), (SHOP, 2), people=20), today=TODAY)
    lap = checkout(o, tmp_path)
    try:
        # the office corrects the mill's count in place (a settled conflict does so); the
        # laptop, not knowing, takes the mill off the list
        row_id = rows(o, TrainingAttendance, session_id=held.id, enterprise_id=(
            o.enterprises.find_by_uscc(SHOP).id))[0]["id"]  # fmt: skip
        with o.db.transaction() as s:
            a = s.get(TrainingAttendance, row_id)
            a.people = 3
            o.db.touch(a)
        lap.training.edit(held.id, training((BUILD, 5), people=20), today=TODAY)
        round_trip(o, lap, tmp_path, 1)
        (c,) = o.sync.conflicts()
        assert (c.table, c.kind, c.uscc) == ("training_attendance", "edit_delete", SHOP)
        assert attendance(o, held.id) == {BUILD: 5, SHOP: 3}
        o.sync.resolve(c.id, "laptop", "企业未参加")
        assert attendance(o, held.id) == {BUILD: 5}
        round_trip(o, lap, tmp_path, 2)
        assert attendance(lap, held.id) == {BUILD: 5} and foreign_keys_hold(lap)
    finally:
        lap.dispose()


def test_taking_a_laptops_removal_is_refused_while_office_records_point_at_it(
    db, db_path, tmp_path
):
    import pytest

    from gaotai_desktop.domain.errors import Conflict
    from gaotai_desktop.texts import error_text

    o = office(db, db_path, tmp_path)
    held = o.training.add(training((BUILD, 5), people=20), today=TODAY)
    lap = checkout(o, tmp_path)
    try:
        with lap.db.transaction() as s:  # registered by mistake: removed on the laptop
            for a in s.scalars(select(TrainingAttendance)):
                s.delete(a)
            s.flush()
            s.delete(s.get(TrainingSession, held.id))
        # the office corrects it, with two enterprises
        o.training.edit(held.id, training((BUILD, 5), (SHOP, 2), people=20, topic="改"),
                        today=TODAY)  # fmt: skip
        round_trip(o, lap, tmp_path, 1)
        (c,) = o.sync.conflicts()  # the old attendance row: removed at both ends, agreed
        assert (c.table, c.kind) == ("training_session", "edit_delete")
        with pytest.raises(Conflict) as refused:
            o.sync.resolve(c.id, "laptop", "误登记")
        assert "还有 2 条记录引用它" in error_text(refused.value)
        assert [r.id for r in o.sync.conflicts()] == [c.id], "nothing changed"
        o.sync.resolve(c.id, "office", "培训属实")
        assert attendance(o, held.id) == {BUILD: 5, SHOP: 2}
    finally:
        lap.dispose()
