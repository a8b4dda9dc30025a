"""Drawing a document onto a ReportLab canvas, page by page, on the GB/T 9704-2012 line grid.

The geometry and the content blocks are in :mod:`~gaotai_desktop.letters.geometry`, the line
breaking in :mod:`~gaotai_desktop.letters.typesetter`. Two page layouts: ``letter`` (信函格式,
§10.1: issuing-body mark and red double lines, no page number on the first page) and ``full``
(公文, with the 版记 footer).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from gaotai_desktop.letters import fonts as _fonts
from gaotai_desktop.letters.fonts import FontSet
from gaotai_desktop.letters.geometry import (
    BLOCK_CENTER,
    BLOCK_H,
    BLOCK_W,
    BODY_SIZE,
    FULL_MARK_SIZE,
    FULL_MARK_TOP,
    LEFT,
    LETTER_BOTTOM_RULE,
    LETTER_MARK_SIZE,
    LETTER_MARK_TOP,
    LETTER_RULE_LEN,
    LINES,
    MM,
    PAGE_H,
    PAGE_NO_GAP,
    PAGE_W,
    PITCH,
    RED_CMYK,
    RIGHT,
    SMALL_SIZE,
    TOP,
    Blank,
    Block,
    Closing,
    Document,
    Footer,
    Para,
    slot_top,
)
from gaotai_desktop.letters.typesetter import Line, Metrics, typeset

# --- drawing ---------------------------------------------------------------------------------------


#: Stroke width of a synthetic bold, as a fraction of the font size.
FAUX_BOLD = 0.03


#: Size of a draft's diagonal watermark (points).
WATERMARK_SIZE = 150.0


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
        w = self.metrics.text_width(text, role, size)
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
#: 信函格式: the document number's em box top 7/8 of a 3号 character (4.94 mm) below the red line.
LETTER_NO_GAP = BODY_SIZE * 7 / 8
#: 公文: the document number two lines (two line pitches) below the issuing-body mark.
FULL_NO_GAP = 2 * PITCH


@dataclass
class _Pager:
    painter: Painter
    doc: Document
    page: int = 0
    slot: int = 0
    first_slot: int = 0
    header_bottom: float = field(default=0.0)
    #: pages without a page number: a blank page before the 版记 page, and that page (§7.5)
    unnumbered: set[int] = field(default_factory=set)
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
        if self.doc.watermark:
            self._watermark(self.doc.watermark)
        if self.doc.layout == "letter" and self.page == 1:
            return  # 信函格式: no page number on the first page
        if self.page in self.unnumbered:
            return
        p = self.painter
        text = f"— {self.page} —"
        w = p.width(text, "body", SMALL_SIZE)
        top = TOP + BLOCK_H + PAGE_NO_GAP
        x = RIGHT - SMALL_SIZE - w if self.page % 2 else LEFT + SMALL_SIZE
        p.text(x, top, text, "body", SMALL_SIZE)

    def _watermark(self, text: str) -> None:
        """``text`` large, grey and diagonal across the middle of the page (over the text)."""
        p, c = self.painter, self.c
        size = WATERMARK_SIZE
        c.saveState()
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(45)
        c.setFillColorRGB(0.55, 0.55, 0.55, alpha=0.35)
        c.translate(-PAGE_W / 2, -PAGE_H / 2)
        w = p.width(text, "heading1", size)
        p._text(PAGE_W / 2 - w / 2, PAGE_H / 2 - size / 2, text, "heading1", size, 0.0, 100.0)
        c.restoreState()

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
            no_top = y_end + LETTER_NO_GAP
            if doc.doc_no:
                w = p.width(doc.doc_no, "body", BODY_SIZE)
                p.text(RIGHT - w, no_top, doc.doc_no, "body", BODY_SIZE)
            last = no_top + BODY_SIZE
            gap = 0.9 * PITCH  # one blank line before the title
        else:
            bottom = p.mark(doc.mark, FULL_MARK_TOP, FULL_MARK_SIZE, BLOCK_W * 0.98)
            no_top = bottom + FULL_NO_GAP  # two lines below the mark
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
        self._to_footer_page(need)
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

    def _to_footer_page(self, need: int) -> None:
        """GB/T 9704 §7.4/§7.5: the 版记 sits at the bottom of an even page. An odd last page
        sends it to the next (even) page; a full even page adds a blank page before the 版记
        page, and those two pages carry no page number."""
        if self.page % 2 == 0 and self.slot + need <= LINES:
            return
        if self.page % 2 == 0:
            self.new_page()  # the blank (odd) page
            self.unnumbered.update((self.page, self.page + 1))
        self.new_page()

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
