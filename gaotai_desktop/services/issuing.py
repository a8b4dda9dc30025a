"""Issuing the warning documents: plan -> numbers -> render -> store, and corrections.

An issued document is immutable: its PDF bytes and SHA-256 are stored when it is issued (read
them back through :class:`~gaotai_desktop.services.document_store.DocumentStore`). A correction is
a new document that names the one it replaces; the replaced one becomes ``corrected`` and a
document has at most one correction (correct the correction to go further).

Issuing works in chunks, each one transaction (numbers stay gap-free under two desks). A document
that cannot be issued (a character missing from the font, a template fault, a bug in one letter)
is taken out of its chunk, which is numbered again without it: the others are issued and the
:class:`~gaotai_desktop.domain.document_rows.IssueReport` says what failed and why.

The plan and the letters' composition are in :mod:`.issuing_jobs`; numbering, rendering (the
workers fed a chunk ahead) and storing in :mod:`.issuing_store`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.models import Document, DocumentSubject, Enterprise
from ..domain.document_rows import DocumentRow, IssueReport
from ..domain.documents import DeadlineKind, DocumentKind
from ..domain.errors import GaotaiError, NotFound, ValidationError
from ..domain.notices import DUE
from ..domain.roles import Action
from ..domain.rows import NoticeRow
from ..domain.tiers import DEFAULT_RULE, Tier, TierRule
from ..office_settings import BUNDLED, OfficeSettings
from . import issuing_jobs as ij
from . import letter_requests as lr
from .base import Database
from .issuing_jobs import CHUNK, INTERVIEW_KINDS, Progress, check_dates
from .issuing_store import Ahead, ChunkIssuing
from .office import OfficeService

if TYPE_CHECKING:
    from ..letters import FontSet

__all__ = ["CHUNK", "INTERVIEW_KINDS", "IssuingService", "Progress", "check_dates"]

E = TypeVar("E", bound=GaotaiError)

log = logging.getLogger(__name__)


class IssuingService(ChunkIssuing):
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
        jobs, held = ij.hold_conflicts(self.db, jobs)
        # every fact the letters print from the office settings, before any number is taken
        settings = self.office.require_letter_facts({j.kind for j in jobs}) if jobs else None
        if settings is None:
            return IssueReport(failed=held)  # nothing is due (or held back)
        pool = None
        fonts = self.fonts(settings)
        if self.workers > 1 and len(jobs) >= 4:
            from ..letters.batch import render_pool

            pool = render_pool(self.workers, fonts)  # started once, fonts parsed once per worker
        ahead = None
        if pool is not None:
            from ..letters.batch import RenderQueue

            ahead = Ahead(RenderQueue(fonts, pool))
        slots = dict(interview_slots or {})
        run = ij.Run(as_of, issue_date, settings, fonts, pool, slots, ahead)
        try:
            report = self._run_chunks(jobs, run, progress)
        except BaseException:
            if pool is not None:
                pool.terminate()
                pool.join()
            raise
        if pool is not None:
            if ahead is not None and ahead.renders.untaken():
                pool.terminate()  # renders made ahead for a cancelled run or for nothing
            else:
                pool.close()
            pool.join()
        return replace(report, failed=(*held, *report.failed)) if held else report

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
            ij.check_correctable(s, old)
            subjects = tuple(
                s.scalars(
                    select(DocumentSubject.enterprise_id).where(
                        DocumentSubject.document_id == old.id
                    )
                )
            )
            job = ij.Job(old.kind, Tier.from_code(old.tier), subjects, (old.id, old.doc_no))
        settings = self.office.require_letter_facts([job.kind])
        run = ij.Run(as_of, issue_date, settings, self.fonts(settings))
        try:
            rows = self._store_chunk([job], run)
        except ij.JobFailed as failure:
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
        run = ij.Run(as_of, issue_date, settings, fonts)
        with self.db.transaction() as s:
            facts = lr.load_facts(s, set(job.enterprise_ids), as_of, self.rule)
            book = lr.InterviewBook(s, settings, issue_date, interview_slots)
            letter = ij.compose(job, 0, "", run, facts, book, draft=True)
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
            if r.status == DUE and DeadlineKind.INTERVIEW in ij.printed(r.kind)
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
            if r.status != DUE or DeadlineKind.INTERVIEW not in ij.printed(r.kind) or got is None:
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
    ) -> list[ij.Job]:
        return ij.plan_jobs(self.db, self.rule, as_of, year, wanted_ids, wanted_kinds)
