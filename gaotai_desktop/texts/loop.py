"""Texts of one feature: the closed loop, deadlines, printing, deleting an enterprise, reports, the loop's dialogs (see ``gaotai_desktop.texts``)."""

from __future__ import annotations

from typing import Any

from . import *  # the texts before this feature (they may extend its tables)

# -- the closed loop ---------------------------------------------------------------------------
#: Tier codes in words (``yellow`` -> 黄色预警).
TIER_NAMES: dict[str, str] = {t.code: label for t, label in TIER_LABELS.items()}

#: Responsible levels (三级责任).
LEVEL_NAMES: dict[str, str] = {"township": "属地", "authority": "部门", "enterprise": "企业"}

#: Measures tracked as tasks (``domain.loop.TaskKind``).
TASK_NAMES: dict[str, str] = {
    "interview": "一对一警示约谈",
    "training": "岗前培训和安全管理指导",
    "feedback": "书面反馈",
    "authority_notified": "通报行业主管部门",
    "rectification_report": "书面整改报告",
    "special_inspection": "定期不定期专项检查",
    "rectification_plan": "整改方案（部门督导）",
    "periodic_interview": "定期约谈企业负责人",
    "award_restriction": "限制评先评优",
}

TASK_STATE_NAMES: dict[str, str] = {"open": "未办结", "done": "已办结", "cancelled": "已取消"}

EVALUATION_NAMES: dict[str, str] = {"effective": "整改有效", "ineffective": "整改未见成效"}

INSPECTION_KIND_NAMES: dict[str, str] = {
    "scheduled": "定期检查",
    "unscheduled": "不定期检查",
    "joint": "联合检查",
}


def warning_state_line(row: Any) -> str:
    """One line on a warning after a change: who, tier, state, and when its answer is due."""
    tier = TIER_NAMES.get(row.tier, row.tier)
    state = STATE_NAMES.get(row.state, row.state)
    line = f"{row.name}（{row.uscc}）{row.year}年{tier}：{state}"
    if row.state in ("delivered", "reopened") and row.feedback_due:
        what = TASK_NAMES[{"yellow": "feedback", "orange": "rectification_report"}.get(
            row.tier, "rectification_plan")]  # fmt: skip
        line += f"，{what}应于{chinese_date(row.feedback_due)}前提交"
        if row.feedback_due_moved_by:
            line += f"（逢{row.feedback_due_moved_by}顺延）"
        if row.due_unverified:
            line += (
                f"。注意：{row.feedback_due.year}年的节假日安排尚未录入，该期限按周末规则计算，"
                "请在“办公设置 → 节假日”中补录后核对"
            )
    if row.state == "closed" and row.closed_on:
        line += f"，{chinese_date(row.closed_on)}办结"
    return line


# -- deadlines (``gaotai-desktop deadline``; the window's due dates) --------------------------------
def deadline_warning_text(due: Due) -> str | None:
    """Why ``due`` may be wrong: a year the count touched has no holiday table (None: nothing).

    ``2027年的节假日安排尚未录入，截止日期2027年1月4日按周末规则计算，请在“办公设置 → 节假日”中补录后核对。``
    """
    if not due.uncovered_years:
        return None
    years = "、".join(f"{y}年" for y in due.uncovered_years)
    return (
        f"{years}的节假日安排尚未录入，截止日期{chinese_date(due.due)}按周末规则计算，"
        "请在“办公设置 → 节假日”中补录后核对。"
    )


def deadline_text(due: Due, *, working_days: int | None = None) -> str:
    """One line: ``2026年10月8日（星期四），原到期日2026年10月3日逢国庆节顺延``; a count of
    working days says so (``2026年2月24日（星期二），按3个工作日计算``)."""
    line = f"{chinese_date(due.due)}（{WEEKDAYS[due.due.weekday()]}）"
    if working_days is not None:
        return f"{line}，按{working_days}个工作日计算"
    if due.moved_by is not None:
        return f"{line}，原到期日{chinese_date(due.nominal)}逢{due.moved_by}顺延"
    return line


