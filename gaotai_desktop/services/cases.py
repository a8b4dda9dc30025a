"""Work-injury recognition cases (工伤认定): intake, the legal steps and their statutory clocks.

Every step is one public call and one transaction: the move is checked against
:func:`~gaotai_desktop.domain.cases.next_state` and the dates before anything is written, and a
:class:`~gaotai_desktop.data.models.CaseEvent` records who, when and why. The running clock and
its due date are stored on the case (``clock``, ``due_on``), so lists and the overdue count read
them without counting again.

A case is linked to the accident register: an application for an accident not yet recorded
records it (with the worker as its injured person), so the tiers stay right; the decision's
outcome becomes that person's recognition outcome, and so moves the enterprise's tier.
"""

from __future__ import annotations

import builtins
import datetime as dt
import re

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ..data.models import (
    Accident,
    CaseEvent,
    CaseMaterial,
    CaseSuspension,
    Enterprise,
    InjuredPerson,
    RecognitionCase,
)
from ..domain.calendar import WorkCalendar, parse_tables
from ..domain.cases import (
    MATERIALS,
    PERSON_OUTCOMES,
    Applicant,
    CaseEventRow,
    CaseInput,
    CaseOutcome,
    CaseRow,
    CaseState,
    Channel,
    Clock,
    MaterialRow,
    Step,
    acceptance_due,
    application_due,
    decision_due,
    masked_worker,
    next_state,
    running_clock,
    service_due,
    step_for_outcome,
    suspended_days,
)
from ..domain.deadlines import Due
from ..domain.errors import NotFound, ValidationError
from ..domain.identifiers import normalize, validate_id_number
from ..domain.loop import DUE_SOON_DAYS, urgency
from .base import Database
from .office import OfficeService

#: Separators of the items of a one-time list of missing materials.
_ITEM_SPLIT = re.compile(r"[、,，;；\n]+")


