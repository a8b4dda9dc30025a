"""Identifier validation: 统一社会信用代码 (GB 32100-2015) and 公民身份号码 (GB 11643-1999).

Every validator normalises first (strip spaces, full-width to half-width, upper-case) and raises
:class:`ValidationError` with a precise code:

``required``    empty value
``length``      wrong number of characters (detail: ``expected``, ``actual``)
``bad_char``    a character outside the alphabet (detail: ``chars``, ``positions``)
``check``       the check character does not match (detail: ``expected``, ``actual``)
``birth_date``  the ID number's digits 7-14 are no real date, or one in the future
``numeric_cell`` Excel stored the ID as a number (raised by import, listed here for completeness)
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from operator import mul

from .errors import ValidationError

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
_USCC_VALUE = {c: i for i, c in enumerate(USCC_ALPHABET)}
#: The usual ID number: 17 ASCII digits and a check character (the slow checks name what is wrong).
_ID_FORM = re.compile(r"[0-9]{17}[0-9X]\Z")


def normalize(value: object) -> str:
    """Strip all white space and invisible format characters, fold full-width forms, upper-case.

    Format characters (Unicode category Cf: zero-width space U+200B, BOM U+FEFF, direction marks
    U+200E/U+200F ...) are dropped: copied from web pages or chat programs, they would make a
    credit code 19 characters long without anything to see.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.isascii():  # NFKC leaves ASCII as it is, and it has no format characters
        return "".join(text.split()).upper()
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return "".join(text.split()).upper()


def normalize_accident_no(value: object) -> str:
    """事故编号 as compared and stored: no spaces, half-width, upper-case (``sg－1 `` -> ``SG-1``)."""
    return normalize(value)


def uscc_check_char(first17: str) -> str:
    if len(first17) != 17:
        raise ValueError(first17)
    total = sum(map(mul, map(_USCC_VALUE.__getitem__, first17), USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def validate_uscc(value: object, field: str = "uscc") -> str:
    """Return the normalised 18-character credit code or raise :class:`ValidationError`."""
    code = normalize(value)
    if not code:
        raise ValidationError(field, "required")
    if len(code) != 18:
        raise ValidationError(field, "length", {"expected": 18, "actual": len(code)})
    bad = [(i + 1, c) for i, c in enumerate(code) if c not in USCC_ALPHABET]
    if bad:
        raise ValidationError(
            field,
            "bad_char",
            {"chars": "".join(c for _, c in bad), "positions": [p for p, _ in bad]},
        )
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        raise ValidationError(field, "check", {"expected": expected, "actual": code[17]})
    return code


def id_check_char(first17: str) -> str:
    if len(first17) != 17:
        raise ValueError(first17)
    if first17.isascii() and first17.isdigit():
        # weight i (from 1) is 2**(17 - i) mod 11 = 2 * 2**(16 - i), and 13 = 2 (mod 11): the
        # digits read as a base-13 number, doubled, are the weighted sum mod 11 (one C call)
        return ID_CHECK[2 * int(first17, 13) % 11]
    total = sum(map(mul, map(int, first17), ID_WEIGHTS))  # full-width digits ...
    return ID_CHECK[total % 11]


def validate_id_number(value: object, today: dt.date, field: str = "id_number") -> str:
    """Return the normalised 18-character ID number (check ``X`` upper-case) or raise."""
    code = normalize(value)
    if _ID_FORM.match(code) is None:
        _id_form_error(code, field)
    try:
        birth = dt.date(int(code[6:10]), int(code[10:12]), int(code[12:14]))
    except ValueError:
        raise ValidationError(field, "birth_date", {"value": code[6:14]}) from None
    if birth > today or birth.year < 1900:
        raise ValidationError(field, "birth_date", {"value": code[6:14]})
    expected = id_check_char(code[:17])
    if code[17] != expected:
        raise ValidationError(field, "check", {"expected": expected, "actual": code[17]})
    return code


def _id_form_error(code: str, field: str) -> None:
    """Raise what is wrong with an ID number that is not 17 digits and a check character."""
    if not code:
        raise ValidationError(field, "required")
    if len(code) != 18:
        raise ValidationError(field, "length", {"expected": 18, "actual": len(code)})
    bad = [(i + 1, c) for i, c in enumerate(code[:17]) if not c.isdigit() or not c.isascii()]
    if code[17] not in "0123456789X":
        bad.append((18, code[17]))
    raise ValidationError(
        field,
        "bad_char",
        {"chars": "".join(c for _, c in bad), "positions": [p for p, _ in bad]},
    )


def id_sex(id_number: str) -> str:
    """``M`` or ``F`` from digit 17 of a valid ID number."""
    return "M" if int(id_number[16]) % 2 else "F"


def mask_id(id_number: str | None) -> str:
    """``620724198001010018`` -> ``620724********0018`` (PIPL art. 28: sensitive data)."""
    if not id_number:
        return ""
    if len(id_number) < 10:
        return "*" * len(id_number)
    return id_number[:6] + "*" * (len(id_number) - 10) + id_number[-4:]


def mask_phone(phone: str | None) -> str:
    if not phone:
        return ""
    digits = phone.strip()
    if len(digits) <= 7:
        return digits[:2] + "*" * (len(digits) - 2)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
