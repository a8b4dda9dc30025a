"""Incident imports: one row per injured person, rows sharing a 事故编号 are one accident."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ... import texts as messages
from ...data.models import Accident, AccidentCategory, Enterprise, InjuredPerson, new_id
from ...domain.errors import ValidationError
from ...domain.identifiers import validate_id_number, validate_uscc
from ...domain.import_format import INCIDENTS
from ...domain.reference import SEVERITIES
from ...domain.tiers import Outcome
from ...domain.validation import MAX_LEN
from ...files.spreadsheets import Sheet, SheetRow
from .cells import _clean, cell_text, lost_digits, numeric_display, parse_date
from .common import (
    ImportProblem,
    ImportResult,
    _add_capped,
    _chunks,
    _Columns,
    _Plan,
    _problem,
    _Progress,
)

OUTCOMES: tuple[str, ...] = tuple(o.value for o in Outcome)


def analyse_incidents(
    session: Session,
    plan: _Plan,
    sheet: Sheet,
    cols: _Columns,
    today: dt.date,
    progress: _Progress | None,
    stamp: dict[str, object],
) -> None:
    categories = set(session.scalars(select(AccidentCategory.name)))
    enterprises = {
        r.uscc: r
        for r in session.execute(
            select(Enterprise.id, Enterprise.uscc, Enterprise.name, Enterprise.deleted_at)
        )
    }
    by_id = {r.id: r for r in enterprises.values()}
    existing_keys: dict[str, str] = {}
    existing_nos: dict[str, str] = {}
    for key, no, enterprise_id in session.execute(
        select(Accident.import_key, Accident.accident_no, Accident.enterprise_id)
    ):
        if key:
            existing_keys[key] = enterprise_id
        if no:
            existing_nos[no] = enterprise_id

    groups: dict[str, _Group] = {}
    uscc_cache: dict[str, str | ValidationError] = {}
    for row in sheet.rows:
        if progress is not None:
            progress.step()
        parsed = _incident_row(plan, row, cols, today, categories, enterprises, uscc_cache)
        if parsed is None:
            continue
        _group(plan, cols, groups, parsed)
    if plan.problems:
        return

    skipped_accidents = 0
    mixed: list[str] = []
    for key, group in groups.items():
        first = group.rows[0]
        found = existing_keys.get(key)
        if found is None and first.accident_no:
            found = existing_nos.get(first.accident_no)
        if found is not None:
            if first.accident_no and found != first.enterprise_id:
                other = by_id.get(found)
                plan.problems.append(
                    ImportProblem(
                        first.row,
                        cols.name("accident_no"),
                        "accident_enterprise_mismatch",
                        {
                            "accident_no": first.accident_no,
                            "uscc": other.uscc if other else "",
                            "name": other.name if other else "",
                        },
                    )
                )
            skipped_accidents += 1
            plan.unchanged += len(group.rows)
            continue
        mixed.extend(group.mixed_notices(cols))
        accident_id = new_id()
        descriptions: list[str] = []
        for r in group.rows:
            if r.description and r.description not in descriptions:
                descriptions.append(r.description)
        plan.accidents.append(
            {
                "id": accident_id,
                "enterprise_id": first.enterprise_id,
                "accident_no": first.accident_no or None,
                "import_key": key,
                "occurred_on": first.occurred_on,
                "place": first.place,
                "category": first.category,
                "description": "\n".join(descriptions),
                "voided": False,
                "void_reason": "",
                "deleted_at": None,
                "deleted_by": None,
                **stamp,
            }
        )
        for seq, r in enumerate(group.rows):
            plan.persons.append(
                {
                    "id": new_id(),
                    "accident_id": accident_id,
                    "seq": seq,
                    "name": r.person_name,
                    "id_number": r.id_number,
                    "severity": r.severity,
                    "outcome": r.outcome,
                    **stamp,
                }
            )
    if plan.problems:
        return
    _add_capped(plan.notices, mixed)
    if skipped_accidents:
        plan.notices.append(
            messages.import_text(
                "notice_existing_accidents",
                {"count": skipped_accidents, "rows": plan.unchanged},
            )
        )


def _incident_row(
    plan: _Plan,
    row: SheetRow,
    cols: _Columns,
    today: dt.date,
    categories: set[str],
    enterprises: dict[str, Any],
    uscc_cache: dict[str, str | ValidationError],
) -> _IncidentRow | None:
    problems: list[ImportProblem] = []
    n = row.number

    def fail(fld: str, code: str, **detail: Any) -> None:
        problems.append(ImportProblem(n, cols.name(fld), code, detail))

    def text(fld: str) -> str:
        value = _clean(cell_text(cols.get(row, fld)))
        limit = MAX_LEN.get(fld)
        if limit and len(value) > limit:
            fail(fld, "too_long", max=limit)
        return value

    accident_no = _clean(cell_text(cols.get(row, "accident_no")))
    if len(accident_no) > MAX_LEN["accident_no"]:
        fail("accident_no", "too_long", max=MAX_LEN["accident_no"])

    raw_uscc = cols.get(row, "uscc")
    uscc = ""
    enterprise_id = ""
    numeric = numeric_display(raw_uscc)
    uscc_text = cell_text(raw_uscc)
    checked = uscc_cache.get(uscc_text)
    if checked is None:
        try:
            checked = validate_uscc(uscc_text)
        except ValidationError as err:
            checked = err
        uscc_cache[uscc_text] = checked
    if isinstance(checked, str):
        uscc = checked
    else:
        reason = checked
        if numeric is not None or lost_digits(uscc_text):
            reason = ValidationError("uscc", "numeric_cell", {"value": numeric or uscc_text})
        problems.append(_problem(n, cols.name("uscc"), reason))
    if uscc:
        enterprise = enterprises.get(uscc)
        if enterprise is None:
            fail("uscc", "unknown_enterprise", uscc=uscc)
        elif enterprise.deleted_at is not None:
            fail("uscc", "enterprise_deleted", uscc=uscc, name=enterprise.name)
        else:
            enterprise_id = enterprise.id

    raw_date = cols.get(row, "occurred_on")
    occurred_on: dt.date | None = None
    if raw_date is None or (isinstance(raw_date, str) and not raw_date.strip()):
        fail("occurred_on", "required")
    else:
        try:
            occurred_on = parse_date(raw_date)
        except ValueError:
            fail("occurred_on", "date_format", value=cell_text(raw_date).strip())
        else:
            if occurred_on > today:
                fail("occurred_on", "date_future", value=occurred_on.isoformat())
                occurred_on = None

    place = text("place")
    category = text("category")
    if category and category not in categories:
        fail("category", "unknown_choice", value=category, choices=sorted(categories))
    description = cell_text(cols.get(row, "description")).strip()

    person_name = text("person_name")
    if not person_name:
        fail("person_name", "required")

    raw_id = cols.get(row, "id_number")
    id_number = ""
    numeric_id = numeric_display(raw_id)
    if numeric_id is not None:
        fail("id_number", "numeric_cell", value=numeric_id)
    elif cell_text(raw_id).strip():
        try:
            id_number = validate_id_number(cell_text(raw_id), today)
        except ValidationError as err:
            reason = err
            if lost_digits(cell_text(raw_id)):
                reason = ValidationError("id_number", "numeric_cell", {"value": cell_text(raw_id)})
            problems.append(_problem(n, cols.name("id_number"), reason))

    severity = text("severity")
    if severity and severity not in SEVERITIES:
        fail("severity", "unknown_choice", value=severity, choices=list(SEVERITIES))
    outcome = text("outcome") or Outcome.PENDING.value
    if outcome not in OUTCOMES:
        fail("outcome", "unknown_choice", value=outcome, choices=list(OUTCOMES))

    if problems:
        plan.problems.extend(problems)
        return None
    assert occurred_on is not None
    return _IncidentRow(
        row=n,
        accident_no=accident_no,
        uscc=uscc,
        enterprise_id=enterprise_id,
        occurred_on=occurred_on,
        place=place,
        category=category,
        description=description,
        person_name=person_name,
        id_number=id_number,
        severity=severity,
        outcome=outcome,
    )


def _group(plan: _Plan, cols: _Columns, groups: dict[str, _Group], r: _IncidentRow) -> None:
    if not r.accident_no:
        key = unnumbered_key(r)
        group = groups.get(key)
        if group is not None:
            first = group.rows[0].row
            plan.problems.append(ImportProblem(r.row, None, "duplicate_row", {"rows": [first]}))
            return
        groups[key] = _Group([r])
        return
    key = numbered_key(r.accident_no)
    group = groups.get(key)
    if group is None:
        groups[key] = _Group([r])
        return
    first = group.rows[0]
    for fld, a, b in (
        ("uscc", first.uscc, r.uscc),
        ("occurred_on", first.occurred_on.isoformat(), r.occurred_on.isoformat()),
        ("place", first.place, r.place),
    ):
        if a != b:
            plan.problems.append(
                ImportProblem(
                    r.row,
                    cols.name(fld),
                    "accident_mismatch",
                    {
                        "accident_no": r.accident_no,
                        "first_row": first.row,
                        "first_value": a,
                        "value": b,
                    },
                )
            )
    if r.id_number:
        for other in group.rows:
            if other.id_number == r.id_number:
                plan.problems.append(
                    ImportProblem(
                        r.row,
                        cols.name("id_number"),
                        "duplicate_person",
                        {"first_row": other.row, "accident_no": r.accident_no},
                    )
                )
                break
    group.rows.append(r)


def write_incidents(session: Session, plan: _Plan, ticker: _Progress) -> ImportResult:
    ticker.step(plan.unchanged)
    for chunk in _chunks(plan.accidents):
        session.execute(insert(Accident.__table__), chunk)
    for chunk in _chunks(plan.persons):
        session.execute(insert(InjuredPerson.__table__), chunk)
        ticker.step(len(chunk))
    return ImportResult(
        kind=INCIDENTS,
        created=len(plan.persons),
        updated=0,
        skipped=plan.unchanged,
        accidents=len(plan.accidents),
        persons=len(plan.persons),
        notices=tuple(plan.notices),
    )


# --------------------------------------------------------------------------------------------
# Incident rows and accident keys


@dataclass(frozen=True, slots=True)
class _IncidentRow:
    row: int
    accident_no: str
    uscc: str
    enterprise_id: str
    occurred_on: dt.date
    place: str
    category: str
    description: str
    person_name: str
    id_number: str
    severity: str
    outcome: str


@dataclass
class _Group:
    """Rows of one accident (several rows share a 事故编号)."""

    rows: list[_IncidentRow]

    def mixed_notices(self, cols: _Columns) -> list[str]:
        """Rows of one numbered accident naming different categories: the first row's is kept."""
        first = self.rows[0]
        values: list[str] = []
        for r in self.rows:
            if r.category not in values:
                values.append(r.category)
        if len(values) < 2:
            return []
        return [
            messages.import_text(
                "notice_accident_values",
                {
                    "accident_no": first.accident_no,
                    "column": cols.name("category"),
                    "values": [v or "空" for v in values],
                    "row": first.row,
                    "value": first.category,
                },
            )
        ]


def numbered_key(accident_no: str) -> str:
    return "no:" + accident_no


def unnumbered_key(r: _IncidentRow) -> str:
    """``h:`` + SHA-1 over what identifies an accident without a number (stable across imports)."""
    parts = (
        r.uscc,
        r.occurred_on.isoformat(),
        r.place,
        r.category,
        r.description,
        r.person_name,
        r.id_number,
    )
    return "h:" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
