"""Drafts: a letter read before a number is taken (``render(..., draft=True)``)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from gaotai_desktop.letters import FontSet, render, samples


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return FontSet.bundled()


def page_texts(pdf: bytes) -> list[str]:
    return [
        p.extract_text().replace("\n", "").replace(" ", "")
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]


@pytest.mark.parametrize("name", list(samples.all_samples()))
def test_draft_has_no_number_and_a_watermark_on_every_page(name: str, fonts: FontSet) -> None:
    req = samples.all_samples()[name]
    draft = page_texts(render(req, fonts, draft=True))
    final = page_texts(render(req, fonts))
    assert len(draft) == len(final) >= 1
    assert not any(req.doc_no in t for t in draft)  # no document number anywhere
    assert "（草稿，未编号）" in draft[0]
    for text in draft:  # the diagonal 草稿 on every page (also the blank and 版记 pages)
        assert text.count("草稿") >= (2 if text is draft[0] else 1)
    assert req.doc_no in final[0] and not any("草稿" in t for t in final)


def test_draft_watermark_is_diagonal(fonts: FontSet) -> None:
    import pdfplumber

    pdf = render(samples.risk_notice(), fonts, draft=True)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            marks = [c for c in page.chars if c["text"] in "草稿" and c["size"] > 100]
            assert len(marks) == 2
            for c in marks:  # drawn at 45 degrees across the page, not along the lines
                a, b = c["matrix"][:2]
                assert abs(a - b) < 0.01 * abs(a) and a > 0
