"""The closed loop through the services on a real SQLite file: warnings opened by issuing,
delivery starting the clock (rest days moved), feedback, evaluation (closed or reopened), every
illegal move refused with nothing changed, tasks, inspections with their cap, and what is late."""

from __future__ import annotations

import datetime as dt

import pytest

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.domain.errors import Conflict, IllegalTransition, ValidationError
from gaotai_desktop.domain.loop import DeliveryFacts, InspectionRow, InterviewRow, Urgency
from gaotai_desktop.services.container import build_services
from gaotai_desktop.texts import error_text

from .test_documents import county  # noqa: F401  (fixture)

YELLOW, ORANGE, RED, HAZARD = (
    "91620724MA01AB2C3L",
    "91350100M000100Y43",
    "11620724013256785L",
    "92620724MA73Q5H81X",
)
TODAY = dt.date(2026, 12, 2)
#: The letters were issued (and counted) on this day.
ISSUED = dt.date(2026, 11, 2)


@pytest.fixture
def loop(county):  # noqa: F811
    services = build_services(county, render_workers=1)
    report = services.issuing.issue_due(ISSUED, today=TODAY, issue_date=ISSUED)
    assert report.ok, report
    return services


def warning_of(services, uscc, tier):
    rows = [w for w in services.warnings.list(TODAY) if w.uscc == uscc and w.tier == tier]
    assert len(rows) == 1
    return rows[0]


def letter(services, uscc, kind):
    docs = [d for d in services.document_store.list() if d.uscc == uscc and d.kind == kind]
    return docs[0]


def test_issuing_opens_one_warning_per_enterprise_and_tier_with_its_tasks(loop) -> None:
    warnings = loop.warnings.list(TODAY)
    assert sorted((w.uscc, w.tier, w.state) for w in warnings) == sorted(
        [
            (YELLOW, "yellow", "issued"),
            (ORANGE, "orange", "issued"),
            (RED, "red", "issued"),
            (HAZARD, "orange", "issued"),
        ]
    )
    red = warning_of(loop, RED, "red")
    assert len(red.documents) == 3  # bulletin, authority letter, interview notice
    kinds = {t.kind: t.level for t in loop.warnings.tasks(TODAY, warning_id=red.id)}
    assert kinds == {
        "authority_notified": "authority",
        "rectification_plan": "enterprise",
        "periodic_interview": "township",
        "award_restriction": "authority",
    }
    yellow_tasks = loop.warnings.tasks(TODAY, warning_id=warning_of(loop, YELLOW, "yellow").id)
    interview = next(t for t in yellow_tasks if t.kind == "interview")
    assert interview.due_on is not None and interview.due_on > ISSUED  # the letter's slot


def test_a_warning_goes_from_issued_to_closed(loop) -> None:
    doc = letter(loop, YELLOW, "risk_notice")
    delivered = loop.warnings.deliver(
        doc.doc_no,
        DeliveryFacts(dt.date(2026, 12, 1), "直接送达", recipient="李娜"),
        today=TODAY,
    )
    assert delivered is not None and delivered.state == "delivered"
    assert delivered.delivered_on == dt.date(2026, 12, 1)
    assert delivered.feedback_due == dt.date(2026, 12, 11)  # 10 days, a Friday
    fed = loop.warnings.feedback(
        doc.doc_no, on=dt.date(2026, 12, 2), text="已组织岗前培训", today=TODAY
    )
    assert fed.state == "feedback_received" and fed.feedback_on == dt.date(2026, 12, 2)
    closed = loop.warnings.evaluate(fed.id, on=TODAY, result="effective", today=TODAY)
    assert closed.state == "closed" and closed.closed_on == TODAY
    history = [(e.from_state, e.to_state) for e in loop.warnings.history(fed.id)]
    assert history == [
        ("", "issued"),
        ("issued", "delivered"),
        ("delivered", "feedback_received"),
        ("feedback_received", "closed"),
    ]
    assert all(e.actor == loop.actor for e in loop.warnings.history(fed.id))


