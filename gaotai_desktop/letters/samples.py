"""Synthetic sample requests (the fixture enterprises of 2026-11-28): previews, tests, benchmark.

No person of an accident appears anywhere: the model has no field for one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.letters.model import (
    AccidentFact,
    DeliveryMethod,
    EnterpriseCase,
    EnterpriseRef,
    HazardFact,
    Interview,
    Issuer,
    Kind,
    LetterRequest,
    Measure,
    ReceiptRequest,
)

AS_OF = dt.date(2026, 11, 28)

ISSUER = Issuer(
    name="高台县人力资源和社会保障局",
    short_name="县人社局",
    contact_person="工伤保险股",
    contact_phone="0936-6621234",
    address="高台县城关镇人民西路28号",
)

JINCHUAN = EnterpriseRef(
    name="高台县金川化工有限公司",
    uscc="91620724MALU7N7H7R",
    address="甘肃省张掖市高台县南华镇108号",
    township="南华镇",
    industry="制造业",
    authority="县工业和信息化局",
)
XINYUAN = EnterpriseRef(
    name="高台县鑫源建筑工程有限公司",
    uscc="91620724MAE3PWQ396",
    address="甘肃省张掖市高台县城关镇281号",
    township="城关镇",
    industry="建筑业",
    authority="县住房和城乡建设局",
)
HONGDA = EnterpriseRef(
    name="高台县宏达建筑工程有限公司",
    uscc="91620724MAF8BNKT9C",
    address="甘肃省张掖市高台县宣化镇211号",
    township="宣化镇",
    industry="建筑业",
    authority="县住房和城乡建设局",
)
QILIAN = EnterpriseRef(
    name="高台县祁连化工有限公司",
    uscc="91620724MAH6HK6C7X",
    address="甘肃省张掖市高台县巷道镇248号",
    township="巷道镇",
    industry="制造业",
    authority="县工业和信息化局",
)

JINCHUAN_CASE = EnterpriseCase(
    JINCHUAN,
    Tier.RED,
    (
        AccidentFact(dt.date(2026, 1, 20), "车辆伤害", "生产车间", 1),
        AccidentFact(dt.date(2026, 5, 11), "机械伤害", "生产车间", 1),
        AccidentFact(dt.date(2026, 9, 3), "灼烫", "反应釜区", 2),
    ),
)
XINYUAN_CASE = EnterpriseCase(
    XINYUAN, Tier.YELLOW, (AccidentFact(dt.date(2026, 3, 14), "坍塌", "生产车间", 1),)
)
HONGDA_CASE = EnterpriseCase(
    HONGDA,
    Tier.ORANGE,
    (
        AccidentFact(dt.date(2026, 2, 2), "起重伤害", "施工现场", 1),
        AccidentFact(dt.date(2026, 8, 9), "触电", "施工现场", 1),
    ),
)
QILIAN_CASE = EnterpriseCase(
    QILIAN,
    Tier.ORANGE,
    hazard=HazardFact(dt.date(2026, 6, 18), "县卫生健康局监督检查", "高卫监〔2026〕15号"),
)

QILIAN_RED_CASE = EnterpriseCase(
    QILIAN,
    Tier.RED,
    (
        AccidentFact(dt.date(2026, 4, 7), "中毒和窒息", "储罐区", 1),
        AccidentFact(dt.date(2026, 7, 22), "物体打击", "生产车间", 1),
        AccidentFact(dt.date(2026, 10, 16), "高处坠落", "检修平台", 1),
    ),
    hazard=QILIAN_CASE.hazard,
)

INTERVIEW = Interview(
    when=dt.datetime(2026, 12, 3, 9, 30),
    place="高台县人力资源和社会保障局三楼会议室",
)


def risk_notice(case: EnterpriseCase = XINYUAN_CASE, seq: int = 7) -> LetterRequest:
    return LetterRequest(
        kind=Kind.RISK_NOTICE,
        doc_no=f"高人社工伤提〔2026〕{seq}号",
        issue_date=AS_OF,
        as_of=AS_OF,
        issuer=ISSUER,
        cases=(case,),
        feedback_days=10,
        interview=INTERVIEW,
    )


def rectification(case: EnterpriseCase = HONGDA_CASE, seq: int = 3) -> LetterRequest:
    return LetterRequest(
        kind=Kind.RECTIFICATION,
        doc_no=f"高人社工伤改〔2026〕{seq}号",
        issue_date=AS_OF,
        as_of=AS_OF,
        issuer=ISSUER,
        cases=(case,),
        report_days=15,
        measures=HONGDA_MEASURES if case is HONGDA_CASE else (),
    )


#: The measures of the sample 整改建议书 to 宏达 (its accidents: 起重伤害, 触电).
HONGDA_MEASURES = (
    Measure("立即停用存在缺陷的起重设备。经检测合格后方可恢复使用。", 5),
    Measure("开展全员安全培训。重点培训起重和临时用电作业规程。", 12),
    Measure("建立隐患排查台账。逐项整改销号。", 15),
)


def authority_notice(case: EnterpriseCase = JINCHUAN_CASE, seq: int = 2) -> LetterRequest:
    return LetterRequest(
        kind=Kind.AUTHORITY_NOTICE,
        doc_no=f"高人社工伤函〔2026〕{seq}号",
        issue_date=AS_OF,
        as_of=AS_OF,
        issuer=ISSUER,
        cases=(case,),
        report_days=30,
        plan_days=7,
    )


def county_bulletin(
    cases: Iterable[EnterpriseCase] = (JINCHUAN_CASE,), seq: int = 12
) -> LetterRequest:
    return LetterRequest(
        kind=Kind.COUNTY_BULLETIN,
        doc_no=f"高人社发〔2026〕{seq}号",
        issue_date=AS_OF,
        as_of=AS_OF,
        issuer=ISSUER,
        cases=tuple(cases),
    )


def interview_notice(case: EnterpriseCase = JINCHUAN_CASE, seq: int = 5) -> LetterRequest:
    return LetterRequest(
        kind=Kind.INTERVIEW_NOTICE,
        doc_no=f"高人社工伤约〔2026〕{seq}号",
        issue_date=AS_OF,
        as_of=AS_OF,
        issuer=ISSUER,
        cases=(case,),
        report_days=30,
        plan_days=7,
        interview=INTERVIEW,
    )


def receipt(method: DeliveryMethod | None = DeliveryMethod.DIRECT) -> ReceiptRequest:
    return ReceiptRequest(
        document_title="工伤风险提示函",
        doc_no="高人社工伤提〔2026〕7号",
        issuer=ISSUER,
        enterprise=XINYUAN,
        method=method,
        remarks="",
    )


def all_samples() -> dict[str, LetterRequest]:
    return {
        Kind.RISK_NOTICE: risk_notice(),
        Kind.RECTIFICATION: rectification(),
        "rectification_hazard": rectification(QILIAN_CASE, 4),
        Kind.AUTHORITY_NOTICE: authority_notice(),
        "authority_notice_orange": authority_notice(HONGDA_CASE, 3),
        Kind.COUNTY_BULLETIN: county_bulletin(),
        "county_bulletin_many": county_bulletin((JINCHUAN_CASE, QILIAN_RED_CASE), 13),
        Kind.INTERVIEW_NOTICE: interview_notice(),
    }
