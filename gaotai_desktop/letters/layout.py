"""GB/T 9704-2012 page geometry and a small line-grid typesetter drawing straight onto a canvas.

Every body line sits on a fixed grid: 22 lines per page, pitch 225 mm / 22 ≈ 28.99 pt, the top of
the first line's em box on the top edge of the text block (37 mm from the top of the page). Text is
tracked so that 28 full-width 16 pt characters fill the 156 mm line exactly, and justified lines are
stretched to the right edge. Any CJK character may break; punctuation is kept off the start of a
line and opening brackets off its end; runs of ASCII letters and digits never break.

Two page layouts: ``letter`` (信函格式, §10.1) and ``full`` (公文, with 版记 footer).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from typing import Any, TypeAlias, TypedDict, Unpack

from gaotai_desktop.letters import fonts as _fonts
from gaotai_desktop.letters.fonts import FontSet

MM = 72.0 / 25.4
PAGE_W = 210 * MM  # 595.28
PAGE_H = 297 * MM  # 841.89
TOP = 37 * MM  # 天头, top of the text block from the top of the page
LEFT = 28 * MM  # 订口
BLOCK_W = 156 * MM  # 442.20
BLOCK_H = 225 * MM  # 637.80
RIGHT = LEFT + BLOCK_W
LINES = 22
CHARS = 28
PITCH = BLOCK_H / LINES  # 28.99
BODY_SIZE = 16.0  # 3号
TITLE_SIZE = 22.0  # 2号
SMALL_SIZE = 14.0  # 4号: page numbers, 版记
PAGE_NO_GAP = 7 * MM
BLOCK_CENTER = LEFT + BLOCK_W / 2

#: Red of the issuing-body mark and separators: CMYK (0, 0.8, 0.8, 0) as GB/T 9704 prints it.
RED_CMYK = (0.0, 0.8, 0.8, 0.0)

#: Letter layout (信函格式): mark 30 mm from the top edge, double lines 170 mm long.
LETTER_MARK_TOP = 30 * MM
LETTER_MARK_SIZE = 30.0
LETTER_RULE_LEN = 170 * MM
LETTER_BOTTOM_RULE = 20 * MM  # bottom double line: 20 mm above the bottom edge
#: Full layout (公文): mark top 35 mm below the top of the text block.
FULL_MARK_TOP = TOP + 35 * MM
FULL_MARK_SIZE = 36.0

NO_LINE_START = set("。，、；：？！）」』》〉】〕”’…·％—,.;:?!)%")
NO_LINE_END = set("（「『《〈【〔“‘(")
_ASCII_WORD = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-./@_#%+")


def slot_top(i: int) -> float:
    """Distance from the top of the page to the top of grid line ``i`` (0-based)."""
    return TOP + i * PITCH


def tracking(size: float) -> float:
    """Character spacing that makes 28 full-width characters fill the text block at 16 pt."""
    return size * (BLOCK_W / (CHARS * BODY_SIZE) - 1.0)


# --- content blocks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    text: str
    role: str = "body"
    size: float = BODY_SIZE


class ParaOptions(TypedDict, total=False):
    """Keyword options of :meth:`Para.of` (the fields of :class:`Para` after ``runs``)."""

    indent: float
    hang: float
    right: float
    align: str
    balance: bool
    keep_with_next: bool


@dataclass(frozen=True)
class Para:
    """A paragraph. Indents are in characters of ``runs[0].size``."""

    runs: tuple[Run, ...]
    indent: float = 2.0  # first line
    hang: float = 0.0  # following lines
    right: float = 0.0
    align: str = "justify"  # justify | left | center | right
    balance: bool = False  # equal-length lines (titles)
    keep_with_next: bool = False

    @classmethod
    def of(
        cls, text: str, role: str = "body", size: float = BODY_SIZE, **kw: Unpack[ParaOptions]
    ) -> Para:
        return cls(runs=(Run(text, role, size),), **kw)

    def texts(self) -> list[tuple[str, str]]:
        return [(r.text, r.role) for r in self.runs]


@dataclass(frozen=True)
class Blank:
    lines: int = 1


@dataclass(frozen=True)
class Closing:
    """Signature and date, kept together, with room for the seal above them (GB/T 9704 §7.3.5)."""

    signature: str
    date: str
    seal_lines: int = 2


#: What a :class:`Document` is made of.
Block: TypeAlias = Para | Blank | Closing


@dataclass(frozen=True)
class Footer:
    """版记 of the full layout: 抄送, 印发机关 and 印发日期."""

    cc: tuple[str, ...]
    printed_by: str
    printed_date: str
    cc_label: str = "抄送："
    printed_suffix: str = "印发"

    def cc_text(self) -> str:
        return self.cc_label + "，".join(self.cc) + "。" if self.cc else ""


@dataclass(frozen=True)
class Document:
    """A laid-out-able letter: header (mark, doc no), blocks and an optional footer."""

    layout: str  # "letter" | "full"
    mark: str
    doc_no: str
    blocks: tuple[Block, ...]
    title: str  # PDF metadata title
    author: str  # PDF metadata author = issuing body
    subject: str = ""
    footer: Footer | None = None

    def texts_by_role(self) -> dict[str, list[str]]:
        """Every string that will be drawn, grouped by font role (for the glyph check)."""
        out: dict[str, list[str]] = {r: [] for r in _fonts.ROLES}
        out["title"].append(self.mark)
        out["body"].append(self.doc_no)
        out["body"].append("— 0123456789 —")
        for b in self.blocks:
            if isinstance(b, Para):
                for text, role in b.texts():
                    out[role].append(text)
            elif isinstance(b, Closing):
                out["body"].extend([b.signature, b.date])
        if self.footer:
            f = self.footer
            out["body"].append(f.cc_text())
            if f.printed_by:
                out["body"].extend([f.printed_by, f.printed_date + f.printed_suffix])
        return out

    def texts(self) -> list[str]:
        return [t for texts in self.texts_by_role().values() for t in texts if t]


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
    for r in runs:
        i, n = 0, len(r.text)
        while i < n:
            ch = r.text[i]
            if ch == "\n":
                units.append(_Unit("\n", r.role, r.size, 0.0))
                i += 1
                continue
            j = i + 1
            if ch in _ASCII_WORD:
                while j < n and r.text[j] in _ASCII_WORD:
                    j += 1
            text = r.text[i:j]
            w = sum(m.width(c, r.role, r.size) for c in text)
            units.append(_Unit(text, r.role, r.size, w))
            i = j
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


# --- drawing ---------------------------------------------------------------------------------------


#: Stroke width of a synthetic bold, as a fraction of the font size.
FAUX_BOLD = 0.03


class Painter:
    """Draws lines and header elements on a ReportLab canvas with the registered fonts."""

    def __init__(self, canvas: Any, fonts: FontSet) -> None:  # a reportlab Canvas (untyped)
        self.c = canvas
        self.fonts = fonts
        self.names = _fonts.font_names(fonts)
        self.metrics = Metrics(self.names)
        self._descent = {r: _fonts.descent(fonts, r) for r in _fonts.ROLES}

    def baseline(self, top: float, role: str, size: float) -> float:
        """PDF y of the baseline whose em box top is ``top`` points below the top of the page."""
        return PAGE_H - top - size * (1.0 + self._descent[role])

    def width(self, text: str, role: str, size: float, cs: float = 0.0) -> float:
        w = sum(self.metrics.width(ch, role, size) for ch in text)
        return w + cs * max(len(text) - 1, 0)

    def text(
        self,
        x: float,
        top: float,
        text: str,
        role: str,
        size: float,
        cs: float = 0.0,
        scale: float = 100.0,
    ) -> None:
        if self.fonts.emboldened(role):
            c = self.c
            c.saveState()
            c.setStrokeColor(c._fillColorObj)  # the stroke takes the current fill (red or black)
            c.setLineWidth(size * FAUX_BOLD)
            try:
                self._text(x, top, text, role, size, cs, scale, render_mode=2)
            finally:
                c.restoreState()
            return
        self._text(x, top, text, role, size, cs, scale)

    def _text(
        self,
        x: float,
        top: float,
        text: str,
        role: str,
        size: float,
        cs: float,
        scale: float,
        render_mode: int = 0,
    ) -> None:
        y = self.baseline(top, role, size)
        t = self.c.beginText()
        if render_mode:
            t.setTextRenderMode(render_mode)
        t.setTextOrigin(x, y)
        t.setFont(self.names[role], size)
        # Tc survives BT/ET: set it on every text object so no spacing leaks into the next one
        t.setCharSpace(cs)
        if scale != 100.0:  # only used between saveState/restoreState (the mark)
            t.setHorizScale(scale)
        if cs:
            # ReportLab switches 256-glyph subsets inside a string; readers disagree on whether
            # Tc follows the last glyph before such a switch, so each chunk is placed explicitly.
            from reportlab.pdfbase.pdfmetrics import getFont

            chunks = getFont(self.names[role]).splitString(text, self.c._doc)
            if len(chunks) > 1:
                i = 0
                for _subset, codes in chunks:
                    part = text[i : i + len(codes)]
                    t.setTextOrigin(x, y)
                    t.textOut(part)
                    x += self.width(part, role, size, cs) + cs
                    i += len(codes)
                self.c.drawText(t)
                return
        t.textOut(text)
        self.c.drawText(t)

    def line(self, ln: Line, top: float) -> None:
        x = ln.x
        for text, role, size in ln.segments:
            # align every segment's em box top with the line's largest em box top
            self.text(x, top + (ln.size - size), text, role, size, ln.cs)
            x += self.width(text, role, size, ln.cs) + ln.cs

    def rule(self, x0: float, x1: float, top: float, thickness: float, red: bool = True) -> None:
        """A horizontal rule whose upper edge is ``top`` below the top of the page."""
        c = self.c
        c.saveState()
        if red:
            c.setFillColorCMYK(*RED_CMYK)
        else:
            c.setFillGray(0)
        c.rect(x0, PAGE_H - top - thickness, x1 - x0, thickness, stroke=0, fill=1)
        c.restoreState()

    def mark(self, text: str, top: float, size: float, max_width: float) -> float:
        """The red issuing-body mark centred on the text block; returns its bottom edge."""
        natural = self.width(text, "title", size)
        scale = min(100.0, 100.0 * max_width / natural) if natural else 100.0
        w = natural * scale / 100.0
        self.c.saveState()
        self.c.setFillColorCMYK(*RED_CMYK)
        self.text(BLOCK_CENTER - w / 2, top, text, "title", size, scale=scale)
        self.c.restoreState()
        return top + size


# --- pages -----------------------------------------------------------------------------------------


LETTER_RULE_THICK = 2.0
LETTER_RULE_THIN = 0.75
LETTER_RULE_GAP = 1.5
FULL_SEPARATOR = 2.0
FOOTER_THICK = 0.35 * MM
FOOTER_THIN = 0.25 * MM


@dataclass
class _Pager:
    painter: Painter
    doc: Document
    page: int = 0
    slot: int = 0
    first_slot: int = 0
    header_bottom: float = field(default=0.0)
    _typeset: dict[int, list[Line]] = field(default_factory=dict, init=False, repr=False)

    @property
    def c(self) -> Any:  # a reportlab Canvas (untyped)
        return self.painter.c

    def new_page(self) -> None:
        if self.page:
            self._finish_page()
            self.c.showPage()
        self.page += 1
        self.slot = self._decorate()

    def _finish_page(self) -> None:
        if self.doc.layout == "letter" and self.page == 1:
            return  # 信函格式: no page number on the first page
        p = self.painter
        text = f"— {self.page} —"
        w = p.width(text, "body", SMALL_SIZE)
        top = TOP + BLOCK_H + PAGE_NO_GAP
        x = RIGHT - SMALL_SIZE - w if self.page % 2 else LEFT + SMALL_SIZE
        p.text(x, top, text, "body", SMALL_SIZE)

    def _decorate(self) -> int:
        """Draw the page's fixed elements; return the first free grid line."""
        if self.page > 1:
            return 0
        p = self.painter
        doc = self.doc
        if doc.layout == "letter":
            bottom = p.mark(doc.mark, LETTER_MARK_TOP, LETTER_MARK_SIZE, LETTER_RULE_LEN)
            x0 = BLOCK_CENTER - LETTER_RULE_LEN / 2
            x1 = BLOCK_CENTER + LETTER_RULE_LEN / 2
            y = bottom + 4 * MM
            p.rule(x0, x1, y, LETTER_RULE_THICK)
            p.rule(x0, x1, y + LETTER_RULE_THICK + LETTER_RULE_GAP, LETTER_RULE_THIN)
            y_end = y + LETTER_RULE_THICK + LETTER_RULE_GAP + LETTER_RULE_THIN
            # bottom double line, thin over thick, the thick one ending 20 mm above the bottom edge
            yb = PAGE_H - LETTER_BOTTOM_RULE - LETTER_RULE_THICK
            p.rule(x0, x1, yb, LETTER_RULE_THICK)
            p.rule(x0, x1, yb - LETTER_RULE_GAP - LETTER_RULE_THIN, LETTER_RULE_THIN)
            no_top = y_end + 3 * MM
            if doc.doc_no:
                w = p.width(doc.doc_no, "body", BODY_SIZE)
                p.text(RIGHT - w, no_top, doc.doc_no, "body", BODY_SIZE)
            last = no_top + BODY_SIZE
            gap = 0.9 * PITCH  # one blank line before the title
        else:
            bottom = p.mark(doc.mark, FULL_MARK_TOP, FULL_MARK_SIZE, BLOCK_W * 0.98)
            no_top = bottom + 1.5 * PITCH  # two blank lines below the mark
            if doc.doc_no:
                w = p.width(doc.doc_no, "body", BODY_SIZE)
                p.text(BLOCK_CENTER - w / 2, no_top, doc.doc_no, "body", BODY_SIZE)
            sep = no_top + BODY_SIZE + 4 * MM
            p.rule(LEFT, RIGHT, sep, FULL_SEPARATOR)
            last = sep + FULL_SEPARATOR
            gap = 1.5 * PITCH  # title two lines below the separator
        self.header_bottom = last
        return next(i for i in range(LINES) if slot_top(i) >= last + gap)

    # -- flowing --

    def ensure(self, n: int) -> None:
        if self.slot + n > LINES:
            self.new_page()

    def put(self, ln: Line) -> None:
        self.ensure(1)
        self.painter.line(ln, slot_top(self.slot))
        self.slot += 1

    def _lines(self, para: Para) -> list[Line]:
        cache = self._typeset
        key = id(para)
        if key not in cache:
            cache[key] = typeset(para, self.painter.metrics)
        return cache[key]

    def _need(self, blocks: tuple[Block, ...], idx: int) -> int:
        """Grid lines block ``idx`` needs at the top of a page to avoid a lone line or signature."""
        b = blocks[idx]
        if isinstance(b, Closing):
            after = 1 if idx + 1 < len(blocks) and isinstance(blocks[idx + 1], Para) else 0
            return b.seal_lines + 2 + after  # seal room, signature, date, 附注
        if isinstance(b, Para):
            return min(2, len(self._lines(b)))
        return 0

    def flow(self) -> None:
        p = self.painter
        blocks = self.doc.blocks
        for idx, b in enumerate(blocks):
            if isinstance(b, Blank):
                if self.slot > 0 or self.page == 1:  # no blank lines at the top of a page
                    self.slot = min(self.slot + b.lines, LINES)
                continue
            if isinstance(b, Para):
                lines = self._lines(b)
                if b.keep_with_next and idx + 1 < len(blocks):
                    self.ensure(len(lines) + self._need(blocks, idx + 1))
                elif len(lines) <= 3:
                    self.ensure(len(lines))
                for ln in lines:
                    self.put(ln)
                continue
            if isinstance(b, Closing):
                self.ensure(self._need(blocks, idx))
                self.slot += b.seal_lines
                dw = p.width(b.date, "body", BODY_SIZE)
                dx = RIGHT - 4 * BODY_SIZE - dw
                sw = p.width(b.signature, "body", BODY_SIZE)
                sx = min(dx + dw / 2 - sw / 2, RIGHT - sw)
                p.text(sx, slot_top(self.slot), b.signature, "body", BODY_SIZE)
                p.text(dx, slot_top(self.slot + 1), b.date, "body", BODY_SIZE)
                self.slot += 2
                continue
            raise TypeError(f"unknown block {b!r}")

    def footer(self) -> None:
        f = self.doc.footer
        if f is None:
            return
        if not f.printed_by:
            self._letter_footer(f)
            return
        p = self.painter
        cc_lines = []
        if f.cc:
            cc = Para.of(
                f.cc_text(),
                size=SMALL_SIZE,
                indent=1,
                hang=1 + len(f.cc_label),
                right=1,
                align="left",
            )
            cc_lines = typeset(cc, p.metrics)
        need = len(cc_lines) + 1
        if self.slot + need > LINES:
            self.new_page()
        first = LINES - need
        off = (PITCH - SMALL_SIZE) / 2  # centre the 14 pt lines in their grid line
        p.rule(LEFT, RIGHT, slot_top(first), FOOTER_THICK, red=False)
        for k, ln in enumerate(cc_lines):
            p.line(ln, slot_top(first + k) + off)
        if cc_lines:
            p.rule(LEFT, RIGHT, slot_top(LINES - 1) - FOOTER_THIN / 2, FOOTER_THIN, red=False)
        top = slot_top(LINES - 1) + off
        p.text(LEFT + SMALL_SIZE, top, f.printed_by, "body", SMALL_SIZE)
        right_text = f.printed_date + f.printed_suffix
        w = p.width(right_text, "body", SMALL_SIZE)
        p.text(RIGHT - SMALL_SIZE - w, top, right_text, "body", SMALL_SIZE)
        p.rule(LEFT, RIGHT, TOP + BLOCK_H - FOOTER_THICK, FOOTER_THICK, red=False)

    def _letter_footer(self, f: Footer) -> None:
        """信函格式 版记: only 抄送, without rules, at the bottom of the last page's text block."""
        if not f.cc:
            return
        p = self.painter
        cc = Para.of(f.cc_text(), size=SMALL_SIZE, indent=0, hang=len(f.cc_label), align="left")
        lines = typeset(cc, p.metrics)
        if self.slot + 1 + len(lines) > LINES:
            self.new_page()
        off = (PITCH - SMALL_SIZE) / 2
        for k, ln in enumerate(lines):
            p.line(ln, slot_top(LINES - len(lines) + k) + off)


def new_canvas(
    buf: io.BytesIO, title: str, author: str, subject: str = "", font: str = ""
) -> Any:  # a reportlab Canvas (untyped)
    """A deterministic A4 canvas (``invariant=1``) with the PDF metadata set.

    ``font`` (a registered name) replaces ReportLab's initial Helvetica, which would otherwise be
    referenced, unembedded, from every page.
    """
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(
        buf,
        pagesize=(PAGE_W, PAGE_H),
        invariant=1,
        pageCompression=1,
        initialFontName=font or None,
        initialFontSize=BODY_SIZE,
        initialLeading=PITCH,
    )
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("gaotai-desktop")
    return c


def draw_document(doc: Document, fonts: FontSet) -> bytes:
    """Typeset ``doc`` and return the PDF bytes (the glyph check is the caller's job)."""
    buf = io.BytesIO()
    c = new_canvas(buf, doc.title, doc.author, doc.subject, _fonts.font_name(fonts.body))
    pager = _Pager(Painter(c, fonts), doc)
    pager.new_page()
    pager.flow()
    pager.footer()
    pager._finish_page()
    c.showPage()
    c.save()
    return buf.getvalue()
