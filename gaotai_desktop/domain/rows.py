"""Frozen rows: what services hand to the ``ui`` and ``cli`` layers (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from .tiers import Tier


@dataclass(frozen=True, slots=True)
class EnterpriseInput:
    """What a form or an import row gives for one enterprise (not yet validated)."""

    uscc: str
    name: str
    industry: str = ""
    township: str = ""
    authority: str = ""
    legal_representative: str = ""
    contact_person: str = ""
    phone: str = ""
    address: str = ""
    hazard: bool = False
    hazard_date: dt.date | None = None
    hazard_source: str = ""
    hazard_reference: str = ""
    hazard_description: str = ""


@dataclass(frozen=True, slots=True)
class EnterpriseRow:
    id: str
    uscc: str
    name: str
    industry: str
    township: str
    authority: str
    legal_representative: str
    contact_person: str
    phone: str
    address: str
    hazard: bool
    hazard_date: dt.date | None
    hazard_source: str
    hazard_reference: str
    row_version: int
    hazard_description: str = ""

    def as_input(self) -> EnterpriseInput:
        return EnterpriseInput(
            uscc=self.uscc,
            name=self.name,
            industry=self.industry,
            township=self.township,
            authority=self.authority,
            legal_representative=self.legal_representative,
            contact_person=self.contact_person,
            phone=self.phone,
            address=self.address,
            hazard=self.hazard,
            hazard_date=self.hazard_date,
            hazard_source=self.hazard_source,
            hazard_reference=self.hazard_reference,
            hazard_description=self.hazard_description,
        )


class TierRow(NamedTuple):
    """One enterprise's tier at an as-of date (a named tuple: made 20,000 at a time, by the window's
    first paint and ``tiers``, where a frozen dataclass costs four times as much to build)."""

    enterprise_id: str
    uscc: str
    name: str
    industry: str
    township: str
    authority: str
    accidents: int
    hazard: bool
    tier: Tier


@dataclass(frozen=True, slots=True)
class PersonInput:
    name: str
    id_number: str = ""
    severity: str = ""
    outcome: str = "待认定"


@dataclass(frozen=True, slots=True)
class AccidentInput:
    uscc: str
    occurred_on: dt.date
    place: str = ""
    category: str = ""
    description: str = ""
    accident_no: str = ""
    persons: tuple[PersonInput, ...] = ()


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: str
    accident_id: str
    seq: int
    name: str
    id_number: str
    severity: str
    outcome: str


@dataclass(frozen=True, slots=True)
class AccidentRow:
    id: str
    enterprise_id: str
    uscc: str
    enterprise_name: str
    township: str
    industry: str
    accident_no: str
    occurred_on: dt.date
    place: str
    category: str
    description: str
    voided: bool
    persons: int
    #: Outcomes of the persons, joined with "、" (e.g. "认定工伤、待认定").
    outcomes: str
    counted: bool


@dataclass(frozen=True, slots=True)
class NoticeRow:
    """One document of the warning mechanism: due (not yet issued) or issued."""

    enterprise_id: str
    uscc: str
    name: str
    township: str
    industry: str
    authority: str
    tier: Tier
    accidents: int
    hazard: bool
    #: Document kind code (``risk_notice``, ``rectification``, ...; see domain.notices.KIND_LABELS).
    kind: str
    #: ``due`` (to be issued), ``issued``, ``printed``.
    status: str
    doc_no: str = ""
    issue_date: dt.date | None = None
    document_id: str = ""
    #: Hazard facts a due letter would print empty (``hazard_date``, ``hazard_source``,
    #: ``hazard_description``; see ``domain.hazard``), in that order; empty when complete or no
    #: hazard.
    missing_hazard_facts: tuple[str, ...] = ()
    #: A due letter that prints a one-on-one interview: the slot it would print (start, room),
    #: or why none can be given (``interview_problem``: e.g. the year's holiday table is missing).
    interview_at: dt.datetime | None = None
    interview_room: str = ""
    interview_problem: Exception | None = None


@dataclass(frozen=True, slots=True)
class AuthorityRow:
    """An industry authority (行业主管部门) of the reference data: its 送达地址 and contact."""

    id: str
    name: str
    address: str
    contact: str
    active: bool
    row_version: int
