"""《整改建议书》 (orange tier): facts, numbered problems, measures with deadlines, requirements."""

from __future__ import annotations

from gaotai_desktop.domain.dates import chinese_date
from gaotai_desktop.letters import compose as c
from gaotai_desktop.letters.geometry import Document
from gaotai_desktop.letters.model import Kind, LetterRequest, Measure
from gaotai_desktop.letters.wording import Wording

KIND = Kind.RECTIFICATION


def build(req: LetterRequest, w: Wording | None = None) -> Document:
    w = w or Wording(KIND)
    case = c.single_case(req)
    report_due = c.required(req.report_due, "report_due")
    if not case.accidents and not case.hazard:
        c.require(None, "cases", "no_facts")
    v = c.common_values(req, case)
    doc_title = w.get("title", **v)
    blocks = c.head(w, req, v, doc_title)
    blocks.append(c.body(w.get("opening", **v)))
    blocks.append(c.heading1(1, w.get("facts_heading", **v)))
    if case.accidents:
        blocks.append(c.body(w.get("facts_accidents", **v)))
        blocks += c.accident_items(w, case)
    if case.hazard:
        blocks.append(c.hazard_fact(w, v, case.hazard))
    blocks.append(c.heading1(2, w.get("problems_heading", **v)))
    problems = list(req.problems) or w.items("problems", **v)
    blocks += [c.item3(i, t) for i, t in enumerate(problems, 1)]
    blocks.append(c.heading1(3, w.get("measures_heading", **v)))
    measures = req.measures or tuple(Measure(t, report_due) for t in w.items("measures", **v))
    for i, m in enumerate(measures, 1):
        suffix = w.get("measure_deadline", **v, deadline=chinese_date(m.deadline))
        blocks.append(c.item2(i, m.text, suffix))
    blocks.append(c.heading1(4, w.get("requirements_heading", **v)))
    blocks += [c.item2(i, t) for i, t in enumerate(w.items("requirements", **v), 1)]
    cc = req.cc or ((case.enterprise.authority,) if case.enterprise.authority else ())
    return c.letter_document(w, req, v, blocks, doc_title, cc)
