"""Blank import templates (``.xlsx``): the header row, text-formatted long-number columns, drop-down
lists for the fixed choices and a second sheet "填写说明" explaining every column.

The header texts come from :mod:`gaotai_desktop.domain.import_format`, which the importer reads
too, so a filled-in template always imports. Choice lists default to the county's reference data
(:mod:`gaotai_desktop.domain.reference`); pass the database's lists (townships, categories) to
follow local edits.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, BinaryIO

from ..domain.import_format import (
    COLUMNS,
    DATE_COLUMNS,
    INCIDENTS,
    KINDS,
    REQUIRED_COLUMNS,
    TEXT_COLUMNS,
)
from ..domain.reference import ACCIDENT_CATEGORIES, SEVERITIES, TOWNSHIPS
from ..domain.tiers import Outcome

#: Rows below the header that are pre-formatted (text columns, date column, drop-downs).
TEMPLATE_ROWS = 2_000
DATA_SHEET_TITLES = {"enterprises": "企业名单", "incidents": "工伤事故"}
HELP_SHEET_TITLE = "填写说明"
HEADER_FILL = "DDEBF7"

#: Column widths (characters; CJK characters count about two).
WIDTHS: dict[str, float] = {
    "统一社会信用代码": 22,
    "企业名称": 34,
    "行业": 22,
    "所属乡镇": 12,
    "行业主管部门": 22,
    "法定代表人": 12,
    "联系人": 12,
    "联系电话": 16,
    "地址": 40,
    "职业病危害隐患": 16,
    "隐患发现日期": 13,
    "隐患发现单位": 22,
    "隐患内容": 30,
    "隐患文书编号": 20,
    "事故编号": 16,
    "事故日期": 13,
    "事故地点": 22,
    "事故类别": 14,
    "事故经过": 44,
    "伤者姓名": 12,
    "身份证号": 22,
    "伤害程度": 10,
    "认定结论": 12,
}


def _explanations(
    townships: Sequence[str], categories: Sequence[str]
) -> dict[str, tuple[str, str]]:
    """header -> (what to enter, allowed values / format)."""
    outcomes = "、".join(o.value for o in Outcome)
    return {
        "统一社会信用代码": (
            "18位统一社会信用代码（营业执照上的代码），程序会核对校验位",
            "文本格式；不含 I、O、S、V、Z；例如 91620724MA01AB2C3L",
        ),
        "企业名称": ("企业全称，与营业执照一致", "必填"),
        "行业": ("国民经济行业门类，例如 建筑业、制造业", "可空"),
        "所属乡镇": ("企业所在乡镇（属地）", "可空；可选：" + "、".join(townships)),
        "行业主管部门": ("负责该企业的行业主管部门，例如 县住房和城乡建设局", "可空"),
        "法定代表人": ("法定代表人姓名", "可空"),
        "联系人": ("企业工伤预防工作联系人", "可空"),
        "联系电话": ("联系人电话，固定电话请带区号，例如 0936-6651234", "文本格式；可空"),
        "地址": ("企业地址", "可空"),
        "职业病危害隐患": (
            "是否存在职业病危害隐患（例如卫健部门检查发现）；“是”即为橙色预警",
            "是 / 否；空白按“否”处理",
        ),
        "隐患发现日期": (
            "发现隐患的日期（检查日期或文书日期），不能晚于今天；文书中写明",
            "YYYY-MM-DD，例如 2026-06-18；也可以是 Excel 日期；可空（空白时文书不写日期）",
        ),
        "隐患发现单位": (
            "哪次检查或哪个部门发现的，例如 县卫生健康局监督检查",
            "可空（空白时文书不写来源）",
        ),
        "隐患内容": ("发现的职业病危害隐患是什么，例如 粉碎车间粉尘浓度超标", "可空"),
        "隐患文书编号": ("检查意见书等文书的编号，例如 高卫监〔2026〕15号", "文本格式；可空"),
        "事故编号": (
            "事故编号；同一起事故的多名伤者各占一行，填写相同的事故编号",
            "文本格式；可空（空白表示该行单独为一起事故）",
        ),
        "事故日期": (
            "事故发生日期，不能晚于今天",
            "YYYY-MM-DD，例如 2026-03-05；也可以是 Excel 日期",
        ),
        "事故地点": ("事故发生地点", "可空；同一事故编号的各行须一致"),
        "事故类别": ("事故类别（GB 6441）", "可空；可选：" + "、".join(categories)),
        "事故经过": ("事故简要经过", "可空"),
        "伤者姓名": ("受伤职工姓名，一行一人", "必填"),
        "身份证号": (
            "受伤职工的18位公民身份号码（个人敏感信息，请妥善保管）",
            "文本格式（不要让 Excel 存为数字，否则后三位会变成 0）；末位 X 大小写均可；可空",
        ),
        "伤害程度": ("伤害程度", "可空；可选：" + "、".join(SEVERITIES)),
        "认定结论": ("工伤认定结论", f"可选：{outcomes}；空白按“待认定”处理"),
    }


def _choices(
    header: str, townships: Sequence[str], categories: Sequence[str]
) -> Sequence[str] | None:
    return {
        "所属乡镇": townships,
        "职业病危害隐患": ("是", "否"),
        "事故类别": categories,
        "伤害程度": SEVERITIES,
        "认定结论": tuple(o.value for o in Outcome),
    }.get(header)


def write_template(
    kind: str,
    path: str | os.PathLike[str] | BinaryIO,
    *,
    townships: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
    rows: int = TEMPLATE_ROWS,
) -> str | os.PathLike[str] | BinaryIO:
    """Write a blank import template for ``kind`` ("enterprises" or "incidents") to ``path`` (a
    file name or a binary file object); returns ``path``."""
    from openpyxl import Workbook

    if kind not in KINDS:
        raise ValueError(f"unknown template kind {kind!r} (expected one of {KINDS})")
    townships = tuple(townships or TOWNSHIPS)
    categories = tuple(categories or ACCIDENT_CATEGORIES)
    wb = Workbook()
    ws = wb.active
    ws.title = DATA_SHEET_TITLES[kind]
    _fill_data_sheet(ws, kind, townships, categories, rows)
    _fill_help_sheet(wb.create_sheet(HELP_SHEET_TITLE), kind, townships, categories)
    wb.save(path)
    return path


def _fill_data_sheet(
    ws: Any, kind: str, townships: Sequence[str], categories: Sequence[str], rows: int
) -> None:
    """The header row, column widths, text and date formats, and the drop-down lists."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    for col, header in enumerate((h for h, _ in COLUMNS[kind]), start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = WIDTHS.get(header, 14)
        number_format = None
        if header in TEXT_COLUMNS:
            number_format = "@"
        elif header in DATE_COLUMNS:
            number_format = "yyyy-mm-dd"
        if number_format:
            for r in range(2, rows + 2):
                ws.cell(row=r, column=col).number_format = number_format
        if _choices(header, townships, categories):
            # The list lives on the help sheet (an inline list is limited to 255 characters).
            dv = DataValidation(
                type="list",
                formula1=_choice_range(kind, header, townships, categories),
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="不在可选范围内",
                error="请从下拉列表中选择，可选值见“填写说明”工作表",
            )
            dv.add(f"{letter}2:{letter}{rows + 1}")
            ws.add_data_validation(dv)
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 22


