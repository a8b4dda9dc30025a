"""The document vocabulary: kinds, states and legal transitions, deadlines; Chinese numerals."""

from __future__ import annotations

import datetime as dt

import pytest

from gaotai_desktop.domain.documents import (
    DeadlineKind,
    DocumentKind,
    DocumentState,
    WarningState,
    can_transition,
    letter_deadlines,
    transition,
)
from gaotai_desktop.domain.errors import IllegalTransition
from gaotai_desktop.letters import Kind
from gaotai_desktop.letters.numbering import chinese_number, heading2_label
from gaotai_desktop.texts import error_text


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (99, "九十九"), (100, "一百"),
        (101, "一百零一"), (110, "一百一十"), (150, "一百五十"), (258, "二百五十八"),
        (1000, "一千"), (1002, "一千零二"), (1010, "一千零一十"), (10000, "一万"),
        (10010, "一万零一十"), (12345, "一万二千三百四十五"), (100000, "十万"),
        (100000001, "一亿零一"),
    ],
)  # fmt: skip
def test_chinese_numbers_of_any_size(n, text):
    assert chinese_number(n) == text


def test_heading_label_past_ninety_nine():
    assert heading2_label(150) == "（一百五十）"
    with pytest.raises(ValueError):
        chinese_number(0)


def test_kinds_are_the_stored_strings_and_the_letters_use_them():
    assert Kind is DocumentKind
    assert DocumentKind("county_bulletin") == "county_bulletin"
    assert {k.value for k in DocumentKind} == {
        "risk_notice", "rectification", "authority_notice", "county_bulletin", "interview_notice",
    }  # fmt: skip


def test_document_states_move_forward_only():
    assert transition(DocumentState.ISSUED, "printed") is DocumentState.PRINTED
    assert transition(DocumentState.PRINTED, "corrected") is DocumentState.CORRECTED
    assert transition(DocumentState.ISSUED, "corrected") is DocumentState.CORRECTED
    assert can_transition(DocumentState.PRINTED, "printed")  # a reprint
    assert not can_transition(DocumentState.CORRECTED, "corrected")
    assert not can_transition(DocumentState.CORRECTED, "issued")
    with pytest.raises(IllegalTransition) as exc:
        transition(DocumentState.CORRECTED, "printed")
    assert exc.value.needs == ("issued", "printed")
    assert "已更正" in error_text(exc.value)


def test_warning_loop_states_say_what_must_happen_first():
    w = WarningState.ISSUED
    for step in ("delivered", "feedback_received", "reopened", "feedback_received", "closed"):
        w = transition(w, step)
    assert w is WarningState.CLOSED
    assert can_transition(WarningState.CLOSED, "reopened")
    with pytest.raises(IllegalTransition) as exc:
        transition(WarningState.ISSUED, "closed")
    assert exc.value.needs == ("feedback_received",)
    assert (
        error_text(exc.value)
        == "预警当前为“已下发”，不能评估为整改有效（办结）：须先登记企业的整改反馈"
    )
    with pytest.raises(IllegalTransition):
        transition(WarningState.DELIVERED, "closed")


def test_letter_deadlines_and_what_each_kind_prints():
    d = letter_deadlines(
        dt.date(2026, 11, 28), "orange", feedback_days=10,
        rectification_days={"orange": 15}, plan_days=7,
        interview_at=dt.datetime(2026, 12, 7, 9, 0), interview_place="会议室",
    )  # fmt: skip
    assert d.report_due == dt.date(2026, 12, 13) and d.feedback_due == dt.date(2026, 12, 8)
    assert (d.report_days, d.feedback_days, d.plan_days) == (15, 10, 7)
    assert [k for k, _ in d.printed("rectification")] == [DeadlineKind.REPORT]
    assert [k for k, _ in d.printed("risk_notice")] == [
        DeadlineKind.INTERVIEW,
        DeadlineKind.FEEDBACK,
    ]
