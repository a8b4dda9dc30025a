"""The case documents and the 调查笔录 read back: letter layout (red mark and double lines, the
number flush right), every kind's own title and facts, 你／你单位 by applicant, the masked worker,
a character missing from the font refused before drawing, the blank record's lines."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from gaotai_desktop.domain.documents import CaseDocumentKind
from gaotai_desktop.letters import EnterpriseRef, FontSet, Issuer, MissingGlyphs
from gaotai_desktop.letters.case_letters import (
    CaseLetterRequest,
    recipients,
    render_case_letter,
    render_with_receipts,
)
from gaotai_desktop.letters.geometry import MM, RED_CMYK
from gaotai_desktop.letters.investigation_record import (
    InvestigationRequest,
    render_investigation_record,
)

ISSUER = Issuer("高台县人力资源和社会保障局", "县人社局", "王敏", "0936-6612345")
EMPLOYER = EnterpriseRef("高台县盛鑫堃化工有限公司", "91620724MA01AB2C3L")
BASE = CaseLetterRequest(
    kind=CaseDocumentKind.ACCEPTANCE, doc_no="高人社工伤受〔2026〕7号",
    issue_date=dt.date(2026, 9, 30), issuer=ISSUER, applicant_kind="employer",
    worker_name="孙秀英", worker_id_masked="620724********6594", employer=EMPLOYER,
    accident_date=dt.date(2026, 9, 10), applied=dt.date(2026, 9, 16),
    accepted=dt.date(2026, 9, 30), simple=True, decision_due=dt.date(2026, 10, 15),
)  # fmt: skip


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return FontSet.bundled()


def text_of(data: bytes) -> str:
    pages = pdfplumber.open(io.BytesIO(data)).pages
    return "".join(p.extract_text() or "" for p in pages).replace(" ", "").replace("\n", "")


def test_acceptance_in_the_letter_layout(fonts) -> None:
    pdf = render_case_letter(BASE, fonts)
    first = pdfplumber.open(io.BytesIO(pdf)).pages[0]
    red = [c["text"] for c in first.chars
           if tuple(round(float(v), 3) for v in (c.get("non_stroking_color") or ())) == RED_CMYK]  # fmt: skip
    assert "".join(red) == ISSUER.name
    assert (
        len([r for r in first.rects if tuple(r.get("non_stroking_color") or ()) == RED_CMYK]) == 4
    )
    number = [w for w in first.extract_words() if "〔2026〕7号" in w["text"]]
    assert number and number[0]["x1"] > 180 * MM  # flush right
    body = text_of(pdf)
    assert (
        "工伤认定申请受理决定书" in body and f"{EMPLOYER.name}：你单位于2026年9月16日提交" in body
    )
    assert "适用简易程序" in body and "15日内（2026年10月15日前）" in body
    assert "用人单位认为不是工伤的" not in body  # the employer applied itself
    assert "抄送" not in body


def test_each_kind_has_its_title_and_facts(fonts) -> None:
    from dataclasses import replace

    cases = {
        CaseDocumentKind.MISSING: ({"items": ("劳动关系证明",), "applicant_kind": "union"},
                                   ("工伤认定申请材料补正告知书", f"{EMPLOYER.name}工会：", "1.劳动关系证明")),
        CaseDocumentKind.SUSPENSION: ({"reason": "等待公安机关的事故认定结论"},
                                      ("工伤认定中止通知书", "因等待公安机关的事故认定结论",
                                       "自2026年9月30日起中止")),
        CaseDocumentKind.DECISION: ({"outcome": "不予认定", "decided": dt.date(2026, 10, 12),
                                     "applicant_kind": "worker"},
                                    ("不予认定工伤决定书送达函", "孙秀英：县人社局于", "《工伤保险条例》第十四条",
                                     "《不予认定工伤决定书》")),
    }  # fmt: skip
    for kind, (fields, expected) in cases.items():
        body = text_of(render_case_letter(replace(BASE, kind=kind, **fields), fonts))
        for part in expected:
            assert part in body, (kind, part)
        assert "620724********6594" in body


def test_who_is_served() -> None:
    from dataclasses import replace

    decision = replace(BASE, kind=CaseDocumentKind.DECISION, outcome="认定工伤")
    assert [r.name for r in recipients(decision)] == [EMPLOYER.name, "孙秀英"]
    relative = replace(decision, applicant_kind="relative")
    assert [r.name for r in recipients(relative)] == ["孙秀英的近亲属", EMPLOYER.name]
    assert recipients(relative)[1].uscc == EMPLOYER.uscc


def test_receipts_follow_the_letter(fonts) -> None:
    from dataclasses import replace

    pdf, receipt, title = render_with_receipts(replace(BASE, applicant_kind="worker"), fonts)
    assert title == "工伤认定申请受理决定书"
    body = text_of(receipt)
    assert body.count("送达回证") == 2 and "孙秀英" in body and EMPLOYER.name in body


def test_a_character_missing_from_the_font_is_refused(fonts) -> None:
    from dataclasses import replace

    with pytest.raises(MissingGlyphs):
        render_case_letter(replace(BASE, worker_name="孙\U000e0100秀英"), fonts)


def test_the_blank_investigation_record_has_lines_and_signatures_on_every_page(fonts) -> None:
    pdf = render_investigation_record(InvestigationRequest(ISSUER, "孙秀英工伤认定"), fonts)
    pages = pdfplumber.open(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        one = (page.extract_text() or "").replace(" ", "").replace("\n", "")
        assert "以上笔录我已看过，与我说的相符。" in one and f"第{n}页共{len(pages)}页" in one
    body = text_of(pdf)
    assert "调查人：执法证号：调查人：执法证号：" in body and "被调查人：性别：" in body
    assert body.count("问：") >= 6 and len(pages[0].rects) + len(pages[0].lines) >= 10
