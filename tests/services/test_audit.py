"""The audit trail: every change in its transaction, hash-chained, tampering detected."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from gaotai_desktop.data.engine import make_engine
from gaotai_desktop.data.models import Accident, Attachment, InjuredPerson
from gaotai_desktop.domain.errors import Conflict, ValidationError
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services import audit
from gaotai_desktop.services.accidents import AccidentService
from gaotai_desktop.services.audit import AuditFilter, AuditService, audit_chain_problems
from gaotai_desktop.services.base import Database
from gaotai_desktop.services.enterprises import EnterpriseService
from gaotai_desktop.services.importing import ImportService
from gaotai_desktop.texts import error_text

TODAY = dt.date(2026, 11, 28)
ENTERPRISE = EnterpriseInput(
    uscc="91620724MA01AB2C3L",
    name="高台县测试建筑有限公司",
    industry="建筑业",
    township="城关镇",
    authority="县住房和城乡建设局",
)
ACCIDENT = AccidentInput(
    uscc="91620724MA01AB2C3L",
    occurred_on=dt.date(2026, 3, 14),
    place="生产车间",
    category="坍塌",
    persons=(PersonInput("孙秀英", "620724196804246594", "轻伤", "认定工伤"),),
)


def entries(db: Database, **kw) -> list[audit.AuditRow]:
    return list(reversed(AuditService(db).entries(AuditFilter(limit=0, **kw))))


def test_orm_changes_are_recorded_with_who_when_and_values(db):
    ent = EnterpriseService(db).create(ENTERPRISE, today=TODAY)
    updated = dataclasses.replace(ENTERPRISE, name="高台县改名建筑有限公司")
    EnterpriseService(db).update(ent.id, updated, today=TODAY, expected_version=1)
    EnterpriseService(db).delete(ent.id, reason="重复登记")
    rows = entries(db, record_id=ent.id)
    assert [r.action for r in rows] == ["insert", "update", "delete"]
    assert {r.actor for r in rows} == {"tester"}
    assert all(r.at == dt.datetime(2026, 11, 28, 9, 0) for r in rows)
    assert json.loads(rows[0].after)["name"] == "高台县测试建筑有限公司"
    assert json.loads(rows[1].before) == {"name": "高台县测试建筑有限公司"}
    assert json.loads(rows[1].after) == {"name": "高台县改名建筑有限公司"}
    assert json.loads(rows[2].after)["deleted_reason"] == "重复登记"
    EnterpriseService(db).restore(ent.id)
    assert entries(db, record_id=ent.id)[-1].action == "restore"
    with db.transaction() as s:
        assert audit_chain_problems(s) == []


def test_a_refused_change_leaves_no_entry(db):
    EnterpriseService(db).create(ENTERPRISE, today=TODAY)
    acc = AccidentService(db).record(ACCIDENT, today=TODAY).accident
    before = len(entries(db))
    # an edit that would drop the injured person: refused, nothing written, no entry
    with pytest.raises(ValidationError) as exc:
        AccidentService(db).update(
            acc.id, dataclasses.replace(ACCIDENT, place="仓库", persons=()), today=TODAY
        )
    assert exc.value.code == "no_persons"
    assert len(entries(db)) == before
    assert AccidentService(db).get(acc.id).place == "生产车间"


def test_editing_an_accident_updates_its_persons_in_place(db):
    EnterpriseService(db).create(ENTERPRISE, today=TODAY)
    acc = AccidentService(db).record(ACCIDENT, today=TODAY).accident
    person_id = AccidentService(db).persons(acc.id)[0].id
    two = (
        dataclasses.replace(ACCIDENT.persons[0], outcome="不予认定"),
        PersonInput("张鹏", "62072419860326340X", "轻伤", "认定工伤"),
    )
    AccidentService(db).update(acc.id, dataclasses.replace(ACCIDENT, persons=two), today=TODAY)
    persons = AccidentService(db).persons(acc.id)
    assert [p.name for p in persons] == ["孙秀英", "张鹏"] and persons[0].id == person_id
    change = entries(db, record_id=person_id)[-1]
    assert change.action == "update"
    assert (json.loads(change.before), json.loads(change.after)) == (
        {"outcome": "认定工伤"},
        {"outcome": "不予认定"},
    )
    with pytest.raises(ValidationError) as exc:
        AccidentService(db).update(acc.id, ACCIDENT, today=TODAY)
    assert exc.value.code == "person_removed"
    assert len(AccidentService(db).persons(acc.id)) == 2


def test_binary_columns_are_recorded_by_their_sha256(db):
    data = b"%PDF-1.7 scan" * 1000
    with db.transaction() as s:
        s.add(
            Attachment(
                owner_table="delivery", owner_id="x", filename="回证.pdf", size=len(data),
                sha256="", data=data, **db.stamp(),
            )
        )  # fmt: skip
    after = json.loads(entries(db)[-1].after)
    assert after["data"] == "sha256:" + hashlib.sha256(data).hexdigest()
    assert "PDF-1.7" not in entries(db)[-1].after


def test_accidents_and_persons_are_never_hard_deleted(db):
    EnterpriseService(db).create(ENTERPRISE, today=TODAY)
    acc = AccidentService(db).record(ACCIDENT, today=TODAY).accident
    for model, where in ((Accident, Accident.id == acc.id), (InjuredPerson, InjuredPerson.accident_id == acc.id)):  # fmt: skip
        with pytest.raises(Conflict) as exc, db.transaction() as s:
            s.delete(s.scalars(select(model).where(where)).first())
        assert exc.value.code == "never_deleted" and "不能删除" in error_text(exc.value)
        with pytest.raises(Conflict), db.transaction() as s:
            s.execute(delete(model).where(where))
    assert len(AccidentService(db).persons(acc.id)) == 1


def test_no_service_deletes_accidents_or_persons():
    """No ``delete(Accident|InjuredPerson)`` and no ``session.delete`` in the services' code."""
    root = Path(audit.__file__).parent
    found = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
            args = [getattr(a, "id", "") for a in node.args]
            if name == "delete" and ({"Accident", "InjuredPerson"} & set(args)):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []


