"""argparse in Chinese: the usage line, the help's section titles and the usage errors.

argparse writes its own words in English ("usage:", "error: unrecognized arguments"). The
program's users read Chinese, so :class:`Parser` (used for the commands and every subcommand)
prints "用法：" and "错误：" and translates the handful of usage errors argparse makes; a message
it does not know is shown as argparse wrote it. Usage errors still exit 2.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

#: argparse's usage errors (Python 3.11–3.13 wording) and their Chinese.
_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"^unrecognized arguments: (?P<a>.*)$", "无法识别的参数：{a}"),
        (r"^the following arguments are required: (?P<a>.*)$", "缺少必需的参数：{a}"),
        (r"^one of the arguments (?P<a>.*) is required$", "须在以下参数中给出一个：{a}"),
        (r"^expected one argument$", "需要一个值"),
        (r"^expected at least one argument$", "至少需要一个值"),
        (r"^expected (?P<n>\d+) arguments?$", "需要 {n} 个值"),
        (r"^invalid choice: (?P<v>.*?) \(choose from (?P<c>.*)\)$", "无效的选项 {v}（可选：{c}）"),
        (r"^invalid (?P<t>\S+) value: (?P<v>.*)$", "无效的值 {v}"),
        (r"^not allowed with argument (?P<a>.*)$", "不能与 {a} 同时使用"),
        (r"^ignored explicit argument (?P<v>.*)$", "多余的值 {v}"),
        (r"^ambiguous option: (?P<a>\S+) could match (?P<m>.*)$", "选项 {a} 不明确，可能是：{m}"),
    )
)
_ARGUMENT = re.compile(r"^argument (?P<name>.+?): (?P<rest>.*)$", re.S)


def chinese_error(message: str) -> str:
    """argparse's ``message`` in Chinese (as it is when not one of argparse's own)."""
    prefix = ""
    m = _ARGUMENT.match(message)
    if m:
        prefix, message = f"参数 {m['name']}：", m["rest"]
    for pattern, text in _ERRORS:
        found = pattern.match(message)
        if found:
            return prefix + text.format(**found.groupdict())
    return prefix + message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` speaking Chinese (its subcommands' parsers are of this class too)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{chinese_error(message)}\n")
