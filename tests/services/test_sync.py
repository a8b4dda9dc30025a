"""Home-visit laptops: enrol, check out, change on the laptop (ORM and import paths), export,
import at the office, receipts, conflicts and their resolution, refused packages."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from gaotai_desktop.cli import main
from gaotai_desktop.data.engine import make_engine, sqlite_content_dump
from gaotai_desktop.data.models import Accident, DocumentCounter, Enterprise
from gaotai_desktop.domain.errors import Conflict
from gaotai_desktop.domain.identifiers import uscc_check_char
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services.container import open_services

TODAY = dt.date(2026, 11, 28)
HEADER = "统一社会信用代码,企业名称,行业,所属乡镇,行业主管部门,法定代表人,联系人,联系电话,地址,职业病危害隐患"
PASS = "口令-2026"


def uscc(i: int) -> str:
    first = f"91620724MA{i:07d}"
    return first + uscc_check_char(first)


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def csv(path: Path, phones: dict[int, str], count: int = 3) -> Path:
    lines = [HEADER] + [
        f"{uscc(i)},高台县测试{i}号有限公司,建筑业,城关镇,县住房和城乡建设局,王鹏,马晓东,"
        f"{phones.get(i, f'0936-661000{i}')},甘肃省张掖市高台县城关镇{i}号,否"
        for i in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def services(path: Path):
    return open_services(path, backup_dir=path.parent / "backups", actor="外出科员")


def enterprise(path: Path, code: str) -> Enterprise | None:
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            row = conn.execute(select(Enterprise.__table__).where(Enterprise.uscc == code)).first()
            return row  # type: ignore[return-value]
    finally:
        engine.dispose()


def dump(path: Path) -> list[str]:
    engine = make_engine(path)
    try:
        return sqlite_content_dump(engine)
    finally:
        engine.dispose()


def accident_owners(path: Path, day: str) -> list[str]:
    """The enterprise ids of the accidents on ``day``, with one injured person each."""
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            return list(
                conn.exec_driver_sql(
                    "SELECT a.enterprise_id FROM accident a JOIN injured_person p"
                    " ON p.accident_id = a.id WHERE a.occurred_on = ?",
                    (day,),
                ).scalars()
            )
    finally:
        engine.dispose()


def status(path: Path) -> dict:
    code, out, err = run("--db", path, "sync", "status", "--format", "json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def pair(tmp_path, monkeypatch):
    """An office with three enterprises and a laptop checked out from it."""
    monkeypatch.setenv("GAOTAI_SYNC_PASSPHRASE", PASS)
    office, laptop = tmp_path / "office" / "o.sqlite", tmp_path / "laptop" / "l.sqlite"
    office.parent.mkdir()
    laptop.parent.mkdir()
    code, _, err = run(
        "--db", office, "import", "enterprises", csv(tmp_path / "e.csv", {}), "--today", TODAY
    )
    assert code == 0, err
    code, out, err = run("--db", office, "sync", "enroll", "笔记本一", "-o", tmp_path / "co.gsync")
    assert code == 0, err
    assert "可以拔下U盘" in out
    code, out, err = run("--db", laptop, "sync", "checkout", tmp_path / "co.gsync")
    assert code == 0, err
    assert enterprise(laptop, uscc(1)) is not None
    return office, laptop, tmp_path


def export(laptop: Path, target: Path) -> Path:
    code, _, err = run("--db", laptop, "sync", "export", "-o", target)
    assert code == 0, err
    return target


def test_round_trip_office_laptop_office(pair):
    office, laptop, tmp = pair
    assert status(laptop)["role"] == "laptop" and status(laptop)["pending"] == 0
    # the import path (Core bulk UPDATE) on the laptop goes to the outbox
    changed = csv(tmp / "e2.csv", {0: "13900000000"})
    code, _, err = run(
        "--db", laptop, "import", "enterprises", changed, "--update", "--today", TODAY
    )
    assert code == 0, err
    # the ORM path: a new enterprise and an accident with its injured person
    s = services(laptop)
    try:
        s.enterprises.create(
            EnterpriseInput(uscc=uscc(50), name="高台县新登记有限公司"), today=TODAY
        )
        s.accidents.record(
            AccidentInput(
                uscc=uscc(50), occurred_on=dt.date(2026, 11, 20), place="车间",
                persons=(PersonInput(name="张三"),),
            ),
            today=TODAY,
        )  # fmt: skip
    finally:
        s.dispose()
    assert status(laptop)["pending"] >= 4
    package = export(laptop, tmp / "changes.gsync")
    before = dump(office)
    code, out, err = run("--db", office, "sync", "import", package, "-o", tmp / "receipt.gsync")
    assert code == 0, err
    assert "冲突 0 条" in out
    assert enterprise(office, uscc(0)).phone == "13900000000"
    assert enterprise(office, uscc(50)).name == "高台县新登记有限公司"
    assert accident_owners(office, "2026-11-20") == [enterprise(office, uscc(50)).id]
    assert dump(office) != before
    assert list((office.parent / "backups").glob("*sync*")), "a backup is made before importing"
    # a repeat changes nothing
    after = dump(office)
    code, out, err = run("--db", office, "sync", "import", package)
    assert code == 0, err
    assert "已导入过" in out
    assert dump(office) == after
    # the receipt empties the laptop's outbox and refreshes its rows
    code, out, err = run("--db", laptop, "sync", "import", tmp / "receipt.gsync")
    assert code == 0, err
    assert status(laptop)["pending"] == 0
    assert enterprise(laptop, uscc(0)).row_version == enterprise(office, uscc(0)).row_version
    # nothing pending: an empty package changes nothing at the office
    again = export(laptop, tmp / "changes2.gsync")
    code, out, err = run("--db", office, "sync", "import", again)
    assert code == 0 and "已采用 0 条" in out, err


def test_edit_edit_conflict_and_resolution(pair):
    office, laptop, tmp = pair
    code, _, err = run("--db", laptop, "import", "enterprises", csv(tmp / "l.csv", {1: "111"}),
                       "--update", "--today", TODAY)  # fmt: skip
    assert code == 0, err
    code, _, err = run("--db", office, "import", "enterprises", csv(tmp / "o.csv", {1: "222"}),
                       "--update", "--today", TODAY)  # fmt: skip
    assert code == 0, err
    package = export(laptop, tmp / "c.gsync")
    code, out, err = run("--db", office, "sync", "import", package)
    assert code == 0, err
    assert enterprise(office, uscc(1)).phone == "222", "never a silent overwrite"
    code, out, _ = run("--db", office, "sync", "conflicts", "--format", "json")
    conflicts = json.loads(out)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c["uscc"] == uscc(1) and c["fields"] == ["phone"] and c["kind"] == "edit_edit"
    assert (c["original"]["phone"], c["office"]["phone"], c["laptop"]["phone"]) == (
        "0936-6610001", "222", "111",
    )  # fmt: skip
    assert status(office)["open_conflicts"] == 1
    with pytest.raises(SystemExit) as usage:  # --reason is required
        run("--db", office, "sync", "resolve", c["id"], "--take", "laptop")
    assert usage.value.code == 2
    code, _, err = run("--db", office, "sync", "resolve", c["id"], "--take", "phone=333",
                       "--reason", "电话核实")  # fmt: skip
    assert code == 0, err
    assert enterprise(office, uscc(1)).phone == "333"
    code, out, _ = run("--db", office, "sync", "conflicts", "--format", "json")
    assert json.loads(out) == []
    code, _, err = run("--db", office, "sync", "resolve", c["id"], "--take", "office",
                       "--reason", "再次")  # fmt: skip
    assert code == 1 and "已经处理过" in err


def test_take_laptop_and_edit_delete(pair):
    office, laptop, tmp = pair
    code, _, err = run("--db", laptop, "import", "enterprises", csv(tmp / "l.csv", {2: "777"}),
                       "--update", "--today", TODAY)  # fmt: skip
    assert code == 0, err
    s = services(office)
    try:
        s.enterprises.delete(enterprise(office, uscc(2)).id, reason="已注销")
    finally:
        s.dispose()
    code, _, err = run("--db", office, "sync", "import", export(laptop, tmp / "c.gsync"))
    assert code == 0, err
    conflicts = json.loads(run("--db", office, "sync", "conflicts", "--format", "json")[1])
    assert [c["kind"] for c in conflicts] == ["edit_delete"]
    code, _, err = run("--db", office, "sync", "resolve", conflicts[0]["id"], "--take", "laptop",
                       "--reason", "企业仍在经营")  # fmt: skip
    assert code == 0, err
    row = enterprise(office, uscc(2))
    assert row.phone == "777" and row.deleted_at is None


def test_one_credit_code_registered_twice(pair):
    office, laptop, tmp = pair
    for path, name in ((office, "办公室登记的名称"), (laptop, "笔记本登记的名称")):
        s = services(path)
        try:
            s.enterprises.create(EnterpriseInput(uscc=uscc(77), name=name), today=TODAY)
            if path == laptop:
                s.accidents.record(
                    AccidentInput(uscc=uscc(77), occurred_on=dt.date(2026, 11, 2),
                                  persons=(PersonInput(name="李四"),)),
                    today=TODAY,
                )  # fmt: skip
        finally:
            s.dispose()
    code, out, err = run("--db", office, "sync", "import", export(laptop, tmp / "c.gsync"),
                         "-o", tmp / "r.gsync")  # fmt: skip
    assert code == 0, err
    conflicts = json.loads(run("--db", office, "sync", "conflicts", "--format", "json")[1])
    assert [(c["kind"], c["uscc"], c["fields"]) for c in conflicts] == [
        ("duplicate", uscc(77), ["name"])
    ]
    office_id = enterprise(office, uscc(77)).id
    owners = accident_owners(office, "2026-11-02")
    assert owners == [office_id], "the laptop's accident is re-pointed, not dropped"
    code, _, err = run("--db", laptop, "sync", "import", tmp / "r.gsync")
    assert code == 0, err
    assert enterprise(laptop, uscc(77)).id == office_id
    assert status(laptop)["pending"] == 0


def corrupt(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda b: corrupt(b, len(b) - 100), "签名不符"),
        (lambda b: corrupt(b, 40), "签名不符"),
        (lambda b: b[:-10], "签名不符"),
        (lambda b: b[:20], "不完整"),
        (lambda b: b"PK\x03\x04" + b[4:], "不是本程序的同步包"),
    ],
    ids=["tampered", "manifest", "truncated", "cut_short", "foreign_file"],
)
def test_damaged_package_refused_without_touching_the_database(pair, damage, reason):
    office, laptop, tmp = pair
    run("--db", laptop, "import", "enterprises", csv(tmp / "l.csv", {0: "1"}), "--update",
        "--today", TODAY)  # fmt: skip
    good = export(laptop, tmp / "c.gsync").read_bytes()
    bad = tmp / "bad.gsync"
    bad.write_bytes(damage(good))
    before = dump(office)
    code, _, err = run("--db", office, "sync", "import", bad)
    assert code == 1
    assert reason in err and "未作任何改动" in err
    assert dump(office) == before
    assert not list((office.parent / "backups").glob("*sync*"))


def test_unenrolled_sender_and_wrong_passphrase_refused(pair, monkeypatch):
    office, laptop, tmp = pair
    other = tmp / "other" / "o2.sqlite"
    other.parent.mkdir()
    run("--db", other, "sync", "enroll", "笔记本一", "-o", tmp / "co2.gsync")
    laptop2 = tmp / "laptop2" / "l2.sqlite"
    laptop2.parent.mkdir()
    assert run("--db", laptop2, "sync", "checkout", tmp / "co2.gsync")[0] == 0
    package = export(laptop2, tmp / "foreign.gsync")
    before = dump(office)
    code, _, err = run("--db", office, "sync", "import", package)
    assert code == 1 and "未在本机登记" in err
    package = export(laptop, tmp / "mine.gsync")
    monkeypatch.setenv("GAOTAI_SYNC_PASSPHRASE", "wrong")
    code, _, err = run("--db", office, "sync", "import", package)
    assert code == 1 and "无法解密" in err
    assert dump(office) == before
    # a checkout package cannot be imported as changes, nor checked out twice
    monkeypatch.setenv("GAOTAI_SYNC_PASSPHRASE", PASS)
    code, _, err = run("--db", office, "sync", "import", tmp / "co.gsync")
    assert code == 1 and "此处需要" in err
    code, _, err = run("--db", laptop, "sync", "checkout", tmp / "co.gsync")
    assert code == 1 and "已经加入同步" in err


def test_laptop_never_takes_a_document_number(pair):
    _, laptop, _ = pair
    s = services(laptop)
    try:
        with pytest.raises(Conflict) as caught, s.db.transaction() as session:
            session.add(DocumentCounter(kind="risk_notice", year=2026, last_seq=1, **s.db.stamp()))
        assert caught.value.code == "sync_laptop_issue"
    finally:
        s.dispose()


# -- the conflict queue's rules: supervisors for identity fields, merges, losing values --------
USER_PASSWORD = "correct horse"


def audit_rows(path: Path, action: str) -> list[dict]:
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT actor, action, table_name, record_id, detail FROM audit_entry"
                " WHERE action = ? ORDER BY seq",
                (action,),
            ).mappings()
            return [dict(r) for r in rows]
    finally:
        engine.dispose()


def duplicate_conflict(office: Path, laptop: Path, tmp: Path) -> dict:
    """One credit code registered at both ends under different names, the laptop's with an
    accident; the laptop's package imported at the office."""
    for path, name in ((office, "办公室登记的名称"), (laptop, "笔记本登记的名称")):
        s = services(path)
        try:
            s.enterprises.create(EnterpriseInput(uscc=uscc(77), name=name), today=TODAY)
            if path == laptop:
                s.accidents.record(
                    AccidentInput(uscc=uscc(77), occurred_on=dt.date(2026, 11, 2),
                                  persons=(PersonInput(name="李四"),)),
                    today=TODAY,
                )  # fmt: skip
        finally:
            s.dispose()
    code, _, err = run("--db", office, "sync", "import", export(laptop, tmp / "c.gsync"))
    assert code == 0, err
    (c,) = json.loads(run("--db", office, "sync", "conflicts", "--format", "json")[1])
    return c