def test_imports_are_audited_per_statement_naming_the_file(db, fixtures):
    importer = ImportService(db)
    importer.run("enterprises", fixtures / "enterprises_sample.csv", today=TODAY)
    importer.run("incidents", fixtures / "incidents_sample.csv", today=TODAY)
    inserts = [r for r in entries(db) if r.action == "insert" and r.table == "injured_person"]
    assert len(inserts) == 1 and "incidents_sample.csv" in inserts[0].detail
    ids = json.loads(inserts[0].after)["ids"]
    with db.transaction() as s:
        assert set(ids) == set(s.scalars(select(InjuredPerson.id)))
    # the viewer's record filter finds an imported record by its id
    assert entries(db, record_id=ids[3])[0].seq == inserts[0].seq


def test_bulk_updates_are_audited_per_row_with_values_before(db, fixtures, tmp_path):
    importer = ImportService(db)
    importer.run("enterprises", fixtures / "enterprises_sample.csv", today=TODAY)
    text = (fixtures / "enterprises_sample.csv").read_text(encoding="utf-8-sig")
    first = text.splitlines()[1].split(",")
    changed = tmp_path / "changed.csv"
    changed.write_text(text.replace(first[1], first[1] + "（改）", 1), encoding="utf-8-sig")
    importer.run("enterprises", changed, today=TODAY, update=True)
    updates = [r for r in entries(db) if r.action == "update"]
    assert len(updates) == 1 and "changed.csv" in updates[0].detail
    assert json.loads(updates[0].before)["name"] == first[1]
    assert json.loads(updates[0].after)["name"] == first[1] + "（改）"


