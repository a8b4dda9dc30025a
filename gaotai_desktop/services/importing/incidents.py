"""Incident imports: one row per injured person, rows sharing a 事故编号 are one accident.

An accident already registered (same 事故编号 after normalisation, or without one the same
enterprise, date and injured person's ID number) is not stored again: identical, it is skipped;
different, the difference is listed and applied only with ``update=True`` (as for enterprises).
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from ... import texts as messages
from ...data import tier_counts
from ...data.models import Accident, Enterprise, InjuredPerson, table_of
from ...domain.errors import ImportProblem
from ...domain.import_format import INCIDENTS
from ...files.spreadsheets import Sheet
from ..base import Database
from ..choices import choice_normaliser
from .accident_match import AccidentChanges, ExistingAccident, ExistingAccidents, compare, group_key
from .bulk import IdSource, insert_rows
from .cells import cell_problems, no_cell_problems
from .common import (
    STAMP_KEYS,
    ImportDifference,
    ImportResult,
    _add_capped,
    _chunks,
    _Columns,
    _Plan,
    _Progress,
    stamp_values,
)
from .incident_rows import RowReader, _IncidentRow, unnumbered_key


@dataclass
class _Group:
    """Rows of one accident (several rows share a 事故编号)."""

    rows: list[_IncidentRow]

    def description(self) -> str:
        if len(self.rows) == 1:
            return self.rows[0].description
        descriptions: list[str] = []
        for r in self.rows:
            if r.description and r.description not in descriptions:
                descriptions.append(r.description)
        return "\n".join(descriptions)

    def mixed_notices(self, cols: _Columns) -> list[str]:
        """Rows of one numbered accident naming different categories: the first row's is kept."""
        if len(self.rows) == 1:
            return []
        first = self.rows[0]
        values: list[str] = []
        for r in self.rows:
            if r.category not in values:
                values.append(r.category)
        if len(values) < 2:
            return []
        detail = {
            "accident_no": first.accident_no,
            "column": cols.name("category"),
            "values": [v or "空" for v in values],
            "row": first.row,
            "value": first.category,
        }
        return [messages.import_text("notice_accident_values", detail)]


def analyse_incidents(
    session: Session,
    plan: _Plan,
    sheet: Sheet,
    cols: _Columns,
    today: dt.date,
    update: bool,
    progress: _Progress | None,
    stamp: dict[str, object],
) -> None:
    normaliser = choice_normaliser(session)
    enterprises = {
        r.uscc: r
        for r in session.execute(
            select(Enterprise.id, Enterprise.uscc, Enterprise.name, Enterprise.deleted_at)
        )
    }
    reader = RowReader(cols, today, normaliser, enterprises, plan.choices)
    groups: dict[str, _Group] = {}
    clean = no_cell_problems(sheet.rows)
    for row in sheet.rows:
        if progress is not None:
            progress.step()
        bad_cells = [] if clean else cell_problems(row, cols)
        if bad_cells:
            plan.problems.extend(bad_cells)
            continue
        parsed = reader.read(row, plan.problems)
        if parsed is not None:
            _group(plan, cols, groups, parsed)
    plan.notices.extend(plan.choices.notices())
    if plan.problems:
        return
    existing = ExistingAccidents(session)
    _plan_groups(plan, cols, groups, existing, enterprises, update, stamp)


def _plan_groups(
    plan: _Plan,
    cols: _Columns,
    groups: dict[str, _Group],
    existing: ExistingAccidents,
    enterprises: dict[str, Any],
    update: bool,
    stamp: dict[str, object],
) -> None:
    by_id = {r.id: r for r in enterprises.values()}
    matched: list[tuple[_Group, str]] = []
    mixed: list[str] = []
    values = stamp_values(stamp)
    for key, group in groups.items():
        first = group.rows[0]
        found = existing.find(key, first)
        if found is None:
            mixed.extend(group.mixed_notices(cols))
            _add_accident(plan, key, group, values)
        elif first.accident_no and existing.enterprise_of[found] != first.enterprise_id:
            other = by_id.get(existing.enterprise_of[found])
            detail = {
                "accident_no": first.accident_no,
                "uscc": other.uscc if other else "",
                "name": other.name if other else "",
            }
            plan.problems.append(
                ImportProblem(
                    first.row, cols.name("accident_no"), "accident_enterprise_mismatch", detail
                )
            )
        else:
            matched.append((group, found))
    if plan.problems:
        return
    _add_capped(plan.notices, mixed)
    details = existing.details(accident_id for _, accident_id in matched)
    same = 0
    for group, accident_id in matched:
        acc = details[accident_id]
        changes = compare(acc, group.rows, group.description(), cols)
        if not changes.changes:
            same += 1
            plan.unchanged += len(group.rows)
            continue
        first = group.rows[0]
        enterprise = by_id[first.enterprise_id]
        plan.differences.append(
            ImportDifference(first.row, first.uscc, enterprise.name, tuple(changes.changes))
        )
        if update:
            _add_update(plan, acc, changes, stamp)
        else:
            plan.unchanged += len(group.rows)
    _difference_notices(plan, same, update)


