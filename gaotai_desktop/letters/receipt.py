"""送达回证 (proof of hand delivery, 民事诉讼法 第87-89条): a one-page form on the GB/T 9704 block."""

from __future__ import annotations

import io
from dataclasses import dataclass

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
from gaotai_desktop.letters.typesetter import typeset
from gaotai_desktop.letters.wording import Wording

KIND = "receipt"
LABEL_W = 44 * MM
PAD = 2.5 * MM
LEADING = SMALL_SIZE * 1.55
TABLE_TOP = TOP + 30 * MM
BOX_CHOICES = ("☐", "□")  # ballot box if the font has it, else white square


@dataclass(frozen=True)
class _Row:
    label: str
    lines: tuple[str, ...] = ()  # wrapped text at the top of the cell
    bottom: tuple[str, ...] = ()  # right-aligned lines at the bottom of the cell
    units: float = 1.0  # relative height
    boxes: tuple[str, ...] = ()  # tick boxes (送达方式)


def _box(fonts: FontSet) -> str:
    have = _fonts.cmap(fonts.body)
    return next((b for b in BOX_CHOICES if ord(b) in have), "")


def _rows(req: ReceiptRequest, w: Wording) -> tuple[str, str, list[_Row]]:
    e = req.enterprise
    v = {"issuer": req.issuer.name}
    recipient = [e.name]
    recipient.append(w.get("recipient_person") + (req.recipient_person or ""))
    deliverers = list(req.deliverers[:2]) + [""] * (2 - min(len(req.deliverers), 2))
    rows = [
        _Row(w.get("label_document"), (f"《{req.document_title}》", req.doc_no), units=2),
        _Row(w.get("label_issuer"), (req.issuer.name,), units=1.2),
        _Row(w.get("label_recipient"), tuple(recipient), units=2),
        _Row(w.get("label_address"), (req.address or e.address,), units=1.4),
        _Row(w.get("label_method"), units=2, boxes=tuple(w.items("methods"))),
        _Row(w.get("label_sign"), bottom=(w.get("received_at"),), units=3),
        _Row(w.get("label_proxy"), units=2),
        _Row(w.get("label_refusal"), bottom=(w.get("refusal_witness") + "　" * 12,), units=2.6),
        _Row(
            w.get("label_deliverers"),
            tuple(w.get("deliverer_line") + d for d in deliverers),
            bottom=(w.get("delivered_at"),),
            units=3,
        ),
        _Row(w.get("label_remarks"), (req.remarks,) if req.remarks else (), units=1.8),
    ]
    return w.get("heading", **v), w.get("title", **v), rows


def collect_receipt_texts(req: ReceiptRequest, w: Wording | None = None) -> list[str]:
    w = w or Wording(KIND)
    heading, title, rows = _rows(req, w)
    out = [heading, title, w.get("note")]
    for r in rows:
        out += [r.label, *r.lines, *r.bottom, *r.boxes]
    return [t for t in out if t]


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
    p.text(BLOCK_CENTER - hw / 2, TOP, heading, "title", TITLE_SIZE)
    spaced_cs = TITLE_SIZE * 0.5
    tw = p.width(title, "title", TITLE_SIZE, spaced_cs)
    p.text(BLOCK_CENTER - tw / 2, TOP + 13 * MM, title, "title", TITLE_SIZE, spaced_cs)

    note = w.get("note")
    bottom = TOP + BLOCK_H - LEADING
    total = sum(r.units for r in rows)
    unit = (bottom - TABLE_TOP) / total
    c.setLineWidth(0.8)
    c.rect(LEFT, PAGE_H - bottom, BLOCK_W, bottom - TABLE_TOP, stroke=1, fill=0)
    c.setLineWidth(0.5)
    x_split = LEFT + LABEL_W
    c.line(x_split, PAGE_H - TABLE_TOP, x_split, PAGE_H - bottom)
    box = _box(fonts)
    y = TABLE_TOP
    for k, r in enumerate(rows):
        h = r.units * unit
        if k:
            c.line(LEFT, PAGE_H - y, RIGHT, PAGE_H - y)
        # label: centred in its cell
        label = Para.of(r.label, size=SMALL_SIZE, indent=0, align="center")
        lines = typeset(label, p.metrics, LEFT + PAD, LABEL_W - 2 * PAD)
        top = y + (h - len(lines) * LEADING) / 2 + (LEADING - SMALL_SIZE) / 2
        for i, ln in enumerate(lines):
            p.line(ln, top + i * LEADING)
        cx = x_split + PAD
        cw = RIGHT - PAD - cx
        ty = y + PAD
        for text in r.lines:
            para = Para.of(text, size=SMALL_SIZE, indent=0, align="left")
            for ln in typeset(para, p.metrics, cx, cw):
                p.line(ln, ty)
                ty += LEADING
        if r.boxes:
            _draw_boxes(p, r.boxes, box, req, cx, cw, ty)
        by = y + h - PAD - len(r.bottom) * LEADING + (LEADING - SMALL_SIZE)
        for text in r.bottom:
            tw = p.width(text, "body", SMALL_SIZE)
            p.text(RIGHT - PAD - tw, by, text, "body", SMALL_SIZE)
            by += LEADING
        y += h
    p.text(LEFT, bottom + (LEADING - SMALL_SIZE), note, "body", SMALL_SIZE)
    c.showPage()
    c.save()
    return buf.getvalue()


def _draw_boxes(
    p: Painter,
    items: tuple[str, ...],
    box: str,
    req: ReceiptRequest,
    x0: float,
    width: float,
    top: float,
) -> None:
    """Tick boxes laid out three per line; the pre-selected method gets a drawn tick."""
    size = SMALL_SIZE
    x, y = x0, top
    gap = size
    chosen = req.method.value if req.method else None
    for item in items:
        text = (box + item) if box else ("　" + item)
        tw = p.width(text, "body", size)
        if x > x0 and x + tw > x0 + width:
            x, y = x0, y + LEADING
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
        x += tw + gap