def test_identity_fields_need_a_supervisor_and_refusals_are_audited(pair):
    from gaotai_desktop.domain.errors import PermissionDenied
    from gaotai_desktop.texts import error_text

    office, laptop, tmp = pair
    c = duplicate_conflict(office, laptop, tmp)
    assert c["fields"] == ["name"]
    s = services(office)
    try:
        users = s.users
        users.add("管理员甲", "admin", USER_PASSWORD)
        users.add("股长乙", "supervisor", USER_PASSWORD)
        users.add("科员丙", "clerk", USER_PASSWORD)
        users.sign_in("科员丙", USER_PASSWORD)
        (row,) = s.sync.conflicts()
        assert row.guarded == ("name",) and row.enterprise_name == "办公室登记的名称"
        for take in ("laptop", "office", {"name": "第三个名称"}):
            with pytest.raises(PermissionDenied) as refused:
                s.sync.resolve(c["id"], take, "营业执照核对")
            assert "须股长或管理员" in error_text(refused.value)
        assert [r.id for r in s.sync.conflicts()] == [c["id"]], "nothing changed"
        refusals = audit_rows(office, "refused")
        assert len(refusals) == 3 and "resolve_identity_conflict" in refusals[0]["detail"]
        users.sign_in("股长乙", USER_PASSWORD)
        done = s.sync.resolve(c["id"], "laptop", "营业执照核对")
        assert done.state == "resolved"
    finally:
        s.dispose()
    row = enterprise(office, uscc(77))
    assert row.name == "笔记本登记的名称"
    # the accident recorded on the laptop hangs on the office's (only) record
    assert accident_owners(office, "2026-11-02") == [row.id]
    (event,) = audit_rows(office, "sync_resolve")
    detail = json.loads(event["detail"])
    assert event["actor"] == "股长乙"
    assert detail["losing"] == {"name": {"office": "办公室登记的名称"}}
    assert detail["reason"] == "营业执照核对"


