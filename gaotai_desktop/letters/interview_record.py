"""约谈记录 (interview record) in the letter layout (信函格式): the issuing-body mark and the red
double lines, no document number; reason, time, place, the people on both sides, what the
enterprise said, the requirements set and the follow-up report due, then the signatures of both
sides.

Printed filled in from a record, or blank for handwriting at the interview: only the enterprise,
its 统一社会信用代码 and the reason are printed, every other item is a line to write on. An item
the record leaves empty also gets lines to write on (nothing is invented).

Wording: ``resources/templates/interview_record.toml``.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from gaotai_desktop.domain.dates import chinese_date, chinese_datetime
from gaotai_desktop.letters import compose as c
from gaotai_desktop.letters import fonts as _fonts
from gaotai_desktop.letters.fonts import FontSet, check_glyphs
from gaotai_desktop.letters.geometry import (
    BLOCK_CENTER,
    BODY_SIZE,
    LEFT,
    LINES,
    RIGHT,
    Blank,
    Block,
    Document,
    Para,
    Run,
    slot_top,
)
from gaotai_desktop.letters.layout import Painter, _Pager, new_canvas
from gaotai_desktop.letters.model import EnterpriseRef, Issuer
from gaotai_desktop.letters.wording import Wording

KIND = "interview_record"

#: Lines to write on where the record is blank (the statement and the requirements).
STATEMENT_LINES = 8
REQUIREMENT_LINES = 5
#: ... and where a filled-in record left them empty.
EMPTY_LINES = 3
#: Rules to write on: below the characters' em box, thin and black.
RULE_DROP = BODY_SIZE + 4.0
RULE_WIDTH = 0.5
#: Space between the two signature columns.
COLUMN_GAP = BODY_SIZE


@dataclass(frozen=True)
class InterviewRecordRequest:
    """What one 约谈记录 prints.

    issuer           the office holding the interview (its name is the red mark)
    enterprise       the enterprise interviewed (name and 统一社会信用代码 printed)
    reason           约谈事由 (always printed, also on a blank record)
    held_at          when it was held (None: written by hand)
    place, office_people, enterprise_people, statement, requirements
                     as recorded (empty: lines to write on)
    follow_up_due    the written follow-up report is due by this day (None: no date printed)
    blank            a blank record for handwriting: only enterprise and reason printed
    """

    issuer: Issuer
    enterprise: EnterpriseRef
    reason: str
    held_at: dt.datetime | None = None
    place: str = ""
    office_people: str = ""
    enterprise_people: str = ""
    statement: str = ""
    requirements: str = ""
    follow_up_due: dt.date | None = None
    blank: bool = False


@dataclass(frozen=True)
class Ruled(Blank):
    """``lines`` grid lines to write on; the first starts with ``label`` (a field's name)."""

    label: str = ""


@dataclass(frozen=True)
class Signatures(Blank):
    """Two signature columns, one grid line per row: a label ending in "：" is followed by a line
    to sign on; any other text (the date, the seal) is set flush right in its column."""

    rows: tuple[tuple[str, str], ...] = ()


def _field(label: str, value: str) -> Block:
    """``约谈地点：县人社局会议室`` (wrapped lines hang under the value), or the label and a line
    to write on when there is no value."""
    if not value.strip():
        return Ruled(1, label)
    return Para(runs=(Run(label), Run(value.rstrip())), indent=0, hang=len(label), align="left")


def _paragraphs(text: str, empty_lines: int) -> list[Block]:
    """Each line typed is a paragraph; nothing typed: lines to write on."""
    paras = [line.strip() for line in text.splitlines() if line.strip()]
    if not paras:
        return [Ruled(empty_lines)]
    return [c.body(p) for p in paras]


def build(req: InterviewRecordRequest, w: Wording | None = None) -> Document:
    """The record as a :class:`Document` of paragraphs, lines to write on and signatures."""
    w = w or Wording(KIND)
    c.require(req.reason.strip(), "interview_reason")
    e = req.enterprise
    v = {
        "enterprise": e.name,
        "uscc": e.uscc,
        "issuer": req.issuer.name,
        "issuer_short": req.issuer.short_name or req.issuer.name,
        "follow_up_due": chinese_date(req.follow_up_due) if req.follow_up_due else "",
    }
    doc_title = w.get("title", **v)
    blank = req.blank
    blocks: list[Block] = [*c.title(doc_title)]
    blocks.append(_field(w.get("label_enterprise"), e.name))
    if e.uscc:
        blocks.append(_field(w.get("label_uscc"), e.uscc))
    blocks.append(_field(w.get("label_reason"), req.reason.strip()))
    if req.held_at is not None and not blank:
        when = chinese_datetime(req.held_at)
    else:
        when = w.get("blank_time")
    blocks.append(_field(w.get("label_time"), when))
    for key, value in (
        ("label_place", req.place),
        ("label_office_people", req.office_people),
        ("label_enterprise_people", req.enterprise_people),
    ):
        blocks.append(_field(w.get(key, **v), "" if blank else value.strip()))
    blocks.append(c.heading1(1, w.get("heading_statement", **v)))
    if blank:
        blocks.append(Ruled(STATEMENT_LINES))
    else:
        blocks += _paragraphs(req.statement, EMPTY_LINES)
    blocks.append(c.heading1(2, w.get("heading_requirements", **v)))
    if blank:
        blocks.append(Ruled(REQUIREMENT_LINES))
    else:
        blocks += _paragraphs(req.requirements, EMPTY_LINES)
    blocks.append(c.heading1(3, w.get("heading_follow_up", **v)))
    if blank:
        follow_up = w.get("follow_up_blank", **v)
    elif req.follow_up_due is not None:
        follow_up = w.get("follow_up", **v)
    else:
        follow_up = w.get("follow_up_undated", **v)
    blocks.append(c.body(follow_up))
    blocks.append(Blank())
    blocks.append(Para.of(w.get("confirm", **v), keep_with_next=True))
    date = w.get("sign_date", **v)
    rows = (
        (w.get("sign_office", **v), w.get("sign_enterprise", **v)),
        (w.get("sign_recorder", **v), w.get("seal_enterprise", **v)),
        (date, date),
    )
    blocks.append(Signatures(len(rows), rows=rows))
    return Document(
        layout="letter",
        mark=req.issuer.name,
        doc_no="",
        blocks=tuple(blocks),
        title=f"{doc_title}（{e.name}）",
        author=req.issuer.name,
        subject=req.reason.strip(),
    )


def texts_by_role(doc: Document) -> dict[str, list[str]]:
    """Every string drawn, by font role: the document's and the labels of its own blocks."""
    out = doc.texts_by_role()
    for b in doc.blocks:
        if isinstance(b, Ruled) and b.label:
            out["body"].append(b.label)
        elif isinstance(b, Signatures):
            out["body"].extend(t for row in b.rows for t in row)
    return out


def collect_texts(req: InterviewRecordRequest) -> list[str]:
    return [t for texts in texts_by_role(build(req)).values() for t in texts if t]


class _RecordPager(_Pager):
    """The letter pager with two more blocks: lines to write on and the signatures."""

    def _need_of(self, b: Block) -> int:
        """Grid lines ``b`` needs together at the top of a page."""
        if isinstance(b, Signatures):
            return b.lines
        if isinstance(b, Ruled):
            return min(2, b.lines)
        if isinstance(b, Para):
            return min(2, len(self._lines(b)))
        return 0

    def flow(self) -> None:
        blocks = self.doc.blocks
        for idx, b in enumerate(blocks):
            if isinstance(b, Ruled):
                self._ruled(b)
            elif isinstance(b, Signatures):
                self.ensure(b.lines)
                self._signatures(b)
            elif isinstance(b, Blank):
                if self.slot > 0 or self.page == 1:  # no blank lines at the top of a page
                    self.slot = min(self.slot + b.lines, LINES)
            elif isinstance(b, Para):
                lines = self._lines(b)
                if b.keep_with_next and idx + 1 < len(blocks):
                    self.ensure(len(lines) + self._need_of(blocks[idx + 1]))
                elif len(lines) <= 3:
                    self.ensure(len(lines))
                for ln in lines:
                    self.put(ln)
            else:
                raise TypeError(f"unknown block {b!r}")

    def _rule(self, x0: float, x1: float) -> None:
        if x1 - x0 > BODY_SIZE:
            self.painter.rule(x0, x1, slot_top(self.slot) + RULE_DROP, RULE_WIDTH, red=False)

    def _ruled(self, b: Ruled) -> None:
        self.ensure(min(2, b.lines))
        p = self.painter
        for k in range(b.lines):
            self.ensure(1)
            x0 = LEFT
            if k == 0 and b.label:
                p.text(LEFT, slot_top(self.slot), b.label, "body", BODY_SIZE)
                x0 = LEFT + p.width(b.label, "body", BODY_SIZE)
            self._rule(x0, RIGHT)
            self.slot += 1

    def _signatures(self, b: Signatures) -> None:
        p = self.painter
        half = (RIGHT - LEFT - COLUMN_GAP) / 2
        columns = ((LEFT, LEFT + half), (BLOCK_CENTER + COLUMN_GAP / 2, RIGHT))
        for row in b.rows:
            top = slot_top(self.slot)
            for text, (x0, x1) in zip(row, columns, strict=True):
                width = p.width(text, "body", BODY_SIZE)
                if text.endswith("："):
                    p.text(x0, top, text, "body", BODY_SIZE)
                    self._rule(x0 + width, x1)
                else:
                    p.text(x1 - width, top, text, "body", BODY_SIZE)
            self.slot += 1


def draw_interview_record(doc: Document, fonts: FontSet) -> bytes:
    """Lay ``doc`` (from :func:`build`) out; the glyph check is the caller's job."""
    buf = io.BytesIO()
    canvas = new_canvas(buf, doc.title, doc.author, doc.subject, _fonts.font_name(fonts.body))
    pager = _RecordPager(Painter(canvas, fonts), doc)
    pager.new_page()
    pager.flow()
    pager._finish_page()
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def render_interview_record(req: InterviewRecordRequest, fonts: FontSet | None = None) -> bytes:
    """PDF bytes of the record. Raises ``MissingGlyphs`` before drawing anything."""
    fonts = fonts or FontSet.detect()
    doc = build(req)
    for role, texts in texts_by_role(doc).items():
        check_glyphs(texts, fonts, roles=(role,))
    return draw_interview_record(doc, fonts)
