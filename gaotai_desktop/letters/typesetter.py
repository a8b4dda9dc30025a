"""The line-grid typesetter: measures characters, breaks paragraphs into justified lines.

Any CJK character may break; punctuation is kept off the start of a line and opening brackets off
its end; runs of ASCII letters and digits never break. Justified lines are stretched to the right
edge of the text block.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gaotai_desktop.letters.geometry import (
    _ASCII_WORD,
    BLOCK_W,
    LEFT,
    NO_LINE_END,
    NO_LINE_START,
    Para,
    Run,
    tracking,
)

# --- measuring and breaking ------------------------------------------------------------------------


class Metrics:
    """Per-character advance widths at 1 pt, cached per font name."""

    _cache: dict[str, dict[str, float]] = {}

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def width(self, ch: str, role: str, size: float) -> float:
        name = self.names[role]
        cache = self._cache.setdefault(name, {})
        w = cache.get(ch)
        if w is None:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            w = cache[ch] = stringWidth(ch, name, 1.0)
        return w * size

    def widths(self, role: str) -> dict[str, float]:
        """The advance widths at 1 pt measured so far for ``role``'s font (filled by
        :meth:`width`)."""
        return self._cache.setdefault(self.names[role], {})

    def text_width(self, text: str, role: str, size: float) -> float:
        """``sum(width(ch) for ch in text)``, the same number (the same additions in the same
        order), without a call per character (the letters' hottest loop)."""
        cache = self._cache.setdefault(self.names[role], {})
        try:
            return sum([cache[ch] * size for ch in text])
        except KeyError:
            return sum([self.width(ch, role, size) for ch in text])


@dataclass
class _Unit:
    text: str
    role: str
    size: float
    width: float  # sum of advances, without tracking


@dataclass
class Line:
    """A typeset line: segments of (text, role, size) drawn with character spacing ``cs``."""

    segments: list[tuple[str, str, float]]
    x: float
    cs: float
    size: float  # largest size on the line
    role: str  # role of the first segment (for the baseline)


def _units(runs: tuple[Run, ...], m: Metrics) -> list[_Unit]:
    units: list[_Unit] = []
    append = units.append
    for r in runs:
        text, role, size = r.text, r.role, r.size
        cache = m.widths(role)
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if ch == "\n":
                append(_Unit("\n", role, size, 0.0))
                i += 1
                continue
            if ch in _ASCII_WORD:
                j = i + 1
                while j < n and text[j] in _ASCII_WORD:
                    j += 1
                append(_Unit(text[i:j], role, size, m.text_width(text[i:j], role, size)))
                i = j
                continue
            w = cache.get(ch)
            append(_Unit(ch, role, size, m.width(ch, role, size) if w is None else w * size))
            i += 1
    return units


def _break(units: list[_Unit], first_avail: float, avail: float, cs: float) -> list[list[_Unit]]:
    """Greedy CJK line breaking with simple kinsoku (no punctuation at the line start)."""
    lines: list[list[_Unit]] = []
    cur: list[_Unit] = []
    used = 0.0
    width = first_avail
    i = 0
    while i < len(units):
        u = units[i]
        if u.text == "\n":
            lines.append(cur)
            cur, used, width = [], 0.0, avail
            i += 1
            continue
        w = u.width + cs * len(u.text)
        if not cur or used + w <= width + 0.01:
            cur.append(u)
            used += w
            i += 1
            continue
        # u does not fit: keep punctuation off the next line's start, brackets off this line's end
        carry: list[_Unit] = []
        if u.text[0] in NO_LINE_START and len(cur) > 1:
            carry.insert(0, cur.pop())
        while len(cur) > 1 and cur[-1].text[-1] in NO_LINE_END:
            carry.insert(0, cur.pop())
        lines.append(cur)
        cur = carry
        used = sum(c.width + cs * len(c.text) for c in cur)
        width = avail
    if cur or not lines:
        lines.append(cur)
    return lines


#: Characters after which a title line may end ("…有限公司 / 工伤事故…", "…情况的 / 通报").
TITLE_BREAK_AFTER = set("司局厂院会社部委的和与及、于")


def _balanced(units: list[_Unit], avail: float, cs: float) -> list[list[_Unit]]:
    """Title lines of about equal length (trapezoid), preferring a break after a word end."""
    widths = [u.width + cs * len(u.text) for u in units]
    total = sum(widths)
    n = max(1, math.ceil(total / avail - 1e-6))
    if n == 1:
        return [units]
    if n == 2:
        cum = [0.0]
        for w in widths:
            cum.append(cum[-1] + w)
        half = len(units) / 2
        best = None
        for k in range(1, len(units)):
            if cum[k] > avail + 0.01 or total - cum[k] > avail + 0.01:
                continue
            if units[k].text[0] in NO_LINE_START or units[k - 1].text[-1] in NO_LINE_END:
                continue
            score = abs(k - half) + (0 if units[k - 1].text[-1] in TITLE_BREAK_AFTER else 3)
            score += 0 if k >= half else 0.5  # upper line the longer one
            if best is None or score < best[0]:
                best = (score, k)
        if best is not None:
            return [units[: best[1]], units[best[1] :]]
    target = total / n + widths[0] * 0.999
    return _break(units, min(target, avail), min(target, avail), cs)


def _merge(units: list[_Unit]) -> list[tuple[str, str, float]]:
    segs: list[tuple[str, str, float]] = []
    for u in units:
        if segs and segs[-1][1] == u.role and segs[-1][2] == u.size:
            segs[-1] = (segs[-1][0] + u.text, u.role, u.size)
        else:
            segs.append((u.text, u.role, u.size))
    return segs


def typeset(para: Para, m: Metrics, left: float = LEFT, width: float = BLOCK_W) -> list[Line]:
    """Break ``para`` into lines positioned within [left, left + width]."""
    if not para.runs:
        return []
    size0 = para.runs[0].size
    cs = tracking(size0) if para.align in ("justify", "left") else 0.0
    units = _units(para.runs, m)
    first_x = left + para.indent * (size0 + cs)
    next_x = left + para.hang * (size0 + cs)
    right = left + width - para.right * (size0 + cs)
    if para.balance:
        rows = _balanced(units, right - first_x, cs)
    else:
        rows = _break(units, right - first_x, right - next_x, cs)
    out: list[Line] = []
    for k, row in enumerate(rows):
        x0 = first_x if k == 0 else next_x
        avail = right - x0
        nchars = sum(len(u.text) for u in row)
        natural = sum(u.width for u in row)
        line_cs = cs
        last = k == len(rows) - 1
        if para.align == "justify" and not last and nchars > 1:
            line_cs = (avail - natural) / (nchars - 1)
            line_cs = min(line_cs, size0)  # never spread a short line wider than one em per char
        line_w = natural + line_cs * max(nchars - 1, 0)
        if para.align == "center":
            x0 = x0 + (avail - line_w) / 2
        elif para.align == "right":
            x0 = right - line_w
        size = max((u.size for u in row), default=size0)
        role = row[0].role if row else para.runs[0].role
        out.append(Line(_merge(row), x0, line_cs, size, role))
    return out
