"""Issuing, the pipeline: chunks numbered, rendered in the worker processes and stored.

Each chunk is one write transaction: its jobs re-checked, numbered, composed and handed to the
render workers, then each document stored as its PDFs arrive, in bulk (see
:meth:`ChunkIssuing._render_and_store`). With a render pool the workers never wait for the main
process between chunks: inside chunk N's transaction, once its letters are handed over, the
letters of chunk N+1 are composed as they will be numbered if nothing changes meanwhile and
handed over too (:meth:`ChunkIssuing._look_ahead`). Chunk N+1 is then numbered and composed for
real in its own transaction, and a render made ahead is used only for a request equal to the one
made there in every field (number, facts, interview slot, ...): another desk numbering or editing
in between, or a document of chunk N that failed, only costs the renders that no longer match.
Nothing made ahead is stored, and the queries of a chunk do not grow with the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..data.models import (
    AwardRestriction,
    Document,
    DocumentCounter,
    DocumentDeadline,
    DocumentSubject,
    Enterprise,
    new_id,
)
from ..domain.document_rows import DocumentRow, IssueFailure, IssueReport
from ..domain.documents import DeadlineKind, DocumentKind, DocumentState, transition
from ..domain.errors import GaotaiError, NotFound, StorageError
from ..domain.tiers import Tier, TierRule
from . import issuing_jobs as ij
from . import letter_requests as lr
from .base import Database
from .document_store import document_rows
from .warnings import WarningFiler

if TYPE_CHECKING:
    from ..letters import LetterRequest
    from ..letters.batch import RenderQueue

log = logging.getLogger("gaotai_desktop.services.issuing")


@dataclass
class Ahead:
    """A run's renders under way (one queue for the whole run) and the jobs of the chunk after
    the one being stored (its letters are rendered ahead)."""

    renders: RenderQueue
    upcoming: list[ij.Job] = field(default_factory=list)
    #: Titles of the letters composed ahead, by request (the same request, the same title).
    titles: dict[LetterRequest, str] = field(default_factory=dict)


class ChunkIssuing:
    """The chunks of an issuing run (mixed into :class:`~.issuing.IssuingService`)."""

    db: Database
    rule: TierRule

    def _run_chunks(
        self, jobs: list[ij.Job], run: ij.Run, progress: ij.Progress | None
    ) -> IssueReport:
        issued: list[DocumentRow] = []
        failed: list[IssueFailure] = []
        cancelled = False
        stopped_by: BaseException | None = None
        total = len(jobs)
        chunks = [jobs[i : i + ij.CHUNK] for i in range(0, total, ij.CHUNK)]
        for n, chunk in enumerate(chunks):
            start = n * ij.CHUNK
            if progress is not None and progress(start, total) is False:
                cancelled = True
                break
            if run.ahead is not None:
                run.ahead.upcoming = chunks[n + 1] if n + 1 < len(chunks) else []
            try:
                rows, failures = self._issue_chunk(chunk, run)
            except Exception as exc:  # the environment failed (locked, disk full): stop here
                log.error("issuing stopped after %d documents", len(issued), exc_info=exc)
                stopped_by = exc
                break
            finally:
                if run.ahead is not None:
                    run.ahead.renders.new_round()
            issued.extend(rows)
            failed.extend(failures)
        if progress is not None and stopped_by is None:
            progress(total if not cancelled else len(issued) + len(failed), total)
        return IssueReport(tuple(issued), tuple(failed), cancelled, stopped_by)

    def _issue_chunk(
        self, jobs: list[ij.Job], run: ij.Run
    ) -> tuple[list[DocumentRow], list[IssueFailure]]:
        """Issue ``jobs`` in one transaction; a job that fails is reported and the chunk is
        numbered and stored again without it (rolled back first: no gap, no half document)."""
        failures: list[IssueFailure] = []
        while jobs:
            try:
                return self._store_chunk(jobs, run), failures
            except ij.JobFailed as failure:
                if isinstance(failure.cause, StorageError):
                    raise failure.cause from failure
                failures.append(self._failure(failure.job, failure.cause))
                jobs = [j for j in jobs if j.key != failure.job.key]
        return [], failures

    def _failure(self, job: ij.Job, cause: BaseException) -> IssueFailure:
        if isinstance(cause, GaotaiError):
            log.warning("cannot issue %s for %s: %s", job.kind, job.enterprise_ids, cause)
        else:  # a bug in one letter: the others are issued all the same
            log.error("cannot issue %s for %s", job.kind, job.enterprise_ids, exc_info=cause)
        with self.db.transaction() as s:
            stmt = (
                select(Enterprise.uscc, Enterprise.name)
                .where(Enterprise.id.in_(job.enterprise_ids))
                .order_by(Enterprise.uscc)
            )
            subjects = tuple((uscc, name) for uscc, name in s.execute(stmt))
        return IssueFailure(job.kind, subjects, cause)

    def _store_chunk(self, jobs: list[ij.Job], run: ij.Run) -> list[DocumentRow]:
        from ..letters import format_doc_no
        from ..letters.batch import RenderQueue

        upcoming = run.ahead.upcoming if run.ahead is not None else []
        with self.db.transaction(immediate=True) as s:
            # the next chunk's jobs are checked and their facts read with this chunk's (the same
            # statements, twice the rows): its letters are composed ahead below
            keys = {j.key for j in jobs}
            checked = ij.not_yet_issued(s, jobs + upcoming, run.issue_date.year)
            jobs = [j for j in checked if j.key in keys]
            upcoming = [j for j in checked if j.key not in keys]
            if not jobs:
                return []
            ids = {i for j in checked for i in j.enterprise_ids}
            facts = lr.load_facts(s, ids, run.as_of, self.rule)
            book = lr.InterviewBook(
                s, run.settings, run.issue_date, run.slots,
                full_before=run.carry.full_before, enterprise_ids=ids,
            )  # fmt: skip
            counters: dict[str, DocumentCounter] = {}
            letters = []
            # each letter goes to the render workers as soon as it is composed (they would sit
            # idle while the whole chunk is composed); its PDFs are read back in order below
            renders = run.ahead.renders if run.ahead else RenderQueue(run.fonts, run.pool)
            titles = run.ahead.titles if run.ahead else None
            for job in jobs:
                counter = counters.get(job.kind) or self._counter(s, job.kind, run.issue_date.year)
                counters[job.kind] = counter
                counter.last_seq += 1
                prefix = run.settings.prefixes.get(job.kind, "高人社")
                doc_no = format_doc_no(prefix, run.issue_date.year, counter.last_seq)
                letter = ij.guarded(
                    job, ij.compose, job, counter.last_seq, doc_no, run, facts, book, False, titles
                )
                renders.put(letter.request, *letter.receipts)
                letters.append(letter)
            frontier = book.full_before  # before the look-ahead gives slots it does not store
            if run.ahead is not None:
                run.ahead.titles.clear()
                if upcoming:
                    seqs = {kind: counter.last_seq for kind, counter in counters.items()}
                    self._look_ahead(s, run, upcoming, facts, seqs, book)
            docs = self._render_and_store(s, letters, run, renders)
            for counter in counters.values():
                self.db.touch(counter)
            s.flush()
            rows = document_rows(s, docs, new=True)
        run.carry.full_before = frontier  # committed: the slots given are stored
        for row in rows:
            log.info("issued %s (%s) by %s", row.doc_no, row.kind, self.db.actor)
        return rows

    def _look_ahead(
        self,
        s: Session,
        run: ij.Run,
        jobs: list[ij.Job],
        facts: dict[str, lr.EnterpriseFacts],
        seqs: dict[str, int],
        book: lr.InterviewBook,
    ) -> None:
        """Compose the next chunk's letters (``jobs``) as they will be numbered after this chunk
        (``seqs``: the last number of each kind this chunk takes; ``book``: with this chunk's
        interview slots given) and hand them to the render workers, while this chunk is stored.
        Nothing is written: the next chunk composes its letters again in its own transaction and
        uses these renders only for requests that came out the same. A look-ahead that fails is
        dropped (the next chunk meets the fault itself)."""
        from ..letters import format_doc_no

        year = run.issue_date.year
        assert run.ahead is not None
        renders, titles = run.ahead.renders, run.ahead.titles
        try:
            with s.no_autoflush:  # this chunk's numbers are flushed with its documents
                for job in jobs:
                    if job.kind not in seqs:
                        seqs[job.kind] = self._last_seq(s, job.kind, year)
                    seqs[job.kind] += 1
                    prefix = run.settings.prefixes.get(job.kind, "高人社")
                    doc_no = format_doc_no(prefix, year, seqs[job.kind])
                    letter = ij.compose(
                        job, seqs[job.kind], doc_no, run, facts, book, False, titles
                    )
                    renders.put(letter.request, *letter.receipts)
        except Exception as exc:
            log.debug("not rendered ahead: %s", exc)

    @staticmethod
    def _last_seq(s: Session, kind: str, year: int) -> int:
        """The last number of ``kind`` in ``year`` as stored (read, not locked: a guess)."""
        stmt = select(DocumentCounter.last_seq).where(
            DocumentCounter.kind == kind, DocumentCounter.year == year
        )
        return s.scalar(stmt) or 0

    def _render_and_store(
        self, s: Session, letters: list[ij.Letter], run: ij.Run, renders: RenderQueue
    ) -> list[Document]:
        # render() checks every character against its font before drawing and raises
        # MissingGlyphs (also from a worker process). Each letter is followed by its receipts and
        # made a document as soon as its PDFs arrive, while the workers go on rendering the next
        # ones. The chunk's rows are written in bulk: the documents and the warnings they open
        # first, then everything that refers to them (one insert statement per table each time).
        year = run.issue_date.year
        ids = {i for letter in letters for i in letter.job.enterprise_ids}
        filer = WarningFiler(s, self.db, run.settings, year, ids)
        restricted = self._restricted(s, letters, year)
        docs: list[Document] = []
        rows: list[object] = []
        for letter in letters:
            pdf = ij.guarded(letter.job, renders.take, letter.request)
            receipts = [ij.guarded(letter.job, renders.take, r) for r in letter.receipts]
            doc = self._document(s, letter, pdf, receipts, run)
            docs.append(doc)
            rows.extend(self._filed(doc, letter, run, filer, restricted))
        s.add_all(docs)
        s.add_all(filer.opened())
        s.flush()
        filer.finish()
        s.add_all(rows)
        return docs

    def _document(
        self, s: Session, letter: ij.Letter, pdf: bytes, receipts: list[bytes], run: ij.Run
    ) -> Document:
        job, issue_date = letter.job, run.issue_date
        receipt = None
        if receipts:
            from ..letters import concat_pdfs

            receipt = receipts[0] if len(receipts) == 1 else concat_pdfs(receipts)
        if job.corrects:
            old = s.get(Document, job.corrects[0])
            if old is None:
                raise ij.JobFailed(job, NotFound("document", job.corrects[1]))
            ij.guarded(job, ij.check_correctable, s, old)
            old.status = transition(DocumentState(old.status), DocumentState.CORRECTED)
            self.db.touch(old)
        return Document(
            id=new_id(), doc_no=letter.doc_no, kind=job.kind, year=issue_date.year,
            seq=letter.seq, enterprise_id=job.enterprise_ids[0], tier=job.tier.code,
            issue_date=issue_date, title=letter.title, status=DocumentState.ISSUED, pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(), receipt_pdf=receipt,
            corrects_id=job.corrects[0] if job.corrects else None, **self.db.stamp(),
        )  # fmt: skip

    def _filed(
        self,
        doc: Document,
        letter: ij.Letter,
        run: ij.Run,
        filer: WarningFiler,
        restricted: set[str],
    ) -> list[object]:
        """The document's deadlines, subjects and award restrictions (to add once ``doc`` is
        stored); its warnings are filed by ``filer``. ``restricted``: enterprises whose award
        restriction of the year exists (new ones are added to it)."""
        job, issue_date = letter.job, run.issue_date
        printed = letter.deadlines.printed(job.kind)
        rows: list[object] = []
        for kind, due in printed:
            place = letter.deadlines.interview_place if kind == DeadlineKind.INTERVIEW else ""
            rows.append(
                DocumentDeadline(
                    document_id=doc.id, kind=kind, due_at=due, place=place, **self.db.stamp()
                )
            )
        restricts = job.tier is Tier.RED and job.kind == DocumentKind.COUNTY_BULLETIN
        until = lr.restriction_until(run.settings, dt.date(issue_date.year, 1, 1))
        for ent_id in job.enterprise_ids:
            rows.append(
                DocumentSubject(document_id=doc.id, enterprise_id=ent_id, **self.db.stamp())
            )
            if restricts and ent_id not in restricted:
                restricted.add(ent_id)
                rows.append(
                    AwardRestriction(
                        enterprise_id=ent_id,
                        year=issue_date.year,
                        document_id=doc.id,
                        until=until,
                        **self.db.stamp(),
                    )  # fmt: skip
                )
            # the closed loop: the document is filed under the enterprise's warning of its tier
            filer.attach(doc, ent_id, job.tier, printed)
        return rows

    @staticmethod
    def _restricted(s: Session, letters: list[ij.Letter], year: int) -> set[str]:
        """Enterprises of the chunk's county bulletins already restricted from awards in
        ``year`` (read once per chunk)."""
        ids = sorted(
            {
                i
                for letter in letters
                if letter.job.tier is Tier.RED and letter.job.kind == DocumentKind.COUNTY_BULLETIN
                for i in letter.job.enterprise_ids
            }
        )
        out: set[str] = set()
        for i in range(0, len(ids), 500):
            out.update(
                s.scalars(
                    select(AwardRestriction.enterprise_id).where(
                        AwardRestriction.enterprise_id.in_(ids[i : i + 500]),
                        AwardRestriction.year == year,
                    )
                )
            )
        return out

    def _counter(self, s: Session, kind: str, year: int) -> DocumentCounter:
        stmt = select(DocumentCounter).where(
            DocumentCounter.kind == kind, DocumentCounter.year == year
        )
        self.db.lock_writers(s)  # the audit trail's lock before any counter's: one lock order
        if self.db.dialect != "sqlite":
            stmt = stmt.with_for_update()  # SQLite: the transaction holds the write lock already
        with s.no_autoflush:  # the other kinds' counters are flushed with the chunk's rows
            counter: DocumentCounter | None = s.scalar(stmt)
            if counter is None and self.db.dialect == "postgresql":
                # No row to lock yet: the first number of a kind and year. Two desks would both
                # insert it; a lock on (kind, year) held to the end of the transaction lets one
                # make it and the other, once that one has committed, find and lock it.
                s.execute(
                    text("SELECT pg_advisory_xact_lock(hashtext(:kind), :year)"),
                    {"kind": kind, "year": year},
                )
                counter = s.scalar(stmt)
        if counter is None:
            counter = DocumentCounter(kind=kind, year=year, last_seq=0, **self.db.stamp())
            s.add(counter)
        return counter
