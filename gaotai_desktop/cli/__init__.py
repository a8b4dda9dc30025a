"""Command line over the same services as the window (like calibre's calibredb).

``gaotai-desktop`` with no sub-command opens the window.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import importlib
import json
import logging
import re
import sys
import time
from pathlib import Path
from typing import TextIO

from .. import APP_NAME, __version__
from ..domain.errors import GaotaiError, PermissionDenied, SignInFailed
from ..domain.tiers import TIER_LABELS
from ..texts import error_text
from .parser import Parser

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
#: Not signed in (a database with users), or the user's role does not allow the action.
EXIT_DENIED = 3
#: The signing-in user's password (else it is prompted for).
PASSWORD_ENV = "GAOTAI_PASSWORD"

ISSUE_DATE_HELP = "成文日期 YYYY-MM-DD（默认今天；用于补录已在纸面下发的文书；不得晚于今天，不得早于统计截止日期）"


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _date(text: str) -> dt.date:
    """A date argument: ``YYYY-MM-DD`` that exists on the calendar."""
    m = _ISO_DATE.match(text.strip())
    if not m:
        raise argparse.ArgumentTypeError(
            f"日期“{text}”格式不对，应为 YYYY-MM-DD（例如 2026-03-05）"
        )
    year, month, day = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        reason = f"没有{month}月" if not 1 <= month <= 12 else f"{year}年{month}月没有{day}日"
        raise argparse.ArgumentTypeError(f"日期“{text}”不存在：{reason}") from None


#: Command modules of their own (``gaotai_desktop.cli.<name>``). Each has
#: ``add_commands(sub)``, which adds its sub-commands and sets ``handler`` on each parser
#: (``parser.set_defaults(handler=fn)``, ``fn(args, out, err) -> exit code``). Heavy imports stay
#: inside the handlers, so that ``--help`` and other commands start fast.
COMMAND_MODULES: tuple[str, ...] = (
    "audit",
    "backups",
    "cases",
    "deadline",
    "outreach",
    "report",
    "sync",
    "users",
    "warnings",
)


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog=APP_NAME, description="高台工伤预防分级预警台：不带子命令时打开窗口。")
    p.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="显示版本号并退出"
    )
    p.add_argument("--db", help="数据库文件路径或 SQLAlchemy URL（默认：用户数据目录）")
    p.add_argument("--demo", action="store_true", help="打开演示数据库（首次使用时自动生成）")
    p.add_argument(
        "--user",
        metavar="NAME",
        help=f"以此用户登录（已设置用户的数据库必须登录；密码取自环境变量 {PASSWORD_ENV}，否则提示输入）",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    imp = sub.add_parser("import", help="导入企业或事故（.xlsx / .csv）")
    imp.add_argument("kind", choices=["enterprises", "incidents"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--update", action="store_true", help="更新已登记但数据不同的企业或事故")
    imp.add_argument("--today", type=_date, help=argparse.SUPPRESS)

    tiers = sub.add_parser("tiers", help="列出各企业的预警等级")
    tiers.add_argument("--as-of", type=_date, help="统计截止日期 YYYY-MM-DD（默认今天）")
    tiers.add_argument("--format", choices=["table", "csv", "json"], default="table")

    demo = sub.add_parser("demo", help="生成演示数据")
    demo.add_argument("--enterprises", type=int, default=2000)
    demo.add_argument("--incidents", type=int, default=20000, help="伤者行数")
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--today", type=_date, help=argparse.SUPPRESS)

    notices = sub.add_parser("notices", help="预警文书：待下发计划、下发、列表")
    nsub = notices.add_subparsers(dest="notices_command", metavar="ACTION", required=True)
    plan = nsub.add_parser("plan", help="列出应下发而未下发的文书")
    plan.add_argument("--as-of", type=_date, help="统计截止日期（默认今天）")
    plan.add_argument("--format", choices=["table", "json"], default="table")
    plan.add_argument(
        "--date", type=_date, help="成文日期（默认今天）：约谈时段按此日期安排，与 issue 一致"
    )
    issue = nsub.add_parser(
        "issue", help="下发全部到期文书（成文日期默认为今天），每行输出一个文号"
    )
    issue.add_argument("--as-of", type=_date, help="统计截止日期（默认今天）")
    issue.add_argument("--date", type=_date, help=ISSUE_DATE_HELP)
    issue.add_argument("--workers", type=int, default=2, help="并行生成 PDF 的进程数")
    cor = nsub.add_parser("correct", help="更正：以新文号重新下发，并注明替代的原文书")
    cor.add_argument("doc_no", metavar="DOC_NO")
    cor.add_argument("--as-of", type=_date, help="统计截止日期（默认今天）")
    cor.add_argument("--date", type=_date, help=ISSUE_DATE_HELP)
    lst = nsub.add_parser("list", help="列出已下发的文书")
    lst.add_argument("--format", choices=["table", "json"], default="table")
    lst.add_argument("--year", type=int)

    prt = sub.add_parser("print", help="把已下发文书（原样）输出为一个 PDF 文件")
    prt.add_argument("doc_nos", nargs="+", metavar="DOC_NO")
    prt.add_argument("-o", "--output", type=Path, required=True)
    prt.add_argument("--with-receipt", action="store_true", help="每份文书后附送达回证")

    st = sub.add_parser("settings", help="办公设置：查看或修改（联系人、联系电话、发文机关等）")
    ssub = st.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    show = ssub.add_parser("show", help="列出全部办公设置")
    show.add_argument("--format", choices=["table", "json"], default="table")
    put = ssub.add_parser(
        "set", help="修改办公设置，例如 contact_person=王敏 contact_phone=0936-6612345"
    )
    put.add_argument("pairs", nargs="+", metavar="KEY=VALUE")

    tpl = sub.add_parser("template", help="生成空白导入模板 .xlsx")
    tpl.add_argument("kind", choices=["enterprises", "incidents"])
    tpl.add_argument("-o", "--output", type=Path, required=True)

    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").add_commands(sub)
    return p


def _open(args: argparse.Namespace):
    from ..paths import backup_dir, db_location
    from ..services.container import DEFAULT_RENDER_WORKERS, current_user, open_services

    location = db_location(args.db, demo=args.demo)
    services = open_services(
        location,
        backup_dir=backup_dir(location),
        actor=current_user(),
        render_workers=getattr(args, "workers", DEFAULT_RENDER_WORKERS),
        check="deferred",  # before the first connection through the services (not for `tiers`)
    )
    try:
        _sign_in(services, args)
    except BaseException:
        services.dispose()
        raise
    return services


def _sign_in(services, args: argparse.Namespace) -> None:
    """``--user`` signs in (password from ``GAOTAI_PASSWORD`` or a prompt); ``--demo`` signs in
    as the demo administrator by itself; a database with users and no sign-in is refused
    (:class:`SignInFailed`, exit 3)."""
    user = getattr(args, "user", None)
    if user is None:
        if args.demo:
            from ..services.demo import DEMO_PASSWORD, DEMO_USER

            services.users.sign_in_as_demo(DEMO_USER, DEMO_PASSWORD)
        elif _has_users(services):
            raise SignInFailed("required")
        return
    if not _has_users(services):
        raise SignInFailed("no_users")
    services.users.sign_in(user, read_password(PASSWORD_ENV, f"用户“{user}”的密码："))


def _has_users(services) -> bool:
    """Whether sign-in is on: read with plain sqlite3 from a file (no SQLAlchemy for `tiers`)."""
    plain = services.overview.has_users()
    return services.users.has_users() if plain is None else plain


def read_password(env: str, prompt: str) -> str:
    """A password from the environment variable ``env``, else typed at the terminal (not
    echoed), else the first line of standard input (a script's pipe)."""
    import getpass
    import os

    value = os.environ.get(env)
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


#: For command modules: the shared argument parsers and helpers under public names.
date_arg = _date
open_services_for = _open


def _protected(args: argparse.Namespace) -> list[Path]:
    """What an output file of this command must never overwrite: the database and its backups."""
    from ..files.output import protected_paths
    from ..paths import backup_dir, db_location

    location = db_location(args.db, demo=args.demo)
    return protected_paths(location, backup_dir(location))


def cmd_import(args: argparse.Namespace, out, err) -> int:
    from ..services.container import today
    from ..services.importing import ImportFailed
    from ..texts import import_problem_text, import_result_text

    services = _open(args)
    try:
        result = services.importer.run(
            args.kind, args.file, today=args.today or today(), update=args.update
        )
    except ImportFailed as exc:
        print(
            f"导入失败，未写入任何数据（{args.file.name}，共{len(exc.problems)}个问题）：", file=err
        )
        for problem in exc.problems:
            print("  " + import_problem_text(problem), file=err)
        return EXIT_FAIL
    finally:
        services.dispose()
    for notice in result.notices:
        print("提示：" + notice, file=err)
    print(import_result_text(result), file=out)
    return EXIT_OK


def cmd_tiers(args: argparse.Namespace, out, err) -> int:
    from ..files.csv_safety import inert_csv_text
    from ..services.container import today

    services = _open(args)
    try:
        rows = services.overview.tiers(args.as_of or today())  # plain sqlite3 on a file
    finally:
        services.dispose()
    if args.format == "json":
        _print_tiers_json(rows, out)
    elif args.format == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(
            [
                "统一社会信用代码",
                "企业名称",
                "所属乡镇",
                "本年事故起数",
                "职业病危害隐患",
                "预警等级",
            ]
        )
        for r in rows:  # text from records is written inert (no live formulas in Excel)
            values = (r.uscc, r.name, r.township, r.accidents, "是" if r.hazard else "否")
            w.writerow([*(inert_csv_text(v) for v in values), TIER_LABELS[r.tier]])
    else:
        print(
            f"{'统一社会信用代码':<18}  {'预警等级':<6}  {'事故':>4}  {'隐患':<2}  企业名称",
            file=out,
        )
        for r in sorted(rows, key=lambda r: (-r.tier, -r.accidents, r.uscc)):
            print(
                f"{r.uscc:<18}  {TIER_LABELS[r.tier]:<6}  {r.accidents:>4}  "
                f"{'是' if r.hazard else '否':<2}  {r.name}",
                file=out,
            )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out, err) -> int:
    from ..services.container import today
    from ..services.demo import generate

    services = _open(args)
    started = time.perf_counter()
    try:
        result = generate(
            services.db,
            today=args.today or today(),
            enterprises=args.enterprises,
            incidents=args.incidents,
            seed=args.seed,
            demo_user=args.demo,  # the demo database gets the demo administrator
        )
    finally:
        services.dispose()
    print(
        f"演示数据已生成：企业{result.enterprises}家，事故{result.accidents}起，"
        f"伤者{result.persons}人（{time.perf_counter() - started:.1f} 秒）。",
        file=out,
    )
    return EXIT_OK