# -- printing: what happened, said truthfully (paper is "printed", a file is "saved") ----------------

NO_PRINTER_TEXT = (
    "这台电脑没有安装打印机，无法打印。\n\n"
    "可以先把文书另存为PDF（原样保存下发时的文件，不记为已打印），"
    "拿到有打印机的电脑上打印；安装打印机后再用“打印”，打印后才记为已打印。"
)
NO_PRINTER_LIST_TEXT = (
    "这台电脑没有安装打印机，无法打印。\n\n可以把表格另存为PDF，拿到有打印机的电脑上打印。"
)


def printed_text(count: int, numbers: str = "") -> str:
    return f"已打印{count}份文书" + (f"：{numbers}" if numbers else "")


def saved_to_file_text(count: int, path: str) -> str:
    """Print-to-file output: the documents are in a file, not on paper, so not marked printed."""
    return f"已把{count}份文书输出到文件 {path}（保存为PDF，未打印，不记为已打印）"


def virtual_printer_text(count: int, printer: str) -> str:
    return (
        f"已把{count}份文书送到“{printer}”（它把文书保存为文件，不是纸张打印机，因此不记为已打印）"
    )


def as_of_text(as_of: Any) -> str:
    """Which date the tiers are counted for, and from when (the status bar, exports' title lines)."""
    from ..domain.dates import chinese_date
    from ..domain.tiers import count_window

    start, end = count_window(as_of)
    return f"统计截止日期：{chinese_date(end)}（自{chinese_date(start)}起）"


# -- deleting and restoring an enterprise (企业 tab) ------------------------------------------------
def enterprise_delete_question(name: str, uscc: str) -> str:
    return f"确定删除企业“{name}”（{uscc}）吗？"


def enterprise_restore_question(
    name: str, uscc: str, when: str, by: str, reason: str, accidents: int
) -> str:
    """The confirmation of 恢复: who deleted the enterprise, when and why, and what comes back."""
    counted = f"其本年 {accidents} 起事故" if accidents else "该企业"
    return (
        f"恢复企业“{name}”（{uscc}）吗？\n\n"
        f"该企业于 {when} 由 {by or '未知用户'} 删除，删除原因：{reason or '（未填写）'}。\n"
        f"恢复后该企业重新出现在企业列表中，{counted}重新计入预警等级和文书计划。"
    )


def enterprise_deleted_notice(name: str, reason: str) -> str:
    return f"已删除企业：{name}（原因：{reason}）。可在“已删除”中恢复"


def enterprise_restored_notice(name: str, tier: str) -> str:
    return f"已恢复企业：{name}（{tier}）"


# --- reports (周调度、月通报、季测评), the statistics tab, the award-restriction list -------------
FIELD_NAMES["period"] = "统计期"
VALIDATION_TEXTS.update(
    {
        "period_format": "“{value}”不是有效的统计期，应写成 {example} 这样的形式",
        "period_future": "{value} 尚未开始（今天是 {today}），没有可统计的内容",
    }
)

#: Report kinds, as named on paper, on screen and on the command line.
REPORT_NAMES: dict[str, str] = {
    "weekly": "周调度",
    "monthly": "月通报",
    "quarterly": "季测评",
}

#: What is due: a warning's written answer per tier (``answer_<tier>``) and each measure task
#: (:data:`TASK_NAMES`).
DUE_NAMES: dict[str, str] = {
    "answer_yellow": "书面反馈（风险提示函）",
    "answer_orange": "整改报告（整改建议书）",
    "answer_red": "整改方案（红色预警）",
    **TASK_NAMES,
}

URGENCY_NAMES: dict[str, str] = {"overdue": "已逾期", "due_soon": "即将到期", "": "本周到期"}

#: A blank category or township in the statistics.
UNFILLED = "未填写"


def rate_text(value: float | None) -> str:
    """``87.5%``, or ``—`` when there was nothing to rate."""
    return "—" if value is None else f"{value:.1f}%"