def test_a_clerk_settles_ordinary_fields_and_losing_values_are_kept(pair):
    office, laptop, tmp = pair
    run("--db", laptop, "import", "enterprises", csv(tmp / "l.csv", {1: "111"}), "--update",
        "--today", TODAY)  # fmt: skip
    run("--db", office, "import", "enterprises", csv(tmp / "o.csv", {1: "222"}), "--update",
        "--today", TODAY)  # fmt: skip
    code, _, err = run("--db", office, "sync", "import", export(laptop, tmp / "c.gsync"))
    assert code == 0, err
    s = services(office)
    try:
        s.users.add("管理员甲", "admin", USER_PASSWORD)
        s.users.add("科员丙", "clerk", USER_PASSWORD)
        s.users.sign_in("科员丙", USER_PASSWORD)
        (row,) = s.sync.conflicts()
        assert row.guarded == () and row.uscc == uscc(1)
        s.sync.resolve(row.id, {"phone": "333"}, "电话核实")
    finally:
        s.dispose()
    assert enterprise(office, uscc(1)).phone == "333"
    (event,) = audit_rows(office, "sync_resolve")
    assert json.loads(event["detail"])["losing"] == {"phone": {"office": "222", "laptop": "111"}}
    assert not audit_rows(office, "refused")


