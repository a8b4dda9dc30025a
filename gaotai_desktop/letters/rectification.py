"""《整改建议书》 (orange tier): facts, numbered problems, measures with deadlines, requirements."""

from __future__ import annotations

from gaotai_desktop.letters import compose as c
from gaotai_desktop.letters.layout import Document
from gaotai_desktop.letters.model import LetterRequest, Measure
from gaotai_desktop.letters.numbering import format_date
from gaotai_desktop.letters.templates import Wording

KIND = "rectification"


def build(req: LetterRequest, w: Wording | None = None) -> Document:
    w = w or Wording(KIND)
    case = c.single_case(req)
    c.require(req.report_due, "report_due")
    if not case.accidents and not case.hazard:
        c.require(None, "cases", "no_facts")
    v = c.common_values(req, case)
    doc_title = w.get("title", **v)
    blocks: list = [*c.title(doc_title), c.addressee(w.get("addressee", **v))]
    blocks += c.correction(w, req)
    blocks.append(c.body(w.get("opening", **v)))
    blocks.append(c.heading1(1, w.get("facts_heading", **v)))
    if case.accidents:
        blocks.append(c.body(w.get("facts_accidents", **v)))
        blocks += [c.item4(i, t) for i, t in enumerate(c.accident_lines(w, case.accidents), 1)]
    if case.hazard:
        text = w.get("facts_hazard", **v)
        if case.hazard.reference:
            text = text.rstrip("。") + w.get("hazard_reference", **v) + "。"
        blocks.append(c.body(text))
    blocks.append(c.heading1(2, w.get("problems_heading", **v)))
    problems = list(req.problems) or w.items("problems", **v)
    blocks += [c.item3(i, t) for i, t in enumerate(problems, 1)]
    blocks.append(c.heading1(3, w.get("measures_heading", **v)))
    measures = req.measures or tuple(Measure(t, req.report_due) for t in w.items("measures", **v))
    for i, m in enumerate(measures, 1):
        suffix = w.get("measure_deadline", **v, deadline=format_date(m.deadline))
        blocks.append(c.item2(i, m.text, suffix))
    blocks.append(c.heading1(4, w.get("requirements_heading", **v)))
    blocks += [c.item2(i, t) for i, t in enumerate(w.items("requirements", **v), 1)]
    blocks.append(c.closing_sentence(w.get("closing", **v)))
    blocks += c.closing(req)
    blocks.append(c.contact_note(w, req))
    cc = req.cc or ((case.enterprise.authority,) if case.enterprise.authority else ())
    footer = c.letter_footer(w, cc)
    return Document(
        layout="letter",
        mark=req.issuer.name,
        doc_no=req.doc_no,
        blocks=tuple(blocks),
        title=doc_title,
        author=req.issuer.name,
        subject=req.doc_no,
        footer=footer,
    )