def change_text(value: float | None) -> str:
    """The year-on-year change in words: 同比下降12.5% / 同比上升… / 与去年同期持平."""
    if value is None:
        return "去年同期为0起"
    if abs(value) < 0.05:
        return "与去年同期持平"
    return f"同比{'下降' if value < 0 else '上升'}{abs(value):.1f}%"


# -- the closed loop's dialogs (``ui/dialogs/loop.py``) and the 约谈记录 ---------------------------
#: What each dialog does, as "…失败：" prefixes of its error messages and as its notices.
LOOP_ACTIONS: dict[str, str] = {
    "deliver": "登记送达",
    "feedback": "登记整改反馈",
    "evaluate": "效果评估",
    "interview": "登记约谈记录",
    "interview_print": "生成约谈记录",
    "inspection": "登记检查记录",
    "self_inspection": "登记企业自查报告",
    "save_pdf": "另存为PDF",
}

#: File filter of the attachment picker (scans and photos of receipts, feedback on paper).
ATTACHMENT_FILTER = "扫描件或照片 (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf);;所有文件 (*)"


def document_choice_text(doc_no: str, kind_label: str, status: str) -> str:
    """One document in the delivery dialog's list: ``高人社工伤提〔2026〕1号 工伤风险提示函``."""
    line = f"{doc_no}  {kind_label}"
    return line + ("（已更正，请选更正后的文书）" if status == "corrected" else "")


def delivery_saved_text(doc_no: str, row: Any | None, *, clock_started: bool) -> str:
    """What a recorded 送达回证 did: the warning's answer due (and the rest day that moved it)
    when it started the clock, else the warning as it stands."""
    head = f"已登记 {doc_no} 的送达。"
    if row is None:
        return head
    if not clock_started:
        return (
            head
            + "该文书不是送达企业的预警文书，不启动企业书面答复的期限。"
            + warning_state_line(row)
        )
    return head + warning_state_line(row)


def feedback_saved_text(row: Any) -> str:
    return "已登记整改反馈。" + warning_state_line(row)


def evaluation_saved_text(row: Any) -> str:
    return "已登记效果评估。" + warning_state_line(row)


def interview_saved_text(row: Any) -> str:
    return f"已登记约谈记录：{row.name}，{chinese_date(row.held_at.date())}。"


def inspection_saved_text(row: Any, name: str) -> str:
    kind = INSPECTION_KIND_NAMES.get(row.kind, row.kind)
    return f"已登记检查记录：{row.authority}于{chinese_date(row.inspected_on)}对{name}的{kind}。"


def inspection_count_text(count: int, cap: int, year: int, this_year: bool) -> str:
    """``本年已检查1次 / 上限2次`` (for the authority chosen), and what the cap means."""
    when = "本年" if this_year else f"{year}年"
    line = f"{when}已检查{count}次 / 上限{cap}次"
    if count >= cap:
        line += "：已达上限，再次现场检查须填写理由"
    return line


def interview_reason_text(year: int, tier: str, doc_no: str) -> str:
    """The default 约谈事由 of a warning: ``2026年黄色预警一对一警示约谈（高人社工伤提〔2026〕1号）``."""
    what = {"yellow": "一对一警示约谈", "red": "定期约谈企业负责人"}.get(tier, "约谈")
    line = f"{year}年{TIER_NAMES.get(tier, tier)}{what}"
    return line + (f"（{doc_no}）" if doc_no else "")


def interview_print_title(name: str, blank: bool) -> str:
    return f"约谈记录{'（空白）' if blank else ''} - {name}"


def interview_file_name(name: str, day: Any | None, blank: bool) -> str:
    """Suggested PDF name: ``约谈记录_企业名_2026-12-01.pdf`` (``空白约谈记录_企业名.pdf``)."""
    safe = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name)
    if blank:
        return f"空白约谈记录_{safe}.pdf"
    return f"约谈记录_{safe}_{day.isoformat()}.pdf" if day else f"约谈记录_{safe}.pdf"


def pdf_saved_text(path: Any) -> str:
    return f"已另存为 {path}"


#: Fields named only by the loop's dialogs.
FIELD_NAMES.update(
    {
        "document": "送达文书",
        "evaluation_note": "评估意见",
    }
)
