"""The documents of a work-injury recognition case (工伤认定), in the letter layout (信函格式):

- 工伤认定申请受理决定书 (``case_acceptance``): the acceptance and the decision's time limit;
- 工伤认定申请不予受理决定书 (``case_non_acceptance``): the reason, the article relied on and the
  applicant's remedies (行政复议 within 60 days, 行政诉讼 within 6 months);
- 工伤认定申请材料补正告知书 (``case_missing``): the one-time list of every item missing in that
  round, the day it was given, and that the 15 days run anew from the last item's arrival;
- 工伤认定中止通知书 (``case_suspension``): the reason and the day;
- 认定工伤决定书送达函 (``case_decision``): the outcome, the decision's date and the article.

Addressed to the applicant, 抄送 the employer (and the worker) where they are not the applicant.
The worker is printed by name with the ID number masked (``domain.identifiers.mask_id``): the
full number belongs on the decision itself, which these letters do not replace.

Wording: ``resources/templates/case_letters.toml``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gaotai_desktop.domain.dates import chinese_date
from gaotai_desktop.domain.documents import CaseDocumentKind
from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.letters import compose as c
from gaotai_desktop.letters.fonts import FontSet, check_glyphs
from gaotai_desktop.letters.geometry import Block, Closing, Document, Para
from gaotai_desktop.letters.model import EnterpriseRef, Issuer, ReceiptRequest
from gaotai_desktop.letters.numbering import validate_doc_no
from gaotai_desktop.letters.wording import Wording

WORDING = "case_letters"

#: Applicant kinds addressed as a unit (你单位) rather than a person (你).
_UNITS = frozenset({"employer", "union"})


@dataclass(frozen=True)
class CaseLetterRequest:
    """What one case document prints.

    kind             a :class:`~gaotai_desktop.domain.documents.CaseDocumentKind`
    doc_no, issue_date, issuer   as for every letter (成文日期: the day of the step)
    applicant_kind   employer | worker | relative | union (chooses the addressee and 你／你单位)
    worker_name      the injured worker's name; ``worker_id_masked`` the masked ID number
    employer         the employer as registered (name and 统一社会信用代码)
    accident_date, applied       the accident's and the application's dates
    accepted         受理日期 (acceptance, suspension, decision)
    simple, decision_due         the decision's time limit (acceptance)
    items, round     the items missing in that round and which round it was (missing)
    reason           why (non-acceptance, suspension)
    article          the article relied on (non-acceptance, decision)
    outcome, decided the decision's outcome and date (decision)
    """

    kind: str
    doc_no: str
    issue_date: dt.date
    issuer: Issuer
    applicant_kind: str
    worker_name: str
    worker_id_masked: str
    employer: EnterpriseRef
    accident_date: dt.date
    applied: dt.date
    accepted: dt.date | None = None
    simple: bool = False
    decision_due: dt.date | None = None
    items: tuple[str, ...] = ()
    round: int = 1
    reason: str = ""
    article: str = ""
    outcome: str = ""
    decided: dt.date | None = None


def addressee(req: CaseLetterRequest, w: Wording | None = None) -> str:
    """The applicant as addressed: the employer, the worker, the worker's relatives or the
    employer's union."""
    w = w or Wording(WORDING)
    if req.applicant_kind == "employer":
        return req.employer.name
    if req.applicant_kind == "relative":
        return w.get("addressee_relative", worker_name=req.worker_name)
    if req.applicant_kind == "union":
        return w.get("addressee_union", employer=req.employer.name)
    return req.worker_name


def recipients(req: CaseLetterRequest, w: Wording | None = None) -> list[EnterpriseRef]:
    """Who is served (a receipt each): the applicant, and the employer when it did not apply;
    the decision also goes to the worker when the employer or the union applied (办法 第22条:
    the applicant, the worker or the relatives, and the employer)."""
    w = w or Wording(WORDING)
    out = [_ref(addressee(req, w), req)]
    if req.applicant_kind != "employer":
        out.append(req.employer)
    if req.kind == CaseDocumentKind.DECISION and req.applicant_kind not in ("worker", "relative"):
        out.append(EnterpriseRef(req.worker_name, ""))
    return out


def _ref(name: str, req: CaseLetterRequest) -> EnterpriseRef:
    return req.employer if name == req.employer.name else EnterpriseRef(name, "")


def title_of(req: CaseLetterRequest, w: Wording | None = None) -> str:
    w = w or Wording(WORDING)
    kind = CaseDocumentKind(req.kind)
    if kind is CaseDocumentKind.DECISION:
        return w.get("decision_title", decision_title=_decision_title(w, req))
    return w.get(f"{kind.short}_title")


def _decision_title(w: Wording, req: CaseLetterRequest) -> str:
    names = w.table("decision_names")
    if req.outcome not in names:
        raise ValidationError("case_outcome", "unknown_choice",
                              {"value": req.outcome, "choices": "、".join(names)})  # fmt: skip
    return names[req.outcome]


def _values(w: Wording, req: CaseLetterRequest) -> dict[str, str]:
    worker = (
        f"{req.worker_name}（{req.worker_id_masked}）" if req.worker_id_masked else req.worker_name
    )
    v = {
        "issuer": req.issuer.name,
        "issuer_short": req.issuer.short_name or req.issuer.name,
        "addressee": addressee(req, w),
        "you": w.get("you_unit" if req.applicant_kind in _UNITS else "you_person"),
        "worker": worker,
        "worker_name": req.worker_name,
        "employer": req.employer.name,
        "uscc": req.employer.uscc,
        "accident_date": chinese_date(req.accident_date),
        "applied": chinese_date(req.applied),
        "issue_date": chinese_date(req.issue_date),
        "accepted": chinese_date(req.accepted) if req.accepted else "",
        "review_body": w.get("review_body"),
    }
    return v


