"""``sync``: home-visit laptops exchanging ``.gsync`` packages with the office by file.

At the office: ``sync enroll NAME -o CHECKOUT.gsync [--township NAME...]``, ``sync import CHANGES.gsync [-o
RECEIPT.gsync]``, ``sync conflicts [--format json]``, ``sync resolve ID --take
office|laptop|FIELD=VALUE... --reason TEXT``. On the laptop: ``sync checkout CHECKOUT.gsync``
(makes its database), ``sync export -o CHANGES.gsync``, ``sync import RECEIPT.gsync``. Both:
``sync status [--format json]``. The passphrase comes from ``GAOTAI_SYNC_PASSPHRASE`` or a
prompt. A refused package exits 1 with the reason and changes nothing; a repeated one exits 0
with "已导入过".
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from . import EXIT_OK, open_services_for, print_json, read_password

PASSPHRASE_ENV = "GAOTAI_SYNC_PASSPHRASE"


def add_commands(sub: Any) -> None:
    sy = sub.add_parser("sync", help="外出笔记本与办公室交换同步包（.gsync）")
    ssub = sy.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    en = ssub.add_parser("enroll", help="（办公室）登记一台笔记本并生成它的签出包")
    en.add_argument("name", metavar="NAME", help="笔记本名称")
    en.add_argument("-o", "--output", type=Path, required=True, metavar="CHECKOUT.gsync")
    en.add_argument(
        "--township", nargs="+", action="extend", default=[], metavar="NAME",
        help="只签出这些乡镇的企业及其记录（默认全部乡镇）",
    )  # fmt: skip
    en.set_defaults(handler=cmd_enroll)

    co = ssub.add_parser("checkout", help="（笔记本）用签出包生成本机数据库")
    co.add_argument("file", type=Path, metavar="CHECKOUT.gsync")
    co.set_defaults(handler=cmd_checkout)

    ex = ssub.add_parser("export", help="（笔记本）把未发送的变更导出为同步包")
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="CHANGES.gsync")
    ex.set_defaults(handler=cmd_export)

    im = ssub.add_parser("import", help="导入同步包（办公室：变更包；笔记本：回执）")
    im.add_argument("file", type=Path, metavar="FILE")
    im.add_argument("-o", "--output", type=Path, metavar="RECEIPT.gsync", help="（办公室）回执")
    im.set_defaults(handler=cmd_import)

    cf = ssub.add_parser("conflicts", help="（办公室）列出待处理的同步冲突")
    cf.add_argument("--format", choices=["table", "json"], default="table")
    cf.set_defaults(handler=cmd_conflicts)

    rs = ssub.add_parser("resolve", help="（办公室）处理一个同步冲突")
    rs.add_argument("id", metavar="ID")
    rs.add_argument(
        "--take", nargs="+", required=True, metavar="office|laptop|FIELD=VALUE",
        help="采用办公室的值、笔记本的值，或逐项给出字段值",
    )  # fmt: skip
    rs.add_argument("--reason", required=True, help="处理理由")
    rs.set_defaults(handler=cmd_resolve)

    st = ssub.add_parser("status", help="同步状态：未发送的变更、最近的同步包、待处理的冲突")
    st.add_argument("--format", choices=["table", "json"], default="table")
    st.set_defaults(handler=cmd_status)


def _passphrase() -> str:
    return read_password(PASSPHRASE_ENV, "同步口令：")


def _protect(args: argparse.Namespace, target: Path) -> Path:
    from ..files.output import check_output, protected_paths
    from ..paths import backup_dir, db_location

    location = db_location(args.db, demo=args.demo)
    return check_output(target, protected_paths(location, backup_dir(location)))


def cmd_enroll(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..texts import sync_written_text

    target = _protect(args, args.output)
    passphrase = _passphrase()
    services = open_services_for(args)
    try:
        services.sync.enroll(args.name, passphrase, target, args.township)
    finally:
        services.dispose()
    print(sync_written_text(target), file=out)
    return EXIT_OK


def cmd_checkout(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.sync import read_package as read_file

    data = read_file(args.file)
    passphrase = _passphrase()
    services = open_services_for(args)
    try:
        manifest = services.sync.checkout(data, passphrase)
    finally:
        services.dispose()
    counts = "，".join(f"{k} {v}" for k, v in manifest.counts.items())
    print(f"已签出为笔记本“{manifest.target}”（{counts}）。", file=out)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..texts import sync_written_text

    target = _protect(args, args.output)
    passphrase = _passphrase()
    services = open_services_for(args)
    try:
        manifest = services.sync.export(passphrase, target)
    finally:
        services.dispose()
    print(sync_written_text(target, manifest.counts.get("changes", 0)), file=out)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..services.sync import read_package as read_file
    from ..texts import SYNC_REPEATED_TEXT, sync_import_text, sync_receipt_text, sync_written_text

    receipt = _protect(args, args.output) if args.output else None
    data = read_file(args.file)
    passphrase = _passphrase()
    services = open_services_for(args)
    try:
        result = services.sync.import_package(data, passphrase, receipt=receipt)
    finally:
        services.dispose()
    if result.repeated:
        print(SYNC_REPEATED_TEXT + "（已导入过）", file=out)
        return EXIT_OK
    if result.kind == "receipt":
        print(sync_receipt_text(result.applied, result.unchanged), file=out)
    else:
        print(sync_import_text(result.applied, result.conflicts, result.unchanged), file=out)
    if result.backup:
        print(f"导入前已备份到“{result.backup}”。", file=out)
    if result.receipt:
        print(sync_written_text(result.receipt), file=out)
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..texts import SYNC_KIND_NAMES, SYNC_NO_CONFLICTS_TEXT, field_name

    services = open_services_for(args)
    try:
        rows = services.sync.conflicts()
    finally:
        services.dispose()
    if args.format == "json":
        data = [
            {"id": c.id, "uscc": c.uscc, "record": c.record_id, "table": c.table,
             "kind": c.kind, "fields": list(c.fields), "sources": list(c.sources),
             "original": c.original, "office": c.office, "laptop": c.laptop,
             "laptop_record": c.laptop_record_id or None}
            for c in rows
        ]  # fmt: skip
        print_json(data, out)
        return EXIT_OK
    if not rows:
        print(SYNC_NO_CONFLICTS_TEXT, file=out)
    for c in rows:
        print(f"{c.id}  {SYNC_KIND_NAMES.get(c.kind, c.kind)}  {c.table}  {c.uscc}", file=out)
        for f in c.fields:
            print(
                f"    {field_name(f)}：原值 {c.original.get(f)!r}；办公室 {c.office.get(f)!r}；"
                f"{c.peer} {c.laptop.get(f)!r}",
                file=out,
            )
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..domain.errors import ValidationError

    take: str | dict[str, str]
    if args.take in (["office"], ["laptop"]):
        take = args.take[0]
    else:
        take = {}
        for pair in args.take:
            key, sep, value = pair.partition("=")
            if not sep or not key.strip():
                raise ValidationError("take", "format", {"value": pair})
            take[key.strip()] = value
    services = open_services_for(args)
    try:
        row = services.sync.resolve(args.id, take, args.reason)
    finally:
        services.dispose()
    print(f"冲突 {row.id} 已处理。", file=out)
    return EXIT_OK


def cmd_status(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..texts import SYNC_ROLE_NAMES

    services = open_services_for(args)
    try:
        st = services.sync.status()
    finally:
        services.dispose()

    def when(value: Any) -> str | None:
        return value.isoformat(timespec="seconds") if value else None

    if args.format == "json":
        print_json(
            {"role": st.role or None, "name": st.name or None, "pending": st.pending,
             "open_conflicts": st.open_conflicts, "peers": list(st.peers),
             "last_sent": st.last_sent or None, "last_sent_at": when(st.last_sent_at),
             "last_received": st.last_received or None,
             "last_received_at": when(st.last_received_at)},
            out,
        )  # fmt: skip
        return EXIT_OK
    print(f"本机：{SYNC_ROLE_NAMES.get(st.role, st.role)} {st.name}", file=out)
    if st.role == "laptop":
        print(f"未发送的变更：{st.pending} 项", file=out)
    if st.role == "office":
        print(f"已登记的笔记本：{'、'.join(st.peers) or '无'}", file=out)
        print(f"待处理的冲突：{st.open_conflicts} 个", file=out)
    print(f"最近发出的同步包：{st.last_sent or '无'} {when(st.last_sent_at) or ''}", file=out)
    print(
        f"最近收到的同步包：{st.last_received or '无'} {when(st.last_received_at) or ''}", file=out
    )
    return EXIT_OK
