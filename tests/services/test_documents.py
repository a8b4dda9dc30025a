"""Issuing: numbering without gaps or duplicates, stored PDFs, reprints, glyph refusal."""

import datetime as dt
import hashlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.letters import MissingGlyphs
from gaotai_desktop.services.accidents import AccidentService
from gaotai_desktop.services.container import build_services
from gaotai_desktop.services.demo import make_uscc
from gaotai_desktop.services.enterprises import EnterpriseService

T = dt.date(2026, 11, 28)
PERSON = PersonInput("孙秀英", "620724196804246594", "轻伤", "认定工伤")


def add(db, code, name, accidents, hazard=False):
    EnterpriseService(db).create(
        EnterpriseInput(
            code, name, "建筑业", "城关镇", "县住房和城乡建设局", address="高台县城关镇1号",
            hazard=hazard, hazard_date=dt.date(2026, 5, 1) if hazard else None,
            hazard_source="县卫生健康局监督检查" if hazard else "",
        ),
        today=T,
    )  # fmt: skip
    for i in range(accidents):
        AccidentService(db).record(
            AccidentInput(code, dt.date(2026, 2 + i, 3), "工地", "高处坠落", "", "", (PERSON,)),
            today=T,
        )


@pytest.fixture
def county(db):
    add(db, "91620724MA01AB2C3L", "高台县鑫源建筑工程有限公司", 1)
    add(db, "91350100M000100Y43", "高台县宏达建筑工程有限公司", 2)
    add(db, "11620724013256785L", "高台县金川化工有限公司", 3)
    add(db, "92620724MA73Q5H81X", "高台县祁连化工有限公司", 0, hazard=True)
    return db


class Docs:
    """The issuing service and the store of one database, as the tests use them."""

    def __init__(self, db, workers: int = 1) -> None:
        services = build_services(db, render_workers=workers)
        self.issuing = services.issuing
        self.store = services.document_store

    def report(self, as_of=T, **kw):
        return self.issuing.issue_due(as_of, today=kw.pop("today", T), **kw)

    def issue_due(self, as_of=T, **kw) -> list:
        report = self.report(as_of, **kw)
        assert report.ok, report
        return list(report.issued)

    def pdf(self, doc_no: str, **kw) -> bytes:
        return self.store.pdf(self.store.find(doc_no).id, **kw)

    def bundle(self, doc_nos, **kw) -> bytes:
        return self.store.bundle([self.store.find(d).id for d in doc_nos], **kw)

    def correct(self, doc_no: str, *, today=T, **kw):
        return self.issuing.correct(self.store.find(doc_no).id, today=today, **kw)

    def list(self, year=None):
        return self.store.list(year)

    def award_restricted(self, year: int):
        return self.store.award_restricted(year)


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_issue_due_issues_each_tier_its_documents_once(county):
    docs = Docs(county)
    issued = docs.issue_due(T)
    kinds = sorted((d.subjects[0][1], d.kind, d.tier) for d in issued)
    assert kinds == [
        ("高台县宏达建筑工程有限公司", "authority_notice", "orange"),
        ("高台县宏达建筑工程有限公司", "rectification", "orange"),
        ("高台县祁连化工有限公司", "authority_notice", "orange"),
        ("高台县祁连化工有限公司", "rectification", "orange"),
        ("高台县金川化工有限公司", "authority_notice", "red"),
        ("高台县金川化工有限公司", "county_bulletin", "red"),
        ("高台县金川化工有限公司", "interview_notice", "red"),
        ("高台县鑫源建筑工程有限公司", "interview_notice", "yellow"),
        ("高台县鑫源建筑工程有限公司", "risk_notice", "yellow"),
    ]
    assert docs.issue_due(T) == []  # nothing is issued twice
    assert [r for r in docs.list(2026) if r.kind == "risk_notice"][
        0
    ].doc_no == "高人社工伤提〔2026〕1号"
    assert docs.award_restricted(2026) == [("11620724013256785L", "高台县金川化工有限公司")]
    for d in issued:
        assert re.fullmatch(r".+〔2026〕[1-9]\d*号", d.doc_no)
        pdf = docs.pdf(d.doc_no)
        assert hashlib.sha256(pdf).hexdigest() == d.sha256
        text = text_of(pdf)
        assert d.subjects[0][1] in text or d.kind == "authority_notice"
        assert "620724196804246594" not in text and "孙秀英" not in text


def test_escalation_issues_only_the_new_tiers_documents(county):
    docs = Docs(county)
    docs.issue_due(T)
    AccidentService(county).record(
        AccidentInput(
            "91620724MA01AB2C3L", dt.date(2026, 11, 1), "工地", "坍塌", "", "", (PERSON,)
        ),
        today=T,
    )
    again = docs.issue_due(T)
    assert sorted(d.kind for d in again) == ["authority_notice", "rectification"]
    assert {d.tier for d in again} == {"orange"}
    assert "2026年度发生工伤事故2起" in text_of(docs.pdf(again[0].doc_no)).replace("\n", "")


def test_reprint_is_byte_identical_and_receipt_follows(county):
    docs = Docs(county)
    first = docs.issue_due(T, kinds=["risk_notice"])[0]
    stored = docs.pdf(first.doc_no)
    assert docs.pdf(first.doc_no) == stored
    assert docs.bundle([first.doc_no]) == stored
    both = docs.pdf(first.doc_no, with_receipt=True)
    reader = PdfReader(io.BytesIO(both))
    assert len(reader.pages) == len(PdfReader(io.BytesIO(stored)).pages) + 1
    last = reader.pages[-1].extract_text()
    assert "送达回证" in last and first.doc_no in last


