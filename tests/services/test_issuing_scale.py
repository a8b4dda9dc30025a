"""Issuing at county scale: inside the loop over chunks, no statement reads a whole table of
enterprises, accidents or injured persons (SQLite's own query plans say so), and the facts a
letter prints are those of its enterprise's counted accidents."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from sqlalchemy import event
from sqlalchemy import text as sql_text

from gaotai_desktop.data import queries
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services import issuing
from gaotai_desktop.services.container import build_services
from gaotai_desktop.services.demo import make_uscc

T = dt.date(2026, 11, 28)
BIG_TABLES = ("enterprise", "accident", "injured_person", "document", "document_subject")


def person(outcome: str) -> PersonInput:
    return PersonInput("孙秀英", "620724196804246594", "轻伤", outcome)


@pytest.fixture
def county(db):
    """Enterprises of every tier, their accidents with persons of every outcome."""
    services = build_services(db, render_workers=1)
    rng = random.Random(7)
    outcomes = ("认定工伤", "视同工伤", "待认定", "不予认定")
    for i in range(24):
        code = make_uscc(rng)
        services.enterprises.create(
            EnterpriseInput(code, f"高台县第{i}建材有限公司", "建筑业", "城关镇", "县住房和城乡建设局"),
            today=T,
        )  # fmt: skip
        for n in range(i % 5):
            persons = tuple(person(outcomes[(i + n + k) % 4]) for k in range(1 + n % 3))
            services.accidents.record(
                AccidentInput(code, dt.date(2026, 2 + n, 3 + i % 20), f"工地{n}", "高处坠落",
                              "", "", persons),
                today=T,
            )  # fmt: skip
    return services


@pytest.mark.sqlite_only(reason="reads SQLite's EXPLAIN QUERY PLAN")
def test_no_statement_in_the_issuing_loop_reads_a_whole_table(county, monkeypatch):
    engine = county.db.engine
    in_chunk = [False]
    seen: dict[str, tuple] = {}

    def record(_conn, _cursor, statement, parameters, _context, executemany):
        if in_chunk[0] and not executemany and statement.lstrip().upper().startswith("SELECT"):
            seen.setdefault(statement, tuple(parameters or ()))

    store_chunk = issuing.IssuingService._store_chunk

    def chunk(self, jobs, run):
        in_chunk[0] = True
        try:
            return store_chunk(self, jobs, run)
        finally:
            in_chunk[0] = False

    monkeypatch.setattr(issuing.IssuingService, "_store_chunk", chunk)
    event.listen(engine, "before_cursor_execute", record)
    try:
        report = county.issuing.issue_due(T, today=T)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert report.ok and len(report.issued) > 10
    assert any("injured_person" in sql for sql in seen)  # the letters' facts were read
    full_scan = re.compile(rf"^SCAN ({'|'.join(BIG_TABLES)})\b")
    scans = []
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        for sql, params in seen.items():
            for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params):
                if full_scan.match(row[3]):
                    scans.append((row[3], sql[:200]))
    assert scans == []


def test_the_facts_are_the_counted_accidents_with_their_persons(county):
    """Against a plain reckoning from every row: window, voided, deleted, all persons 不予认定,
    the persons' number and 认定中 (a person 待认定 and none recognised)."""
    with county.db.engine.connect() as conn:
        accidents = conn.execute(
            sql_text(
                "SELECT id, enterprise_id, occurred_on, place FROM accident"
                " WHERE voided = false AND deleted_at IS NULL AND occurred_on BETWEEN :a AND :b"
            ),
            {"a": "2026-01-01", "b": T.isoformat()},
        ).all()
        outcomes: dict[str, list[str]] = {}
        for accident_id, outcome in conn.execute(
            sql_text("SELECT accident_id, outcome FROM injured_person")
        ):
            outcomes.setdefault(accident_id, []).append(outcome)
    expected = set()
    for accident_id, enterprise_id, occurred_on, place in accidents:
        got = outcomes.get(accident_id, [])
        if got and all(o == "不予认定" for o in got):
            continue
        pending = "待认定" in got and not {"认定工伤", "视同工伤"} & set(got)
        day = dt.date.fromisoformat(str(occurred_on))  # SQLite's text, PostgreSQL's date
        expected.add((enterprise_id, day, place, len(got), pending))
    ids = [t.enterprise_id for t in county.enterprises.tiers(T)]
    with county.db.transaction() as s:
        facts = queries.counted_accidents(s, T, ids)
    assert {(e, d, p, n, pending) for e, d, _c, p, n, pending in facts} == expected
    assert len(facts) == len(expected) > 10
    assert [f[1] for f in facts] == sorted(f[1] for f in facts)
    assert any(f[5] for f in facts) and not all(f[5] for f in facts)
    with county.db.transaction() as s:
        assert queries.counted_accidents(s, T, ids[:3]) == [f for f in facts if f[0] in ids[:3]]
