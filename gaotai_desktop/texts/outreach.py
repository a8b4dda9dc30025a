"""Texts of one feature: prevention training and the rights hotline (see ``gaotai_desktop.texts``)."""

from __future__ import annotations

from typing import Any

from . import *  # the texts before this feature (they may extend its tables)
from .safety import AUDIT_TABLE_NAMES

# -- prevention training (工伤预防进企业) and the rights hotline (维权热线) ---------------------------
FIELD_NAMES.update(
    {
        "training_date": "培训日期",
        "training_place": "培训地点",
        "training_topic": "培训主题",
        "training_trainer": "授课人",
        "training_industry": "培训行业",
        "training_people": "参训总人数",
        "training_enterprise": "参训企业",
        "training_materials_path": "资料存放位置",
        "hotline_called_at": "来电时间",
        "hotline_topic": "来电类别",
        "hotline_handler": "接听人",
        "hotline_caller": "来电人",
        "hotline_phone": "来电号码",
        "hotline_enterprise": "涉及企业",
        "hotline_referral": "转办去向",
        "hotline_follow_up": "回访期限",
        "hotline_outcome": "办理结果",
        "hotline_closed_on": "结案日期",
        "month": "月份",
    }
)
VALIDATION_TEXTS.update(
    {
        "training_twice": "企业 {value} 重复列出，每家企业只列一次",
        "training_people_sum": "参训总人数{value}少于各参训企业人数之和{total}",
        "before_call": "{value}早于来电日期{called}",
        "hotline_closed": "该来电已于{value}结案，不能再次结案",
    }
)
WHAT_NAMES.update({"training_session": "培训记录", "hotline_call": "热线来电"})
AUDIT_TABLE_NAMES.update(
    {
        "training_session": "预防培训",
        "training_attendance": "预防培训参训企业",
        "hotline_call": "维权热线来电",
    }
)

#: Hotline topics and referrals (``domain.outreach.Topic`` / ``Referral``).
HOTLINE_TOPIC_NAMES: dict[str, str] = {
    "consultation": "政策咨询",
    "complaint": "投诉",
    "dispute": "争议",
}
REFERRAL_NAMES: dict[str, str] = {
    "none": "未转办",
    "mediation": "转调解",
    "arbitration": "转劳动仲裁",
    "labour_inspection": "转劳动保障监察",
}
#: The high-risk groups (``domain.outreach.RiskGroup``).
RISK_GROUP_NAMES: dict[str, str] = {
    "construction": "建筑施工",
    "chemicals": "危险化学品、化工",
    "logistics": "交通运输、物流仓储",
}


def follow_up_text(due: object, days_left: int | None, closed_on: object = None) -> str:
    """``回访 2026-11-30（剩余2天）`` / ``（已逾期3天）`` / ``已结案 …`` / ``无需回访``."""
    if closed_on is not None:
        return f"已结案 {closed_on}"
    if due is None or days_left is None:
        return "无需回访"
    if days_left < 0:
        return f"回访 {due}（已逾期{-days_left}天）"
    return f"回访 {due}（今天到期）" if days_left == 0 else f"回访 {due}（剩余{days_left}天）"


def hotline_counts_lines(c: Any) -> list[str]:
    """A month's calls in words: total, by topic, by referral, closed, overdue follow-ups."""
    topics = "，".join(f"{HOTLINE_TOPIC_NAMES.get(k, k)}{v}件" for k, v in c.by_topic.items())
    refs = "，".join(f"{REFERRAL_NAMES.get(k, k)}{v}件" for k, v in c.by_referral.items())
    return [
        f"{c.month} 来电共{c.total}件：{topics}",
        f"转办：{refs}",
        f"已结案{c.closed}件；回访已逾期{c.overdue}件",
    ]


def training_counts_text(c: Any) -> str:
    """The quarterly evaluation's training line."""
    return f"开展工伤预防培训{c.sessions}场，覆盖企业{c.enterprises}家，培训{c.people}人次"
