"""Texts of one feature: importing enterprises and accidents (see ``gaotai_desktop.texts``)."""

from __future__ import annotations

from typing import Any

from . import *  # the texts before this feature (they may extend its tables)
from . import _fmt

#: Name of each import kind (for texts such as "这似乎是事故导入文件").
IMPORT_KIND_NAMES: dict[str, str] = {"enterprises": "企业", "incidents": "事故"}


def import_text(code: str, detail: dict[str, Any]) -> str:
    """Text of an import code (problem or notice) without row and column."""
    template = IMPORT_TEXTS.get(code) or VALIDATION_TEXTS.get(code) or code
    return _fmt(template, detail)


def import_header_text(header_row: int, skipped_rows: tuple[int, ...] | list[int] = ()) -> str:
    """``表头：第3行（其上方第1–2行的标题或说明未导入）`` (empty when the file was not read)."""
    if header_row <= 0:
        return ""
    if not skipped_rows:
        return f"表头：第{header_row}行"
    numbers = list(skipped_rows)
    if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        listed = f"{numbers[0]}–{numbers[-1]}"
    else:
        listed = "、".join(str(n) for n in numbers)
    return f"表头：第{header_row}行（其上方第{listed}行的标题或说明未导入）"


def import_problems_summary(count: int) -> str:
    """What an import with problems did: nothing (never "新增 0 家")."""
    return f"未导入：发现{count}处问题，须全部改正后才能导入，未写入任何数据。"


def import_preview_summary(preview: Any) -> str:
    """The preview's summary: the file's rows and header row, then what the import would do, or
    that nothing can be imported because of problems.

    ``preview`` is a ``services.importing.ImportPreview``.
    """
    head = f"文件共 {preview.total_rows} 行数据"
    header = import_header_text(preview.header_row, preview.skipped_rows)
    head = f"{head}，{header}" if header else head
    if preview.problems:
        return f"{head}。{import_problems_summary(len(preview.problems))}"
    if preview.kind == "enterprises":
        return (
            f"{head}；新增企业 {preview.new} 家，"
            f"与已登记相同 {preview.unchanged} 家，与已登记不同 {len(preview.differences)} 家。"
        )
    return (
        f"{head}；新增事故 {preview.new_accidents} 起、"
        f"伤者 {preview.new_persons} 人；已导入过的 {preview.unchanged} 行将跳过；"
        f"与已登记不同 {len(preview.differences)} 起。"
    )


def import_result_text(result: Any) -> str:
    """What an import did, one sentence (the command line prints it, the window shows it).

    ``result`` is a ``services.importing.ImportResult``; a header found below row 1 is named.
    """
    header_row = getattr(result, "header_row", 1)
    skipped = tuple(getattr(result, "skipped_rows", ()))
    where = f"（{import_header_text(header_row, skipped)}）" if header_row != 1 or skipped else ""
    if result.kind == "enterprises":
        return (
            f"导入完成{where}：新增企业{result.created}家，更新{result.updated}家，"
            f"跳过未变化{result.skipped}家。"
        )
    updated = f"更新事故{result.updated}起，" if result.updated else ""
    return (
        f"导入完成{where}：新增事故{result.accidents}起、伤者{result.persons}人，{updated}"
        f"跳过已存在{result.skipped}行。"
    )


def import_rows_caption(preview: Any) -> str:
    """Above the file's rows in the preview: how many are shown, and what the red rows mean."""
    shown = len(preview.rows)
    head = (
        f"文件的前 {shown} 行数据（共 {preview.total_rows} 行）"
        if shown < preview.total_rows
        else f"文件的全部 {shown} 行数据"
    )
    bad = len(preview.problem_rows)
    if not bad:
        return f"{head}，按读取结果显示。"
    return f"{head}，按读取结果显示；{bad} 行有问题，标为红色（有问题的单元格颜色更深，悬停可看原因）。"


#: Headers of the problem list sent back to whoever filled the sheet (.xlsx).
IMPORT_PROBLEM_HEADERS: tuple[str, ...] = ("行号", "列", "单元格内容", "问题")


def import_problem_text(problem: Any) -> str:
    """``第5行 “统一社会信用代码”：校验位错误：应为“L”，实际为“M”``.

    ``problem`` is a ``domain.errors.ImportProblem`` (``row``, ``column``, ``code``, ``detail``).
    """
    reason = import_text(problem.code, dict(problem.detail or {}))
    where = ""
    if problem.row is not None:
        where = f"第{problem.row}行"
    if problem.column:
        where = f"{where} “{problem.column}”" if where else f"“{problem.column}”"
    return f"{where}：{reason}" if where else reason