def _difference_notices(plan: _Plan, same: int, update: bool) -> None:
    if same:
        detail = {"count": same, "rows": plan.unchanged}
        plan.notices.append(messages.import_text("notice_existing_accidents", detail))
    if plan.differences:
        code = "notice_accident_differences_update" if update else "notice_accident_differences"
        plan.notices.append(messages.import_text(code, {"count": len(plan.differences)}))


#: Column order of the prepared accident and person rows (:func:`.bulk.insert_rows`).
ACCIDENT_COLUMNS = (
    "id", "enterprise_id", "accident_no", "import_key", "occurred_on", "place", "category",
    "description", "voided", "void_reason", "deleted_at", "deleted_by", *STAMP_KEYS,
)  # fmt: skip
PERSON_COLUMNS = (
    "id", "accident_id", "seq", "name", "id_number", "severity", "outcome", *STAMP_KEYS,
)  # fmt: skip


#: Ids of new accidents and persons (``new_id`` made one by one was a tenth of a county's import).
new_id = IdSource()


def _person(accident_id: str, seq: int, r: _IncidentRow, stamp: tuple[Any, ...]) -> tuple[Any, ...]:
    return (
        new_id(), accident_id, seq, r.person_name, r.id_number, r.severity, r.outcome, *stamp,
    )  # fmt: skip


def _add_accident(plan: _Plan, key: str, group: _Group, stamp: tuple[Any, ...]) -> None:
    first = group.rows[0]
    accident_id = new_id()
    plan.accidents.append(
        (
            accident_id,
            first.enterprise_id,
            first.accident_no or None,
            key,
            first.occurred_on,
            first.place,
            first.category,
            group.description(),
            False,
            "",
            None,
            None,
            *stamp,
        )  # fmt: skip
    )
    for seq, r in enumerate(group.rows):
        plan.persons.append(_person(accident_id, seq, r, stamp))


def _add_update(
    plan: _Plan, acc: ExistingAccident, changes: AccidentChanges, stamp: dict[str, object]
) -> None:
    touched = {"updated_at": stamp["updated_at"], "updated_by": stamp["updated_by"]}
    if changes.accident:
        plan.updates.append(
            {"id": acc.id, **changes.accident, **touched, "row_version": acc.row_version + 1}
        )
    for person, values in changes.persons:
        version = (person.row_version or 1) + 1
        plan.person_updates.append({"id": person.id, **values, **touched, "row_version": version})
    seq = max((p.seq for p in acc.persons), default=-1) + 1
    prepared = stamp_values(stamp)
    for r in changes.new_persons:
        plan.persons.append(_person(acc.id, seq, r, prepared))
        seq += 1
    plan.updated_accidents += 1


def _group(plan: _Plan, cols: _Columns, groups: dict[str, _Group], r: _IncidentRow) -> None:
    key = group_key(r)
    group = groups.get(key)
    if group is None:
        groups[key] = _Group([r])
        return
    if not r.accident_no:
        first = group.rows[0]
        code = (
            "duplicate_row"
            if unnumbered_key(first) == unnumbered_key(r)
            else "duplicate_unnumbered"
        )
        plan.problems.append(ImportProblem(r.row, None, code, {"rows": [first.row]}))
        return
    first = group.rows[0]
    for fld, a, b in (
        ("uscc", first.uscc, r.uscc),
        ("occurred_on", first.occurred_on.isoformat(), r.occurred_on.isoformat()),
        ("place", first.place, r.place),
    ):
        if a != b:
            detail = {
                "accident_no": r.accident_no,
                "first_row": first.row,
                "first_value": a,
                "value": b,
            }
            plan.problems.append(ImportProblem(r.row, cols.name(fld), "accident_mismatch", detail))
    if r.id_number:
        for other in group.rows:
            if other.id_number == r.id_number:
                detail = {"first_row": other.row, "accident_no": r.accident_no}
                plan.problems.append(
                    ImportProblem(r.row, cols.name("id_number"), "duplicate_person", detail)
                )
                break
    group.rows.append(r)


def _counting_deferred(session: Session, plan: _Plan) -> AbstractContextManager[None]:
    """A large insert without the yearly-count triggers: the enterprises of the new accidents, and
    of the existing ones that new persons join, are counted again at its end."""
    new = {r[0] for r in plan.accidents}
    enterprises = {r[1] for r in plan.accidents}
    joined = {r[1] for r in plan.persons} - new
    rows = len(plan.accidents) + len(plan.persons)
    return tier_counts.deferred_in_session(session, enterprises, joined, rows)


def write_incidents(
    session: Session, db: Database, plan: _Plan, update: bool, ticker: _Progress
) -> ImportResult:
    ticker.step(plan.unchanged)
    with _counting_deferred(session, plan):
        insert_rows(session, db, table_of(Accident), ACCIDENT_COLUMNS, plan.accidents)
        insert_rows(
            session, db, table_of(InjuredPerson), PERSON_COLUMNS, plan.persons, progress=ticker.step
        )
    if update:
        for chunk in _chunks(plan.updates):
            session.execute(sql_update(Accident), chunk)
        for chunk in _chunks(plan.person_updates):
            session.execute(sql_update(InjuredPerson), chunk)
    return ImportResult(
        kind=INCIDENTS,
        created=len(plan.persons),
        updated=plan.updated_accidents,
        skipped=plan.unchanged,
        accidents=len(plan.accidents),
        persons=len(plan.persons),
        notices=tuple(plan.notices),
        **plan.result_facts(),
    )