class CaseService:
    """Recognition cases from intake to the decision's service, with their running clocks."""

    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db = db
        self.office = office

    def _calendar(self) -> WorkCalendar:
        return WorkCalendar(parse_tables(self.office.get().holidays))

    # -- reading ------------------------------------------------------------------------------
    def list(self, as_of: dt.date, *, overdue_only: bool = False) -> builtins.list[CaseRow]:
        """Every case with its running clock, days left and whether it is overdue at ``as_of``."""
        with self.db.transaction() as s:
            stmt = _select().order_by(RecognitionCase.applied_on, RecognitionCase.created_at)
            rows = [_row(r[0], r[1], as_of) for r in s.execute(stmt).all()]
        return [r for r in rows if r.overdue] if overdue_only else rows

    def get(self, ref: str, as_of: dt.date) -> CaseRow:
        with self.db.transaction() as s:
            case = _find(s, ref)
            return _one(s, case.id, as_of)

    def counts(self, as_of: dt.date) -> tuple[int, int]:
        """(overdue, due soon) cases, for the tab and the status bar."""
        rows = self.list(as_of)
        overdue = sum(1 for r in rows if r.overdue)
        soon = sum(
            1 for r in rows if not r.overdue and r.days_left is not None
            and r.days_left <= DUE_SOON_DAYS
        )  # fmt: skip
        return overdue, soon

    def history(self, ref: str) -> builtins.list[CaseEventRow]:
        with self.db.transaction() as s:
            case = _find(s, ref)
            events = s.scalars(
                select(CaseEvent)
                .where(CaseEvent.case_id == case.id)
                .order_by(CaseEvent.on_date, CaseEvent.created_at)
            )
            return [
                CaseEventRow(e.step, e.from_state, e.to_state, e.on_date, e.reason, e.due_on,
                             e.created_by, e.created_at)
                for e in events
            ]  # fmt: skip

    def materials(self, ref: str) -> builtins.list[MaterialRow]:
        with self.db.transaction() as s:
            case = _find(s, ref)
            items = s.scalars(
                select(CaseMaterial)
                .where(CaseMaterial.case_id == case.id)
                .order_by(CaseMaterial.created_at, CaseMaterial.item)
            )
            return [MaterialRow(m.item, m.received, m.received_on) for m in items]

    # -- intake -------------------------------------------------------------------------------
    def add(self, data: CaseInput, *, today: dt.date) -> CaseRow:
        """Take an application: the worker, the employer, the accident (recorded when it is not
        yet), the materials checklist (all received on the application date until a one-time
        list says otherwise) and the acceptance clock. A late application is refused unless
        ``late_confirmation`` records who confirmed taking it and why."""
        name = data.worker_name.strip()
        if not name:
            raise ValidationError("worker_name", "required")
        id_number = validate_id_number(data.id_number, today)
        applicant = _choice("case_applicant", data.applicant, Applicant)
        channel = _choice("case_channel", data.channel, Channel)
        if data.accident_date > today:
            raise ValidationError("accident_date", "date_future", {"value": data.accident_date})
        if data.applied > today:
            raise ValidationError("applied_on", "date_future", {"value": data.applied})
        if data.applied < data.accident_date:
            raise ValidationError(
                "applied_on", "case_before_accident",
                {"value": data.applied, "accident_date": data.accident_date},
            )  # fmt: skip
        calendar = self._calendar()
        limit = application_due(data.accident_date, applicant, calendar)
        late = data.applied > limit.due
        confirmation = data.late_confirmation.strip()
        if late and not confirmation:
            raise ValidationError(
                "late_confirmation", "case_late",
                {"value": data.applied, "due": limit.due, "applicant": applicant},
            )  # fmt: skip
        due = acceptance_due(data.applied, calendar)
        with self.db.transaction(immediate=True) as s:
            uscc = normalize(data.uscc)
            ent = s.scalar(
                select(Enterprise).where(Enterprise.uscc == uscc, Enterprise.deleted_at.is_(None))
            )
            if ent is None:
                raise ValidationError("uscc", "unknown_enterprise", {"value": uscc})
            accident_id = self._accident(s, ent, data, name, id_number)
            case = RecognitionCase(
                applicant_kind=applicant, worker_name=name, id_number=id_number,
                enterprise_id=ent.id, accident_id=accident_id,
                accident_date=data.accident_date, applied_on=data.applied, channel=channel,
                state=CaseState.APPLIED, simple=False, late=late,
                late_confirmation=confirmation if late else "", **self.db.stamp(),
            )  # fmt: skip
            _set_due(case, Clock.ACCEPTANCE, due)
            s.add(case)
            s.flush()
            for item in MATERIALS:
                s.add(
                    CaseMaterial(case_id=case.id, item=item, received=True,
                                 received_on=data.applied, **self.db.stamp())
                )  # fmt: skip
            reason = f"逾期申请，已确认：{confirmation}" if late else ""
            s.add(_event(self.db, case, "apply", "", CaseState.APPLIED, data.applied, reason))
            s.flush()
            return _one(s, case.id, today)

    def _accident(
        self, s: Session, ent: Enterprise, data: CaseInput, name: str, id_number: str
    ) -> str:
        """The accident the application is about: the one given, else the enterprise's accident
        of that day naming the worker, else one of that day (the worker added as an injured
        person), else a new one recorded now."""
        if data.accident_id:
            acc = s.get(Accident, data.accident_id)
            if acc is None or acc.deleted_at is not None or acc.enterprise_id != ent.id:
                raise NotFound("accident", data.accident_id)
            if _person(s, acc.id, name, id_number) is None:
                self._add_person(s, acc.id, name, id_number)
            return acc.id
        same_day = list(
            s.scalars(
                select(Accident)
                .where(
                    Accident.enterprise_id == ent.id,
                    Accident.occurred_on == data.accident_date,
                    Accident.deleted_at.is_(None),
                    Accident.voided.is_(False),
                )
                .order_by(Accident.created_at)
            )
        )
        for acc in same_day:
            if _person(s, acc.id, name, id_number) is not None:
                return acc.id
        if same_day:
            self._add_person(s, same_day[0].id, name, id_number)
            return same_day[0].id
        acc = Accident(
            enterprise_id=ent.id, occurred_on=data.accident_date,
            description="工伤认定申请登记时录入", **self.db.stamp(),
        )  # fmt: skip
        s.add(acc)
        s.flush()
        self._add_person(s, acc.id, name, id_number)
        return acc.id

    def _add_person(self, s: Session, accident_id: str, name: str, id_number: str) -> None:
        seqs = s.scalars(select(InjuredPerson.seq).where(InjuredPerson.accident_id == accident_id))
        seq = max(seqs, default=-1) + 1
        s.add(
            InjuredPerson(accident_id=accident_id, seq=seq, name=name, id_number=id_number,
                          severity="", outcome="待认定", **self.db.stamp())
        )  # fmt: skip
        s.flush()

    # -- the steps ----------------------------------------------------------------------------
    def missing(self, ref: str, *, on: dt.date, items: str, today: dt.date) -> CaseRow:
        """The one-time written list of all missing materials (一次性告知): the acceptance clock
        stops until the last item arrives."""
        names = [i.strip() for i in _ITEM_SPLIT.split(items) if i.strip()]
        if not names:
            raise ValidationError("case_items", "required")
        with self.db.transaction(immediate=True) as s:
            case, new = self._begin(s, ref, Step.MISSING, on, today)
            existing = {
                m.item: m for m in s.scalars(
                    select(CaseMaterial).where(CaseMaterial.case_id == case.id)
                )
            }  # fmt: skip
            for item in names:
                material = existing.get(item)
                if material is None:
                    s.add(CaseMaterial(case_id=case.id, item=item, received=False,
                                       received_on=None, **self.db.stamp()))  # fmt: skip
                elif material.received:
                    material.received, material.received_on = False, None
                    self.db.touch(material)
            _set_due(case, None, None)
            return self._finish(s, case, new, Step.MISSING, on, "、".join(names), today)

    def complete(self, ref: str, *, on: dt.date, today: dt.date) -> CaseRow:
        """The last missing item arrived on ``on``: a new 15 days to accept run from that day."""
        with self.db.transaction(immediate=True) as s:
            case, new = self._begin(s, ref, Step.COMPLETE, on, today)
            missing = s.scalars(
                select(CaseMaterial).where(
                    CaseMaterial.case_id == case.id, CaseMaterial.received.is_(False)
                )
            )
            for material in missing:
                material.received, material.received_on = True, on
                self.db.touch(material)
            _set_due(case, Clock.ACCEPTANCE, acceptance_due(on, self._calendar()))
            return self._finish(s, case, new, Step.COMPLETE, on, "", today)

    def accept(self, ref: str, *, on: dt.date, today: dt.date, simple: bool = False) -> CaseRow:
        """受理: the decision is due 60 days later (15 for a simple case)."""
        with self.db.transaction(immediate=True) as s:
            case, new = self._begin(s, ref, Step.ACCEPT, on, today)
            case.accepted_on, case.simple = on, simple
            due = decision_due(on, self._calendar(), simple=simple)
            case.decision_nominal = due.nominal
            _set_due(case, Clock.DECISION, due)
            return self._finish(s, case, new, Step.ACCEPT, on, "简易程序" if simple else "", today)

    def not_accept(
        self, ref: str, *, on: dt.date, today: dt.date, article: str = "", reason: str = ""
    ) -> CaseRow:
        """不予受理: the decision not to accept is served within 20 days."""
        return self.decide(
            ref, on=on, today=today, outcome=CaseOutcome.NOT_ACCEPTED, article=article,
            reason=reason,
        )  # fmt: skip

    def suspend(self, ref: str, *, on: dt.date, reason: str, today: dt.date) -> CaseRow:
        """中止 while a court's or an authority's conclusion is pending: the decision clock
        stands still until the case resumes."""
        if not reason.strip():
            raise ValidationError("case_reason", "required")
        with self.db.transaction(immediate=True) as s:
            case, new = self._begin(s, ref, Step.SUSPEND, on, today)
            s.add(CaseSuspension(case_id=case.id, suspended_on=on, reason=reason.strip(),
                                 **self.db.stamp()))  # fmt: skip
            _set_due(case, None, None)
            return self._finish(s, case, new, Step.SUSPEND, on, reason.strip(), today)

    def resume(self, ref: str, *, on: dt.date, today: dt.date, reason: str = "") -> CaseRow:
        """恢复: the decision is due the days suspended later than before (the unmoved last day
        extended, then moved off a rest day)."""
        with self.db.transaction(immediate=True) as s:
            case, new = self._begin(s, ref, Step.RESUME, on, today)
            self._close_suspension(s, case, on)
            _set_due(case, Clock.DECISION, self._decision_due(s, case, on))
            return self._finish(s, case, new, Step.RESUME, on, reason.strip(), today)

    def decide(
        self, ref: str, *, on: dt.date, outcome: str, today: dt.date, article: str = "",
        reason: str = "",
    ) -> CaseRow:  # fmt: skip
        """The decision (认定工伤, 视同工伤, 不予认定), 不予受理 or 终止, with the article relied on.
        A recognition outcome becomes the worker's outcome on the accident (the tier moves);
        the decision is then served within 20 days."""
        step = step_for_outcome(outcome)
        value = CaseOutcome(outcome.strip())
        with self.db.transaction(immediate=True) as s:
            case, new = self._begin(s, ref, step, on, today)
            if step is Step.TERMINATE and case.state == CaseState.SUSPENDED:
                self._close_suspension(s, case, on)
            case.decided_on, case.outcome, case.article = on, value, article.strip()
            if value in PERSON_OUTCOMES and case.accident_id:
                person = _person(s, case.accident_id, case.worker_name, case.id_number)
                if person is not None and person.outcome != value:
                    person.outcome = value
                    self.db.touch(person)
            _set_due(case, Clock.SERVICE, service_due(on, self._calendar()))
            text = "，".join(x for x in (str(value), article.strip(), reason.strip()) if x)
            return self._finish(s, case, new, step, on, text, today)

    def served(self, ref: str, *, on: dt.date, today: dt.date) -> CaseRow:
        """The decision was served on ``on``: no clock runs any more."""
        with self.db.transaction(immediate=True) as s:
            case, new = self._begin(s, ref, Step.SERVE, on, today)
            case.served_on = on
            _set_due(case, None, None)
            return self._finish(s, case, new, Step.SERVE, on, "", today)

    # -- helpers ------------------------------------------------------------------------------
    def _begin(
        self, s: Session, ref: str, step: Step, on: dt.date, today: dt.date
    ) -> tuple[RecognitionCase, CaseState]:
        """The case and its state after ``step``, once the move and the date are checked."""
        case = _find(s, ref)
        new = next_state(case.state, step)
        if on > today:
            raise ValidationError("case_date", "date_future", {"value": on})
        last = s.scalar(
            select(CaseEvent.on_date)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.on_date.desc())
            .limit(1)
        )
        if last is not None and on < last:
            raise ValidationError("case_date", "case_before_step", {"value": on, "previous": last})
        return case, new

    def _finish(
        self, s: Session, case: RecognitionCase, new: CaseState, step: Step, on: dt.date,
        reason: str, today: dt.date,
    ) -> CaseRow:  # fmt: skip
        old = case.state
        case.state = new
        self.db.touch(case)
        s.add(_event(self.db, case, step, old, new, on, reason))
        s.flush()
        return _one(s, case.id, today)

    def _close_suspension(self, s: Session, case: RecognitionCase, on: dt.date) -> None:
        span = s.scalar(
            select(CaseSuspension).where(
                CaseSuspension.case_id == case.id, CaseSuspension.resumed_on.is_(None)
            )
        )
        if span is not None:
            span.resumed_on = on
            self.db.touch(span)
            s.flush()

    def _decision_due(self, s: Session, case: RecognitionCase, as_of: dt.date) -> Due:
        spans = [
            (r[0], r[1])
            for r in s.execute(
                select(CaseSuspension.suspended_on, CaseSuspension.resumed_on).where(
                    CaseSuspension.case_id == case.id
                )
            ).all()
        ]
        assert case.accepted_on is not None  # a suspended case was accepted
        return decision_due(
            case.accepted_on, self._calendar(), simple=case.simple,
            suspended=suspended_days(spans, as_of),
        )  # fmt: skip


