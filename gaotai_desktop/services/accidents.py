"""Accidents and their injured persons: record, edit, void, list with filters."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import texts
from ..data import queries
from ..data.models import Accident, Enterprise, InjuredPerson
from ..domain.errors import Conflict, NotFound, ValidationError
from ..domain.identifiers import mask_id
from ..domain.roles import Action
from ..domain.rows import AccidentInput, AccidentRow, PersonRow, TierRow
from ..domain.tiers import DEFAULT_RULE, TierRule
from ..domain.validation import validate_accident
from .audit import record_event
from .base import Database
from .choices import choice_normaliser


@dataclass(frozen=True)
class AccidentFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    township: str = ""
    industry: str = ""
    category: str = ""
    outcome: str = ""
    enterprise_id: str = ""
    search: str = ""
    include_voided: bool = True


@dataclass(frozen=True)
class RecordResult:
    """The accident written, and its enterprise's tier before and after (for the status bar)."""

    accident: AccidentRow
    before: TierRow
    after: TierRow

    @property
    def rose(self) -> bool:
        return self.after.tier > self.before.tier


class AccidentService:
    def __init__(self, db: Database, rule: TierRule = DEFAULT_RULE) -> None:
        self.db = db
        self.rule = rule

    def list(self, flt: AccidentFilter = AccidentFilter()) -> list[AccidentRow]:
        stmt = queries.accident_select()
        if flt.date_from:
            stmt = stmt.where(Accident.occurred_on >= flt.date_from)
        if flt.date_to:
            stmt = stmt.where(Accident.occurred_on <= flt.date_to)
        if flt.township:
            stmt = stmt.where(Enterprise.township == flt.township)
        if flt.industry:
            stmt = stmt.where(Enterprise.industry == flt.industry)
        if flt.category:
            stmt = stmt.where(Accident.category == flt.category)
        if flt.enterprise_id:
            stmt = stmt.where(Accident.enterprise_id == flt.enterprise_id)
        if not flt.include_voided:
            stmt = stmt.where(Accident.voided.is_(False))
        if flt.outcome:
            stmt = stmt.where(
                select(InjuredPerson.id)
                .where(
                    InjuredPerson.accident_id == Accident.id, InjuredPerson.outcome == flt.outcome
                )
                .exists()
            )
        if flt.search.strip():
            like = f"%{flt.search.strip()}%"
            # as SQLite's LIKE, whatever the dialect (PostgreSQL's is case-sensitive); codes and
            # accident numbers are stored upper-case
            stmt = stmt.where(
                Enterprise.name.ilike(like)
                | Enterprise.uscc.like(like.upper())
                | Accident.accident_no.like(like.upper())
            )
        stmt = stmt.order_by(Accident.occurred_on.desc(), Accident.id)
        with self.db.transaction() as s:
            return queries.accident_rows(s, stmt)

    def get(self, accident_id: str) -> AccidentRow:
        with self.db.transaction() as s:
            rows = queries.accident_rows(
                s, queries.accident_select().where(Accident.id == accident_id)
            )
        if not rows:
            raise NotFound("accident", accident_id)
        return rows[0]

    def persons(self, accident_id: str) -> builtins.list[PersonRow]:
        with self.db.transaction() as s:
            stmt = (
                select(InjuredPerson)
                .where(InjuredPerson.accident_id == accident_id)
                .order_by(InjuredPerson.seq)
            )
            return [queries.person_row(p) for p in s.scalars(stmt)]

    def reveal_id_numbers(self, accident_id: str = "") -> None:
        """Permission to show full ID numbers (masked everywhere else, PIPL art. 28):
        supervisors only; the reveal is recorded. ``accident_id``: whose persons are shown."""
        self.db.require(Action.REVEAL_ID_NUMBER)
        with self.db.transaction(immediate=True) as s:
            names = s.scalars(
                select(InjuredPerson.name)
                .where(InjuredPerson.accident_id == accident_id)
                .order_by(InjuredPerson.seq)
            ).all()
            record_event(
                s, self.db, "reveal", table=Accident.__tablename__, record_id=accident_id,
                detail=texts.audit_reveal_detail(list(names)),
            )  # fmt: skip

    def input_of(self, accident_id: str, *, reveal: bool = False) -> AccidentInput:
        """The accident as an editable input (for the edit dialog). ID numbers come masked
        (PIPL art. 28), and a masked number saved back unchanged keeps the stored one
        (:meth:`update`); ``reveal`` gives them in full, for a supervisor only (the caller has
        recorded the reveal, :meth:`reveal_id_numbers`)."""
        from ..domain.rows import PersonInput

        if reveal:
            self.db.require(Action.REVEAL_ID_NUMBER)
        row = self.get(accident_id)
        return AccidentInput(
            uscc=row.uscc,
            occurred_on=row.occurred_on,
            place=row.place,
            category=row.category,
            description=row.description,
            accident_no=row.accident_no,
            persons=tuple(
                PersonInput(
                    p.name, p.id_number if reveal else mask_id(p.id_number), p.severity, p.outcome
                )
                for p in self.persons(accident_id)
            ),
        )

    def _clean(
        self, s: Session, data: AccidentInput, today: dt.date
    ) -> tuple[AccidentInput, Enterprise]:
        normaliser = choice_normaliser(s)
        data = dataclasses.replace(
            data,
            category=normaliser.value("category", data.category),
            persons=tuple(
                dataclasses.replace(p, severity=normaliser.value("severity", p.severity))
                for p in data.persons
            ),
        )
        lists = normaliser.lists
        clean = validate_accident(
            data, today=today, categories=set(lists.categories), severities=lists.severities
        )
        ent = s.scalar(
            select(Enterprise).where(Enterprise.uscc == clean.uscc, Enterprise.deleted_at.is_(None))
        )
        if ent is None:
            raise ValidationError("uscc", "unknown_enterprise", {"value": clean.uscc})
        return clean, ent

    def _tier(self, s: Session, enterprise_id: str, as_of: dt.date) -> TierRow:
        return queries.tier_rows(s, as_of, self.rule, [enterprise_id])[0]

    def _add_persons(self, s: Session, accident_id: str, data: AccidentInput) -> None:
        for seq, p in enumerate(data.persons):
            s.add(
                InjuredPerson(
                    accident_id=accident_id,
                    seq=seq,
                    name=p.name,
                    id_number=p.id_number,
                    severity=p.severity,
                    outcome=p.outcome,
                    **self.db.stamp(),
                )
            )

    def _update_persons(self, s: Session, accident_id: str, data: AccidentInput) -> None:
        """Edit the persons in place, in order; more persons are added. Injured persons are
        never deleted (the audit trail and the 台账 keep them): fewer persons is refused."""
        stmt = (
            select(InjuredPerson)
            .where(InjuredPerson.accident_id == accident_id)
            .order_by(InjuredPerson.seq)
        )
        existing = list(s.scalars(stmt))
        if len(data.persons) < len(existing):
            raise ValidationError("persons", "person_removed")
        for person, p in zip(existing, data.persons, strict=False):
            values = {
                "name": p.name,
                "id_number": p.id_number,
                "severity": p.severity,
                "outcome": p.outcome,
            }
            if any(getattr(person, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(person, k, v)
                self.db.touch(person)
        seq = max((p.seq for p in existing), default=-1) + 1
        for p in data.persons[len(existing) :]:
            s.add(
                InjuredPerson(
                    accident_id=accident_id,
                    seq=seq,
                    name=p.name,
                    id_number=p.id_number,
                    severity=p.severity,
                    outcome=p.outcome,
                    **self.db.stamp(),
                )
            )
            seq += 1

    def record(self, data: AccidentInput, *, today: dt.date) -> RecordResult:
        """Record a new accident with its injured persons; tiers are counted at ``today``."""
        with self.db.transaction() as s:
            clean, ent = self._clean(s, data, today)
            before = self._tier(s, ent.id, today)
            if clean.accident_no:
                key = f"no:{clean.accident_no}"
                if s.scalar(select(Accident.id).where(Accident.import_key == key)):
                    raise Conflict("duplicate_accident_no", accident_no=clean.accident_no)
            else:
                key = None
            acc = Accident(
                enterprise_id=ent.id,
                accident_no=clean.accident_no or None,
                import_key=key,
                occurred_on=clean.occurred_on,
                place=clean.place,
                category=clean.category,
                description=clean.description,
                **self.db.stamp(),
            )
            s.add(acc)
            s.flush()
            self._add_persons(s, acc.id, clean)
            s.flush()
            after = self._tier(s, ent.id, today)
            row = queries.accident_rows(s, queries.accident_select().where(Accident.id == acc.id))[
                0
            ]
            return RecordResult(row, before, after)

    def version(self, accident_id: str) -> int:
        """The accident's ``row_version`` now (an edit dialog passes it back to :meth:`update`)."""
        with self.db.transaction() as s:
            acc = s.get(Accident, accident_id)
            if acc is None or acc.deleted_at is not None:
                raise NotFound("accident", accident_id)
            return acc.row_version

    def update(
        self,
        accident_id: str,
        data: AccidentInput,
        *,
        today: dt.date,
        expected_version: int | None = None,
    ) -> RecordResult:
        """Change an accident and its persons. ``expected_version``: the ``row_version`` the desk
        showed; when another desk has saved since, ``Conflict('stale')`` with its values."""
        with self.db.edit(expected_version) as s:
            acc = self.db.for_edit(s, Accident, accident_id, expected_version)
            if acc is None or acc.deleted_at is not None:
                raise NotFound("accident", accident_id)
            mine = {k: v for k, v in dataclasses.asdict(data).items() if k != "persons"}
            mine["accident_no"] = mine["accident_no"] or None
            self.db.check_version(acc, expected_version, mine)
            clean, ent = self._clean(s, _unmasked(s, acc.id, data), today)
            before = self._tier(s, ent.id, today)
            if clean.accident_no and clean.accident_no != (acc.accident_no or ""):
                key = f"no:{clean.accident_no}"
                if s.scalar(select(Accident.id).where(Accident.import_key == key)):
                    raise Conflict("duplicate_accident_no", accident_no=clean.accident_no)
                acc.import_key = key
            acc.enterprise_id = ent.id
            acc.accident_no = clean.accident_no or None
            acc.occurred_on = clean.occurred_on
            acc.place = clean.place
            acc.category = clean.category
            acc.description = clean.description
            self.db.touch(acc)
            self._update_persons(s, acc.id, clean)
            s.flush()
            after = self._tier(s, ent.id, today)
            row = queries.accident_rows(s, queries.accident_select().where(Accident.id == acc.id))[
                0
            ]
            return RecordResult(row, before, after)

    def void(self, accident_id: str, reason: str, *, today: dt.date) -> RecordResult:
        """Void an accident recorded in error (it stops counting; the row is kept)."""
        if not reason.strip():
            raise ValidationError("void_reason", "required")
        with self.db.transaction() as s:
            acc = s.get(Accident, accident_id)
            if acc is None or acc.deleted_at is not None:
                raise NotFound("accident", accident_id)
            before = self._tier(s, acc.enterprise_id, today)
            acc.voided = True
            acc.void_reason = reason.strip()
            self.db.touch(acc)
            s.flush()
            after = self._tier(s, acc.enterprise_id, today)
            row = queries.accident_rows(s, queries.accident_select().where(Accident.id == acc.id))[
                0
            ]
            return RecordResult(row, before, after)


def _unmasked(s: Session, accident_id: str, data: AccidentInput) -> AccidentInput:
    """``data`` with each ID number that is still the mask of the stored person's at that place
    (:meth:`AccidentService.input_of` gave it masked, the user left it) replaced by the stored one."""
    if not any("*" in p.id_number for p in data.persons):
        return data
    stmt = (
        select(InjuredPerson.id_number)
        .where(InjuredPerson.accident_id == accident_id)
        .order_by(InjuredPerson.seq)
    )
    stored = list(s.scalars(stmt))
    persons = tuple(
        dataclasses.replace(p, id_number=stored[i])
        if i < len(stored) and p.id_number.strip() and p.id_number.strip() == mask_id(stored[i])
        else p
        for i, p in enumerate(data.persons)
    )
    return dataclasses.replace(data, persons=persons)