@pytest.mark.sqlite_only(reason="tampers with the chain through a SQLite shell")
def test_changed_and_deleted_entries_are_found_naming_seq_and_time(db, db_path):
    EnterpriseService(db).create(ENTERPRISE, today=TODAY)
    for i in range(3):
        AuditService(db).record("export", detail=f"第{i}次")
    with db.transaction() as s:
        assert audit_chain_problems(s) == []
    last = entries(db)[-1].seq
    con = sqlite3.connect(db_path)
    with con:
        con.execute('UPDATE audit_entry SET after = \'{"name": "别的"}\' WHERE seq = 2')
    with db.transaction() as s:
        problems = audit_chain_problems(s)
    assert problems == ["审计日志第2条记录（2026-11-28 09:00:00.000000）的内容已被改动：校验值不符"]
    with con:
        con.execute("DELETE FROM audit_entry WHERE seq = ?", (last - 1,))
    con.close()
    with db.transaction() as s:
        problems = audit_chain_problems(s)
    assert len(problems) == 2
    assert f"缺少第{last - 1}条" in problems[1] and f"第{last}条" in problems[1]
    assert "2026-11-28 09:00:00" in problems[1]


def test_two_desks_writing_at_once_keep_one_chain(db, db_path):
    other = Database(make_engine(db_path), actor="desk2")
    errors: list[BaseException] = []

    def write(database: Database) -> None:
        try:
            for i in range(15):
                AuditService(database).record("export", detail=str(i))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(d,)) for d in (db, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.engine.dispose()
    assert errors == []
    rows = entries(db)
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    assert sum(r.actor == "desk2" for r in rows) == 15
    with db.transaction() as s:
        assert audit_chain_problems(s) == []


def test_a_core_update_with_a_where_is_audited_per_row(db):
    from sqlalchemy import update

    from gaotai_desktop.data.models import Enterprise, table_of

    ent = EnterpriseService(db).create(ENTERPRISE, today=TODAY)
    with db.transaction() as s:
        t = table_of(Enterprise)
        s.execute(update(t).where(t.c.id == ent.id).values(phone="0936-1234567"))
    change = entries(db, record_id=ent.id)[-1]
    assert change.action == "update"
    assert json.loads(change.before) == {"phone": ""}
    assert json.loads(change.after) == {"phone": "0936-1234567"}


def test_the_edit_form_gets_id_numbers_masked_and_a_kept_mask_keeps_the_number(db):
    EnterpriseService(db).create(ENTERPRISE, today=TODAY)
    acc = AccidentService(db).record(ACCIDENT, today=TODAY).accident
    stored = ACCIDENT.persons[0].id_number
    form = AccidentService(db).input_of(acc.id)
    assert form.persons[0].id_number == stored[:6] + "********" + stored[-4:]
    # saved back with the mask untouched and another field changed: the number stays
    changed = dataclasses.replace(
        form, persons=(dataclasses.replace(form.persons[0], outcome="不予认定"),)
    )
    AccidentService(db).update(acc.id, changed, today=TODAY)
    person = AccidentService(db).persons(acc.id)[0]
    assert person.id_number == stored and person.outcome == "不予认定"
    # a mask that is not the stored one's is refused as an ID number, nothing written
    bad = dataclasses.replace(
        form, persons=(dataclasses.replace(form.persons[0], id_number="620724********0000"),)
    )
    with pytest.raises(ValidationError) as exc:
        AccidentService(db).update(acc.id, bad, today=TODAY)
    assert exc.value.field.endswith("id_number")
    assert AccidentService(db).persons(acc.id)[0].id_number == stored
    # the full numbers only for a session that may reveal them
    assert AccidentService(db).input_of(acc.id, reveal=True).persons[0].id_number == stored
    clerk = dataclasses.replace(db, role="clerk")
    with pytest.raises(Exception) as denied:
        AccidentService(clerk).input_of(acc.id, reveal=True)
    assert "无权" in error_text(denied.value)
