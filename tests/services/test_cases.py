"""Recognition cases through CaseService on a real SQLite file: intake, supplement rounds,
suspension and resumption, late applications, refusals that change nothing, the outcome moving
the enterprise's tier, and the overdue list against dates counted by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.domain.cases import CaseInput
from gaotai_desktop.domain.errors import IllegalTransition, NotFound, ValidationError
from gaotai_desktop.domain.identifiers import id_check_char
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.services.container import build_services
from gaotai_desktop.texts import error_text

D = dt.date
TODAY = D(2026, 11, 28)
USCC = "91620724MA01AB2C3L"
OTHER = "91350100M000100Y43"
ID1 = "620724196804246594"


def id_number(body: str) -> str:
    return body + id_check_char(body)


ID2 = id_number("62072419900101123")


@pytest.fixture
def services(db):
    services = build_services(db)
    for code, name in ((USCC, "高台县鑫源建筑工程有限公司"), (OTHER, "高台县宏达建筑工程有限公司")):
        services.enterprises.create(
            EnterpriseInput(code, name, "建筑业", "城关镇", "县住房和城乡建设局"), today=TODAY
        )
    return services


ACCIDENT, APPLIED = D(2026, 8, 25), D(2026, 9, 1)


def new_case(services, *, accident=ACCIDENT, applied=APPLIED, **kw):
    data = CaseInput(USCC, kw.pop("name", "孙秀英"), kw.pop("id_number", ID1), accident, applied,
                     **kw)  # fmt: skip
    return services.cases.add(data, today=TODAY)


def tier(services, uscc=USCC, as_of=TODAY) -> Tier:
    return next(r.tier for r in services.enterprises.tiers(as_of) if r.uscc == uscc)


def test_intake_to_service_with_two_supplement_rounds(services):
    row = new_case(services)
    # 1 Sep + 15 = Wed 16 Sep
    assert (row.state, row.clock, row.due) == ("applied", "acceptance", D(2026, 9, 16))
    assert row.worker == "孙秀英（620724********6594）" and row.uscc == USCC
    assert {m.item for m in services.cases.materials(row.id)} >= {"工伤认定申请表", "医疗诊断证明"}

    row = services.cases.missing(row.id, on=D(2026, 9, 5), items="劳动关系证明、医疗诊断证明",
                                 today=TODAY)  # fmt: skip
    assert (row.state, row.clock, row.due) == ("missing_materials", None, None)
    missing = [m.item for m in services.cases.materials(row.id) if not m.received]
    assert missing == ["劳动关系证明", "医疗诊断证明"]
    # the last item arrives 16 Sep: 16 Sep + 15 = 1 Oct (国庆) -> Thu 8 Oct
    row = services.cases.complete(row.id, on=D(2026, 9, 16), today=TODAY)
    assert (row.clock, row.due, row.due_moved_by) == ("acceptance", D(2026, 10, 8), "国庆节")
    # a second round: still incomplete; the new 15 days run from 25 Sep: Sat 10 Oct (调休)
    services.cases.missing(row.id, on=D(2026, 9, 20), items="其他材料；证人证言", today=TODAY)
    row = services.cases.complete(row.id, on=D(2026, 9, 25), today=TODAY)
    assert (row.due, row.due_moved_by) == (D(2026, 10, 10), "")
    assert all(m.received for m in services.cases.materials(row.id))
    assert [m.received_on for m in services.cases.materials(row.id) if m.item == "证人证言"] == [
        D(2026, 9, 25)
    ]
    # accepted 9 Oct: 9 Oct + 60 = Tue 8 Dec
    row = services.cases.accept(row.id, on=D(2026, 10, 9), today=TODAY)
    assert (row.state, row.clock, row.due) == ("accepted", "decision", D(2026, 12, 8))
    assert row.days_left == 10 and not row.overdue
    row = services.cases.decide(row.id, on=D(2026, 11, 20), outcome="认定工伤",
                                article="《工伤保险条例》第十四条第（一）项", today=TODAY)  # fmt: skip
    # 20 Nov + 20 = Thu 10 Dec
    assert (row.state, row.clock, row.due, row.outcome) == (
        "decided",
        "service",
        D(2026, 12, 10),
        "认定工伤",
    )
    assert row.article.startswith("《工伤保险条例》")
    row = services.cases.served(row.id, on=D(2026, 11, 25), today=TODAY)
    assert (row.state, row.clock, row.due, row.days_left) == ("served", None, None, None)
    steps = [e.step for e in services.cases.history(row.id)]
    assert steps == ["apply", "missing", "complete", "missing", "complete", "accept", "decide",
                     "serve"]  # fmt: skip
    events = services.cases.history(row.id)
    assert events[1].reason == "劳动关系证明、医疗诊断证明" and events[0].by == "tester"


def test_suspension_and_resumption_extend_the_decision_clock(services):
    row = new_case(services, accident=D(2026, 6, 20), applied=D(2026, 6, 25))
    row = services.cases.accept(row.id, on=D(2026, 7, 1), today=TODAY)
    assert row.due == D(2026, 8, 31)  # 1 Jul + 60 = Sun 30 Aug -> Mon 31 Aug
    row = services.cases.suspend(row.id, on=D(2026, 7, 20), reason="等待法院判决", today=TODAY)
    assert (row.state, row.clock, row.due) == ("suspended", None, None)
    assert services.cases.list(D(2026, 12, 1), overdue_only=True) == []
    # 33 days suspended: 30 Aug + 33 = Fri 2 Oct (国庆) -> Thu 8 Oct
    row = services.cases.resume(row.id, on=D(2026, 8, 22), today=TODAY)
    assert (row.state, row.clock, row.due, row.due_moved_by) == (
        "resumed",
        "decision",
        D(2026, 10, 8),
        "国庆节",
    )
    # a second suspension of 7 days: 2 Oct + 7 = Fri 9 Oct
    services.cases.suspend(row.id, on=D(2026, 9, 1), reason="等待职业病诊断", today=TODAY)
    row = services.cases.resume(row.id, on=D(2026, 9, 8), today=TODAY)
    assert row.due == D(2026, 10, 9)
    assert row.days_left == -50 and row.overdue  # as of today (28 Nov) it is long overdue
    row = services.cases.get(row.id, D(2026, 10, 9))
    assert (row.days_left, row.overdue) == (0, False)
    # 终止 from a suspension closes the span
    services.cases.suspend(row.id, on=D(2026, 10, 1), reason="等待公安机关结论", today=TODAY)
    row = services.cases.decide(row.id, on=D(2026, 10, 20), outcome="终止", today=TODAY)
    assert (row.state, row.outcome, row.due) == ("decided", "终止", D(2026, 11, 9))


def test_a_step_out_of_order_changes_nothing(services, db):
    row = new_case(services)
    before = sqlite_content_dump(db.engine)
    with pytest.raises(IllegalTransition) as exc:
        services.cases.decide(row.id, on=D(2026, 9, 10), outcome="认定工伤", today=TODAY)
    assert "不能作出认定决定：须先受理" in error_text(exc.value)
    with pytest.raises(IllegalTransition) as exc:
        services.cases.resume(row.id, on=D(2026, 9, 10), today=TODAY)
    assert "须先中止" in error_text(exc.value)
    with pytest.raises(IllegalTransition):
        services.cases.complete(row.id, on=D(2026, 9, 10), today=TODAY)
    with pytest.raises(ValidationError) as dates:
        services.cases.accept(row.id, on=D(2026, 8, 30), today=TODAY)
    assert "早于上一步骤的日期2026-09-01" in error_text(dates.value)
    with pytest.raises(ValidationError):
        services.cases.accept(row.id, on=D(2026, 11, 29), today=TODAY)
    with pytest.raises(NotFound) as nf:
        services.cases.accept("no-such-case", on=D(2026, 9, 2), today=TODAY)
    assert "未找到工伤认定案件" in error_text(nf.value)
    assert sqlite_content_dump(db.engine) == before


def test_a_late_application_needs_a_recorded_confirmation(services, db):
    before = sqlite_content_dump(db.engine)
    # employer: 1 Sep + 30 = 1 Oct -> 8 Oct; applied 9 Oct is late
    with pytest.raises(ValidationError) as exc:
        new_case(services, accident=D(2026, 9, 1), applied=D(2026, 10, 9))
    assert "已超过申请时限（最后一日为2026-10-08）" in error_text(exc.value)
    assert sqlite_content_dump(db.engine) == before
    on_time = new_case(services, accident=D(2026, 9, 1), applied=D(2026, 10, 8))
    assert not on_time.late
    late = new_case(
        services,
        accident=D(2026, 9, 1),
        applied=D(2026, 10, 9),
        name="张伟",
        id_number=ID2,
        late_confirmation="股长李军确认：单位负责人住院，逾期有正当理由",
    )
    assert late.late
    assert "股长李军确认" in services.cases.history(late.id)[0].reason
    # the worker himself has a year: the same dates are in time
    worker = new_case(services, accident=D(2025, 11, 1), applied=D(2026, 10, 9), name="王芳",
                      id_number=id_number("62072419850505222"), applicant="worker")  # fmt: skip
    assert not worker.late
    with pytest.raises(ValidationError):
        new_case(services, applicant="boss")
    with pytest.raises(ValidationError):
        new_case(services, id_number="620724196804246595")  # bad check digit


def test_the_outcome_moves_the_enterprise_tier(services):
    assert tier(services) is Tier.NONE and services.accidents.list() == []
    row = new_case(services)  # the accident was not recorded: the application records it
    accidents = services.accidents.list()
    assert len(accidents) == 1 and row.accident_id == accidents[0].id
    persons = services.accidents.persons(row.accident_id)
    assert [(p.name, p.outcome) for p in persons] == [("孙秀英", "待认定")]
    assert tier(services) is Tier.YELLOW  # a pending case counts
    # a second application for the same accident day links to it and adds the worker
    other = new_case(services, name="张伟", id_number=ID2)
    assert other.accident_id == row.accident_id
    assert len(services.accidents.persons(row.accident_id)) == 2
    for case in (row, other):
        services.cases.accept(case.id, on=D(2026, 9, 10), today=TODAY)
        services.cases.decide(case.id, on=D(2026, 10, 20), outcome="不予认定",
                              article="《工伤保险条例》第十六条", today=TODAY)  # fmt: skip
    persons = services.accidents.persons(row.accident_id)
    assert {p.outcome for p in persons} == {"不予认定"}
    assert tier(services) is Tier.NONE  # every person 不予认定: the accident no longer counts
    assert tier(services, OTHER) is Tier.NONE


def test_recognised_outcome_keeps_the_accident_counted(services):
    row = new_case(services)
    services.cases.accept(row.id, on=D(2026, 9, 2), simple=True, today=TODAY)
    services.cases.decide(row.id, on=D(2026, 9, 10), outcome="视同工伤", today=TODAY)
    assert [p.outcome for p in services.accidents.persons(row.accident_id)] == ["视同工伤"]
    assert tier(services) is Tier.YELLOW


def test_not_accepted_is_served_and_leaves_the_person_pending(services):
    row = new_case(services)
    row = services.cases.decide(row.id, on=D(2026, 9, 11), outcome="不予受理",
                                article="《工伤认定办法》第八条", today=TODAY)  # fmt: skip
    # 11 Sep + 20 = 1 Oct -> 8 Oct
    assert (row.state, row.clock, row.due) == ("not_accepted", "service", D(2026, 10, 8))
    assert [p.outcome for p in services.accidents.persons(row.accident_id)] == ["待认定"]


def test_the_overdue_list_matches_dates_counted_by_hand(services):
    as_of = D(2026, 10, 9)
    # a: applied 16 Sep, acceptance due 8 Oct (国庆): 1 day overdue on 9 Oct
    a = new_case(services, accident=D(2026, 9, 10), applied=D(2026, 9, 16))
    # b: applied 25 Sep, acceptance due Sat 10 Oct (调休): due soon, 1 day left
    b = new_case(services, accident=D(2026, 9, 10), applied=D(2026, 9, 25), name="张伟",
                 id_number=ID2)  # fmt: skip
    # c: accepted 16 Sep simple: decision due 1 Oct -> 8 Oct: overdue
    c = new_case(services, accident=D(2026, 9, 1), applied=D(2026, 9, 2), name="王芳",
                 id_number=id_number("62072419850505222"))  # fmt: skip
    services.cases.accept(c.id, on=D(2026, 9, 16), simple=True, today=TODAY)
    # d: decided 20 Sep, service due Sat 10 Oct (调休): 1 day left
    d = new_case(services, accident=D(2026, 9, 1), applied=D(2026, 9, 2), name="李强",
                 id_number=id_number("62072419800303111"))  # fmt: skip
    services.cases.accept(d.id, on=D(2026, 9, 3), today=TODAY)
    services.cases.decide(d.id, on=D(2026, 9, 20), outcome="认定工伤", today=TODAY)
    rows = {r.id: r for r in services.cases.list(as_of)}
    assert (rows[a.id].due, rows[a.id].days_left, rows[a.id].overdue) == (D(2026, 10, 8), -1, True)
    assert (rows[b.id].due, rows[b.id].days_left, rows[b.id].overdue) == (D(2026, 10, 10), 1, False)
    assert (rows[c.id].clock, rows[c.id].due, rows[c.id].overdue) == (
        "decision",
        D(2026, 10, 8),
        True,
    )
    assert (rows[d.id].clock, rows[d.id].due, rows[d.id].days_left) == (
        "service",
        D(2026, 10, 10),
        1,
    )
    assert {r.id for r in services.cases.list(as_of, overdue_only=True)} == {a.id, c.id}
    assert services.cases.counts(as_of) == (2, 2)
    assert services.cases.counts(D(2026, 10, 8)) == (0, 4)


def test_spring_festival_clocks_through_the_service(services):
    row = new_case(services, accident=D(2026, 1, 20), applied=D(2026, 1, 31))
    assert row.due == D(2026, 2, 24)  # 31 Jan + 15 = 15 Feb (春节) -> Tue 24 Feb
    row = services.cases.accept(row.id, on=D(2026, 2, 13), simple=True, today=TODAY)
    assert row.due == D(2026, 2, 28)  # 13 Feb + 15 = Sat 28 Feb, a 调休 working day
    row = services.cases.decide(row.id, on=D(2026, 2, 26), outcome="认定工伤", today=TODAY)
    assert row.due == D(2026, 3, 18)  # 26 Feb + 20 = Wed 18 Mar