def build(req: CaseLetterRequest, w: Wording | None = None) -> Document:
    """The letter as a :class:`Document` (ValidationError when a fact it prints is missing)."""
    w = w or Wording(WORDING)
    validate_doc_no(req.doc_no)
    kind = CaseDocumentKind(req.kind)
    v = _values(w, req)
    doc_title = title_of(req, w)
    blocks: list[Block] = [*c.title(doc_title), c.addressee(v["addressee"])]
    cc = tuple(r.name for r in recipients(req, w)[1:])
    if kind is CaseDocumentKind.ACCEPTANCE:
        accepted = c.required(req.accepted, "case_date")
        due = c.required(req.decision_due, "case_date")
        v.update(accepted=chinese_date(accepted), decision_due=chinese_date(due),
                 decide_days="15" if req.simple else "60")  # fmt: skip
        text = w.get("facts", **v) + w.get("acceptance_body", **v)
        if req.simple:
            text += w.get("acceptance_simple", **v)
        blocks.append(c.body(text))
        blocks.append(c.body(w.get("acceptance_due", **v)))
        if req.applicant_kind != "employer":
            blocks.append(c.body(w.get("acceptance_employer", **v)))
        closing_word, received = "决定", "决定书"
    elif kind is CaseDocumentKind.NON_ACCEPTANCE:
        v["article"] = req.article.strip() or w.get("non_acceptance_article_default")
        v["reason"] = req.reason.strip().rstrip("。") or w.get("non_acceptance_reason_default", **v)
        blocks.append(c.body(w.get("facts", **v) + w.get("non_acceptance_body", **v)))
        closing_word, received = "决定", "决定书"
        blocks.append(c.body(w.get("remedies", received=received, **v)))
    elif kind is CaseDocumentKind.MISSING:
        items = [i.strip() for i in req.items if i.strip()]
        c.require(items, "case_items")
        v.update(given=chinese_date(req.issue_date), round=str(req.round), count=str(len(items)))
        blocks.append(c.body(w.get("facts", **v) + w.get("missing_body", **v)))
        blocks += [c.item3(i, t) for i, t in enumerate(items, 1)]
        after = w.get("missing_after", **v) + w.get("missing_given", **v)
        if req.round > 1:
            after += w.get("missing_round", **v)
        blocks.append(c.body(after))
        closing_word = "告知"
    elif kind is CaseDocumentKind.SUSPENSION:
        c.required(req.accepted, "case_date")
        c.require(req.reason.strip(), "case_reason")
        v.update(reason=req.reason.strip().rstrip("。"), suspended=chinese_date(req.issue_date))
        blocks.append(c.body(w.get("suspension_body", **v)))
        blocks.append(c.body(w.get("suspension_after", **v)))
        closing_word = "通知"
    else:
        c.required(req.accepted, "case_date")
        decided = c.required(req.decided, "case_date")
        v.update(decided=chinese_date(decided), outcome=req.outcome,
                 decision_title=_decision_title(w, req),
                 article=req.article.strip() or w.get("decision_article_default"))  # fmt: skip
        blocks.append(c.body(w.get("decision_body", **v)))
        received = "决定书"
        blocks.append(c.body(w.get("remedies", received=received, **v)))
        closing_word = "函告"
    blocks.append(c.closing_sentence(w.get("closing", closing_word=closing_word)))
    blocks.append(Closing(signature=req.issuer.name, date=chinese_date(req.issue_date)))
    blocks += _contact(w, req.issuer)
    return Document(
        layout="letter",
        mark=req.issuer.name,
        doc_no=req.doc_no,
        blocks=tuple(blocks),
        title=doc_title,
        author=req.issuer.name,
        subject=req.doc_no,
        footer=c.letter_footer(w, cc),
    )


def _contact(w: Wording, issuer: Issuer) -> list[Block]:
    person, phone = issuer.contact_person, issuer.contact_phone
    if person and phone:
        return [Para.of(w.get("contact", contact_person=person, contact_phone=phone))]
    if person:
        return [Para.of(w.get("contact_person_only", contact_person=person))]
    if phone:
        return [Para.of(w.get("contact_phone_only", contact_phone=phone))]
    return []


def receipts(req: CaseLetterRequest, title: str) -> list[ReceiptRequest]:
    """One 送达回证 per person or unit served, each dated with the letter."""
    return [
        ReceiptRequest(title, req.doc_no, req.issuer, r, issue_date=req.issue_date)
        for r in recipients(req)
    ]


def render_case_letter(req: CaseLetterRequest, fonts: FontSet | None = None) -> bytes:
    """PDF bytes of the letter alone. Raises ``MissingGlyphs`` before drawing anything."""
    from gaotai_desktop.letters.layout import draw_document

    fonts = fonts or FontSet.detect()
    doc = build(req)
    for role, texts in doc.texts_by_role().items():
        check_glyphs(texts, fonts, roles=(role,))
    return draw_document(doc, fonts)


def render_with_receipts(
    req: CaseLetterRequest, fonts: FontSet | None = None
) -> tuple[bytes, bytes, str]:
    """(letter PDF, its receipts in one PDF, the title) of ``req``."""
    from gaotai_desktop.letters import concat_pdfs, render_receipt

    fonts = fonts or FontSet.detect()
    pdf = render_case_letter(req, fonts)
    title = title_of(req)
    parts = [render_receipt(r, fonts) for r in receipts(req, title)]
    receipt = parts[0] if len(parts) == 1 else concat_pdfs(parts)
    return pdf, receipt, title
