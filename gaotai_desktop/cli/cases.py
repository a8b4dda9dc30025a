"""``cases add|missing|complete|accept|suspend|resume|decide|served|print|record|list``:
work-injury recognition cases (工伤认定) from the command line; ``record`` keeps a 调查笔录.

CASE is the id ``cases add`` prints. A step out of order exits 1 with the reason on stderr and
changes nothing (the service checks before it writes).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any, TextIO

from . import EXIT_OK, date_arg, open_services_for, print_json

#: ``cases print --kind``: the case documents by their short names.
CASE_DOCUMENT_CHOICES = ("acceptance", "non_acceptance", "missing", "suspension", "decision")


def add_commands(sub: Any) -> None:
    c = sub.add_parser(
        "cases", help="工伤认定案件：登记申请、补正材料、受理、中止、恢复、认定、送达"
    )
    csub = c.add_subparsers(dest="cases_command", metavar="ACTION", required=True)

    add = csub.add_parser("add", help="登记工伤认定申请，输出案件编号")
    add.add_argument("--uscc", required=True, help="用人单位统一社会信用代码")
    add.add_argument("--worker", required=True, help="职工姓名")
    add.add_argument("--id-number", required=True, help="职工身份证号")
    add.add_argument("--accident-date", type=date_arg, required=True, help="事故日期 YYYY-MM-DD")
    add.add_argument("--applied", type=date_arg, required=True, help="申请日期 YYYY-MM-DD")
    add.add_argument("--applicant", choices=["employer", "worker", "relative", "union"],
                     default="employer", help="申请人（默认用人单位）")  # fmt: skip
    add.add_argument("--channel", choices=["window", "home_visit"], default="window",
                     help="受理渠道（默认窗口受理）")  # fmt: skip
    add.add_argument("--late-confirmation", default="",
                     help="逾期申请：确认人和理由（逾期申请须填写）")  # fmt: skip
    add.set_defaults(handler=cmd_add)

    def step(name: str, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = csub.add_parser(name, help=help_text)
        p.add_argument("case", metavar="CASE")
        p.add_argument("--date", type=date_arg, required=True, help="办理日期 YYYY-MM-DD")
        p.set_defaults(handler=cmd_step)
        return p

    step("missing", "一次性告知需补正的全部材料（受理期限暂停）").add_argument(
        "--items", required=True, help="缺少的材料，用顿号分开"
    )
    step("complete", "材料已补齐（自该日起重新计算15日受理期限）")
    step("accept", "受理（60日内作出认定决定，简易程序15日）").add_argument(
        "--simple", action="store_true", help="事实清楚、权利义务明确的简易案件"
    )
    step("suspend", "中止（认定期限暂停）").add_argument("--reason", required=True, help="中止理由")
    step("resume", "恢复（认定期限顺延中止的天数）")
    decide = step("decide", "作出决定：认定工伤、视同工伤、不予认定、不予受理或终止")
    decide.add_argument("--outcome", required=True, help="认定工伤|视同工伤|不予认定|不予受理|终止")
    decide.add_argument("--article", default="", help="所依据的条款")
    decide.add_argument("--reason", default="", help="理由（不予受理时印在不予受理决定书上）")
    step("served", "决定书已送达")

    prt = csub.add_parser(
        "print", help="出具（已出具的则原样重印）案件文书及送达回证，输出为 PDF 文件"
    )
    prt.add_argument("case", metavar="CASE")
    prt.add_argument("--kind", required=True, choices=CASE_DOCUMENT_CHOICES,
                     help="acceptance 受理决定书｜non_acceptance 不予受理决定书｜missing 补正告知书"
                          "｜suspension 中止通知书｜decision 认定决定书送达函")  # fmt: skip
    prt.add_argument("-o", "--output", required=True, type=Path, help="输出的 PDF 文件")
    prt.add_argument("--no-receipt", action="store_true", help="不附送达回证")
    prt.set_defaults(handler=cmd_print)

    rec = csub.add_parser(
        "record", help="保存调查笔录（问答取自文本文件）并可输出 PDF；或打印空白调查笔录"
    )
    rec.add_argument("case", metavar="CASE")
    rec.add_argument("--started", type=_datetime, help="调查开始时间 YYYY-MM-DD HH:MM")
    rec.add_argument("--ended", type=_datetime, help="调查结束时间 YYYY-MM-DD HH:MM")
    rec.add_argument("--place", default="", help="调查地点")
    rec.add_argument("--staff", action="append", default=[], type=_staff, metavar="姓名:执法证号",
                     help="调查人（须两名，写两次）")  # fmt: skip
    rec.add_argument("--person", default="", help="被调查人姓名")
    rec.add_argument("--gender", choices=["男", "女"], default="", help="被调查人性别")
    rec.add_argument("--id-number", default="", help="被调查人身份证号")
    rec.add_argument("--relation", default="", help="与本案关系（本人、同事、用人单位负责人……）")
    rec.add_argument("--phone", default="", help="被调查人联系电话")
    rec.add_argument("--qa", type=Path, metavar="FILE",
                     help="问答文本文件：每问以“问：”开头、每答以“答：”开头；"
                          "第一行以“答：”开头时，是对开头告知的回答")  # fmt: skip
    rec.add_argument("--full-id", action="store_true", help="笔录上印完整身份证号（默认遮盖）")
    rec.add_argument("--blank", action="store_true", help="打印空白调查笔录（须 -o）")
    rec.add_argument("-o", "--output", type=Path, help="输出的 PDF 文件")
    rec.set_defaults(handler=cmd_record)

    lst = csub.add_parser("list", help="列出案件及其正在计算的期限、剩余天数、是否逾期")
    lst.add_argument("--as-of", type=date_arg, help="计算剩余天数的日期（默认今天）")
    lst.add_argument("--overdue", action="store_true", help="只列已逾期的案件")
    lst.add_argument("--format", choices=["table", "json"], default="table")
    lst.set_defaults(handler=cmd_list)


def _datetime(text: str) -> dt.datetime:
    from ..texts import RECORD_CLI_TEXTS

    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"):
        try:
            return dt.datetime.strptime(text.strip(), pattern)
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(RECORD_CLI_TEXTS["time_format"].format(value=text))


def _staff(text: str) -> tuple[str, str]:
    from ..texts import RECORD_CLI_TEXTS

    name, sep, cert = text.replace("：", ":").partition(":")
    if not sep or not name.strip() or not cert.strip():
        raise argparse.ArgumentTypeError(RECORD_CLI_TEXTS["staff_format"].format(value=text))
    return name.strip(), cert.strip()


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _line(row: Any) -> str:
    from ..texts import CASE_STATE_NAMES, case_clock_text

    late = "  逾期申请" if row.late else ""
    outcome = f"  {row.outcome}" if row.outcome else ""
    return (
        f"{row.id}  {row.uscc}  {row.worker}  {row.applied}  "
        f"{CASE_STATE_NAMES.get(row.state, row.state)}{outcome}  "
        f"{case_clock_text(row.clock, row.due, row.days_left)}{late}"
    )


def cmd_add(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..domain.cases import CaseInput
    from ..services.container import today

    data = CaseInput(
        args.uscc, args.worker, args.id_number, args.accident_date, args.applied,
        applicant=args.applicant, channel=args.channel,
        late_confirmation=args.late_confirmation,
    )  # fmt: skip
    services = open_services_for(args)
    try:
        row = services.cases.add(data, today=today())
    finally:
        services.dispose()
    print(row.id, file=out)
    return EXIT_OK


def cmd_step(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.container import today

    day = today()  # read once, passed down
    services = open_services_for(args)
    try:
        cases, ref, on = services.cases, args.case, args.date
        action = args.cases_command
        if action == "missing":
            row = cases.missing(ref, on=on, items=args.items, today=day)
        elif action == "complete":
            row = cases.complete(ref, on=on, today=day)
        elif action == "accept":
            row = cases.accept(ref, on=on, simple=args.simple, today=day)
        elif action == "suspend":
            row = cases.suspend(ref, on=on, reason=args.reason, today=day)
        elif action == "resume":
            row = cases.resume(ref, on=on, today=day)
        elif action == "decide":
            row = cases.decide(ref, on=on, outcome=args.outcome, article=args.article,
                               reason=args.reason, today=day)  # fmt: skip
        else:
            row = cases.served(ref, on=on, today=day)
    finally:
        services.dispose()
    print(_line(row), file=out)
    return EXIT_OK


def cmd_print(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Issue (or reprint as stored) a case document with its 送达回证 into a PDF file."""
    from ..files.output import check_output, write_output
    from . import _protected

    protected = _protected(args)
    check_output(args.output, protected)
    services = open_services_for(args)
    try:
        docs = services.case_documents
        row = docs.issue(args.case, args.kind)
        data = services.document_store.pdf(row.id, with_receipt=not args.no_receipt)
        write_output(args.output, data, protected=protected)
        services.document_store.mark_printed(row.id)  # only once the file is written
    finally:
        services.dispose()
    print(f"{row.doc_no}  {row.title}  已输出到 {args.output}", file=out)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.container import today

    as_of = args.as_of or today()
    services = open_services_for(args)
    try:
        rows = services.cases.list(as_of, overdue_only=args.overdue)
    finally:
        services.dispose()
    if args.format == "json":
        print_json(
            [
                {
                    "id": r.id,
                    "uscc": r.uscc,
                    "worker": r.worker,
                    "applied": r.applied.isoformat(),
                    "state": r.state,
                    "clock": r.clock,
                    "due": _iso(r.due),
                    "days_left": r.days_left,
                    "overdue": r.overdue,
                }
                for r in rows
            ],
            out,
        )
        return EXIT_OK
    for r in rows:
        print(_line(r), file=out)
    overdue = sum(1 for r in rows if r.overdue)
    print(f"共 {len(rows)} 件，已逾期 {overdue} 件", file=out)
    return EXIT_OK


