"""From the records to what a letter prints: facts per enterprise, the request, its receipts.

Used by :class:`~gaotai_desktop.services.issuing.IssuingService` inside its write transaction.
The deadlines a letter prints are computed here once (``domain.documents.letter_deadlines``) and
returned with the request, so that the issuing service stores exactly what was printed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import literal_column, select

from ..data import queries
from ..data.models import Enterprise
from ..domain.documents import DocumentKind, LetterDeadlines, letter_deadlines
from ..domain.errors import ValidationError
from ..domain.rows import TierRow
from ..domain.tiers import Tier, TierRule
from ..office_settings import OfficeSettings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..letters import AccidentFact, EnterpriseCase, LetterRequest, ReceiptRequest


def authority_full_name(name: str) -> str:
    """``县住房和城乡建设局`` -> ``高台县住房和城乡建设局`` (letters use full names)."""
    return "高台" + name if name.startswith("县") else name


@dataclass(frozen=True)
class EnterpriseFacts:
    """An enterprise with what its letters say about it (no personal data)."""

    enterprise: Enterprise
    accidents: tuple[AccidentFact, ...]
    tier: TierRow | None
    #: 送达地址 of its industry authority (reference data; empty when not filled in).
    authority_address: str = ""


def load_facts(
    s: Session, ids: set[str], as_of: dt.date, rule: TierRule
) -> dict[str, EnterpriseFacts]:
    """Per enterprise id: the enterprise, its counted accidents by date and its tier row."""
    from ..letters import AccidentFact

    ids_list = sorted(ids)
    ents = {e.id: e for e in s.scalars(select(Enterprise).where(Enterprise.id.in_(ids_list)))}
    tiers = {t.enterprise_id: t for t in queries.tier_rows(s, as_of, rule, ids_list)}
    accidents: dict[str, list[AccidentFact]] = defaultdict(list)
    for ent_id, date, category, place, n, pending in queries.counted_accidents(s, as_of, ids_list):
        # what was not recorded stays unknown (left out of the sentence, never made up)
        accidents[ent_id].append(AccidentFact(date, category, place, n or None, pending))
    addresses = {a: queries.authority_address(s, a) for a in {e.authority for e in ents.values()}}
    return {
        i: EnterpriseFacts(
            ents[i],
            tuple(accidents.get(i, ())),
            tiers.get(i),
            addresses.get(ents[i].authority, ""),
        )
        for i in ids_list
    }


def enterprise_case(facts: EnterpriseFacts) -> EnterpriseCase:
    """The :class:`~gaotai_desktop.letters.EnterpriseCase` of one enterprise."""
    from ..letters import EnterpriseCase, EnterpriseRef, HazardFact

    e, tier = facts.enterprise, facts.tier
    ref = EnterpriseRef(
        name=e.name, uscc=e.uscc, address=e.address, legal_representative=e.legal_representative,
        contact_person=e.contact_person, township=e.township, industry=e.industry,
        authority=authority_full_name(e.authority),
    )  # fmt: skip
    hazard = None
    if tier is not None and tier.hazard:
        # unknown facts stay unknown: the wording leaves them out (no 1900-01-01, no made-up
        # source).
        hazard = HazardFact(
            e.hazard_date,
            e.hazard_source or "",
            e.hazard_reference or "",
            e.hazard_description or "",
        )
    return EnterpriseCase(ref, tier.tier if tier else Tier.NONE, facts.accidents, hazard)


def deadlines_of(
    issue_date: dt.date,
    tier: Tier,
    settings: OfficeSettings,
    interview: tuple[dt.datetime, str] | None,
) -> LetterDeadlines:
    """The periods a letter dated ``issue_date`` prints, from the office settings, with the
    interview slot (start, room) given to its enterprise."""
    return letter_deadlines(
        issue_date,
        tier.code,
        feedback_days=settings.feedback_days,
        rectification_days=settings.rectification_days,
        plan_days=settings.plan_days,
        interview_at=interview[0] if interview else None,
        interview_place=interview[1] if interview else "",
    )


def letter_request(
    kind: str,
    cases: tuple[EnterpriseCase, ...],
    *,
    doc_no: str,
    as_of: dt.date,
    issue_date: dt.date,
    settings: OfficeSettings,
    deadlines: LetterDeadlines,
    references_doc_no: str = "",
    draft: bool = False,
) -> LetterRequest:
    """The :class:`~gaotai_desktop.letters.LetterRequest` of one document about ``cases``."""
    from ..letters import Interview, Issuer, LetterRequest

    issuer = Issuer(
        settings.issuing_body, settings.issuing_body_short, settings.contact_person,
        settings.contact_phone, settings.address,
    )  # fmt: skip
    authority = cases[0].enterprise.authority
    cc: tuple[str, ...] = ()
    addressee = ""
    if kind == DocumentKind.RECTIFICATION and authority:
        cc = (authority,)
    if kind == DocumentKind.AUTHORITY_NOTICE:
        addressee = authority or "县直有关部门"
    if kind == DocumentKind.COUNTY_BULLETIN:
        cc = tuple(sorted({c.enterprise.authority for c in cases if c.enterprise.authority}))
    return LetterRequest(
        kind=kind, doc_no=doc_no, issue_date=issue_date, as_of=as_of, issuer=issuer,
        cases=cases, feedback_days=deadlines.feedback_days, report_days=deadlines.report_days,
        plan_days=deadlines.plan_days,
        interview=(
            Interview(deadlines.interview_at, deadlines.interview_place)
            if deadlines.interview_at else None
        ),
        addressee=addressee, cc=cc, references_doc_no=references_doc_no,
        mechanism_doc_no=settings.mechanism_doc_no.strip(),
        restriction_until=restriction_until(settings, issue_date), draft=draft,
    )  # fmt: skip


def restriction_until(settings: OfficeSettings, issue_date: dt.date) -> dt.date:
    """Last day of 限制评先评优: the setting, else 31 December of the year of issue."""
    if settings.award_restriction_until:
        return dt.date.fromisoformat(settings.award_restriction_until)
    return dt.date(issue_date.year, 12, 31)


#: An interview slot: (start, room).
Slot = tuple[dt.datetime, str]


class InterviewBook:
    """One-on-one interview slots: those given out (read from the stored ``interview`` deadlines,
    each with its room), those the clerk chose in the plan (``reserved``, by enterprise id), and
    new ones handed out in issuing order: each enterprise in its own slot, each slot (time and
    room) held by one enterprise.

    An enterprise keeps the slot a letter of the same year and tier already gave it while that
    slot is still ahead (the 风险提示函 and the 约谈通知书 of one enterprise name one interview).
    A row stored before revision 0008 has no room: its room is the position of the enterprise
    among those holding that time, in the order they were issued (as it was printed).
    """

    def __init__(
        self,
        s: Session,
        settings: OfficeSettings,
        issue_date: dt.date,
        reserved: Mapping[str, Slot] | None = None,
        *,
        full_before: dt.date | None = None,
        enterprise_ids: Collection[str] | None = None,
    ) -> None:
        """``full_before``: every interview slot on a day before it is known to be held (the
        book of the chunk before said so: slots are only ever taken), so only the slots from that
        day on are read, with the slots kept by ``enterprise_ids`` (the enterprises the book
        will be asked about): the book then reads what is near the free slots, not every
        interview of the year."""
        from ..data.models import Document, DocumentDeadline, DocumentSubject
        from ..domain.calendar import SlotPlan, WorkCalendar, parse_tables
        from ..domain.documents import DeadlineKind

        rooms = settings.interview_rooms or [settings.interview_place]
        self.plan = SlotPlan.of(settings.interview_slot_minutes, settings.interview_hours, rooms)
        self.calendar = WorkCalendar(parse_tables(settings.holidays))
        self.settings = settings
        self.issue_date = issue_date
        since = issue_date + dt.timedelta(days=1)
        base = (
            select(DocumentDeadline.due_at, DocumentDeadline.place, DocumentSubject.enterprise_id,
                   Document.tier, Document.year)
            .join(Document, Document.id == DocumentDeadline.document_id)
            .join(DocumentSubject, DocumentSubject.document_id == Document.id)
            .where(DocumentDeadline.kind == DeadlineKind.INTERVIEW)
        )  # fmt: skip
        if full_before is not None and enterprise_ids is not None and full_before > since:
            # the slots the enterprises asked about hold, and the days of those chosen: read
            # from the first of them (a slot without a room needs every holder of its time)
            days = [at.date() for at, _ in (reserved or {}).values()]
            ids = sorted(enterprise_ids)
            for i in range(0, len(ids), 500):
                kept = base.where(
                    DocumentDeadline.due_at >= dt.datetime.combine(since, dt.time()),
                    DocumentSubject.enterprise_id.in_(ids[i : i + 500]),
                )
                days += [row[0].date() for row in s.execute(kept)]
            since = max(since, min([full_before, *days]))
        stmt = base.where(
            DocumentDeadline.due_at >= dt.datetime.combine(since, dt.time())
        ).order_by(*_stored_order(s))
        self._full_before = since
        #: (start, room) -> enterprise id holding it.
        self.holder: dict[Slot, str] = {}
        self.kept: dict[tuple[str, str, int], Slot] = {}
        by_time: dict[dt.datetime, list[str]] = defaultdict(list)
        for at, place, ent_id, tier, year in s.execute(stmt):
            if ent_id not in by_time[at]:
                by_time[at].append(ent_id)
            room = (
                place or self.plan.rooms[min(by_time[at].index(ent_id), len(self.plan.rooms) - 1)]
            )
            self.holder.setdefault((at, room), ent_id)
            self.kept.setdefault((ent_id, tier, year), (at, room))
        self.reserved: dict[str, Slot] = {}
        for ent_id, slot in (reserved or {}).items():
            self.reserved[ent_id] = slot
            self.holder.setdefault(slot, ent_id)

    @property
    def full_before(self) -> dt.date:
        """Every slot on a day before this one is held (by what was read and given so far)."""
        return self._full_before

    def slot(self, enterprise_id: str, tier: Tier) -> Slot:
        """(start, room) of ``enterprise_id``'s interview at ``tier``: the one it already holds,
        the one the clerk chose (checked), else the first free one."""
        key = (enterprise_id, tier.code, self.issue_date.year)
        got = self.kept.get(key)
        if got is None:
            got = self.reserved.get(enterprise_id)
            if got is not None:
                self.check(enterprise_id, *got)
            else:
                got = self.first_free()
        self.holder[got] = enterprise_id
        self.kept[key] = got
        return got

    def first_free(self) -> Slot:
        """The first slot on a working day from the earliest interview day with a free room."""
        from ..domain.calendar import SLOT_HORIZON_DAYS

        earliest = self.issue_date + dt.timedelta(days=max(1, self.settings.interview_days))
        # slots are only ever taken in a book: every day before the last free slot found is full
        day = max(earliest, self._full_before)
        for _ in range(SLOT_HORIZON_DAYS - (day - earliest).days):
            day = self.calendar.next_working_day(day)
            for at in self.plan.day_slots(day):
                for room in self.plan.rooms:
                    if (at, room) not in self.holder:
                        self._full_before = day
                        return at, room
            day += dt.timedelta(days=1)
        raise ValidationError("interview", "no_slot", {"value": earliest.isoformat()})

    def check(self, enterprise_id: str, at: dt.datetime, room: str) -> None:
        """Refuse a slot on a rest day, outside office hours, in a room not set up, not after the
        issue date, or held by another enterprise (``detail["holder"]`` its id)."""
        value = {"value": f"{at:%Y-%m-%d %H:%M}", "room": room}
        if at.date() <= self.issue_date:
            raise ValidationError(
                "interview", "before_issue_date",
                {**value, "issue_date": self.issue_date.isoformat()},
            )  # fmt: skip
        if not self.calendar.is_working_day(at.date()):
            raise ValidationError("interview", "slot_rest_day", value)
        if at not in self.plan.day_slots(at.date()):
            hours = "，".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in self.plan.hours)
            raise ValidationError(
                "interview", "slot_hours",
                {**value, "hours": hours, "minutes": self.plan.minutes},
            )  # fmt: skip
        if room not in self.plan.rooms:
            raise ValidationError("interview", "slot_room", {**value, "rooms": self.plan.rooms})
        holder = self.holder.get((at, room))
        if holder is not None and holder != enterprise_id:
            raise ValidationError("interview", "slot_taken", {**value, "holder": holder})


def _stored_order(s: Session) -> tuple[Any, ...]:
    """Documents in the order they were stored (the order their slots were given). On SQLite the
    row id, as ``+rowid`` (sorting the few rows found; plain ``rowid`` makes SQLite walk every
    document in order): ``created_at`` lies behind the stored PDFs in each row, and ordering by
    it reads every PDF due later (the book is read once per chunk of documents issued)."""
    from ..data.models import Document

    if s.get_bind().dialect.name == "sqlite":
        return (literal_column("+document.rowid"),)
    return (Document.created_at, Document.seq)


def receipts_for(
    request: LetterRequest, title: str, authority_address: str = ""
) -> list[ReceiptRequest]:
    """送达回证 of a letter: one per enterprise (the authority, for an authority letter, at its
    address from the reference data), each with the letter's 填发日期."""
    from ..letters import EnterpriseRef, ReceiptRequest

    if request.kind == DocumentKind.AUTHORITY_NOTICE:
        name = request.addressee or (request.cases[0].enterprise.authority if request.cases else "")
        recipients = [EnterpriseRef(name, "", address=authority_address)]
    else:
        recipients = [case.enterprise for case in request.cases]
    return [
        ReceiptRequest(title, request.doc_no, request.issuer, r, issue_date=request.issue_date)
        for r in recipients
    ]


def document_title(request: LetterRequest) -> str:
    """The title as printed (laid out once per letter, not once per receipt)."""
    from ..letters import document_name

    return document_name(request)
