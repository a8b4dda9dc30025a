"""One incident row read and checked: each cell normalised, every problem of the row collected."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any, NamedTuple

from ...domain.choices import Choice, ChoiceNormaliser
from ...domain.errors import ImportProblem, ValidationError
from ...domain.identifiers import (
    id_check_char,
    normalize_accident_no,
    validate_id_number,
    validate_uscc,
)
from ...domain.import_format import INCIDENT_COLUMNS
from ...domain.tiers import Outcome
from ...domain.validation import MAX_LEN, MIN_ACCIDENT_DATE
from ...files.spreadsheets import SheetRow
from .cells import cell_text, lost_digits, numeric_display, parse_date
from .common import _ChoiceNotes, _Columns, _problem

OUTCOMES: frozenset[str] = frozenset(o.value for o in Outcome)
_PENDING = Outcome.PENDING.value
FIELDS: tuple[str, ...] = tuple(f for _, f in INCIDENT_COLUMNS)
#: An ID number cell as most files have it (checked without the numeric-cell guesses first).
_PLAIN_ID = re.compile(r"[0-9]{17}[0-9Xx]\Z")


class _IncidentRow(NamedTuple):
    """One checked row (a named tuple: made 200,000 times by a county's import)."""

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


def numbered_key(accident_no: str) -> str:
    """Import key of a numbered accident (the number normalised: case, width, spaces)."""
    return "no:" + normalize_accident_no(accident_no)


def person_key(r: _IncidentRow) -> str:
    """``p:`` + SHA-1 over enterprise, date and the injured person's ID number (else name).

    What identifies an accident without 事故编号: a corrected description or place is the same
    accident (a difference), not a new one.
    """
    who = r.id_number or "name:" + r.person_name
    parts = (r.uscc, r.occurred_on.isoformat(), who)
    return "p:" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def unnumbered_key(r: _IncidentRow) -> str:
    """``h:`` + SHA-1 over every field: the key of unnumbered accidents imported before ``p:``."""
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


_new_row = tuple.__new__
#: At most this many cleaned texts are remembered (places, names, outcomes repeat).
_TEXT_CACHE = 50_000


def _birth_ok(digits: str, today: dt.date) -> bool:
    """Whether ``YYYYMMDD`` is a real date from 1900 to ``today`` (as validate_id_number checks)."""
    try:
        birth = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return birth.year >= 1900 and birth <= today


class RowReader:
    """Reads incident rows against the reference data (loaded once per import)."""

    def __init__(
        self,
        cols: _Columns,
        today: dt.date,
        normaliser: ChoiceNormaliser,
        enterprises: dict[str, Any],
        notes: _ChoiceNotes,
    ) -> None:
        self.cols = cols
        self.today = today
        self.normaliser = normaliser
        self.categories = frozenset(normaliser.lists.categories)
        self.severities = normaliser.lists.severities
        self.enterprises = enterprises
        #: list values mapped (notices); unknown ones are problems (closed lists)
        self.notes = notes
        self.uscc_cache: dict[str, str | ValidationError] = {}
        #: cell text -> (credit code, enterprise id) of registered, not deleted enterprises
        self.registered: dict[str, tuple[str, str]] = {}
        #: file column of each field (None: not in the file), looked up once
        self.at: dict[str, int | None] = {f: cols.index.get(f) for f in FIELDS}
        #: cell text -> the text cleaned (white space), for columns of few distinct values
        self.texts: dict[str, str] = {}
        #: date cell (text or date) -> the accident date it gave (accepted dates only)
        self.dates: dict[Any, dt.date] = {}
        #: ID numbers' digits 7-14 -> whether they are a birth date (not in the future)
        self.births: dict[str, bool] = {}
        #: list field -> cell text -> (cleaned, too long, its choice)
        self.choices: dict[str, dict[str, tuple[str, bool, Choice]]] = {
            "category": {},
            "severity": {},
        }

    def read(self, row: SheetRow, problems: list[ImportProblem]) -> _IncidentRow | None:
        """The row's values, or ``None`` with its problems added to ``problems``."""
        found: list[ImportProblem] = []
        values = row.values
        accident_no = self._accident_no(row, found)
        uscc, enterprise_id = self._enterprise(row, found)
        occurred_on = self._date(row, found)
        place = self._text(row, "place", found)
        category = self._choice(row, "category", found)
        if category and category not in self.categories:
            self._fail(
                found,
                row,
                "category",
                "unknown_choice",
                value=category,
                choices=sorted(self.categories),
            )
        i = self.at["description"]
        raw = None if i is None else values[i]
        description = (raw if type(raw) is str else cell_text(raw)).strip()
        person_name = self._text(row, "person_name", found)
        if not person_name:
            self._fail(found, row, "person_name", "required")
        id_number = self._id_number(row, found)
        severity = self._choice(row, "severity", found)
        if severity and severity not in self.severities:
            self._fail(
                found,
                row,
                "severity",
                "unknown_choice",
                value=severity,
                choices=list(self.severities),
            )
        outcome = self._text(row, "outcome", found) or _PENDING
        if outcome not in OUTCOMES:
            self._fail(
                found,
                row,
                "outcome",
                "unknown_choice",
                value=outcome,
                choices=[o.value for o in Outcome],
            )
        if found or occurred_on is None:
            problems.extend(found)
            return None
        # (tuple.__new__: the named tuple without its keyword handling)
        return _new_row(
            _IncidentRow,
            (
                row.number,
                accident_no,
                uscc,
                enterprise_id,
                occurred_on,
                place,
                category,
                description,
                person_name,
                id_number,
                severity,
                outcome,
            ),
        )

    # -- cells ---------------------------------------------------------------------------

    def _fail(
        self, found: list[ImportProblem], row: SheetRow, fld: str, code: str, **detail: Any
    ) -> None:
        found.append(ImportProblem(row.number, self.cols.name(fld), code, detail))

    def _cell(self, row: SheetRow, fld: str) -> Any:
        i = self.at[fld]
        return None if i is None else row.values[i]

    def _text(self, row: SheetRow, fld: str, found: list[ImportProblem]) -> str:
        i = self.at[fld]
        raw = None if i is None else row.values[i]
        if type(raw) is str:
            value = self.texts.get(raw)
            if value is None:
                value = " ".join(raw.split())  # _clean
                if len(self.texts) < _TEXT_CACHE:
                    self.texts[raw] = value
        else:
            value = " ".join(cell_text(raw).split())
        limit = MAX_LEN.get(fld)
        if limit and len(value) > limit:
            self._fail(found, row, fld, "too_long", max=limit)
        return value

    def _choice(self, row: SheetRow, fld: str, found: list[ImportProblem]) -> str:
        """A list value (事故类别, 伤害程度) mapped to the list; an unknown one is kept (refused
        by the caller). A column holds a few distinct texts: each is cleaned and mapped once."""
        i = self.at[fld]
        raw = None if i is None else row.values[i]
        cache = self.choices[fld]
        hit = cache.get(raw) if type(raw) is str else None
        if hit is None:
            typed = " ".join((raw if type(raw) is str else cell_text(raw)).split())  # _clean
            limit = MAX_LEN.get(fld)
            hit = (typed, bool(limit and len(typed) > limit), self.normaliser.choice(fld, typed))
            if type(raw) is str:
                cache[raw] = hit
        typed, too_long, choice = hit
        if too_long:
            self._fail(found, row, fld, "too_long", max=MAX_LEN[fld])
        if choice.known and choice.changed:
            self.notes.note(row.number, self.cols.name(fld), typed, choice)
        return choice.value

    def _accident_no(self, row: SheetRow, found: list[ImportProblem]) -> str:
        raw = self._cell(row, "accident_no")
        accident_no = normalize_accident_no(raw if type(raw) is str else cell_text(raw))
        if len(accident_no) > MAX_LEN["accident_no"]:
            self._fail(found, row, "accident_no", "too_long", max=MAX_LEN["accident_no"])
        return accident_no

    def _enterprise(self, row: SheetRow, found: list[ImportProblem]) -> tuple[str, str]:
        raw = self._cell(row, "uscc")
        text = raw if type(raw) is str else cell_text(raw)
        known = self.registered.get(text)
        if known is not None:  # a registered enterprise's code as an earlier row had it
            return known
        checked = self.uscc_cache.get(text)
        if checked is None:
            try:
                checked = validate_uscc(text)
            except ValidationError as err:
                checked = err
            self.uscc_cache[text] = checked
        if not isinstance(checked, str):
            numeric = numeric_display(raw)
            reason = checked
            if numeric is not None or lost_digits(text):
                reason = ValidationError("uscc", "numeric_cell", {"value": numeric or text})
            found.append(_problem(row.number, self.cols.name("uscc"), reason))
            return "", ""
        enterprise = self.enterprises.get(checked)
        if enterprise is None:
            self._fail(found, row, "uscc", "unknown_enterprise", uscc=checked)
        elif enterprise.deleted_at is not None:
            self._fail(found, row, "uscc", "enterprise_deleted", uscc=checked, name=enterprise.name)
        else:
            self.registered[text] = (checked, enterprise.id)
            return checked, enterprise.id
        return checked, ""

    def _date(self, row: SheetRow, found: list[ImportProblem]) -> dt.date | None:
        raw = self._cell(row, "occurred_on")
        usual = type(raw) is str or type(raw) is dt.datetime
        known = self.dates.get(raw) if usual else None
        if known is not None:  # a date an earlier row had, accepted there
            return known
        value = self._new_date(row, raw, found)
        if usual and value is not None and len(self.dates) < _TEXT_CACHE:
            self.dates[raw] = value
        return value

    def _new_date(self, row: SheetRow, raw: Any, found: list[ImportProblem]) -> dt.date | None:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            self._fail(found, row, "occurred_on", "required")
            return None
        try:
            value = parse_date(raw)
        except (ValueError, OverflowError):
            self._fail(found, row, "occurred_on", "date_format", value=cell_text(raw).strip())
            return None
        if value > self.today:
            self._fail(found, row, "occurred_on", "date_future", value=value.isoformat())
            return None
        if value < MIN_ACCIDENT_DATE:
            self._fail(
                found,
                row,
                "occurred_on",
                "date_too_early",
                value=value.isoformat(),
                min=MIN_ACCIDENT_DATE.isoformat(),
            )
            return None
        return value

    def _id_number(self, row: SheetRow, found: list[ImportProblem]) -> str:
        raw = self._cell(row, "id_number")
        if type(raw) is str and _PLAIN_ID.match(raw):  # no number cell, nothing to normalise
            # what validate_id_number checks, with each birth date checked once per import
            code = raw.upper()
            birth = code[6:14]
            ok = self.births.get(birth)
            if ok is None:
                ok = self.births[birth] = _birth_ok(birth, self.today)
            if ok and id_check_char(code[:17]) == code[17]:
                return code
            # else the general path below says why (a number cut by Excel, ...)
        numeric = numeric_display(raw)
        if numeric is not None:
            self._fail(found, row, "id_number", "numeric_cell", value=numeric)
            return ""
        text = cell_text(raw)
        if not text.strip():
            return ""
        try:
            return validate_id_number(text, self.today)
        except ValidationError as err:
            reason = err
            if lost_digits(text):
                reason = ValidationError("id_number", "numeric_cell", {"value": text})
            found.append(_problem(row.number, self.cols.name("id_number"), reason))
            return ""
