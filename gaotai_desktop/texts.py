"""The one place where error codes become Chinese sentences (Qt-free: used by the CLI and the UI).

``ui/messages.py`` presents these texts in message boxes and the status bar; the CLI prints them.
"""

from __future__ import annotations

from typing import Any

from .domain.errors import (
    Conflict,
    FontError,
    IllegalTransition,
    MissingGlyphs,
    NotFound,
    PermissionDenied,
    StorageError,
    TemplateFault,
    ValidationError,
)

#: Chinese names of fields (form labels and import columns use the same words).
FIELD_NAMES: dict[str, str] = {
    "uscc": "统一社会信用代码",
    "name": "企业名称",
    "industry": "行业",
    "township": "所属乡镇",
    "authority": "行业主管部门",
    "legal_representative": "法定代表人",
    "contact_person": "联系人",
    "phone": "联系电话",
    "address": "地址",
    "hazard": "职业病危害隐患",
    "hazard_date": "隐患认定日期",
    "hazard_source": "隐患来源",
    "hazard_reference": "隐患文书编号",
    "accident_no": "事故编号",
    "occurred_on": "事故日期",
    "place": "事故地点",
    "category": "事故类别",
    "description": "事故经过",
    "person_name": "伤者姓名",
    "id_number": "身份证号",
    "severity": "伤害程度",
    "outcome": "认定结论",
    "persons": "伤者",
    "as_of": "统计截止日期",
    "void_reason": "作废原因",
    "doc_no": "文号",
    "kind": "文书种类",
    "issue_date": "成文日期",
}

VALIDATION_TEXTS: dict[str, str] = {
    "required": "不能为空",
    "length": "应为{expected}位，实际为{actual}位",
    "bad_char": "含有不允许的字符“{chars}”（第{positions}位）",
    "check": "校验位错误：应为“{expected}”，实际为“{actual}”",
    "birth_date": "出生日期“{value}”不是有效日期或晚于今天",
    "numeric_cell": "单元格被 Excel 存为数字（{value}），长号码的后几位已丢失；请把该列设置为“文本”格式后重新输入",
    "unknown_choice": "“{value}”不在可选范围内（可选：{choices}）",
    "date_format": "“{value}”不是有效日期，应为 YYYY-MM-DD（例如 2026-03-05）",
    "date_future": "日期{value}晚于今天",
    "too_long": "过长（最多{max}个字符）",
    "bool": "“{value}”应填“是”或“否”",
    "no_persons": "至少需要一名伤者",
    "unknown_enterprise": "企业未登记：{value} 不在企业名单中，请先录入或导入该企业",
    "format": "格式不正确：{value}",
    "unknown": "未知的取值：{kind}",
}

CONFLICT_TEXTS: dict[str, str] = {
    "duplicate_uscc": "统一社会信用代码 {uscc} 已登记为“{name}”",
    "stale": "该记录已被他人修改，请刷新后重试",
    "deleted": "该记录已被删除",
    "duplicate_accident_no": "事故编号“{accident_no}”已被另一起事故使用",
    "already_corrected": "文书 {doc_no} 已由 {by} 更正，不能再次更正；如需再改，请更正 {by}",
}

#: Names of document and warning states (``domain.documents``), for IllegalTransition texts.
STATE_NAMES: dict[str, str] = {
    "issued": "已下发",
    "printed": "已打印",
    "corrected": "已更正",
    "delivered": "已送达",
    "feedback_received": "已反馈",
    "closed": "已办结",
    "reopened": "已重新打开",
}

STORAGE_TEXTS: dict[str, str] = {
    "newer_schema": "数据库由更新版本的程序创建（版本 {revision}），本程序无法打开。请升级程序后再试，或联系管理员。",
    "unreadable": "无法读取数据库文件，文件可能已损坏或不是本程序的数据库：{detail}",
    "locked": "数据库正被其他窗口或电脑占用，请稍后重试：{detail}",
    "operational": "数据库操作失败：{detail}",
    "integrity": "数据库完整性检查未通过：{detail}",
    "foreign_keys": "数据库外键检查未通过：{detail}",
    "no_folder": "数据库所在文件夹不存在：{path}",
}

WHAT_NAMES: dict[str, str] = {"enterprise": "企业", "accident": "事故", "document": "文书"}


def _fmt(template: str, detail: dict[str, Any]) -> str:
    try:
        values = {
            k: ("、".join(str(x) for x in v) if isinstance(v, list | tuple) else v)
            for k, v in detail.items()
        }
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def field_name(field: str) -> str:
    return FIELD_NAMES.get(field, field)


def validation_text(err: ValidationError, with_field: bool = True) -> str:
    reason = _fmt(VALIDATION_TEXTS.get(err.code, err.code), err.detail)
    return f"{field_name(err.field)}：{reason}" if with_field else reason


def os_error_text(err: OSError) -> str:
    """The environment failed while reading or writing a file: which file, and what to do."""
    name = f"“{err.filename}”" if err.filename else ""
    return (
        f"无法读写文件{name}：{err.strerror or err}。请检查文件是否被其他程序打开、磁盘是否已满。"
    )


