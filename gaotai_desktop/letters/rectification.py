"""《整改建议书》 (orange tier): facts, numbered problems, measures with periods, requirements.

Problems and measures follow the facts: accident wording for accidents, occupational-disease
wording for a hazard, both in turn when both are known.
"""

from __future__ import annotations

from gaotai_desktop.letters import compose as c
from gaotai_desktop.letters.geometry import Document
from gaotai_desktop.letters.model import EnterpriseCase, Kind, LetterRequest, Measure
from gaotai_desktop.letters.wording import Wording

KIND = Kind.RECTIFICATION


def _values(req: LetterRequest, w: Wording) -> tuple[EnterpriseCase, int, dict[str, str]]:
    """The checked case, the report period and the placeholders."""
    case = c.single_case(req)
    report_days = c.required(req.report_days, "report_days")
    if not case.accidents and not case.hazard:
        c.require(None, "cases", "no_facts")
    return case, report_days, c.common_values(req, case, w)


def title(req: LetterRequest, w: Wording | None = None) -> str:
    """The title :func:`build` prints, without building the letter."""
    w = w or Wording(KIND)
    return w.get("title", **_values(req, w)[2])


def build(req: LetterRequest, w: Wording | None = None) -> Document:
    w = w or Wording(KIND)
    case, report_days, v = _values(req, w)
    doc_title = w.get("title", **v)
    blocks = c.head(w, req, v, doc_title)
    blocks.append(c.body(w.get("opening", **v)))
    blocks.append(c.heading1(1, w.get("facts_heading", **v)))
    if case.accidents:
        blocks.append(c.body(w.get("facts_accidents", **v)))
        blocks += c.accident_items(w, case)
    elif case.hazard:
        blocks.append(c.body(w.get("facts_hazard_only", **v)))
    if case.hazard and (case.accidents or c.hazard_known(case.hazard)):
        blocks.append(c.hazard_fact(w, v, case.hazard))
    blocks.append(c.heading1(2, w.get("problems_heading", **v)))
    problems = list(req.problems)
    if not problems:
        problems = w.items("problems", **v) if case.accidents else []
        problems += w.items("problems_hazard", **v) if case.hazard else []
    blocks += [c.item2(i, t) for i, t in enumerate(problems, 1)]
    blocks.append(c.heading1(3, w.get("measures_heading", **v)))
    measures = req.measures
    if not measures:
        texts = w.items("measures", **v) if case.accidents else []
        texts += w.items("measures_hazard", **v) if case.hazard else []
        measures = tuple(Measure(t, report_days) for t in texts)
    received = w.get("received")
    for i, m in enumerate(measures, 1):
        within = w.get("within", received=received, days=str(m.days))
        suffix = w.get("measure_deadline", **v, within=within)
        blocks.append(c.item2(i, m.text, suffix))
    blocks.append(c.heading1(4, w.get("requirements_heading", **v)))
    blocks += [c.item2(i, t) for i, t in enumerate(w.items("requirements", **v), 1)]
    cc = req.cc or ((case.enterprise.authority,) if case.enterprise.authority else ())
    return c.letter_document(w, req, v, blocks, doc_title, cc)
