"""Building blocks shared by the document kinds: title, addressee, headings, numbered items."""

from __future__ import annotations

import datetime as dt
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


def contact_note(w: Wording, req: LetterRequest) -> list[Block]:
    """附注: contact person and phone, indented two characters, in brackets, below the date.

    What the office has not set is left out (no "联系人：；" gap); nothing at all: no note."""
    person, phone = req.issuer.contact_person, req.issuer.contact_phone
    if person and phone:
        key = "contact"
    elif person:
        key = "contact_person_only"
    elif phone:
        key = "contact_phone_only"
    else:
        return []
    return [Para.of(w.get(key, contact_person=person, contact_phone=phone))]


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
    """The accidents of ``case`` by date, numbered "（一）" (the level below "一、")."""
    return [labelled(i, t) for i, t in enumerate(accident_lines(w, case.accidents), 1)]


def hazard_fact(w: Wording, v: dict[str, str], hazard: HazardFact) -> Para:
    """The occupational-disease hazard found at the enterprise (its ``case.hazard``): date,
    source and description where known, with its reference if any."""
    text = w.get("facts_hazard", **v)
    if hazard.reference:
        text = text.rstrip("。") + w.get("hazard_reference", **v) + "。"
    return body(text)


def hazard_known(hazard: HazardFact) -> bool:
    """Is anything known of the hazard beyond its existence (date, source, what, reference)?"""
    return bool(hazard.date or hazard.source or hazard.description or hazard.reference)


