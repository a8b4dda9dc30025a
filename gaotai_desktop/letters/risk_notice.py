"""《工伤风险提示函》 (yellow tier): facts, risks, requirements, interview, feedback, contact."""

from __future__ import annotations

from gaotai_desktop.letters import compose as c
from gaotai_desktop.letters.geometry import Document
from gaotai_desktop.letters.model import EnterpriseCase, Kind, LetterRequest
from gaotai_desktop.letters.wording import Wording

KIND = Kind.RISK_NOTICE


def _values(req: LetterRequest, w: Wording) -> tuple[EnterpriseCase, dict[str, str]]:
    """The checked case and the placeholders (the title's and the body's)."""
    case = c.single_case(req)
    c.require(req.interview, "interview")
    c.require(req.feedback_days, "feedback_days")
    c.check_interview(req)
    return case, c.common_values(req, case, w)


def title(req: LetterRequest, w: Wording | None = None) -> str:
    """The title :func:`build` prints, without building the letter."""
    w = w or Wording(KIND)
    return w.get("title", **_values(req, w)[1])


def build(req: LetterRequest, w: Wording | None = None) -> Document:
    w = w or Wording(KIND)
    case, v = _values(req, w)
    doc_title = w.get("title", **v)
    blocks = c.head(w, req, v, doc_title)
    blocks.append(c.body(w.get("opening", **v)))
    blocks.append(c.heading1(1, w.get("facts_heading", **v)))
    blocks.append(c.body(w.get("facts", **v)))
    blocks += c.accident_items(w, case)
    blocks.append(c.heading1(2, w.get("risks_heading", **v)))
    blocks += [c.item2(i, t) for i, t in enumerate(w.items("risks", **v), 1)]
    blocks.append(c.heading1(3, w.get("requirements_heading", **v)))
    blocks += [c.item2(i, t) for i, t in enumerate(w.items("requirements", **v), 1)]
    return c.letter_document(w, req, v, blocks, doc_title)