def test_delivery_due_date_moves_off_national_day(loop) -> None:
    """The written answer of a delivery before the holidays falls due after them."""
    from gaotai_desktop.services.warnings import answer_due

    settings = loop.office.get()
    from gaotai_desktop.domain.tiers import Tier

    due = answer_due(settings, Tier.YELLOW, dt.date(2026, 9, 23))  # +10 = 10-03 (国庆)
    assert (due.due, due.moved_by) == (dt.date(2026, 10, 8), "国庆节")
    due = answer_due(settings, Tier.ORANGE, dt.date(2026, 2, 1))  # +15 = 02-16 (春节)
    assert (due.due, due.moved_by) == (dt.date(2026, 2, 24), "春节")


def test_reopened_rectification_needs_feedback_again(loop) -> None:
    doc = letter(loop, ORANGE, "rectification")
    loop.warnings.deliver(doc.doc_no, DeliveryFacts(dt.date(2026, 11, 30), "邮寄送达"), today=TODAY)
    w = loop.warnings.feedback(doc.doc_no, on=TODAY, text="整改报告", today=TODAY)
    reopened = loop.warnings.evaluate(
        w.id, on=TODAY, result="ineffective", note="脚手架仍未整改", today=TODAY
    )
    assert reopened.state == "reopened"
    assert reopened.feedback_due == dt.date(2026, 12, 17)  # 15 days from the evaluation
    with pytest.raises(IllegalTransition) as exc:
        loop.warnings.evaluate(w.id, on=TODAY, result="effective", today=TODAY)
    assert "须先登记企业的整改反馈" in error_text(exc.value)
    again = loop.warnings.feedback(w.id, on=TODAY, text="已全部整改", today=TODAY)
    assert loop.warnings.evaluate(again.id, on=TODAY, result="effective", today=TODAY).state == (
        "closed"
    )
    reports = [
        t for t in loop.warnings.tasks(TODAY, warning_id=w.id) if t.kind == "rectification_report"
    ]
    assert [t.state for t in reports] == ["done", "done"]


@pytest.mark.parametrize(
    "action, needs",
    [
        ("feedback", "须先登记送达"),
        ("evaluate_effective", "须先登记企业的整改反馈"),
        ("evaluate_ineffective", "须先登记企业的整改反馈"),
    ],
)
def test_illegal_moves_are_refused_and_change_nothing(loop, action, needs) -> None:
    doc = letter(loop, YELLOW, "risk_notice")
    before = sqlite_content_dump(loop.db.engine)
    with pytest.raises(IllegalTransition) as exc:
        if action == "feedback":
            loop.warnings.feedback(doc.doc_no, on=TODAY, text="反馈", today=TODAY)
        else:
            result = action.split("_")[1]
            loop.warnings.evaluate(doc.doc_no, on=TODAY, result=result, today=TODAY)
    assert needs in error_text(exc.value)
    assert sqlite_content_dump(loop.db.engine) == before


def test_every_legal_and_illegal_move_of_the_machine() -> None:
    from gaotai_desktop.domain.documents import WarningState, can_transition

    legal = {
        ("issued", "delivered"),
        ("delivered", "feedback_received"),
        ("feedback_received", "closed"),
        ("feedback_received", "reopened"),
        ("closed", "reopened"),
        ("reopened", "feedback_received"),
    }
    for a in WarningState:
        for b in WarningState:
            assert can_transition(a, b) == ((a, b) in legal), (a, b)


