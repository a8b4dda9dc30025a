"""Enterprises: register, edit, soft-delete, look up; tiers at an as-of date."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..data import queries
from ..data.models import AccidentCategory, Authority, Enterprise, Industry, Township
from ..domain.errors import Conflict, NotFound, ValidationError
from ..domain.identifiers import validate_uscc
from ..domain.roles import Action, allowed
from ..domain.rows import AuthorityRow, EnterpriseInput, EnterpriseRow, TierRow
from ..domain.tiers import DEFAULT_RULE, TierRule
from ..domain.validation import validate_enterprise
from .base import Database
from .choices import choice_normaliser
from .overview import Lookups

__all__ = ["EnterpriseService", "Lookups"]


#: The longest deletion reason kept (the column's width).
DELETED_REASON_MAX = 256


@dataclasses.dataclass(frozen=True)
class DeletedEnterpriseRow:
    """A soft-deleted enterprise as the 已删除 list shows it: who deleted it, when and why, and
    how many accidents of the as-of year come back with it on restore."""

    id: str
    uscc: str
    name: str
    industry: str
    township: str
    authority: str
    #: Accidents counted in the year of the as-of date (they count again once restored).
    accidents: int
    #: When (UTC, as every stamp), by whom and why.
    deleted_at: dt.datetime
    deleted_by: str
    deleted_reason: str


def may_restore(role: str) -> bool:
    """Whether a session acting as ``role`` may undo a deletion (a supervisor or administrator;
    anyone while the database has no users): the window asks before it offers 恢复."""
    return allowed(role, Action.RESTORE_ENTERPRISE)


def _fails_check(uscc: str) -> bool:
    try:
        validate_uscc(uscc)
    except ValidationError:
        return True
    return False


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
        with self.db.edit(expected_version) as s:
            a = self.db.for_edit(s, Authority, authority_id, expected_version)
            if a is None:
                raise NotFound("authority", authority_id)
            self.db.check_version(a, expected_version, {"address": address, "contact": contact})
            if (a.address, a.contact) != (address, contact):
                a.address, a.contact = address, contact
                self.db.touch(a)
            s.flush()
            return AuthorityRow(a.id, a.name, a.address, a.contact, bool(a.active), a.row_version)

    def add_authority(self, name: str, *, address: str = "", contact: str = "") -> AuthorityRow:
        """A new industry authority (reference data), listed after the others."""
        name = "".join(name.split())
        address, contact = " ".join(address.split()), " ".join(contact.split())
        if not name:
            raise ValidationError("authority", "required")
        if len(name) > 64:
            raise ValidationError("authority", "too_long", {"max": 64})
        if len(address) > 256:
            raise ValidationError("authority_address", "too_long", {"max": 256})
        if len(contact) > 128:
            raise ValidationError("authority_contact", "too_long", {"max": 128})
        with self.db.transaction() as s:
            if s.scalar(select(Authority.id).where(Authority.name == name)):
                raise Conflict("duplicate_authority", name=name)
            last = s.scalar(select(func.max(Authority.sort_order))) or 0
            a = Authority(
                name=name, address=address, contact=contact, sort_order=last + 1, active=True,
                **self.db.stamp(),
            )  # fmt: skip
            s.add(a)
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
        self,
        s: Session,
        data: EnterpriseInput,
        today: dt.date,
        override_reason: str,
        *,
        new_override: bool,
    ) -> EnterpriseInput:
        """The validated input. A credit code failing its check passes only with a reason; a
        reason given now (``new_override``, not the one already on record for this code) is an
        override, which only a supervisor may make."""
        normaliser = choice_normaliser(s)
        data = dataclasses.replace(
            data,
            industry=normaliser.value("industry", data.industry),
            township=normaliser.value("township", data.township),
            authority=normaliser.value("authority", data.authority),
        )
        townships = set(normaliser.lists.townships)
        clean = validate_enterprise(
            data, townships=townships, today=today, allow_bad_check=bool(override_reason.strip())
        )
        if new_override and override_reason.strip() and _fails_check(clean.uscc):
            self.db.require(Action.USCC_OVERRIDE)
        return clean

    def create(
        self, data: EnterpriseInput, *, today: dt.date, override_reason: str = ""
    ) -> EnterpriseRow:
        """Register an enterprise. A credit code failing its check is accepted only with a reason
        (a few real codes in circulation fail the GB 32100 check: a supervisor may register them with
        a recorded reason)."""
        with self.db.transaction() as s:
            clean = self._clean(s, data, today, override_reason, new_override=True)
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
                existing.deleted_reason = ""
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
        with self.db.edit(expected_version) as s:
            e = self.db.for_edit(s, Enterprise, enterprise_id, expected_version)
            if e is None or e.deleted_at is not None:
                raise NotFound("enterprise", enterprise_id)
            self.db.check_version(e, expected_version, dataclasses.asdict(data))
            same_code = data.uscc == e.uscc
            reason = (override_reason or e.uscc_override_reason) if same_code else override_reason
            # re-saving with the reason already on record is not a new override
            new_override = bool(override_reason.strip()) and (
                not same_code or override_reason.strip() != e.uscc_override_reason
            )
            clean = self._clean(s, data, today, reason, new_override=new_override)
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

    def delete(self, enterprise_id: str, *, reason: str) -> None:
        """Soft delete with a reason (required): the row stays (documents and accidents refer to
        it) and leaves tiers, plans and lists until :meth:`restore`. One transaction."""
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError("deleted_reason", "required")
        if len(reason) > DELETED_REASON_MAX:
            raise ValidationError("deleted_reason", "too_long", {"max": DELETED_REASON_MAX})
        with self.db.transaction() as s:
            e = s.get(Enterprise, enterprise_id)
            if e is None or e.deleted_at is not None:
                raise NotFound("enterprise", enterprise_id)
            e.deleted_at = self.db.clock()
            e.deleted_by = self.db.actor
            e.deleted_reason = reason
            self.db.touch(e)

    def check_may_restore(self) -> None:
        """Raise :class:`PermissionDenied` unless the acting user may undo a deletion."""
        self.db.require(Action.RESTORE_ENTERPRISE)

    def restore(self, enterprise_id: str) -> EnterpriseRow:
        """Undo a deletion: the enterprise, with its accidents (never touched by the deletion),
        counts again in tiers, plans and lists. One transaction."""
        self.check_may_restore()
        with self.db.transaction() as s:
            e = s.get(Enterprise, enterprise_id)
            if e is None or e.deleted_at is None:
                raise NotFound("enterprise", enterprise_id)
            e.deleted_at = None
            e.deleted_by = None
            e.deleted_reason = ""
            self.db.touch(e)
            s.flush()
            return queries.enterprise_row(e)

    def deleted(self, as_of: dt.date) -> list[DeletedEnterpriseRow]:
        """The soft-deleted enterprises, last deleted first, with who/when/why."""
        counts = queries.accident_count_subquery(as_of)
        stmt = (
            select(Enterprise, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.enterprise_id == Enterprise.id)
            .where(Enterprise.deleted_at.is_not(None))
            .order_by(Enterprise.deleted_at.desc(), Enterprise.uscc)
        )
        with self.db.transaction() as s:
            return [
                DeletedEnterpriseRow(
                    id=e.id,
                    uscc=e.uscc,
                    name=e.name,
                    industry=e.industry,
                    township=e.township,
                    authority=e.authority,
                    accidents=int(n),
                    deleted_at=e.deleted_at,
                    deleted_by=e.deleted_by or "",
                    deleted_reason=e.deleted_reason,
                )
                for e, n in s.execute(stmt)
                if e.deleted_at is not None
            ]