def test_accident_date_is_an_identity_field(pair):
    office, laptop, tmp = pair
    s = services(office)
    try:
        s.accidents.record(
            AccidentInput(uscc=uscc(0), occurred_on=dt.date(2026, 11, 3),
                          persons=(PersonInput(name="王五"),)),
            today=TODAY,
        )  # fmt: skip
    finally:
        s.dispose()
    code, _, err = run("--db", office, "sync", "enroll", "笔记本二", "-o", tmp / "co2.gsync")
    assert code == 0, err
    laptop2 = tmp / "laptop2" / "l2.sqlite"
    laptop2.parent.mkdir()
    assert run("--db", laptop2, "sync", "checkout", tmp / "co2.gsync")[0] == 0
    for path, day in ((office, dt.date(2026, 11, 4)), (laptop2, dt.date(2026, 11, 5))):
        s = services(path)
        try:
            with s.db.transaction() as session:
                acc = session.scalar(select(Accident))
                acc.occurred_on = day
                s.db.touch(acc)
        finally:
            s.dispose()
    code, _, err = run("--db", office, "sync", "import", export(laptop2, tmp / "c.gsync"))
    assert code == 0, err
    s = services(office)
    try:
        (row,) = s.sync.conflicts()
        assert row.table == "accident" and row.guarded == ("occurred_on",)
        assert row.uscc == uscc(0) and row.enterprise_name.endswith("0号有限公司")
        assert set(s.sync.open_conflict_enterprises()) == {row.enterprise_id}
    finally:
        s.dispose()


