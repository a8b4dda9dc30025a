"""The recognition case clocks over the 2026 National Day and Spring Festival holidays and their
调休 weekends (dates counted by hand in the comments), and the legal order of the steps."""

from __future__ import annotations

import datetime as dt

import pytest

from gaotai_desktop.domain.calendar import WorkCalendar
from gaotai_desktop.domain.cases import (
    CaseState,
    Step,
    acceptance_due,
    application_due,
    decision_due,
    is_late,
    masked_worker,
    next_state,
    running_clock,
    service_due,
    step_for_outcome,
    suspended_days,
)
from gaotai_desktop.domain.errors import IllegalTransition, ValidationError
from gaotai_desktop.texts import error_text

D = dt.date
CAL = WorkCalendar()


def test_the_employer_has_30_days_and_a_late_application_is_flagged():
    # 1 Sep + 30 = Thu 1 Oct, 国庆 1-7 Oct: the last day is Thu 8 Oct
    due = application_due(D(2026, 9, 1), "employer", CAL)
    assert (due.due, due.moved_by, due.nominal) == (D(2026, 10, 8), "国庆节", D(2026, 10, 1))
    assert not is_late(D(2026, 9, 1), "employer", D(2026, 10, 8), CAL)
    assert is_late(D(2026, 9, 1), "employer", D(2026, 10, 9), CAL)
    # 10 Sep + 30 = Sat 10 Oct, a 调休 working Saturday: not moved
    assert application_due(D(2026, 9, 10), "employer", CAL).due == D(2026, 10, 10)


def test_the_worker_relative_and_union_have_one_year():
    # 15 Feb 2025 + 1 year = Sun 15 Feb 2026, 春节 15-23 Feb: Tue 24 Feb
    for who in ("worker", "relative", "union"):
        due = application_due(D(2025, 2, 15), who, CAL)
        assert (due.due, due.moved_by) == (D(2026, 2, 24), "春节")
    assert is_late(D(2025, 2, 15), "worker", D(2026, 2, 25), CAL)
    # 14 Feb 2025 + 1 year = Sat 14 Feb 2026, a 调休 working day
    assert application_due(D(2025, 2, 14), "worker", CAL).due == D(2026, 2, 14)
    # 29 Feb 2024: the 28th a year later (Fri 28 Feb 2025)
    assert application_due(D(2024, 2, 29), "worker", CAL).due == D(2025, 2, 28)


def test_acceptance_within_15_days_across_the_holidays():
    # 16 Sep + 15 = 1 Oct -> Thu 8 Oct
    assert acceptance_due(D(2026, 9, 16), CAL).due == D(2026, 10, 8)
    # 25 Sep + 15 = Sat 10 Oct (调休 working): not moved
    due = acceptance_due(D(2026, 9, 25), CAL)
    assert (due.due, due.moved_by) == (D(2026, 10, 10), None)
    # 26 Sep + 15 = Sun 11 Oct, an ordinary Sunday: Mon 12 Oct
    assert acceptance_due(D(2026, 9, 26), CAL).moved_by == "周末"
    assert acceptance_due(D(2026, 9, 26), CAL).due == D(2026, 10, 12)
    # 31 Jan + 15 = Sun 15 Feb (春节) -> Tue 24 Feb; 30 Jan + 15 = Sat 14 Feb (调休 working)
    assert acceptance_due(D(2026, 1, 31), CAL).due == D(2026, 2, 24)
    assert acceptance_due(D(2026, 1, 30), CAL).due == D(2026, 2, 14)
    # 13 Feb + 15 = Sat 28 Feb (调休 working)
    assert acceptance_due(D(2026, 2, 13), CAL).due == D(2026, 2, 28)


def test_decision_within_60_or_15_days():
    # 2 Aug + 60 = 1 Oct -> 8 Oct
    assert decision_due(D(2026, 8, 2), CAL).due == D(2026, 10, 8)
    # simple: 16 Sep + 15 = 1 Oct -> 8 Oct
    assert decision_due(D(2026, 9, 16), CAL, simple=True).due == D(2026, 10, 8)
    # 17 Dec 2025 + 60 = 15 Feb 2026 -> 24 Feb
    due = decision_due(D(2025, 12, 17), CAL)
    assert (due.due, due.moved_by, due.nominal) == (D(2026, 2, 24), "春节", D(2026, 2, 15))


