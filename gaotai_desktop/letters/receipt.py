"""送达回证 (proof of hand delivery, 民事诉讼法 第87-89条): a one-page ruled form.

Every cell grows with its text: labels and values are wrapped within their cell and each row is as
tall as its tallest cell; what is left of the page is shared out among the rows that are filled in
by hand (signatures, the refusal, remarks). The issuing body's row leaves room for its seal over
the 填发日期.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from gaotai_desktop.domain.dates import chinese_date
from gaotai_desktop.letters import fonts as _fonts
from gaotai_desktop.letters.fonts import FontSet
from gaotai_desktop.letters.geometry import (
    BLOCK_CENTER,
    BLOCK_H,
    BLOCK_W,
    LEFT,
    MM,
    PAGE_H,
    RIGHT,
    SMALL_SIZE,
    TITLE_SIZE,
    TOP,
    Para,
)
from gaotai_desktop.letters.layout import Painter, new_canvas
from gaotai_desktop.letters.model import ReceiptRequest
from gaotai_desktop.letters.typesetter import Line, typeset
from gaotai_desktop.letters.wording import Wording

KIND = "receipt"
LABEL_W = 44 * MM
PAD = 2 * MM
SIZE = SMALL_SIZE  # 4号 throughout the form
LEADING = SIZE * 1.4
HEADING_TOP = 25 * MM  # the form starts above the text block to leave the rows their room
TITLE_TOP = HEADING_TOP + 11 * MM
TABLE_TOP = HEADING_TOP + 24 * MM
TABLE_BOTTOM = TOP + BLOCK_H  # the note goes below, in the bottom margin
NOTE_GAP = 2 * MM
BOX_CHOICES = ("☐", "□")  # ballot box if the font has it, else white square
SEAL_ROOM = 30 * MM  # the issuer's row: a 42 mm seal stamped across the 填发日期 fits
CONTENT_X = LEFT + LABEL_W + PAD
CONTENT_W = RIGHT - PAD - CONTENT_X

#: Wording of the newer parts of the form, used where the template does not (yet) have the key.
DEFAULTS = {
    "label_copies": "件数",
    "copies": "${copies}件",
    "pages": "（共${pages}页）",
    "seal": "（印章）",
    "issued_at": "填发日期：",
    "blank_date": "　　　年　　月　　日",
    "uscc": "统一社会信用代码：",
}


def _say(w: Wording, key: str, **values: str) -> str:
    if w.has(key):
        return w.get(key, **values)
    from string import Template

    return Template(DEFAULTS[key]).substitute(values)


@dataclass(frozen=True)
class _Row:
    label: str
    lines: tuple[str, ...] = ()  # wrapped text at the top of the cell
    bottom: tuple[str, ...] = ()  # right-aligned lines at the bottom of the cell
    boxes: tuple[str, ...] = ()  # tick boxes (送达方式)
    blank: int = 0  # empty lines kept for handwriting (or a seal) between top and bottom text
    grow: float = 0.0  # share of the page's spare height
    least: float = 0.0  # minimum height (the seal's room)


@dataclass(frozen=True)
class _Cell:
    """A row measured: its lines positioned relative to the row's top edge."""

    row: _Row
    label: list[Line]
    lines: list[Line]
    boxes: list[tuple[float, int, str, str]]  # x, line index, text, item
    bottom: list[Line]
    min_height: float


def _box(fonts: FontSet) -> str:
    have = _fonts.cmap(fonts.body)
    return next((b for b in BOX_CHOICES if ord(b) in have), "")


def _rows(req: ReceiptRequest, w: Wording) -> tuple[str, str, list[_Row]]:
    e = req.enterprise
    v = {"issuer": req.issuer.name}
    recipient = [e.name]
    if e.uscc:
        recipient.append(_say(w, "uscc") + e.uscc)
    recipient.append(w.get("recipient_person") + (req.recipient_person or ""))
    deliverers = list(req.deliverers[:2]) + [""] * (2 - min(len(req.deliverers), 2))
    copies = _say(w, "copies", copies=str(req.copies))
    if req.pages:
        copies += _say(w, "pages", pages=str(req.pages))
    issued = chinese_date(req.issue_date) if req.issue_date else _say(w, "blank_date")
    rows = [
        _Row(w.get("label_document"), (f"《{req.document_title}》", req.doc_no)),
        _Row(_say(w, "label_copies"), (copies,)),
        _Row(
            w.get("label_issuer") + _say(w, "seal"),
            (req.issuer.name,),
            bottom=(_say(w, "issued_at") + issued,),
            blank=1,
            least=SEAL_ROOM,
        ),
        _Row(w.get("label_recipient"), tuple(recipient)),
        _Row(w.get("label_address"), (req.address or e.address,)),
        _Row(w.get("label_method"), boxes=tuple(w.items("methods"))),
        _Row(w.get("label_sign"), bottom=(w.get("received_at"),), blank=2, grow=2),
        _Row(w.get("label_proxy"), grow=0.5),
        _Row(w.get("label_refusal"), bottom=(w.get("refusal_witness") + "　" * 12,), grow=1),
        _Row(
            w.get("label_deliverers"),
            tuple(w.get("deliverer_line") + d for d in deliverers),
            bottom=(w.get("delivered_at"),),
            grow=1,
        ),
        _Row(w.get("label_remarks"), (req.remarks,) if req.remarks else (), grow=0.5),
    ]
    return w.get("heading", **v), w.get("title", **v), rows


