"""Reports against sums computed by hand on the sample data (tests/fixtures/*_sample.*).

The sample's counted accidents (事故日期, 乡镇, 类别; SG2026-0012 is 不予认定 and does not count):
2026: 01-20 南华 车辆伤害, 02-02 宣化 起重伤害, 03-03 新坝 车辆伤害, 03-14 城关 坍塌,
04-18 骆驼城 灼烫, 05-05 南华 高处坠落, 06-01 合黎 物体打击 (three persons, one accident),
08-09 宣化 触电, 09-30 南华 起重伤害 (待认定: counts).  2025: 04-01 骆驼城 车辆伤害,
10-01 骆驼城 高处坠落.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

from gaotai_desktop.data.models import (
    AwardRestriction,
    Document,
    Enterprise,
    MeasureTask,
    WarningEvent,
    WarningRecord,
)
from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.domain.reports import parse_period

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def services(db, db_path, tmp_path, fixtures):
    from gaotai_desktop.services.container import build_services

    s = build_services(db, location=db_path, backup_dir=tmp_path / "backups")
    s.importer.run("enterprises", fixtures / "enterprises_sample.xlsx", today=TODAY)
    s.importer.run("incidents", fixtures / "incidents_sample.xlsx", today=TODAY)
    return s


def _ids(db) -> dict[str, str]:
    with db.transaction() as s:
        return {e.uscc: e.id for e in s.query(Enterprise)}


JINCHUAN = "91620724MALU7N7H7R"  # 南华镇, three accidents: red
HONGDA = "91620724MAF8BNKT9C"  # 宣化镇, two accidents: orange
XINYUAN = "91620724MAE3PWQ396"  # 城关镇, one accident: yellow


def add_warning(db, uscc: str, tier: str, **fields) -> str:
    ids = _ids(db)
    with db.transaction() as s:
        w = WarningRecord(enterprise_id=ids[uscc], tier=tier, year=2026, **fields, **db.stamp())
        s.add(w)
        s.flush()
        return w.id


def add_event(db, warning_id: str, from_state: str, to_state: str, on: dt.date) -> None:
    with db.transaction() as s:
        s.add(WarningEvent(warning_id=warning_id, from_state=from_state, to_state=to_state,
                           on_date=on, **db.stamp()))  # fmt: skip


def add_task(db, uscc: str, kind: str, level: str, due: dt.date, state: str = "open") -> None:
    ids = _ids(db)
    with db.transaction() as s:
        s.add(MeasureTask(enterprise_id=ids[uscc], year=2026, kind=kind, level=level, due_on=due,
                          state=state, **db.stamp()))  # fmt: skip


# -- periods ---------------------------------------------------------------------------------------
def test_periods_parse_and_refuse():
    w = parse_period("weekly", "2026-W48")
    assert (w.start, w.end) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert w.title() == "2026年第48周（11月23日至11月29日）"
    m = parse_period("monthly", "2026-2")
    assert (m.label, m.end) == ("2026-02", dt.date(2026, 2, 28))
    q = parse_period("quarterly", "2026-q4")
    assert (q.label, q.start, q.end, q.title()) == (
        "2026-Q4",
        dt.date(2026, 10, 1),
        dt.date(2026, 12, 31),
        "2026年第四季度",
    )
    for kind, bad in [("weekly", "2026-W54"), ("weekly", "2026-11"), ("monthly", "2026-13"),
                      ("monthly", "2026-W48"), ("quarterly", "2026-Q5"), ("monthly", "")]:  # fmt: skip
        with pytest.raises(ValidationError) as exc:
            parse_period(kind, bad)
        assert exc.value.code == "period_format"


def test_future_period_refused(services):
    with pytest.raises(ValidationError) as exc:
        services.reports.monthly("2026-12", TODAY)
    assert exc.value.code == "period_future"


# -- monthly -----------------------------------------------------------------------------------------
def test_monthly_figures_match_the_sample_by_hand(services):
    r = services.reports.monthly("2026-09", TODAY)
    st = r.stats
    assert st.as_of == dt.date(2026, 9, 30)
    assert (st.accidents, st.last_accidents) == (1, 0)  # 09-30 南华; none in Sept 2025
    assert st.ytd == 9  # SG2026-0012 (不予认定) left out, SG2026-0007 one accident of three persons
    assert st.last_ytd == 1  # 2025-04-01 only: 2025-10-01 is after the same day last year
    town = {b.name: b for b in st.by_township}
    assert [b.name for b in st.by_township][:3] == ["城关镇", "宣化镇", "南华镇"]
    assert (town["南华镇"].month, town["南华镇"].ytd, town["南华镇"].last_ytd) == (1, 3, 0)
    assert (town["骆驼城镇"].ytd, town["骆驼城镇"].last_ytd) == (1, 1)
    assert town["黑泉镇"].ytd == 0
    assert sum(b.ytd for b in st.by_township) == 9
    cat = {b.name: b.ytd for b in st.by_category}
    assert cat == {"车辆伤害": 2, "起重伤害": 2, "坍塌": 1, "灼烫": 1, "高处坠落": 1,
                   "物体打击": 1, "触电": 1}  # fmt: skip
    assert "机械伤害" not in cat  # the 不予认定 accident
    ind = {b.name: (b.ytd, b.last_ytd) for b in st.by_industry}
    assert ind["制造业"] == (3, 0) and ind["交通运输、仓储和邮政业"] == (2, 1)
    months = {m.month: (m.this, m.last) for m in st.by_month}
    assert months[3] == (2, 0) and months[4] == (1, 1) and months[10] == (0, 1)
    # 金川化工 reached red on 09-30 (orange before); nobody else rose in September
    assert [(x.uscc, x.before, x.tier) for x in r.reached] == [(JINCHUAN, "orange", "red")]


def test_monthly_same_period_last_year_and_running_month(services):
    r = services.reports.monthly("2026-11", TODAY)
    # the month runs: counted to today, against 2025-01-01..2025-11-28 (both 2025 accidents)
    assert r.stats.as_of == TODAY
    assert (r.stats.accidents, r.stats.ytd, r.stats.last_ytd) == (0, 9, 2)
    assert r.stats.ytd_change == pytest.approx(350.0)
    assert r.stats.tiers == {"none": 11, "yellow": 4, "orange": 2, "red": 1}


def test_monthly_warnings_issued_and_overdue(services, db):
    add_warning(db, XINYUAN, "yellow", issued_on=dt.date(2026, 11, 3), state="delivered",
                delivered_on=dt.date(2026, 11, 4), feedback_due=dt.date(2026, 11, 14))  # fmt: skip
    add_warning(db, HONGDA, "orange", issued_on=dt.date(2026, 11, 20), state="delivered",
                delivered_on=dt.date(2026, 11, 21), feedback_due=dt.date(2026, 12, 7))  # fmt: skip
    add_warning(db, JINCHUAN, "red", issued_on=dt.date(2026, 10, 8), state="feedback_received",
                delivered_on=dt.date(2026, 10, 9), feedback_due=dt.date(2026, 10, 16),
                feedback_on=dt.date(2026, 10, 15))  # fmt: skip
    add_task(db, HONGDA, "special_inspection", "authority", dt.date(2026, 11, 25))
    add_task(db, HONGDA, "authority_notified", "authority", dt.date(2026, 11, 10), state="done")
    r = services.reports.monthly("2026-11", TODAY)
    assert r.warnings_issued == {"yellow": 1, "orange": 1}
    assert [(o.kind, o.uscc, o.due) for o in r.overdue] == [
        ("warning", XINYUAN, dt.date(2026, 11, 14)),
        ("task", HONGDA, dt.date(2026, 11, 25)),
    ]
    assert r.overdue[0].what.startswith("书面反馈")
    october = services.reports.monthly("2026-10", TODAY)
    assert october.warnings_issued == {"red": 1}
    assert october.overdue == ()  # nothing was due before 1 November


def test_monthly_overdue_is_what_was_overdue_as_the_month_ended(services, db):
    """A bulletin made days later lists what was overdue on the month's last day ("截至月底"),
    from the recorded state changes: an answer registered since, a task done since and a warning
    escalated since are still listed; an answer in time and a task done in time are not."""
    d = dt.date
    late = add_warning(db, XINYUAN, "yellow", issued_on=d(2026, 11, 3), state="feedback_received",
                       delivered_on=d(2026, 11, 4), feedback_due=d(2026, 11, 14),
                       feedback_on=d(2026, 12, 2))  # fmt: skip
    add_event(db, late, "issued", "delivered", d(2026, 11, 4))
    add_event(db, late, "delivered", "feedback_received", d(2026, 12, 2))
    in_time = add_warning(db, HONGDA, "orange", issued_on=d(2026, 10, 20),
                          state="feedback_received", delivered_on=d(2026, 10, 21),
                          feedback_due=d(2026, 11, 7), feedback_on=d(2026, 11, 5))  # fmt: skip
    add_event(db, in_time, "issued", "delivered", d(2026, 10, 21))
    add_event(db, in_time, "delivered", "feedback_received", d(2026, 11, 5))
    red = add_warning(db, JINCHUAN, "red", issued_on=d(2026, 12, 1), state="issued")
    escalated = add_warning(db, JINCHUAN, "orange", issued_on=d(2026, 10, 30), state="delivered",
                            delivered_on=d(2026, 11, 2), feedback_due=d(2026, 11, 20),
                            superseded_by_id=red)  # fmt: skip
    add_event(db, escalated, "issued", "delivered", d(2026, 11, 2))
    ids = _ids(db)
    with db.transaction() as s:
        for uscc, kind, due, state, done in [
            (HONGDA, "special_inspection", d(2026, 11, 25), "done", d(2026, 12, 1)),
            (HONGDA, "training", d(2026, 11, 15), "done", d(2026, 11, 14)),
            (XINYUAN, "interview", d(2026, 11, 30), "open", None),
        ]:
            s.add(MeasureTask(enterprise_id=ids[uscc], year=2026, kind=kind, level="township",
                              due_on=due, state=state, done_on=done, **db.stamp()))  # fmt: skip

    november = services.reports.monthly("2026-11", d(2026, 12, 3))
    assert [(o.kind, o.uscc, o.due) for o in november.overdue] == [
        ("warning", XINYUAN, d(2026, 11, 14)),
        ("warning", JINCHUAN, d(2026, 11, 20)),
        ("task", HONGDA, d(2026, 11, 25)),
        ("task", XINYUAN, d(2026, 11, 30)),
    ]
    assert all(o.urgency == "overdue" for o in november.overdue)
    # the same bulletin made on 1 December (before any of the changes) says the same
    assert services.reports.monthly("2026-11", d(2026, 12, 1)).overdue == november.overdue
    # December so far: only what is still owed today
    december = services.reports.monthly("2026-12", d(2026, 12, 3))
    assert [(o.kind, o.uscc, o.due) for o in december.overdue] == [
        ("task", XINYUAN, d(2026, 11, 30)),
    ]


# -- weekly ------------------------------------------------------------------------------------------
def test_weekly_lists_due_this_week_and_overdue(services, db):
    add_warning(db, XINYUAN, "yellow", issued_on=dt.date(2026, 11, 3), state="reopened",
                delivered_on=dt.date(2026, 11, 4), feedback_due=dt.date(2026, 11, 20))  # fmt: skip
    add_task(db, HONGDA, "special_inspection", "authority", dt.date(2026, 11, 27))
    add_task(db, JINCHUAN, "periodic_interview", "township", dt.date(2026, 11, 29))
    add_task(db, JINCHUAN, "periodic_interview", "township", dt.date(2026, 11, 30))  # next week
    r = services.reports.weekly("2026-W48", TODAY)
    got = {(i.uscc, i.level, i.due, i.urgency) for i in r.items}
    assert got == {
        (XINYUAN, "enterprise", dt.date(2026, 11, 20), "overdue"),
        (HONGDA, "authority", dt.date(2026, 11, 27), "overdue"),
        (JINCHUAN, "township", dt.date(2026, 11, 29), "due_soon"),
    }
    assert r.overdue == 2


# -- quarterly ---------------------------------------------------------------------------------------
def test_quarterly_rates_by_hand(services, db):
    # 新源 (城关镇): answered on time, evaluated effective, closed 10-20; no accident since
    a = add_warning(db, XINYUAN, "yellow", issued_on=dt.date(2026, 10, 2), state="closed",
                    delivered_on=dt.date(2026, 10, 3), feedback_due=dt.date(2026, 10, 13),
                    feedback_on=dt.date(2026, 10, 12), closed_on=dt.date(2026, 10, 20))  # fmt: skip
    add_event(db, a, "feedback_received", "closed", dt.date(2026, 10, 20))
    # 宏达 (宣化镇): answered late, evaluated ineffective (reopened), still owes it
    b = add_warning(db, HONGDA, "orange", issued_on=dt.date(2026, 10, 5), state="reopened",
                    delivered_on=dt.date(2026, 10, 6), feedback_due=dt.date(2026, 10, 21),
                    feedback_on=dt.date(2026, 10, 25))  # fmt: skip
    add_event(db, b, "feedback_received", "reopened", dt.date(2026, 11, 2))
    # 金川 (南华镇): closed in Q3 (08-01), accident 09-30 after closing: recurrence in Q3
    c = add_warning(db, JINCHUAN, "orange", issued_on=dt.date(2026, 5, 10), state="closed",
                    delivered_on=dt.date(2026, 5, 11), feedback_due=dt.date(2026, 5, 26),
                    feedback_on=dt.date(2026, 5, 20), closed_on=dt.date(2026, 8, 1))  # fmt: skip
    add_event(db, c, "feedback_received", "closed", dt.date(2026, 8, 1))
    q4 = services.reports.quarterly("2026-Q4", TODAY)
    t = q4.total
    assert (t.warnings, t.answers_due, t.on_time) == (2, 2, 1)
    assert (t.evaluations, t.effective) == (2, 1)
    assert (t.closed, t.recurred) == (2, 0)  # 金川 closed 08-01: no accident after it in Q4
    assert t.on_time_rate == 50.0 and t.effective_rate == 50.0
    towns = {r.name: r for r in q4.townships}
    assert (towns["城关镇"].warnings, towns["城关镇"].on_time) == (1, 1)
    assert (towns["宣化镇"].answers_due, towns["宣化镇"].on_time) == (1, 0)
    assert towns["黑泉镇"].warnings == 0
    q3 = services.reports.quarterly("2026-Q3", TODAY)
    assert (q3.total.closed, q3.total.recurred) == (1, 1)
    assert [(e.uscc, e.recurred) for e in q3.enterprises] == [(JINCHUAN, 1)]


# -- award restrictions ------------------------------------------------------------------------------
def test_restriction_list(services, db):
    ids = _ids(db)
    with db.transaction() as s:
        doc = Document(doc_no="高人社发〔2026〕3号", kind="county_bulletin", year=2026, seq=3,
                       issue_date=dt.date(2026, 10, 9), pdf=b"%PDF", sha256="0" * 64,
                       **db.stamp())  # fmt: skip
        s.add(doc)
        s.flush()
        s.add(AwardRestriction(enterprise_id=ids[JINCHUAN], year=2026, document_id=doc.id,
                               until=dt.date(2026, 12, 31), **db.stamp()))  # fmt: skip
        s.add(AwardRestriction(enterprise_id=ids[HONGDA], year=2026, until=None,
                               lifted_on=dt.date(2026, 11, 1), lift_reason="整改到位",
                               **db.stamp()))  # fmt: skip
    rows = {r.uscc: r for r in services.reports.restrictions()}
    assert rows[JINCHUAN].basis == "高人社发〔2026〕3号"
    assert rows[JINCHUAN].start == dt.date(2026, 10, 9)
    assert rows[JINCHUAN].active(TODAY)
    assert rows[HONGDA].until == dt.date(2026, 12, 31) and not rows[HONGDA].active(TODAY)
    data = services.reports.restrictions_xlsx(rows.values(), TODAY)
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(data)).active
    assert ws["A1"].value.startswith("限制评先评优企业名单")
    assert ws.freeze_panes == "A4"
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    by_uscc = {v[1]: v for v in values}
    assert by_uscc[JINCHUAN][4] == "高人社发〔2026〕3号" and by_uscc[JINCHUAN][9] == "限制中"
    assert by_uscc[HONGDA][8] == "整改到位" and by_uscc[HONGDA][9] == "已解除"