def test_suspension_extends_the_unmoved_last_day_then_the_rest_day_rule_applies():
    # accepted 1 Jul: 1 Jul + 60 = Sun 30 Aug -> Mon 31 Aug
    assert decision_due(D(2026, 7, 1), CAL).due == D(2026, 8, 31)
    # suspended 20 Jul - 22 Aug: 33 days; 30 Aug + 33 = Fri 2 Oct (国庆) -> Thu 8 Oct
    days = suspended_days([(D(2026, 7, 20), D(2026, 8, 22))], D(2026, 12, 1))
    assert days == 33
    due = decision_due(D(2026, 7, 1), CAL, suspended=days)
    assert (due.due, due.moved_by, due.nominal) == (D(2026, 10, 8), "国庆节", D(2026, 10, 2))
    # a second span 1-8 Sep (7 days): 2 Oct + 7 = Fri 9 Oct, a working day
    days = suspended_days(
        [(D(2026, 7, 20), D(2026, 8, 22)), (D(2026, 9, 1), D(2026, 9, 8))], D(1, 1, 1)
    )
    assert decision_due(D(2026, 7, 1), CAL, suspended=days).due == D(2026, 10, 9)
    # an open span counts up to the day asked
    assert suspended_days([(D(2026, 9, 1), None)], D(2026, 9, 11)) == 10


def test_service_within_20_days():
    # 11 Sep + 20 = 1 Oct -> 8 Oct; 20 Sep + 20 = Sat 10 Oct (调休 working); 26 Jan + 20 = 15 Feb
    assert service_due(D(2026, 9, 11), CAL).due == D(2026, 10, 8)
    assert service_due(D(2026, 9, 20), CAL).due == D(2026, 10, 10)
    assert service_due(D(2026, 1, 26), CAL).due == D(2026, 2, 24)


def test_the_steps_in_their_legal_order():
    s = CaseState.APPLIED
    s = next_state(s, Step.MISSING)
    s = next_state(s, Step.COMPLETE)
    s = next_state(s, Step.MISSING)  # a second round
    s = next_state(s, Step.COMPLETE)
    s = next_state(s, Step.ACCEPT)
    s = next_state(s, Step.SUSPEND)
    s = next_state(s, Step.RESUME)
    s = next_state(s, Step.SUSPEND)
    s = next_state(s, Step.RESUME)
    s = next_state(s, Step.DECIDE)
    assert next_state(s, Step.SERVE) is CaseState.SERVED
    assert next_state(CaseState.APPLIED, Step.NOT_ACCEPT) is CaseState.NOT_ACCEPTED
    assert next_state(CaseState.SUSPENDED, Step.TERMINATE) is CaseState.DECIDED
    assert [running_clock(x) for x in ("applied", "missing_materials", "accepted", "suspended",
                                       "decided", "served")] == [
        "acceptance", None, "decision", None, "service", None]  # fmt: skip


@pytest.mark.parametrize(
    ("state", "step", "text"),
    [
        ("applied", "decide", "工伤认定案件当前为“已申请”，不能作出认定决定：须先受理或恢复"),
        ("suspended", "decide", "当前为“已中止”，不能作出认定决定：须先受理或恢复"),
        ("missing_materials", "accept", "不能受理：须先登记申请或补齐材料"),
        ("missing_materials", "missing", "不能一次性告知补正材料：须先登记申请或补齐材料"),
        ("accepted", "resume", "不能恢复：须先中止"),
        ("applied", "serve", "不能登记送达：须先作出不予受理决定或作出决定"),
    ],
)
def test_a_step_out_of_order_says_what_must_happen_first(state, step, text):
    with pytest.raises(IllegalTransition) as exc:
        next_state(state, step)
    assert text in error_text(exc.value)


def test_outcomes_and_masking():
    assert step_for_outcome("认定工伤") is Step.DECIDE
    assert step_for_outcome("视同工伤") is Step.DECIDE
    assert step_for_outcome("不予认定") is Step.DECIDE
    assert step_for_outcome("不予受理") is Step.NOT_ACCEPT
    assert step_for_outcome("终止") is Step.TERMINATE
    with pytest.raises(ValidationError) as exc:
        step_for_outcome("工伤")
    assert "认定结论" in error_text(exc.value) and "视同工伤" in error_text(exc.value)
    assert masked_worker("孙秀英", "620724196804246594") == "孙秀英（620724********6594）"
