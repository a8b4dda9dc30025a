"""Read queries returning frozen rows. The tier count is one SQL aggregate."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Subquery,
    and_,
    cast,
    exists,
    func,
    not_,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from ..domain.rows import AccidentRow, AuthorityRow, EnterpriseRow, PersonRow, TierRow
from ..domain.tiers import NOT_COUNTED_OUTCOMES, Outcome, TierRule, count_window
from . import light
from .models import Accident, Authority, Document, DocumentSubject, Enterprise, InjuredPerson

_EXCLUDED = [o.value for o in NOT_COUNTED_OUTCOMES]

#: A SELECT of any columns (SQLAlchemy 2.1 types a Select by its column types).
AnySelect = Select[*tuple[Any, ...]]


def accident_counted_clause() -> ColumnElement[bool]:
    """An accident counts unless it has persons and every one of them is 不予认定."""
    any_person = exists().where(InjuredPerson.accident_id == Accident.id)
    any_counted_person = exists().where(
        InjuredPerson.accident_id == Accident.id, InjuredPerson.outcome.not_in(_EXCLUDED)
    )
    return or_(not_(any_person), any_counted_person)


def live_accident_clauses(
    as_of: dt.date, enterprise_ids: list[str] | None = None
) -> list[ColumnElement[bool]]:
    """A live accident: in the count window of ``as_of``, not voided, not deleted (and of one of
    ``enterprise_ids`` when given). The one place this condition is written."""
    start, end = count_window(as_of)
    live: list[ColumnElement[bool]] = [
        Accident.occurred_on >= start,
        Accident.occurred_on <= end,
        Accident.voided.is_(False),
        Accident.deleted_at.is_(None),
    ]
    if enterprise_ids is not None:
        live.append(Accident.enterprise_id.in_(enterprise_ids))
    return live


#: Outcomes that make an accident a work injury (工伤事故) in a letter.
_RECOGNISED = [Outcome.RECOGNISED.value, Outcome.DEEMED.value]


def counted_accidents(
    session: Session, as_of: dt.date, enterprise_ids: list[str]
) -> list[tuple[str, dt.date, str, str, int, bool]]:
    """(enterprise_id, date, category, place, persons, pending) of every counted accident of
    ``enterprise_ids`` in the window of ``as_of``, by date (what the letters print).

    ``pending``: a person of it awaits 工伤认定 (待认定) and none is recognised yet, so a letter
    says 事故 (认定中) rather than 工伤事故.

    Each accident's persons are counted on their own (``ix_injured_person_accident_outcome``):
    the cost follows these enterprises' accidents, not the size of the database (issuing runs
    this once per chunk of documents)."""
    persons = (
        select(func.count())
        .where(InjuredPerson.accident_id == Accident.id)
        .correlate(Accident)
        .scalar_subquery()
    )
    any_pending = exists().where(
        InjuredPerson.accident_id == Accident.id, InjuredPerson.outcome == Outcome.PENDING.value
    )
    any_recognised = exists().where(
        InjuredPerson.accident_id == Accident.id, InjuredPerson.outcome.in_(_RECOGNISED)
    )
    stmt = (
        select(
            Accident.enterprise_id,
            Accident.occurred_on,
            Accident.category,
            Accident.place,
            persons,
            and_(any_pending, not_(any_recognised)),
        )
        .where(*live_accident_clauses(as_of, enterprise_ids), accident_counted_clause())
        .order_by(Accident.occurred_on)
    )
    return [
        (e, d, c or "", p or "", int(n), bool(pending))
        for e, d, c, p, n, pending in session.execute(stmt)
    ]


@dataclass(frozen=True)
class IssuedSubject:
    """One enterprise named by one issued document of a year."""

    enterprise_id: str
    document_id: str
    kind: str
    tier: str
    doc_no: str
    issue_date: dt.date
    status: str


def issued_subjects(
    session: Session, year: int, enterprise_ids: list[str] | None = None
) -> list[IssuedSubject]:
    """Every (enterprise, document) pair issued in ``year`` (corrections included): the one query
    behind "what was issued" for the plan and for issuing."""
    stmt = (
        select(
            DocumentSubject.enterprise_id,
            Document.id,
            Document.kind,
            Document.tier,
            Document.doc_no,
            Document.issue_date,
            Document.status,
        )
        .join(Document, Document.id == DocumentSubject.document_id)
        .where(Document.year == year)
    )
    if enterprise_ids is not None:
        stmt = stmt.where(DocumentSubject.enterprise_id.in_(enterprise_ids))
    return [IssuedSubject(*row) for row in session.execute(stmt)]


def accident_count_subquery(as_of: dt.date, enterprise_ids: list[str] | None = None) -> Subquery:
    """Counted accidents per enterprise in the year of ``as_of`` (one aggregate).

    Written as "live accidents in the window" minus "those whose every injured person is
    不予认定": the first part is an index-only scan, and the second starts from the few rejected
    persons, so no per-accident subquery runs over the whole year.
    """
    live = live_accident_clauses(as_of, enterprise_ids)
    everything = (
        select(Accident.enterprise_id.label("enterprise_id"), func.count().label("n"))
        .where(*live)
        .group_by(Accident.enterprise_id)
    )
    rejected = select(InjuredPerson.accident_id).where(InjuredPerson.outcome.in_(_EXCLUDED))
    any_counted_person = exists().where(
        InjuredPerson.accident_id == Accident.id, InjuredPerson.outcome.not_in(_EXCLUDED)
    )
    not_counted = (
        select(Accident.enterprise_id, -func.count())
        .where(Accident.id.in_(rejected), *live, not_(any_counted_person))
        .group_by(Accident.enterprise_id)
    )
    parts = union_all(everything, not_counted).subquery("parts")
    return (
        select(parts.c.enterprise_id, cast(func.sum(parts.c.n), Integer).label("n"))
        .group_by(parts.c.enterprise_id)
        .subquery("counts")
    )


def hazard_active_clause(as_of: dt.date) -> ColumnElement[bool]:
    return and_(
        Enterprise.hazard.is_(True),
        or_(Enterprise.hazard_date.is_(None), Enterprise.hazard_date <= as_of),
    )


def tier_select(as_of: dt.date, enterprise_ids: list[str] | None = None) -> AnySelect:
    counts = accident_count_subquery(as_of, enterprise_ids)
    return (
        select(
            Enterprise.id,
            Enterprise.uscc,
            Enterprise.name,
            Enterprise.industry,
            Enterprise.township,
            Enterprise.authority,
            func.coalesce(counts.c.n, 0),
            hazard_active_clause(as_of),
        )
        .outerjoin(counts, counts.c.enterprise_id == Enterprise.id)
        .where(Enterprise.deleted_at.is_(None))
    )


def tier_rows(
    session: Session, as_of: dt.date, rule: TierRule, enterprise_ids: list[str] | None = None
) -> list[TierRow]:
    """Every enterprise's tier at ``as_of`` (or those of ``enterprise_ids``), by credit code.

    The hot path of the window, ``tiers``, the notice plan and issuing: on SQLite the statement is
    the hand-written :data:`~gaotai_desktop.data.light.TIER_SQL` (prepared once per connection,
    fetched at once, named tuples built from plain tuples); elsewhere :func:`tier_select`, which
    a test holds equal to it.
    """
    session.flush()  # the session's own changes count
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        return light.read_tiers(conn.connection.driver_connection, as_of, rule, enterprise_ids)
    stmt = tier_select(as_of, enterprise_ids).order_by(Enterprise.uscc)
    if enterprise_ids is not None:
        stmt = stmt.where(Enterprise.id.in_(enterprise_ids))
    tier_for = rule.tier_for
    with light.collector_paused():  # see light.tier_rows_of
        return [
            TierRow(eid, uscc, name, ind, town, auth, int(n), bool(h), tier_for(int(n), bool(h)))
            for eid, uscc, name, ind, town, auth, n, h in session.execute(stmt)
        ]


def enterprise_row(e: Enterprise) -> EnterpriseRow:
    return EnterpriseRow(
        id=e.id,
        uscc=e.uscc,
        name=e.name,
        industry=e.industry,
        township=e.township,
        authority=e.authority,
        legal_representative=e.legal_representative,
        contact_person=e.contact_person,
        phone=e.phone,
        address=e.address,
        hazard=e.hazard,
        hazard_date=e.hazard_date,
        hazard_source=e.hazard_source,
        hazard_reference=e.hazard_reference,
        row_version=e.row_version,
        hazard_description=e.hazard_description,
    )


def person_row(p: InjuredPerson) -> PersonRow:
    return PersonRow(p.id, p.accident_id, p.seq, p.name, p.id_number, p.severity, p.outcome)


def accident_select() -> AnySelect:
    # Correlated per-accident subqueries (index on injured_person.accident_id): cost follows the
    # accidents selected, not the size of the injured_person table.
    n_persons = (
        select(func.count())
        .where(InjuredPerson.accident_id == Accident.id)
        .correlate(Accident)
        .scalar_subquery()
    )
    outcomes = (
        select(func.aggregate_strings(InjuredPerson.outcome, "、"))
        .where(InjuredPerson.accident_id == Accident.id)
        .correlate(Accident)
        .scalar_subquery()
    )
    return (
        select(
            Accident.id,
            Accident.enterprise_id,
            Enterprise.uscc,
            Enterprise.name,
            Enterprise.township,
            Enterprise.industry,
            func.coalesce(Accident.accident_no, ""),
            Accident.occurred_on,
            Accident.place,
            Accident.category,
            Accident.description,
            Accident.voided,
            n_persons,
            func.coalesce(outcomes, ""),
            and_(Accident.voided.is_(False), accident_counted_clause()),
        )
        .join(Enterprise, Enterprise.id == Accident.enterprise_id)
        .where(Accident.deleted_at.is_(None), Enterprise.deleted_at.is_(None))
    )


def accident_rows(session: Session, stmt: AnySelect) -> list[AccidentRow]:
    return [
        AccidentRow(
            id=r[0],
            enterprise_id=r[1],
            uscc=r[2],
            enterprise_name=r[3],
            township=r[4],
            industry=r[5],
            accident_no=r[6],
            occurred_on=r[7],
            place=r[8],
            category=r[9],
            description=r[10],
            voided=bool(r[11]),
            persons=int(r[12]),
            outcomes=_dedupe_outcomes(r[13]),
            counted=bool(r[14]),
        )
        for r in session.execute(stmt)
    ]


def _dedupe_outcomes(joined: str) -> str:
    seen: list[str] = []
    for part in (joined or "").split("、"):
        if part and part not in seen:
            seen.append(part)
    return "、".join(seen)


# -- industry authorities (reference data) ------------------------------------------------------
def authority_rows(session: Session) -> list[AuthorityRow]:
    stmt = select(Authority).order_by(Authority.sort_order, Authority.name)
    return [
        AuthorityRow(a.id, a.name, a.address, a.contact, bool(a.active), a.row_version)
        for a in session.scalars(stmt)
    ]


def authority_address(session: Session, name: str) -> str:
    """The 送达地址 of the authority called ``name`` (short ``县应急管理局`` or full
    ``高台县应急管理局``); empty when unknown or not filled in."""
    names = {name.strip()}
    if name.strip().startswith("高台县"):
        names.add(name.strip().removeprefix("高台"))
    stmt = select(Authority.address).where(Authority.name.in_(sorted(names)))
    return next((a for a in session.scalars(stmt) if a), "")


# -- the hazard's facts ---------------------------------------------------------------------------
def hazard_gaps(
    session: Session, enterprise_ids: list[str] | None = None
) -> dict[str, tuple[str, ...]]:
    """Per enterprise flagged with a hazard: the hazard facts its letters would print empty
    (``domain.hazard.missing_hazard_facts``); enterprises without a gap are left out."""
    from ..domain.hazard import missing_hazard_facts

    stmt = select(
        Enterprise.id,
        Enterprise.hazard_date,
        Enterprise.hazard_source,
        Enterprise.hazard_description,
    ).where(Enterprise.hazard.is_(True), Enterprise.deleted_at.is_(None))
    if enterprise_ids is not None:
        stmt = stmt.where(Enterprise.id.in_(enterprise_ids))
    out: dict[str, tuple[str, ...]] = {}
    for eid, date, source, description in session.execute(stmt):
        gaps = missing_hazard_facts(date, source, description)
        if gaps:
            out[eid] = gaps
    return out
