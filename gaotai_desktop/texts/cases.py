"""Texts of one feature: work-injury recognition cases (see ``gaotai_desktop.texts``)."""

from __future__ import annotations

from . import *  # the texts before this feature (they may extend its tables)
from .safety import AUDIT_TABLE_NAMES

# -- work-injury recognition cases (工伤认定, services.cases) -----------------------------------
WHAT_NAMES["case"] = "工伤认定案件"
FIELD_NAMES.update(
    {
        "worker_name": "职工姓名",
        "accident_date": "事故日期",
        "applied_on": "申请日期",
        "late_confirmation": "逾期申请确认",
        "case_applicant": "申请人",
        "case_channel": "受理渠道",
        "case_outcome": "认定结论",
        "case_items": "缺少的材料",
        "case_reason": "理由",
        "case_date": "办理日期",
    }
)
VALIDATION_TEXTS.update(
    {
        "case_late": "申请日期{value}已超过申请时限（最后一日为{due}）：逾期申请须记录确认人和理由后才能登记",
        "case_before_accident": "申请日期{value}早于事故日期{accident_date}",
        "case_before_step": "{value}早于上一步骤的日期{previous}",
    }
)

#: States of a case (``domain.cases.CaseState``).
CASE_STATE_NAMES: dict[str, str] = {
    "applied": "已申请",
    "missing_materials": "待补正材料",
    "materials_complete": "材料已补齐",
    "accepted": "已受理",
    "not_accepted": "不予受理",
    "suspended": "已中止",
    "resumed": "已恢复",
    "decided": "已作出决定",
    "served": "已送达",
}

#: Steps of a case (``domain.cases.Step``), as verbs.
CASE_STEP_NAMES: dict[str, str] = {
    "apply": "登记申请",
    "missing": "一次性告知补正材料",
    "complete": "登记材料补齐",
    "accept": "受理",
    "not_accept": "作出不予受理决定",
    "suspend": "中止",
    "resume": "恢复",
    "decide": "作出认定决定",
    "terminate": "终止",
    "serve": "登记送达",
}

#: The step that brings a case into a state (what must happen first).
CASE_STATE_STEPS: dict[str, str] = {
    "applied": "登记申请",
    "missing_materials": "一次性告知补正材料",
    "materials_complete": "补齐材料",
    "accepted": "受理",
    "not_accepted": "作出不予受理决定",
    "suspended": "中止",
    "resumed": "恢复",
    "decided": "作出决定",
    "served": "送达",
}

#: The running clocks of a case (``domain.cases.Clock``).
CASE_CLOCK_NAMES: dict[str, str] = {
    "acceptance": "受理期限",
    "decision": "认定期限",
    "service": "送达期限",
}

APPLICANT_NAMES: dict[str, str] = {
    "employer": "用人单位",
    "worker": "职工本人",
    "relative": "近亲属",
    "union": "工会组织",
}

CHANNEL_NAMES: dict[str, str] = {"window": "窗口受理", "home_visit": "上门受理"}


def case_transition_text(err: IllegalTransition) -> str:
    """A step out of order: the case's state, the step refused and what must happen first."""
    current = CASE_STATE_NAMES.get(err.current, err.current)
    step = CASE_STEP_NAMES.get(err.target, err.target)
    steps = "或".join(dict.fromkeys(CASE_STATE_STEPS.get(n, n) for n in err.needs))
    first = f"须先{steps}" if steps else "没有可以到达的途径"
    return f"工伤认定案件当前为“{current}”，不能{step}：{first}"


def case_clock_text(clock: str | None, due: object, days_left: int | None) -> str:
    """``认定期限 2026-10-09（剩余3天）``; ``无`` when no clock runs."""
    if not clock or due is None or days_left is None:
        return "无"
    name = CASE_CLOCK_NAMES.get(clock, clock)
    if days_left < 0:
        return f"{name} {due}（已逾期{-days_left}天）"
    return f"{name} {due}（剩余{days_left}天）"


#: What each step of a case is called on its dialog (title, the text field's label or "").
CASE_STEP_FORMS: dict[str, tuple[str, str]] = {
    "missing": ("一次性告知补正材料", "缺少的材料*"),
    "complete": ("登记材料补齐", ""),
    "accept": ("受理", ""),
    "suspend": ("中止", "中止理由*"),
    "resume": ("恢复", ""),
    "decide": ("作出决定", "所依据的条款"),
    "served": ("登记送达", ""),
}


def case_saved_text(row: object) -> str:
    """The status-bar line after a step: the case's state and its running clock."""
    state = CASE_STATE_NAMES.get(getattr(row, "state", ""), "")
    clock = case_clock_text(getattr(row, "clock", None), getattr(row, "due", None),
                            getattr(row, "days_left", None))  # fmt: skip
    return f"{getattr(row, 'worker', '')}：{state}；{clock}"


AUDIT_TABLE_NAMES.update(
    {
        "recognition_case": "工伤认定案件",
        "case_event": "工伤认定办理经过",
        "case_material": "工伤认定材料",
        "case_suspension": "工伤认定中止",
    }
)
