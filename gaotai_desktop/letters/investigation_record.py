"""调查笔录 (investigation record) of a work-injury recognition case: a printable form in the
letter layout (the red issuing-body mark, no number): the case, time and place, the two staff
with their certificate numbers (执法证号), the person questioned (name, gender, ID number masked
unless asked for in full, relation to the case, phone), then the questions and answers.

Every page ends with "以上笔录我已看过，与我说的相符。" and lines for the signatures of the person
questioned and of the staff, and carries "第x页 共y页" below the text block: each page is signed.
Printed filled in from a record, or blank (lines to write on) for questioning by hand.

Wording: ``resources/templates/investigation_record.toml``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from gaotai_desktop.domain.dates import chinese_datetime
from gaotai_desktop.domain.documents import InvestigationInput
from gaotai_desktop.domain.identifiers import mask_id
from gaotai_desktop.letters import compose as c
from gaotai_desktop.letters import fonts as _fonts
from gaotai_desktop.letters.fonts import FontSet, check_glyphs
from gaotai_desktop.letters.geometry import (
    BLOCK_CENTER,
    BLOCK_H,
    BODY_SIZE,
    LINES,
    PAGE_NO_GAP,
    SMALL_SIZE,
    TOP,
    Blank,
    Block,
    Document,
    Para,
    Run,
    slot_top,
)
from gaotai_desktop.letters.interview_record import Ruled, Signatures, _RecordPager, texts_by_role
from gaotai_desktop.letters.layout import Painter, new_canvas
from gaotai_desktop.letters.model import Issuer
from gaotai_desktop.letters.wording import Wording

KIND = "investigation_record"

#: Grid lines of each page kept for the confirmation and the signatures.
FOOTER_LINES = 2
#: Question-and-answer pairs ruled on a blank record (a question line, two answer lines).
BLANK_PAIRS = 5


@dataclass(frozen=True)
class InvestigationRequest:
    """What one 调查笔录 prints: the office, the case (``subject``: 案由) and the record (None:
    a blank form to fill in by hand)."""

    issuer: Issuer
    subject: str
    record: InvestigationInput | None = None


def _field(label: str, value: str) -> Block:
    if not value.strip():
        return Ruled(1, label)
    return Para(runs=(Run(label), Run(value.rstrip())), indent=0, hang=len(label), align="left")


def _qa(label: str, text: str) -> Para:
    return Para(
        runs=(Run(label, "heading1"), Run(text)), indent=0, hang=len(label), align="justify"
    )


def build(req: InvestigationRequest, w: Wording | None = None) -> Document:
    w = w or Wording(KIND)
    c.require(req.subject.strip(), "case")
    v = {"issuer": req.issuer.name, "issuer_short": req.issuer.short_name,
         "subject": req.subject.strip()}  # fmt: skip
    doc_title = w.get("title", **v)
    blocks: list[Block] = [*c.title(doc_title), _field(w.get("label_subject"), v["subject"])]
    r = req.record
    if r is None:
        blocks.append(_field(w.get("label_time"), w.get("blank_time")))
        blocks.append(Ruled(1, w.get("label_place")))
        staff = (w.get("label_staff"), w.get("label_cert"))
        person = (
            (w.get("label_person"), w.get("label_gender")),
            (w.get("label_id"), w.get("label_phone")),
            (w.get("label_relation"), ""),
        )
        blocks.append(Signatures(2, rows=(staff, staff)))
        blocks.append(Signatures(3, rows=person))
    else:
        start = chinese_datetime(r.started_at)
        when = start
        if r.ended_at is not None:
            end = chinese_datetime(r.ended_at)
            if r.ended_at.date() == r.started_at.date():
                end = end.removeprefix(f"{r.ended_at.year}年{r.ended_at.month}月{r.ended_at.day}日")
            when = w.get("time_range", start=start, end=end)
        blocks.append(_field(w.get("label_time"), when))
        blocks.append(_field(w.get("label_place"), r.place))
        for name, cert in r.staff:
            blocks.append(_field(w.get("label_staff"), w.get("staff_line", name=name, cert=cert)))
        id_text = r.person_id_number if r.full_id else mask_id(r.person_id_number)
        gender = f"　{w.get('label_gender')}{r.person_gender}" if r.person_gender else ""
        blocks.append(_field(w.get("label_person"), r.person_name + gender))
        for key, value in (("label_id", id_text), ("label_relation", r.person_relation),
                           ("label_phone", r.person_phone)):  # fmt: skip
            if value:
                blocks.append(_field(w.get(key), value))
    blocks.append(Blank())
    blocks.append(_qa(w.get("question"), w.get("opening", **v)))
    if r is None:
        blocks.append(Ruled(1, w.get("answer")))
        for _ in range(BLANK_PAIRS):
            blocks += [Ruled(1, w.get("question")), Ruled(2, w.get("answer"))]
    else:
        pairs = r.qa
        if pairs and not pairs[0][0].strip():  # a first answer without a question: the opening's
            blocks.append(_qa(w.get("answer"), pairs[0][1]))
            pairs = pairs[1:]
        for q, a in pairs:
            blocks += [_qa(w.get("question"), q), _qa(w.get("answer"), a)]
    blocks.append(Blank())
    date = w.get("sign_date")
    blocks.append(
        Signatures(3, rows=((w.get("sign_person"), w.get("sign_staff")),
                            (date, w.get("sign_staff")), ("", date)))
    )  # fmt: skip
    return Document(
        layout="letter", mark=req.issuer.name, doc_no="", blocks=tuple(blocks),
        title=f"{doc_title}（{v['subject']}）", author=req.issuer.name, subject=v["subject"],
    )  # fmt: skip


def footer_texts(w: Wording) -> list[str]:
    return [w.get("confirm"), w.get("sign_person"), w.get("sign_staff"),
            w.get("page_of", page="0123456789", pages="")]  # fmt: skip


class _Pager(_RecordPager):
    """The record pager with the last :data:`FOOTER_LINES` grid lines of every page kept for the
    confirmation and the signatures, and "第x页 共y页" below the text block."""

    pages: int = 0
    wording: Wording | None = None

    def ensure(self, n: int) -> None:
        if self.slot + n > LINES - FOOTER_LINES:
            self.new_page()

    def _finish_page(self) -> None:
        w = self.wording
        assert w is not None
        p = self.painter
        keep = self.slot
        self.slot = LINES - FOOTER_LINES
        p.text(BLOCK_CENTER - p.width(w.get("confirm"), "body", BODY_SIZE) / 2,
               slot_top(self.slot), w.get("confirm"), "body", BODY_SIZE)  # fmt: skip
        self.slot += 1
        self._signatures(Signatures(1, rows=((w.get("sign_person"), w.get("sign_staff")),)))
        self.slot = keep
        text = w.get("page_of", page=str(self.page), pages=str(self.pages or "?"))
        width = p.width(text, "body", SMALL_SIZE)
        p.text(BLOCK_CENTER - width / 2, TOP + BLOCK_H + PAGE_NO_GAP, text, "body", SMALL_SIZE)


def _draw(doc: Document, fonts: FontSet, w: Wording, pages: int) -> tuple[bytes, int]:
    buf = io.BytesIO()
    canvas = new_canvas(buf, doc.title, doc.author, doc.subject, _fonts.font_name(fonts.body))
    pager = _Pager(Painter(canvas, fonts), doc)
    pager.pages, pager.wording = pages, w
    pager.new_page()
    pager.flow()
    pager._finish_page()
    canvas.showPage()
    canvas.save()
    return buf.getvalue(), pager.page


def render_investigation_record(req: InvestigationRequest, fonts: FontSet | None = None) -> bytes:
    """PDF bytes of the record. Raises ``MissingGlyphs`` before drawing anything."""
    fonts = fonts or FontSet.detect()
    w = Wording(KIND)
    doc = build(req, w)
    roles = texts_by_role(doc)
    roles["body"] += footer_texts(w)
    for role, texts in roles.items():
        check_glyphs(texts, fonts, roles=(role,))
    _, pages = _draw(doc, fonts, w, 0)  # first pass: count the pages
    pdf, _ = _draw(doc, fonts, w, pages)
    return pdf
