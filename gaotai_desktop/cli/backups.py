"""``backup -o FILE``, ``restore FILE`` and ``check``: backups known to be good from the command line.

``backup`` writes a copy checked with ``PRAGMA integrity_check`` (under a temporary name, renamed
when complete); ``restore`` refuses (exit 1, reason on stderr, nothing changed) a file that is not a
healthy database of this program, and keeps the replaced database beside it under a new name;
``check`` exits 1 naming what is wrong, 0 when all is well.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any, TextIO

from . import EXIT_FAIL, EXIT_OK, open_services_for


def add_commands(sub: Any) -> None:
    bk = sub.add_parser("backup", help="把数据库备份为一个经过完整性检查的文件")
    bk.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="备份文件")
    bk.set_defaults(handler=cmd_backup)

    rs = sub.add_parser(
        "restore", help="用备份文件恢复数据库（原数据库改名保存在原文件夹中，不删除）"
    )
    rs.add_argument("file", type=Path, metavar="FILE", help="备份文件")
    rs.set_defaults(handler=cmd_restore)

    ck = sub.add_parser("check", help="检查数据库：完整性、外键、审计记录链（有问题时退出码为1）")
    ck.add_argument(
        "--repair-counts",
        action="store_true",
        help="按事故记录重新计算各企业的年度事故计数（检查发现计数不一致时使用）",
    )
    ck.set_defaults(handler=cmd_check)


def _now() -> dt.datetime:
    """Local time, read once at the top of a command (names of backups and set-aside files)."""
    return dt.datetime.now().replace(microsecond=0)


def _sqlite_location(args: argparse.Namespace) -> Path:
    from ..domain.errors import StorageError
    from ..paths import db_location, is_url

    location = db_location(args.db, demo=args.demo)
    if is_url(location):
        raise StorageError("server_backup")
    return Path(location).expanduser()


def cmd_backup(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from sqlalchemy.engine import make_url

    from ..files.output import check_output
    from ..paths import db_location, is_url
    from ..texts import server_backup_done_text

    location = db_location(args.db, demo=args.demo)
    server = is_url(location) and make_url(str(location)).get_backend_name() == "postgresql"
    database = None if server else _sqlite_location(args)
    target = check_output(args.output, [database] if database is not None else [])
    if server:
        _require_pg_dump()  # before signing in and opening: exit 1 saying what to use
    services = open_services_for(args)
    try:
        written = services.backups.write_copy(target)
    finally:
        services.dispose()
    if server:
        print(server_backup_done_text(written), file=out)
    else:
        print(f"已备份到“{written}”（已通过完整性检查）。", file=out)
    return EXIT_OK


def _require_pg_dump() -> None:
    import shutil

    from ..domain.errors import StorageError

    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        raise StorageError("pg_dump_missing")


def cmd_restore(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.backups import parse_backup, restore_database
    from ..texts import backup_when_text, restore_done_text

    now = _now()
    database = _sqlite_location(args)
    result = restore_database(database, args.file, now)
    named = parse_backup(args.file)
    taken = backup_when_text(named.taken_at) if named else f"版本 {result.revision}"
    print(restore_done_text(result.source, taken, result.replaced), file=out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..paths import db_location
    from ..services.backups import check_database
    from ..texts import CHECK_TEXTS, LOCATION_RISK_TEXTS

    location = db_location(args.db, demo=args.demo)
    if args.repair_counts:
        return _repair_counts(args, out)
    report = check_database(location)
    if report.risk:
        print(LOCATION_RISK_TEXTS[report.risk], file=err)
    if report.server:
        print(CHECK_TEXTS["integrity_server"], file=out)
    elif report.integrity:
        print(CHECK_TEXTS["integrity_bad"], file=err)
        for line in report.integrity[:20]:
            print("  " + line, file=err)
    else:
        print(CHECK_TEXTS["integrity_ok"], file=out)
    if report.foreign_keys:
        print(CHECK_TEXTS["fk_bad"].format(count=len(report.foreign_keys)), file=err)
        for table, rowid, parent in report.foreign_keys[:20]:
            print(CHECK_TEXTS["fk_row"].format(table=table, rowid=rowid, parent=parent), file=err)
    elif report.server:
        print(CHECK_TEXTS["fk_server_ok"], file=out)
    elif not report.integrity:
        print(CHECK_TEXTS["fk_ok"], file=out)
    if report.audit:
        print(CHECK_TEXTS["audit_bad"], file=err)
        for line in report.audit[:20]:
            print("  " + line, file=err)
    elif report.audit is not None:
        print(CHECK_TEXTS["audit_ok"], file=out)
    elif report.integrity:
        print(CHECK_TEXTS["audit_skipped"], file=err)
    else:
        print(CHECK_TEXTS["audit_none"], file=out)
    if report.counts:
        print(CHECK_TEXTS["counts_bad"].format(count=len(report.counts)), file=err)
        for uscc, name, year, kept, counted in report.counts[:20]:
            row = {"uscc": uscc, "name": name, "year": year, "kept": kept, "counted": counted}
            print(CHECK_TEXTS["counts_row"].format(**row), file=err)
    elif report.counts is not None:
        print(CHECK_TEXTS["counts_ok"], file=out)
    if not report.ok:
        if report.integrity or report.foreign_keys or report.audit:
            print(CHECK_TEXTS["bad"], file=err)
        return EXIT_FAIL
    print(CHECK_TEXTS["all_ok"], file=out)
    return EXIT_OK


def _repair_counts(args: argparse.Namespace, out: TextIO) -> int:
    from ..texts import CHECK_TEXTS

    services = open_services_for(args)
    try:
        wrong = services.backups.repair_counts()
    finally:
        services.dispose()
    print(CHECK_TEXTS["counts_repaired"].format(count=wrong), file=out)
    return EXIT_OK
