"""Office settings from the command line, letter facts refused before numbering, print marks
documents printed: through ``gaotai_desktop.cli.main`` on real SQLite files."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from gaotai_desktop.cli import main
from gaotai_desktop.domain.errors import MissingLetterFacts
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.office_settings import DEFAULT_PREFIXES, OfficeSettings, missing_letter_facts
from gaotai_desktop.services.container import build_services
from gaotai_desktop.texts import error_text

T = dt.date(2026, 11, 28)
PERSON = PersonInput("孙秀英", "620724196804246594", "轻伤", "认定工伤")


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def one_yellow_enterprise(db) -> None:
    services = build_services(db)
    services.enterprises.create(
        EnterpriseInput("91620724MA01AB2C3L", "高台县鑫源建筑工程有限公司", "建筑业", "城关镇",
                        "县住房和城乡建设局", address="高台县城关镇1号"),
        today=T,
    )  # fmt: skip
    services.accidents.record(
        AccidentInput("91620724MA01AB2C3L", dt.date(2026, 3, 3), "工地", "高处坠落", "", "",
                      (PERSON,)),
        today=T,
    )  # fmt: skip


def counts(db_path) -> tuple[int, int]:
    from gaotai_desktop.data.engine import make_engine

    engine = make_engine(db_path)  # a SQLite file or, on PostgreSQL, the test database's URL
    try:
        with engine.connect() as con:
            docs = con.exec_driver_sql("SELECT count(*) FROM document").scalar_one()
            counters = con.exec_driver_sql("SELECT count(*) FROM document_counter").scalar_one()
    finally:
        engine.dispose()
    return docs, counters


# -- settings show / set --------------------------------------------------------------------------
def test_settings_set_then_show(tmp_path):
    db = tmp_path / "s.sqlite"
    code, out, err = run(
        "--db", db, "settings", "set", "contact_person=王敏", "contact_phone=0936-6612345",
        "interview_days=5", "plan_days=9", "prefix.risk_notice=高人社工伤提示",
        "rectification_days.red=20", "first_run_done=是",
    )  # fmt: skip
    assert code == 0, err
    assert "已保存 7 项" in out
    code, out, err = run("--db", db, "settings", "show", "--format", "json")
    assert code == 0, err
    got = json.loads(out)
    assert got["contact_person"] == "王敏" and got["contact_phone"] == "0936-6612345"
    assert got["interview_days"] == 5 and got["plan_days"] == 9
    assert "interview_time" not in got  # retired: the first slot comes from interview_hours
    assert got["prefixes"]["risk_notice"] == "高人社工伤提示"
    assert got["rectification_days"] == {"yellow": 15, "orange": 15, "red": 20}
    assert got["first_run_done"] is True
    assert got["issuing_body"] == "高台县人力资源和社会保障局"
    code, out, _ = run("--db", db, "settings", "show")
    assert code == 0
    assert "contact_person" in out and "联系人：王敏" in out
    assert "文号前缀（风险提示函）：高人社工伤提示" in out


@pytest.mark.parametrize(
    ("pair", "says"),
    [
        ("contact_persn=王敏", "没有设置项“contact_persn”"),
        ("interview_days=七", "interview_days 应为大于 0 的整数"),
        ("interview_days=0", "interview_days 应为大于 0 的整数"),
        ("interview_time=09:30", "没有设置项“interview_time”"),  # retired
        ("first_run_done=也许", "first_run_done 应为“是”或“否”"),
        ("contact_phone=找王敏", "contact_phone 应为电话号码"),
        ("issuing_body=", "issuing_body 不能为空"),
        ("prefix.risk_notice=高人社〔提〕", "prefix.risk_notice 的文号前缀"),
        ("prefix.nonsense=高人社", "没有设置项“prefix.nonsense”"),
        ("rectification_days.blue=3", "没有设置项“rectification_days.blue”"),
        ("contact_person", "格式不正确：contact_person"),
    ],
)
def test_a_bad_pair_saves_nothing_and_names_the_key(tmp_path, pair, says):
    db = tmp_path / "s.sqlite"
    assert run("--db", db, "settings", "set", "contact_person=李娜")[0] == 0
    code, out, err = run("--db", db, "settings", "set", "contact_phone=0936-1", pair)
    assert code == 1 and out == ""
    assert says in err, err
    got = json.loads(run("--db", db, "settings", "show", "--format", "json")[1])
    assert got["contact_person"] == "李娜" and got["contact_phone"] == ""  # nothing saved


# -- letter facts ---------------------------------------------------------------------------------
def test_missing_letter_facts_names_every_setting_in_form_order():
    s = OfficeSettings()
    assert missing_letter_facts(s) == ["contact_person", "contact_phone"]
    s = OfficeSettings(issuing_body=" ", contact_person="王敏", interview_place="",
                       prefixes=DEFAULT_PREFIXES | {"risk_notice": ""})  # fmt: skip
    assert missing_letter_facts(s, ["risk_notice", "rectification"]) == [
        "issuing_body", "contact_phone", "interview_place", "prefix:risk_notice",
    ]  # fmt: skip
    assert missing_letter_facts(s, ["rectification"]) == ["issuing_body", "contact_phone"]
    text = error_text(MissingLetterFacts(["contact_person", "contact_phone"]))
    assert text == "办公设置缺少：联系人、联系电话。请在 设置 → 办公设置 中填写后再下发。"


@pytest.mark.bare_office
def test_office_service_refuses_letters_without_contact(db):
    office = build_services(db).office
    with pytest.raises(MissingLetterFacts) as caught:
        office.require_letter_facts()
    assert caught.value.fields == ("contact_person", "contact_phone")
    office.set_values({"contact_person": "王敏", "contact_phone": "0936-6612345"})
    assert office.require_letter_facts(["risk_notice"]).contact_person == "王敏"


@pytest.mark.bare_office
def test_cli_issue_refuses_before_numbering_when_the_contact_is_missing(db, db_path):
    one_yellow_enterprise(db)
    db.engine.dispose()
    code, out, err = run("--db", db_path, "notices", "issue", "--as-of", T.isoformat())
    assert code == 1 and out == ""
    assert "办公设置缺少：联系人、联系电话" in err
    assert counts(db_path) == (0, 0)  # no document, no counter taken
    assert run("--db", db_path, "settings", "set", "contact_person=王敏",
               "contact_phone=0936-6612345")[0] == 0  # fmt: skip
    code, out, err = run("--db", db_path, "notices", "issue", "--as-of", T.isoformat())
    assert code == 0, err
    assert counts(db_path)[0] == len(out.split()) > 0


# -- print marks printed --------------------------------------------------------------------------
def test_print_marks_each_printed_document(db, db_path, tmp_path):
    one_yellow_enterprise(db)
    db.engine.dispose()
    run("--db", db_path, "settings", "set", "contact_person=王敏", "contact_phone=0936-6612345")
    code, out, err = run("--db", db_path, "notices", "issue", "--as-of", T.isoformat())
    assert code == 0, err
    numbers = out.split()
    assert len(numbers) == 2  # risk notice and interview notice

    def listed():
        return {d["doc_no"]: d for d in json.loads(run("--db", db_path, "notices", "list",
                                                       "--format", "json")[1])}  # fmt: skip

    assert not any(d["printed"] for d in listed().values())
    bad = run("--db", db_path, "print", numbers[0], "-o", tmp_path / "missing" / "x.pdf")
    assert bad[0] == 1
    assert listed()[numbers[0]]["printed"] is False  # the file was not written: not printed
    code, _, err = run("--db", db_path, "print", numbers[0], numbers[0], "-o", tmp_path / "o.pdf")
    assert code == 0, err
    rows = listed()
    assert rows[numbers[0]]["printed"] is True and rows[numbers[0]]["status"] == "printed"
    assert rows[numbers[1]]["printed"] is False  # not printed: stays issued
    assert (tmp_path / "o.pdf").read_bytes().startswith(b"%PDF")


def test_the_authority_letter_receipt_names_and_addresses_the_authority(db, db_path, tmp_path):
    """An orange enterprise: the letter to its industry authority comes with a receipt that names
    the authority, its 送达地址 from the reference data and the 填发日期."""
    import pdfplumber

    one_yellow_enterprise(db)
    build_services(db).accidents.record(
        AccidentInput("91620724MA01AB2C3L", dt.date(2026, 5, 6), "仓库", "物体打击", "", "",
                      (PERSON,)),
        today=T,
    )  # fmt: skip
    db.engine.dispose()
    code, out, err = run("--db", db_path, "notices", "issue", "--as-of", T.isoformat())
    assert code == 0, err
    authority_letter = next(n for n in out.split() if "工伤函" in n)
    pdf = tmp_path / "a.pdf"
    code, _, err = run("--db", db_path, "print", authority_letter, "-o", pdf, "--with-receipt")
    assert code == 0, err
    with pdfplumber.open(pdf) as doc:
        receipt = "".join(doc.pages[-1].extract_text().split())
    assert "送达回证" in receipt
    assert "高台县住房和城乡建设局" in receipt
    # the address wraps in its cell (the label 送达地址 is read between its lines)
    address = receipt.replace("送达地址", "")
    assert "甘肃省张掖市高台县住房和城乡建设局" in address
    assert "填发日期" in receipt and "年" in receipt.split("填发日期")[1][:12]


@pytest.mark.parametrize(
    ("date", "code", "says"),
    [
        ("2026-11-30", 0, "2026年11月30日"),  # letters already sent on paper: dated that day
        ("2026-11-27", 1, "早于统计截止日期"),
        ("2099-01-01", 1, "晚于今天"),
    ],
)
def test_issue_date_is_the_day_of_issue(db, db_path, tmp_path, date, code, says):
    import pdfplumber

    one_yellow_enterprise(db)
    db.engine.dispose()
    got, out, err = run(
        "--db", db_path, "notices", "issue", "--as-of", T.isoformat(), "--date", date
    )
    assert got == code, err
    if code:
        assert says in err and counts(db_path) == (0, 0)
        return
    pdf = tmp_path / "l.pdf"
    assert run("--db", db_path, "print", out.split()[0], "-o", pdf)[0] == 0
    with pdfplumber.open(pdf) as doc:
        text = "".join("".join((p.extract_text() or "").split()) for p in doc.pages)
    assert says in text


@pytest.mark.parametrize(
    "pair",
    [
        "holidays=x",
        'holidays={"2027": {"rest": ["2026-01-01"]}}',  # a day of another year
        'holidays={"2027": {"off": ["2027-01-01"]}}',
        'holidays={"2027": {"rest": ["2027-02-30"]}}',
        'interview_hours=["9-11"]',
        "interview_hours=[]",
        "interview_rooms=会议室",
        "award_restriction_until=2026-13-01",
    ],
)
def test_list_and_table_settings_are_checked(tmp_path, pair):
    db = tmp_path / "s.sqlite"
    code, out, err = run("--db", db, "settings", "set", pair)
    assert code == 1 and out == ""
    assert pair.split("=")[0] in err or "不是有效日期" in err
    assert "未保存" in err or "不是有效日期" in err
    shown = json.loads(run("--db", db, "settings", "show", "--format", "json")[1])
    assert shown["holidays"] == {} and shown["interview_hours"] == ["09:00-11:30", "14:30-17:00"]


def test_a_later_years_holiday_table_is_accepted(tmp_path):
    db = tmp_path / "s.sqlite"
    table = '{"2027": {"rest": ["2027-01-01"], "work": ["2027-02-07"]}}'
    code, out, err = run("--db", db, "settings", "set", f"holidays={table}")
    assert code == 0, err
    shown = json.loads(run("--db", db, "settings", "show", "--format", "json")[1])
    assert shown["holidays"] == json.loads(table)