@pytest.mark.parametrize("workers", [1, 2])
def test_missing_glyph_is_refused_before_anything_is_stored(db, workers):
    add(db, "91350100M000100Y43", "高台县正常建筑有限公司", 1)
    add(db, "91620724MA01AB2C3L", "高台县\ue000建筑有限公司", 1)
    before = sqlite_content_dump(db.engine)
    docs = Docs(db, workers=workers)
    report = docs.report(T)  # MissingGlyphs raised in a worker process when workers=2
    # the bad enterprise's letters are refused and reported; the other one's are issued
    assert sorted((f.kind, f.subjects[0][1]) for f in report.failed) == [
        ("interview_notice", "高台县\ue000建筑有限公司"),
        ("risk_notice", "高台县\ue000建筑有限公司"),
    ]
    for failure in report.failed:
        assert isinstance(failure.reason, MissingGlyphs) and "\ue000" in failure.reason.chars
    assert sorted(d.doc_no for d in report.issued) == [
        "高人社工伤提〔2026〕1号",
        "高人社工伤约〔2026〕1号",
    ]  # numbered without a gap: nothing of the refused letters was stored
    assert {d.subjects[0][1] for d in report.issued} == {"高台县正常建筑有限公司"}
    assert not report.ok
    assert before != sqlite_content_dump(db.engine)


@pytest.mark.parametrize("workers", [1, 2])
def test_missing_glyph_alone_stores_nothing(db, workers):
    add(db, "91620724MA01AB2C3L", "高台县\ue000建筑有限公司", 1)
    before = sqlite_content_dump(db.engine)
    report = Docs(db, workers=workers).report(T)
    assert report.issued == () and len(report.failed) == 2
    assert sqlite_content_dump(db.engine) == before  # no document, no counter moved


ISSUER = """
import datetime as dt, sys
from gaotai_desktop.services.container import open_services
s = open_services(sys.argv[1], backup_dir=None, actor=sys.argv[2])
ids = [r.enterprise_id for r in s.enterprises.tiers(dt.date(2026, 11, 28)) if r.uscc[-1] in sys.argv[3]]
day = dt.date(2026, 11, 28)
report = s.issuing.issue_due(day, today=day, enterprise_ids=ids)
assert report.ok, report
print(len(report.issued))
"""


def test_two_desks_issuing_at_once_never_share_or_skip_a_number(db, db_path):
    import random

    rng = random.Random(7)
    codes = [make_uscc(rng) for _ in range(24)]
    for i, code in enumerate(codes):
        add(db, code, f"高台县测试{i}有限公司", 1)
    db.engine.dispose()
    halves = ["".join(sorted({c[-1] for c in codes[:12]})), ""]
    halves[1] = "".join(sorted({c[-1] for c in codes} - set(halves[0])))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", ISSUER, str(db_path), f"desk{i}", halves[i]],
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    listing = subprocess.run(
        [sys.executable, "-m", "gaotai_desktop", "--db", str(db_path), "notices", "list", "--format", "json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    data = json.loads(listing.stdout)
    by_kind: dict[str, list[int]] = {}
    for d in data:
        by_kind.setdefault(d["kind"], []).append(int(re.search(r"〕(\d+)号", d["doc_no"]).group(1)))
    assert sorted(by_kind) == ["interview_notice", "risk_notice"]
    for numbers in by_kind.values():
        assert sorted(numbers) == list(range(1, 25))
    assert sum(int(o) for o in outs) == 48


def test_cli_issue_list_and_print(county, db_path, tmp_path):
    county.engine.dispose()
    run = [sys.executable, "-m", "gaotai_desktop", "--db", str(db_path)]
    plan = subprocess.run(
        [*run, "notices", "plan", "--as-of", "2026-11-28", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(json.loads(plan.stdout)) == 9
    issued = subprocess.run(
        [*run, "notices", "issue", "--as-of", "2026-11-28"],
        capture_output=True,
        text=True,
        check=True,
    )
    numbers = issued.stdout.split()
    assert len(numbers) == 9 and "高人社发〔2026〕1号" in numbers
    out = tmp_path / "out.pdf"
    subprocess.run(
        [*run, "print", *numbers[:2], "-o", str(out), "--with-receipt"],
        check=True,
        capture_output=True,
    )
    reader = PdfReader(out)
    text = "".join(p.extract_text() for p in reader.pages)
    assert numbers[0] in text and numbers[1] in text and text.count("送达回证") >= 2
    bad = subprocess.run(
        [*run, "print", "高人社发〔2026〕99号", "-o", str(tmp_path / "x.pdf")],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and "未找到文书" in bad.stderr
    assert not (tmp_path / "x.pdf").exists()
    assert Path(out).stat().st_size > 10_000


def test_correction_is_a_new_document_naming_the_old_one(county):
    docs = Docs(county)
    first = docs.issue_due(T, kinds=["risk_notice"])[0]
    stored = docs.pdf(first.doc_no)
    later = dt.date(2026, 11, 30)
    fixed = docs.correct(first.doc_no, as_of=T, issue_date=later, today=later)
    assert fixed.doc_no == "高人社工伤提〔2026〕2号" and fixed.corrects_doc_no == first.doc_no
    assert fixed.kind == first.kind and fixed.subjects == first.subjects
    assert first.doc_no in text_of(docs.pdf(fixed.doc_no)).replace("\n", "")
    assert docs.pdf(first.doc_no) == stored  # the issued document is never re-rendered
    assert docs.issue_due(T, kinds=["risk_notice"]) == []  # a correction is no second notice
