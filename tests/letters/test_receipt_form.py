"""送达回证 read back: no two text lines overlap, no text crosses a rule, the new facts print."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pdfplumber
import pytest

from gaotai_desktop.letters import (
    EnterpriseRef,
    FontSet,
    ReceiptRequest,
    document_name,
    receipt_for,
    render_receipt,
    samples,
)

LONG_AUTHORITY = "张掖市高台县应急管理局（高台县安全生产委员会办公室）"
LONG_ADDRESS = "甘肃省张掖市高台县城关镇人民东路南侧工业园区管理委员会综合楼东侧第三排平房101室"


def _receipts() -> dict[str, ReceiptRequest]:
    out: dict[str, ReceiptRequest] = {"sample": samples.receipt()}
    for name, req in samples.all_samples().items():
        for i in range(len(req.cases)):
            out[f"{name}_{i}"] = receipt_for(req, i)
    # an authority letter's receipt: the authority has no 统一社会信用代码 on record
    letter = samples.authority_notice()
    out["authority"] = ReceiptRequest(
        document_name(letter), letter.doc_no, letter.issuer, EnterpriseRef(LONG_AUTHORITY, "")
    )
    out["long"] = dataclasses.replace(
        receipt_for(samples.county_bulletin()),
        address=LONG_ADDRESS,
        recipient_person="王堃",
        deliverers=("李明", "张晓燕"),
        remarks="受送达人单位负责人外出，由办公室主任代收，已电话告知其本人。" * 2,
        issue_date=dt.date(2026, 11, 28),
        pages=3,
    )
    return out


RECEIPTS = _receipts()


@pytest.fixture(scope="module")
def pages() -> dict[str, pdfplumber.page.Page]:
    fonts = FontSet.bundled()
    out = {}
    for name, rr in RECEIPTS.items():
        pdf = pdfplumber.open(io.BytesIO(render_receipt(rr, fonts)))
        assert len(pdf.pages) == 1, name
        out[name] = pdf.pages[0]
    return out


def _intersect(a: dict, b: dict, eps: float = 0.2) -> bool:
    return (
        a["x0"] < b["x1"] - eps
        and b["x0"] < a["x1"] - eps
        and a["top"] < b["bottom"] - eps
        and b["top"] < a["bottom"] - eps
    )


@pytest.mark.parametrize("name", list(RECEIPTS))
def test_no_two_text_lines_overlap(pages, name):
    words = pages[name].extract_words(keep_blank_chars=False, x_tolerance=2)
    assert len(words) > 20
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if abs(a["top"] - b["top"]) < 0.5:
                continue  # the same line
            assert not _intersect(a, b), (name, a["text"], b["text"])


@pytest.mark.parametrize("name", list(RECEIPTS))
def test_text_stays_inside_its_cell(pages, name):
    page = pages[name]
    edges = [e for e in page.edges if max(e["width"], e["height"]) > 20]  # rules, not ticks
    horizontal = [e for e in edges if e["orientation"] == "h"]
    vertical = [e for e in edges if e["orientation"] == "v"]
    assert len(horizontal) >= 12 and len(vertical) >= 3, "a ruled table"
    table_top = min(e["top"] for e in horizontal)
    table_bottom = max(e["top"] for e in horizontal)
    inside = [
        c
        for c in page.chars
        if c["text"].strip() and c["top"] >= table_top - 1 and c["bottom"] <= table_bottom + 1
    ]
    assert inside
    for c in page.chars:
        if not c["text"].strip():
            continue
        for e in horizontal:
            if e["x0"] < c["x1"] and c["x0"] < e["x1"]:
                assert not (c["top"] < e["top"] < c["bottom"]), (name, c["text"])
        for e in vertical:
            if e["top"] < c["bottom"] and c["top"] < e["bottom"]:
                assert not (c["x0"] + 0.2 < e["x0"] < c["x1"] - 0.2), (name, c["text"])
        # no text hangs out of the table's sides either
        if c in inside:
            assert c["x0"] >= min(e["x0"] for e in vertical) + 1, (name, c["text"])
            assert c["x1"] <= max(e["x0"] for e in vertical) - 1, (name, c["text"])


def test_long_title_and_number_each_in_the_document_cell(pages):
    """The bulletin's title wraps within its cell and the number has a line of its own."""
    page = pages["county_bulletin_0"]
    split = sorted(e["x0"] for e in page.edges if e["orientation"] == "v")[1]
    text = page.crop((split, 0, page.width, page.height)).extract_text()
    assert "高人社发〔2026〕12号" in text.replace(" ", "")
    flat = text.replace("\n", "")
    assert "《关于高台县金川化工有限公司工伤事故多发情况的通报》" in flat


def _content(page) -> str:
    """Text of the value column (right of the table's middle rule), lines joined."""
    split = sorted(e["x0"] for e in page.edges if e["orientation"] == "v")[1]
    return page.crop((split, 0, page.width, page.height)).extract_text().replace("\n", "")


def test_new_facts_printed(pages):
    text = pages["long"].extract_text()
    flat = _content(pages["long"])
    assert "件数" in text and "1件（共3页）" in flat
    assert "填发日期：2026年11月28日" in flat
    assert "统一社会信用代码：" + RECEIPTS["long"].enterprise.uscc in flat
    assert "发文机关（印章）" in text.replace("\n", "")
    assert "王堃" in flat and LONG_ADDRESS in flat


def test_unknown_facts_left_for_hand(pages):
    flat = _content(pages["authority"])
    assert LONG_AUTHORITY in flat
    assert "统一社会信用代码" not in flat  # not known: no empty line for it
    assert "1件" in flat and "共" not in flat.split("1件")[1][:2]
    assert "填发日期：" in flat and "2026年" not in flat.split("填发日期：")[1][:5]


def test_seal_room_in_the_issuer_row(pages):
    """The issuer's row is at least 30 mm tall: room for a 42 mm seal stamped across its date."""
    page = pages["long"]
    rows = sorted({round(e["top"], 1) for e in page.edges if e["orientation"] == "h"})
    label = next(c for c in page.chars if c["text"] == "印")
    above = max(t for t in rows if t < label["top"])
    below = min(t for t in rows if t > label["bottom"])
    assert below - above >= 30 * 72 / 25.4 - 0.5
