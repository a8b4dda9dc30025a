"""Validation of whole records, shared by forms, imports and every writing service.

Pure: the lists of allowed choices (townships, categories ...) are passed in.
Each function returns a *normalised* copy or raises the first :class:`ValidationError`;
``*_problems`` variants collect every problem of a record (imports report them all).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Collection

from .errors import ValidationError
from .identifiers import normalize_accident_no, validate_id_number, validate_uscc
from .rows import AccidentInput, EnterpriseInput, PersonInput
from .tiers import Outcome

MAX_LEN = {
    "name": 128,
    "industry": 64,
    "township": 32,
    "authority": 64,
    "legal_representative": 64,
    "contact_person": 64,
    "phone": 32,
    "address": 256,
    "hazard_source": 128,
    "hazard_reference": 128,
    "hazard_description": 256,
    "accident_no": 64,
    "place": 256,
    "category": 32,
    "person_name": 64,
}


#: Accidents dated before this are refused (typing errors such as 0001-01-01 or 1900-01-00).
MIN_ACCIDENT_DATE = dt.date(1950, 1, 1)

#: Characters refused in text: C0/C1 controls (tab, line feed and carriage return excepted: they
#: are white space and end up as one space), and format characters (Cf) such as the bidi overrides
#: U+202A-U+202E, isolates U+2066-U+2069, marks U+200E/U+200F, zero-width space U+200B, BOM.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001-\U000e007f]"
)


def invisible_char(text: str) -> dict[str, object] | None:
    """The first control or format character in ``text`` as problem detail, or ``None``.

    Detail: ``code`` (``202E``), ``char_name`` (``RIGHT-TO-LEFT OVERRIDE``), ``position`` (1-based).
    """
    m = _INVISIBLE.search(text)
    return None if m is None else _char_detail(m.group(), m.start())


def _char_detail(ch: str, index: int) -> dict[str, object]:
    return {
        "code": f"{ord(ch):04X}",
        "char_name": unicodedata.name(ch, "控制字符"),
        "position": index + 1,
    }


def _clean(value: str) -> str:
    return " ".join((value or "").split())


def _choice(field: str, value: str, choices: Collection[str] | None, required: bool) -> str:
    value = _clean(value)
    if not value:
        if required:
            raise ValidationError(field, "required")
        return ""
    if choices is not None and value not in choices:
        raise ValidationError(field, "unknown_choice", {"value": value, "choices": list(choices)})
    return value


def _length(field: str, value: str) -> str:
    limit = MAX_LEN.get(field)
    if limit and len(value) > limit:
        raise ValidationError(field, "too_long", {"max": limit})
    return value


def enterprise_problems(
    data: EnterpriseInput,
    *,
    townships: Collection[str] | None,
    today: dt.date,
    allow_bad_check: bool = False,
) -> tuple[EnterpriseInput | None, list[ValidationError]]:
    """Normalise ``data``; return (clean, []) or (None, every problem)."""
    problems: list[ValidationError] = []
    values: dict[str, object] = {}
    try:
        values["uscc"] = validate_uscc(data.uscc)
    except ValidationError as err:
        if allow_bad_check and err.code == "check":
            values["uscc"] = "".join(data.uscc.split()).upper()
        else:
            problems.append(err)
    name = _clean(data.name)
    if not name:
        problems.append(ValidationError("name", "required"))
    values["name"] = name
    for field in (
        "industry",
        "authority",
        "legal_representative",
        "contact_person",
        "phone",
        "address",
        "hazard_source",
        "hazard_reference",
        "hazard_description",
    ):
        values[field] = _clean(getattr(data, field))
    try:
        values["township"] = _choice("township", data.township, townships, required=False)
    except ValidationError as err:
        problems.append(err)
    for field in MAX_LEN:
        if field in values:
            try:
                _length(field, str(values[field]))
            except ValidationError as err:
                problems.append(err)
    if data.hazard_date and data.hazard_date > today:
        problems.append(
            ValidationError("hazard_date", "date_future", {"value": data.hazard_date.isoformat()})
        )
    if problems:
        return None, problems
    return dataclasses.replace(data, **values), []  # type: ignore[arg-type]


def validate_enterprise(
    data: EnterpriseInput,
    *,
    townships: Collection[str] | None,
    today: dt.date,
    allow_bad_check: bool = False,
) -> EnterpriseInput:
    clean, problems = enterprise_problems(
        data, townships=townships, today=today, allow_bad_check=allow_bad_check
    )
    if problems:
        raise problems[0]
    assert clean is not None
    return clean


def validate_person(
    person: PersonInput, *, today: dt.date, severities: Collection[str]
) -> PersonInput:
    name = _clean(person.name)
    if not name:
        raise ValidationError("person_name", "required")
    _length("person_name", name)
    id_number = validate_id_number(person.id_number, today) if person.id_number.strip() else ""
    severity = _choice("severity", person.severity, severities, required=False)
    outcome = _clean(person.outcome) or Outcome.PENDING.value
    _choice("outcome", outcome, [o.value for o in Outcome], required=True)
    return PersonInput(name=name, id_number=id_number, severity=severity, outcome=outcome)


def validate_accident(
    data: AccidentInput,
    *,
    today: dt.date,
    categories: Collection[str] | None,
    severities: Collection[str],
    require_persons: bool = True,
) -> AccidentInput:
    uscc = validate_uscc(data.uscc)
    if data.occurred_on is None:
        raise ValidationError("occurred_on", "required")
    if data.occurred_on > today:
        raise ValidationError("occurred_on", "date_future", {"value": data.occurred_on.isoformat()})
    category = _choice("category", data.category, categories, required=False)
    place = _length("place", _clean(data.place))
    accident_no = _length("accident_no", normalize_accident_no(data.accident_no))
    if require_persons and not data.persons:
        raise ValidationError("persons", "no_persons")
    persons = tuple(validate_person(p, today=today, severities=severities) for p in data.persons)
    return dataclasses.replace(
        data,
        uscc=uscc,
        category=category,
        place=place,
        accident_no=accident_no,
        description=(data.description or "").strip(),
        persons=persons,
    )
