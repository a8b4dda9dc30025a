"""Prevention training through TrainingService on a real SQLite file: sessions with attendance,
edits, refusals that name the field in Chinese and change nothing, the high-risk enterprises not
trained this year, and the counts the quarterly evaluation shows (PDF and .xlsx parsed back)."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.domain.identifiers import uscc_check_char
from gaotai_desktop.domain.outreach import (
    AttendanceInput,
    TrainingCounts,
    TrainingInput,
    risk_group,
)
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import build_services
from gaotai_desktop.texts import error_text

D = dt.date
TODAY = D(2026, 11, 28)


def uscc(n: int) -> str:
    body = f"91620724MA01{n:05d}"
    return body + uscc_check_char(body)


BUILD, BUILD2, CHEM, PLAIN_FACTORY, TRUCKS, FARM = (uscc(i) for i in range(1, 7))


@pytest.fixture
def services(db):
    services = build_services(db)
    for code, name, industry, town in (
        (BUILD, "高台县鑫源建筑工程有限公司", "建筑业", "城关镇"),
        (BUILD2, "高台县宏达建筑工程有限公司", "建筑业", "巷道镇"),
        (CHEM, "高台县盛鑫化工有限公司", "制造业", "巷道镇"),
        (PLAIN_FACTORY, "高台县祁连面粉加工有限公司", "制造业", "城关镇"),
        (TRUCKS, "高台县顺达物流有限公司", "交通运输、仓储和邮政业", "南华镇"),
        (FARM, "高台县骆驼城农业发展有限公司", "农林牧渔业", "骆驼城镇"),
    ):
        services.enterprises.create(EnterpriseInput(code, name, industry, town), today=TODAY)
    return services


def session(day: D, *attendance: tuple[str, int], people: int = 0, industry: str = "建筑业"):
    return TrainingInput(
        day, "县人社局三楼会议室", "高处坠落防范与岗前培训", "王敏", industry, people=people,
        attendance=tuple(AttendanceInput(u, n) for u, n in attendance),
        materials="课件、签到表", materials_path=r"D:\培训资料\2026",
    )  # fmt: skip


def test_a_session_with_its_enterprises(services):
    row = services.training.add(session(D(2026, 10, 9), (BUILD, 12), (CHEM, 8)), today=TODAY)
    assert row.people == 20 and row.enterprises == 2
    assert [(a.uscc, a.people) for a in row.attendance] == sorted([(BUILD, 12), (CHEM, 8)])
    again = services.training.get(row.id)
    assert again == row
    assert again.materials_path == r"D:\培训资料\2026"
    # the industry by its section letter; the total given larger than the enterprises' sum
    other = services.training.add(session(D(2026, 3, 2), (TRUCKS, 5), people=30, industry="g"),
                                  today=TODAY)  # fmt: skip
    assert other.industry == "交通运输、仓储和邮政业" and other.people == 30
    assert [r.id for r in services.training.list(2026)] == [row.id, other.id]
    assert services.training.list(2025) == []


def test_editing_replaces_the_attendance(services):
    row = services.training.add(session(D(2026, 10, 9), (BUILD, 12), (CHEM, 8)), today=TODAY)
    edited = services.training.edit(row.id, session(D(2026, 10, 10), (TRUCKS, 4)), today=TODAY)
    assert edited.held_on == D(2026, 10, 10)
    assert [(a.uscc, a.people) for a in edited.attendance] == [(TRUCKS, 4)]
    assert edited.people == 4
    from gaotai_desktop.services.audit import AuditFilter

    entries = services.audit.entries(AuditFilter(record_id=row.id))
    mine = sorted((e.action, e.table) for e in entries if e.record_id == row.id)
    assert mine == [("insert", "training_session"), ("update", "training_session")]
    assert '"2026-10-10"' in next(e.after for e in entries if e.action == "update")
    # the attendance replaced: two rows deleted, one inserted, each audited
    every = services.audit.entries(AuditFilter())
    attendance = sorted(e.action for e in every if e.table == "training_attendance")
    assert attendance == ["delete", "delete", "insert", "insert", "insert"]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (session(D(2026, 11, 29), (BUILD, 1)), "training_date", "培训日期"),
        (TrainingInput(D(2026, 10, 9), " ", "主题", "王敏", "建筑业",
                       attendance=(AttendanceInput(BUILD, 1),)), "training_place", "培训地点"),
        (session(D(2026, 10, 9), (BUILD, 1), industry="养殖"), "training_industry", "培训行业"),
        (session(D(2026, 10, 9), (uscc(99), 3)), "training_enterprise", "参训企业"),
        (session(D(2026, 10, 9), (BUILD, 3), (BUILD, 2)), "training_enterprise", "重复"),
        (session(D(2026, 10, 9), (BUILD, 0)), "training_enterprise", "参训企业"),
        (session(D(2026, 10, 9), (BUILD, 9), people=5), "training_people", "少于"),
        (session(D(2026, 10, 9)), "training_people", "参训总人数"),
    ],
)  # fmt: skip
def test_refusals_name_the_field_and_change_nothing(services, db, data, field, words):
    before = sqlite_content_dump(db.engine)
    with pytest.raises(ValidationError) as err:
        services.training.add(data, today=TODAY)
    assert err.value.field == field
    assert words in error_text(err.value)
    assert sqlite_content_dump(db.engine) == before


def test_high_risk_groups_from_the_industry_table():
    assert risk_group("E", "建筑业", "某某劳务有限公司") == "construction"
    assert risk_group("G", "交通运输、仓储和邮政业", "某某运输公司") == "logistics"
    assert risk_group("C", "制造业", "高台县盛鑫化工有限公司") == "chemicals"
    assert risk_group("C", "制造业", "高台县面粉加工有限公司") is None
    assert risk_group(None, "化学原料和化学制品制造业", "某公司") == "chemicals"
    assert risk_group("A", "农林牧渔业", "某农药经销部") is None


def test_untrained_high_risk_enterprises(services):
    # last year's training does not count this year, but is shown as the last one
    services.training.add(session(D(2025, 6, 3), (BUILD2, 6)), today=TODAY)
    services.training.add(session(D(2026, 4, 8), (BUILD, 10), (FARM, 3)), today=TODAY)
    # a session after the as-of date does not count yet (as_of inside the year)
    services.training.add(session(D(2026, 11, 20), (TRUCKS, 2)), today=TODAY)
    rows = services.training.untrained_high_risk(2026, D(2026, 11, 1))
    assert [(r.uscc, r.group) for r in rows] == [
        (BUILD2, "construction"), (CHEM, "chemicals"), (TRUCKS, "logistics"),
    ]  # fmt: skip
    assert rows[0].last_trained == D(2025, 6, 3) and rows[1].last_trained is None
    rows = services.training.untrained_high_risk(2026, TODAY)
    assert [r.uscc for r in rows] == [BUILD2, CHEM]
    # 2025: only BUILD2 was trained
    assert [r.uscc for r in services.training.untrained_high_risk(2025, TODAY)] == [
        BUILD, CHEM, TRUCKS,
    ]  # fmt: skip


def test_quarterly_evaluation_counts_training(services):
    services.training.add(session(D(2026, 9, 30), (BUILD, 7)), today=TODAY)  # Q3
    services.training.add(session(D(2026, 10, 9), (BUILD, 12), (CHEM, 8)), today=TODAY)
    services.training.add(session(D(2026, 11, 5), (BUILD, 5), people=9), today=TODAY)
    assert services.training.counts(D(2026, 10, 1), D(2026, 12, 31)) == TrainingCounts(2, 2, 29)
    report = services.reports.quarterly("2026-Q4", TODAY)
    assert report.training == TrainingCounts(2, 2, 29)
    assert services.reports.quarterly("2026-Q3", TODAY).training == TrainingCounts(1, 1, 7)

    from pypdf import PdfReader

    pdf = services.reports.pdf(report, TODAY)
    words = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "开展工伤预防培训2场" in words.replace(" ", "").replace("\n", "")
    assert "覆盖企业2家" in words.replace(" ", "").replace("\n", "")
    assert "培训29人次" in words.replace(" ", "").replace("\n", "")

    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(services.reports.xlsx(report)))
    sheet = book["预防培训"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert ["培训场次", "覆盖企业（家）", "培训人次"] in values
    assert [2, 2, 29] in values
