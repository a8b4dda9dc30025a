"""``gaotai-desktop [--db PATH] audit [--record ID] [--user NAME] [--format json]``.

The audit trail, newest first: who did what to which record and when (``services/audit.py``).
Every entry is listed (no limit); ``--record`` also finds the entries that name the record (a bulk
import listing its id, a document number in a print). ID numbers are masked unless a
supervisor asks for ``--reveal`` (itself recorded).
"""

from __future__ import annotations

import argparse

from . import EXIT_OK, date_arg, open_services_for, print_json


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="查看审计日志（谁在何时对哪条记录做了什么）")
    p.add_argument("--record", metavar="ID", default="", help="只列出与该记录（编号或文号）有关的")
    # dest of its own: the global --user (before the command) signs in
    p.add_argument(
        "--user", dest="audit_user", metavar="NAME", default="", help="只列出该用户的操作"
    )
    p.add_argument("--from", dest="date_from", type=date_arg, help="起始日期 YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=date_arg, help="截止日期 YYYY-MM-DD")
    p.add_argument(
        "--reveal", action="store_true", help="显示完整证件号（须股长或管理员，记入审计日志）"
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(handler=cmd_audit)


def cmd_audit(args: argparse.Namespace, out, err) -> int:
    from ..services.audit import AuditFilter
    from ..texts import audit_action_name, audit_table_name

    flt = AuditFilter(
        record_id=args.record,
        actor=args.audit_user,
        date_from=args.date_from,
        date_to=args.date_to,
        limit=0,
    )
    services = open_services_for(args)
    try:
        rows = services.audit.entries(flt, reveal=args.reveal)
    finally:
        services.dispose()
    if args.format == "json":
        print_json([r.as_json() for r in rows], out)
        return EXIT_OK
    for r in rows:
        what = " ".join(
            p for p in (audit_action_name(r.action), audit_table_name(r.table), r.record_id) if p
        )
        line = f"{r.seq:>6}  {r.at:%Y-%m-%d %H:%M:%S}  {r.actor}  {what}"
        if r.detail:
            line += f"  {r.detail}"
        print(line, file=out)
    if not rows:
        print("没有符合条件的审计记录。", file=out)
    return EXIT_OK
