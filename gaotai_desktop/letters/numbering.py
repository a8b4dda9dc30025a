"""Document numbers (发文字号), dates and list numbering as GB/T 9704 writes them."""

from __future__ import annotations

import re

from gaotai_desktop.domain.errors import ValidationError

#: A formatted document number: 机关代字〔year〕sequence号, hexagonal brackets, no leading zero.
DOC_NO_RE = re.compile(r"^(?P<prefix>[^〔〕\s]+)〔(?P<year>\d{4})〕(?P<seq>[1-9]\d*)号$")

_DIGITS = "零一二三四五六七八九"


def format_doc_no(prefix: str, year: int, seq: int) -> str:
    """``高人社工伤提〔2026〕7号``. Raises ``ValidationError(field="doc_no", code=...)``.

    Codes: ``prefix`` (empty, contains brackets/whitespace or 第), ``year`` (not 4 digits),
    ``seq`` (not a positive integer; leading zeros cannot occur as it is an int).
    """
    prefix = (prefix or "").strip()
    if not prefix or any(c in prefix for c in "〔〕[]()（）【】 \t") or prefix.endswith("第"):
        raise ValidationError("doc_no", "prefix", {"prefix": prefix})
    if "第" in prefix:
        raise ValidationError("doc_no", "prefix", {"prefix": prefix})
    if isinstance(year, bool) or not isinstance(year, int) or not 1000 <= year <= 9999:
        raise ValidationError("doc_no", "year", {"year": year})
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise ValidationError("doc_no", "seq", {"seq": seq})
    return f"{prefix}〔{year}〕{seq}号"


def validate_doc_no(doc_no: str) -> str:
    """Return ``doc_no`` if it is well formed, else raise ``ValidationError("doc_no", "format")``."""
    if not DOC_NO_RE.match(doc_no or "") or "第" in doc_no:
        raise ValidationError("doc_no", "format", {"doc_no": doc_no})
    return doc_no


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (1..99)."""
    if not 1 <= n <= 99:
        raise ValueError(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def heading1_label(n: int) -> str:
    return f"{chinese_number(n)}、"


def heading2_label(n: int) -> str:
    return f"（{chinese_number(n)}）"


def heading3_label(n: int) -> str:
    return f"{n}."