def cmd_template(args: argparse.Namespace, out, err) -> int:
    from ..files.import_templates import write_template
    from ..files.output import check_extension, check_output, write_output

    protected = _protected(args)
    check_output(args.output, protected)
    check_extension(args.output, (".xlsx",))
    write_output(args.output, lambda fh: write_template(args.kind, fh), protected=protected)
    print(f"模板已保存：{args.output}", file=out)
    return EXIT_OK


def cmd_notices(args: argparse.Namespace, out, err) -> int:
    from ..services.container import today

    services = _open(args)
    try:
        if args.notices_command == "plan":
            day = today()
            _notices_plan(services, args.as_of or day, day, args.date, args.format, out)
        elif args.notices_command == "issue":
            day = today()  # read once, passed down
            report = services.issuing.issue_due(args.as_of or day, today=day, issue_date=args.date)
            return _issue_report(report, out, err)
        elif args.notices_command == "correct":
            day = today()
            old = services.document_store.find(args.doc_no)
            row = services.issuing.correct(
                old.id, as_of=args.as_of or day, today=day, issue_date=args.date
            )
            print(row.doc_no, file=out)
        else:
            _notices_list(services.document_store.list(args.year), args.format, out)
    finally:
        services.dispose()
    return EXIT_OK


def _print_json(data: object, out: TextIO) -> None:
    """Machine-readable output: UTF-8 text (Chinese as is), one item per block, newline-ended;
    written at once (``json.dump`` writes every token: 480,000 writes for ``tiers``)."""
    out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


