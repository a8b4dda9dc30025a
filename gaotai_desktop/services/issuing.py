"""Issuing the warning documents: plan -> numbers -> render -> store, and corrections.

An issued document is immutable: its PDF bytes and SHA-256 are stored when it is issued (read
them back through :class:`~gaotai_desktop.services.document_store.DocumentStore`). A correction is
a new document that names the one it replaces; the replaced one becomes ``corrected`` and a
document has at most one correction (correct the correction to go further).

Issuing works in chunks, each one transaction (numbers stay gap-free under two desks). A document
that cannot be issued (a character missing from the font, a template fault, a bug in one letter)
is taken out of its chunk, which is numbered again without it: the others are issued and the
:class:`~gaotai_desktop.domain.document_rows.IssueReport` says what failed and why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..data import queries
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
from ..domain.documents import (
    PRINTED_DEADLINES,
    DeadlineKind,
    DocumentKind,
    DocumentState,
    can_transition,
    transition,
)
from ..domain.errors import Conflict, GaotaiError, NotFound, StorageError, ValidationError
from ..domain.notices import DUE, due_kinds, issued_pairs
from ..domain.roles import Action
from ..domain.rows import NoticeRow
from ..domain.tiers import DEFAULT_RULE, Tier, TierRule
from ..office_settings import BUNDLED, OfficeSettings
from . import letter_requests as lr
from .base import Database
from .document_store import document_rows
from .office import OfficeService
from .warnings import WarningFiler

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from ..domain.documents import LetterDeadlines
    from ..letters import FontSet, LetterRequest, ReceiptRequest
    from ..letters.batch import RenderQueue

T = TypeVar("T")
E = TypeVar("E", bound=GaotaiError)

#: Kinds that print a one-on-one interview (its date, time and room).
INTERVIEW_KINDS = frozenset(
    k for k, printed in PRINTED_DEADLINES.items() if DeadlineKind.INTERVIEW in printed
)


def _printed(kind: str) -> tuple[DeadlineKind, ...]:
    try:
        return PRINTED_DEADLINES[DocumentKind(kind)]
    except ValueError:
        return ()


log = logging.getLogger(__name__)

#: Documents issued per transaction in a batch (keeps another desk's wait for the lock short).
CHUNK = 40

#: ``progress(done, total) -> bool``: False cancels after the chunk under way.
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class _Job:
    """One document to issue: its kind, tier and the enterprises it is about."""

    kind: str
    tier: Tier
    enterprise_ids: tuple[str, ...]
    #: For a correction: (id, doc_no) of the document it replaces.
    corrects: tuple[str, str] | None = None
    #: Position in the run's plan (identifies the job after it was re-checked).
    key: int = 0


@dataclass(frozen=True)
class _Run:
    """What every chunk of one issuing run shares."""

    as_of: dt.date
    issue_date: dt.date
    settings: OfficeSettings
    fonts: FontSet
    pool: Pool | None = None
    #: Interview slots chosen in the plan, by enterprise id (others get the first free one).
    slots: Mapping[str, lr.Slot] = field(default_factory=dict)


class _JobFailed(Exception):
    """One job of a chunk failed (the chunk's transaction is rolled back)."""

    def __init__(self, job: _Job, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.job = job
        self.cause = cause


def check_dates(as_of: dt.date, issue_date: dt.date, today: dt.date) -> None:
    """Refuse an as-of or issue date after ``today`` (numbers and counts of a future year) and an
    issue date before the as-of date (a letter cannot state a count made after it was signed)."""
    if as_of > today:
        raise ValidationError("as_of", "date_future", {"value": as_of.isoformat()})
    if issue_date > today:
        raise ValidationError("issue_date", "date_future", {"value": issue_date.isoformat()})
    if issue_date < as_of:
        raise ValidationError(
            "issue_date",
            "before_as_of",
            {"value": issue_date.isoformat(), "as_of": as_of.isoformat()},
        )


class IssuingService:
    def __init__(
        self,
        db: Database,
        rule: TierRule = DEFAULT_RULE,
        *,
        office: OfficeService,
        workers: int = 1,
    ) -> None:
        self.db = db
        self.rule = rule
        self.office = office
        self.workers = workers

    def fonts(self, settings: OfficeSettings | None = None) -> FontSet:
        """The letter fonts the office settings choose."""
        from ..letters import FontSet

        settings = settings or self.office.get()
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

    # -- issuing -------------------------------------------------------------------------------
    def issue_due(
        self,
        as_of: dt.date,
        *,
        today: dt.date,
        issue_date: dt.date | None = None,
        enterprise_ids: Iterable[str] | None = None,
        kinds: Iterable[str] | None = None,
        progress: Progress | None = None,
        interview_slots: Mapping[str, lr.Slot] | None = None,
    ) -> IssueReport:
        """Issue every document due at ``as_of``, dated ``issue_date`` (成文日期, default ``today``).

        ``interview_slots`` (by enterprise id) are the interview slots shown in the plan and
        perhaps changed there (:meth:`plan_interviews`): the letters print them, or the letter is
        not issued when one is no longer free. Enterprises without one get the first free slot.

        ``as_of`` chooses the counting window; the letters are dated the day they are issued.
        ``today`` is the caller's calendar date: a later ``as_of`` or ``issue_date`` is refused,
        and so is an ``issue_date`` before ``as_of``.
        An interrupted run leaves whole documents only, and running it again issues the rest
        (what was issued is no longer due). The report lists what was stored, in order.
        """
        issue_date = issue_date or today
        check_dates(as_of, issue_date, today)
        wanted_ids = set(enterprise_ids) if enterprise_ids is not None else None
        wanted_kinds = set(kinds) if kinds is not None else None
        jobs = self._plan_jobs(as_of, issue_date.year, wanted_ids, wanted_kinds)
        jobs, held = self._hold_conflicts(jobs)
        # every fact the letters print from the office settings, before any number is taken
        settings = self.office.require_letter_facts({j.kind for j in jobs}) if jobs else None
        if settings is None:
            return IssueReport(failed=held)  # nothing is due (or held back)
        pool = None
        fonts = self.fonts(settings)
        if self.workers > 1 and len(jobs) >= 4:
            from ..letters.batch import render_pool

            pool = render_pool(self.workers, fonts)  # started once, fonts parsed once per worker
        run = _Run(as_of, issue_date, settings, fonts, pool, dict(interview_slots or {}))
        try:
            report = self._run_chunks(jobs, run, progress)
        except BaseException:
            if pool is not None:
                pool.terminate()
                pool.join()
            raise
        if pool is not None:
            pool.close()
            pool.join()
        return replace(report, failed=(*held, *report.failed)) if held else report

    def _hold_conflicts(self, jobs: list[_Job]) -> tuple[list[_Job], tuple[IssueFailure, ...]]:
        """Leave out the enterprises with an open sync conflict (a letter must not print data
        still in dispute); each left-out document is reported as not issued, naming them."""
        from .sync_merge import open_conflict_enterprises

        with self.db.transaction() as s:
            disputed = open_conflict_enterprises(s)
        if not disputed:
            return jobs, ()
        kept: list[_Job] = []
        held: list[IssueFailure] = []
        for job in jobs:
            blocked = [i for i in job.enterprise_ids if i in disputed]
            if not blocked:
                kept.append(job)
                continue
            subjects = tuple(sorted(disputed[i] for i in blocked))
            names = "、".join(name for _, name in subjects)
            held.append(
                IssueFailure(job.kind, subjects, Conflict("sync_open_conflict", name=names))
            )
            rest = tuple(i for i in job.enterprise_ids if i not in disputed)
            if rest:  # the county bulletin names the others
                kept.append(replace(job, enterprise_ids=rest))
        return kept, tuple(held)

    def _run_chunks(self, jobs: list[_Job], run: _Run, progress: Progress | None) -> IssueReport:
        issued: list[DocumentRow] = []
        failed: list[IssueFailure] = []
        cancelled = False
        stopped_by: BaseException | None = None
        total = len(jobs)
        for start in range(0, total, CHUNK):
            if progress is not None and progress(start, total) is False:
                cancelled = True
                break
            try:
                rows, failures = self._issue_chunk(jobs[start : start + CHUNK], run)
            except Exception as exc:  # the environment failed (locked, disk full): stop here
                log.error("issuing stopped after %d documents", len(issued), exc_info=exc)
                stopped_by = exc
                break
            issued.extend(rows)
            failed.extend(failures)
        if progress is not None and stopped_by is None:
            progress(total if not cancelled else len(issued) + len(failed), total)
        return IssueReport(tuple(issued), tuple(failed), cancelled, stopped_by)

    def correct(
        self,
        document_id: str,
        *,
        as_of: dt.date,
        today: dt.date,
        issue_date: dt.date | None = None,
    ) -> DocumentRow:
        """Issue a correction: a new document (new number, today's data, dated ``issue_date``,
        default ``today``) of the same kind, tier and enterprises, saying which document it
        replaces. The old one stays stored as issued and becomes ``corrected``; a document already
        corrected is refused (correct its correction instead). Supervisors only."""
        self.db.require(Action.CORRECT_DOCUMENT)
        issue_date = issue_date or today
        check_dates(as_of, issue_date, today)
        with self.db.transaction() as s:
            old = s.get(Document, document_id)
            if old is None:
                raise NotFound("document", document_id)
            if old.kind not in set(DocumentKind):
                raise ValidationError("doc_no", "format", {"value": old.doc_no})
            _check_correctable(s, old)
            subjects = tuple(
                s.scalars(
                    select(DocumentSubject.enterprise_id).where(
                        DocumentSubject.document_id == old.id
                    )
                )
            )
            job = _Job(old.kind, Tier.from_code(old.tier), subjects, (old.id, old.doc_no))
        settings = self.office.require_letter_facts([job.kind])
        run = _Run(as_of, issue_date, settings, self.fonts(settings))
        try:
            rows = self._store_chunk([job], run)
        except _JobFailed as failure:
            raise failure.cause from failure
        log.info("corrected %s with %s by %s", old.doc_no, rows[0].doc_no, self.db.actor)
        return rows[0]

    # -- drafts ---------------------------------------------------------------------------------
    def draft(
        self,
        enterprise_id: str,
        kind: str,
        as_of: dt.date,
        *,
        today: dt.date,
        issue_date: dt.date | None = None,
        interview_slots: Mapping[str, lr.Slot] | None = None,
    ) -> bytes:
        """The PDF of the due ``kind`` letter of ``enterprise_id`` as :meth:`issue_due` would
        print it (a county bulletin: with every red enterprise it would name), but without a
        number and under a diagonal 草稿 watermark: to proofread before a number is taken.

        Nothing is stored and no number is taken. :class:`NotFound` when that letter is not due.
        """
        from ..letters import render

        issue_date = issue_date or today
        check_dates(as_of, issue_date, today)
        ids = None if kind == DocumentKind.COUNTY_BULLETIN else {enterprise_id}
        jobs = self._plan_jobs(as_of, issue_date.year, ids, {kind})
        job = next((j for j in jobs if enterprise_id in j.enterprise_ids), None)
        if job is None:
            raise NotFound("document", f"{kind}:{enterprise_id}")
        settings = self.office.get()
        fonts = self.fonts(settings)
        run = _Run(as_of, issue_date, settings, fonts)
        with self.db.transaction() as s:
            facts = lr.load_facts(s, set(job.enterprise_ids), as_of, self.rule)
            book = lr.InterviewBook(s, settings, issue_date, interview_slots)
            letter = _compose(job, 0, "", run, facts, book, draft=True)
        return render(letter.request, fonts, draft=True)

    # -- planning -------------------------------------------------------------------------------
    def plan_interviews(
        self,
        rows: Iterable[NoticeRow],
        as_of: dt.date,
        *,
        today: dt.date,
        issue_date: dt.date | None = None,
        chosen: Mapping[str, lr.Slot] | None = None,
    ) -> list[NoticeRow]:
        """``rows`` (the notice plan) with the interview slot each due letter would print when
        issued on ``issue_date`` (default ``today``): handed out in issuing order like
        :meth:`issue_due` does, ``chosen`` ones (by enterprise id) kept. A slot that cannot be
        given (no holiday table for its year, a chosen slot taken meanwhile) is named in
        ``interview_problem``. Nothing is stored."""
        issue_date = issue_date or today
        rows = list(rows)
        wanted = {
            r.enterprise_id
            for r in rows
            if r.status == DUE and DeadlineKind.INTERVIEW in _printed(r.kind)
        }
        if not wanted:
            return rows
        jobs = self._plan_jobs(as_of, issue_date.year, wanted, set(INTERVIEW_KINDS))
        settings = self.office.get()
        slots: dict[str, lr.Slot | GaotaiError] = {}
        with self.db.transaction() as s:
            try:
                book = lr.InterviewBook(s, settings, issue_date, chosen)
            except GaotaiError as exc:  # office hours or rooms not usable
                slots = dict.fromkeys(wanted, exc)
            else:
                for job in jobs:
                    ent_id = job.enterprise_ids[0]
                    if ent_id in slots:
                        continue
                    try:
                        slots[ent_id] = book.slot(ent_id, job.tier)
                    except GaotaiError as exc:
                        slots[ent_id] = self._named_holder(s, exc)
        out = []
        for r in rows:
            got = slots.get(r.enterprise_id) if r.enterprise_id in wanted else None
            if r.status != DUE or DeadlineKind.INTERVIEW not in _printed(r.kind) or got is None:
                out.append(r)
            elif isinstance(got, GaotaiError):
                out.append(replace(r, interview_problem=got))
            else:
                out.append(replace(r, interview_at=got[0], interview_room=got[1]))
        return out

    def check_interview_slot(
        self,
        enterprise_id: str,
        at: dt.datetime,
        room: str,
        *,
        today: dt.date,
        issue_date: dt.date | None = None,
        chosen: Mapping[str, lr.Slot] | None = None,
    ) -> None:
        """Refuse (:class:`ValidationError`, field ``interview``) a slot for ``enterprise_id`` on a
        rest day, outside office hours, in a room not set up, not after the issue date, or held by
        another enterprise: one already issued, or one of ``chosen`` (``detail["holder_name"]``
        names it)."""
        issue_date = issue_date or today
        others = {k: v for k, v in (chosen or {}).items() if k != enterprise_id}
        with self.db.transaction() as s:
            book = lr.InterviewBook(s, self.office.get(), issue_date, others)
            try:
                book.check(enterprise_id, at, room)
            except ValidationError as exc:
                raise self._named_holder(s, exc) from None

    def interview_choices(self) -> tuple[tuple[str, ...], tuple[tuple[dt.time, dt.time], ...], int]:
        """(rooms, office hours, slot minutes) from the office settings, for the slot dialog."""
        from ..domain.calendar import SlotPlan

        settings = self.office.get()
        rooms = settings.interview_rooms or [settings.interview_place]
        plan = SlotPlan.of(settings.interview_slot_minutes, settings.interview_hours, rooms)
        return plan.rooms, plan.hours, plan.minutes

    @staticmethod
    def _named_holder(s: Session, exc: E) -> E:
        """``exc`` with the name of the enterprise holding a taken slot (``holder_name``)."""
        if isinstance(exc, ValidationError) and exc.code == "slot_taken":
            name = s.scalar(select(Enterprise.name).where(Enterprise.id == exc.detail["holder"]))
            exc.detail["holder_name"] = name or ""
        return exc

    def _plan_jobs(
        self,
        as_of: dt.date,
        year: int,
        wanted_ids: Collection[str] | None,
        wanted_kinds: Collection[str] | None,
    ) -> list[_Job]:
        with self.db.transaction() as s:
            tiers = queries.tier_rows(s, as_of, self.rule)
            issued = issued_pairs(
                (x.enterprise_id, x.tier, x.kind) for x in queries.issued_subjects(s, year)
            )
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
                if kind == DocumentKind.COUNTY_BULLETIN:
                    bulletin.append(t.enterprise_id)
                else:
                    jobs.append(_Job(kind, t.tier, (t.enterprise_id,)))
        if bulletin:
            jobs.insert(0, _Job(DocumentKind.COUNTY_BULLETIN, Tier.RED, tuple(bulletin)))
        return [replace(job, key=i) for i, job in enumerate(jobs)]

    # -- one chunk ------------------------------------------------------------------------------
    def _issue_chunk(
        self, jobs: list[_Job], run: _Run
    ) -> tuple[list[DocumentRow], list[IssueFailure]]:
        """Issue ``jobs`` in one transaction; a job that fails is reported and the chunk is
        numbered and stored again without it (rolled back first: no gap, no half document)."""
        failures: list[IssueFailure] = []
        while jobs:
            try:
                return self._store_chunk(jobs, run), failures
            except _JobFailed as failure:
                if isinstance(failure.cause, StorageError):
                    raise failure.cause from failure
                failures.append(self._failure(failure.job, failure.cause))
                jobs = [j for j in jobs if j.key != failure.job.key]
        return [], failures

    def _failure(self, job: _Job, cause: BaseException) -> IssueFailure:
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

    def _store_chunk(self, jobs: list[_Job], run: _Run) -> list[DocumentRow]:
        from ..letters import format_doc_no
        from ..letters.batch import RenderQueue

        with self.db.transaction(immediate=True) as s:
            jobs = _not_yet_issued(s, jobs, run.issue_date.year)
            if not jobs:
                return []
            ids = {i for j in jobs for i in j.enterprise_ids}
            facts = lr.load_facts(s, ids, run.as_of, self.rule)
            book = lr.InterviewBook(s, run.settings, run.issue_date, run.slots)
            counters: dict[str, DocumentCounter] = {}
            letters = []
            # each letter goes to the render workers as soon as it is composed (they would sit
            # idle while the whole chunk is composed); its PDFs are read back in order below
            renders = RenderQueue(run.fonts, run.pool)
            for job in jobs:
                counter = counters.get(job.kind) or self._counter(s, job.kind, run.issue_date.year)
                counters[job.kind] = counter
                counter.last_seq += 1
                prefix = run.settings.prefixes.get(job.kind, "高人社")
                doc_no = format_doc_no(prefix, run.issue_date.year, counter.last_seq)
                letter = _guarded(job, _compose, job, counter.last_seq, doc_no, run, facts, book)
                renders.put(letter.request, *letter.receipts)
                letters.append(letter)
            docs = self._render_and_store(s, letters, run, renders)
            for counter in counters.values():
                self.db.touch(counter)
            s.flush()
            rows = document_rows(s, docs, new=True)
        for row in rows:
            log.info("issued %s (%s) by %s", row.doc_no, row.kind, self.db.actor)
        return rows

    def _render_and_store(
        self, s: Session, letters: list[_Letter], run: _Run, renders: RenderQueue
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
            pdf = _guarded(letter.job, renders.next)
            receipts = [_guarded(letter.job, renders.next) for _ in letter.receipts]
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
        self, s: Session, letter: _Letter, pdf: bytes, receipts: list[bytes], run: _Run
    ) -> Document:
        job, issue_date = letter.job, run.issue_date
        receipt = None
        if receipts:
            from ..letters import concat_pdfs

            receipt = receipts[0] if len(receipts) == 1 else concat_pdfs(receipts)
        if job.corrects:
            old = s.get(Document, job.corrects[0])
            if old is None:
                raise _JobFailed(job, NotFound("document", job.corrects[1]))
            _guarded(job, _check_correctable, s, old)
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
        self, doc: Document, letter: _Letter, run: _Run, filer: WarningFiler, restricted: set[str]
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
    def _restricted(s: Session, letters: list[_Letter], year: int) -> set[str]:
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


@dataclass(frozen=True)
class _Letter:
    """A numbered job with its request, receipts, title and the deadlines it prints."""

    job: _Job
    seq: int
    doc_no: str
    request: LetterRequest
    receipts: list[ReceiptRequest]
    title: str
    deadlines: LetterDeadlines


def _compose(
    job: _Job,
    seq: int,
    doc_no: str,
    run: _Run,
    facts: dict[str, lr.EnterpriseFacts],
    book: lr.InterviewBook,
    draft: bool = False,
) -> _Letter:
    cases = tuple(lr.enterprise_case(facts[i]) for i in job.enterprise_ids)
    slot = None
    if DeadlineKind.INTERVIEW in PRINTED_DEADLINES[DocumentKind(job.kind)]:
        slot = book.slot(job.enterprise_ids[0], job.tier)
    deadlines = lr.deadlines_of(run.issue_date, job.tier, run.settings, slot)
    request = lr.letter_request(
        job.kind, cases, doc_no=doc_no, as_of=run.as_of, issue_date=run.issue_date,
        settings=run.settings, deadlines=deadlines,
        references_doc_no=job.corrects[1] if job.corrects else "", draft=draft,
    )  # fmt: skip
    title = lr.document_title(request)
    return _Letter(
        job,
        seq,
        doc_no,
        request,
        lr.receipts_for(request, title, facts[job.enterprise_ids[0]].authority_address),
        title,
        deadlines,
    )


def _guarded(job: _Job, fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)``, any exception of it blamed on ``job``."""
    try:
        return fn(*args)
    except _JobFailed:
        raise
    except Exception as exc:
        raise _JobFailed(job, exc) from exc


def _not_yet_issued(s: Session, jobs: list[_Job], year: int) -> list[_Job]:
    """Re-checked inside the write lock: another desk may have issued some meanwhile."""
    ids = sorted({i for j in jobs for i in j.enterprise_ids})
    issued = issued_pairs(
        (x.enterprise_id, x.tier, x.kind) for x in queries.issued_subjects(s, year, ids)
    )
    out: list[_Job] = []
    for j in jobs:
        if not j.corrects:
            left = tuple(
                i for i in j.enterprise_ids if (int(j.tier), j.kind) not in issued.get(i, set())
            )
            j = replace(j, enterprise_ids=left)
        if j.enterprise_ids:
            out.append(j)
    return out


def _check_correctable(s: Session, old: Document) -> None:
    """A document has one current correction: refuse a second one, naming the first."""
    if can_transition(DocumentState(old.status), DocumentState.CORRECTED):
        return
    by = s.scalar(select(Document.doc_no).where(Document.corrects_id == old.id)) or ""
    raise Conflict("already_corrected", doc_no=old.doc_no, by=by)
