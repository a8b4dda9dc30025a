"""The reports and the award-restriction list as .xlsx workbooks: on every sheet a title, the
period and the cut-off date, then a frozen header row. Qt-free; openpyxl is imported when a file
is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, BinaryIO

from ..domain.dates import chinese_date
from ..domain.reports import (
    Breakdown,
    DueRow,
    MonthlyReport,
    QuarterlyReport,
    QuarterRow,
    RestrictionRow,
    WeeklyReport,
)
from ..domain.tiers import TIER_LABELS, Tier
from ..texts import LEVEL_NAMES, REPORT_NAMES, URGENCY_NAMES, change_text, rate_text
from .xlsx_export import as_text, text_width

Sheet = tuple[str, Sequence[str], list[list[object]]]

MAX_WIDTH = 50


def _tier(code: str) -> str:
    return TIER_LABELS[Tier.from_code(code)] if code else ""


def write_sheets(fh: BinaryIO, title: str, period: str, sheets: Sequence[Sheet]) -> None:
    """One worksheet per (name, header, rows): title in row 1, period in row 2, header in row 3
    (frozen below it)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    fill = PatternFill("solid", fgColor="E7E6E6")
    for name, header, rows in sheets:
        ws = wb.create_sheet(name[:31])
        ws.append([f"{title}（{name}）"])
        ws["A1"].font = Font(bold=True, size=14)
        ws.append([period])
        ws.append(list(header))
        for cell in ws[3]:
            cell.font = Font(bold=True)
            cell.fill = fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for row in rows:
            ws.append(row)
        for r in ws.iter_rows(min_row=1):
            for cell in r:
                as_text(cell)
        for col, head in enumerate(header, start=1):
            widths = [text_width(head)] + [
                text_width(r[col - 1]) for r in rows[:500] if len(r) >= col
            ]
            ws.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, max(widths) + 2)
        ws.freeze_panes = "A4"
    wb.save(fh)


def _breakdown(rows: Sequence[Breakdown]) -> list[list[object]]:
    out: list[list[object]] = [
        [r.name, r.month, r.last_month, r.ytd, r.last_ytd, change_text(r.change)] for r in rows
    ]
    total = [sum(getattr(r, f) for r in rows) for f in ("month", "last_month", "ytd", "last_ytd")]
    out.append(["合计", *total, ""])
    return out


BREAKDOWN_HEADER = ("{first}", "本月", "去年同月", "本年累计", "去年同期", "同比")


def _due(rows: Sequence[DueRow]) -> list[list[object]]:
    return [
        [r.name, r.uscc, r.township, r.authority, _tier(r.tier), r.what,
         LEVEL_NAMES.get(r.level, r.level), r.due, URGENCY_NAMES.get(r.urgency, "")]
        for r in rows
    ]  # fmt: skip


DUE_HEADER = ("企业名称", "统一社会信用代码", "所属乡镇", "行业主管部门", "预警等级", "事项",
              "责任层级", "期限", "状态")  # fmt: skip


def monthly_sheets(r: MonthlyReport) -> list[Sheet]:
    st = r.stats
    summary: list[list[object]] = [
        ["本月事故起数", st.accidents],
        ["去年同月", st.last_accidents],
        ["本月同比", change_text(st.month_change)],
        ["本年累计", st.ytd],
        ["去年同期", st.last_ytd],
        ["累计同比", change_text(st.ytd_change)],
        *[[f"截止日{TIER_LABELS[t]}企业数", st.tiers.get(t.code, 0)] for t in Tier if t],
        *[[f"本月新达到{TIER_LABELS[t]}", r.reached_count(t.code)] for t in Tier if t],
        ["本月下发预警", sum(r.warnings_issued.values())],
        *[[f"其中{TIER_LABELS[t]}", r.warnings_issued.get(t.code, 0)] for t in Tier if t],
        ["逾期事项", len(r.overdue)],
    ]
    months: list[list[object]] = [[f"{m.month}月", m.this, m.last] for m in st.by_month]
    reached: list[list[object]] = [
        [x.name, x.uscc, x.township, x.industry, x.accidents, "是" if x.hazard else "否",
         _tier(x.before) or TIER_LABELS[Tier.NONE], _tier(x.tier)]
        for x in r.reached
    ]  # fmt: skip
    return [
        ("概况", ("项目", "数值"), summary),
        ("分乡镇", [h.format(first="乡镇") for h in BREAKDOWN_HEADER], _breakdown(st.by_township)),
        ("分行业", [h.format(first="行业") for h in BREAKDOWN_HEADER], _breakdown(st.by_industry)),
        (
            "分类别",
            [h.format(first="事故类别") for h in BREAKDOWN_HEADER],
            _breakdown(st.by_category),
        ),  # fmt: skip
        ("各月", ("月份", f"{st.as_of.year}年", f"{st.as_of.year - 1}年"), months),
        (
            "等级上升企业",
            (
                "企业名称",
                "统一社会信用代码",
                "所属乡镇",
                "行业",
                "本年事故",
                "职业病危害隐患",
                "原等级",
                "现等级",
            ),
            reached,
        ),  # fmt: skip
        ("逾期事项", DUE_HEADER, _due(r.overdue)),
    ]


