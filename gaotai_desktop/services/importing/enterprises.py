"""Enterprise imports: check each row, compare with the register, write new and changed rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from ... import texts as messages
from ...data.models import Enterprise, new_id, table_of
from ...domain.choices import ChoiceNormaliser
from ...domain.errors import ImportProblem, ValidationError
from ...domain.import_format import ENTERPRISE_COLUMNS, ENTERPRISES
from ...domain.rows import EnterpriseInput
from ...domain.validation import enterprise_problems
from ...files.spreadsheets import Sheet, SheetRow
from ..choices import choice_normaliser
from .cells import (
    _hazard_text,
    cell_problems,
    cell_text,
    lost_digits,
    numeric_display,
    parse_bool,
    parse_date,
    phone_problem,
)
from .common import ImportDifference, ImportResult, _chunks, _Columns, _Plan, _problem, _Progress


def analyse_enterprises(
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
    fields_in_file = [f for _, f in ENTERPRISE_COLUMNS if f in cols.index and f != "uscc"]
    existing = {
        r.uscc: r
        for r in session.execute(
            select(
                Enterprise.id,
                Enterprise.uscc,
                Enterprise.row_version,
                Enterprise.deleted_at,
                *(getattr(Enterprise, f) for f in fields_in_file),
            )
        )
    }
    clean_rows = _read_rows(plan, sheet, cols, normaliser, today, progress)
    plan.notices.extend(plan.choices.notices())
    if plan.problems:
        return
    for row, clean in clean_rows:
        _plan_row(plan, cols, row, clean, existing.get(clean.uscc), fields_in_file, update, stamp)
    if plan.differences:
        if update:
            plan.notices.append(
                messages.import_text(
                    "notice_differences_update",
                    {"count": len(plan.differences), "restored": plan.restored},
                )
            )
        else:
            plan.notices.append(
                messages.import_text("notice_differences", {"count": len(plan.differences)})
            )


def _read_rows(
    plan: _Plan,
    sheet: Sheet,
    cols: _Columns,
    normaliser: ChoiceNormaliser,
    today: dt.date,
    progress: _Progress | None,
) -> list[tuple[SheetRow, EnterpriseInput]]:
    """Each row checked and normalised; a credit code twice in the file is a problem."""
    seen: dict[str, list[int]] = {}
    clean_rows: list[tuple[SheetRow, EnterpriseInput]] = []
    for row in sheet.rows:
        if progress is not None:
            progress.step()
        bad_cells = cell_problems(row, cols)
        if bad_cells:
            plan.problems.extend(bad_cells)
            continue
        clean = _enterprise_row(plan, row, cols, normaliser, today)
        if clean is None:
            continue
        seen.setdefault(clean.uscc, []).append(row.number)
        clean_rows.append((row, clean))
    for uscc, rows in seen.items():
        if len(rows) > 1:
            for number in rows:
                plan.problems.append(
                    ImportProblem(
                        number,
                        cols.name("uscc"),
                        "duplicate_uscc",
                        {"uscc": uscc, "rows": rows},
                    )
                )
    return clean_rows


def _plan_row(
    plan: _Plan,
    cols: _Columns,
    row: SheetRow,
    clean: EnterpriseInput,
    old: Any,
    fields_in_file: list[str],
    update: bool,
    stamp: dict[str, object],
) -> None:
    """A new enterprise, an unchanged one, or a difference (an update with ``update``)."""
    values = {f: getattr(clean, f) for f in fields_in_file}
    if old is None:
        plan.inserts.append(_enterprise_insert(clean, stamp))
        return
    changes: list[tuple[str, str, str]] = []
    if old.deleted_at is not None:
        changes.append(("状态", "已删除", "恢复"))
    for f in fields_in_file:
        before, after = getattr(old, f), values[f]
        if f == "hazard":
            if bool(before) != after:
                changes.append((cols.name(f), _hazard_text(bool(before)), _hazard_text(after)))
        elif f == "hazard_date":
            if before != after:
                changes.append((cols.name(f), _date_text(before), _date_text(after)))
        elif (before or "") != after:
            changes.append((cols.name(f), before or "", after))
    if not changes:
        plan.unchanged += 1
        return
    plan.differences.append(ImportDifference(row.number, clean.uscc, clean.name, tuple(changes)))
    if update:
        values.update(
            id=old.id,
            updated_at=stamp["updated_at"],
            updated_by=stamp["updated_by"],
            row_version=(old.row_version or 0) + 1,
            deleted_at=None,
            deleted_by=None,
        )
        plan.updates.append(values)
        if old.deleted_at is not None:
            plan.restored += 1


def _date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _enterprise_row(
    plan: _Plan,
    row: SheetRow,
    cols: _Columns,
    normaliser: ChoiceNormaliser,
    today: dt.date,
) -> EnterpriseInput | None:
    problems: list[ImportProblem] = []
    raw_uscc = cols.get(row, "uscc")
    numeric = numeric_display(raw_uscc)
    hazard = False
    if "hazard" in cols.index:
        raw = cols.get(row, "hazard")
        try:
            hazard = parse_bool(raw)
        except ValueError:
            problems.append(
                ImportProblem(
                    row.number, cols.name("hazard"), "bool", {"value": cell_text(raw).strip()}
                )
            )
    hazard_date = _hazard_date(row, cols, problems)
    phone = phone_problem(row, cols)
    if phone is not None:
        problems.append(phone)
    texts: dict[str, Any] = {
        f: cell_text(cols.get(row, f))
        for _, f in ENTERPRISE_COLUMNS
        if f not in ("uscc", "hazard", "hazard_date")
    }
    for fld in ("industry", "township", "authority"):
        if fld in cols.index:
            choice = normaliser.choice(fld, texts[fld])
            # a township outside the list is refused below (a closed list); industries and
            # authorities outside it are kept as typed, with a notice
            if choice.known or fld != "township":
                plan.choices.note(row.number, cols.name(fld), texts[fld], choice)
            texts[fld] = choice.value
    data = EnterpriseInput(
        uscc=cell_text(raw_uscc), hazard=hazard, hazard_date=hazard_date, **texts
    )
    townships = normaliser.lists.townships
    clean, errors = enterprise_problems(data, townships=townships, today=today)
    for err in errors:
        if err.field == "uscc" and (numeric is not None or lost_digits(data.uscc)):
            err = ValidationError("uscc", "numeric_cell", {"value": numeric or data.uscc})
        problems.append(_problem(row.number, cols.name(err.field), err))
    if problems:
        plan.problems.extend(problems)
        return None
    return clean


def _hazard_date(row: SheetRow, cols: _Columns, problems: list[ImportProblem]) -> dt.date | None:
    """The optional 隐患发现日期 (a date in the future is refused by the validation)."""
    if "hazard_date" not in cols.index:
        return None
    raw = cols.get(row, "hazard_date")
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        value = parse_date(raw)
    except (ValueError, OverflowError):
        text = cell_text(raw).strip()
        problems.append(ImportProblem(row.number, cols.name("hazard_date"), "date_format",
                                      {"value": text}))  # fmt: skip
        return None
    if value < MIN_HAZARD_DATE:
        problems.append(ImportProblem(row.number, cols.name("hazard_date"), "date_too_early",
                                      {"value": value.isoformat(),
                                       "min": MIN_HAZARD_DATE.isoformat()}))  # fmt: skip
        return None
    return value


#: 隐患发现日期 before this are typing errors (1900-01-01 was the old placeholder).
MIN_HAZARD_DATE = dt.date(2000, 1, 1)


def write_enterprises(
    session: Session, plan: _Plan, update: bool, ticker: _Progress
) -> ImportResult:
    for chunk in _chunks(plan.inserts):
        session.execute(insert(table_of(Enterprise)), chunk)
        ticker.step(len(chunk))
    if update:
        for chunk in _chunks(plan.updates):
            session.execute(sql_update(Enterprise), chunk)
            ticker.step(len(chunk))
    updated = len(plan.updates) if update else 0
    return ImportResult(
        kind=ENTERPRISES,
        created=len(plan.inserts),
        updated=updated,
        skipped=plan.unchanged + (len(plan.differences) - updated),
        notices=tuple(plan.notices),
        **plan.result_facts(),
    )


# -- incidents ------------------------------------------------------------------------


def _enterprise_insert(clean: EnterpriseInput, stamp: dict[str, object]) -> dict[str, Any]:
    return {
        "id": new_id(),
        "uscc": clean.uscc,
        "name": clean.name,
        "industry": clean.industry,
        "township": clean.township,
        "authority": clean.authority,
        "legal_representative": clean.legal_representative,
        "contact_person": clean.contact_person,
        "phone": clean.phone,
        "address": clean.address,
        "hazard": clean.hazard,
        "hazard_date": clean.hazard_date,
        "hazard_source": clean.hazard_source,
        "hazard_reference": clean.hazard_reference,
        "hazard_description": clean.hazard_description,
        "uscc_override_reason": "",
        "deleted_at": None,
        "deleted_by": None,
        **stamp,
    }