print_json = _print_json


def _print_tiers_json(rows, out: TextIO) -> None:
    """``tiers --format json``: what :func:`_print_json` prints for the rows' dicts, byte for byte,
    each row from a template (``json.dumps(indent=1)`` runs the pure-Python encoder: 0.3 s of a
    county's 0.6 s process)."""
    if not rows:
        _print_json([], out)
        return
    from json.encoder import encode_basestring as text  # what ensure_ascii=False writes

    items = [
        f' {{\n  "uscc": {text(r.uscc)},\n  "name": {text(r.name)},\n'
        f'  "accidents": {int(r.accidents)},\n  "hazard": {"true" if r.hazard else "false"},\n'
        f'  "tier": {text(r.tier.code)}\n }}'
        for r in rows
    ]
    out.write("[\n" + ",\n".join(items) + "\n]\n")


def _notices_plan(
    services, as_of: dt.date, today: dt.date, issue_date: dt.date | None, fmt: str, out
) -> None:
    """The due letters, each interview letter with the slot it would print when issued on
    ``issue_date`` (default today), and the hazard facts a letter would print without."""
    from ..domain.notices import DUE, KIND_LABELS
    from ..services.issuing import check_dates
    from ..texts import field_name, missing_hazard_facts_text

    check_dates(as_of, issue_date or today, today)
    rows = [r for r in services.notices.plan(as_of) if r.status == DUE]
    rows = services.issuing.plan_interviews(rows, as_of, today=today, issue_date=issue_date)
    if fmt == "json":
        data = [
            {"uscc": r.uscc, "name": r.name, "tier": r.tier.code, "kind": r.kind,
             "accidents": r.accidents, "hazard": r.hazard,
             "interview_at": f"{r.interview_at:%Y-%m-%dT%H:%M}" if r.interview_at else None,
             "interview_room": r.interview_room or None,
             "interview_problem": error_text(r.interview_problem)
             if r.interview_problem else None,
             "missing_hazard_facts": list(r.missing_hazard_facts),
             "missing_hazard_facts_labels": [field_name(f) for f in r.missing_hazard_facts]}
            for r in rows
        ]  # fmt: skip
        _print_json(data, out)
        return
    for r in rows:
        extra = ""
        if r.interview_at:
            extra = f"  约谈 {r.interview_at:%Y-%m-%d %H:%M} {r.interview_room}"
        elif r.interview_problem:
            extra = f"  约谈无法安排：{error_text(r.interview_problem)}"
        if r.missing_hazard_facts:
            extra += f"  隐患信息{missing_hazard_facts_text(r.missing_hazard_facts)}"
        line = f"{r.uscc}  {TIER_LABELS[r.tier]}  {KIND_LABELS[r.kind]:<10}  {r.name}{extra}"
        print(line, file=out)
    print(f"共{len(rows)}份待下发。", file=out)