def test_checkout_of_some_townships(pair):
    office, _, tmp = pair
    s = services(office)
    try:
        s.enterprises.create(
            EnterpriseInput(uscc=uscc(60), name="宣化镇某有限公司", township="宣化镇"), today=TODAY
        )
        s.accidents.record(
            AccidentInput(uscc=uscc(60), occurred_on=dt.date(2026, 11, 9),
                          persons=(PersonInput(name="赵六"),)),
            today=TODAY,
        )  # fmt: skip
    finally:
        s.dispose()
    code, _, err = run("--db", office, "sync", "enroll", "笔记本二", "-o", tmp / "co2.gsync",
                       "--township", "不存在镇")  # fmt: skip
    assert code == 1 and "不存在镇" in err
    code, _, err = run("--db", office, "sync", "enroll", "笔记本二", "-o", tmp / "co2.gsync",
                       "--township", "宣化镇")  # fmt: skip
    assert code == 0, err
    laptop = tmp / "laptop2" / "l2.sqlite"
    laptop.parent.mkdir()
    assert run("--db", laptop, "sync", "checkout", tmp / "co2.gsync")[0] == 0
    assert enterprise(laptop, uscc(60)) is not None
    assert enterprise(laptop, uscc(1)) is None, "other townships stay at the office"
    assert accident_owners(laptop, "2026-11-09") == [enterprise(laptop, uscc(60)).id]
    # the office changes one enterprise in and one outside the laptop's township
    code, _, err = run("--db", office, "import", "enterprises", csv(tmp / "o.csv", {1: "999"}),
                       "--update", "--today", TODAY)  # fmt: skip
    assert code == 0, err
    s = services(office)
    try:
        row = s.enterprises.find_by_uscc(uscc(60))
        s.enterprises.update(
            row.id, EnterpriseInput(uscc=row.uscc, name=row.name, township="宣化镇",
                                    phone="0936-7777777"),
            today=TODAY,
        )  # fmt: skip
    finally:
        s.dispose()
    code, _, err = run("--db", office, "sync", "import", export(laptop, tmp / "c2.gsync"),
                       "-o", tmp / "r2.gsync")  # fmt: skip
    assert code == 0, err
    code, _, err = run("--db", laptop, "sync", "import", tmp / "r2.gsync")
    assert code == 0, err
    assert enterprise(laptop, uscc(60)).phone == "0936-7777777"
    assert enterprise(laptop, uscc(1)) is None


