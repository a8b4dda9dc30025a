"""约谈通知书: reason, time, place, participants, materials to bring, follow-up report.

A red enterprise is told here to draft its rectification plan (整改方案) within its period.
"""

from __future__ import annotations

from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.letters import compose as c
from gaotai_desktop.letters.geometry import Document
from gaotai_desktop.letters.model import EnterpriseCase, Interview, Kind, LetterRequest
from gaotai_desktop.letters.wording import Wording

KIND = Kind.INTERVIEW_NOTICE


def _values(
    req: LetterRequest, w: Wording
) -> tuple[EnterpriseCase, Interview, bool, dict[str, str]]:
    """The checked case, its interview, whether it is red, and the placeholders."""
    case = c.single_case(req)
    iv = c.required(req.interview, "interview")
    c.require(req.report_days, "report_days")
    red = case.tier >= Tier.RED
    if red:
        c.require(req.plan_days, "plan_days")
    c.check_interview(req)
    v = c.common_values(req, case, w)
    v["tier"] = c.tier_label(w, case.tier)
    v["participants"] = iv.participants or w.get("default_participants", **v)
    return case, iv, red, v


def title(req: LetterRequest, w: Wording | None = None) -> str:
    """The title :func:`build` prints, without building the letter."""
    w = w or Wording(KIND)
    return w.get("title", **_values(req, w)[3])


def build(req: LetterRequest, w: Wording | None = None) -> Document:
    w = w or Wording(KIND)
    case, iv, red, v = _values(req, w)
    doc_title = w.get("title", **v)
    blocks = c.head(w, req, v, doc_title)
    if case.accidents:
        reason = w.get("reason_accidents", **v)
        if case.hazard:
            reason += w.get("reason_hazard", **v)
    else:
        reason = w.get("reason_hazard_only", **v)
    blocks.append(c.body(reason + w.get("opening", **v)))
    n = 0

    def section(key: str, text: str) -> None:
        nonlocal n
        n += 1
        blocks.append(c.heading1(n, w.get(key, **v)))
        blocks.append(c.body(text))

    section("time_heading", v["interview_time"] + "。")
    section("place_heading", iv.place + "。")
    section("participants_heading", w.get("participants_line", **v))
    blocks.append(c.body(w.get("our_side", **v)))
    n += 1
    blocks.append(c.heading1(n, w.get("bring_heading", **v)))
    bring = list(iv.bring) or w.items("default_bring", **v)
    if case.hazard and not iv.bring:
        bring += w.items("bring_hazard", **v)
    blocks += [c.labelled(i, t) for i, t in enumerate(bring, 1)]
    n += 1
    blocks.append(c.heading1(n, w.get("followup_heading", **v)))
    followup = w.items("followup", **v)
    if red:
        followup[1:1] = w.items("followup_red", **v)
    blocks += [c.item2(i, t) for i, t in enumerate(followup, 1)]
    return c.letter_document(w, req, v, blocks, doc_title)
