"""Issuing, the plan: which documents are due (jobs), what every chunk of a run shares, and a
numbered job composed into its letter (request, receipts, title, printed deadlines).

Used by :mod:`.issuing` (the service) and :mod:`.issuing_store` (numbering, rendering and storing
chunks). Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data import queries
from ..data.models import Document
from ..domain.document_rows import IssueFailure
from ..domain.documents import (
    PRINTED_DEADLINES,
    DeadlineKind,
    DocumentKind,
    DocumentState,
    can_transition,
)
from ..domain.errors import Conflict, ValidationError
from ..domain.notices import due_kinds, issued_pairs
from ..domain.tiers import Tier, TierRule
from ..office_settings import OfficeSettings
from . import letter_requests as lr
from .base import Database

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from ..domain.documents import LetterDeadlines
    from ..letters import FontSet, LetterRequest, ReceiptRequest
    from .issuing_store import Ahead

T = TypeVar("T")

#: Kinds that print a one-on-one interview (its date, time and room).
INTERVIEW_KINDS = frozenset(
    k for k, printed in PRINTED_DEADLINES.items() if DeadlineKind.INTERVIEW in printed
)

#: Documents issued per transaction in a batch (keeps another desk's wait for the lock short).
CHUNK = 40

#: ``progress(done, total) -> bool``: False cancels after the chunk under way.
Progress = Callable[[int, int], bool]


def printed(kind: str) -> tuple[DeadlineKind, ...]:
    """The deadlines a document of ``kind`` prints (none for a kind not issued here)."""
    try:
        return PRINTED_DEADLINES[DocumentKind(kind)]
    except ValueError:
        return ()


@dataclass(frozen=True)
class Job:
    """One document to issue: its kind, tier and the enterprises it is about."""

    kind: str
    tier: Tier
    enterprise_ids: tuple[str, ...]
    #: For a correction: (id, doc_no) of the document it replaces.
    corrects: tuple[str, str] | None = None
    #: Position in the run's plan (identifies the job after it was re-checked).
    key: int = 0


@dataclass
class Carry:
    """What one chunk of a run tells the next: every interview slot on a day before
    ``full_before`` is held (the next chunk's book reads the slots from that day on)."""

    full_before: dt.date | None = None


@dataclass(frozen=True)
class Run:
    """What every chunk of one issuing run shares."""

    as_of: dt.date
    issue_date: dt.date
    settings: OfficeSettings
    fonts: FontSet
    pool: Pool | None = None
    #: Interview slots chosen in the plan, by enterprise id (others get the first free one).
    slots: Mapping[str, lr.Slot] = field(default_factory=dict)
    #: With a pool: the renders under way and the next chunk's jobs (rendered ahead).
    ahead: Ahead | None = None
    carry: Carry = field(default_factory=Carry)


class JobFailed(Exception):
    """One job of a chunk failed (the chunk's transaction is rolled back)."""

    def __init__(self, job: Job, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.job = job
        self.cause = cause


@dataclass(frozen=True)
class Letter:
    """A numbered job with its request, receipts, title and the deadlines it prints."""

    job: Job
    seq: int
    doc_no: str
    request: LetterRequest
    receipts: list[ReceiptRequest]
    title: str
    deadlines: LetterDeadlines


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


def plan_jobs(
    db: Database,
    rule: TierRule,
    as_of: dt.date,
    year: int,
    wanted_ids: Collection[str] | None,
    wanted_kinds: Collection[str] | None,
) -> list[Job]:
    """The documents due at ``as_of`` (not yet issued in ``year``), in numbering order: the county
    bulletin first (one for every red enterprise), then each enterprise's letters."""
    with db.transaction() as s:
        tiers = queries.tier_rows(s, as_of, rule)
        issued = issued_pairs(
            (x.enterprise_id, x.tier, x.kind) for x in queries.issued_subjects(s, year)
        )
    jobs: list[Job] = []
    bulletin: list[str] = []
    for t in tiers:
        if t.tier is Tier.NONE or (wanted_ids is not None and t.enterprise_id not in wanted_ids):
            continue
        for kind in due_kinds(t.tier, issued.get(t.enterprise_id, set())):
            if wanted_kinds is not None and kind not in wanted_kinds:
                continue
            if kind == DocumentKind.COUNTY_BULLETIN:
                bulletin.append(t.enterprise_id)
            else:
                jobs.append(Job(kind, t.tier, (t.enterprise_id,)))
    if bulletin:
        jobs.insert(0, Job(DocumentKind.COUNTY_BULLETIN, Tier.RED, tuple(bulletin)))
    return [replace(job, key=i) for i, job in enumerate(jobs)]


def hold_conflicts(db: Database, jobs: list[Job]) -> tuple[list[Job], tuple[IssueFailure, ...]]:
    """Leave out the enterprises with an open sync conflict (a letter must not print data
    still in dispute); each left-out document is reported as not issued, naming them."""
    from .sync_settle import open_conflict_enterprises

    with db.transaction() as s:
        disputed = open_conflict_enterprises(s)
    if not disputed:
        return jobs, ()
    kept: list[Job] = []
    held: list[IssueFailure] = []
    for job in jobs:
        blocked = [i for i in job.enterprise_ids if i in disputed]
        if not blocked:
            kept.append(job)
            continue
        subjects = tuple(sorted(disputed[i] for i in blocked))
        names = "、".join(name for _, name in subjects)
        held.append(IssueFailure(job.kind, subjects, Conflict("sync_open_conflict", name=names)))
        rest = tuple(i for i in job.enterprise_ids if i not in disputed)
        if rest:  # the county bulletin names the others
            kept.append(replace(job, enterprise_ids=rest))
    return kept, tuple(held)


def compose(
    job: Job,
    seq: int,
    doc_no: str,
    run: Run,
    facts: dict[str, lr.EnterpriseFacts],
    book: lr.InterviewBook,
    draft: bool = False,
    titles: dict[LetterRequest, str] | None = None,
) -> Letter:
    """The letter of ``job`` numbered ``seq`` / ``doc_no``: its request, its receipts and its
    title (worked out without building the letter: the render workers build it). ``titles``:
    the titles of requests composed before (the chunk ahead), new ones added."""
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
    title = titles.get(request) if titles is not None else None
    if title is None:
        title = lr.document_title(request)
        if titles is not None:
            titles[request] = title
    return Letter(
        job,
        seq,
        doc_no,
        request,
        lr.receipts_for(request, title, facts[job.enterprise_ids[0]].authority_address),
        title,
        deadlines,
    )


def guarded(job: Job, fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)``, any exception of it blamed on ``job``."""
    try:
        return fn(*args)
    except JobFailed:
        raise
    except Exception as exc:
        raise JobFailed(job, exc) from exc


def not_yet_issued(s: Session, jobs: list[Job], year: int) -> list[Job]:
    """Re-checked inside the write lock: another desk may have issued some meanwhile."""
    ids = sorted({i for j in jobs for i in j.enterprise_ids})
    issued = issued_pairs(
        (x.enterprise_id, x.tier, x.kind) for x in queries.issued_subjects(s, year, ids)
    )
    out: list[Job] = []
    for j in jobs:
        if not j.corrects:
            left = tuple(
                i for i in j.enterprise_ids if (int(j.tier), j.kind) not in issued.get(i, set())
            )
            j = replace(j, enterprise_ids=left)
        if j.enterprise_ids:
            out.append(j)
    return out


def check_correctable(s: Session, old: Document) -> None:
    """A document has one current correction: refuse a second one, naming the first."""
    if can_transition(DocumentState(old.status), DocumentState.CORRECTED):
        return
    by = s.scalar(select(Document.doc_no).where(Document.corrects_id == old.id)) or ""
    raise Conflict("already_corrected", doc_no=old.doc_no, by=by)
