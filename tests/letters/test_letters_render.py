"""Render every kind and read the PDFs back: geometry, fonts, colours, text, determinism."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from pathlib import Path

import pdfplumber
import pypdf
import pytest

from gaotai_desktop.letters import (
    KINDS,
    FontSet,
    MissingGlyphs,
    collect_texts,
    concat_pdfs,
    receipt_for,
    render,
    render_floor_document,
    render_receipt,
    samples,
)
from gaotai_desktop.letters.geometry import MM, PAGE_H, RED_CMYK

FIXTURES = Path(__file__).parents[1] / "fixtures"
A4 = (595.28, 841.89)
LEFT = 28 * MM
TOP = 37 * MM
RIGHT = LEFT + 156 * MM
BLOCK_BOTTOM = TOP + 225 * MM
DOC_NO = re.compile(r"^.+〔\d{4}〕[1-9]\d*号$")
DATE = re.compile(r"\d{4}年[1-9]\d?月[1-9]\d?日")
ID_NUMBER = re.compile(r"\d{17}[\dXx]")


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return FontSet.bundled()


@pytest.fixture(scope="module")
def pdfs(fonts) -> dict[str, bytes]:
    out = {name: render(req, fonts) for name, req in samples.all_samples().items()}
    out["receipt"] = render_receipt(samples.receipt(), fonts)
    return out


def _pages(data: bytes):
    return pdfplumber.open(io.BytesIO(data)).pages


def _color(ch) -> tuple[float, ...]:
    return tuple(round(float(v), 3) for v in (ch.get("non_stroking_color") or ()))


def _body_chars(page):
    """16 pt characters in black (body text), excluding header elements."""
    return [
        c
        for c in page.chars
        if abs(c["size"] - 16) < 0.1 and c["text"].strip() and _color(c) != RED_CMYK
    ]


def _injured_names() -> set[str]:
    with (FIXTURES / "incidents_sample.csv").open(encoding="utf-8-sig") as fh:
        return {row["伤者姓名"] for row in csv.DictReader(fh) if row["伤者姓名"]}


def test_every_kind_has_a_sample():
    kinds = {req.kind for req in samples.all_samples().values()}
    assert kinds == set(KINDS)


@pytest.mark.parametrize("name", [*samples.all_samples(), "receipt"])
def test_page_size_is_a4(pdfs, name):
    for page in _pages(pdfs[name]):
        assert page.width == pytest.approx(A4[0], abs=0.5)
        assert page.height == pytest.approx(A4[1], abs=0.5)


@pytest.mark.parametrize("name", list(samples.all_samples()))
def test_text_block_geometry_on_body_pages(pdfs, name):
    pages = _pages(pdfs[name])
    assert len(pages) >= 2, "sample letters are long enough for a second page"
    for page in pages:
        chars = _body_chars(page)
        if not chars:
            continue  # the 版记 page after an odd last page: no body text (GB/T 9704 §7.4)
        assert min(c["x0"] for c in chars) >= LEFT - 1 * MM
        assert max(c["x1"] for c in chars) <= RIGHT + 1 * MM
    for page in pages[:2]:  # full pages: continuation lines start at the left edge
        assert min(c["x0"] for c in _body_chars(page)) == pytest.approx(LEFT, abs=1 * MM)
    page2 = _body_chars(pages[1])
    assert min(c["top"] for c in page2) == pytest.approx(TOP, abs=1 * MM)
    assert max(c["bottom"] for c in page2) <= BLOCK_BOTTOM + 1 * MM


@pytest.mark.parametrize("name", list(samples.all_samples()))
def test_body_pitch_is_22_lines(pdfs, name):
    tops = sorted({round(c["top"], 1) for c in _body_chars(_pages(pdfs[name])[1])})
    steps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    assert steps, "several body lines"
    assert min(steps) == pytest.approx(225 * MM / 22, abs=0.3)


def test_28_characters_fill_a_justified_line(pdfs):
    page = _pages(pdfs["risk_notice"])[1]
    by_line: dict[float, list] = {}
    for c in _body_chars(page):
        by_line.setdefault(round(c["top"], 1), []).append(c)
    full = [
        cs
        for cs in by_line.values()
        if len(cs) == 28 and all(c["x1"] - c["x0"] == pytest.approx(16) for c in cs)
    ]
    assert full, "at least one line of 28 full-width characters"
    for cs in full:
        assert min(c["x0"] for c in cs) == pytest.approx(LEFT, abs=0.5)
        assert max(c["x1"] for c in cs) == pytest.approx(RIGHT, abs=0.5)


@pytest.mark.parametrize("name", list(samples.all_samples()))
def test_title_is_22pt_and_centred(pdfs, name):
    page = _pages(pdfs[name])[0]
    title = [c for c in page.chars if abs(c["size"] - 22) < 0.1 and c["text"].strip()]
    assert len(title) >= 4
    line1 = [c for c in title if abs(c["top"] - title[0]["top"]) < 1]
    mid = (min(c["x0"] for c in line1) + max(c["x1"] for c in line1)) / 2
    assert mid == pytest.approx(LEFT + 78 * MM, abs=16)
    assert all(_color(c) != RED_CMYK for c in title)


@pytest.mark.parametrize("name", [n for n in samples.all_samples() if "bulletin" not in n])
def test_letter_layout_header(pdfs, name):
    pages = _pages(pdfs[name])
    page = pages[0]
    mark = [c for c in page.chars if _color(c) == RED_CMYK]
    assert "".join(c["text"] for c in mark) == samples.ISSUER.name
    assert min(c["top"] for c in mark) == pytest.approx(30 * MM, abs=1 * MM)
    red = [r for r in page.rects if _color(r) == RED_CMYK]
    assert len(red) == 4  # two double lines
    for r in red:
        assert r["width"] == pytest.approx(170 * MM, abs=1)
    tops = sorted(r["top"] for r in red)
    mark_bottom = max(c["bottom"] for c in mark)
    assert tops[0] - mark_bottom == pytest.approx(4 * MM, abs=1 * MM + 1.92)
    assert PAGE_H - max(r["bottom"] for r in red) == pytest.approx(20 * MM, abs=1 * MM)
    lines = page.extract_text().splitlines()
    doc_no = [ln for ln in lines if DOC_NO.match(ln.strip())]
    assert doc_no, lines[:5]
    no_chars = [c for c in page.chars if c["text"] == "〔"]
    assert no_chars[0]["x1"] < RIGHT + 1
    # no page number on the first page of a letter, "— 2 —" on the second (even: left)
    assert not [c for c in page.chars if c["text"] == "—"]
    num = [c for c in pages[1].chars if abs(c["size"] - 14) < 0.1 and c["text"] in "—0123456789"]
    assert "".join(c["text"] for c in num) == "—2—"
    assert min(c["x0"] for c in num) == pytest.approx(LEFT + 14, abs=1)
    assert min(c["top"] for c in num) == pytest.approx(BLOCK_BOTTOM + 7 * MM, abs=1 * MM)
    # and no red rules after the first page
    assert not [r for r in pages[1].rects if _color(r) == RED_CMYK]


def test_bulletin_full_layout(pdfs):
    pages = _pages(pdfs["county_bulletin"])
    page = pages[0]
    mark = [c for c in page.chars if _color(c) == RED_CMYK]
    assert "".join(c["text"] for c in mark) == samples.ISSUER.name + "文件"
    assert min(c["top"] for c in mark) == pytest.approx(TOP + 35 * MM, abs=1 * MM)
    sep = [r for r in page.rects if _color(r) == RED_CMYK]
    assert len(sep) == 1
    assert sep[0]["x0"] == pytest.approx(LEFT, abs=0.5)
    assert sep[0]["width"] == pytest.approx(156 * MM, abs=0.5)
    no = [c for c in page.chars if abs(c["size"] - 16) < 0.1 and c["bottom"] < sep[0]["top"]]
    assert DOC_NO.match("".join(c["text"] for c in no))
    assert sep[0]["top"] - max(c["bottom"] for c in no) == pytest.approx(4 * MM, abs=1 * MM)
    text = page.extract_text()
    assert "关于高台县金川化工有限公司工伤事故多发情况的通报" in text.replace("\n", "")
    assert "各镇人民政府、县直有关部门、有关企业：" in text
    # page numbers on every page: odd right, even left, one character in
    for n, pg in enumerate(pages, 1):
        num = [c for c in pg.chars if abs(c["size"] - 14) < 0.1 and c["text"] in "—0123456789"]
        num = [c for c in num if c["top"] > BLOCK_BOTTOM]
        assert "".join(c["text"] for c in num) == f"—{n}—"
        if n % 2:
            assert max(c["x1"] for c in num) == pytest.approx(RIGHT - 14, abs=1)
        else:
            assert min(c["x0"] for c in num) == pytest.approx(LEFT + 14, abs=1)
    # 版记 on the last page: three black rules, the last on the bottom edge of the text block
    last = pages[-1]
    rules = sorted((r for r in last.rects if _color(r) != RED_CMYK), key=lambda r: r["top"])
    assert len(rules) == 3
    assert [round(r["height"] / MM, 2) for r in rules] == [0.35, 0.25, 0.35]
    assert rules[-1]["bottom"] == pytest.approx(BLOCK_BOTTOM, abs=0.5)
    footer = last.extract_text()
    assert "抄送：" in footer
    assert re.search(r"2026年11月28日印发", footer)


def test_bulletin_several_enterprises(pdfs):
    text = "".join(p.extract_text() for p in _pages(pdfs["county_bulletin_many"]))
    flat = text.replace("\n", "")
    assert "关于部分企业工伤事故多发情况的通报" in flat
    assert "高台县金川化工有限公司" in flat and "高台县祁连化工有限公司" in flat
    assert "通报批评" not in flat


@pytest.mark.parametrize("name", list(samples.all_samples()))
def test_content_and_no_personal_data(pdfs, name):
    req = samples.all_samples()[name]
    text = "".join(p.extract_text() for p in _pages(pdfs[name])).replace("\n", "")
    for case in req.cases:
        assert case.enterprise.name in text
        if case.accidents:
            assert f"{len(case.accidents)}起" in text
    assert DATE.search(text)
    assert "2026年11月28日" in text
    assert not ID_NUMBER.search(text)
    for person in _injured_names():
        assert person not in text


def test_risk_notice_wording(pdfs):
    text = "".join(p.extract_text() for p in _pages(pdfs["risk_notice"])).replace("\n", "")
    assert (
        "截至2026年11月28日，你单位（统一社会信用代码：91620724MAE3PWQ396）2026年度发生工伤事故1起"
        in text
    )
    assert "2026年3月14日" in text and "坍塌" in text
    assert "2026年12月3日上午9时30分" in text
    assert "自收到本函之日起10日内" in text
    assert "0936-6621234" in text


def test_rectification_measures_and_cc(pdfs):
    pages = _pages(pdfs["rectification"])
    text = "".join(p.extract_text() for p in pages).replace("\n", "")
    assert "（整改时限：自收到本建议书之日起5日内）" in text
    assert "（三）建立隐患排查台账。" in text
    assert "抄送：县住房和城乡建设局。" in text
    hazard = "".join(p.extract_text() for p in _pages(pdfs["rectification_hazard"]))
    hazard = hazard.replace("\n", "")
    assert "职业病危害隐患" in hazard and "高卫监〔2026〕15号" in hazard


def test_receipt_form(pdfs):
    pages = _pages(pdfs["receipt"])
    assert len(pages) == 1
    text = pages[0].extract_text()
    for label in (
        "送达文书名称及",
        "发文机关",
        "受送达人",
        "送达地址",
        "送达方式",
        "代收人",
        "备注",
    ):
        assert label in text
    for method in ("直接送达", "留置送达", "邮寄送达", "委托送达", "电子送达"):
        assert method in text
    assert "高人社工伤提〔2026〕7号" in text
    assert "□直接送达" in text  # the box glyph exists in the font and is drawn
    assert len(pages[0].lines) + len(pages[0].rects) >= 10  # a ruled table


def test_fonts_embedded_no_cid_font(pdfs):
    for name, data in pdfs.items():
        reader = pypdf.PdfReader(io.BytesIO(data))
        seen = 0
        for page in reader.pages:
            fonts = page["/Resources"]["/Font"]
            for ref in fonts.values():
                font = ref.get_object()
                assert "STSong" not in str(font["/BaseFont"]), name
                assert font["/Subtype"] == "/TrueType", name
                assert "/FontFile2" in font["/FontDescriptor"], name
                seen += 1
        assert seen, name


def test_metadata(pdfs):
    reader = pypdf.PdfReader(io.BytesIO(pdfs["risk_notice"]))
    meta = reader.metadata
    assert meta.title == "工伤风险提示函"
    assert meta.author == samples.ISSUER.name
    assert meta.creator == "gaotai-desktop"


def test_deterministic(fonts):
    req = samples.county_bulletin()
    assert render(req, fonts) == render(req, fonts)
    assert render_receipt(samples.receipt(), fonts) == render_receipt(samples.receipt(), fonts)


def test_concat_pdfs(pdfs):
    parts = [pdfs["risk_notice"], pdfs["receipt"], pdfs["county_bulletin"]]
    expected = sum(len(_pages(p)) for p in parts)
    merged = concat_pdfs(parts)
    assert len(_pages(merged)) == expected
    assert "送达回证" in _pages(merged)[len(_pages(parts[0]))].extract_text().replace(" ", "")


def test_receipt_for_letter(fonts):
    req = samples.rectification()
    rr = receipt_for(req)
    assert rr.document_title == "整改建议书" and rr.doc_no == req.doc_no
    text = _pages(render_receipt(rr, fonts))[0].extract_text()
    assert "《整改建议书》" in text and "高台县宏达建筑工程有限公司" in text


def test_floor_document(fonts):
    data = render_floor_document(fonts)
    assert len(_pages(data)) == 1


def test_collect_texts_covers_drawn_text(pdfs):
    req = samples.risk_notice()
    texts = collect_texts(req)
    assert req.doc_no in texts
    assert samples.ISSUER.name in texts
    drawn = "".join(p.extract_text() for p in _pages(pdfs["risk_notice"]))
    collected = set("".join(texts))
    missing = {ch for ch in drawn if not ch.isspace()} - collected
    assert not missing


def test_render_refuses_missing_glyph_before_drawing(fonts, monkeypatch):
    from gaotai_desktop.letters import layout

    drawn = []
    monkeypatch.setattr(layout, "draw_document", lambda *a: drawn.append(a) or b"")
    case = samples.XINYUAN_CASE
    odd = dataclasses.replace(case.enterprise, name="高台县𠀀建筑工程有限公司")
    req = dataclasses.replace(
        samples.risk_notice(), cases=(dataclasses.replace(case, enterprise=odd),)
    )
    with pytest.raises(MissingGlyphs) as exc:
        render(req, fonts)
    assert exc.value.chars == ["𠀀"]
    assert not drawn
