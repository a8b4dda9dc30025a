"""Import enterprises and incidents from ``.xlsx`` / ``.csv`` files (DOMAIN.md section 4).

``preview`` reads and validates a file and writes nothing; ``run`` does the same inside one
transaction and writes every row or none. Problems carry the row number (header row = 1), the
column header as written in the file and a code (texts: :func:`gaotai_desktop.texts.import_problem_text`).

Speed: reference data, existing enterprises and existing accident keys are loaded with one query each;
rows are written with bulk ``INSERT``/``UPDATE`` statements in chunks, never a query per row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from .. import texts as messages
from ..data.models import Accident, AccidentCategory, Enterprise, InjuredPerson, Township, new_id
from ..domain.errors import GaotaiError, ValidationError
from ..domain.identifiers import normalize, validate_id_number, validate_uscc
from ..domain.import_format import (
    COLUMNS,
    ENTERPRISE_COLUMNS,
    ENTERPRISES,
    INCIDENTS,
    KINDS,
    REQUIRED_COLUMNS,
    TEXT_COLUMNS,
)
from ..domain.reference import SEVERITIES
from ..domain.rows import EnterpriseInput
from ..domain.tiers import Outcome
from ..domain.validation import MAX_LEN, enterprise_problems
from ..files.spreadsheets import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_ROWS,
    Sheet,
    SheetRow,
    SpreadsheetError,
    read_sheet,
)
from .base import Database

log = logging.getLogger(__name__)

TRUE_WORDS = frozenset({"是", "有", "Y", "YES", "1", "TRUE", "T", "√"})
FALSE_WORDS = frozenset({"否", "无", "没有", "N", "NO", "0", "FALSE", "F", "×", ""})
OUTCOMES: tuple[str, ...] = tuple(o.value for o in Outcome)

#: How many rows go into one bulk statement (and between two progress calls while writing).
CHUNK = 2_000
#: At most this many notices of one kind (the rest are summed up).
MAX_SIMILAR_NOTICES = 20

_SCIENTIFIC = re.compile(r"^[0-9](?:\.[0-9]+)?E\+?[0-9]+$")
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})" + _TIME + "$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


# --------------------------------------------------------------------------------------------
# Public types


@dataclass(frozen=True)
class ImportProblem:
    """One reason the file cannot be imported. ``row``/``column`` are ``None`` for the whole file."""

    row: int | None
    #: Column header as written in the file.
    column: str | None
    code: str
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return messages.import_problem_text(self)


@dataclass(frozen=True)
class ImportDifference:
    """An enterprise already registered with other data than the file's."""

    row: int
    uscc: str
    name: str
    #: (column header, value in the database, value in the file)
    changes: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    file: str
    #: Data rows in the file (blank rows not counted).
    total_rows: int
    #: Enterprises: new enterprises. Incidents: new rows (= new injured persons).
    new: int
    #: Rows already in the database (identical enterprise, or an accident already imported): skipped.
    unchanged: int
    differences: tuple[ImportDifference, ...]
    problems: tuple[ImportProblem, ...]
    notices: tuple[str, ...]
    new_accidents: int = 0
    new_persons: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportFailed(GaotaiError):
    """The file has problems: nothing was written."""

    def __init__(self, problems: Iterable[ImportProblem]) -> None:
        self.problems: tuple[ImportProblem, ...] = tuple(problems)
        super().__init__(f"import failed: {len(self.problems)} problem(s)")


class ImportCancelled(GaotaiError):
    """The user cancelled the import: nothing was written."""

    def __init__(self) -> None:
        super().__init__("import cancelled")


@dataclass(frozen=True)
class ImportResult:
    kind: str
    #: Enterprises created, or (incidents) rows imported = injured persons created.
    created: int
    #: Enterprises updated (or restored); always 0 for incidents.
    updated: int
    #: Rows not written: identical to the database, already imported, or (without ``update``)
    #: registered enterprises with other data.
    skipped: int
    accidents: int = 0
    persons: int = 0
    notices: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------
# Cell helpers


def header_key(text: str) -> str:
    """Header as compared: NFKC, no white space, no trailing required-marker ``*``."""
    key = "".join(unicodedata.normalize("NFKC", text or "").split())
    return key.rstrip("*")


def cell_text(value: Any) -> str:
    """A cell as text: numbers without ``.0``, date cells as ``YYYY-MM-DD``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def numeric_display(value: Any) -> str | None:
    """If a long-number cell was stored as a number by Excel, how Excel shows it; else ``None``.

    Numbers in ``.xlsx`` cells, and CSV texts such as ``6.20724E+17``.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if abs(value) >= 1e11:
            return f"{float(value):.5E}"
        return cell_text(value)
    if isinstance(value, str):
        text = normalize(value)
        if _SCIENTIFIC.match(text):
            return value.strip()
    return None


