"""``report weekly|monthly|quarterly --period … (-o FILE.pdf|FILE.xlsx | --format json)``."""

from __future__ import annotations

import argparse
from typing import Any

from . import EXIT_OK, EXIT_USAGE, date_arg, open_services_for, print_json

PERIOD_HELP = "统计期：周 2026-W48，月 2026-11，季 2026-Q4"


def add_commands(sub: Any) -> None:
    from pathlib import Path

    p = sub.add_parser("report", help="周调度、月通报、季测评：输出 PDF、Excel 或 JSON")
    p.add_argument("kind", choices=["weekly", "monthly", "quarterly"])
    p.add_argument("--period", required=True, help=PERIOD_HELP)
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", type=Path, help="输出文件（.pdf 或 .xlsx）")
    out.add_argument("--format", choices=["json"], help="以 JSON 输出到标准输出")
    p.add_argument("--today", type=date_arg, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace, out, err) -> int:
    from ..domain.errors import ValidationError
    from ..domain.reports import parse_period
    from ..services.container import today
    from ..texts import error_text

    day = args.today or today()  # read once, passed down
    try:
        period = parse_period(args.kind, args.period)
    except ValidationError as exc:
        print("错误：" + error_text(exc), file=err)
        return EXIT_USAGE
    protected = []
    if args.output is not None:
        from ..files.output import check_extension, check_output
        from . import _protected

        protected = _protected(args)
        check_output(args.output, protected)
        check_extension(args.output, (".pdf", ".xlsx"))
    services = open_services_for(args)
    try:
        report = services.reports.build(args.kind, period, day)
        if args.output is None:
            print_json(report_json(report), out)
            return EXIT_OK
        if args.output.name.lower().endswith(".pdf"):
            data = services.reports.pdf(report, day)
        else:
            data = services.reports.xlsx(report)
    finally:
        services.dispose()
    from ..files.output import write_output

    write_output(args.output, data, protected=protected)
    print(f"已输出{period.title()}报表到 {args.output}", file=out)
    return EXIT_OK


def _iso(d) -> str | None:
    return d.isoformat() if d is not None else None


def _due(r) -> dict[str, object]:
    return {"kind": r.kind, "id": r.id, "uscc": r.uscc, "name": r.name, "township": r.township,
            "authority": r.authority, "tier": r.tier, "level": r.level, "what": r.what,
            "due": _iso(r.due), "urgency": r.urgency}  # fmt: skip


def _quarter(r) -> dict[str, object]:
    return {"name": r.name, "uscc": r.uscc, "township": r.township, "warnings": r.warnings,
            "answers_due": r.answers_due, "on_time": r.on_time, "on_time_rate": r.on_time_rate,
            "evaluations": r.evaluations, "effective": r.effective,
            "effective_rate": r.effective_rate, "closed": r.closed, "recurred": r.recurred}  # fmt: skip


def report_json(report) -> dict[str, object]:
    """The report as plain JSON values (dates ``YYYY-MM-DD``, rates in percent or null)."""
    from ..domain.reports import MonthlyReport, WeeklyReport

    p = report.period
    head: dict[str, object] = {"period": p.label, "start": _iso(p.start), "end": _iso(p.end)}
    if isinstance(report, MonthlyReport):
        st = report.stats

        def table(rows) -> dict[str, dict[str, int]]:
            return {b.name: {"month": b.month, "last_month": b.last_month, "ytd": b.ytd,
                             "last_ytd": b.last_ytd} for b in rows}  # fmt: skip

        return head | {
            "as_of": _iso(st.as_of),
            "last_as_of": _iso(st.last_as_of),
            "accidents": st.accidents,
            "accidents_last": st.last_accidents,
            "accidents_ytd": st.ytd,
            "accidents_last_ytd": st.last_ytd,
            "ytd_change_pct": None if st.ytd_change is None else round(st.ytd_change, 1),
            "by_township": table(st.by_township),
            "by_industry": table(st.by_industry),
            "by_category": table(st.by_category),
            "by_month": [{"month": m.month, "this": m.this, "last": m.last} for m in st.by_month],
            "tiers": st.tiers,
            "tiers_reached": [
                {
                    "uscc": r.uscc,
                    "name": r.name,
                    "township": r.township,
                    "before": r.before,
                    "tier": r.tier,
                    "accidents": r.accidents,
                }
                for r in report.reached
            ],  # fmt: skip
            "warnings_issued": sum(report.warnings_issued.values()),
            "warnings_issued_by_tier": report.warnings_issued,
            "overdue": len(report.overdue),
            "overdue_items": [_due(r) for r in report.overdue],
        }
    if isinstance(report, WeeklyReport):
        return head | {
            "as_of": _iso(report.as_of),
            "items": [_due(r) for r in report.items],
            "overdue": report.overdue,
        }
    return head | {
        "as_of": _iso(report.as_of),
        "total": _quarter(report.total),
        "townships": [_quarter(r) for r in report.townships],
        "enterprises": [_quarter(r) for r in report.enterprises],
        "training": {
            "sessions": report.training.sessions,
            "enterprises": report.training.enterprises,
            "people": report.training.people,
        },
    }