def test_every_synced_table_knows_its_parent_for_township_checkouts():
    from gaotai_desktop.services.sync_outbox import OFFICE_TABLES, SYNC_TABLES
    from gaotai_desktop.services.sync_scope import PARENTS

    # the enterprise is the root; an attachment follows its owner; a document its subjects
    needed = (set(SYNC_TABLES) | set(OFFICE_TABLES)) - {"enterprise", "attachment", "document"}
    assert needed <= set(PARENTS), needed - set(PARENTS)


def test_a_conflicts_record_is_named_by_what_a_clerk_knows_it_by():
    import datetime as _dt

    from gaotai_desktop.texts import sync_record_text

    assert sync_record_text("enterprise", "da6f78bb-1") == "企业登记信息"
    assert sync_record_text("accident", "x", {"occurred_on": _dt.date(2026, 11, 2)}).endswith(
        " 2026-11-02"
    )
    assert sync_record_text("injured_person", "x", {"name": "张三"}).endswith(" 张三")
    held = {"held_at": _dt.datetime(2026, 11, 3, 9, 30)}
    assert sync_record_text("interview_record", "x", held).endswith(" 2026-11-03")
    assert sync_record_text("case_event", "0123456789").endswith(" 01234567")


def test_a_conflicts_fields_are_named_as_their_own_page_names_them():
    from gaotai_desktop.texts import sync_field_name, sync_guard_text

    assert sync_field_name("place", "training_session") == "培训地点"
    assert sync_field_name("place", "accident") == sync_field_name("place") != "培训地点"
    assert sync_field_name("outcome", "hotline_call") == "办理结果"
    assert sync_field_name("outcome", "injured_person") == sync_field_name("outcome")
    assert sync_field_name("people", "training_attendance") == "参训人数"
    assert "办理结果" in sync_guard_text(["outcome"], "hotline_call")
