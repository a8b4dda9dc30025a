"""Letters read back as the enterprise and the bureau's lawyer read them: nothing invented, periods
from receipt, the basis named, words that match the facts, the enterprise identified."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import pdfplumber
import pytest

from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.letters import (
    AccidentFact,
    EnterpriseCase,
    FontSet,
    HazardFact,
    Interview,
    render,
    samples,
)

GAP = re.compile(r"[（(][^）)]*：[；，）)]|：；|：，|，，|、、|在发生|（）")


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return FontSet.bundled()


def text(data: bytes) -> str:
    pages = pdfplumber.open(io.BytesIO(data)).pages
    return re.sub(r"— \d+ —", "", "".join(p.extract_text() for p in pages).replace("\n", ""))


def lines(data: bytes) -> list[str]:
    pages = pdfplumber.open(io.BytesIO(data)).pages
    return [ln for p in pages for ln in p.extract_text().splitlines()]


UNKNOWN_HAZARD = EnterpriseCase(samples.QILIAN, Tier.ORANGE, hazard=HazardFact())
BARE_ACCIDENTS = EnterpriseCase(
    dataclasses.replace(samples.HONGDA, township="", industry="", authority=""),
    Tier.RED,
    (
        AccidentFact(dt.date(2026, 2, 2), "", "", None),
        AccidentFact(dt.date(2026, 3, 2), "触电", "", None, pending=True),
        AccidentFact(dt.date(2026, 4, 2), "", "工地", 2),
    ),
)
NO_CONTACT = dataclasses.replace(samples.ISSUER, contact_person="", contact_phone="")


def letters_about(case: EnterpriseCase) -> dict[str, object]:
    iv = samples.INTERVIEW
    return {
        "rectification": dataclasses.replace(samples.rectification(case), issuer=NO_CONTACT),
        "authority": dataclasses.replace(
            samples.authority_notice(case), addressee="高台县应急管理局", issuer=NO_CONTACT
        ),
        "interview": dataclasses.replace(
            samples.interview_notice(case), interview=iv, issuer=NO_CONTACT
        ),
        "bulletin": dataclasses.replace(samples.county_bulletin((case,)), issuer=NO_CONTACT),
    }


@pytest.mark.parametrize("case", [UNKNOWN_HAZARD, BARE_ACCIDENTS], ids=["hazard", "accidents"])
def test_an_unknown_fact_is_left_out_never_made_up(fonts, case):
    for name, req in letters_about(case).items():
        if name == "bulletin" and not case.accidents:
            continue
        if name == "interview" and not case.accidents:
            continue
        t = text(render(req, fonts))
        assert "1900" not in t, name
        assert "职业卫生检查" not in t and "其他伤害" not in t, name
        assert "联系人" not in t and "联系电话" not in t, name  # the office set neither
        assert not GAP.search(t), (name, GAP.search(t))
        assert "受伤None人" not in t and "None" not in t, name


def test_hazard_without_date_or_source_says_only_what_is_known(fonts):
    t = text(render(samples.rectification(UNKNOWN_HAZARD), fonts))
    assert "你单位（统一社会信用代码：91620724MAH6HK6C7X）存在职业病危害隐患" in t
    known = dataclasses.replace(
        UNKNOWN_HAZARD, hazard=HazardFact(source="县卫生健康局", description="粉尘浓度超标")
    )
    t = text(render(samples.rectification(known), fonts))
    assert "县卫生健康局发现你单位存在职业病危害隐患（粉尘浓度超标）。" in t


def test_periods_run_from_receipt(fonts):
    t = text(render(samples.risk_notice(), fonts))
    assert "请自收到本函之日起10日内将培训开展" in t
    t = text(render(samples.rectification(), fonts))
    assert "请你单位自收到本建议书之日起15日内将整改落实情况" in t
    assert "（整改时限：自收到本建议书之日起12日内）" in t
    t = text(render(samples.interview_notice(), fonts))
    assert "请你单位自收到本通知之日起7日内制定整改方案" in t
    assert "自收到本通知之日起30日内将约谈要求的落实情况" in t
    t = text(render(samples.authority_notice(), fonts))
    assert "请自收到本函之日起30日内将检查和督促整改情况函告我局" in t


def test_an_interview_on_or_before_the_issue_date_is_refused(fonts):
    req = dataclasses.replace(
        samples.risk_notice(), interview=Interview(dt.datetime(2026, 11, 28, 9), "会议室")
    )
    with pytest.raises(ValidationError) as exc:
        render(req, fonts)
    assert (exc.value.field, exc.value.code) == ("interview", "before_issue_date")


def test_legal_basis_is_named_and_the_mechanism_has_no_invented_number(fonts):
    for req in samples.all_samples().values():
        t = text(render(req, fonts))
        assert "《工伤保险条例》" in t and "安全生产法》" in t
        assert "《高台县工伤预防分级预警监管机制》" in t
        assert "高人社发〔2025〕" not in t
        assert ("职业病防治法》" in t) == any(c.hazard for c in req.cases)
    numbered = dataclasses.replace(samples.risk_notice(), mechanism_doc_no="高政办发〔2025〕9号")
    assert "《高台县工伤预防分级预警监管机制》（高政办发〔2025〕9号）" in text(
        render(numbered, fonts)
    )


def test_bulletin_restriction_has_basis_end_and_review(fonts):
    t = text(render(samples.county_bulletin(), fonts))
    assert "依照《高台县工伤预防分级预警监管机制》，自本通报印发之日起至2026年12月31日" in t
    assert "60日内向高台县人民政府申请行政复议" in t
    assert "6个月内依法向人民法院提起行政诉讼" in t
    until = dataclasses.replace(samples.county_bulletin(), restriction_until=dt.date(2027, 6, 30))
    assert "至2027年6月30日" in text(render(until, fonts))


def test_bulletin_speaks_of_one_enterprise_in_the_singular(fonts):
    one = text(render(samples.county_bulletin(), fonts))
    assert "上述企业" not in one and "部分企业" not in one
    assert "对该企业启动工伤预防红色预警" in one
    many = text(render(samples.all_samples()["county_bulletin_many"], fonts))
    assert "对上述企业启动工伤预防红色预警" in many


def test_same_category_only_when_the_accidents_are_of_one_category(fonts):
    mixed = text(render(samples.county_bulletin(), fonts))  # 车辆伤害, 机械伤害, 灼烫
    assert "同类事故重复发生" not in mixed and "事故接连发生" in mixed
    same = dataclasses.replace(
        samples.JINCHUAN_CASE,
        accidents=tuple(
            dataclasses.replace(a, category="机械伤害") for a in samples.JINCHUAN_CASE.accidents
        ),
    )
    assert "同类事故重复发生" in text(render(samples.county_bulletin((same,)), fonts))


def test_a_pending_accident_is_never_called_a_work_injury_accident(fonts):
    t = text(render(samples.county_bulletin((BARE_ACCIDENTS,)), fonts))
    assert (
        "有限公司工伤事故多发" not in t and "关于高台县宏达建筑工程有限公司事故多发情况的通报" in t
    )
    assert "2026年3月2日触电事故（认定中）" in t
    assert "发生事故3起（其中1起正在工伤认定中）" in t
    t = text(render(samples.interview_notice(BARE_ACCIDENTS), fonts))
    assert "2026年3月2日，发生触电事故1起（工伤认定中）。" not in t  # the notice lists no lines
    assert "发生事故3起（其中1起正在工伤认定中）" in t


def test_hazard_only_enterprise_gets_hazard_wording(fonts):
    t = text(render(samples.rectification(samples.QILIAN_CASE, 4), fonts))
    assert "事故暴露出的问题" not in t and "岗前安全培训不到位" not in t
    assert "职业健康检查" in t and "职业病危害因素" in t
    both = dataclasses.replace(samples.HONGDA_CASE, hazard=samples.QILIAN_CASE.hazard)
    req = dataclasses.replace(samples.rectification(both), measures=())
    t = text(render(req, fonts))
    assert "事故暴露出的问题" in t and "职业健康检查" in t


def test_red_enterprise_is_asked_for_its_rectification_plan(fonts):
    t = text(render(samples.interview_notice(), fonts))
    assert "制定整改方案" in t and "报送我局和县工业和信息化局" in t
    yellow = samples.interview_notice(samples.XINYUAN_CASE)
    assert "制定整改方案" not in text(render(yellow, fonts))


@pytest.mark.parametrize("name", list(samples.all_samples()))
def test_headings_go_one_then_bracket_one_then_digits(fonts, name):
    """一、 → （一） → 1. → （1）: a level never appears before its parent level has."""
    order = [re.compile(p) for p in (r"^[一二三四五六七八九十]+、", r"^（[一二三四五六七八九十]+）", r"^\d+\.", r"^（\d+）")]  # fmt: skip
    depth = -1  # the deepest level open under the current parents
    for ln in lines(render(samples.all_samples()[name], fonts)):
        level = next((i for i, pat in enumerate(order) if pat.match(ln)), None)
        if level is not None:
            assert level <= depth + 1, (name, ln)
            depth = level


@pytest.mark.parametrize("name", list(samples.all_samples()))
def test_every_letter_names_the_enterprise_by_its_credit_code(fonts, name):
    req = samples.all_samples()[name]
    t = text(render(req, fonts))
    for case in req.cases:
        assert f"统一社会信用代码：{case.enterprise.uscc}" in t


def test_bulletin_problems_are_only_what_the_records_show(fonts):
    import re as _re

    t = text(render(samples.county_bulletin(), fonts))
    for unbacked in ("重生产", "轻安全", "安全投入不足", "流于形式", "未经系统培训", "原因分析"):
        assert unbacked not in t
    problems = t[t.index("二、存在的问题") : t.index("三、")]
    assert "事故多发" in problems and "3起以上" in problems
    assert "职业病危害隐患" not in problems  # none recorded for this enterprise
    hazard = dataclasses.replace(samples.JINCHUAN_CASE, hazard=samples.HazardFact())
    other = samples.all_samples()["county_bulletin_many"].cases
    plain = dataclasses.replace(other[1], hazard=None)
    many = text(render(samples.county_bulletin((hazard, plain)), fonts))
    part = many[many.index("二、存在的问题") : many.index("三、")]
    assert _re.search(r"职业病危害隐患未消除。" + samples.JINCHUAN_CASE.enterprise.name, part)
