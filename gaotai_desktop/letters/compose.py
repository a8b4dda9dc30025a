"""Building blocks shared by the document kinds: title, addressee, headings, numbered items."""

from __future__ import annotations

from typing import TypeVar

from gaotai_desktop.domain.dates import chinese_date, chinese_datetime
from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.letters.geometry import (
    TITLE_SIZE,
    Blank,
    Block,
    Closing,
    Document,
    Footer,
    Para,
    Run,
)
from gaotai_desktop.letters.model import AccidentFact, EnterpriseCase, HazardFact, LetterRequest
from gaotai_desktop.letters.numbering import (
    heading1_label,
    heading2_label,
    heading3_label,
    validate_doc_no,
)
from gaotai_desktop.letters.wording import Wording

T = TypeVar("T")


def title(text: str) -> list[Block]:
    """Title in the 小标宋 role, 22 pt, centred, balanced lines; one blank line below it."""
    return [
        Para(runs=(Run(text, "title", TITLE_SIZE),), indent=0, align="center", balance=True),
        Blank(),
    ]


def addressee(text: str) -> Para:
    """主送: flush left, ending with a full-width colon."""
    if not text.endswith("："):
        text = text.rstrip(":：") + "："
    return Para.of(text, indent=0, align="justify")


def body(text: str) -> Para:
    return Para.of(text)


def heading1(n: int, text: str) -> Para:
    """Level-1 heading "一、…" in the 黑体 role."""
    return Para.of(heading1_label(n) + text, role="heading1", keep_with_next=True)


def item2(n: int, text: str, suffix: str = "") -> Para:
    """Level-2 item "（一）lead sentence。rest": the lead sentence in the 楷体 role."""
    label = heading2_label(n)
    cut = text.find("。")
    runs: tuple[Run, ...]
    if 0 <= cut < len(text) - 1:
        runs = (Run(label + text[: cut + 1], "heading2"), Run(text[cut + 1 :] + suffix, "body"))
    elif cut == len(text) - 1 and len(text) <= 20:
        runs = (Run(label + text, "heading2"),) + ((Run(suffix, "body"),) if suffix else ())
    else:
        runs = (Run(label + text + suffix, "body"),)
    return Para(runs=runs)


def labelled(n: int, text: str) -> Para:
    """Level-2 label "（一）" in the 楷体 role followed by body text (long first sentences)."""
    return Para(runs=(Run(heading2_label(n), "heading2"), Run(text, "body")))


def item4(n: int, text: str) -> Para:
    """Level-4 item "（1）" in the body font."""
    return Para.of(f"（{n}）" + text)


def item3(n: int, text: str) -> Para:
    """Level-3 item "1." in the body font."""
    return Para.of(heading3_label(n) + text)


def closing_sentence(text: str) -> Para:
    """ "特此通知。" etc.: kept on the page of the signature."""
    return Para.of(text, keep_with_next=True)


def closing(req: LetterRequest) -> list[Block]:
    return [Closing(signature=req.issuer.name, date=chinese_date(req.issue_date))]


def contact_note(w: Wording, req: LetterRequest) -> Para:
    """附注: contact person and phone, indented two characters, in brackets, below the date."""
    text = w.get(
        "contact",
        contact_person=req.issuer.contact_person,
        contact_phone=req.issuer.contact_phone,
    )
    return Para.of(text)


def correction(w: Wording, req: LetterRequest) -> list[Block]:
    if not req.references_doc_no:
        return []
    return [body(w.get("correction", references_doc_no=req.references_doc_no))]


def head(
    w: Wording, req: LetterRequest, v: dict[str, str], doc_title: str, to: str | None = None
) -> list[Block]:
    """Title, 主送 (``to``, default the wording's ``addressee``) and, in a correction, the sentence
    naming the document it replaces."""
    to = w.get("addressee", **v) if to is None else to
    return [*title(doc_title), addressee(to), *correction(w, req)]


def accident_items(w: Wording, case: EnterpriseCase) -> list[Block]:
    """The accidents of ``case`` by date, numbered "（1）"."""
    return [item4(i, t) for i, t in enumerate(accident_lines(w, case.accidents), 1)]


