"""``gaotai-desktop [--db PATH] deadline FROM DAYS [--working-days] [--format table|json]``.

The last day of a period of DAYS days from FROM (the day of delivery, not counted), by the office's
holiday table (built-in years and the administrator's from the settings): 民事诉讼法 第85条, see
``domain/deadlines.py``. A year the table does not cover is counted by the weekend rule, with a
warning that names the date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re

from . import EXIT_OK, EXIT_USAGE, date_arg, open_services_for, print_json

USAGE = "用法：gaotai-desktop [--db PATH] deadline FROM DAYS [--working-days] [--format table|json]"


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "deadline",
        help="计算期限届满日（起算日不计入；届满日逢节假日或周末顺延至下一个工作日）",
        description="按办公设置中的节假日安排计算期限届满日（民事诉讼法第八十五条）。",
    )
    p.add_argument("start", metavar="FROM", help="起算日（如送达日）YYYY-MM-DD，当日不计入")
    p.add_argument("days", metavar="DAYS", help="期限天数，1 至 3650 的整数")
    p.add_argument("--working-days", action="store_true", help="按工作日计算（默认按日历日）")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(handler=cmd_deadline)


def _usage(reason: str, err) -> int:
    print(f"{USAGE}\n错误：{reason}", file=err)
    return EXIT_USAGE


def cmd_deadline(args: argparse.Namespace, out, err) -> int:
    from ..domain.calendar import WorkCalendar, parse_tables
    from ..domain.deadlines import MAX_DAYS, count_deadline
    from ..texts import deadline_text, deadline_warning_text

    try:
        start = date_arg(args.start)
    except argparse.ArgumentTypeError as exc:
        return _usage(f"起算日 FROM：{exc}", err)
    text = args.days.strip()
    if not re.fullmatch(r"[0-9]+", text) or not 1 <= int(text) <= MAX_DAYS:
        return _usage(f"期限天数 DAYS 应为 1 至 {MAX_DAYS} 之间的整数（实际为“{args.days}”）", err)
    days = int(text)
    if start > dt.date.max - dt.timedelta(days=2 * days + 30):
        return _usage(f"起算日 FROM“{args.start}”加上期限超出了日期范围", err)
    services = open_services_for(args)
    try:
        settings = services.office.get()
    finally:
        services.dispose()
    calendar = WorkCalendar(parse_tables(settings.holidays))
    due = count_deadline(start, days, calendar, working_days=args.working_days)
    warning = deadline_warning_text(due)
    if args.format == "json":
        print_json({"due": due.due.isoformat(), "moved_by": due.moved_by, "warning": warning}, out)
        return EXIT_OK
    print(deadline_text(due, working_days=days if args.working_days else None), file=out)
    if warning:
        print(f"注意：{warning}", file=err)
    return EXIT_OK
