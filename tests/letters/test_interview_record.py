"""约谈记录 read back: letter layout (red mark, no number), every fact of the record, the blank one
for handwriting (name and reason, lines to write on, no statement), signatures, no missing glyph."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pdfplumber
import pytest

from gaotai_desktop.letters import EnterpriseRef, FontSet, Issuer, MissingGlyphs
from gaotai_desktop.letters import fonts as _fonts
from gaotai_desktop.letters.geometry import MM, RED_CMYK
from gaotai_desktop.letters.interview_record import (
    InterviewRecordRequest,
    collect_texts,
    render_interview_record,
)

ISSUER = Issuer("高台县人力资源和社会保障局", "县人社局", "王敏", "0936-6612345")
#: 堃 is a GBK character outside GB 2312: the font must hold it.
ENTERPRISE = EnterpriseRef("高台县盛鑫堃化工有限公司", "91620724MA01AB2C3L")
REASON = "2026年黄色预警一对一警示约谈（高人社工伤提〔2026〕1号）"
STATEMENT = "今年2月3日发生高处坠落事故一起，原因是作业人员未系安全带。"
FILLED = InterviewRecordRequest(
    ISSUER,
    ENTERPRISE,
    REASON,
    held_at=dt.datetime(2026, 12, 1, 9, 30),
    place="高台县人力资源和社会保障局工伤保险股会议室",
    office_people="王敏、李强",
    enterprise_people="张伟（总经理）",
    statement=STATEMENT + "\n已对全体员工开展安全再培训。",
    requirements="12月15日前完成全员岗前培训。\n每周开展一次隐患自查。",
    follow_up_due=dt.date(2026, 12, 31),
)
BLANK = InterviewRecordRequest(ISSUER, ENTERPRISE, REASON, statement=STATEMENT, blank=True)


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return FontSet.bundled()


def pages(data: bytes):
    return pdfplumber.open(io.BytesIO(data)).pages


def text_of(data: bytes) -> str:
    return "".join((p.extract_text() or "") for p in pages(data)).replace(" ", "").replace("\n", "")


@pytest.fixture(scope="module")
def filled(fonts) -> bytes:
    return render_interview_record(FILLED, fonts)


@pytest.fixture(scope="module")
def blank(fonts) -> bytes:
    return render_interview_record(BLANK, fonts)


def test_the_filled_record_prints_every_fact(filled) -> None:
    text = text_of(filled)
    for fact in (
        "约谈记录",
        ENTERPRISE.name,
        ENTERPRISE.uscc,
        REASON,
        "2026年12月1日上午9时30分",
        "工伤保险股会议室",
        "王敏、李强",
        "张伟（总经理）",
        STATEMENT,
        "已对全体员工开展安全再培训。",
        "12月15日前完成全员岗前培训。",
        "请你单位于2026年12月31日前将约谈要求的落实情况书面报送县人社局。",
        "约谈人（签名）",
        "被约谈人（签名）",
        "记录人（签名）",
        "被约谈单位（盖章）",
    ):
        assert fact in text, fact


def test_the_blank_record_has_the_name_and_reason_and_lines_to_write_on(blank, filled) -> None:
    text = text_of(blank)
    assert ENTERPRISE.name in text and ENTERPRISE.uscc in text and REASON in text
    assert STATEMENT not in text  # nothing of a record, even when given
    assert "上午" not in text and "会议室" not in text
    assert "被约谈人（签名）" in text and "约谈人（签名）" in text
    assert "请你单位于" in text and "日前将约谈要求的落实情况" in text
    rules = [r for p in pages(blank) for r in p.rects if r["height"] < 1 and r["width"] > 20 * MM]
    filled_rules = [
        r for p in pages(filled) for r in p.rects if r["height"] < 1 and r["width"] > 20 * MM
    ]
    # statement 8 + requirements 5 + place, people (3) + 2 signatures, beyond the red lines
    assert len(rules) - len(filled_rules) >= 16


def test_letter_layout_red_mark_and_double_lines_no_number(filled) -> None:
    first = pages(filled)[0]
    words = first.extract_words()
    mark = [w for w in words if "高台县人力资源和社会保障局" in w["text"]]
    assert mark and mark[0]["top"] < 40 * MM  # 信函格式: the mark 30 mm from the top
    red = [
        c
        for c in first.chars
        if tuple(round(float(v), 3) for v in (c.get("non_stroking_color") or ())) == RED_CMYK
    ]
    assert red and "".join(c["text"] for c in red) == "高台县人力资源和社会保障局"
    red_rules = [r for r in first.rects if tuple(r.get("non_stroking_color") or ()) == RED_CMYK]
    assert len(red_rules) == 4  # two double lines
    assert not any("号" in w["text"] and "〔" in w["text"] and w["top"] < 70 * MM for w in words)


def test_no_missing_glyph_every_drawn_character_is_in_the_font(filled, blank, fonts) -> None:
    have = _fonts.cmap(fonts.body)
    for data, req in ((filled, FILLED), (blank, BLANK)):
        drawn = {ch for ch in text_of(data) if not ch.isspace()}
        assert drawn and not {ch for ch in drawn if ord(ch) not in have}
        collected = set("".join(collect_texts(req)))
        assert not drawn - collected - set("—0123456789")  # page numbers


def test_a_character_missing_from_the_font_is_refused(fonts) -> None:
    odd = dataclasses.replace(ENTERPRISE, name="高台县𠀀建筑工程有限公司")
    with pytest.raises(MissingGlyphs) as exc:
        render_interview_record(dataclasses.replace(BLANK, enterprise=odd), fonts)
    assert exc.value.chars == ["𠀀"]


def test_an_empty_item_of_a_record_gets_lines_not_words(fonts) -> None:
    sparse = dataclasses.replace(FILLED, place="", statement="", follow_up_due=None)
    text = text_of(render_interview_record(sparse, fonts))
    assert "约谈地点：" in text and "会议室" not in text
    assert "请你单位按照约谈要求抓好落实" in text
    assert "None" not in text
