"""成文日期 = the day of issue; one slot per interview; unknown facts left out (issued letters)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from gaotai_desktop.domain.documents import DeadlineKind
from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services.container import build_services
from gaotai_desktop.services.demo import make_uscc
from gaotai_desktop.texts import error_text

T = dt.date(2026, 11, 28)
PENDING = PersonInput("孙秀英", "620724196804246594", "轻伤", "待认定")


def text_of(pdf: bytes) -> str:
    raw = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"— \d+ —", "", raw.replace("\n", ""))


@pytest.fixture
def services(db):
    return build_services(db, render_workers=1)


def yellow(services, n: int, seed: int = 5) -> list[str]:
    import random

    rng = random.Random(seed)
    codes: list[str] = []
    while len(codes) < n:
        code = make_uscc(rng)
        if code not in codes:
            codes.append(code)
    for i, code in enumerate(codes):
        services.enterprises.create(
            EnterpriseInput(code, f"高台县黄{i}商贸有限公司", "批发和零售业", "城关镇", ""),
            today=T,
        )
        services.accidents.record(
            AccidentInput(code, dt.date(2026, 9, 3), "", "", "", "", (PENDING,)), today=T
        )
    return codes


def test_letters_are_dated_the_day_they_are_issued(services):
    yellow(services, 1)
    today = dt.date(2026, 12, 2)
    report = services.issuing.issue_due(dt.date(2026, 9, 22), today=today)
    assert report.ok and report.issued
    for doc in report.issued:
        assert doc.issue_date == today
        t = text_of(services.document_store.pdf(doc.id))
        assert "2026年12月2日" in t and "2026年9月22日" in t  # signed today, counted to as-of
        for kind, due in services.document_store.deadlines(doc.id).items():
            assert due.date() > today, kind


def test_issue_date_before_as_of_or_in_the_future_is_refused(services):
    yellow(services, 1)
    with pytest.raises(ValidationError) as exc:
        services.issuing.issue_due(T, today=T, issue_date=T - dt.timedelta(days=1))
    assert (exc.value.field, exc.value.code) == ("issue_date", "before_as_of")
    assert "成文日期" in error_text(exc.value) and "统计截止日期" in error_text(exc.value)
    with pytest.raises(ValidationError) as exc:
        services.issuing.issue_due(T, today=T, issue_date=T + dt.timedelta(days=1))
    assert exc.value.code == "date_future"
    assert services.document_store.list() == []


def test_each_enterprise_gets_its_own_interview_slot_across_runs(services):
    codes = yellow(services, 4)
    first = services.issuing.issue_due(T, today=T, enterprise_ids=None, kinds=["risk_notice"])
    second = services.issuing.issue_due(T, today=T)
    assert first.ok and second.ok
    store = services.document_store
    slots: dict[str, set[dt.datetime]] = {}
    for doc in (*first.issued, *second.issued):
        at = store.deadlines(doc.id)[DeadlineKind.INTERVIEW]
        slots.setdefault(doc.subjects[0][0], set()).add(at)
        assert at.weekday() < 5 and at.date() > T
    # the risk notice and the interview notice of one enterprise name one interview ...
    assert all(len(s) == 1 for s in slots.values()) and len(slots) == len(codes)
    # ... and no two enterprises share one
    times = sorted(next(iter(s)) for s in slots.values())
    assert len(set(times)) == 4
    assert times[0] == dt.datetime(2026, 12, 7, 9, 0)  # 28 Nov + 7 = Saturday 5 Dec -> Monday
    assert times[1] == dt.datetime(2026, 12, 7, 9, 30)
    doc = next(d for d in second.issued if d.kind == "interview_notice")
    t = text_of(store.pdf(doc.id))
    at = store.deadlines(doc.id)[DeadlineKind.INTERVIEW]
    assert f"{at.month}月{at.day}日上午9时" in t


def test_an_interview_needing_an_unpublished_year_is_refused_with_the_reason(services):
    yellow(services, 1)
    office = services.issuing.office
    office.save(dataclasses.replace(office.get(), interview_days=40))
    report = services.issuing.issue_due(T, today=T)
    assert {f.kind for f in report.failed} == {"risk_notice", "interview_notice"}
    assert "2027年的放假和调休安排尚未录入" in error_text(report.failed[0].reason)


def test_nothing_unknown_is_invented_in_an_issued_letter(services):
    """Hazard without date or source, accident without category, place or recognition: the
    letters leave those facts out (no 1900, no made-up source, no empty brackets)."""
    code = "92620724MA73Q5H81X"
    services.enterprises.create(
        EnterpriseInput(code, "高台县祁连化工有限公司", "制造业", "巷道镇", "", hazard=True),
        today=T,
    )
    report = services.issuing.issue_due(T, today=T)
    assert report.ok and report.issued
    for doc in report.issued:
        t = text_of(services.document_store.pdf(doc.id))
        assert "1900" not in t and "职业卫生检查" not in t
        assert "（联系人：；" not in t and "联系人：）" not in t
        assert code in t
