"""Issuing the warning documents: numbering, rendering, storing the exact PDF, reprints.

An issued document is immutable: its PDF bytes and SHA-256 are stored when it is issued and every
later print uses those bytes. A correction is a new document that names the one it replaces.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from ..data import queries
from ..data.models import (
    Accident,
    AwardRestriction,
    Document,
    DocumentCounter,
    DocumentSubject,
    Enterprise,
    InjuredPerson,
)
from ..domain.errors import NotFound, ValidationError
from ..domain.notices import KIND_LABELS, due_kinds
from ..domain.tiers import DEFAULT_RULE, Tier, TierRule
from ..office_settings import BUNDLED, OfficeSettings
from .base import Database
from .office import OfficeService

#: Documents issued per transaction in a batch (keeps another desk's wait for the lock short).
CHUNK = 40


@dataclass(frozen=True)
class DocumentRow:
    id: str
    doc_no: str
    kind: str
    year: int
    seq: int
    tier: str
    issue_date: dt.date
    title: str
    sha256: str
    printed_at: dt.datetime | None
    corrects_doc_no: str
    #: (uscc, name) of every enterprise the document is about.
    subjects: tuple[tuple[str, str], ...]

    @property
    def uscc(self) -> str:
        return self.subjects[0][0] if self.subjects else ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class _Job:
    """One document to issue: its kind, tier and the enterprises it is about."""

    kind: str
    tier: Tier
    enterprise_ids: tuple[str, ...]
    #: For a correction: (id, doc_no) of the document it replaces.
    corrects: tuple[str, str] | None = None


def authority_full_name(name: str) -> str:
    """``县住房和城乡建设局`` -> ``高台县住房和城乡建设局`` (letters use full names)."""
    return "高台" + name if name.startswith("县") else name


def next_working_day(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


class DocumentService:
    def __init__(
        self,
        db: Database,
        rule: TierRule = DEFAULT_RULE,
        *,
        office: OfficeService | None = None,
        fonts_factory: Callable[[OfficeSettings], object] | None = None,
        workers: int = 1,
    ) -> None:
        self.db = db
        self.rule = rule
        self.office = office if office is not None else OfficeService(db)
        self._fonts_factory = fonts_factory
        self.workers = workers

    # -- fonts -----------------------------------------------------------------------------
    def fonts(self, settings: OfficeSettings | None = None):
        from ..letters import FontSet

        settings = settings or self.office.get()
        if self._fonts_factory is not None:
            return self._fonts_factory(settings)
        if settings.font_body == BUNDLED:
            return FontSet.bundled()
        if settings.font_body:
            return FontSet.from_paths(
                settings.font_body or None,
                settings.font_title or None,
                settings.font_heading1 or None,
                settings.font_heading2 or None,
            )
        return FontSet.detect()

    # -- reading -----------------------------------------------------------------------------
    def list(self, year: int | None = None) -> list[DocumentRow]:
        with self.db.transaction() as s:
            stmt = select(Document).order_by(Document.year.desc(), Document.kind, Document.seq)
            if year is not None:
                stmt = stmt.where(Document.year == year)
            docs = list(s.scalars(stmt))
            return self._rows(s, docs)

    def get(self, doc_no: str) -> DocumentRow:
        with self.db.transaction() as s:
            doc = s.scalar(select(Document).where(Document.doc_no == doc_no))
            if doc is None:
                raise NotFound("document", doc_no)
            return self._rows(s, [doc])[0]

    def _rows(self, s, docs: list[Document]) -> list[DocumentRow]:
        subjects: dict[str, list[tuple[str, str]]] = defaultdict(list)
        ids = [d.id for d in docs]
        for i in range(0, len(ids), 500):
            stmt = (
                select(DocumentSubject.document_id, Enterprise.uscc, Enterprise.name)
                .join(Enterprise, Enterprise.id == DocumentSubject.enterprise_id)
                .where(DocumentSubject.document_id.in_(ids[i : i + 500]))
                .order_by(Enterprise.uscc)
            )
            for doc_id, uscc, name in s.execute(stmt):
                subjects[doc_id].append((uscc, name))
        old = {d.id: d.doc_no for d in docs}
        missing = {d.corrects_id for d in docs if d.corrects_id and d.corrects_id not in old}
        if missing:
            old |= dict(
                s.execute(
                    select(Document.id, Document.doc_no).where(Document.id.in_(missing))
                ).all()
            )
        return [
            DocumentRow(
                d.id,
                d.doc_no,
                d.kind,
                d.year,
                d.seq,
                d.tier,
                d.issue_date,
                d.title,
                d.sha256,
                d.printed_at,
                old.get(d.corrects_id, "") if d.corrects_id else "",
                tuple(subjects.get(d.id, ())),
            )  # fmt: skip
            for d in docs
        ]

    def pdf(self, doc_no: str, *, with_receipt: bool = False) -> bytes:
        """The stored PDF exactly as issued (and its 送达回证 after it)."""
        with self.db.transaction() as s:
            row = s.execute(
                select(Document.pdf, Document.receipt_pdf).where(Document.doc_no == doc_no)
            ).first()
        if row is None:
            raise NotFound("document", doc_no)
        if with_receipt and row.receipt_pdf:
            from ..letters import concat_pdfs

            return concat_pdfs([row.pdf, row.receipt_pdf])
        return row.pdf

    def bundle(self, doc_nos: Iterable[str], *, with_receipt: bool = False) -> bytes:
        """Several stored documents (each followed by its receipt, if asked) in one PDF."""
        from ..letters import concat_pdfs

        parts: list[bytes] = []
        with self.db.transaction() as s:
            for doc_no in doc_nos:
                row = s.execute(
                    select(Document.pdf, Document.receipt_pdf).where(Document.doc_no == doc_no)
                ).first()
                if row is None:
                    raise NotFound("document", doc_no)
                parts.append(row.pdf)
                if with_receipt and row.receipt_pdf:
                    parts.append(row.receipt_pdf)
        if not parts:
            raise ValidationError("doc_no", "required")
        return parts[0] if len(parts) == 1 else concat_pdfs(parts)

    def mark_printed(self, doc_no: str) -> None:
        """Record that the document went to the printer (batch printing resumes after it)."""
        with self.db.transaction() as s:
            doc = s.scalar(select(Document).where(Document.doc_no == doc_no))
            if doc is None:
                raise NotFound("document", doc_no)
            doc.printed_at = self.db.clock()
            doc.printed_by = self.db.actor
            doc.status = "printed"
            self.db.touch(doc)

    def unprinted(self, year: int | None = None) -> list[DocumentRow]:
        return [d for d in self.list(year) if d.printed_at is None]

    # -- issuing -----------------------------------------------------------------------------
    def issue_due(
        self,
        as_of: dt.date,
        *,
        issue_date: dt.date | None = None,
        enterprise_ids: Iterable[str] | None = None,
        kinds: Iterable[str] | None = None,
        progress: Callable[[int, int], bool] | None = None,
    ) -> list[DocumentRow]:
        """Issue every document due at ``as_of`` (dated ``issue_date``, default ``as_of``).

        Works in chunks, each one transaction: an interrupted run leaves whole documents only, and
        running it again issues the rest (what was issued is no longer due).
        Returns the issued documents in order.
        """
        issue_date = issue_date or as_of
        settings = self.office.get()
        fonts = self.fonts(settings)
        wanted_ids = set(enterprise_ids) if enterprise_ids is not None else None
        wanted_kinds = set(kinds) if kinds is not None else None
        jobs = self._plan_jobs(as_of, wanted_ids, wanted_kinds)
        issued: list[DocumentRow] = []
        total = len(jobs)
        pool = None
        if self.workers > 1 and total >= 4:
            from ..letters.batch import render_pool

            pool = render_pool(self.workers, fonts)  # started once, fonts parsed once per worker
        try:
            for start in range(0, total, CHUNK):
                if progress is not None and progress(start, total) is False:
                    break
                chunk = jobs[start : start + CHUNK]
                issued.extend(self._issue_chunk(chunk, as_of, issue_date, settings, fonts, pool))
        except BaseException:
            if pool is not None:
                pool.terminate()
                pool.join()
            raise
        if pool is not None:
            pool.close()
            pool.join()
        if progress is not None:
            progress(len(issued), total)
        return issued

    def correct(
        self, doc_no: str, *, as_of: dt.date, issue_date: dt.date | None = None
    ) -> DocumentRow:
        """Issue a correction: a new document (new number, today's data) of the same kind, tier
        and enterprises, saying which document it replaces. The old one stays stored as issued."""
        issue_date = issue_date or as_of
        with self.db.transaction() as s:
            old = s.scalar(select(Document).where(Document.doc_no == doc_no))
            if old is None:
                raise NotFound("document", doc_no)
            if old.kind == "receipt":
                raise ValidationError("doc_no", "format", {"value": doc_no})
            subjects = tuple(
                s.scalars(
                    select(DocumentSubject.enterprise_id).where(
                        DocumentSubject.document_id == old.id
                    )
                )
            )
            job = _Job(old.kind, Tier.from_code(old.tier), subjects, (old.id, old.doc_no))
        settings = self.office.get()
        rows = self._issue_chunk([job], as_of, issue_date, settings, self.fonts(settings))
        return rows[0]

    def _plan_jobs(self, as_of, wanted_ids, wanted_kinds) -> list[_Job]:
        with self.db.transaction() as s:
            tiers = queries.tier_rows(s, as_of, self.rule)
            issued = self._issued_pairs(s, as_of.year, None)
        jobs: list[_Job] = []
        bulletin: list[str] = []
        for t in tiers:
            if t.tier is Tier.NONE or (
                wanted_ids is not None and t.enterprise_id not in wanted_ids
            ):
                continue
            for kind in due_kinds(t.tier, issued.get(t.enterprise_id, set())):
                if wanted_kinds is not None and kind not in wanted_kinds:
                    continue
                if kind == "county_bulletin":
                    bulletin.append(t.enterprise_id)
                else:
                    jobs.append(_Job(kind, t.tier, (t.enterprise_id,)))
        if bulletin:
            jobs.insert(0, _Job("county_bulletin", Tier.RED, tuple(bulletin)))
        return jobs

    @staticmethod
    def _issued_pairs(s, year: int, enterprise_ids) -> dict[str, set[tuple[int, str]]]:
        stmt = (
            select(DocumentSubject.enterprise_id, Document.tier, Document.kind)
            .join(Document, Document.id == DocumentSubject.document_id)
            .where(Document.year == year, Document.corrects_id.is_(None))
        )
        if enterprise_ids is not None:
            stmt = stmt.where(DocumentSubject.enterprise_id.in_(list(enterprise_ids)))
        out: dict[str, set[tuple[int, str]]] = defaultdict(set)
        for ent_id, tier, kind in s.execute(stmt):
            out[ent_id].add((int(Tier.from_code(tier)), kind))
        return out

    def _issue_chunk(
        self, jobs, as_of, issue_date, settings, fonts, pool=None
    ) -> list[DocumentRow]:
        from ..letters import format_doc_no
        from ..letters.batch import render_iter

        with self.db.transaction(immediate=True) as s:
            ids = {i for j in jobs for i in j.enterprise_ids}
            # Re-check inside the write lock: another desk may have issued some meanwhile.
            issued = self._issued_pairs(s, issue_date.year, ids)
            jobs = [
                j
                if j.corrects
                else _Job(
                    j.kind,
                    j.tier,
                    tuple(
                        i
                        for i in j.enterprise_ids
                        if (int(j.tier), j.kind) not in issued.get(i, set())
                    ),
                )  # fmt: skip
                for j in jobs
            ]
            jobs = [j for j in jobs if j.enterprise_ids]
            if not jobs:
                return []
            facts = self._facts(s, ids, as_of)
            counters: dict[str, DocumentCounter] = {}
            numbered: list[tuple[_Job, int, str]] = []
            for job in jobs:
                counter = counters.get(job.kind) or self._counter(s, job.kind, issue_date.year)
                counters[job.kind] = counter
                counter.last_seq += 1
                prefix = settings.prefixes.get(job.kind, "高人社")
                numbered.append(
                    (
                        job,
                        counter.last_seq,
                        format_doc_no(prefix, issue_date.year, counter.last_seq),
                    )
                )
            requests = [
                self._request(job, doc_no, as_of, issue_date, settings, facts)
                for job, _, doc_no in numbered
            ]
            titles = [_title(req) for req in requests]  # laid out once per letter, not per receipt
            receipts = [
                self._receipts(req, job, title)
                for req, (job, _, _), title in zip(requests, numbered, titles, strict=True)
            ]
            # render() checks every character against its font before drawing and raises
            # MissingGlyphs (also from a worker process): the transaction then stores nothing.
            # Each letter followed by its receipts; stored as soon as its PDFs arrive, while the
            # workers go on rendering the next ones.
            flat = [
                item for req, recs in zip(requests, receipts, strict=True) for item in (req, *recs)
            ]
            pdf_stream = render_iter(flat, fonts, pool)
            rows: list[Document] = []
            for (job, seq, doc_no), title, recs in zip(numbered, titles, receipts, strict=True):
                pdf = next(pdf_stream)
                rec_pdfs = [next(pdf_stream) for _ in recs]
                receipt = None
                if rec_pdfs:
                    from ..letters import concat_pdfs

                    receipt = rec_pdfs[0] if len(rec_pdfs) == 1 else concat_pdfs(rec_pdfs)
                doc = Document(
                    doc_no=doc_no, kind=job.kind, year=issue_date.year, seq=seq,
                    enterprise_id=job.enterprise_ids[0], tier=job.tier.code, issue_date=issue_date,
                    title=title, status="issued", pdf=pdf,
                    sha256=hashlib.sha256(pdf).hexdigest(), receipt_pdf=receipt,
                    corrects_id=job.corrects[0] if job.corrects else None, **self.db.stamp(),
                )  # fmt: skip
                if job.corrects:
                    old = s.get(Document, job.corrects[0])
                    old.status = "corrected"
                    self.db.touch(old)
                s.add(doc)
                s.flush()
                for ent_id in job.enterprise_ids:
                    s.add(
                        DocumentSubject(document_id=doc.id, enterprise_id=ent_id, **self.db.stamp())
                    )
                    if job.tier is Tier.RED and job.kind == "county_bulletin":
                        self._restrict_awards(s, ent_id, issue_date.year, doc.id)
                rows.append(doc)
            for counter in counters.values():
                self.db.touch(counter)
            s.flush()
            return self._rows(s, rows)

    def _counter(self, s, kind: str, year: int) -> DocumentCounter:
        stmt = select(DocumentCounter).where(
            DocumentCounter.kind == kind, DocumentCounter.year == year
        )
        if self.db.dialect != "sqlite":
            stmt = stmt.with_for_update()
        counter = s.scalar(stmt)
        if counter is None:
            counter = DocumentCounter(kind=kind, year=year, last_seq=0, **self.db.stamp())
            s.add(counter)
        return counter

    def _restrict_awards(self, s, enterprise_id: str, year: int, document_id: str) -> None:
        exists = s.scalar(
            select(AwardRestriction.id).where(
                AwardRestriction.enterprise_id == enterprise_id, AwardRestriction.year == year
            )
        )
        if not exists:
            s.add(
                AwardRestriction(
                    enterprise_id=enterprise_id,
                    year=year,
                    document_id=document_id,
                    **self.db.stamp(),
                )
            )

    def award_restricted(self, year: int) -> list[tuple[str, str]]:
        """(uscc, name) of enterprises barred from awards and honours in ``year``."""
        with self.db.transaction() as s:
            stmt = (
                select(Enterprise.uscc, Enterprise.name)
                .join(AwardRestriction, AwardRestriction.enterprise_id == Enterprise.id)
                .where(AwardRestriction.year == year)
                .order_by(Enterprise.uscc)
            )
            return [tuple(r) for r in s.execute(stmt)]

    # -- building the letter requests ------------------------------------------------------
    def _facts(self, s, ids: set[str], as_of: dt.date) -> dict[str, tuple]:
        """Per enterprise: (Enterprise, [AccidentFact], tier row) for the letters (no personal data)."""
        from ..letters import AccidentFact

        ids_list = list(ids)
        ents = {e.id: e for e in s.scalars(select(Enterprise).where(Enterprise.id.in_(ids_list)))}
        tiers = {t.enterprise_id: t for t in queries.tier_rows(s, as_of, self.rule, ids_list)}
        start = dt.date(as_of.year, 1, 1)
        acc: dict[str, list] = defaultdict(list)
        counted = queries.accident_counted_clause()
        persons = (
            select(InjuredPerson.accident_id, func.count().label("n"))
            .group_by(InjuredPerson.accident_id)
            .subquery("persons")
        )
        stmt = (
            select(
                Accident.enterprise_id, Accident.occurred_on, Accident.category, Accident.place,
                func.coalesce(persons.c.n, 0),
            )
            .outerjoin(persons, persons.c.accident_id == Accident.id)
            .where(
                Accident.enterprise_id.in_(ids_list), Accident.occurred_on >= start,
                Accident.occurred_on <= as_of, Accident.voided.is_(False),
                Accident.deleted_at.is_(None), counted,
            )
            .order_by(Accident.occurred_on)
        )  # fmt: skip
        for ent_id, date, category, place, n in s.execute(stmt):
            acc[ent_id].append(AccidentFact(date, category or "其他伤害", place or "", int(n) or 1))
        return {i: (ents[i], acc.get(i, []), tiers.get(i)) for i in ids_list}

    def _case(self, ent_id: str, facts):
        from ..letters import EnterpriseCase, EnterpriseRef, HazardFact

        e, accidents, tier = facts[ent_id]
        ref = EnterpriseRef(
            name=e.name, uscc=e.uscc, address=e.address, legal_representative=e.legal_representative,
            contact_person=e.contact_person, township=e.township, industry=e.industry,
            authority=authority_full_name(e.authority),
        )  # fmt: skip
        hazard = None
        if tier is not None and tier.hazard:
            hazard = HazardFact(
                e.hazard_date or dt.date(1900, 1, 1),
                e.hazard_source or "职业卫生检查",
                e.hazard_reference,
            )
        return EnterpriseCase(ref, tier.tier if tier else Tier.NONE, tuple(accidents), hazard)

    def _request(self, job: _Job, doc_no: str, as_of, issue_date, settings: OfficeSettings, facts):
        from ..letters import Interview, Issuer, LetterRequest

        issuer = Issuer(
            settings.issuing_body, settings.issuing_body_short, settings.contact_person,
            settings.contact_phone, settings.address,
        )  # fmt: skip
        cases = tuple(self._case(i, facts) for i in job.enterprise_ids)
        tier_code = job.tier.code
        report_due = issue_date + dt.timedelta(days=settings.rectification_days.get(tier_code, 15))
        hour, minute = (int(x) for x in settings.interview_time.split(":"))
        when = dt.datetime.combine(
            next_working_day(issue_date + dt.timedelta(days=settings.interview_days)),
            dt.time(hour, minute),
        )
        authority = cases[0].enterprise.authority
        cc: tuple[str, ...] = ()
        addressee = ""
        if job.kind == "rectification" and authority:
            cc = (authority,)
        if job.kind == "authority_notice":
            addressee = authority or "县直有关部门"
        if job.kind == "county_bulletin":
            cc = tuple(sorted({c.enterprise.authority for c in cases if c.enterprise.authority}))
        return LetterRequest(
            kind=job.kind, doc_no=doc_no, issue_date=issue_date, as_of=as_of, issuer=issuer,
            cases=cases, feedback_due=issue_date + dt.timedelta(days=settings.feedback_days),
            report_due=report_due, interview=Interview(when, settings.interview_place),
            addressee=addressee, cc=cc,
            references_doc_no=job.corrects[1] if job.corrects else "",
        )  # fmt: skip

    @staticmethod
    def _receipts(request, job: _Job, title: str) -> list:
        """送达回证 of a letter: one per enterprise (the authority, for an authority letter)."""
        from ..letters import EnterpriseRef, ReceiptRequest

        if job.kind == "authority_notice":
            recipients = [EnterpriseRef(request.addressee, "")]
        else:
            recipients = [case.enterprise for case in request.cases]
        return [ReceiptRequest(title, request.doc_no, request.issuer, r) for r in recipients]


def _title(request) -> str:
    from ..letters import document_name

    return document_name(request)
