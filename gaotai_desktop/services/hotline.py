"""The rights hotline (维权热线): calls with the advice given, the referral (mediation,
arbitration, labour inspection), the follow-up due and how it ended; follow-ups due and overdue
as of a date; a month's calls by topic and by referral.

Callers' names and phones are stored in full and leave the service masked (``domain.outreach``):
the rows carry only the masked forms. One transaction per public call; every change audited.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import replace

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ..data.models import Enterprise, HotlineCall
from ..domain.errors import NotFound, ValidationError
from ..domain.identifiers import mask_phone, normalize
from ..domain.outreach import (
    NAME_MAX,
    HotlineCounts,
    HotlineInput,
    HotlineRow,
    Referral,
    Topic,
    choice,
    follow_up_state,
    mask_name,
    not_future,
    parse_month,
    phone,
    text,
)
from .base import Database


class HotlineService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ------------------------------------------------------------------------------
    def list(self, as_of: dt.date, *, month: str | None = None) -> builtins.list[HotlineRow]:
        """Calls (of ``month`` ``YYYY-MM``, or all), newest first, with the follow-up's days
        left and urgency at ``as_of``."""
        stmt = _select()
        if month:
            first, last = parse_month(month)
            stmt = stmt.where(
                HotlineCall.called_at >= _midnight(first),
                HotlineCall.called_at < _midnight(last + dt.timedelta(days=1)),
            )
        with self.db.transaction() as s:
            rows = s.execute(stmt.order_by(HotlineCall.called_at.desc())).all()
            return [_row(c, uscc, name, as_of) for c, uscc, name in rows]

    def get(self, call_id: str, as_of: dt.date) -> HotlineRow:
        with self.db.transaction() as s:
            row = s.execute(_select().where(HotlineCall.id == call_id)).first()
            if row is None:
                raise NotFound("hotline_call", call_id)
            return _row(row[0], row[1], row[2], as_of)

    def follow_ups(self, as_of: dt.date) -> builtins.list[HotlineRow]:
        """Open calls with a follow-up due: overdue and due soon first (by due date)."""
        with self.db.transaction() as s:
            rows = s.execute(
                _select()
                .where(HotlineCall.closed_on.is_(None), HotlineCall.follow_up_due.is_not(None))
                .order_by(HotlineCall.follow_up_due, HotlineCall.called_at)
            ).all()
            return [_row(c, uscc, name, as_of) for c, uscc, name in rows]

    def counts(self, month: str, as_of: dt.date) -> HotlineCounts:
        """The calls of ``month`` by topic and referral, how many were closed, and how many
        follow-ups were overdue at the month's end (at ``as_of`` while the month runs)."""
        first, last = parse_month(month)
        at = min(last, as_of)
        with self.db.transaction() as s:
            calls = list(
                s.scalars(
                    select(HotlineCall).where(
                        HotlineCall.called_at >= _midnight(first),
                        HotlineCall.called_at < _midnight(last + dt.timedelta(days=1)),
                    )
                )
            )
        by_topic = {str(t): 0 for t in Topic}
        by_referral = {str(r): 0 for r in Referral}
        closed = overdue = 0
        for c in calls:
            by_topic[c.topic] = by_topic.get(c.topic, 0) + 1
            by_referral[c.referral] = by_referral.get(c.referral, 0) + 1
            if c.closed_on is not None and c.closed_on <= at:
                closed += 1
            done = c.closed_on is not None and c.closed_on <= at
            if not done and c.follow_up_due is not None and c.follow_up_due < at:
                overdue += 1
        label = f"{first.year}-{first.month:02d}"
        return HotlineCounts(label, len(calls), by_topic, by_referral, closed, overdue)

    # -- writing ------------------------------------------------------------------------------
    def add(self, data: HotlineInput, *, today: dt.date) -> HotlineRow:
        with self.db.transaction(immediate=True) as s:
            call = HotlineCall(**self.db.stamp())
            uscc, name = self._fill(s, call, data, today)
            s.add(call)
            s.flush()
            return _row(call, uscc, name, today)

    def edit(self, call_id: str, data: HotlineInput, *, today: dt.date) -> HotlineRow:
        """Change a call; an empty caller name or phone keeps the stored one (the window never
        holds them unmasked)."""
        with self.db.transaction(immediate=True) as s:
            call = s.get(HotlineCall, call_id)
            if call is None:
                raise NotFound("hotline_call", call_id)
            # the window shows the caller masked: a field left empty keeps what is stored
            data = replace(
                data,
                caller_name=data.caller_name.strip() or call.caller_name,
                caller_phone=data.caller_phone.strip() or call.caller_phone,
            )
            uscc, name = self._fill(s, call, data, today)
            if call.closed_on is not None and call.closed_on < data.called_at.date():
                raise ValidationError("hotline_closed_on", "before_call",
                                      {"value": call.closed_on, "called": data.called_at.date()})  # fmt: skip
            self.db.touch(call)
            s.flush()
            return _row(call, uscc, name, today)

    def close(self, call_id: str, *, on: dt.date, outcome: str, today: dt.date) -> HotlineRow:
        """结案: the outcome (required) and the day; a closed call has no follow-up running."""
        result = text("hotline_outcome", outcome, 4000, required=True)
        not_future("hotline_closed_on", on, today)
        with self.db.transaction(immediate=True) as s:
            call = s.get(HotlineCall, call_id)
            if call is None:
                raise NotFound("hotline_call", call_id)
            if call.closed_on is not None:
                raise ValidationError("hotline_closed_on", "hotline_closed",
                                      {"value": call.closed_on.isoformat()})  # fmt: skip
            if on < call.called_at.date():
                raise ValidationError("hotline_closed_on", "before_call",
                                      {"value": on, "called": call.called_at.date()})  # fmt: skip
            call.outcome, call.closed_on = result, on
            self.db.touch(call)
            s.flush()
            uscc, name = _enterprise(s, call.enterprise_id)
            return _row(call, uscc, name, today)

    def _fill(
        self, s: Session, call: HotlineCall, data: HotlineInput, today: dt.date
    ) -> tuple[str, str]:
        not_future("hotline_called_at", data.called_at.date(), today)
        topic = choice("hotline_topic", data.topic, Topic)
        handler = text("hotline_handler", data.handler, NAME_MAX, required=True)
        caller = text("hotline_caller", data.caller_name, NAME_MAX)
        number = phone(data.caller_phone)
        referral = choice("hotline_referral", data.referral or Referral.NONE, Referral)
        due = data.follow_up_due
        if due is not None and due < data.called_at.date():
            raise ValidationError("hotline_follow_up", "before_call",
                                  {"value": due, "called": data.called_at.date()})  # fmt: skip
        eid: str | None = None
        uscc = name = ""
        if (data.uscc or "").strip():
            uscc = normalize(data.uscc)
            found = s.execute(
                select(Enterprise.id, Enterprise.name).where(
                    Enterprise.uscc == uscc, Enterprise.deleted_at.is_(None)
                )
            ).first()
            if found is None:
                raise ValidationError("hotline_enterprise", "unknown_enterprise", {"value": uscc})
            eid, name = found[0], found[1]
        call.called_at, call.topic, call.handler = data.called_at, topic, handler
        call.caller_name, call.caller_phone, call.enterprise_id = caller, number, eid
        call.advice = (data.advice or "").strip()
        call.referral, call.follow_up_due = referral, due
        call.outcome = (data.outcome or "").strip() or (call.outcome or "")
        return uscc, name


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _select() -> Select[HotlineCall, str, str]:
    return select(HotlineCall, Enterprise.uscc, Enterprise.name).outerjoin(
        Enterprise, Enterprise.id == HotlineCall.enterprise_id
    )


def _enterprise(s: Session, eid: str | None) -> tuple[str, str]:
    if eid is None:
        return "", ""
    e = s.get(Enterprise, eid)
    return (e.uscc, e.name) if e is not None else ("", "")


def _row(c: HotlineCall, uscc: str | None, name: str | None, as_of: dt.date) -> HotlineRow:
    days_left, urgency = follow_up_state(c.follow_up_due, c.closed_on, as_of)
    return HotlineRow(
        c.id, c.called_at, mask_name(c.caller_name), mask_phone(c.caller_phone), c.enterprise_id,
        uscc or "", name or "", c.topic, c.handler, c.advice, c.referral, c.follow_up_due,
        c.outcome, c.closed_on, days_left, urgency,
    )  # fmt: skip