def cmd_record(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Keep a 调查笔录 with the case (questions and answers from a text file) and print it, or
    print a blank one to fill in by hand."""
    from ..domain.documents import InvestigationInput, parse_qa
    from ..files.csv_sheet import decode_text
    from ..files.output import check_output, write_output
    from ..services.container import today
    from ..texts import RECORD_CLI_TEXTS as T
    from . import EXIT_FAIL, EXIT_USAGE, _protected

    filled = [args.started, args.ended, args.place, args.staff, args.person, args.gender,
              args.id_number, args.relation, args.phone, args.qa, args.full_id]  # fmt: skip
    if args.blank and (any(filled) or args.output is None):
        print(T["blank_fields"], file=err)
        return EXIT_USAGE
    record = None
    if not args.blank:
        missing = [flag for flag, value in (("--started", args.started), ("--place", args.place),
                   ("--person", args.person), ("--qa", args.qa)) if not value]  # fmt: skip
        if missing:
            print(T["record_needs"].format(fields="、".join(missing)), file=err)
            return EXIT_USAGE
        if len(args.staff) != 2:
            print(T["staff_count"], file=err)
            return EXIT_USAGE
        try:
            data = args.qa.read_bytes()
        except OSError:
            print(T["qa_missing"].format(path=args.qa), file=err)
            return EXIT_FAIL
        try:
            qa_text, _encoding = decode_text(data)
        except (ValueError, UnicodeDecodeError):
            print(T["qa_encoding"].format(path=args.qa), file=err)
            return EXIT_FAIL
        record = InvestigationInput(
            started_at=args.started, ended_at=args.ended, place=args.place.strip(),
            staff=(args.staff[0], args.staff[1]), person_name=args.person.strip(),
            person_gender=args.gender, person_id_number=args.id_number.strip(),
            person_relation=args.relation.strip(), person_phone=args.phone.strip(),
            qa=parse_qa(qa_text), full_id=args.full_id,
        )  # fmt: skip
    protected = _protected(args)
    if args.output is not None:
        check_output(args.output, protected)
    services = open_services_for(args)
    try:
        docs = services.case_documents
        if record is not None:
            row = docs.save_record(args.case, record, today=today())
            pdf = docs.record_pdf_of(row.id) if args.output is not None else b""
        else:
            pdf = docs.record_pdf(args.case)
        if args.output is not None:
            write_output(args.output, pdf, protected=protected)
    finally:
        services.dispose()
    if record is not None:
        started = record.started_at.strftime("%Y-%m-%d %H:%M")
        questions = 1 + sum(1 for q, _a in record.qa if q)  # the opening caution is asked too
        answers = sum(1 for _q, a in record.qa if a)
        print(T["saved"].format(person=record.person_name, started=started,
                                questions=questions, answers=answers), file=out)  # fmt: skip
    if args.output is not None:
        print(T["written"].format(path=args.output), file=out)
    return EXIT_OK
