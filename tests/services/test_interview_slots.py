"""One slot per interview through the service: planned, chosen, checked, stored with its room."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.domain.notices import DUE
from gaotai_desktop.services.container import build_services
from gaotai_desktop.texts import error_text

from .test_issuing_dates import T, yellow


@pytest.fixture
def services(db):
    return build_services(db, render_workers=1)


ROOMS = ["工伤保险股会议室", "三楼小会议室"]


def two_rooms(services) -> None:
    services.office.set_values({"interview_rooms": json.dumps(ROOMS, ensure_ascii=False)})


def planned(services, chosen=None):
    rows = [r for r in services.notices.plan(T) if r.status == DUE]
    rows = services.issuing.plan_interviews(rows, T, today=T, chosen=chosen)
    return {r.enterprise_id: (r.interview_at, r.interview_room) for r in rows if r.interview_at}


def ids(services) -> list[str]:
    return sorted(r.enterprise_id for r in services.enterprises.tiers(T) if r.tier)


def test_plan_fills_the_rooms_of_a_time_then_the_next_time(services):
    yellow(services, 3)
    two_rooms(services)
    slots = sorted(planned(services).values())
    first = dt.datetime(2026, 12, 7, 9, 0)  # 28 Nov + 7 days = Sat 5 Dec -> Mon 7 Dec
    assert slots == sorted(
        [(first, ROOMS[0]), (first, ROOMS[1]), (first + dt.timedelta(minutes=30), ROOMS[0])]
    )


def test_chosen_slots_are_checked(services):
    yellow(services, 2)
    two_rooms(services)
    a, b = ids(services)
    plan = planned(services)
    check = services.issuing.check_interview_slot
    cases = [
        (dt.datetime(2026, 12, 12, 9, 0), ROOMS[0], "slot_rest_day"),  # Saturday
        (dt.datetime(2026, 12, 8, 12, 0), ROOMS[0], "slot_hours"),  # lunch break
        (dt.datetime(2026, 12, 8, 9, 10), ROOMS[0], "slot_hours"),  # not a slot's start
        (dt.datetime(2026, 12, 8, 9, 0), "局长办公室", "slot_room"),
        (dt.datetime(2026, 11, 28, 9, 0), ROOMS[0], "before_issue_date"),
        (plan[b][0], plan[b][1], "slot_taken"),
    ]
    for at, room, code in cases:
        with pytest.raises(ValidationError) as exc:
            check(a, at, room, today=T, chosen=plan)
        assert exc.value.code == code, (at, room)
        assert error_text(exc.value)
    with pytest.raises(ValidationError) as exc:
        check(a, *plan[b], today=T, chosen=plan)
    assert "高台县黄" in error_text(exc.value)  # names who holds it
    check(a, dt.datetime(2026, 12, 8, 14, 30), ROOMS[1], today=T, chosen=plan)  # free


def test_issuing_prints_and_stores_the_chosen_slot(services):
    yellow(services, 2)
    two_rooms(services)
    a, b = ids(services)
    chosen = {a: (dt.datetime(2026, 12, 9, 15, 0), ROOMS[1])}
    plan = planned(services, chosen)
    assert plan[a] == chosen[a] and plan[b] != chosen[a]
    report = services.issuing.issue_due(T, today=T, interview_slots=plan)
    assert report.ok and report.issued
    after = planned(services)  # nothing due any more
    assert after == {}
    from sqlalchemy import select

    from gaotai_desktop.data.models import Document, DocumentDeadline

    with services.db.transaction() as s:
        stored = {
            (ent, at, place)
            for ent, at, place in s.execute(
                select(Document.enterprise_id, DocumentDeadline.due_at, DocumentDeadline.place)
                .join(Document, Document.id == DocumentDeadline.document_id)
                .where(DocumentDeadline.kind == "interview")
            )
        }
    assert stored == {(a, *plan[a]), (b, *plan[b])}


def test_a_chosen_slot_taken_meanwhile_is_not_issued(services):
    yellow(services, 2)
    two_rooms(services)
    a, b = ids(services)
    plan = planned(services)
    # another desk issued b into the slot this desk's plan gives a
    services.issuing.issue_due(T, today=T, enterprise_ids=[b], interview_slots={b: plan[a]})
    report = services.issuing.issue_due(T, today=T, interview_slots=plan)
    assert not report.issued and report.failed
    assert all(f.reason.code == "slot_taken" for f in report.failed)


def test_cli_plan_json_names_slot_room_and_missing_hazard_facts(services, db_path, capsys):
    from gaotai_desktop.cli import main

    yellow(services, 1)
    two_rooms(services)
    services.dispose()
    code = main(["--db", str(db_path), "notices", "plan", "--as-of", T.isoformat(),
                 "--date", T.isoformat(), "--format", "json"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    rows = json.loads(out)
    by_kind = {r["kind"]: r for r in rows}
    assert by_kind["risk_notice"]["interview_at"] == "2026-12-07T09:00"
    assert by_kind["risk_notice"]["interview_room"] == ROOMS[0]
    assert all("missing_hazard_facts" in r for r in rows)


def test_draft_takes_no_number_and_refuses_a_letter_not_due(services):
    from gaotai_desktop.domain.errors import NotFound

    yellow(services, 1)
    (a,) = ids(services)
    pdf = services.issuing.draft(a, "risk_notice", T, today=T)
    assert pdf.startswith(b"%PDF")
    with services.db.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM document_counter").scalar_one() == 0
        assert con.exec_driver_sql("SELECT count(*) FROM document").scalar_one() == 0
    with pytest.raises(NotFound):
        services.issuing.draft(a, "rectification", T, today=T)  # not due at yellow