def hazard_fact(w: Wording, v: dict[str, str], hazard: HazardFact) -> Para:
    """The occupational-disease hazard found at the enterprise (its ``case.hazard``), with its
    reference if any."""
    text = w.get("facts_hazard", **v)
    if hazard.reference:
        text = text.rstrip("。") + w.get("hazard_reference", **v) + "。"
    return body(text)


def letter_footer(w: Wording, cc: tuple[str, ...]) -> Footer | None:
    """信函格式 版记: 抄送 only, at the bottom of the last page (no 印发, no rules)."""
    if not cc:
        return None
    return Footer(cc=tuple(cc), printed_by="", printed_date="", cc_label=w.get("cc_label"))


def document(
    req: LetterRequest,
    blocks: list[Block],
    doc_title: str,
    footer: Footer | None,
    *,
    layout: str = "letter",
    mark: str | None = None,
) -> Document:
    """The :class:`Document` of ``req``: issuer as mark and author, 发文字号 as subject."""
    return Document(
        layout=layout,
        mark=req.issuer.name if mark is None else mark,
        doc_no=req.doc_no,
        blocks=tuple(blocks),
        title=doc_title,
        author=req.issuer.name,
        subject=req.doc_no,
        footer=footer,
    )


def letter_document(
    w: Wording,
    req: LetterRequest,
    v: dict[str, str],
    blocks: list[Block],
    doc_title: str,
    cc: tuple[str, ...] | None = None,
) -> Document:
    """A 信函格式 letter ending in closing sentence, signature and date, contact note and 抄送.

    ``cc`` defaults to ``req.cc``.
    """
    blocks = [*blocks, closing_sentence(w.get("closing", **v)), *closing(req)]
    blocks.append(contact_note(w, req))
    footer = letter_footer(w, req.cc if cc is None else cc)
    return document(req, blocks, doc_title, footer)


def tier_label(w: Wording, tier: Tier) -> str:
    return w.table("tier_labels").get(tier.name.lower(), tier.name)


def accident_lines(
    w: Wording, accidents: tuple[AccidentFact, ...], key: str = "accident"
) -> list[str]:
    out = []
    for a in sorted(accidents, key=lambda a: a.date):
        out.append(
            w.get(
                key,
                date=chinese_date(a.date),
                category=a.category,
                place=a.place or w.get("default_place"),
                persons=str(a.persons),
            )
        )
    return out


def single_case(req: LetterRequest) -> EnterpriseCase:
    if len(req.cases) != 1:
        raise ValidationError("cases", "count", {"expected": 1, "got": len(req.cases)})
    return req.cases[0]


def common_values(req: LetterRequest, case: EnterpriseCase | None = None) -> dict[str, str]:
    """Placeholders every kind offers."""
    validate_doc_no(req.doc_no)
    v = {
        "issuer": req.issuer.name,
        "issuer_short": req.issuer.short_name,
        "as_of": chinese_date(req.as_of),
        "issue_date": chinese_date(req.issue_date),
        "year": str(req.as_of.year),
        "doc_no": req.doc_no,
        "feedback_due": chinese_date(req.feedback_due) if req.feedback_due else "",
        "report_due": chinese_date(req.report_due) if req.report_due else "",
        "contact_person": req.issuer.contact_person,
        "contact_phone": req.issuer.contact_phone,
    }
    if req.interview:
        v["interview_time"] = chinese_datetime(req.interview.when)
        v["interview_place"] = req.interview.place
    if case is not None:
        e = case.enterprise
        v.update(
            enterprise=e.name,
            uscc=e.uscc,
            township=e.township,
            industry=e.industry,
            authority=e.authority,
            count=str(case.accident_count),
        )
        if case.hazard:
            v.update(
                hazard_date=chinese_date(case.hazard.date),
                hazard_source=case.hazard.source,
                hazard_reference=case.hazard.reference,
            )
    return v


def require(value: object, field: str, code: str = "required") -> None:
    if not value:
        raise ValidationError(field, code)


def required(value: T | None, field: str, code: str = "required") -> T:
    """``value``, which must be given (see :func:`require`)."""
    if not value:
        raise ValidationError(field, code)
    return value
