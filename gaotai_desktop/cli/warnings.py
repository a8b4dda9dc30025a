"""``warnings list|deliver|feedback|evaluate`` and ``overdue``: the closed loop from the command line.

WARNING is a warning id or the number of any of its documents. A refused move exits 1 with the
reason on stderr and changes nothing (the service checks before it writes).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any, TextIO

from . import EXIT_OK, date_arg, open_services_for, print_json


def add_commands(sub: Any) -> None:
    w = sub.add_parser("warnings", help="预警闭环：列表、登记送达、整改反馈、效果评估")
    wsub = w.add_subparsers(dest="warnings_command", metavar="ACTION", required=True)

    lst = wsub.add_parser("list", help="列出预警及其状态、反馈期限、是否逾期")
    lst.add_argument("--as-of", type=date_arg, help="判断逾期的日期（默认今天）")
    lst.add_argument("--year", type=int, help="只列该年度的预警")
    lst.add_argument("--format", choices=["table", "json"], default="table")
    lst.set_defaults(handler=cmd_list)

    dlv = wsub.add_parser("deliver", help="登记送达回证（送达之日起计算整改反馈期限）")
    dlv.add_argument("doc_no", metavar="DOC_NO")
    dlv.add_argument("--date", type=date_arg, required=True, help="送达日期 YYYY-MM-DD")
    dlv.add_argument("--method", default="直接送达",
                     help="直接送达|留置送达|邮寄送达|委托送达|电子送达（默认直接送达）")  # fmt: skip
    dlv.add_argument("--recipient", default="", help="签收人")
    dlv.add_argument("--proxy", default="", help="代收人及与受送达人的关系")
    dlv.add_argument("--refusal-reason", default="", help="留置送达：拒收理由")
    dlv.add_argument("--witness", default="", help="留置送达：见证人")
    dlv.add_argument("--note", default="", help="备注")
    dlv.add_argument("--attach", type=Path, action="append", default=[],
                     help="送达回证扫描件或照片（可多次）")  # fmt: skip
    dlv.set_defaults(handler=cmd_deliver)

    fb = wsub.add_parser("feedback", help="登记企业的书面反馈、整改报告或整改方案")
    fb.add_argument("warning", metavar="WARNING")
    fb.add_argument("--date", type=date_arg, required=True, help="收到日期 YYYY-MM-DD")
    fb.add_argument("--text", required=True, help="反馈内容摘要")
    fb.add_argument("--attach", type=Path, action="append", default=[], help="附件（可多次）")
    fb.set_defaults(handler=cmd_feedback)

    ev = wsub.add_parser("evaluate", help="效果评估：有效则办结，未见成效则重新整改")
    ev.add_argument("warning", metavar="WARNING")
    ev.add_argument("--date", type=date_arg, required=True, help="评估日期 YYYY-MM-DD")
    ev.add_argument("--result", choices=["effective", "ineffective"], required=True)
    ev.add_argument("--note", default="", help="评估意见")
    ev.add_argument("--due", type=date_arg, help="重新整改的期限（默认按该等级的期限自评估日起算）")
    ev.set_defaults(handler=cmd_evaluate)

    od = sub.add_parser("overdue", help="列出已逾期的事项（预警反馈和各项措施）")
    od.add_argument("--as-of", type=date_arg, help="判断逾期的日期（默认今天）")
    od.add_argument("--format", choices=["table", "json"], default="table")
    od.set_defaults(handler=cmd_overdue)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def cmd_list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.container import today
    from ..texts import STATE_NAMES, TIER_NAMES

    as_of = args.as_of or today()
    services = open_services_for(args)
    try:
        rows = services.warnings.list(as_of, year=args.year)
    finally:
        services.dispose()
    if args.format == "json":
        print_json(
            [
                {
                    "id": r.id,
                    "uscc": r.uscc,
                    "name": r.name,
                    "tier": r.tier,
                    "year": r.year,
                    "state": r.state,
                    "documents": list(r.documents),
                    "delivered_on": _iso(r.delivered_on),
                    "feedback_due": _iso(r.feedback_due),
                    "overdue": r.overdue,
                }  # fmt: skip
                for r in rows
            ],
            out,
        )
        return EXIT_OK
    for r in rows:
        due = r.feedback_due.isoformat() if r.feedback_due else "送达后起算"
        late = "  已逾期" if r.overdue else ""
        print(
            f"{r.uscc}  {r.name}  {TIER_NAMES.get(r.tier, r.tier)}  {r.year}  "
            f"{STATE_NAMES.get(r.state, r.state)}  反馈期限 {due}{late}  {'、'.join(r.documents)}",
            file=out,
        )
    print(f"共 {len(rows)} 条预警", file=out)
    return EXIT_OK


def _done(row: Any, out: TextIO) -> None:
    from ..texts import warning_state_line

    print(warning_state_line(row), file=out)


def cmd_deliver(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..domain.loop import DeliveryFacts
    from ..services.container import today

    facts = DeliveryFacts(
        args.date, args.method, recipient=args.recipient, proxy=args.proxy,
        refusal_reason=args.refusal_reason, witness=args.witness, note=args.note,
    )  # fmt: skip
    services = open_services_for(args)
    try:
        row = services.warnings.deliver(args.doc_no, facts, today=today(), attachments=args.attach)
    finally:
        services.dispose()
    if row is None:
        print(f"已登记 {args.doc_no} 的送达（该文书不属于预警闭环）", file=out)
    else:
        _done(row, out)
    return EXIT_OK


def cmd_feedback(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.container import today

    services = open_services_for(args)
    try:
        row = services.warnings.feedback(
            args.warning, on=args.date, text=args.text, today=today(), attachments=args.attach
        )
    finally:
        services.dispose()
    _done(row, out)
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.container import today

    services = open_services_for(args)
    try:
        row = services.warnings.evaluate(
            args.warning, on=args.date, result=args.result, note=args.note, today=today(),
            new_due=args.due,
        )  # fmt: skip
    finally:
        services.dispose()
    _done(row, out)
    return EXIT_OK


def cmd_overdue(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.container import today
    from ..texts import LEVEL_NAMES, TASK_NAMES, TIER_NAMES

    as_of = args.as_of or today()
    services = open_services_for(args)
    try:
        items = services.warnings.overdue(as_of)
    finally:
        services.dispose()
    if args.format == "json":
        print_json(
            [
                {
                    "kind": i.kind,
                    "id": i.id,
                    "uscc": i.uscc,
                    "name": i.name,
                    "township": i.township,
                    "tier": i.tier,
                    "level": i.level,
                    "what": i.what,
                    "due": i.due.isoformat(),
                    "days_overdue": (as_of - i.due).days,
                }  # fmt: skip
                for i in items
            ],
            out,
        )
        return EXIT_OK
    for i in items:
        print(
            f"{i.due.isoformat()}  逾期{(as_of - i.due).days}天  {LEVEL_NAMES.get(i.level, i.level)}"
            f"  {TASK_NAMES.get(i.what, i.what)}  {i.uscc}  {i.name}  "
            f"{TIER_NAMES.get(i.tier, i.tier)}",
            file=out,
        )
    print(f"截至{as_of.isoformat()}，逾期事项共 {len(items)} 项", file=out)
    return EXIT_OK