def collect_receipt_texts(req: ReceiptRequest, w: Wording | None = None) -> list[str]:
    w = w or Wording(KIND)
    heading, title, rows = _rows(req, w)
    out = [heading, title, w.get("note")]
    for r in rows:
        out += [r.label, *r.lines, *r.bottom, *r.boxes]
    return [t for t in out if t]


def _span(n: int) -> float:
    """Height of ``n`` text lines (first em box top to last em box bottom)."""
    return (n - 1) * LEADING + SIZE if n else 0.0


def _measure(p: Painter, r: _Row, box: str) -> _Cell:
    def wrap(text: str, left: float, width: float, align: str) -> list[Line]:
        para = Para.of(text, size=SIZE, indent=0, align=align, balance=align == "center")
        return typeset(para, p.metrics, left, width)

    label = wrap(r.label, LEFT + PAD, LABEL_W - 2 * PAD, "center")
    lines = [ln for t in r.lines for ln in wrap(t, CONTENT_X, CONTENT_W, "left")]
    boxes = _place_boxes(p, r.boxes, box, len(lines))
    bottom = [ln for t in r.bottom for ln in wrap(t, CONTENT_X, CONTENT_W, "right")]
    top_lines = len(lines) + (boxes[-1][1] + 1 - len(lines) if boxes else 0)
    n = max(len(label), top_lines + r.blank + len(bottom), 1)
    return _Cell(r, label, lines, boxes, bottom, max(_span(n) + 2 * PAD, r.least))


def _place_boxes(
    p: Painter, items: tuple[str, ...], box: str, first: int
) -> list[tuple[float, int, str, str]]:
    """Tick boxes flowed left to right, wrapping within the cell, from line ``first``."""
    out: list[tuple[float, int, str, str]] = []
    x, k = CONTENT_X, first
    for item in items:
        text = (box + item) if box else ("　" + item)
        tw = p.width(text, "body", SIZE)
        if x > CONTENT_X and x + tw > CONTENT_X + CONTENT_W:
            x, k = CONTENT_X, k + 1
        out.append((x, k, text, item))
        x += tw + SIZE
    return out


def _heights(cells: list[_Cell], room: float) -> list[float]:
    """Each row's minimum height plus its share of the spare room (none if there is none)."""
    spare = max(0.0, room - sum(c.min_height for c in cells))
    weight = sum(c.row.grow for c in cells) or 1.0
    return [c.min_height + spare * c.row.grow / weight for c in cells]


def draw_receipt(req: ReceiptRequest, fonts: FontSet, w: Wording | None = None) -> bytes:
    w = w or Wording(KIND)
    heading, title, rows = _rows(req, w)
    buf = io.BytesIO()
    c = new_canvas(
        buf,
        f"{title}（{req.document_title} {req.doc_no}）",
        req.issuer.name,
        req.doc_no,
        _fonts.font_name(fonts.body),
    )
    p = Painter(c, fonts)
    # heading (issuing body) and title, centred above the table
    hw = p.width(heading, "title", TITLE_SIZE)
    p.text(BLOCK_CENTER - hw / 2, HEADING_TOP, heading, "title", TITLE_SIZE)
    spaced_cs = TITLE_SIZE * 0.5
    tw = p.width(title, "title", TITLE_SIZE, spaced_cs)
    p.text(BLOCK_CENTER - tw / 2, TITLE_TOP, title, "title", TITLE_SIZE, spaced_cs)

    box = _box(fonts)
    cells = [_measure(p, r, box) for r in rows]
    heights = _heights(cells, TABLE_BOTTOM - TABLE_TOP)
    bottom = TABLE_TOP + sum(heights)
    c.setLineWidth(0.8)
    c.rect(LEFT, PAGE_H - bottom, BLOCK_W, bottom - TABLE_TOP, stroke=1, fill=0)
    c.setLineWidth(0.5)
    x_split = LEFT + LABEL_W
    c.line(x_split, PAGE_H - TABLE_TOP, x_split, PAGE_H - bottom)
    y = TABLE_TOP
    for k, (cell, h) in enumerate(zip(cells, heights, strict=True)):
        if k:
            c.line(LEFT, PAGE_H - y, RIGHT, PAGE_H - y)
        top = y + (h - _span(len(cell.label))) / 2  # label: centred in its cell
        for i, ln in enumerate(cell.label):
            p.line(ln, top + i * LEADING)
        for i, ln in enumerate(cell.lines):
            p.line(ln, y + PAD + i * LEADING)
        _draw_boxes(p, cell.boxes, box, req, y + PAD)
        first = y + h - PAD - _span(len(cell.bottom))
        for i, ln in enumerate(cell.bottom):
            p.line(ln, first + i * LEADING)
        y += h
    p.text(LEFT, bottom + NOTE_GAP, w.get("note"), "body", SIZE)
    c.showPage()
    c.save()
    return buf.getvalue()


def _draw_boxes(
    p: Painter,
    placed: list[tuple[float, int, str, str]],
    box: str,
    req: ReceiptRequest,
    top: float,
) -> None:
    """The placed tick boxes; the pre-selected method gets a drawn tick."""
    size = SIZE
    chosen = req.method.value if req.method else None
    for x, k, text, item in placed:
        y = top + k * LEADING
        p.text(x, y, text, "body", size)
        if not box:  # no box glyph in the font: draw the square
            p.c.rect(x + 1.5, PAGE_H - y - size + 2.5, size - 3, size - 3, stroke=1, fill=0)
        if item == chosen:
            c = p.c
            c.saveState()
            c.setLineWidth(1.2)
            yb = PAGE_H - y - size
            c.line(x + 2.5, yb + 8, x + 6, yb + 4)
            c.line(x + 6, yb + 4, x + 12.5, yb + 13)
            c.restoreState()
