"""The rights hotline through HotlineService on a real SQLite file: calls stored in full and
listed masked, edits and closing, follow-ups due and overdue as of a date, a month's counts by
topic and referral, refusals that name the field and change nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.domain.outreach import HotlineInput, mask_name
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.audit import AuditFilter
from gaotai_desktop.services.container import build_services
from gaotai_desktop.texts import error_text

D = dt.date
T = dt.datetime
TODAY = D(2026, 11, 28)
USCC = "91620724MA01AB2C3L"


@pytest.fixture
def services(db):
    services = build_services(db)
    services.enterprises.create(
        EnterpriseInput(USCC, "高台县鑫源建筑工程有限公司", "建筑业", "城关镇"), today=TODAY
    )
    return services


def call(at: T, topic: str = "dispute", **kw) -> HotlineInput:
    return HotlineInput(at, topic, kw.pop("handler", "李娜"), **kw)


def test_a_call_is_kept_in_full_and_shown_masked(services):
    row = services.hotline.add(
        call(T(2026, 11, 20, 9, 30), caller_name="张建国", caller_phone="13912345678",
             uscc=USCC, advice="告知可申请工伤认定", referral="mediation",
             follow_up_due=D(2026, 11, 27)),
        today=TODAY,
    )  # fmt: skip
    assert (row.caller, row.phone) == ("张**", "139****5678")
    assert row.enterprise_name == "高台县鑫源建筑工程有限公司" and row.uscc == USCC
    listed = services.hotline.list(TODAY)
    assert listed == [row.__class__(**{**row.__dict__, "days_left": -1, "urgency": "overdue"})]
    assert "张建国" not in repr(listed) and "13912345678" not in repr(listed)
    # stored in full (the record), audited like every change
    with services.db.engine.connect() as con:  # (a SQLite file or a PostgreSQL database)
        assert tuple(con.exec_driver_sql(
            "SELECT caller_name, caller_phone FROM hotline_call").one()) == ("张建国", "13912345678")  # fmt: skip
    entries = services.audit.entries(AuditFilter(record_id=row.id))
    assert [e.action for e in entries] == ["insert"]
    # the audit trail reads the caller masked too, unless revealed
    assert "张建国" not in entries[0].after and "13912345678" not in entries[0].after
    assert '"caller_name": "张**"' in entries[0].after
    revealed = services.audit.entries(AuditFilter(record_id=row.id), reveal=True)
    assert "张建国" in revealed[0].after and "13912345678" in revealed[0].after


def test_mask_name():
    assert [mask_name(n) for n in ("张建国", "李娜", "欧阳", "王", "")] == [
        "张**", "李*", "欧*", "王*", "",
    ]  # fmt: skip


def test_follow_ups_due_and_overdue_as_of_a_date(services):
    h = services.hotline
    late = h.add(call(T(2026, 11, 2), follow_up_due=D(2026, 11, 20)), today=TODAY)
    soon = h.add(call(T(2026, 11, 25), follow_up_due=D(2026, 11, 30)), today=TODAY)
    later = h.add(call(T(2026, 11, 26), follow_up_due=D(2026, 12, 15)), today=TODAY)
    h.add(call(T(2026, 11, 26), "consultation"), today=TODAY)  # nothing to follow up
    rows = h.follow_ups(TODAY)
    assert [(r.id, r.days_left, r.urgency) for r in rows] == [
        (late.id, -8, "overdue"), (soon.id, 2, "due_soon"), (later.id, 17, ""),
    ]  # fmt: skip
    # as of an earlier day nothing was late yet
    assert [r.urgency for r in h.follow_ups(D(2026, 11, 19))] == ["due_soon", "", ""]
    closed = h.close(late.id, on=D(2026, 11, 27), outcome="经调解达成协议", today=TODAY)
    assert closed.closed_on == D(2026, 11, 27) and closed.urgency == "" and not closed.overdue
    assert [r.id for r in h.follow_ups(TODAY)] == [soon.id, later.id]
    with pytest.raises(ValidationError) as err:
        h.close(late.id, on=D(2026, 11, 28), outcome="再次", today=TODAY)
    assert "已于2026-11-27结案" in error_text(err.value)


def test_editing_a_call(services):
    h = services.hotline
    row = h.add(call(T(2026, 11, 2), "complaint", caller_name="赵六"), today=TODAY)
    edited = h.edit(row.id, call(T(2026, 11, 2, 15, 0), "dispute", caller_name="赵六",
                                 referral="arbitration", follow_up_due=D(2026, 12, 2)),
                    today=TODAY)  # fmt: skip
    assert (edited.topic, edited.referral, edited.follow_up_due) == (
        "dispute", "arbitration", D(2026, 12, 2),
    )  # fmt: skip
    assert edited.called_at == T(2026, 11, 2, 15, 0)
    # the window never holds the caller unmasked: empty fields keep what is stored
    again = h.edit(row.id, call(T(2026, 11, 2, 15, 0), "dispute", caller_phone="0936-6612345"),
                   today=TODAY)  # fmt: skip
    assert (again.caller, again.phone) == ("赵*", "093*****2345")


def test_monthly_counts_by_topic_and_referral(services):
    h = services.hotline
    for at, topic, referral, due in (
        (T(2026, 10, 31, 23, 59), "dispute", "mediation", None),  # October
        (T(2026, 11, 1, 0, 0), "consultation", "none", None),
        (T(2026, 11, 3), "consultation", "none", None),
        (T(2026, 11, 5), "complaint", "labour_inspection", D(2026, 11, 20)),
        (T(2026, 11, 9), "dispute", "mediation", D(2026, 11, 25)),
        (T(2026, 11, 30, 18, 0), "dispute", "arbitration", None),
        (T(2026, 12, 1), "dispute", "arbitration", None),
    ):
        today = max(TODAY, at.date())
        h.add(call(at, topic, referral=referral, follow_up_due=due), today=today)
    c = h.counts("2026-11", D(2026, 12, 5))
    assert c.month == "2026-11" and c.total == 5
    assert c.by_topic == {"consultation": 2, "complaint": 1, "dispute": 2}
    assert c.by_referral == {"none": 2, "mediation": 1, "arbitration": 1, "labour_inspection": 1}
    assert (c.closed, c.overdue) == (0, 2)
    assert h.counts("2026-10", TODAY).by_topic == {"consultation": 0, "complaint": 0, "dispute": 1}
    assert [r.called_at.day for r in h.list(TODAY, month="2026-11")] == [30, 9, 5, 3, 1]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (call(T(2026, 11, 29, 8, 0)), "hotline_called_at", "来电时间"),
        (call(T(2026, 11, 2), "question"), "hotline_topic", "来电类别"),
        (call(T(2026, 11, 2), handler=" "), "hotline_handler", "接听人"),
        (call(T(2026, 11, 2), referral="court"), "hotline_referral", "转办去向"),
        (call(T(2026, 11, 2), uscc="91620724MA01AB2C4L"), "hotline_enterprise", "企业未登记"),
        (call(T(2026, 11, 2), caller_phone="电话"), "hotline_phone", "来电号码"),
        (call(T(2026, 11, 2), follow_up_due=D(2026, 11, 1)), "hotline_follow_up", "早于来电日期"),
    ],
)  # fmt: skip
def test_refusals_name_the_field_and_change_nothing(services, db, data, field, words):
    before = sqlite_content_dump(db.engine)
    with pytest.raises(ValidationError) as err:
        services.hotline.add(data, today=TODAY)
    assert err.value.field == field
    assert words in error_text(err.value)
    assert sqlite_content_dump(db.engine) == before


def test_a_bad_month(services):
    with pytest.raises(ValidationError) as err:
        services.hotline.counts("2026-13", TODAY)
    assert "2026-11" in error_text(err.value)