def hazard_values(w: Wording, hazard: HazardFact | None) -> dict[str, str]:
    """``hazard_found`` (who found it when, as far as known), ``hazard_what`` (the description in
    brackets) and the raw facts; every one empty when unknown."""
    if hazard is None:
        return dict.fromkeys(
            ("hazard_date", "hazard_source", "hazard_reference", "hazard_description",
             "hazard_found", "hazard_what"), "",
        )  # fmt: skip
    v = {
        "hazard_date": chinese_date(hazard.date) if hazard.date else "",
        "hazard_source": hazard.source,
        "hazard_reference": hazard.reference,
        "hazard_description": hazard.description,
    }
    if hazard.date and hazard.source:
        found = w.get("hazard_found_date_source", **v)
    elif hazard.date:
        found = w.get("hazard_found_date", **v)
    elif hazard.source:
        found = w.get("hazard_found_source", **v)
    else:
        found = ""
    v["hazard_found"] = found
    v["hazard_what"] = w.get("hazard_what", **v) if hazard.description else ""
    return v


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
    """The :class:`Document` of ``req``: issuer as mark and author, 发文字号 as subject; a draft
    prints the wording's ``draft_doc_no`` instead of a number, under a diagonal watermark."""
    doc_no, watermark = req.doc_no, ""
    if req.draft:
        w = Wording(req.kind)
        doc_no, watermark = w.get("draft_doc_no"), w.get("draft_watermark")
    return Document(
        layout=layout,
        mark=req.issuer.name if mark is None else mark,
        doc_no=doc_no,
        blocks=tuple(blocks),
        title=doc_title,
        author=req.issuer.name,
        subject=doc_no,
        footer=footer,
        watermark=watermark,
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
    blocks += contact_note(w, req)
    footer = letter_footer(w, req.cc if cc is None else cc)
    return document(req, blocks, doc_title, footer)


def tier_label(w: Wording, tier: Tier) -> str:
    return w.table("tier_labels").get(tier.name.lower(), tier.name)


def accident_lines(
    w: Wording, accidents: tuple[AccidentFact, ...], key: str = "accident"
) -> list[str]:
    """One sentence per accident by date; an unknown place, category or number of persons is left
    out, a pending one is marked 认定中."""
    return [w.get(key, **accident_values(w, a)) for a in sorted(accidents, key=lambda a: a.date)]


def accident_values(w: Wording, a: AccidentFact) -> dict[str, str]:
    v = {"date": chinese_date(a.date), "category": a.category, "place": a.place}
    v["persons"] = str(a.persons) if a.persons else ""
    v["at"] = w.get("accident_at", **v) if a.place else ""
    v["injured"] = w.get("accident_injured", **v) if a.persons else ""
    v["state"] = w.get("accident_pending", **v) if a.pending else ""
    return v


def count_values(w: Wording, cases: tuple[EnterpriseCase, ...]) -> dict[str, str]:
    """``accident_noun`` (工伤事故, or 事故 while any is pending: a pending accident is not called a
    工伤事故) and ``pending_note`` (how many are still in 工伤认定)."""
    total = sum(c.accident_count for c in cases)
    pending = sum(c.pending_count for c in cases)
    v = {"pending": str(pending), "total": str(total)}
    v["accident_noun"] = w.get("noun_pending" if pending else "noun_recognised")
    if not pending:
        v["pending_note"] = ""
    elif pending == total:
        v["pending_note"] = w.get("pending_all", **v)
    else:
        v["pending_note"] = w.get("pending_some", **v)
    return v


def basis_values(w: Wording, req: LetterRequest) -> dict[str, str]:
    """``basis``: the laws and the county's mechanism document the letter acts on (《职业病防治法》
    only where a hazard is concerned); ``mechanism``: the document alone, with its number when the
    office has set one."""
    mech = {"mechanism_doc_no": req.mechanism_doc_no}
    mechanism = w.get("mechanism_numbered" if req.mechanism_doc_no else "mechanism", **mech)
    laws = w.get("law_injury") + w.get("law_safety")
    if any(c.hazard for c in req.cases):
        laws += w.get("law_disease")
    return {"mechanism": mechanism, "basis": w.get("basis", laws=laws, mechanism=mechanism)}


def period_values(w: Wording, req: LetterRequest) -> dict[str, str]:
    """``feedback_within`` etc.: "自收到本函之日起10日内" (the periods run from delivery, as the
    送达回证 says); empty when the letter has no such period."""
    received = w.get("received") if w.has("received") else ""
    v: dict[str, str] = {}
    for name, days in (
        ("feedback", req.feedback_days),
        ("report", req.report_days),
        ("plan", req.plan_days),
    ):
        v[f"{name}_days"] = str(days) if days else ""
        v[f"{name}_within"] = w.get("within", received=received, days=str(days)) if days else ""
    return v


def single_case(req: LetterRequest) -> EnterpriseCase:
    if len(req.cases) != 1:
        raise ValidationError("cases", "count", {"expected": 1, "got": len(req.cases)})
    return req.cases[0]


def common_values(
    req: LetterRequest, case: EnterpriseCase | None = None, w: Wording | None = None
) -> dict[str, str]:
    """Placeholders every kind offers (with ``w``: also the basis, the periods, the hazard and
    the count wording of ``case``, or of all cases)."""
    if not req.draft:
        validate_doc_no(req.doc_no)
    v = {
        "issuer": req.issuer.name,
        "issuer_short": req.issuer.short_name,
        "as_of": chinese_date(req.as_of),
        "issue_date": chinese_date(req.issue_date),
        "year": str(req.as_of.year),
        "doc_no": req.doc_no,
        "contact_person": req.issuer.contact_person,
        "contact_phone": req.issuer.contact_phone,
        "restriction_until": chinese_date(
            req.restriction_until or dt.date(req.issue_date.year, 12, 31)
        ),
    }
    if req.interview:
        v["interview_time"] = chinese_datetime(req.interview.when)
        v["interview_place"] = req.interview.place
    if w is not None:
        v.update(basis_values(w, req))
        v.update(period_values(w, req))
        v.update(count_values(w, (case,) if case is not None else req.cases))
        v.update(hazard_values(w, case.hazard if case is not None else None))
    if case is not None:
        e = case.enterprise
        v.update(
            enterprise=e.name,
            uscc=e.uscc,
            township=e.township,
            industry=e.industry,
            authority=e.authority or (w.get("authority_unknown") if w is not None else ""),
            count=str(case.accident_count),
        )
    return v


def check_interview(req: LetterRequest) -> None:
    """An interview printed in a letter falls after its 成文日期."""
    if req.interview is not None and req.interview.when.date() <= req.issue_date:
        raise ValidationError(
            "interview",
            "before_issue_date",
            {
                "value": req.interview.when.date().isoformat(),
                "issue_date": req.issue_date.isoformat(),
            },
        )


def require(value: object, field: str, code: str = "required") -> None:
    if not value:
        raise ValidationError(field, code)


def required(value: T | None, field: str, code: str = "required") -> T:
    """``value``, which must be given (see :func:`require`)."""
    if not value:
        raise ValidationError(field, code)
    return value
