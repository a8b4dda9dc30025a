"""Issuing writes a chunk in bulk: the number of SQL statements a chunk runs does not grow with
the documents in it (one insert per table, not one flush and a few queries per document). The
statements are counted with SQLAlchemy's ``before_cursor_execute`` event (an ``executemany``
counts once), never timed."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import event, func, select

from gaotai_desktop.data.models import MeasureTask, WarningDocument, WarningEvent, WarningRecord
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services import issuing
from gaotai_desktop.services.container import build_services
from gaotai_desktop.services.demo import make_uscc

T = dt.date(2026, 11, 28)


@pytest.fixture
def county(db):
    """36 enterprises: a third yellow (1 counted person), orange (3), red (5)."""
    services = build_services(db, render_workers=1)
    rng = random.Random(13)
    ids = []
    for i in range(36):
        code = make_uscc(rng)
        row = services.enterprises.create(
            EnterpriseInput(code, f"高台县第{i}机械有限公司", "制造业", "城关镇", "县工业和信息化局"),
            today=T,
        )  # fmt: skip
        ids.append(row.id)
        persons = (1, 3, 5)[i % 3]
        for n in range(persons):
            services.accidents.record(
                AccidentInput(code, dt.date(2026, 3, 1 + n), f"车间{n}", "机械伤害", "", "",
                              (PersonInput("孙秀英", "620724196804246594", "轻伤", "认定工伤"),)),
                today=T,
            )  # fmt: skip
    return services, ids


def count_chunks(services, monkeypatch) -> list[tuple[int, int]]:
    """(documents stored, statements run) of every chunk issued while the list is in use."""
    chunks: list[tuple[int, int]] = []
    counting = [False]
    statements = [0]

    def count(*_args) -> None:
        if counting[0]:
            statements[0] += 1

    store_chunk = issuing.IssuingService._store_chunk

    def chunk(self, jobs, run):
        counting[0], statements[0] = True, 0
        try:
            rows = store_chunk(self, jobs, run)
        finally:
            counting[0] = False
        chunks.append((len(rows), statements[0]))
        return rows

    monkeypatch.setattr(issuing.IssuingService, "_store_chunk", chunk)
    event.listen(services.db.engine, "before_cursor_execute", count)
    return chunks


def test_a_chunk_runs_the_same_statements_for_few_and_for_many_documents(county, monkeypatch):
    county, ids = county
    chunks = count_chunks(county, monkeypatch)
    kinds = ["risk_notice", "rectification", "interview_notice", "authority_notice"]
    # one enterprise of each tier, then the other 33 (each run within one chunk of 40 documents
    # or in a few: every chunk is counted)
    few = county.issuing.issue_due(T, today=T, enterprise_ids=ids[:3], kinds=kinds)
    many = county.issuing.issue_due(T, today=T, enterprise_ids=ids[3:], kinds=kinds)
    assert few.ok and many.ok
    assert len(few.issued) < 10 and len(many.issued) >= 40
    small = chunks[0][1]
    assert all(docs >= 10 for docs, _ in chunks[1:])
    # the same statements per chunk, whatever its size (counters of the same kinds, one insert
    # per table): nothing runs once per document
    assert all(n <= small for _, n in chunks[1:]), chunks
    with county.db.transaction() as s:
        warnings = s.scalar(select(func.count()).select_from(WarningRecord))
        links = s.scalar(select(func.count()).select_from(WarningDocument))
        events = s.scalar(select(func.count()).select_from(WarningEvent))
        tasks = s.scalar(select(func.count()).select_from(MeasureTask))
    assert warnings == 36 == events
    assert links == len(few.issued) + len(many.issued)
    assert tasks > warnings
