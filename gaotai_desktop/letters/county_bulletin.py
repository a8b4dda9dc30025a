"""全县通报 (red tier): full 公文 layout, several enterprises allowed, informational wording.

One enterprise is spoken of in the singular (该企业), several as 上述企业; a pending accident is
an 事故 (认定中), never a 工伤事故; 同类事故重复发生 only when each enterprise's accidents are
of one category. The 限制评先评优 names its basis and end date and the way to seek review.
"""

from __future__ import annotations

from gaotai_desktop.domain.dates import chinese_date
from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.letters import compose as c
from gaotai_desktop.letters.geometry import Document, Footer
from gaotai_desktop.letters.model import Kind, LetterRequest
from gaotai_desktop.letters.wording import Wording

KIND = Kind.COUNTY_BULLETIN


def causes(w: Wording, req: LetterRequest, v: dict[str, str], same: bool) -> list[str]:
    """存在的问题, each sentence backed by a record: the count (the red tier: 3+ accidents this
    year), the categories of the accidents (one category repeated, or several accidents), and the
    hazard where one is recorded. No judgement the records cannot bear (重生产、轻安全, training
    not given) is printed."""
    cats = "、".join(sorted({a.category for case in req.cases for a in case.accidents} - {""}))
    out = [w.get("cause_count", **v)]
    out.append(w.get("cause_repeat_same" if same else "cause_repeat_mixed", **v, categories=cats))
    with_hazard = [case for case in req.cases if case.hazard]
    if with_hazard:
        who = (
            v["subject"]
            if len(with_hazard) == len(req.cases)
            else "、".join(case.enterprise.name for case in with_hazard)
        )
        out.append(w.get("cause_hazard", **v, hazard_subject=who))
    return out


def _values(req: LetterRequest, w: Wording) -> tuple[bool, bool, dict[str, str], str]:
    """One enterprise or several, one category each or not, the placeholders and the title."""
    if not req.cases:
        raise ValidationError("cases", "count", {"expected": "1+", "got": 0})
    one = len(req.cases) == 1
    v = c.common_values(req, None, w)
    v["count_enterprises"] = str(len(req.cases))
    v["subject"] = w.get("subject_one") if w.has("subject_one") else "该企业"
    if not one:
        v["subject"] = w.get("subject_many") if w.has("subject_many") else "上述企业"
    same = all(case.one_category for case in req.cases)
    v["repeat"] = w.get("repeat_same" if same else "repeat_mixed", **v)
    if one:
        doc_title = w.get("title_one", **v, enterprise=req.cases[0].enterprise.name)
    else:
        doc_title = w.get("title_many", **v)
    return one, same, v, doc_title


def title(req: LetterRequest, w: Wording | None = None) -> str:
    """The title :func:`build` prints, without building the letter."""
    return _values(req, w or Wording(KIND))[3]


def build(req: LetterRequest, w: Wording | None = None) -> Document:
    w = w or Wording(KIND)
    one, same, v, doc_title = _values(req, w)
    blocks = c.head(w, req, v, doc_title, req.addressee or w.get("addressee", **v))
    blocks.append(c.body(w.get("opening", **v)))
    blocks.append(c.heading1(1, w.get("facts_heading", **v)))
    blocks.append(c.body(w.get("facts_intro_one" if one else "facts_intro", **v)))
    for i, case in enumerate(req.cases, 1):
        cv = c.common_values(req, case, w)
        about = "，".join(x for x in (case.enterprise.township, case.enterprise.industry) if x)
        items = "、".join(
            w.get("accident_item", **c.accident_values(w, a))
            for a in sorted(case.accidents, key=lambda a: a.date)
        )
        text = w.get(
            "enterprise_facts", **cv, about="，" + about if about else "", accident_list=items
        )
        if case.hazard:
            text += w.get("hazard_note", **cv)
        blocks.append(c.labelled(i, text))
    blocks.append(c.heading1(2, w.get("causes_heading", **v)))
    blocks += [c.item2(i, t) for i, t in enumerate(causes(w, req, v, same), 1)]
    sections = ("measures", "requirements")
    for n, key in enumerate(sections, 3):
        blocks.append(c.heading1(n, w.get(f"{key}_heading", **v)))
        blocks += [c.item2(i, t) for i, t in enumerate(w.items(key, **v), 1)]
        if key == "measures":
            blocks.append(c.body(w.get("review", **v)))
    blocks += c.closing(req)
    cc = req.cc or tuple(w.items("default_cc", **v))
    footer = Footer(
        cc=cc,
        printed_by=req.printed_by or w.get("printed_by", **v),
        printed_date=chinese_date(req.printed_date or req.issue_date),
        cc_label=w.get("cc_label"),
        printed_suffix=w.get("printed_suffix"),
    )
    mark = req.issuer.name + w.get("mark_suffix", **v)
    return c.document(req, blocks, doc_title, footer, layout="full", mark=mark)