def error_text(err: BaseException) -> str:
    """A Chinese sentence for any expected error (``GaotaiError`` or ``OSError``)."""
    if isinstance(err, OSError):
        return os_error_text(err)
    if isinstance(err, ValidationError):
        return validation_text(err)
    if isinstance(err, Conflict):
        return _fmt(CONFLICT_TEXTS.get(err.code, err.code), err.detail)
    if isinstance(err, StorageError):
        return _fmt(STORAGE_TEXTS.get(err.code, err.code), err.detail)
    if isinstance(err, NotFound):
        return f"未找到{WHAT_NAMES.get(err.what, err.what)}：{err.key}"
    if isinstance(err, MissingGlyphs):
        chars = "、".join(f"“{c}”（U+{ord(c):04X}）" for c in err.chars)
        return (
            f"字体“{err.font}”中缺少以下字符，打印时会成为空白，已停止下发：{chars}。"
            "请改用常用字或在设置中选择包含这些字符的字体。"
        )
    if isinstance(err, FontError | TemplateFault):
        return f"文书字体或模板有误，请联系管理员：{err}"
    if isinstance(err, IllegalTransition):
        what = "文书" if err.machine == "document" else "预警"
        current = STATE_NAMES.get(err.current, err.current)
        target = STATE_NAMES.get(err.target, err.target)
        needs = "或".join(f"“{STATE_NAMES.get(n, n)}”" for n in err.needs)
        first = f"须先成为{needs}" if needs else "没有可以到达的途径"
        return f"{what}当前为“{current}”，不能改为“{target}”：{first}"
    if isinstance(err, PermissionDenied):
        return f"当前用户（{err.role}）无权执行此操作：{err.action}"
    return str(err)


#: Import problems and notices (codes from ``services.importing`` and ``files.spreadsheets``).
#: Validation codes of single cells (``check``, ``birth_date``, ``numeric_cell`` ...) use
#: :data:`VALIDATION_TEXTS`.
IMPORT_TEXTS: dict[str, str] = {
    # the file as a whole (files.spreadsheets)
    "not_found": "无法打开文件“{name}”：{detail}",
    "not_spreadsheet": "文件“{name}”不是 Excel 工作簿（.xlsx）或 CSV 表格文件，无法导入",
    "xls_format": "文件“{name}”是旧版 Excel（.xls）格式；请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再导入",
    "empty": "文件“{name}”是空的，没有表头行",
    "too_large": "文件“{name}”过大（{size_mb} MB），最大允许 {max_mb} MB；请拆分后分批导入",
    "too_many_rows": "文件的数据行超过 {max} 行；请拆分后分批导入",
    "encoding": "无法识别文件“{name}”的文字编码；请另存为“CSV UTF-8（逗号分隔）”或 Excel 工作簿（.xlsx）后再导入",
    "unreadable": "文件“{name}”已损坏或无法读取：{detail}",
    # the header row
    "missing_columns": "缺少必需的列：{missing}。应有的列：{expected}；文件中的列：{found}",
    "wrong_kind": "这似乎是{found}导入文件（含有{columns}等列），不是{expected}导入文件；请检查是否选错了文件或导入类型",
    "duplicate_column": "表头“{column}”出现了不止一次（第{columns}列）",
    "no_rows": "文件中只有表头，没有数据行",
    # rows
    "duplicate_uscc": "统一社会信用代码 {uscc} 在文件中重复出现（第{rows}行），每家企业只能有一行",
    "duplicate_row": "与第{rows}行完全相同（同一事故的同一伤者重复出现）",
    "duplicate_person": "与第{first_row}行是同一事故（{accident_no}）的同一伤者（身份证号相同）",
    "unknown_enterprise": "企业未登记：统一社会信用代码 {uscc} 不在企业名单中，请先导入或录入该企业",
    "enterprise_deleted": "企业“{name}”（{uscc}）已被删除，请先恢复该企业",
    "accident_mismatch": "事故编号“{accident_no}”在第{first_row}行为“{first_value}”，本行为“{value}”；同一事故的各行必须一致",
    "accident_enterprise_mismatch": "事故编号“{accident_no}”已登记在另一家企业“{name}”（{uscc}）名下，请核对事故编号",
    # notices (not problems: the import goes ahead)
    "notice_extra_columns": "以下列不属于导入格式，已忽略：{columns}",
    "notice_missing_columns": "文件中没有以下列，相应信息按空值处理（已登记企业的这些信息不会被修改）：{columns}",
    "notice_missing_columns_incidents": "文件中没有以下列，相应信息按空值处理：{columns}",
    "notice_differences": "有 {count} 家已登记企业的信息与文件不同，未作修改；如需以文件为准更新，请选择“更新已登记企业”",
    "notice_differences_update": "有 {count} 家已登记企业的信息将按文件更新（其中 {restored} 家已删除的企业将被恢复）",
    "notice_accident_values": "事故编号“{accident_no}”的各行“{column}”不一致（{values}），已采用第{row}行的“{value}”",
    "notice_more": "……另有 {count} 条类似提示",
    "notice_existing_accidents": "有 {count} 起事故（{rows} 行）已在数据库中，已跳过",
}

#: Name of each import kind (for texts such as "这似乎是事故导入文件").
IMPORT_KIND_NAMES: dict[str, str] = {"enterprises": "企业", "incidents": "事故"}


def import_text(code: str, detail: dict[str, Any]) -> str:
    """Text of an import code (problem or notice) without row and column."""
    template = IMPORT_TEXTS.get(code) or VALIDATION_TEXTS.get(code) or code
    return _fmt(template, detail)


def import_problem_text(problem: Any) -> str:
    """``第5行 “统一社会信用代码”：校验位错误：应为“L”，实际为“M”``.

    ``problem`` is a ``services.importing.ImportProblem`` (``row``, ``column``, ``code``, ``detail``).
    """
    reason = import_text(problem.code, dict(problem.detail or {}))
    where = ""
    if problem.row is not None:
        where = f"第{problem.row}行"
    if problem.column:
        where = f"{where} “{problem.column}”" if where else f"“{problem.column}”"
    return f"{where}：{reason}" if where else reason
