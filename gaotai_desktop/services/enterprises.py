"""Enterprises: register, edit, soft-delete, look up; tiers at an as-of date."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data import queries
from ..data.models import AccidentCategory, Authority, Enterprise, Industry, Township
from ..domain.errors import Conflict, NotFound, ValidationError
from ..domain.rows import AuthorityRow, EnterpriseInput, EnterpriseRow, TierRow
from ..domain.tiers import DEFAULT_RULE, TierRule
from ..domain.validation import validate_enterprise
from .base import Database
from .overview import Lookups

__all__ = ["EnterpriseService", "Lookups"]


class EnterpriseService:
    def __init__(self, db: Database, rule: TierRule = DEFAULT_RULE) -> None:
        self.db = db
        self.rule = rule

    # -- reading -------------------------------------------------------------------------
    def lookups(self) -> Lookups:
        with self.db.transaction() as s:

            def names(
                model: type[Township | Industry | Authority | AccidentCategory],
            ) -> tuple[str, ...]:
                stmt = select(model.name).where(model.active.is_(True))
                return tuple(s.scalars(stmt.order_by(model.sort_order, model.name)))

            return Lookups(
                townships=names(Township),
                industries=names(Industry),
                authorities=names(Authority),
                categories=names(AccidentCategory),
            )

    def authorities(self) -> list[AuthorityRow]:
        """The industry authorities (reference data) with their 送达地址 and contact."""
        with self.db.transaction() as s:
            return queries.authority_rows(s)

    def authority_address(self, name: str) -> str:
        """The 送达地址 of the authority ``name`` (``县应急管理局`` or ``高台县应急管理局``);
        empty when the authority is unknown or its address not filled in."""
        with self.db.transaction() as s:
            return queries.authority_address(s, name)

    def save_authority(
        self,
        authority_id: str,
        *,
        address: str,
        contact: str,
        expected_version: int | None = None,
    ) -> AuthorityRow:
        """Edit an authority's address and contact (the name stays: enterprises refer to it)."""
        address, contact = " ".join(address.split()), " ".join(contact.split())
        if len(address) > 256:
            raise ValidationError("authority_address", "too_long", {"max": 256})
        if len(contact) > 128:
            raise ValidationError("authority_contact", "too_long", {"max": 128})
        with self.db.transaction() as s:
            a = s.get(Authority, authority_id)
            if a is None:
                raise NotFound("authority", authority_id)
            if expected_version is not None and a.row_version != expected_version:
                raise Conflict("stale")
            if (a.address, a.contact) != (address, contact):
                a.address, a.contact = address, contact
                self.db.touch(a)
            s.flush()
            return AuthorityRow(a.id, a.name, a.address, a.contact, bool(a.active), a.row_version)

    def tiers(self, as_of: dt.date) -> list[TierRow]:
        """Every (non-deleted) enterprise's tier at ``as_of``: one SQL aggregate."""
        with self.db.transaction() as s:
            return queries.tier_rows(s, as_of, self.rule)

    def tier_of(self, enterprise_id: str, as_of: dt.date) -> TierRow:
        with self.db.transaction() as s:
            rows = queries.tier_rows(s, as_of, self.rule, [enterprise_id])
        if not rows:
            raise NotFound("enterprise", enterprise_id)
        return rows[0]

    def get(self, enterprise_id: str) -> EnterpriseRow:
        with self.db.transaction() as s:
            e = s.get(Enterprise, enterprise_id)
            if e is None or e.deleted_at is not None:
                raise NotFound("enterprise", enterprise_id)
            return queries.enterprise_row(e)

    def find_by_uscc(self, uscc: str) -> EnterpriseRow | None:
        with self.db.transaction() as s:
            e = s.scalar(
                select(Enterprise).where(Enterprise.uscc == uscc, Enterprise.deleted_at.is_(None))
            )
            return queries.enterprise_row(e) if e else None

    # -- writing -------------------------------------------------------------------------
    def _clean(
        self, s: Session, data: EnterpriseInput, today: dt.date, override_reason: str
    ) -> EnterpriseInput:
        townships = set(s.scalars(select(Township.name)))
        return validate_enterprise(
            data, townships=townships, today=today, allow_bad_check=bool(override_reason.strip())
        )

    def create(
        self, data: EnterpriseInput, *, today: dt.date, override_reason: str = ""
    ) -> EnterpriseRow:
        """Register an enterprise. A credit code failing its check is accepted only with a reason
        (a few real codes in circulation fail the GB 32100 check: a supervisor may register them with
        a recorded reason; roles are checked here once they exist)."""
        with self.db.transaction() as s:
            clean = self._clean(s, data, today, override_reason)
            existing = s.scalar(select(Enterprise).where(Enterprise.uscc == clean.uscc))
            if existing is not None:
                if existing.deleted_at is None:
                    raise Conflict(
                        "duplicate_uscc", uscc=clean.uscc, name=existing.name, id=existing.id
                    )
                # Re-registering a deleted enterprise restores it with the new data.
                for k, v in dataclasses.asdict(clean).items():
                    setattr(existing, k, v)
                existing.deleted_at = None
                existing.deleted_by = None
                existing.uscc_override_reason = override_reason.strip()
                self.db.touch(existing)
                s.flush()
                return queries.enterprise_row(existing)
            e = Enterprise(
                **dataclasses.asdict(clean),
                uscc_override_reason=override_reason.strip(),
                **self.db.stamp(),
            )
            s.add(e)
            s.flush()
            return queries.enterprise_row(e)

    def update(
        self,
        enterprise_id: str,
        data: EnterpriseInput,
        *,
        today: dt.date,
        expected_version: int | None = None,
        override_reason: str = "",
    ) -> EnterpriseRow:
        with self.db.transaction() as s:
            e = s.get(Enterprise, enterprise_id)
            if e is None or e.deleted_at is not None:
                raise NotFound("enterprise", enterprise_id)
            if expected_version is not None and e.row_version != expected_version:
                raise Conflict("stale")
            reason = override_reason or e.uscc_override_reason
            clean = self._clean(s, data, today, reason if data.uscc == e.uscc else override_reason)
            if clean.uscc != e.uscc:
                other = s.scalar(select(Enterprise).where(Enterprise.uscc == clean.uscc))
                if other is not None:
                    raise Conflict("duplicate_uscc", uscc=clean.uscc, name=other.name, id=other.id)
            for k, v in dataclasses.asdict(clean).items():
                setattr(e, k, v)
            if override_reason:
                e.uscc_override_reason = override_reason.strip()
            self.db.touch(e)
            s.flush()
            return queries.enterprise_row(e)

    def delete(self, enterprise_id: str) -> None:
        """Soft delete: the row stays (documents and accidents refer to it)."""
        with self.db.transaction() as s:
            e = s.get(Enterprise, enterprise_id)
            if e is None or e.deleted_at is not None:
                raise NotFound("enterprise", enterprise_id)
            e.deleted_at = self.db.clock()
            e.deleted_by = self.db.actor
            self.db.touch(e)