def lost_digits(text: str) -> bool:
    """All digits, 16 or more, zero from the 16th on: a number Excel cut to 15 significant digits."""
    code = normalize(text)
    return len(code) >= 16 and code.isdigit() and set(code[15:]) == {"0"}


def parse_date(value: Any) -> dt.date:
    """``YYYY-MM-DD``, ``YYYY/M/D``, ``YYYY.M.D``, ``YYYY年M月D日``, ``YYYYMMDD`` or a date cell.

    Raises ``ValueError`` for anything else.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError(value)
    text = unicodedata.normalize("NFKC", cell_text(value)).strip()
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            year, month, day = (int(g) for g in m.groups()[:3])
            return dt.date(year, month, day)
    raise ValueError(text)


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = normalize(cell_text(value))
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(word)


def _clean(value: str) -> str:
    return " ".join((value or "").split())


def _hazard_text(value: bool) -> str:
    return "是" if value else "否"


# --------------------------------------------------------------------------------------------
# Plans (the result of reading and checking a file, before anything is written)


@dataclass
class _Columns:
    """Which file column holds which field."""

    index: dict[str, int]  # field -> position
    header: dict[str, str]  # field -> header text as in the file

    def get(self, row: SheetRow, fld: str) -> Any:
        i = self.index.get(fld)
        return None if i is None else row.values[i]

    def name(self, fld: str) -> str:
        return self.header.get(fld) or messages.field_name(fld)


@dataclass
class _Plan:
    kind: str
    file: str
    total_rows: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    differences: list[ImportDifference] = field(default_factory=list)
    unchanged: int = 0
    # enterprises
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    restored: int = 0
    # incidents
    accidents: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    #: header text -> position in the file (problems of a row are listed left to right)
    column_order: dict[str, int] = field(default_factory=dict)

    def preview(self) -> ImportPreview:
        order = self.column_order
        problems = sorted(self.problems, key=lambda p: (p.row or 0, order.get(p.column or "", -1)))
        new = len(self.inserts) if self.kind == ENTERPRISES else len(self.persons)
        return ImportPreview(
            kind=self.kind,
            file=self.file,
            total_rows=self.total_rows,
            new=new,
            unchanged=self.unchanged,
            differences=tuple(self.differences),
            problems=tuple(problems),
            notices=tuple(self.notices),
            new_accidents=len(self.accidents),
            new_persons=len(self.persons),
        )


class _Progress:
    """Calls ``progress(done, total)`` every ``CHUNK`` rows; raises ImportCancelled on ``False``."""

    def __init__(self, callback: Callable[[int, int], bool] | None, total: int) -> None:
        self.callback = callback
        self.total = max(total, 1)
        self.done = 0
        self._last = 0

    def report(self) -> None:
        if self.callback is None:
            return
        if self.callback(min(self.done, self.total), self.total) is False:
            raise ImportCancelled()
        self._last = self.done

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.callback is not None and self.done - self._last >= CHUNK:
            self.report()


def _chunks(items: list[dict[str, Any]], size: int = CHUNK) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --------------------------------------------------------------------------------------------
# The service


class ImportService:
    """Imports of enterprises and incidents. One transaction per call."""

    #: Refuse files bigger than this (bytes) ...
    max_bytes: int = DEFAULT_MAX_BYTES
    #: ... or with more data rows than this. Instance attributes may lower them (tests).
    max_rows: int = DEFAULT_MAX_ROWS

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- public ---------------------------------------------------------------------------

    def preview(
        self, kind: str, path: str | os.PathLike[str], *, today: dt.date, update: bool = False
    ) -> ImportPreview:
        """Read and check ``path``; nothing is written."""
        _check_kind(kind)
        plan, sheet = self._read(kind, path)
        if sheet is not None:
            with self.db.transaction() as session:
                self._analyse(session, plan, sheet, today=today, update=update, progress=None)
        return plan.preview()

    def run(
        self,
        kind: str,
        path: str | os.PathLike[str],
        *,
        today: dt.date,
        update: bool = False,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ImportResult:
        """Import ``path`` in one transaction: every row or none.

        Raises :class:`ImportFailed` (with every problem) or :class:`ImportCancelled` when
        ``progress(done, total)`` returns ``False``; nothing is written in either case.
        ``done`` counts rows checked and then rows written, so ``total`` is twice the data rows.
        """
        _check_kind(kind)
        plan, sheet = self._read(kind, path)
        if sheet is None:
            raise ImportFailed(plan.problems)
        ticker = _Progress(progress, 2 * len(sheet.rows))
        ticker.report()
        # BEGIN IMMEDIATE: the keys read by the analysis stay valid until the rows are written.
        with self.db.transaction(immediate=True) as session:
            self._analyse(session, plan, sheet, today=today, update=update, progress=ticker)
            if plan.problems:
                raise ImportFailed(plan.preview().problems)
            ticker.done = len(sheet.rows)
            if kind == ENTERPRISES:
                result = self._write_enterprises(session, plan, update, ticker)
            else:
                result = self._write_incidents(session, plan, ticker)
            ticker.done = ticker.total
            ticker.report()
        log.info(
            "imported %s from %s: created %d, updated %d, skipped %d, accidents %d, persons %d",
            kind,
            plan.file,
            result.created,
            result.updated,
            result.skipped,
            result.accidents,
            result.persons,
        )
        return result

    # -- reading --------------------------------------------------------------------------

    def _read(self, kind: str, path: str | os.PathLike[str]) -> tuple[_Plan, Sheet | None]:
        plan = _Plan(kind=kind, file=str(path))
        try:
            sheet = read_sheet(path, max_bytes=self.max_bytes, max_rows=self.max_rows)
        except SpreadsheetError as err:
            plan.problems.append(ImportProblem(None, None, err.code, dict(err.detail)))
            return plan, None
        plan.total_rows = len(sheet.rows)
        return plan, sheet

    def _columns(self, plan: _Plan, sheet: Sheet) -> _Columns | None:
        """Map the header row; record header problems and notices. ``None``: cannot go on."""
        kind = plan.kind
        known = {header_key(h): (h, f) for h, f in COLUMNS[kind]}
        other_kind = INCIDENTS if kind == ENTERPRISES else ENTERPRISES
        other_only = {header_key(h) for h, _ in COLUMNS[other_kind]} - set(known)
        index: dict[str, int] = {}
        header: dict[str, str] = {}
        positions: dict[str, list[int]] = {}
        extra: list[str] = []
        for i, text in enumerate(sheet.headers):
            plan.column_order.setdefault(text, i)
            key = header_key(text)
            if not key:
                continue
            positions.setdefault(key, []).append(i)
            if key in known:
                fld = known[key][1]
                if fld not in index:
                    index[fld] = i
                    header[fld] = text
            else:
                extra.append(text)
        found = [h for h in sheet.headers if h]
        missing_required = [
            h for h in REQUIRED_COLUMNS[kind] if known[header_key(h)][1] not in index
        ]
        if missing_required:
            evidence = [h for h in found if header_key(h) in other_only]
            other_required = {header_key(h) for h in REQUIRED_COLUMNS[other_kind]}
            looks_other = other_required <= {header_key(h) for h in found} or len(evidence) >= 2
            if looks_other and evidence:
                plan.problems.append(
                    ImportProblem(
                        None,
                        None,
                        "wrong_kind",
                        {
                            "found": messages.IMPORT_KIND_NAMES[other_kind],
                            "expected": messages.IMPORT_KIND_NAMES[kind],
                            "columns": "".join(f"“{h}”" for h in evidence[:3]),
                            "kind": other_kind,
                        },
                    )
                )
            else:
                plan.problems.append(
                    ImportProblem(
                        sheet.header_row,
                        None,
                        "missing_columns",
                        {
                            "missing": missing_required,
                            "expected": [h for h, _ in COLUMNS[kind]],
                            "found": found,
                        },
                    )
                )
            return None
        for key, where in positions.items():
            if len(where) > 1 and key in known:
                plan.problems.append(
                    ImportProblem(
                        sheet.header_row,
                        sheet.headers[where[0]],
                        "duplicate_column",
                        {"column": sheet.headers[where[0]], "columns": [i + 1 for i in where]},
                    )
                )
        if extra:
            plan.notices.append(messages.import_text("notice_extra_columns", {"columns": extra}))
        absent = [h for h, f in COLUMNS[kind] if f not in index]
        if absent:
            code = (
                "notice_missing_columns"
                if kind == ENTERPRISES
                else "notice_missing_columns_incidents"
            )
            plan.notices.append(messages.import_text(code, {"columns": absent}))
        if not sheet.rows:
            plan.problems.append(ImportProblem(None, None, "no_rows", {}))
            return None
        return _Columns(index, header)

    def _analyse(
        self,
        session: Session,
        plan: _Plan,
        sheet: Sheet,
        *,
        today: dt.date,
        update: bool,
        progress: _Progress | None,
    ) -> None:
        cols = self._columns(plan, sheet)
        if cols is None or plan.problems:
            return
        if plan.kind == ENTERPRISES:
            self._analyse_enterprises(session, plan, sheet, cols, today, update, progress)
        else:
            self._analyse_incidents(session, plan, sheet, cols, today, progress)

    # -- enterprises ----------------------------------------------------------------------

    def _analyse_enterprises(
        self,
        session: Session,
        plan: _Plan,
        sheet: Sheet,
        cols: _Columns,
        today: dt.date,
        update: bool,
        progress: _Progress | None,
    ) -> None:
        townships = set(session.scalars(select(Township.name)))
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
        seen: dict[str, list[int]] = {}
        clean_rows: list[tuple[SheetRow, EnterpriseInput]] = []
        for row in sheet.rows:
            if progress is not None:
                progress.step()
            clean = self._enterprise_row(plan, row, cols, townships, today)
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
        if plan.problems:
            return
        stamp = self.db.stamp()
        for row, clean in clean_rows:
            old = existing.get(clean.uscc)
            values = {f: getattr(clean, f) for f in fields_in_file}
            if old is None:
                plan.inserts.append(_enterprise_insert(clean, stamp))
                continue
            changes: list[tuple[str, str, str]] = []
            if old.deleted_at is not None:
                changes.append(("状态", "已删除", "恢复"))
            for f in fields_in_file:
                before, after = getattr(old, f), values[f]
                if f == "hazard":
                    if bool(before) != after:
                        changes.append(
                            (cols.name(f), _hazard_text(bool(before)), _hazard_text(after))
                        )
                elif (before or "") != after:
                    changes.append((cols.name(f), before or "", after))
            if not changes:
                plan.unchanged += 1
                continue
            plan.differences.append(
                ImportDifference(row.number, clean.uscc, clean.name, tuple(changes))
            )
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

    def _enterprise_row(
        self,
        plan: _Plan,
        row: SheetRow,
        cols: _Columns,
        townships: set[str],
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
        data = EnterpriseInput(
            uscc=cell_text(raw_uscc),
            hazard=hazard,
            **{
                f: cell_text(cols.get(row, f))
                for _, f in ENTERPRISE_COLUMNS
                if f not in ("uscc", "hazard")
            },
        )
        clean, errors = enterprise_problems(data, townships=townships, today=today)
        for err in errors:
            if err.field == "uscc" and (numeric is not None or lost_digits(data.uscc)):
                err = ValidationError("uscc", "numeric_cell", {"value": numeric or data.uscc})
            problems.append(_problem(row.number, cols.name(err.field), err))
        if problems:
            plan.problems.extend(problems)
            return None
        return clean

    def _write_enterprises(
        self, session: Session, plan: _Plan, update: bool, ticker: _Progress
    ) -> ImportResult:
        for chunk in _chunks(plan.inserts):
            session.execute(insert(Enterprise.__table__), chunk)
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
        )

    # -- incidents ------------------------------------------------------------------------

    def _analyse_incidents(
        self,
        session: Session,
        plan: _Plan,
        sheet: Sheet,
        cols: _Columns,
        today: dt.date,
        progress: _Progress | None,
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
            parsed = self._incident_row(plan, row, cols, today, categories, enterprises, uscc_cache)
            if parsed is None:
                continue
            self._group(plan, cols, groups, parsed)
        if plan.problems:
            return

        stamp = self.db.stamp()
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
        self,
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
                    reason = ValidationError(
                        "id_number", "numeric_cell", {"value": cell_text(raw_id)}
                    )
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

    def _group(
        self, plan: _Plan, cols: _Columns, groups: dict[str, _Group], r: _IncidentRow
    ) -> None:
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

    def _write_incidents(self, session: Session, plan: _Plan, ticker: _Progress) -> ImportResult:
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


# --------------------------------------------------------------------------------------------
# Small helpers


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown import kind {kind!r} (expected one of {KINDS})")


def _problem(row: int, column: str, err: ValidationError) -> ImportProblem:
    return ImportProblem(row, column, err.code, dict(err.detail))


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
        "hazard_date": None,
        "hazard_source": "",
        "hazard_reference": "",
        "uscc_override_reason": "",
        "deleted_at": None,
        "deleted_by": None,
        **stamp,
    }


def _add_capped(notices: list[str], similar: list[str]) -> None:
    notices.extend(similar[:MAX_SIMILAR_NOTICES])
    if len(similar) > MAX_SIMILAR_NOTICES:
        notices.append(
            messages.import_text("notice_more", {"count": len(similar) - MAX_SIMILAR_NOTICES})
        )


def kind_columns(kind: str) -> tuple[str, ...]:
    """The headers of an import kind, in template order."""
    _check_kind(kind)
    return tuple(h for h, _ in COLUMNS[kind])


__all__ = [
    "COLUMNS",
    "ENTERPRISES",
    "INCIDENTS",
    "KINDS",
    "REQUIRED_COLUMNS",
    "TEXT_COLUMNS",
    "ImportCancelled",
    "ImportDifference",
    "ImportFailed",
    "ImportPreview",
    "ImportProblem",
    "ImportResult",
    "ImportService",
    "kind_columns",
]
