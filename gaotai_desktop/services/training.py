"""Prevention training (工伤预防进企业): sessions with the enterprises that came, the high-risk
enterprises not yet trained this year, and the counts the quarterly evaluation shows.

One transaction per public call; inputs are checked (``domain.outreach``) before anything is
written; rows leave as frozen dataclasses. Every change is audited by the session hooks of
:class:`~.base.Database`.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..data.models import Enterprise, Industry, TrainingAttendance, TrainingSession
from ..domain.errors import NotFound, ValidationError
from ..domain.identifiers import normalize
from ..domain.outreach import (
    NAME_MAX,
    PATH_MAX,
    PLACE_MAX,
    TOPIC_MAX,
    AttendanceRow,
    TrainingCounts,
    TrainingInput,
    TrainingRow,
    UntrainedRow,
    not_future,
    people,
    risk_group,
    text,
)
from .base import Database


class TrainingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ------------------------------------------------------------------------------
    def list(self, year: int | None = None) -> builtins.list[TrainingRow]:
        """Sessions (of ``year``, or all), newest first, with their enterprises."""
        with self.db.transaction() as s:
            stmt = select(TrainingSession)
            if year is not None:
                stmt = stmt.where(
                    TrainingSession.held_on >= dt.date(year, 1, 1),
                    TrainingSession.held_on <= dt.date(year, 12, 31),
                )
            sessions = list(
                s.scalars(stmt.order_by(TrainingSession.held_on.desc(), TrainingSession.created_at))
            )
            attendance = _attendance(s, [t.id for t in sessions])
            return [_row(t, attendance.get(t.id, ())) for t in sessions]

    def get(self, session_id: str) -> TrainingRow:
        with self.db.transaction() as s:
            t = s.get(TrainingSession, session_id)
            if t is None:
                raise NotFound("training_session", session_id)
            return _row(t, _attendance(s, [t.id]).get(t.id, ()))

    def industries(self) -> builtins.list[str]:
        """The industry names a session may be for (the ``industry`` table, in its order)."""
        with self.db.transaction() as s:
            return list(
                s.scalars(
                    select(Industry.name)
                    .where(Industry.active.is_(True))
                    .order_by(Industry.sort_order, Industry.code)
                )
            )

    def enterprises(self) -> builtins.list[tuple[str, str]]:
        """(credit code, name) of every registered enterprise, to pick attendance from."""
        with self.db.transaction() as s:
            return [
                (u, n)
                for u, n in s.execute(
                    select(Enterprise.uscc, Enterprise.name)
                    .where(Enterprise.deleted_at.is_(None))
                    .order_by(Enterprise.uscc)
                ).all()
            ]

    def untrained_high_risk(self, year: int, as_of: dt.date) -> builtins.list[UntrainedRow]:
        """Enterprises of the high-risk industries (``domain.outreach.risk_group``: construction,
        chemicals, logistics) not at any session held from 1 January of ``year`` to ``as_of``
        (or to 31 December when ``as_of`` is later), by group, township and code."""
        start = dt.date(year, 1, 1)
        end = min(as_of, dt.date(year, 12, 31))
        with self.db.transaction() as s:
            sections = dict(s.execute(select(Industry.name, Industry.code)).all())
            trained = set(
                s.scalars(
                    select(TrainingAttendance.enterprise_id)
                    .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
                    .where(TrainingSession.held_on >= start, TrainingSession.held_on <= end)
                )
            )
            last = dict(
                s.execute(
                    select(TrainingAttendance.enterprise_id, func.max(TrainingSession.held_on))
                    .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
                    .where(TrainingSession.held_on < start)
                    .group_by(TrainingAttendance.enterprise_id)
                ).all()
            )
            rows = s.execute(
                select(
                    Enterprise.id, Enterprise.uscc, Enterprise.name, Enterprise.industry,
                    Enterprise.township,
                ).where(Enterprise.deleted_at.is_(None))
            ).all()  # fmt: skip
        out = []
        for eid, uscc, name, industry, township in rows:
            if eid in trained:
                continue
            group = risk_group(sections.get(industry or ""), industry or "", name)
            if group is None:
                continue
            out.append(UntrainedRow(eid, uscc, name, industry or "", township or "", str(group),
                                    last.get(eid)))  # fmt: skip
        order = {"construction": 0, "chemicals": 1, "logistics": 2}
        out.sort(key=lambda r: (order[r.group], r.township, r.uscc))
        return out

    def counts(self, start: dt.date, end: dt.date) -> TrainingCounts:
        """Sessions held from ``start`` to ``end``, the enterprises they reached (each once) and
        the people they trained: the quarterly evaluation's training line."""
        with self.db.transaction() as s:
            return counts(s, start, end)

    # -- writing ------------------------------------------------------------------------------
    def add(self, data: TrainingInput, *, today: dt.date) -> TrainingRow:
        with self.db.transaction(immediate=True) as s:
            t = TrainingSession(**self.db.stamp())
            self._fill(s, t, data, today)
            s.add(t)
            s.flush()
            self._attend(s, t, data)
            s.flush()
            return _row(t, _attendance(s, [t.id]).get(t.id, ()))

    def edit(self, session_id: str, data: TrainingInput, *, today: dt.date) -> TrainingRow:
        """Change a session: every field and the attendance list (replaced as given)."""
        with self.db.transaction(immediate=True) as s:
            t = s.get(TrainingSession, session_id)
            if t is None:
                raise NotFound("training_session", session_id)
            self._fill(s, t, data, today)
            self.db.touch(t)
            s.execute(delete(TrainingAttendance).where(TrainingAttendance.session_id == t.id))
            self._attend(s, t, data)
            s.flush()
            return _row(t, _attendance(s, [t.id]).get(t.id, ()))

    def _fill(self, s: Session, t: TrainingSession, data: TrainingInput, today: dt.date) -> None:
        not_future("training_date", data.held_on, today)
        place = text("training_place", data.place, PLACE_MAX, required=True)
        topic = text("training_topic", data.topic, TOPIC_MAX, required=True)
        trainer = text("training_trainer", data.trainer, NAME_MAX, required=True)
        industry = self._industry(s, data.industry)
        seen: set[str] = set()
        total = 0
        for a in data.attendance:
            code = normalize(a.uscc)
            if code in seen:
                raise ValidationError("training_enterprise", "training_twice", {"value": code})
            seen.add(code)
            total += people("training_enterprise", a.people)
        count = data.people or total
        people("training_people", count)
        if count < total:
            raise ValidationError("training_people", "training_people_sum",
                                  {"value": count, "total": total})  # fmt: skip
        t.held_on, t.place, t.topic, t.trainer = data.held_on, place, topic, trainer
        t.industry, t.people = industry, count
        t.materials = (data.materials or "").strip()
        t.materials_path = text("training_materials_path", data.materials_path, PATH_MAX)

    @staticmethod
    def _industry(s: Session, value: str) -> str:
        """An industry of the table, by name or by its section letter (``E`` -> 建筑业)."""
        typed = (value or "").strip()
        if not typed:
            raise ValidationError("training_industry", "required")
        rows = s.execute(select(Industry.code, Industry.name)).all()
        for code, name in rows:
            if typed == name or typed.upper() == code:
                return str(name)
        raise ValidationError(
            "training_industry", "unknown_choice",
            {"value": typed, "choices": "、".join(n for _c, n in rows)},
        )  # fmt: skip

    def _attend(self, s: Session, t: TrainingSession, data: TrainingInput) -> None:
        for a in data.attendance:
            code = normalize(a.uscc)
            eid = s.scalar(
                select(Enterprise.id).where(
                    Enterprise.uscc == code, Enterprise.deleted_at.is_(None)
                )
            )
            if eid is None:
                raise ValidationError("training_enterprise", "unknown_enterprise", {"value": code})
            s.add(TrainingAttendance(session_id=t.id, enterprise_id=eid, people=a.people,
                                     **self.db.stamp()))  # fmt: skip


