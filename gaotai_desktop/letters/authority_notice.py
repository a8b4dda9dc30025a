"""Letter to the industry authority (通报行业主管部门) for orange and red enterprises."""

from __future__ import annotations

from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.letters import compose as c
from gaotai_desktop.letters.geometry import Document
from gaotai_desktop.letters.model import EnterpriseCase, Kind, LetterRequest
from gaotai_desktop.letters.wording import Wording

KIND = Kind.AUTHORITY_NOTICE


def _values(req: LetterRequest, w: Wording) -> tuple[EnterpriseCase, bool, dict[str, str]]:
    """The checked case, whether it is red, and the placeholders."""
    case = c.single_case(req)
    c.require(req.report_days, "report_days")
    if case.tier < Tier.ORANGE:
        c.require(None, "tier", "below_orange")
    red = case.tier >= Tier.RED
    if red:
        c.require(req.plan_days, "plan_days")
    v = c.common_values(req, case, w)
    v["tier"] = c.tier_label(w, case.tier)
    v["authority"] = req.addressee or case.enterprise.authority
    c.require(v["authority"], "authority")
    return case, red, v


def title(req: LetterRequest, w: Wording | None = None) -> str:
    """The title :func:`build` prints, without building the letter."""
    w = w or Wording(KIND)
    return w.get("title", **_values(req, w)[2])


def build(req: LetterRequest, w: Wording | None = None) -> Document:
    w = w or Wording(KIND)
    case, red, v = _values(req, w)
    doc_title = w.get("title", **v)
    blocks = c.head(w, req, v, doc_title)
    blocks.append(c.body(w.get("opening", **v)))
    blocks.append(c.heading1(1, w.get("facts_heading", **v)))
    if case.accidents:
        blocks.append(c.body(w.get("facts_accidents", **v)))
        blocks += c.accident_items(w, case)
    else:
        blocks.append(c.body(w.get("facts_hazard_only", **v)))
    if case.hazard and (case.accidents or c.hazard_known(case.hazard)):
        blocks.append(c.hazard_fact(w, v, case.hazard))
    blocks.append(c.heading1(2, w.get("done_heading", **v)))
    blocks.append(c.body(w.get("done_red" if red else "done_orange", **v)))
    blocks.append(c.heading1(3, w.get("requests_heading", **v)))
    items = w.items("requests_red" if red else "requests_orange", **v)
    if case.hazard:
        items += w.items("requests_hazard", **v)
    items.append(w.get("requests_feedback", **v))
    blocks += [c.item2(i, t) for i, t in enumerate(items, 1)]
    return c.letter_document(w, req, v, blocks, doc_title)