def _choice(field: str, value: str, kind: type[Applicant] | type[Channel]) -> str:
    try:
        return str(kind(value))
    except ValueError:
        raise ValidationError(
            field, "unknown_choice", {"value": value, "choices": "、".join(k.value for k in kind)}
        ) from None


def _set_due(case: RecognitionCase, clock: Clock | None, due: Due | None) -> None:
    case.clock = str(clock) if clock else ""
    case.due_on = due.due if due else None
    case.due_moved_by = (due.moved_by or "") if due else ""


def _event(
    db: Database, case: RecognitionCase, step: str, old: str, new: str, on: dt.date, reason: str
) -> CaseEvent:
    return CaseEvent(
        case_id=case.id, step=str(step), from_state=old, to_state=str(new), on_date=on,
        reason=reason, due_on=case.due_on, **db.stamp(),
    )  # fmt: skip


def _person(s: Session, accident_id: str, name: str, id_number: str) -> InjuredPerson | None:
    """The worker among the accident's injured persons: by ID number, else by name."""
    persons = list(s.scalars(select(InjuredPerson).where(InjuredPerson.accident_id == accident_id)))
    for p in persons:
        if id_number and p.id_number == id_number:
            return p
    for p in persons:
        if p.name == name and not p.id_number:
            return p
    return None