def counts(s: Session, start: dt.date, end: dt.date) -> TrainingCounts:
    """:meth:`TrainingService.counts` inside an open transaction (the quarterly report's)."""
    window = (TrainingSession.held_on >= start, TrainingSession.held_on <= end)
    sessions, trained = s.execute(
        select(func.count(TrainingSession.id), func.coalesce(func.sum(TrainingSession.people), 0))
        .where(*window)
    ).one()  # fmt: skip
    reached = s.scalar(
        select(func.count(func.distinct(TrainingAttendance.enterprise_id)))
        .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
        .where(*window)
    )  # fmt: skip
    return TrainingCounts(int(sessions or 0), int(reached or 0), int(trained or 0))


def _attendance(s: Session, ids: builtins.list[str]) -> dict[str, builtins.list[AttendanceRow]]:
    out: dict[str, builtins.list[AttendanceRow]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        rows = s.execute(
            select(TrainingAttendance.session_id, Enterprise.id, Enterprise.uscc, Enterprise.name,
                   TrainingAttendance.people)
            .join(Enterprise, Enterprise.id == TrainingAttendance.enterprise_id)
            .where(TrainingAttendance.session_id.in_(chunk))
            .order_by(Enterprise.uscc)
        ).all()  # fmt: skip
        for sid, eid, uscc, name, n in rows:
            out.setdefault(sid, []).append(AttendanceRow(eid, uscc, name, n))
    return out


def _row(t: TrainingSession, attendance: Iterable[AttendanceRow]) -> TrainingRow:
    return TrainingRow(
        t.id, t.held_on, t.place, t.topic, t.trainer, t.industry, t.people, t.materials,
        t.materials_path, tuple(attendance),
    )  # fmt: skip
