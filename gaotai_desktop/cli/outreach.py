"""``training add|list|untrained`` and ``hotline add|list|counts``: prevention training sessions
(工伤预防进企业) and the rights hotline (维权热线) from the command line.

A refused input exits 1 with the reason on stderr and changes nothing (the services check
before they write); a malformed command line exits 2. Callers are listed masked.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any, TextIO

from . import EXIT_OK, date_arg, open_services_for, print_json


def _when(text: str) -> dt.datetime:
    """``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM`` (``T`` allowed between)."""
    value = (text or "").strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(value, fmt)
        except ValueError:
            pass
    return dt.datetime.combine(date_arg(value), dt.time())


def _month(text: str) -> str:
    from ..domain.errors import ValidationError
    from ..domain.outreach import parse_month

    try:
        parse_month(text)
    except ValidationError:
        raise argparse.ArgumentTypeError(
            f"“{text}”不是月份，应写成 YYYY-MM（例如 2026-11）"
        ) from None
    return text.strip()


def add_commands(sub: Any) -> None:
    t = sub.add_parser(
        "training", help="工伤预防培训：登记培训、列出培训、本年未培训的高危行业企业"
    )
    tsub = t.add_subparsers(dest="training_command", metavar="ACTION", required=True)
    add = tsub.add_parser("add", help="登记一场培训，输出培训编号")
    add.add_argument("--date", type=date_arg, required=True, help="培训日期 YYYY-MM-DD")
    add.add_argument("--place", required=True, help="培训地点")
    add.add_argument("--topic", required=True, help="培训主题")
    add.add_argument("--trainer", required=True, help="授课人")
    add.add_argument("--industry", required=True, help="培训行业（如 建筑业，或门类代码 E）")
    add.add_argument("--enterprise", action="append", default=[], metavar="USCC:PEOPLE",
                     help="参训企业及人数，可重复")  # fmt: skip
    add.add_argument("--people", type=int, default=0,
                     help="参训总人数（默认为各企业人数之和）")  # fmt: skip
    add.add_argument("--materials", default="", help="培训资料说明")
    add.add_argument("--materials-path", default="", help="培训资料存放位置")
    add.set_defaults(handler=cmd_training_add)

    lst = tsub.add_parser("list", help="列出培训")
    lst.add_argument("--year", type=int, help="年度（默认全部）")
    lst.add_argument("--format", choices=["table", "json"], default="table")
    lst.set_defaults(handler=cmd_training_list)

    un = tsub.add_parser("untrained", help="本年尚未参加培训的高危行业企业（建筑、化工、物流）")
    un.add_argument("--year", type=int, help="年度（默认今年）")
    un.add_argument("--format", choices=["table", "json"], default="table")
    un.set_defaults(handler=cmd_training_untrained)

    h = sub.add_parser("hotline", help="维权热线：登记来电、列出来电、月度分类统计")
    hsub = h.add_subparsers(dest="hotline_command", metavar="ACTION", required=True)
    hadd = hsub.add_parser("add", help="登记一次来电，输出来电编号")
    hadd.add_argument("--date", type=_when, required=True,
                      help="来电时间 YYYY-MM-DD 或 'YYYY-MM-DD HH:MM'")  # fmt: skip
    hadd.add_argument("--topic", choices=["consultation", "complaint", "dispute"], required=True,
                      help="类别：政策咨询、投诉、争议")  # fmt: skip
    hadd.add_argument("--handler", dest="handled_by", required=True, help="接听人")
    hadd.add_argument("--caller", default="", help="来电人姓名")
    hadd.add_argument("--phone", default="", help="来电号码")
    hadd.add_argument("--uscc", default="", help="涉及企业的统一社会信用代码")
    hadd.add_argument("--advice", default="", help="答复意见")
    hadd.add_argument("--referral", default="none",
                      choices=["none", "mediation", "arbitration", "labour_inspection"],
                      help="转办：调解、劳动仲裁、劳动保障监察")  # fmt: skip
    hadd.add_argument("--follow-up", type=date_arg, help="回访期限 YYYY-MM-DD")
    hadd.set_defaults(handler=cmd_hotline_add)

    hl = hsub.add_parser("list", help="列出来电（来电人已脱敏）")
    hl.add_argument("--month", type=_month, help="月份 YYYY-MM（默认全部）")
    hl.add_argument("--as-of", type=date_arg, help="计算回访剩余天数的日期（默认今天）")
    hl.add_argument("--format", choices=["table", "json"], default="table")
    hl.set_defaults(handler=cmd_hotline_list)

    hc = hsub.add_parser("counts", help="一个月的来电按类别和转办去向统计")
    hc.add_argument("--month", type=_month, required=True, help="月份 YYYY-MM")
    hc.add_argument("--format", choices=["table", "json"], default="table")
    hc.set_defaults(handler=cmd_hotline_counts)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# -- training ----------------------------------------------------------------------------------
def cmd_training_add(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..domain.outreach import AttendanceInput, TrainingInput, parse_attendance
    from ..services.container import today

    attendance = tuple(AttendanceInput(*parse_attendance(e)) for e in args.enterprise)
    data = TrainingInput(
        args.date, args.place, args.topic, args.trainer, args.industry, people=args.people,
        attendance=attendance, materials=args.materials, materials_path=args.materials_path,
    )  # fmt: skip
    services = open_services_for(args)
    try:
        row = services.training.add(data, today=today())
    finally:
        services.dispose()
    print(row.id, file=out)
    return EXIT_OK


def _training_json(r: Any) -> dict[str, object]:
    return {
        "id": r.id,
        "date": r.held_on.isoformat(),
        "place": r.place,
        "topic": r.topic,
        "trainer": r.trainer,
        "industry": r.industry,
        "people": r.people,
        "enterprises": [
            {"uscc": a.uscc, "name": a.name, "people": a.people} for a in r.attendance
        ],  # fmt: skip
        "materials": r.materials,
        "materials_path": r.materials_path,
    }


def cmd_training_list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    services = open_services_for(args)
    try:
        rows = services.training.list(args.year)
    finally:
        services.dispose()
    if args.format == "json":
        print_json([_training_json(r) for r in rows], out)
        return EXIT_OK
    for r in rows:
        print(f"{r.id}  {r.held_on}  {r.industry}  {r.topic}  {r.place}  {r.trainer}  "
              f"企业{r.enterprises}家  {r.people}人", file=out)  # fmt: skip
    print(f"共 {len(rows)} 场，培训 {sum(r.people for r in rows)} 人次", file=out)
    return EXIT_OK


def cmd_training_untrained(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.container import today
    from ..texts import RISK_GROUP_NAMES

    as_of = today()
    year = args.year or as_of.year
    services = open_services_for(args)
    try:
        rows = services.training.untrained_high_risk(year, as_of)
    finally:
        services.dispose()
    if args.format == "json":
        print_json(
            [{"uscc": r.uscc, "name": r.name, "industry": r.industry, "township": r.township,
              "group": r.group, "last_trained": _iso(r.last_trained)} for r in rows],
            out,
        )  # fmt: skip
        return EXIT_OK
    for r in rows:
        last = f"上次培训 {r.last_trained}" if r.last_trained else "从未参加培训"
        print(f"{r.uscc}  {r.name}  {RISK_GROUP_NAMES.get(r.group, r.group)}  "
              f"{r.township or '未填写乡镇'}  {last}", file=out)  # fmt: skip
    print(f"{year}年尚未参加培训的高危行业企业共 {len(rows)} 家", file=out)
    return EXIT_OK


# -- hotline -----------------------------------------------------------------------------------
def cmd_hotline_add(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..domain.outreach import HotlineInput
    from ..services.container import today

    data = HotlineInput(
        args.date, args.topic, args.handled_by, caller_name=args.caller, caller_phone=args.phone,
        uscc=args.uscc, advice=args.advice, referral=args.referral, follow_up_due=args.follow_up,
    )  # fmt: skip
    services = open_services_for(args)
    try:
        row = services.hotline.add(data, today=today())
    finally:
        services.dispose()
    print(row.id, file=out)
    return EXIT_OK


def _called(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%d") if at.time() == dt.time() else at.strftime("%Y-%m-%d %H:%M")


def cmd_hotline_list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.container import today
    from ..texts import HOTLINE_TOPIC_NAMES, REFERRAL_NAMES, follow_up_text

    as_of = args.as_of or today()
    services = open_services_for(args)
    try:
        rows = services.hotline.list(as_of, month=args.month)
    finally:
        services.dispose()
    if args.format == "json":
        print_json(
            [
                {
                    "id": r.id, "called_at": _called(r.called_at), "caller": r.caller,
                    "phone": r.phone, "uscc": r.uscc or None, "topic": r.topic,
                    "handler": r.handler, "advice": r.advice, "referral": r.referral,
                    "follow_up": _iso(r.follow_up_due), "days_left": r.days_left,
                    "overdue": r.overdue, "outcome": r.outcome, "closed": _iso(r.closed_on),
                }
                for r in rows
            ],
            out,
        )  # fmt: skip
        return EXIT_OK
    for r in rows:
        who = "  ".join(x for x in (r.caller, r.phone, r.enterprise_name) if x) or "未留姓名"
        print(f"{r.id}  {_called(r.called_at)}  {HOTLINE_TOPIC_NAMES.get(r.topic, r.topic)}  "
              f"{who}  {REFERRAL_NAMES.get(r.referral, r.referral)}  "
              f"{follow_up_text(r.follow_up_due, r.days_left, r.closed_on)}", file=out)  # fmt: skip
    overdue = sum(1 for r in rows if r.overdue)
    print(f"共 {len(rows)} 件，回访已逾期 {overdue} 件", file=out)
    return EXIT_OK


def cmd_hotline_counts(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.container import today
    from ..texts import hotline_counts_lines

    services = open_services_for(args)
    try:
        c = services.hotline.counts(args.month, today())
    finally:
        services.dispose()
    if args.format == "json":
        print_json({"month": c.month, "total": c.total, "by_topic": c.by_topic,
                    "by_referral": c.by_referral, "closed": c.closed,
                    "overdue": c.overdue}, out)  # fmt: skip
        return EXIT_OK
    for line in hotline_counts_lines(c):
        print(line, file=out)
    return EXIT_OK