def _issue_report(report, out, err) -> int:
    """Each issued number on ``out``; each failure (and what stopped the run) on ``err``."""
    for row in report.issued:
        print(row.doc_no, file=out)
    for failure in report.failed:
        names = "、".join(name for _, name in failure.subjects) or "（无）"
        print(f"未下发：{failure.kind_label}（{names}）：{error_text(failure.reason)}", file=err)
    if report.stopped_by is not None:
        print(
            f"错误：已下发 {len(report.issued)} 份文书后中止，其余未下发："
            + error_text(report.stopped_by),
            file=err,
        )
    if report.failed:
        print(f"共 {len(report.failed)} 份文书未能下发。", file=err)
    return EXIT_OK if report.ok else EXIT_FAIL


def _notices_list(rows, fmt: str, out) -> None:
    from ..domain.notices import STATUS_LABELS

    if fmt == "json":
        data = [
            {"doc_no": d.doc_no, "kind": d.kind, "uscc": d.uscc,
             "usccs": [u for u, _ in d.subjects], "tier": d.tier,
             "date": d.issue_date.isoformat(), "sha256": d.sha256,
             "title": d.title, "printed": d.printed_at is not None,
             "status": d.status, "status_label": STATUS_LABELS.get(d.status, d.status),
             "corrects": d.corrects_doc_no, "corrected_by": d.corrected_by_doc_no}
            for d in rows
        ]  # fmt: skip
        _print_json(data, out)
        return
    for d in rows:
        status = STATUS_LABELS.get(d.status, d.status)
        if d.corrected_by_doc_no:
            status += f"（{d.corrected_by_doc_no}）"
        names = "、".join(n for _, n in d.subjects)
        print(f"{d.doc_no}  {d.issue_date}  {d.kind_label}  {status}  {names}", file=out)


