"""Texts of one feature: recognition cases' documents, home-visit intake, 调查笔录 (see ``gaotai_desktop.texts``)."""

from __future__ import annotations

from . import *  # the texts before this feature (they may extend its tables)
from .safety import AUDIT_TABLE_NAMES

# -- recognition cases: documents, home-visit intake, 调查笔录 ------------------------------------
CASE_DOCUMENT_NAMES: dict[str, str] = CASE_DOCUMENT_LABELS
FIELD_NAMES.update(
    {
        "case_document": "案件文书",
        "investigation_place": "调查地点",
        "investigation_staff1": "调查人（一）姓名",
        "investigation_cert1": "调查人（一）执法证号",
        "investigation_staff2": "调查人（二）姓名",
        "investigation_cert2": "调查人（二）执法证号",
        "investigation_person": "被调查人姓名",
        "investigation_id": "被调查人身份证号",
        "investigation_qa": "问答内容",
        "investigation_time": "调查时间",
    }
)
VALIDATION_TEXTS.update(
    {
        "case_document_unavailable": "该案件尚未办理到可出具这份文书的步骤",
        "investigation_end_before_start": "结束时间早于开始时间",
    }
)
WHAT_NAMES["investigation_record"] = "调查笔录"
AUDIT_TABLE_NAMES.update({"case_document": "工伤认定文书", "investigation_record": "调查笔录"})
HOME_VISIT_TITLE = "上门受理工伤认定申请"
HOME_VISIT_EMPLOYER_HINT = "输入企业名称中的字，或18位统一社会信用代码"
INVESTIGATION_TITLE = "调查笔录"
#: ``cases record`` (the command line's 调查笔录).
RECORD_CLI_TEXTS: dict[str, str] = {
    "time_format": "时间“{value}”格式不对，应为 YYYY-MM-DD HH:MM（例如 2026-09-05 09:30）",
    "staff_format": "调查人“{value}”格式不对，应为 姓名:执法证号（例如 张明:62072400123）",
    "staff_count": "调查人须为两名：请写两次 --staff 姓名:执法证号",
    "qa_missing": "问答文件“{path}”不存在或无法读取",
    "qa_encoding": "问答文件“{path}”不是 UTF-8 或 GBK 编码的文本文件",
    "blank_fields": "--blank 打印空白调查笔录，不能同时填写笔录内容（只需 CASE 和 -o）",
    "record_needs": "请填写 {fields}（或用 --blank 打印空白调查笔录）",
    "saved": "已保存调查笔录：{person}，{started}，{questions}问{answers}答（含开头的告知）",
    "written": "已输出到 {path}",
}


def case_document_file_name(worker: str, kind: str) -> str:
    """The suggested file name of a case document (worker's name and the document's name)."""
    return f"{worker}_{CASE_DOCUMENT_NAMES.get(kind, kind)}.pdf"


def case_document_issued_text(doc_no: str, title: str) -> str:
    return f"{title}（{doc_no}）已出具，连同送达回证一并打开。"


def investigation_saved_text(person: str, count: int) -> str:
    return f"已保存对{person}的调查笔录（{count} 个问答）。"


INVESTIGATION_GENDERS: tuple[str, ...] = ("", "男", "女")


def investigation_case_text(worker: str, employer: str) -> str:
    return f"案件：{worker}　用人单位：{employer}"


def investigation_preview_title(worker: str, blank: bool) -> str:
    return f"调查笔录（{worker}）" + ("（空白）" if blank else "")


CASE_DOCUMENT_MENU_INVESTIGATION = "调查笔录(&I)…"
CASE_DOCUMENT_MENU_BLANK = "空白调查笔录(&B)…"
CASE_DOCUMENT_MENU_NONE = "（该案件尚无可出具的文书）"


def server_backup_done_text(path: object) -> str:
    """``backup -o FILE`` of a database on a PostgreSQL server."""
    return f"已用 pg_dump 备份到“{path}”（PostgreSQL 自定义格式，已用 pg_restore 读过一遍；恢复请由管理员用 pg_restore）。"
