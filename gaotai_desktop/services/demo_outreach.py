"""The demo county's prevention training sessions and rights-hotline calls (预防与维权 pages), made
with the demo's enterprises: sessions for the high-risk industries (construction, chemicals,
logistics) attended by enterprises of that industry, and calls of the last half year, some
referred and followed up, the older ones closed. Drawn from their own random stream, so that the
enterprises and accidents of a seed stay what they were."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from ..domain.outreach import Referral, Topic

Row = dict[str, Any]

#: (industry section, words one of which the enterprise's name holds, topics).
_TRAININGS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("建筑业", ("建筑",), ("建筑施工高处坠落防范与安全带正确使用", "起重吊装作业安全与坍塌事故预防")),
    ("制造业", ("化工",), ("危险化学品作业中毒窒息预防与应急处置", "化工装置检修作业安全与灼烫防范")),
    ("交通运输、仓储和邮政业", ("物流",), ("道路货运车辆伤害预防与驾驶员安全教育", "仓储装卸作业安全与工伤保险政策解读")),
)  # fmt: skip
_TRAINERS = (
    "县人社局工伤保险股 马建国",
    "县应急管理局安全生产科 王丽",
    "张掖市工伤预防讲师 刘海燕",
)
_MATERIALS = "课件、签到表、现场照片"

_TOPIC_WEIGHTS = ((Topic.CONSULTATION, 6), (Topic.COMPLAINT, 2), (Topic.DISPUTE, 2))
_ADVICE = {
    Topic.CONSULTATION: (
        "告知工伤认定申请时限（用人单位30日、职工或近亲属1年）及所需材料清单",
        "解答工伤保险待遇项目和停工留薪期的规定",
        "告知劳动能力鉴定的申请条件和办理流程",
    ),
    Topic.COMPLAINT: (
        "记录投诉情况，告知将转劳动保障监察核查用人单位未参保问题",
        "告知用人单位应在事故发生后30日内提出工伤认定申请，已督促企业补报",
    ),
    Topic.DISPUTE: (
        "告知可申请劳动争议调解，调解不成可申请劳动仲裁",
        "解释劳动关系确认需先经劳动仲裁，告知仲裁申请材料",
    ),
}
_REFERRALS = {
    Topic.CONSULTATION: (Referral.NONE,),
    Topic.COMPLAINT: (Referral.LABOUR_INSPECTION, Referral.NONE),
    Topic.DISPUTE: (Referral.MEDIATION, Referral.ARBITRATION),
}
_OUTCOMES = {
    Referral.NONE: "已电话回访，来电人表示清楚办理流程",
    Referral.MEDIATION: "经乡镇劳动争议调解组织调解，双方达成协议",
    Referral.ARBITRATION: "来电人已向县劳动人事争议仲裁委员会提出仲裁申请",
    Referral.LABOUR_INSPECTION: "劳动保障监察已核查，企业已为职工补缴工伤保险",
}
_HANDLERS = ("李娜", "王敏", "赵文华")


def outreach_rows(
    rng: random.Random,
    enterprises: list[Row],
    today: dt.date,
    stamp: Row,
    new_id: Any,
    *,
    sessions: int = 10,
    calls: int = 36,
) -> tuple[list[Row], list[Row], list[Row]]:
    """(training sessions, their attendance, hotline calls) for the demo county. ``new_id()``
    makes a row id."""
    session_rows: list[Row] = []
    attendance_rows: list[Row] = []
    start = dt.date(today.year, 1, 8)
    span = max((today - start).days, 1)
    for i in range(sessions):
        industry, words, topics = _TRAININGS[i % len(_TRAININGS)]
        pool = [e for e in enterprises
                if e["industry"] == industry and any(w in e["name"] for w in words)]  # fmt: skip
        if not pool:
            continue
        held = start + dt.timedelta(days=span * i // sessions + rng.randint(0, 6))
        held = min(held, today)
        chosen = rng.sample(pool, min(len(pool), rng.randint(3, 8)))
        sid = new_id()
        counts = [rng.randint(3, 20) for _ in chosen]
        town = chosen[0]["township"]
        session_rows.append({
            "id": sid, "held_on": held, "topic": rng.choice(topics),
            "place": rng.choice((f"{town}人民政府会议室", "县人社局三楼会议室",
                                 f"{chosen[0]['name']}培训室")),
            "trainer": rng.choice(_TRAINERS), "industry": industry,
            "people": sum(counts) + rng.randint(0, 8), "materials": _MATERIALS,
            "materials_path": "", **stamp,
        })  # fmt: skip
        for e, n in zip(chosen, counts, strict=True):
            attendance_rows.append(
                {"id": new_id(), "session_id": sid, "enterprise_id": e["id"], "people": n, **stamp}
            )
    call_rows: list[Row] = []
    weighted: list[Topic] = [t for t, w in _TOPIC_WEIGHTS for _ in range(w)]
    for _ in range(calls):
        day = today - dt.timedelta(days=rng.randint(0, 180))
        called = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.choice((5, 20, 35, 50))))
        topic = rng.choice(weighted)
        referral = rng.choice(_REFERRALS[topic])
        # most calls older than three weeks are closed; a few referred ones are still being
        # followed up (late: the pages show them red)
        old = (today - day).days > 20 and (referral == Referral.NONE or rng.random() < 0.8)
        closed = day + dt.timedelta(days=rng.randint(1, 15)) if old else None
        enterprise = rng.choice(enterprises) if topic != Topic.CONSULTATION else None
        call_rows.append({
            "id": new_id(), "called_at": called,
            "caller_name": rng.choice("王李张刘陈杨赵黄周吴") + rng.choice("建国秀英伟芳娜强磊军"),
            "caller_phone": f"13{rng.randint(0, 999999999):09d}",
            "enterprise_id": enterprise["id"] if enterprise else None,
            "topic": topic.value, "handler": rng.choice(_HANDLERS),
            "advice": rng.choice(_ADVICE[topic]), "referral": referral.value,
            "follow_up_due": day + dt.timedelta(days=15) if referral != Referral.NONE else None,
            "outcome": _OUTCOMES[referral] if closed else "",
            "closed_on": min(closed, today) if closed else None, **stamp,
        })  # fmt: skip
    return session_rows, attendance_rows, call_rows