def test_bad_deliveries_are_refused_with_the_field_named(loop) -> None:
    doc = letter(loop, YELLOW, "risk_notice")
    cases = [
        (DeliveryFacts(dt.date(2026, 12, 1), "留置送达", recipient="张三"), "拒收理由"),
        (DeliveryFacts(dt.date(2026, 12, 1), "直接送达"), "签收人"),
        (DeliveryFacts(dt.date(2026, 12, 3), "直接送达", recipient="张三"), "送达日期"),
        (DeliveryFacts(dt.date(2026, 11, 1), "直接送达", recipient="张三"), "早于成文日期"),
        (DeliveryFacts(dt.date(2026, 12, 1), "口头送达", recipient="张三"), "送达方式"),
    ]
    before = sqlite_content_dump(loop.db.engine)
    for facts, words in cases:
        with pytest.raises(ValidationError) as exc:
            loop.warnings.deliver(doc.doc_no, facts, today=TODAY)
        assert words in error_text(exc.value)
    assert sqlite_content_dump(loop.db.engine) == before
    ok = DeliveryFacts(
        dt.date(2026, 12, 1), "留置送达", refusal_reason="拒绝签收", witness="村委会王五"
    )
    loop.warnings.deliver(doc.doc_no, ok, today=TODAY)
    with pytest.raises(Conflict) as dup:
        loop.warnings.deliver(doc.doc_no, ok, today=TODAY)
    assert "不能重复登记" in error_text(dup.value)


def test_delivering_the_authority_letter_completes_the_notification(loop, tmp_path) -> None:
    doc = letter(loop, ORANGE, "authority_notice")
    scan = tmp_path / "回证.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"0" * 1000)
    w = loop.warnings.deliver(
        doc.doc_no,
        DeliveryFacts(TODAY, "直接送达", recipient="县住建局办公室"),
        today=TODAY,
        attachments=[scan],
    )
    assert w is not None and w.state == "issued"  # the enterprise's letter starts the clock
    tasks = {t.kind: t for t in loop.warnings.tasks(TODAY, warning_id=w.id)}
    assert tasks["authority_notified"].state == "done"
    assert tasks["rectification_report"].state == "open"


def test_overdue_and_agenda(loop) -> None:
    doc = letter(loop, ORANGE, "rectification")
    loop.warnings.deliver(doc.doc_no, DeliveryFacts(dt.date(2026, 11, 10), "邮寄送达"), today=TODAY)
    # 15 days after 11-10 is 11-25: overdue on 12-02
    overdue = loop.warnings.overdue(TODAY)
    assert [(i.uscc, i.what) for i in overdue if i.kind == "warning"] == [
        (ORANGE, "rectification_report")
    ]
    row = warning_of(loop, ORANGE, "orange")
    assert row.overdue and row.urgency is Urgency.OVERDUE
    # due on 11-25 itself: not yet overdue that day
    assert not [i for i in loop.warnings.overdue(dt.date(2026, 11, 25)) if i.kind == "warning"]
    soon = [i for i in loop.warnings.agenda(dt.date(2026, 11, 23)) if i.kind == "warning"]
    assert [(i.uscc, i.urgency) for i in soon] == [(ORANGE, Urgency.DUE_SOON)]


def test_inspections_beyond_the_yearly_cap_need_a_reason(loop) -> None:
    ent = next(w for w in loop.warnings.list(TODAY) if w.uscc == ORANGE).enterprise_id

    def inspect(day, reason=""):
        return loop.warnings.record_inspection(
            InspectionRow("", ent, "县住房和城乡建设局", day, "scheduled", "脚手架", "", reason),
            today=TODAY,
        )

    inspect(dt.date(2026, 3, 1))
    inspect(dt.date(2026, 6, 1))
    with pytest.raises(ValidationError) as exc:
        inspect(dt.date(2026, 9, 1))
    assert "达到每年2次的上限" in error_text(exc.value)
    inspect(dt.date(2026, 9, 1), reason="群众举报")
    assert loop.warnings.inspection_count(ent, "县住房和城乡建设局", 2026) == 3
    tasks = loop.warnings.tasks(TODAY, enterprise_id=ent)
    assert [t.state for t in tasks if t.kind == "special_inspection"] == ["done"]


