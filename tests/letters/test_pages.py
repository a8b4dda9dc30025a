"""Pages read back from the PDF: the 版记 on an even page, page numbers, the document number's
distance from the red line (信函格式) and from the issuing-body mark (公文), in points."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from gaotai_desktop.letters import FontSet, render, samples
from gaotai_desktop.letters.geometry import MM, PITCH, RED_CMYK, Document, Footer, Para
from gaotai_desktop.letters.layout import draw_document

LEFT = 28 * MM
RIGHT = LEFT + 156 * MM
BLOCK_BOTTOM = (37 + 225) * MM
TOLERANCE = 0.5  # pt: positions are computed, not hand-placed


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return FontSet.bundled()


def _color(obj) -> tuple[float, ...]:
    return tuple(round(float(v), 3) for v in (obj.get("non_stroking_color") or ()))


def _page_number(page) -> str:
    num = [
        c
        for c in page.chars
        if abs(c["size"] - 14) < 0.1 and c["text"] in "—0123456789" and c["top"] > BLOCK_BOTTOM
    ]
    return "".join(c["text"] for c in num), num


def _doc_no_chars(page):
    marker = next(c for c in page.chars if c["text"] == "〔")
    return [
        c
        for c in page.chars
        if abs(c["size"] - 16) < 0.1 and abs(c["top"] - marker["top"]) < 0.5 and c["text"].strip()
    ]


@pytest.mark.parametrize("name", [n for n in samples.all_samples() if "bulletin" not in n])
def test_letter_doc_no_seven_eighths_of_a_character_below_the_red_line(fonts, name):
    page = pdfplumber.open(io.BytesIO(render(samples.all_samples()[name], fonts))).pages[0]
    red = sorted((r for r in page.rects if _color(r) == RED_CMYK), key=lambda r: r["top"])
    line_bottom = red[1]["bottom"]  # the thin line under the thick one
    no = _doc_no_chars(page)
    gap = min(c["top"] for c in no) - line_bottom
    assert gap == pytest.approx(16 * 7 / 8, abs=TOLERANCE)  # 14 pt
    assert gap == pytest.approx(4.94 * MM, abs=TOLERANCE)
    assert max(c["x1"] for c in no) == pytest.approx(RIGHT, abs=1)  # flush right


@pytest.mark.parametrize("name", ["county_bulletin", "county_bulletin_many"])
def test_full_doc_no_two_lines_below_the_mark(fonts, name):
    page = pdfplumber.open(io.BytesIO(render(samples.all_samples()[name], fonts))).pages[0]
    mark = [c for c in page.chars if _color(c) == RED_CMYK]
    no = _doc_no_chars(page)
    gap = min(c["top"] for c in no) - max(c["bottom"] for c in mark)
    assert gap == pytest.approx(2 * PITCH, abs=TOLERANCE)
    sep = next(r for r in page.rects if _color(r) == RED_CMYK)
    assert sep["top"] - max(c["bottom"] for c in no) == pytest.approx(4 * MM, abs=TOLERANCE)


def _bulletin(paragraphs: int) -> Document:
    text = "各企业要引以为戒，加强岗前培训和安全管理，开展隐患自查自纠，切实预防工伤事故。"
    return Document(
        layout="full",
        mark="高台县人力资源和社会保障局文件",
        doc_no="高人社发〔2026〕12号",
        blocks=tuple(Para.of(text) for _ in range(paragraphs)),
        title="通报",
        author="高台县人力资源和社会保障局",
        footer=Footer(
            ("县委办公室", "县人民政府办公室"), "高台县人力资源和社会保障局办公室", "2026年11月28日"
        ),
    )


def _footer_rules(page):
    return [r for r in page.rects if _color(r) != RED_CMYK and r["width"] > 100]


def test_footer_on_the_bottom_of_an_even_page(fonts):
    """Bodies ending on every page position: the 版记 always closes an even page; a blank page
    comes in only when an even page is full, and then it and the 版记 page carry no number."""
    seen = {"same page": 0, "next page": 0, "blank page": 0}
    for n in range(1, 40):
        pages = pdfplumber.open(io.BytesIO(draw_document(_bulletin(n), fonts))).pages
        assert len(pages) % 2 == 0, n
        last = pages[-1]
        rules = sorted(_footer_rules(last), key=lambda r: r["top"])
        assert [round(r["height"] / MM, 2) for r in rules] == [0.35, 0.25, 0.35], n
        assert rules[-1]["bottom"] == pytest.approx(BLOCK_BOTTOM, abs=TOLERANCE), n
        assert all(not _footer_rules(p) for p in pages[:-1]), n
        body_on_last = [c for c in last.chars if abs(c["size"] - 16) < 0.1]
        blank = [i for i, p in enumerate(pages, 1) if not p.chars]
        if blank:
            assert blank == [len(pages) - 1], n
            seen["blank page"] += 1
        elif body_on_last:
            seen["same page"] += 1
        else:
            seen["next page"] += 1
        for i, page in enumerate(pages, 1):
            text, chars = _page_number(page)
            if blank and i >= len(pages) - 1:
                assert text == "", (n, i)  # GB/T 9704 §7.5
                continue
            assert text == f"—{i}—", (n, i)
            if i % 2:
                assert max(c["x1"] for c in chars) == pytest.approx(RIGHT - 14, abs=1), (n, i)
            else:
                assert min(c["x0"] for c in chars) == pytest.approx(LEFT + 14, abs=1), (n, i)
    assert all(seen.values()), seen


@pytest.mark.parametrize("name", ["county_bulletin", "county_bulletin_many"])
def test_bulletin_samples_close_on_an_even_page(fonts, name):
    pages = pdfplumber.open(io.BytesIO(render(samples.all_samples()[name], fonts))).pages
    assert len(pages) % 2 == 0
    assert len(_footer_rules(pages[-1])) == 3
