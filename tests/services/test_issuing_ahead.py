"""Issuing with render workers fed a chunk ahead: the next chunk's letters are rendered while
this one is stored, and a render made ahead is stored only when the letter made for real in its
own chunk is the same. Checked with small chunks (so that a few enterprises make several) and two
worker processes: the same documents as issuing in one process, and another desk's number or an
edited enterprise between two chunks reaches the stored PDFs."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from gaotai_desktop.data.engine import make_engine
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.letters import batch
from gaotai_desktop.services import issuing, issuing_jobs
from gaotai_desktop.services.base import Database
from gaotai_desktop.services.container import build_services
from gaotai_desktop.services.demo import make_uscc

T = dt.date(2026, 11, 28)
PERSON = PersonInput("孙秀英", "620724196804246594", "轻伤", "认定工伤")
KINDS = ["risk_notice", "rectification", "interview_notice", "authority_notice"]


@pytest.fixture
def county(db, monkeypatch):
    """9 enterprises (yellow, orange, red in turn): 18 letters, chunks of 4."""
    import random

    monkeypatch.setattr(issuing_jobs, "CHUNK", 4)
    services = build_services(db, render_workers=1)
    rng = random.Random(7)
    for i in range(9):
        code = make_uscc(rng)
        services.enterprises.create(
            EnterpriseInput(code, f"高台县第{i}建材有限公司", "建筑业", "城关镇",
                            "县住房和城乡建设局"),
            today=T,
        )  # fmt: skip
        for n in range((1, 3, 5)[i % 3]):
            services.accidents.record(
                AccidentInput(code, dt.date(2026, 3, 1 + n), f"车间{n}", "高处坠落", "", "",
                              (PERSON,)),
                today=T,
            )  # fmt: skip
    return db


def queues(monkeypatch) -> list[batch.RenderQueue]:
    """Every render queue made while the list is in use."""
    made: list[batch.RenderQueue] = []
    init = batch.RenderQueue.__init__

    def recording(self, *args, **kwargs):
        made.append(self)
        init(self, *args, **kwargs)

    monkeypatch.setattr(batch.RenderQueue, "__init__", recording)
    return made


def stored(db: Database) -> list[tuple[str, str, str, str]]:
    store = build_services(db, render_workers=1).document_store
    return sorted((d.doc_no, d.kind, d.title, d.sha256) for d in store.list(T.year))


def pdf_text(db: Database, doc_no: str) -> str:
    store = build_services(db, render_workers=1).document_store
    data = store.pdf(store.find(doc_no).id)
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.sqlite_only(reason="copies the database file")
def test_rendered_ahead_the_same_documents_as_in_one_process(
    county, db_path, tmp_path, monkeypatch
):
    twin_path = tmp_path / "twin.sqlite"
    with sqlite3.connect(db_path) as src, sqlite3.connect(twin_path) as dst:
        src.backup(dst)  # the write-ahead log's pages too
    twin = Database(make_engine(twin_path), actor=county.actor, clock=county.clock)
    made = queues(monkeypatch)
    ahead = build_services(county, render_workers=2).issuing.issue_due(T, today=T, kinds=KINDS)
    alone = build_services(twin, render_workers=1).issuing.issue_due(T, today=T, kinds=KINDS)
    assert ahead.ok and alone.ok and len(ahead.issued) == 18
    pooled = [q for q in made if q.pool is not None]
    assert len(pooled) == 1
    queue = pooled[0]
    # every PDF was started before it was read, most of them while the chunk before was stored
    assert queue.taken == queue.reused == 36 and queue.ahead >= 28 and queue.wasted == 0
    assert stored(county) == stored(twin)  # byte for byte (sha256), number for number
    twin.engine.dispose()


def test_what_changed_between_two_chunks_is_what_is_printed(county, monkeypatch):
    """Another desk takes numbers and renames an enterprise of the next chunk after the first
    chunk is stored: the renders made ahead for them are not used."""
    made = queues(monkeypatch)
    changed: dict[str, str] = {}
    store_chunk = issuing.IssuingService._store_chunk

    def chunk(self, jobs, run):
        rows = store_chunk(self, jobs, run)
        if not changed and run.ahead is not None and run.ahead.upcoming:
            job = run.ahead.upcoming[0]
            with county.engine.begin() as conn:  # another desk, between two chunks
                conn.execute(
                    text("UPDATE enterprise SET name = '高台县改名建材有限公司' WHERE id = :i"),
                    {"i": job.enterprise_ids[0]},
                )
                conn.execute(text("UPDATE document_counter SET last_seq = last_seq + 5"))
                bumped = conn.scalars(text("SELECT kind FROM document_counter")).all()
                uscc = conn.scalar(
                    text("SELECT uscc FROM enterprise WHERE id = :i"), {"i": job.enterprise_ids[0]}
                )
            changed.update(uscc=uscc, bumped=bumped)
        return rows

    monkeypatch.setattr(issuing.IssuingService, "_store_chunk", chunk)
    report = build_services(county, render_workers=2).issuing.issue_due(T, today=T, kinds=KINDS)
    assert report.ok and len(report.issued) == 18 and changed
    queue = next(q for q in made if q.pool is not None)
    assert queue.wasted > 0 and queue.ahead > 0  # some renders made ahead were not used
    renamed = [d for d in report.issued if d.subjects[0][0] == changed["uscc"]]
    assert renamed
    for doc in report.issued:
        printed = pdf_text(county, doc.doc_no).replace(" ", "").replace("\n", "")
        assert doc.doc_no in printed, doc.doc_no
        if doc in renamed and doc.kind != "authority_notice":
            assert "高台县改名建材有限公司" in printed
    # the numbers of each kind numbered before continue after the other desk's five
    assert changed["bumped"]
    for kind in changed["bumped"]:
        seqs = sorted(d.seq for d in report.issued if d.kind == kind)
        steps = sorted(b - a for a, b in zip(seqs, seqs[1:], strict=False))
        assert seqs[0] == 1 and steps == [1] * (len(seqs) - 2) + [6], (kind, seqs)


def test_a_cancelled_run_stores_only_its_chunks_and_drops_the_renders_made_ahead(
    county, monkeypatch
):
    made = queues(monkeypatch)
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done == 0  # cancel after the first chunk

    services = build_services(county, render_workers=2)
    report = services.issuing.issue_due(T, today=T, kinds=KINDS, progress=progress)
    assert report.cancelled and len(report.issued) == 4
    queue = next(q for q in made if q.pool is not None)
    assert queue.untaken() > 0  # the second chunk's letters were under way, and are dropped
    listed = services.document_store.list(T.year)
    assert sorted(d.doc_no for d in listed) == sorted(d.doc_no for d in report.issued)
    again = services.issuing.issue_due(T, today=T, kinds=KINDS)  # the rest, numbered on
    assert again.ok and len(again.issued) == 14
    for kind in KINDS:
        seqs = sorted(d.seq for d in (*report.issued, *again.issued) if d.kind == kind)
        assert seqs == list(range(1, len(seqs) + 1)), kind


@pytest.mark.sqlite_only(reason="copies the database file")
def test_interview_slots_in_small_chunks_are_those_of_one_chunk(
    county, db_path, tmp_path, monkeypatch
):
    """Each chunk's interview book reads the slots from the first day the chunk before left
    free, not every interview of the year: the slots given are those one chunk would give."""
    from gaotai_desktop.services.office import OfficeService

    # one room, one interview in the morning and one in the afternoon: a few letters a day
    OfficeService(county).set_values(
        {"interview_hours": '["09:00-11:30", "14:30-17:00"]', "interview_rooms": '["一号室"]',
         "interview_slot_minutes": "150"}
    )  # fmt: skip
    twin_path = tmp_path / "twin.sqlite"
    with sqlite3.connect(db_path) as src, sqlite3.connect(twin_path) as dst:
        src.backup(dst)
    twin = Database(make_engine(twin_path), actor=county.actor, clock=county.clock)
    from gaotai_desktop.services import letter_requests as lr

    carried: list[dt.date | None] = []
    book = lr.InterviewBook

    def recording(*args, **kwargs):
        carried.append(kwargs.get("full_before"))
        return book(*args, **kwargs)

    monkeypatch.setattr(lr, "InterviewBook", recording)
    small = build_services(county, render_workers=1).issuing.issue_due(T, today=T, kinds=KINDS)
    assert any(d is not None and d > T + dt.timedelta(days=2) for d in carried), carried
    monkeypatch.setattr(issuing_jobs, "CHUNK", 1000)
    whole = build_services(twin, render_workers=1).issuing.issue_due(T, today=T, kinds=KINDS)
    assert small.ok and whole.ok

    def slots(db: Database) -> list[tuple[str, str, str]]:
        with db.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT d.doc_no, x.due_at, x.place FROM document_deadline x"
                    " JOIN document d ON d.id = x.document_id WHERE x.kind = 'interview'"
                )
            ).all()
        return sorted((str(a), str(b), str(c)) for a, b, c in rows)

    got = slots(county)
    assert len(got) >= 6 and len({at[:10] for _, at, _ in got}) >= 3  # several days filled
    assert got == slots(twin)
    twin.engine.dispose()