def test_periodic_interviews_follow_each_other(loop) -> None:
    red = warning_of(loop, RED, "red")
    task = next(
        t for t in loop.warnings.tasks(TODAY, warning_id=red.id) if t.kind == "periodic_interview"
    )
    rec = loop.warnings.record_interview(
        InterviewRow(
            "", red.enterprise_id, "", "", red.id, "红色预警定期约谈",
            dt.datetime(2026, 12, 1, 9, 30), "县人社局会议室", "王敏", "企业负责人张伟",
            "已制定整改方案", "12月底前完成整改", dt.date(2026, 12, 31),
        ),
        today=TODAY,
    )  # fmt: skip
    assert rec.reason == "红色预警定期约谈"
    tasks = [t for t in loop.warnings.tasks(TODAY, warning_id=red.id) if t.kind == task.kind]
    assert sorted((t.state, t.due_on) for t in tasks) == [
        ("done", task.due_on),
        ("open", dt.date(2027, 3, 1)),  # every 3 months (settings) from the interview held
    ]
    assert loop.warnings.interviews(red.enterprise_id)[0].statement == "已制定整改方案"


def test_award_restriction_lifted_early_by_a_reason(loop) -> None:
    red = warning_of(loop, RED, "red")
    with pytest.raises(ValidationError):
        loop.warnings.lift_award_restriction(
            red.enterprise_id, 2026, on=TODAY, reason=" ", today=TODAY
        )
    loop.warnings.lift_award_restriction(
        red.enterprise_id, 2026, on=TODAY, reason="整改验收合格（股长批准）", today=TODAY
    )
    task = next(
        t for t in loop.warnings.tasks(TODAY, warning_id=red.id) if t.kind == "award_restriction"
    )
    assert task.state == "done" and "整改验收合格" in task.note


def test_a_due_date_in_a_year_without_a_holiday_table_says_so(loop) -> None:
    """The red plan's 30 days from 2026-12-02 end on 2027-01-01: 2027's table is not in yet."""
    from gaotai_desktop.texts import warning_state_line

    doc = letter(loop, RED, "interview_notice")
    row = loop.warnings.deliver(
        doc.doc_no, DeliveryFacts(TODAY, "直接送达", recipient="张伟"), today=TODAY
    )
    assert row is not None
    assert row.feedback_due == dt.date(2027, 1, 1) and row.due_unverified
    assert "2027年的节假日安排尚未录入" in warning_state_line(row)
    loop.office.set_values({"holidays": '{"2027": {"rest": {"2027-01-01": "元旦"}, "work": []}}'})
    assert not loop.warnings.get(row.id, TODAY).due_unverified


def test_weekend_due_dates_move_to_monday(loop) -> None:
    doc = letter(loop, YELLOW, "risk_notice")
    row = loop.warnings.deliver(
        doc.doc_no, DeliveryFacts(TODAY, "直接送达", recipient="李娜"), today=TODAY
    )
    assert row is not None  # 10 days from Wed 2026-12-02 is Sat 12-12
    assert (row.feedback_due, row.feedback_due_moved_by) == (dt.date(2026, 12, 14), "周末")


def test_year_rollover_tiers_reset_and_open_tasks_carry_over(loop) -> None:
    """On 2027-01-05 no 2026 accident counts any more, but 2026's open measures are still due."""
    new_year = dt.date(2027, 1, 5)
    from gaotai_desktop.domain.tiers import Tier

    tiers = {r.uscc: r.tier for r in loop.enterprises.tiers(new_year)}
    # accidents reset; the hazard-only enterprise stays orange (a hazard has no year)
    assert {u: t for u, t in tiers.items() if u != HAZARD} == {
        u: Tier.NONE for u in tiers if u != HAZARD
    }
    open_2026 = [t for t in loop.warnings.tasks(new_year, open_only=True) if t.year == 2026]
    assert open_2026
    agenda = {i.id for i in loop.warnings.agenda(new_year)}
    due = [t for t in open_2026 if t.due_on is not None and t.due_on <= new_year]
    assert due and {t.id for t in due} <= agenda
    # the 2026 warnings stay listed, with their documents
    assert {w.year for w in loop.warnings.list(new_year)} == {2026}
