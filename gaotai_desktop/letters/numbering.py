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


def _below_10000(n: int) -> str:
    """Chinese numeral of 1..9999 as written inside a larger number (一千零二, 二十, 一十五)."""
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero and out:
                out += "零"
            out += _DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    return out


def chinese_number(n: int) -> str:
    """Chinese numeral of a positive integer, as headings number items (any size).

    1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一, 100 -> 一百, 110 -> 一百一十, 150 -> 一百五十,
    1002 -> 一千零二, 10000 -> 一万, 10010 -> 一万零一十, 100000000 -> 一亿.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(n)
    groups: list[int] = []
    while n:
        n, group = divmod(n, 10000)
        groups.append(group)
    units = ("", "万", "亿", "万亿")
    out = ""
    pending_zero = False
    for i in range(len(groups) - 1, -1, -1):
        group = groups[i]
        if not group:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or group < 1000):
            out += "零"
        out += _below_10000(group) + units[i]
        pending_zero = False
    # 一十 … 一十九 are read 十 … 十九 when they lead the number
    return out[1:] if out.startswith("一十") else out


def heading1_label(n: int) -> str:
    return f"{chinese_number(n)}、"


def heading2_label(n: int) -> str:
    return f"（{chinese_number(n)}）"


def heading3_label(n: int) -> str:
    return f"{n}."
