"""From the records to what a letter prints: facts per enterprise, the request, its receipts.

Used by :class:`~gaotai_desktop.services.issuing.IssuingService` inside its write transaction.
The deadlines a letter prints are computed here once (``domain.documents.letter_deadlines``) and
returned with the request, so that the issuing service stores exactly what was printed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..data import queries
from ..data.models import Enterprise
from ..domain.documents import DocumentKind, LetterDeadlines, letter_deadlines
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


def load_facts(
    s: Session, ids: set[str], as_of: dt.date, rule: TierRule
) -> dict[str, EnterpriseFacts]:
    """Per enterprise id: the enterprise, its counted accidents by date and its tier row."""
    from ..letters import AccidentFact

    ids_list = sorted(ids)
    ents = {e.id: e for e in s.scalars(select(Enterprise).where(Enterprise.id.in_(ids_list)))}
    tiers = {t.enterprise_id: t for t in queries.tier_rows(s, as_of, rule, ids_list)}
    accidents: dict[str, list[AccidentFact]] = defaultdict(list)
    for ent_id, date, category, place, n in queries.counted_accidents(s, as_of, ids_list):
        accidents[ent_id].append(AccidentFact(date, category or "其他伤害", place, n or 1))
    return {
        i: EnterpriseFacts(ents[i], tuple(accidents.get(i, ())), tiers.get(i)) for i in ids_list
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
        hazard = HazardFact(
            e.hazard_date or dt.date(1900, 1, 1),
            e.hazard_source or "职业卫生检查",
            e.hazard_reference,
        )
    return EnterpriseCase(ref, tier.tier if tier else Tier.NONE, facts.accidents, hazard)


def deadlines_of(issue_date: dt.date, tier: Tier, settings: OfficeSettings) -> LetterDeadlines:
    """The deadlines a letter dated ``issue_date`` prints, from the office settings."""
    return letter_deadlines(
        issue_date,
        tier.code,
        feedback_days=settings.feedback_days,
        rectification_days=settings.rectification_days,
        interview_days=settings.interview_days,
        interview_time=settings.interview_time,
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
        cases=cases, feedback_due=deadlines.feedback_due, report_due=deadlines.report_due,
        interview=Interview(deadlines.interview_at, settings.interview_place),
        addressee=addressee, cc=cc, references_doc_no=references_doc_no,
    )  # fmt: skip


def receipts_for(request: LetterRequest, title: str) -> list[ReceiptRequest]:
    """送达回证 of a letter: one per enterprise (the authority, for an authority letter)."""
    from ..letters import EnterpriseRef, ReceiptRequest

    if request.kind == DocumentKind.AUTHORITY_NOTICE:
        recipients = [EnterpriseRef(request.addressee, "")]
    else:
        recipients = [case.enterprise for case in request.cases]
    return [ReceiptRequest(title, request.doc_no, request.issuer, r) for r in recipients]


def document_title(request: LetterRequest) -> str:
    """The title as printed (laid out once per letter, not once per receipt)."""
    from ..letters import document_name

    return document_name(request)
