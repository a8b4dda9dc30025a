"""``users``: add and list the users who sign in, change a role, reset a password, deactivate.

The first user, an administrator, turns sign-in on (no ``--user`` needed for them); from then on
only an administrator (``--user``) manages users. A new password comes from
``GAOTAI_NEW_PASSWORD`` or is typed twice at a prompt.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..domain.errors import ValidationError
from ..domain.roles import ROLES
from . import EXIT_OK, open_services_for, print_json, read_password

#: The new user's (or the reset) password (else prompted for, twice).
NEW_PASSWORD_ENV = "GAOTAI_NEW_PASSWORD"


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "users",
        help="用户与角色：添加、列出、改角色、重设密码、停用（第一个用户须为管理员，并由此开启登录）",
    )
    usub = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = usub.add_parser(
        "add", help=f"添加用户（密码取自环境变量 {NEW_PASSWORD_ENV}，否则提示输入两次）"
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--role", choices=ROLES, required=True, help="clerk 科员、supervisor 股长、admin 管理员"
    )
    lst = usub.add_parser("list", help="列出全部用户")
    lst.add_argument("--format", choices=["table", "json"], default="table")
    role = usub.add_parser("set-role", help="修改用户的角色")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=ROLES)
    reset = usub.add_parser(
        "reset-password", help=f"重设密码并解除锁定（新密码取自 {NEW_PASSWORD_ENV} 或提示输入）"
    )
    reset.add_argument("name", metavar="NAME")
    for name, text in (
        ("deactivate", "停用用户（不能再登录，记录中的姓名保留）"),
        ("activate", "重新启用用户"),
    ):
        q = usub.add_parser(name, help=text)
        q.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_users)


def new_password(name: str) -> str:
    """The new password: ``GAOTAI_NEW_PASSWORD``, else typed twice at the terminal."""
    value = os.environ.get(NEW_PASSWORD_ENV)
    if value is not None:
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise ValidationError("password", "new_password_env", {"env": NEW_PASSWORD_ENV})
    first = read_password("", f"为“{name}”设置密码：")
    if read_password("", "再输入一次：") != first:
        raise ValidationError("password", "password_mismatch")
    return first


def cmd_users(args: argparse.Namespace, out, err) -> int:
    from ..texts import role_name

    if args.users_command in ("add", "reset-password"):
        password = new_password(args.name)  # asked for before the database is opened
    services = open_services_for(args)
    try:
        users = services.users
        command = args.users_command
        if command == "add":
            row = users.add(args.name, args.role, password)
            print(f"已添加用户：{row.name}（{role_name(row.role)}）", file=out)
        elif command == "set-role":
            row = users.set_role(args.name, args.role)
            print(f"已修改角色：{row.name}（{role_name(row.role)}）", file=out)
        elif command == "reset-password":
            row = users.reset_password(args.name, password)
            print(f"已重设密码：{row.name}", file=out)
        elif command in ("deactivate", "activate"):
            row = users.set_active(args.name, command == "activate")
            print(f"已{'启用' if row.active else '停用'}用户：{row.name}", file=out)
        else:
            rows = users.list()
            if args.format == "json":
                print_json(
                    [
                        {
                            "name": r.name,
                            "role": r.role,
                            "role_label": role_name(r.role),
                            "active": r.active,
                            "locked_until": r.locked_until.isoformat() if r.locked_until else None,
                            "last_sign_in": r.last_sign_in.isoformat() if r.last_sign_in else None,
                        }
                        for r in rows
                    ],
                    out,
                )
            else:
                for r in rows:
                    state = "在用" if r.active else "已停用"
                    print(f"{r.name}  {role_name(r.role)}  {state}", file=out)
                print(f"共{len(rows)}个用户。", file=out)
    finally:
        services.dispose()
    return EXIT_OK