QUARTER_HEADER = ("下发预警", "应反馈", "按期反馈", "按期反馈率", "效果评估", "评估有效",
                  "有效率", "本年已办结", "办结后复发", "复发率")  # fmt: skip


def _quarter(r: QuarterRow) -> list[object]:
    return [r.warnings, r.answers_due, r.on_time, rate_text(r.on_time_rate), r.evaluations,
            r.effective, rate_text(r.effective_rate), r.closed, r.recurred,
            rate_text(r.recurrence_rate)]  # fmt: skip


TRAINING_HEADER = ("培训场次", "覆盖企业（家）", "培训人次")


def quarterly_sheets(r: QuarterlyReport) -> list[Sheet]:
    towns = [[t.name, *_quarter(t)] for t in [*r.townships, r.total]]
    ents = [[e.name, e.uscc, e.township, *_quarter(e)] for e in r.enterprises]
    return [
        ("分乡镇", ("乡镇", *QUARTER_HEADER), towns),
        ("分企业", ("企业名称", "统一社会信用代码", "所属乡镇", *QUARTER_HEADER), ents),
        ("预防培训", TRAINING_HEADER,
         [[r.training.sessions, r.training.enterprises, r.training.people]]),
    ]  # fmt: skip


def report_workbook(report: Any, fh: BinaryIO) -> None:
    """``report`` (weekly, monthly or quarterly) as a workbook."""
    if isinstance(report, MonthlyReport):
        kind, sheets, as_of = "monthly", monthly_sheets(report), report.as_of
    elif isinstance(report, WeeklyReport):
        kind, as_of = "weekly", report.as_of
        sheets = [("周调度", DUE_HEADER, _due(report.items))]
    elif isinstance(report, QuarterlyReport):
        kind, sheets, as_of = "quarterly", quarterly_sheets(report), report.as_of
    else:
        raise TypeError(f"not a report: {report!r}")
    period = f"统计期：{report.period.title()}　统计截至：{chinese_date(as_of)}"
    write_sheets(fh, f"工伤预防分级预警{REPORT_NAMES[kind]}", period, sheets)


RESTRICTION_HEADER = ("企业名称", "统一社会信用代码", "所属乡镇", "年度", "依据（文号）",
                      "起始日期", "截止日期", "提前解除日期", "解除原因", "状态")  # fmt: skip


def restriction_status(r: RestrictionRow, as_of: dt.date) -> str:
    if r.lifted_on is not None:
        return "已解除"
    return "限制中" if r.active(as_of) else ("已到期" if as_of > r.until else "未开始")


def restriction_values(r: RestrictionRow, as_of: dt.date) -> list[object]:
    return [r.name, r.uscc, r.township, r.year, r.basis, r.start, r.until, r.lifted_on,
            r.lift_reason, restriction_status(r, as_of)]  # fmt: skip


def restriction_workbook(rows: Sequence[RestrictionRow], as_of: dt.date, fh: BinaryIO) -> None:
    write_sheets(
        fh,
        "限制评先评优企业名单",
        f"统计截至：{chinese_date(as_of)}",
        [("名单", RESTRICTION_HEADER, [restriction_values(r, as_of) for r in rows])],
    )