def _find(s: Session, ref: str) -> RecognitionCase:
    """A case by its id (or an unambiguous beginning of it, at least 8 characters)."""
    key = ref.strip()
    case = s.get(RecognitionCase, key) if key else None
    if case is None and len(key) >= 8:
        found = list(
            s.scalars(select(RecognitionCase).where(RecognitionCase.id.like(f"{key}%")).limit(2))
        )
        case = found[0] if len(found) == 1 else None
    if case is None:
        raise NotFound("case", ref)
    return case


def _select() -> Select[RecognitionCase, Enterprise]:
    return select(RecognitionCase, Enterprise).join(
        Enterprise, Enterprise.id == RecognitionCase.enterprise_id
    )


def _one(s: Session, case_id: str, as_of: dt.date) -> CaseRow:
    r = s.execute(_select().where(RecognitionCase.id == case_id)).one()
    return _row(r[0], r[1], as_of)


def _row(c: RecognitionCase, e: Enterprise, as_of: dt.date) -> CaseRow:
    clock = running_clock(c.state)
    due = c.due_on if clock else None
    days_left = (due - as_of).days if due else None
    return CaseRow(
        id=c.id, uscc=e.uscc, enterprise_name=e.name,
        worker=masked_worker(c.worker_name, c.id_number), applicant=c.applicant_kind,
        channel=c.channel, accident_date=c.accident_date, applied=c.applied_on, state=c.state,
        clock=str(clock) if clock else None, due=due,
        due_moved_by=c.due_moved_by if due else "", days_left=days_left,
        overdue=days_left is not None and days_left < 0, simple=c.simple, late=c.late,
        outcome=c.outcome, article=c.article, accident_id=c.accident_id,
        urgency=str(urgency(due, as_of)),
    )  # fmt: skip
