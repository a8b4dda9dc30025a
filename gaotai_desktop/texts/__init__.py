"""The one place where error codes become Chinese sentences (Qt-free: used by the CLI and the UI).

``ui/messages.py`` presents these texts in message boxes and the status bar; the CLI prints them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..domain.dates import WEEKDAYS, chinese_date
from ..domain.deadlines import Due
from ..domain.documents import CASE_DOCUMENT_LABELS
from ..domain.errors import (
    Conflict,
    FontError,
    IllegalTransition,
    MissingGlyphs,
    MissingLetterFacts,
    NotFound,
    PermissionDenied,
    SignInFailed,
    StorageError,
    TemplateFault,
    ValidationError,
)
from ..domain.tiers import TIER_LABELS

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
    "hazard_date": "隐患发现日期",
    "hazard_source": "隐患发现单位",
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
    "deleted_reason": "删除原因",
    "doc_no": "文号",
    "kind": "文书种类",
    "output": "输出文件",
    "enterprises": "企业数量",
    "incidents": "伤者行数",
    "issue_date": "成文日期",
    "hazard_description": "隐患内容",
    "authority_address": "送达地址",
    "authority_contact": "联系人及电话",
    "setting": "办公设置",
    "interview": "约谈时间",
    "holidays": "节假日安排",
    "deadline_days": "期限天数",
    "interview_hours": "约谈时段",
    "interview_slot_minutes": "每场约谈时长",
    "interview_place": "约谈地点",
    "feedback_days": "书面反馈期限",
    "report_days": "书面报告期限",
    "plan_days": "整改方案期限",
    # the closed loop
    "delivered_on": "送达日期",
    "delivery_method": "送达方式",
    "recipient": "签收人",
    "refusal_reason": "拒收理由",
    "witness": "见证人",
    "feedback_text": "反馈内容",
    "feedback_on": "反馈日期",
    "evaluation": "评估结论",
    "evaluated_on": "评估日期",
    "new_due": "新的整改期限",
    "done_on": "办结日期",
    "lift_reason": "解除理由",
    "lifted_on": "解除日期",
    "held_at": "约谈时间",
    "interview_reason": "约谈事由",
    "inspection_kind": "检查类型",
    "inspected_on": "检查日期",
    "over_cap_reason": "超次数检查理由",
    "self_inspection_summary": "自查情况",
    "received_on": "收到日期",
    "attachment": "附件",
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
    "no_such_day": "“{value}”这一天不存在，请核对月份和日期",
    "too_long": "过长（最多{max}个字符）",
    "bool": "“{value}”应填“是”或“否”",
    "no_persons": "至少需要一名伤者",
    "unknown_enterprise": "企业未登记：{value} 不在企业名单中，请先录入或导入该企业",
    "format": "格式不正确：{value}",
    "unknown": "未知的取值：{kind}",
    "extension": "文件名应以 {expected} 结尾（{path}）",
    "positive": "应为大于 0 的整数（实际为 {value}）",
    # gaotai-desktop settings set KEY=VALUE (detail: key, value)
    "unknown_setting": "没有设置项“{key}”，未保存任何设置。可设置的项：{keys}",
    "setting_required": "设置项 {key} 不能为空，未保存任何设置",
    "setting_int": "设置项 {key} 应为大于 0 的整数（实际为“{value}”），未保存任何设置",
    "setting_bool": "设置项 {key} 应为“是”或“否”（实际为“{value}”），未保存任何设置",
    "setting_json": "设置项 {key} 应写成 JSON，例如 {example}（实际为“{value}”），未保存任何设置",
    "setting_time": "设置项 {key} 应为 时:分（例如 09:30，实际为“{value}”），未保存任何设置",
    # settings set holidays=... (detail: key, value, date as written, year)
    "setting_date_format": "设置项 {key} 中{year}年的“{date}”不是有效日期，应为 YYYY-MM-DD（例如 {year}-01-01），未保存任何设置",
    "setting_no_such_day": "设置项 {key} 中{year}年的“{date}”这一天不存在，请核对月份和日期，未保存任何设置",
    "setting_holiday_year": "设置项 {key} 中的“{date}”不在{year}年内，请写到该日期所在年份的安排中，未保存任何设置",
    "setting_holiday_both": "设置项 {key} 中的“{date}”既列为放假日又列为调休上班日，请核对国务院办公厅通知，未保存任何设置",
    "setting_holiday_weekday": "设置项 {key} 中的调休上班日“{date}”是{weekday}：调休上班日应为星期六或星期日，未保存任何设置",
    "setting_holiday_empty": "设置项 {key} 中{year}年没有放假日（每年至少有元旦），请按国务院办公厅通知录入全年的放假日，未保存任何设置",
    # the 办公设置 form (detail: key, value and what the code names)
    "setting_hours": "“{span}”不是约谈时段，应写成 开始-结束（例如 09:00-11:30），结束晚于开始，多段用逗号分开",
    "setting_slot_too_long": "每场约谈{value}分钟，放不进约谈时段“{span}”，请缩短时长或放宽时段",
    "holiday_line": "第{line}行“{value}”看不懂，应写成 日期 节日名称（例如 2027-01-01 元旦），或 起始日期至结束日期 节日名称；调休上班的日子写“上班”",
    "holiday_date": "第{line}行“{value}”中的日期不存在，请核对月份和日期",
    "holiday_range": "第{line}行“{value}”的日期范围不对：结束日期不能早于开始日期，一个假期不超过14天",
    "holiday_twice": "第{line}行“{value}”：{day}已在第{other}行写过",
    "holiday_work_weekday": "第{line}行“{value}”：{day}是周一至周五，本来就上班；“上班”只用于调休上班的周六、周日",
    "setting_phone": "设置项 {key} 应为电话号码（数字、“-”“转”，实际为“{value}”），未保存任何设置",
    "setting_prefix": "设置项 {key} 的文号前缀“{value}”不能含有空格或括号，末尾不能是数字（年份〔〕和序号由程序编排），未保存任何设置",
    "before_as_of": "{value}早于统计截止日期{as_of}：成文日期应为下发当天，不能早于统计截止日期",
    "before_issue_date": "{value}不晚于成文日期{issue_date}：约谈应安排在成文日期之后",
    "no_calendar": "{year}年的放假和调休安排尚未录入，无法确定{value}是否为工作日，文书未下发。请在办公设置的节假日安排中补充{year}年的安排（以国务院办公厅通知为准）后再下发",
    "range": "应为 1 至 {max} 之间的整数（实际为“{value}”）",
    "holiday_year": "“{value}”不在{year}年内",
    "holiday_both": "“{value}”既列为放假日又列为调休上班日",
    "holiday_weekday": "调休上班日“{value}”是{weekday}，应为星期六或星期日",
    "holiday_empty": "{year}年没有放假日",
    "slot_rest_day": "{value}不是工作日（周末或法定节假日），约谈不能安排在这一天",
    "slot_hours": "{value}不在约谈时段内：约谈时段为{hours}，每场{minutes}分钟，请选择其中一场的开始时间",
    "slot_room": "“{room}”不是办公设置中的约谈地点（可选：{rooms}）",
    "slot_taken": "{value}在“{room}”的约谈已安排给{holder_name}，每家企业单独约谈，请另选时间或地点",
    "no_slot": "自{value}起的办公时段内已没有空余的约谈时段，请增加约谈时段或约谈地点",
    "before_issue": "{value}早于成文日期{issue_date}：文书不能在成文之前送达",
    "before_delivery": "{value}早于送达日期{delivered_on}",
    "before_feedback": "{value}早于反馈日期{feedback_on}",
    "after_evaluation": "{value}应晚于评估日期{evaluated_on}",
    "inspection_cap": "{authority}{year}年已对该企业现场检查{count}次，达到每年{cap}次的上限；再次检查须填写理由",
    "too_large": "文件“{value}”超过{max}MB，请压缩或缩小后再附上",
}

CONFLICT_TEXTS: dict[str, str] = {
    "duplicate_uscc": "统一社会信用代码 {uscc} 已登记为“{name}”",
    "stale": "该记录已被他人修改，请刷新后重试",
    "deleted": "该记录已被删除",
    "duplicate_accident_no": "事故编号“{accident_no}”已被另一起事故使用",
    "demo_real_data": "数据库“{path}”中已有工作数据（企业{enterprises}家、事故{accidents}起），不能在其中生成演示数据，以免虚构的企业和伤者混入真实台账。请用 --demo 打开单独的演示数据库，或用 --db 指定一个新的数据库文件。",
    "demo_exists": "数据库“{path}”中已生成过演示数据（企业{enterprises}家），不再重复生成。如需重新生成，请先删除该演示数据库文件。",
    "duplicate_authority": "行业主管部门“{name}”已在名单中",
    "already_corrected": "文书 {doc_no} 已由 {by} 更正，不能再次更正；如需再改，请更正 {by}",
    # the closed loop (services.warnings)
    "already_delivered": "文书 {doc_no} 的送达已登记，不能重复登记",
    "delivery_corrected": "文书 {doc_no} 已被更正替代，请登记更正后文书的送达",
    "task_closed": "该事项已办结或已取消，不能再次办结",
    "task_is_answer": "该事项随企业的书面反馈办结：请登记整改反馈",
    "already_lifted": "该企业的限制评先评优已于{on}解除",
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

#: The step that brings a warning into a state (what must happen first).
WARNING_STEPS: dict[str, str] = {
    "issued": "下发预警文书",
    "delivered": "登记送达（送达回证）",
    "feedback_received": "登记企业的整改反馈",
    "closed": "评估为整改有效（办结）",
    "reopened": "评估为整改未见成效（重新整改）",
}

STORAGE_TEXTS: dict[str, str] = {
    "no_sync_crypto": "本程序的这次安装不含外出笔记本同步所需的加密组件（cryptography），无法同步：请用安装包（已含该组件）或用 pip 重新安装本程序（pip install gaotai-desktop）后再同步，其余功能不受影响。",
    "newer_schema": "数据库由更新版本的程序创建（版本 {revision}），本程序无法打开。请升级程序后再试，或联系管理员。",
    "unreadable": "无法读取数据库文件，文件可能已损坏或不是本程序的数据库：{detail}",
    "server": "无法连接数据库服务器“{url}”。请检查服务器地址、端口、用户名和密码以及网络是否连通，或联系管理员。（{detail}）",
    "locked": "数据库正被其他窗口或电脑占用，请稍后重试：{detail}",
    "operational": "数据库操作失败：{detail}",
    "integrity": "数据库完整性检查未通过：{detail}",
    "foreign_keys": "数据库外键检查未通过：{detail}",
    "no_folder": "数据库所在文件夹不存在：{path}",
    # opening a database file (data.health, data.engine)
    "is_directory": "“{path}”是一个文件夹，不是数据库文件。请指定数据库文件本身（例如该文件夹中的 gaotai.sqlite）。",
    "not_a_folder": "“{path}”不是文件夹，无法在其中打开或创建数据库。请检查数据库路径。",
    "not_sqlite": "文件“{path}”不是本程序的数据库（不是 SQLite 数据库文件），程序未做任何修改。请检查是否选错了文件；如数据库被覆盖，请从备份文件夹恢复备份，或联系管理员。",
    "cannot_open": "无法打开数据库文件“{path}”（{detail}）。请检查文件是否存在、是否有读写权限，或联系管理员。",
    "damaged": "数据库文件“{path}”已损坏（完整性检查未通过），为防止损坏扩大，程序没有打开它，也未写入任何内容。请从备份文件夹“{backups}”恢复最近的备份，或联系管理员。（{detail}）",
    "no_version": "数据库文件“{path}”缺少版本标记（alembic_version 表为空或已被删除），程序无法判断如何升级，未做任何修改。请从备份文件夹“{backups}”恢复备份，或联系管理员。",
    "unknown_schema": "数据库文件“{path}”的版本标记“{revision}”无法识别（本程序的最新版本为 {head}），程序未做任何修改。请确认使用的是正确的程序版本，或从备份文件夹“{backups}”恢复备份，或联系管理员。",
    "backup_failed": "升级数据库“{path}”前的备份失败，数据库未升级、未做任何修改：无法在备份文件夹“{backups}”写入完整的备份（{detail}）。请清理磁盘空间或检查该文件夹的权限后重试。",
    "migration_failed": "数据库“{path}”升级失败，本次升级已撤销，数据未改动（升级前的备份：{backup}）。请联系管理员。（{detail}）",
    "disk": "读写数据库文件“{path}”失败（{detail}）。请检查磁盘空间和磁盘状态后重试，或联系管理员。",
    # writing a user-chosen output file (files.output)
    "output_protected": "不能保存为“{path}”：这是程序正在使用的数据库或其备份（{protected}），覆盖会丢失数据。请选择其他文件名或文件夹。",
    "output_is_directory": "“{path}”是一个文件夹，请在其中指定要保存的文件名。",
    "output_no_folder": "无法保存“{path}”：文件夹“{folder}”不存在。请选择其他文件夹。",
    "output_failed": "无法保存文件“{path}”（{detail}），未留下不完整的文件。请清理磁盘空间、关闭正在使用该文件的程序或选择其他文件夹后重试。",
}

#: Chinese names of the office settings (``office_settings.OfficeSettings`` fields, as on the
#: 办公设置 form); ``prefix:<kind>`` names a document-number prefix.
OFFICE_SETTING_NAMES: dict[str, str] = {
    "issuing_body": "发文机关",
    "issuing_body_short": "发文机关简称",
    "contact_person": "联系人",
    "contact_phone": "联系电话",
    "address": "机关地址",
    "prefixes": "文号前缀",
    "rectification_days": "整改期限（天）",
    "feedback_days": "书面反馈期限（天）",
    "interview_days": "约谈日期（成文后天数）",
    "interview_place": "约谈地点",
    "font_body": "正文字体",
    "font_title": "标题字体",
    "font_heading1": "一级标题字体",
    "font_heading2": "二级标题字体",
    "first_run_done": "已完成首次设置",
    "plan_days": "整改方案期限（天）",
    "periodic_interview_months": "红色预警定期约谈间隔（月）",
    "inspection_yearly_cap": "同一部门每年现场检查同一企业次数上限",
    "interview_slot_minutes": "每场约谈时长（分钟）",
    "interview_hours": "约谈时段",
    "interview_rooms": "约谈地点（可多处）",
    "holidays": "节假日安排",
    "mechanism_doc_no": "预警机制文件文号",
    "award_restriction_until": "限制评先评优截止日期",
    "prefix:risk_notice": "文号前缀（风险提示函）",
    "prefix:rectification": "文号前缀（整改建议书）",
    "prefix:authority_notice": "文号前缀（通报行业主管部门函）",
    "prefix:county_bulletin": "文号前缀（全县通报）",
    "prefix:interview_notice": "文号前缀（约谈通知书）",
}


def office_setting_name(key: str) -> str:
    """``contact_person`` -> ``联系人``; ``prefix.risk_notice`` and ``rectification_days.red``
    (the command line's keys) are named too."""
    key = key.replace("prefix.", "prefix:")
    head, _, sub = key.partition(".")
    if sub and head in OFFICE_SETTING_NAMES:
        return f"{OFFICE_SETTING_NAMES[head]}（{sub}）"
    return OFFICE_SETTING_NAMES.get(key, key)


def interview_slot_intro(enterprise: str) -> str:
    return f"{enterprise}的一对一警示约谈（风险提示函和约谈通知书印同一场约谈）："


def interview_slot_hint(hours: str, minutes: int) -> str:
    return (
        f"约谈时段 {hours}，每场 {minutes} 分钟；每家企业单独一场，不能安排在周末或法定节假日。"
        "时段和地点在 设置 → 办公设置 → 约谈与节假日 中修改。"
    )


def interview_slot_text(at, room: str) -> str:
    """``2026-12-09 周三 09:00 工伤保险股会议室`` (the notice plan's 约谈安排 column)."""
    from ..domain.dates import weekday

    return f"{at:%Y-%m-%d} {weekday(at.date())} {at:%H:%M} {room}"


def draft_title(kind_label: str, enterprise: str, count: int) -> str:
    more = f" 等 {count} 份" if count > 1 else ""
    return f"草稿预览（未编号）- {kind_label} - {enterprise}{more}"


#: Documents listed one by one in the issue confirmation (the rest are counted).
ISSUE_LIST_MAX = 25


def issue_list_text(documents: list[tuple[str, Any, list[str]]]) -> str:
    """The issue confirmation's list: each document to be numbered, its kind, tier and
    enterprise(s): ``1. 工伤风险提示函（黄色预警）：高台县顺通物流有限公司``."""
    from ..domain.notices import KIND_LABELS

    lines = []
    for i, (kind, tier, names) in enumerate(documents[:ISSUE_LIST_MAX], 1):
        who = "、".join(names)
        lines.append(f"{i}. {KIND_LABELS.get(kind, kind)}（{TIER_LABELS[tier]}）：{who}")
    if len(documents) > ISSUE_LIST_MAX:
        lines.append(f"……另有 {len(documents) - ISSUE_LIST_MAX} 份（见预警通知列表）")
    return "将编号的文书：\n" + "\n".join(lines)


def holidays_hint(builtin_years: list[int]) -> str:
    """Under the holiday table of the 办公设置 form: which years the program knows."""
    years = "、".join(f"{y}年" for y in builtin_years)
    return (
        f"程序已内置{years}的放假和调休安排，这里只需录入以后各年（以国务院办公厅通知为准）；"
        "这里录入的年份以录入的为准。约谈日期遇到尚未录入的年份时，下发会提示补录。"
    )


def missing_letter_facts_text(fields: tuple[str, ...] | list[str]) -> str:
    """``办公设置缺少：联系人、联系电话。请在 设置 → 办公设置 中填写后再下发。``"""
    names = "、".join(office_setting_name(f) for f in fields)
    return f"办公设置缺少：{names}。请在 设置 → 办公设置 中填写后再下发。"


WHAT_NAMES: dict[str, str] = {
    "enterprise": "企业",
    "accident": "事故",
    "document": "文书",
    "authority": "行业主管部门",
    "warning": "预警",
    "task": "待办事项",
    "award_restriction": "限制评先评优记录",
}


def missing_hazard_facts_text(fields: tuple[str, ...] | list[str]) -> str:
    """``缺：隐患发现日期、发现单位`` (the notice plan's column for a hazard with gaps)."""
    return "缺：" + "、".join(field_name(f) for f in fields) if fields else ""


def _fmt(template: str, detail: dict[str, Any]) -> str:
    try:
        values = {
            k: ("、".join(str(x) for x in v) if isinstance(v, list | tuple) else v)
            for k, v in detail.items()
        }
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def stale_text(detail: dict[str, Any]) -> str:
    """Another desk saved the record first: who, when, and its values of the fields that differ
    from what this desk would save (``services.base.Database.check_version``)."""
    at = detail.get("at")
    when = (
        at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        if isinstance(at, dt.datetime)
        else ""
    )
    changes = detail.get("changes") or {}
    shown = "；".join(f"{field_name(k)}“{_shown_value(v)}”" for k, v in changes.items())
    theirs = f"已被他人修改：{shown}（对方的值）。" if shown else ""
    return (
        f"{CONFLICT_TEXTS['stale']}。{detail.get('by', '')}于{when}保存了该记录，本次未保存。"
        f"{theirs}您填写的内容仍在窗口中，请核对后重新保存。"
    )


def _shown_value(value: object) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


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
    if isinstance(err, Conflict) and err.code == "stale" and "by" in err.detail:
        return stale_text(err.detail)
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
    if isinstance(err, IllegalTransition) and err.machine == "case":
        return case_transition_text(err)
    if isinstance(err, IllegalTransition):
        what = "文书" if err.machine == "document" else "预警"
        current = STATE_NAMES.get(err.current, err.current)
        target = STATE_NAMES.get(err.target, err.target)
        if err.machine == "warning":
            steps = "或".join(WARNING_STEPS.get(n, STATE_NAMES.get(n, n)) for n in err.needs)
            first = f"须先{steps}" if steps else "没有可以到达的途径"
            return f"预警当前为“{current}”，不能{WARNING_STEPS.get(err.target, target)}：{first}"
        needs = "或".join(f"“{STATE_NAMES.get(n, n)}”" for n in err.needs)
        first = f"须先成为{needs}" if needs else "没有可以到达的途径"
        return f"{what}当前为“{current}”，不能改为“{target}”：{first}"
    if isinstance(err, MissingLetterFacts):
        return missing_letter_facts_text(err.fields)
    if isinstance(err, PermissionDenied):
        return permission_text(err)
    if isinstance(err, SignInFailed):
        return sign_in_text(err)
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
    # import hardening (files.spreadsheets and services.importing)
    "unpacked_too_large": "文件“{name}”中的“{part}”解压后达 {size_mb} MB，超过允许的 {max_mb} MB；文件可能已损坏或被恶意构造，已拒绝读取。请在 Excel 中打开后另存为新的工作簿，或拆分后再导入",
    "row_too_far": "文件“{name}”的工作表“{sheet}”在第{row}行还有内容，超过最多 {max} 行的限制；请删除表格下方多余的行，或拆分后分批导入",
    "csv_quote": '文件“{name}”第{line}行（第{row}条记录）的引号没有闭合：从该行起的 {lines} 行被并入了同一个单元格。请检查该行：单元格内的引号应写成两个双引号（""），或整个单元格用一对双引号括起；修正后再导入',
    "csv_malformed": '文件“{name}”第{line}行的引号用法不正确（{detail}）：用引号括起的单元格中，引号应写成两个双引号（""）；修正后再导入',
    "csv_field_too_long": "文件“{name}”第{line}行有一个单元格超过 {max} 个字符（常见原因是引号没有闭合）；请检查该行后再导入",
    "notice_header_row": "第{row}行是表头，其上方的第{skipped}行（标题或说明）未导入",
    "notice_other_sheet": "第一个工作表“{first}”是空的，已读取有数据的工作表“{sheet}”；如这不是要导入的数据，请取消导入",
    "notice_merged_filled": "工作表“{sheet}”中的合并单元格 {range} 已拆开：其值“{value}”已填入该区域的每一行，请核对",
    "notice_extra_columns_many": "以下 {count:,} 列不属于导入格式，已忽略：{columns}……等",
    "formula_no_value": "单元格是公式（{formula}），但文件中没有保存计算结果；请在 Excel 中打开该文件并保存后再导入，或把该列复制后“选择性粘贴—数值”",
    "invisible_char": "含有不可见的控制字符 U+{code}（{char_name}，第{position}个字符）；该字符会改变文字的显示或排序，请删除后再导入",
    "phone_numeric_cell": "单元格被 Excel 存为数字（{value}），开头的 0 可能已丢失；请把该列设置为“文本”格式后重新输入电话号码",
    "date_too_early": "日期{value}早于{min}，请核对",
    "duplicate_unnumbered": "与第{rows}行是同一事故的同一伤者（都没有事故编号，企业、事故日期和身份证号——无身份证号时为姓名——相同）；请合并为一行，或填写不同的事故编号",
    "notice_accident_differences": "有 {count} 起已登记事故的信息与文件不同，未作修改；如需以文件为准更新，请选择“更新已登记的记录”后再导入",
    "notice_accident_differences_update": "有 {count} 起已登记事故的信息将按文件更新",
    # list values (domain.choices): mapped variants and values the lists do not know
    "notice_choice_mapped": "{rows}“{column}”填写的“{typed}”已按列表记为“{value}”",
    "notice_choice_unknown": "{rows}“{column}”：“{value}”不在{column}列表中，已按原样导入；如为笔误或简称，请改为列表中的名称",
}

# The texts of each feature, in their own modules; every name is one of ``texts`` (a feature that
# extends another's tables imports them from it by name, so the order here does not matter).
from .case_documents import *
from .cases import *
from .imports import *
from .loop import *
from .outreach import *
from .safety import *
from .sync import *