def cmd_print(args: argparse.Namespace, out, err) -> int:
    from ..files.output import check_output, write_output

    protected = _protected(args)
    check_output(args.output, protected)
    services = _open(args)
    try:
        store = services.document_store
        ids = [store.find(doc_no).id for doc_no in args.doc_nos]
        data = store.bundle(ids, with_receipt=args.with_receipt)
        write_output(args.output, data, protected=protected)
        for document_id in dict.fromkeys(ids):  # only once the file is written
            store.mark_printed(document_id)
    finally:
        services.dispose()
    print(f"已输出 {len(args.doc_nos)} 份文书到 {args.output}", file=out)
    return EXIT_OK


def cmd_settings(args: argparse.Namespace, out, err) -> int:
    from ..domain.errors import ValidationError
    from ..office_settings import setting_keys
    from ..texts import office_setting_name

    pairs: dict[str, str] = {}
    if args.settings_command == "set":
        for pair in args.pairs:
            key, sep, value = pair.partition("=")
            if not sep or not key.strip():
                raise ValidationError("setting", "format", {"value": pair})
            pairs[key.strip()] = value
    services = _open(args)
    try:
        if args.settings_command == "set":
            services.office.set_values(pairs)
            print(f"已保存 {len(pairs)} 项办公设置。", file=out)
            return EXIT_OK
        settings = services.office.get()
    finally:
        services.dispose()
    if args.format == "json":
        _print_json(dataclasses.asdict(settings), out)
        return EXIT_OK
    for key in setting_keys():
        head, _, sub = key.partition(".")
        value = getattr(settings, DICT_FIELDS.get(head, head))
        if sub:
            value = value.get(sub, "")
        shown = ("是" if value else "否") if isinstance(value, bool) else str(value)
        print(f"{key:<28}  {office_setting_name(key)}：{shown}", file=out)
    return EXIT_OK


#: ``prefix.<kind>`` is an item of the ``prefixes`` field.
DICT_FIELDS = {"prefix": "prefixes"}


COMMANDS = {
    "notices": cmd_notices,
    "print": cmd_print,
    "import": cmd_import,
    "tiers": cmd_tiers,
    "demo": cmd_demo,
    "template": cmd_template,
    "settings": cmd_settings,
}


def main(argv: list[str] | None = None, out=None, err=None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ..gui import run_gui

        return run_gui(args)
    log_file = _start_logging()
    try:
        handler = getattr(args, "handler", None) or COMMANDS[args.command]
        return int(handler(args, out, err))
    except (PermissionDenied, SignInFailed) as exc:
        log.info("%s denied: %r", args.command, exc)
        print("错误：" + error_text(exc), file=err)
        return EXIT_DENIED
    except (GaotaiError, OSError) as exc:
        log.info("%s refused: %r", args.command, exc)
        print("错误：" + error_text(exc), file=err)
        return EXIT_FAIL
    except Exception as exc:  # a bug: the traceback goes to the log, not onto the terminal
        log.exception("%s failed", args.command)
        where = f"详细信息已写入日志文件“{log_file}”，" if log_file else ""
        print(
            f"错误：程序内部错误（{type(exc).__name__}），操作未完成。{where}请把它交给管理员。",
            file=err,
        )
        return EXIT_FAIL


def _start_logging() -> Path | None:
    """The log file in the user log folder (none when the folder cannot be made)."""
    from ..logs import setup_logging
    from ..paths import app_paths

    try:
        return setup_logging(app_paths().logs, console=False)
    except OSError:
        return None