def _fill_help_sheet(
    help_ws: Any, kind: str, townships: Sequence[str], categories: Sequence[str]
) -> None:
    """填写说明: every column explained, the general rules, and the choice lists (F onwards)."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    required = set(REQUIRED_COLUMNS[kind])
    explanations = _explanations(townships, categories)
    help_ws.append(["列名", "是否必填", "填写内容", "格式与可选值"])
    for cell in help_ws[1]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    for header, _ in COLUMNS[kind]:
        what, allowed = explanations[header]
        help_ws.append([header, "必填" if header in required else "选填", what, allowed])
    help_ws.append([])
    help_ws.append(["说明"])
    help_ws.cell(row=help_ws.max_row, column=1).font = bold
    for line in _general_rules(kind):
        help_ws.append([line])
    for offset, (title, values) in enumerate(_choice_lists(kind, townships, categories)):
        col = 6 + offset
        help_ws.cell(row=1, column=col, value=title).font = bold
        for r, value in enumerate(values, start=2):
            help_ws.cell(row=r, column=col, value=value)
        help_ws.column_dimensions[get_column_letter(col)].width = 14
    for letter, width in zip("ABCD", (18, 10, 50, 60), strict=True):
        help_ws.column_dimensions[letter].width = width
    for row in help_ws.iter_rows(min_row=2, max_col=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    help_ws.freeze_panes = "A2"


def _general_rules(kind: str) -> list[str]:
    general = [
        "第一行是表头，请勿修改列名；列的顺序可以调整，多出的列导入时会被忽略。",
        "每次导入要么全部成功，要么一行也不写入；有问题的行会列出行号、列名和原因。",
        "重复导入同一文件不会产生重复记录。",
    ]
    if kind == INCIDENTS:
        general.insert(
            1,
            "一行填写一名伤者；同一起事故的多名伤者填写相同的事故编号，企业、日期、地点须一致。"
            "企业须先在企业名单中登记。",
        )
    else:
        general.insert(1, "每家企业一行，统一社会信用代码不能重复。")
    return general


def _choice_lists(
    kind: str, townships: Sequence[str], categories: Sequence[str]
) -> list[tuple[str, Sequence[str]]]:
    out: list[tuple[str, Sequence[str]]] = []
    for header, _ in COLUMNS[kind]:
        choices = _choices(header, townships, categories)
        if choices:
            out.append((header, choices))
    return out


def _choice_range(
    kind: str,
    header: str,
    townships: Sequence[str],
    categories: Sequence[str],
) -> str:
    from openpyxl.utils import get_column_letter, quote_sheetname

    lists = _choice_lists(kind, townships, categories)
    for offset, (title, values) in enumerate(lists):
        if title == header:
            letter = get_column_letter(6 + offset)
            return f"{quote_sheetname(HELP_SHEET_TITLE)}!${letter}$2:${letter}${len(values) + 1}"
    raise KeyError(header)
