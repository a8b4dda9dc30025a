"""The one place where error codes become Chinese sentences (Qt-free: used by the CLI and the UI).

``ui/messages.py`` presents these texts in message boxes and the status bar; the CLI prints them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from .domain.dates import WEEKDAYS, chinese_date
from .domain.deadlines import Due
from .domain.documents import CASE_DOCUMENT_LABELS
from .domain.errors import (
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
from .domain.tiers import TIER_LABELS

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
    from .domain.dates import weekday

    return f"{at:%Y-%m-%d} {weekday(at.date())} {at:%H:%M} {room}"


def draft_title(kind_label: str, enterprise: str, count: int) -> str:
    more = f" 等 {count} 份" if count > 1 else ""
    return f"草稿预览（未编号）- {kind_label} - {enterprise}{more}"


#: Documents listed one by one in the issue confirmation (the rest are counted).
ISSUE_LIST_MAX = 25


def issue_list_text(documents: list[tuple[str, Any, list[str]]]) -> str:
    """The issue confirmation's list: each document to be numbered, its kind, tier and
    enterprise(s): ``1. 工伤风险提示函（黄色预警）：高台县顺通物流有限公司``."""
    from .domain.notices import KIND_LABELS
    from .domain.tiers import TIER_LABELS

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


# -- the closed loop ---------------------------------------------------------------------------
#: Tier codes in words (``yellow`` -> 黄色预警).
TIER_NAMES: dict[str, str] = {t.code: label for t, label in TIER_LABELS.items()}

#: Responsible levels (三级责任).
LEVEL_NAMES: dict[str, str] = {"township": "属地", "authority": "部门", "enterprise": "企业"}

#: Measures tracked as tasks (``domain.loop.TaskKind``).
TASK_NAMES: dict[str, str] = {
    "interview": "一对一警示约谈",
    "training": "岗前培训和安全管理指导",
    "feedback": "书面反馈",
    "authority_notified": "通报行业主管部门",
    "rectification_report": "书面整改报告",
    "special_inspection": "定期不定期专项检查",
    "rectification_plan": "整改方案（部门督导）",
    "periodic_interview": "定期约谈企业负责人",
    "award_restriction": "限制评先评优",
}

TASK_STATE_NAMES: dict[str, str] = {"open": "未办结", "done": "已办结", "cancelled": "已取消"}

EVALUATION_NAMES: dict[str, str] = {"effective": "整改有效", "ineffective": "整改未见成效"}

INSPECTION_KIND_NAMES: dict[str, str] = {
    "scheduled": "定期检查",
    "unscheduled": "不定期检查",
    "joint": "联合检查",
}


def warning_state_line(row: Any) -> str:
    """One line on a warning after a change: who, tier, state, and when its answer is due."""
    tier = TIER_NAMES.get(row.tier, row.tier)
    state = STATE_NAMES.get(row.state, row.state)
    line = f"{row.name}（{row.uscc}）{row.year}年{tier}：{state}"
    if row.state in ("delivered", "reopened") and row.feedback_due:
        what = TASK_NAMES[{"yellow": "feedback", "orange": "rectification_report"}.get(
            row.tier, "rectification_plan")]  # fmt: skip
        line += f"，{what}应于{chinese_date(row.feedback_due)}前提交"
        if row.feedback_due_moved_by:
            line += f"（逢{row.feedback_due_moved_by}顺延）"
        if row.due_unverified:
            line += (
                f"。注意：{row.feedback_due.year}年的节假日安排尚未录入，该期限按周末规则计算，"
                "请在“办公设置 → 节假日”中补录后核对"
            )
    if row.state == "closed" and row.closed_on:
        line += f"，{chinese_date(row.closed_on)}办结"
    return line


# -- deadlines (``gaotai-desktop deadline``; the window's due dates) --------------------------------
def deadline_warning_text(due: Due) -> str | None:
    """Why ``due`` may be wrong: a year the count touched has no holiday table (None: nothing).

    ``2027年的节假日安排尚未录入，截止日期2027年1月4日按周末规则计算，请在“办公设置 → 节假日”中补录后核对。``
    """
    if not due.uncovered_years:
        return None
    years = "、".join(f"{y}年" for y in due.uncovered_years)
    return (
        f"{years}的节假日安排尚未录入，截止日期{chinese_date(due.due)}按周末规则计算，"
        "请在“办公设置 → 节假日”中补录后核对。"
    )


def deadline_text(due: Due, *, working_days: int | None = None) -> str:
    """One line: ``2026年10月8日（星期四），原到期日2026年10月3日逢国庆节顺延``; a count of
    working days says so (``2026年2月24日（星期二），按3个工作日计算``)."""
    line = f"{chinese_date(due.due)}（{WEEKDAYS[due.due.weekday()]}）"
    if working_days is not None:
        return f"{line}，按{working_days}个工作日计算"
    if due.moved_by is not None:
        return f"{line}，原到期日{chinese_date(due.nominal)}逢{due.moved_by}顺延"
    return line


# -- printing: what happened, said truthfully (paper is "printed", a file is "saved") ----------------

NO_PRINTER_TEXT = (
    "这台电脑没有安装打印机，无法打印。\n\n"
    "可以先把文书另存为PDF（原样保存下发时的文件，不记为已打印），"
    "拿到有打印机的电脑上打印；安装打印机后再用“打印”，打印后才记为已打印。"
)
NO_PRINTER_LIST_TEXT = (
    "这台电脑没有安装打印机，无法打印。\n\n可以把表格另存为PDF，拿到有打印机的电脑上打印。"
)


def printed_text(count: int, numbers: str = "") -> str:
    return f"已打印{count}份文书" + (f"：{numbers}" if numbers else "")


def saved_to_file_text(count: int, path: str) -> str:
    """Print-to-file output: the documents are in a file, not on paper, so not marked printed."""
    return f"已把{count}份文书输出到文件 {path}（保存为PDF，未打印，不记为已打印）"


def virtual_printer_text(count: int, printer: str) -> str:
    return (
        f"已把{count}份文书送到“{printer}”（它把文书保存为文件，不是纸张打印机，因此不记为已打印）"
    )


def as_of_text(as_of: Any) -> str:
    """Which date the tiers are counted for, and from when (the status bar, exports' title lines)."""
    from .domain.dates import chinese_date
    from .domain.tiers import count_window

    start, end = count_window(as_of)
    return f"统计截止日期：{chinese_date(end)}（自{chinese_date(start)}起）"


# -- deleting and restoring an enterprise (企业 tab) ------------------------------------------------
def enterprise_delete_question(name: str, uscc: str) -> str:
    return f"确定删除企业“{name}”（{uscc}）吗？"


def enterprise_restore_question(
    name: str, uscc: str, when: str, by: str, reason: str, accidents: int
) -> str:
    """The confirmation of 恢复: who deleted the enterprise, when and why, and what comes back."""
    counted = f"其本年 {accidents} 起事故" if accidents else "该企业"
    return (
        f"恢复企业“{name}”（{uscc}）吗？\n\n"
        f"该企业于 {when} 由 {by or '未知用户'} 删除，删除原因：{reason or '（未填写）'}。\n"
        f"恢复后该企业重新出现在企业列表中，{counted}重新计入预警等级和文书计划。"
    )


def enterprise_deleted_notice(name: str, reason: str) -> str:
    return f"已删除企业：{name}（原因：{reason}）。可在“已删除”中恢复"


def enterprise_restored_notice(name: str, tier: str) -> str:
    return f"已恢复企业：{name}（{tier}）"


# --- reports (周调度、月通报、季测评), the statistics tab, the award-restriction list -------------
FIELD_NAMES["period"] = "统计期"
VALIDATION_TEXTS.update(
    {
        "period_format": "“{value}”不是有效的统计期，应写成 {example} 这样的形式",
        "period_future": "{value} 尚未开始（今天是 {today}），没有可统计的内容",
    }
)

#: Report kinds, as named on paper, on screen and on the command line.
REPORT_NAMES: dict[str, str] = {
    "weekly": "周调度",
    "monthly": "月通报",
    "quarterly": "季测评",
}

#: What is due: a warning's written answer per tier (``answer_<tier>``) and each measure task
#: (:data:`TASK_NAMES`).
DUE_NAMES: dict[str, str] = {
    "answer_yellow": "书面反馈（风险提示函）",
    "answer_orange": "整改报告（整改建议书）",
    "answer_red": "整改方案（红色预警）",
    **TASK_NAMES,
}

URGENCY_NAMES: dict[str, str] = {"overdue": "已逾期", "due_soon": "即将到期", "": "本周到期"}

#: A blank category or township in the statistics.
UNFILLED = "未填写"


def rate_text(value: float | None) -> str:
    """``87.5%``, or ``—`` when there was nothing to rate."""
    return "—" if value is None else f"{value:.1f}%"


def change_text(value: float | None) -> str:
    """The year-on-year change in words: 同比下降12.5% / 同比上升… / 与去年同期持平."""
    if value is None:
        return "去年同期为0起"
    if abs(value) < 0.05:
        return "与去年同期持平"
    return f"同比{'下降' if value < 0 else '上升'}{abs(value):.1f}%"


# -- the closed loop's dialogs (``ui/dialogs/loop.py``) and the 约谈记录 ---------------------------
#: What each dialog does, as "…失败：" prefixes of its error messages and as its notices.
LOOP_ACTIONS: dict[str, str] = {
    "deliver": "登记送达",
    "feedback": "登记整改反馈",
    "evaluate": "效果评估",
    "interview": "登记约谈记录",
    "interview_print": "生成约谈记录",
    "inspection": "登记检查记录",
    "save_pdf": "另存为PDF",
}

#: File filter of the attachment picker (scans and photos of receipts, feedback on paper).
ATTACHMENT_FILTER = "扫描件或照片 (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf);;所有文件 (*)"


def document_choice_text(doc_no: str, kind_label: str, status: str) -> str:
    """One document in the delivery dialog's list: ``高人社工伤提〔2026〕1号 工伤风险提示函``."""
    line = f"{doc_no}  {kind_label}"
    return line + ("（已更正，请选更正后的文书）" if status == "corrected" else "")


def delivery_saved_text(doc_no: str, row: Any | None, *, clock_started: bool) -> str:
    """What a recorded 送达回证 did: the warning's answer due (and the rest day that moved it)
    when it started the clock, else the warning as it stands."""
    head = f"已登记 {doc_no} 的送达。"
    if row is None:
        return head
    if not clock_started:
        return (
            head
            + "该文书不是送达企业的预警文书，不启动企业书面答复的期限。"
            + warning_state_line(row)
        )
    return head + warning_state_line(row)


def feedback_saved_text(row: Any) -> str:
    return "已登记整改反馈。" + warning_state_line(row)


def evaluation_saved_text(row: Any) -> str:
    return "已登记效果评估。" + warning_state_line(row)


def interview_saved_text(row: Any) -> str:
    return f"已登记约谈记录：{row.name}，{chinese_date(row.held_at.date())}。"


def inspection_saved_text(row: Any, name: str) -> str:
    kind = INSPECTION_KIND_NAMES.get(row.kind, row.kind)
    return f"已登记检查记录：{row.authority}于{chinese_date(row.inspected_on)}对{name}的{kind}。"


def inspection_count_text(count: int, cap: int, year: int, this_year: bool) -> str:
    """``本年已检查1次 / 上限2次`` (for the authority chosen), and what the cap means."""
    when = "本年" if this_year else f"{year}年"
    line = f"{when}已检查{count}次 / 上限{cap}次"
    if count >= cap:
        line += "：已达上限，再次现场检查须填写理由"
    return line


def interview_reason_text(year: int, tier: str, doc_no: str) -> str:
    """The default 约谈事由 of a warning: ``2026年黄色预警一对一警示约谈（高人社工伤提〔2026〕1号）``."""
    what = {"yellow": "一对一警示约谈", "red": "定期约谈企业负责人"}.get(tier, "约谈")
    line = f"{year}年{TIER_NAMES.get(tier, tier)}{what}"
    return line + (f"（{doc_no}）" if doc_no else "")


def interview_print_title(name: str, blank: bool) -> str:
    return f"约谈记录{'（空白）' if blank else ''} - {name}"


def interview_file_name(name: str, day: Any | None, blank: bool) -> str:
    """Suggested PDF name: ``约谈记录_企业名_2026-12-01.pdf`` (``空白约谈记录_企业名.pdf``)."""
    safe = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name)
    if blank:
        return f"空白约谈记录_{safe}.pdf"
    return f"约谈记录_{safe}_{day.isoformat()}.pdf" if day else f"约谈记录_{safe}.pdf"


def pdf_saved_text(path: Any) -> str:
    return f"已另存为 {path}"


#: Fields named only by the loop's dialogs.
FIELD_NAMES.update(
    {
        "document": "送达文书",
        "evaluation_note": "评估意见",
    }
)


# -- the audit trail (services.audit) ---------------------------------------------------------
#: What an audit entry records, in words (viewer and ``audit`` command).
AUDIT_ACTION_NAMES: dict[str, str] = {
    "insert": "新增",
    "update": "修改",
    "delete": "删除",
    "restore": "恢复",
    "reveal": "查看完整证件号",
    "export": "导出",
    "print": "打印",
    "sign_in": "登录",
    "sign_in_failed": "登录失败",
    "refused": "操作被拒绝",
}

#: Tables as named in the audit viewer.
AUDIT_TABLE_NAMES: dict[str, str] = {
    "enterprise": "企业",
    "accident": "事故",
    "injured_person": "伤者",
    "document": "文书",
    "document_counter": "文号计数",
    "document_subject": "文书对象",
    "document_deadline": "文书期限",
    "award_restriction": "限制评先评优",
    "warning": "预警",
    "warning_event": "预警状态变更",
    "warning_document": "预警文书",
    "delivery": "送达",
    "attachment": "附件",
    "measure_task": "待办事项",
    "interview_record": "约谈记录",
    "inspection": "专项检查",
    "self_inspection": "企业自查",
    "setting": "设置",
    "authority": "行业主管部门",
    "township": "乡镇",
    "industry": "行业",
    "accident_category": "事故类别",
    "app_user": "用户",
}

CONFLICT_TEXTS.update(
    {
        "never_deleted": "{table}记录不能删除（只能作废），以保留完整的工伤台账",
    }
)
VALIDATION_TEXTS.update(
    {
        "person_removed": "已登记的伤者不能删除；如登记有误，请作废本起事故后重新登记",
    }
)


def audit_action_name(action: str) -> str:
    return AUDIT_ACTION_NAMES.get(action, action)


def audit_table_name(table: str) -> str:
    return AUDIT_TABLE_NAMES.get(table, table)


def audit_gap_text(expected: int, seq: int, at: str) -> str:
    """A deleted entry: the sequence jumps."""
    missing = f"第{expected}条" if seq == expected + 1 else f"第{expected}至{seq - 1}条"
    return f"审计日志缺少{missing}记录（被删除）：其后的第{seq}条记录时间为 {at}"


def audit_link_text(seq: int, at: str) -> str:
    """The entry before was replaced or deleted: the chain link does not match."""
    return f"审计日志第{seq}条记录（{at}）与前一条记录的链接不符：前一条记录已被改动或删除"


def audit_changed_text(seq: int, at: str) -> str:
    return f"审计日志第{seq}条记录（{at}）的内容已被改动：校验值不符"


def audit_reveal_detail(names: list[str]) -> str:
    return f"显示完整证件号：{'、'.join(names)}" if names else "显示完整证件号"


def audit_reveal_log_detail(entries: int) -> str:
    return f"审计日志显示完整证件号（{entries}条记录）"


def audit_export_detail(title: str, target: str, rows: int) -> str:
    return f"“{title}”{rows}行 → {target}"


def audit_print_detail(doc_no: str) -> str:
    return f"文书 {doc_no}"


def audit_saved_detail(doc_no: str, target: str) -> str:
    return f"另存文书 {doc_no}：{target}"


def audit_draft_detail(names: list[str], target: str) -> str:
    where = f"：{target}" if target else ""
    return f"草稿（未编号）{len(names)} 份：{'、'.join(names[:10])}{where}"


def audit_import_detail(kind: str, file: str) -> str:
    what = {"enterprises": "企业", "incidents": "事故"}.get(kind, kind)
    return f"导入{what}：{file}"


def audit_demo_detail(rows: int) -> str:
    return f"生成演示数据{rows}行"


def audit_date_error_text(value: str) -> str:
    return f"日期“{value}”格式不对，应为 YYYY-MM-DD（例如 2026-03-05）"


def audit_count_text(shown: int, limit: int) -> str:
    more = f"（只显示最近的 {limit} 条，请缩小查询范围）" if limit and shown >= limit else ""
    return f"共 {shown} 条审计记录{more}"


def audit_values_text(before: str, after: str) -> str:
    """The viewer's detail pane: before and after, one field a line."""
    return f"修改前：\n{before or '（无）'}\n\n修改后：\n{after or '（无）'}"


# --- users, roles and signing in ---------------------------------------------------------------
#: Roles (``domain.roles``) and the two session states that are not a user's role.
ROLE_NAMES: dict[str, str] = {
    "clerk": "科员",
    "supervisor": "股长",
    "admin": "管理员",
    "single_user": "单用户",
    "signed_out": "未登录",
}

#: Guarded actions (``domain.roles.Action``) as the refusal names them.
ACTION_NAMES: dict[str, str] = {
    "uscc_override": "登记校验未通过的统一社会信用代码（须股长或管理员）",
    "correct_document": "更正已下发的文书（须股长或管理员）",
    "lift_award_restriction": "提前解除限制评先评优（须股长或管理员）",
    "reveal_id_number": "查看完整身份证号（须股长或管理员）",
    "restore_enterprise": "恢复已删除的企业（须股长或管理员）",
    "manage_users": "管理用户（须管理员）",
    "edit_prefixes": "修改文号前缀（须管理员）",
    "edit_holidays": "修改节假日表（须管理员）",
}

FIELD_NAMES.update({"user_name": "用户名", "password": "密码", "role": "角色"})
VALIDATION_TEXTS.update(
    {
        "password_too_short": "至少{min}个字符",
        "password_chars": "首尾不能是空格，也不能含有控制字符",
        "control_char": "含有控制字符",
        "first_admin": "第一个用户必须是管理员（--role admin）：由其开启登录并管理其他用户",
        "new_password_env": "请用环境变量 {env} 给出密码，或在终端中运行以便输入密码",
        "password_mismatch": "两次输入的密码不一致",
    }
)
CONFLICT_TEXTS.update(
    {
        "duplicate_user": "用户“{name}”已存在",
        "last_admin": "“{name}”是唯一在用的管理员，不能降级或停用：请先指定另一位管理员",
        "deactivate_self": "不能停用当前登录的用户“{name}”",
    }
)
WHAT_NAMES["user"] = "用户"


def role_name(role: str) -> str:
    return ROLE_NAMES.get(role, role)


def permission_text(err: PermissionDenied) -> str:
    """A refused action: who may do it, and who is acting."""
    if err.role == "signed_out":
        return f"尚未登录，不能{ACTION_NAMES.get(err.action, err.action)}"
    action = ACTION_NAMES.get(err.action, err.action)
    return f"当前用户（{role_name(err.role)}）无权执行此操作：{action}"


def local_time_text(utc: Any) -> str:
    """A UTC stamp (naive, as stored) in local time, ``2026-11-28 09:05``."""
    import datetime as dt

    local = utc.replace(tzinfo=dt.UTC).astimezone()
    return f"{local:%Y-%m-%d %H:%M}"


def sign_in_text(err: SignInFailed) -> str:
    code, d = err.code, err.detail
    if code == "wrong":
        left = d.get("remaining", 0)
        more = f"再错{left}次将暂时锁定该用户" if left else ""
        return "用户名或密码不正确" + (f"（{more}）" if more else "")
    if code == "locked":
        head = "密码连续输错次数过多，" if d.get("just_now") else ""
        return f"{head}该用户已被暂时锁定，请于 {local_time_text(d['until'])} 之后再试"
    if code == "inactive":
        return "该用户已被停用，请联系管理员"
    if code == "no_users":
        return "此数据库尚未设置用户，无需登录（不要使用 --user）"
    if code == "required":
        return (
            "此数据库已开启登录：请用 --user 用户名 指定用户，"
            "密码由环境变量 GAOTAI_PASSWORD 给出或在提示时输入"
        )
    if code == "password_required":
        return "请输入密码"
    return code


def signed_in_text(name: str, role: str) -> str:
    """The status bar's statement of who is acting."""
    if role == "single_user":
        return f"用户：{name}（单用户）"
    return f"已登录：{name}（{role_name(role)}）"


def deactivate_user_question(name: str) -> str:
    return f"停用用户“{name}”？停用后该用户不能再登录，其姓名仍保留在记录中。"


# -- backups, restore, check (services.backups, cli.backups, ui.dialogs.restore) ----------------------

if TYPE_CHECKING:
    import datetime as dt

STORAGE_TEXTS.update(
    {
        "backup_not_written": "备份失败，未留下不完整的备份文件：无法在“{backups}”写入经过检查的完整备份（{detail}）。数据库本身未受影响。请检查该文件夹（或U盘、移动硬盘）是否存在、是否有剩余空间和写入权限后重试。",
        "restore_missing": "备份文件“{path}”不存在。",
        "restore_unreadable": "无法读取备份文件“{path}”（{detail}），未做任何修改。",
        "restore_not_sqlite": "文件“{path}”不是本程序的数据库或备份（不是 SQLite 数据库文件），未做任何修改。",
        "restore_not_ours": "文件“{path}”不是本程序的数据库或备份（缺少本程序的数据表或版本标记），未做任何修改。",
        "restore_damaged": "备份文件“{path}”已损坏（完整性检查未通过：{detail}），不能用于恢复，未做任何修改。请选择其他备份。",
        "restore_newer": "备份文件“{path}”由更新版本的程序创建（版本 {revision}，本程序最新为 {head}），未做任何修改。请升级程序后再恢复。",
        "restore_same": "“{path}”就是当前数据库本身，不能用它恢复自己。",
        "restore_failed": "恢复数据库“{path}”失败（{detail}）。原数据库未被覆盖。请检查磁盘空间和文件夹权限后重试，或联系管理员。",
        "pg_dump_missing": "数据库在 PostgreSQL 服务器上，备份使用服务器自带的工具 pg_dump，但本机找不到 pg_dump（和 pg_restore）。请安装 PostgreSQL 客户端工具后重试，或由管理员在服务器上用 pg_dump 备份。未写入任何文件。",
        "pg_dump_failed": "pg_dump 备份失败，未写入备份文件：{detail}",
        "server_backup": "数据库在服务器上：请由管理员使用数据库服务器自带的工具（例如 pg_dump、pg_restore）备份和恢复。",
        "check_missing": "数据库文件“{path}”不存在。",
        "disk_full": "磁盘已满，刚才的操作没有保存，数据库保持操作前的样子。请删除不需要的文件或清空回收站，腾出磁盘空间后重试（窗口中已填写的内容仍然保留，腾出空间后再点“保存”即可）。（{detail}）",
        "io_error": "读写磁盘出错，刚才的修改没有保存（数据库保持修改前的样子）。请检查磁盘或U盘是否已拔出、是否损坏，然后重试；如反复出现，请联系管理员。（{detail}）",
    }
)

#: Why SQLite is unsafe where the database lies (``services.backups.location_risk``).
LOCATION_RISK_TEXTS: dict[str, str] = {
    "network": "注意：数据库文件位于网络共享文件夹上。SQLite 在网络文件夹上的文件锁不可靠，多人同时使用或断网可能损坏数据库。请把数据库放在本机硬盘上（可把备份文件夹设在网络或U盘上）。",
    "removable": "注意：数据库文件位于U盘或移动硬盘上。使用中拔出会损坏数据库。请把数据库放在本机硬盘上（可把备份文件夹设在U盘上）。",
}


def backup_when_text(taken_at: dt.datetime) -> str:
    """A backup's time as shown: ``2026年11月28日 17:30``."""
    return f"{taken_at.year}年{taken_at.month}月{taken_at.day}日 {taken_at:%H:%M}"


def backup_label_text(label: str) -> str:
    if label == "auto":
        return "自动备份"
    if label.startswith("before-"):
        return f"升级前备份（{label.removeprefix('before-')}）"
    return "手动备份"


def automatic_backup_done_text(path: object) -> str:
    return f"已自动备份数据库：{path}"


def automatic_backup_failed_text(reason: str) -> str:
    return f"自动备份失败：{reason}"


def restore_done_text(source: object, taken: str, replaced: object | None) -> str:
    aside = f"原数据库已改名保存为“{replaced}”，未删除。" if replaced else ""
    return f"已从备份“{source}”（{taken}）恢复数据库。{aside}"


def restore_offer_text(path: object, reason: str, backup: object, taken: str) -> str:
    return (
        f"数据库文件“{path}”无法使用：{reason}\n\n"
        f"找到最近一份经过完整性检查的备份：{taken}（{backup}）。\n\n"
        "是否用这份备份恢复？损坏的文件将改名保存在原文件夹中，不会被覆盖或删除；"
        "备份之后录入的内容需要重新录入。选“否”则不做任何改动并退出。"
    )


def restore_confirm_text(backup: object, taken: str, database: object) -> str:
    return (
        f"将用备份“{backup}”（{taken}）替换当前数据库“{database}”。\n\n"
        "当前数据库将改名保存在原文件夹中（不会删除），备份之后录入的内容将不在恢复后的数据库中。确定恢复吗？"
    )


CHECK_TEXTS: dict[str, str] = {
    "integrity_ok": "完整性检查（integrity_check）：通过",
    "integrity_bad": "完整性检查（integrity_check）未通过：",
    "fk_ok": "外键检查（foreign_key_check）：通过",
    "fk_bad": "外键检查（foreign_key_check）未通过：{count} 处引用了不存在的记录：",
    "fk_row": "  表 {table} 第 {rowid} 行引用的 {parent} 记录不存在",
    "audit_ok": "审计记录链：完整",
    "audit_bad": "审计记录链已被改动：",
    "audit_none": "审计记录链：本版本尚无审计记录，未检查",
    "audit_skipped": "审计记录链：数据库已损坏，未检查",
    "all_ok": "数据库检查全部通过。",
    # a database on a PostgreSQL server (services.backups.check_database)
    "integrity_server": "完整性检查：数据库在 PostgreSQL 服务器上，数据页的完整性由服务器自身保证（如需检查，请由管理员使用服务器自带的工具，例如 pg_amcheck）",
    "fk_server_ok": "外键检查（逐个外键查找引用了不存在记录的行）：通过",
    "bad": "数据库检查发现问题（见上）。请从备份恢复（gaotai-desktop restore 备份文件），或联系管理员。",
}


# -- work-injury recognition cases (工伤认定, services.cases) -----------------------------------
WHAT_NAMES["case"] = "工伤认定案件"
FIELD_NAMES.update(
    {
        "worker_name": "职工姓名",
        "accident_date": "事故日期",
        "applied_on": "申请日期",
        "late_confirmation": "逾期申请确认",
        "case_applicant": "申请人",
        "case_channel": "受理渠道",
        "case_outcome": "认定结论",
        "case_items": "缺少的材料",
        "case_reason": "理由",
        "case_date": "办理日期",
    }
)
VALIDATION_TEXTS.update(
    {
        "case_late": "申请日期{value}已超过申请时限（最后一日为{due}）：逾期申请须记录确认人和理由后才能登记",
        "case_before_accident": "申请日期{value}早于事故日期{accident_date}",
        "case_before_step": "{value}早于上一步骤的日期{previous}",
    }
)

#: States of a case (``domain.cases.CaseState``).
CASE_STATE_NAMES: dict[str, str] = {
    "applied": "已申请",
    "missing_materials": "待补正材料",
    "materials_complete": "材料已补齐",
    "accepted": "已受理",
    "not_accepted": "不予受理",
    "suspended": "已中止",
    "resumed": "已恢复",
    "decided": "已作出决定",
    "served": "已送达",
}

#: Steps of a case (``domain.cases.Step``), as verbs.
CASE_STEP_NAMES: dict[str, str] = {
    "apply": "登记申请",
    "missing": "一次性告知补正材料",
    "complete": "登记材料补齐",
    "accept": "受理",
    "not_accept": "作出不予受理决定",
    "suspend": "中止",
    "resume": "恢复",
    "decide": "作出认定决定",
    "terminate": "终止",
    "serve": "登记送达",
}

#: The step that brings a case into a state (what must happen first).
CASE_STATE_STEPS: dict[str, str] = {
    "applied": "登记申请",
    "missing_materials": "一次性告知补正材料",
    "materials_complete": "补齐材料",
    "accepted": "受理",
    "not_accepted": "作出不予受理决定",
    "suspended": "中止",
    "resumed": "恢复",
    "decided": "作出决定",
    "served": "送达",
}

#: The running clocks of a case (``domain.cases.Clock``).
CASE_CLOCK_NAMES: dict[str, str] = {
    "acceptance": "受理期限",
    "decision": "认定期限",
    "service": "送达期限",
}

APPLICANT_NAMES: dict[str, str] = {
    "employer": "用人单位",
    "worker": "职工本人",
    "relative": "近亲属",
    "union": "工会组织",
}

CHANNEL_NAMES: dict[str, str] = {"window": "窗口受理", "home_visit": "上门受理"}


def case_transition_text(err: IllegalTransition) -> str:
    """A step out of order: the case's state, the step refused and what must happen first."""
    current = CASE_STATE_NAMES.get(err.current, err.current)
    step = CASE_STEP_NAMES.get(err.target, err.target)
    steps = "或".join(dict.fromkeys(CASE_STATE_STEPS.get(n, n) for n in err.needs))
    first = f"须先{steps}" if steps else "没有可以到达的途径"
    return f"工伤认定案件当前为“{current}”，不能{step}：{first}"


def case_clock_text(clock: str | None, due: object, days_left: int | None) -> str:
    """``认定期限 2026-10-09（剩余3天）``; ``无`` when no clock runs."""
    if not clock or due is None or days_left is None:
        return "无"
    name = CASE_CLOCK_NAMES.get(clock, clock)
    if days_left < 0:
        return f"{name} {due}（已逾期{-days_left}天）"
    return f"{name} {due}（剩余{days_left}天）"


#: What each step of a case is called on its dialog (title, the text field's label or "").
CASE_STEP_FORMS: dict[str, tuple[str, str]] = {
    "missing": ("一次性告知补正材料", "缺少的材料*"),
    "complete": ("登记材料补齐", ""),
    "accept": ("受理", ""),
    "suspend": ("中止", "中止理由*"),
    "resume": ("恢复", ""),
    "decide": ("作出决定", "所依据的条款"),
    "served": ("登记送达", ""),
}


def case_saved_text(row: object) -> str:
    """The status-bar line after a step: the case's state and its running clock."""
    state = CASE_STATE_NAMES.get(getattr(row, "state", ""), "")
    clock = case_clock_text(getattr(row, "clock", None), getattr(row, "due", None),
                            getattr(row, "days_left", None))  # fmt: skip
    return f"{getattr(row, 'worker', '')}：{state}；{clock}"


AUDIT_TABLE_NAMES.update(
    {
        "recognition_case": "工伤认定案件",
        "case_event": "工伤认定办理经过",
        "case_material": "工伤认定材料",
        "case_suspension": "工伤认定中止",
    }
)


# -- home-visit laptops: sync ------------------------------------------------------------------
_GSYNC_REFUSED = "同步包被拒绝，数据库未作任何改动："
CONFLICT_TEXTS.update(
    {
        "gsync_no_passphrase": "未提供同步口令（请设置环境变量 GAOTAI_SYNC_PASSPHRASE 或在提示时输入）",
        "gsync_passphrase": "同步口令不正确，无法打开本机的同步密钥",
        "gsync_too_large": _GSYNC_REFUSED + "文件过大（{size} 字节，上限 {limit} 字节）",
        "gsync_not_package": _GSYNC_REFUSED + "这不是本程序的同步包（.gsync）",
        "gsync_truncated": _GSYNC_REFUSED + "文件不完整（可能复制时被截断），请重新导出",
        "gsync_manifest": _GSYNC_REFUSED + "包说明（清单）无法读取",
        "gsync_format": _GSYNC_REFUSED + "包格式版本为 {found}，本程序只能读取版本 {expected}",
        "gsync_wrong_kind": _GSYNC_REFUSED + "这是“{found}”包，此处需要“{expected}”包",
        "gsync_unknown_sender": _GSYNC_REFUSED + "发送方“{source}”未在本机登记（或密钥不符）",
        "gsync_signature": _GSYNC_REFUSED + "签名不符，文件已被改动或损坏",
        "gsync_decrypt": _GSYNC_REFUSED + "无法解密（同步口令不对，或文件已被改动）",
        "gsync_payload": _GSYNC_REFUSED + "包内数据格式有误",
        "gsync_hash": _GSYNC_REFUSED + "内容校验值不符，文件已损坏",
        "gsync_schema": _GSYNC_REFUSED
        + "数据库版本不同（包为 {found}，本机为 {expected}），请先把两边的程序升级到同一版本",
        "gsync_verify_failed": "同步包“{path}”写入后读回校验不符，请换一个U盘或文件夹重新导出，不要使用该文件",
        "sync_not_office": "本数据库是外出笔记本的数据库，不能登记笔记本（请在办公室数据库上操作）",
        "sync_not_laptop": "本数据库不是外出笔记本的数据库，没有可导出的外出变更",
        "sync_not_enrolled": "本数据库尚未加入同步（办公室先用 sync enroll 登记笔记本）",
        "sync_peer_exists": "笔记本“{name}”已经登记过，请换一个名称",
        "sync_already_node": "本数据库已经加入同步，不能再次签出；请用一个新的数据库文件签出",
        "sync_not_empty": "本数据库中已有企业数据，不能签出；请用一个新的数据库文件签出",
        "sync_laptop_issue": "外出笔记本不能下发文书或占用文号：文号只由办公室数据库编制，请回到办公室同步后再下发",
        "sync_conflict_closed": "该冲突已经处理过",
    }
)
FIELD_NAMES.update({"sync_name": "笔记本名称", "take": "处理方式", "reason": "理由"})
VALIDATION_TEXTS.update({"unknown_field": "“{value}”不是该冲突中有分歧的字段"})
WHAT_NAMES["sync_conflict"] = "同步冲突"
SYNC_KIND_NAMES: dict[str, str] = {
    "edit_edit": "双方都修改了",
    "edit_delete": "一方修改、一方删除",
    "duplicate": "重复登记",
}
SYNC_ROLE_NAMES: dict[str, str] = {"office": "办公室", "laptop": "外出笔记本", "": "未加入同步"}


def sync_written_text(path: object, changes: int | None = None) -> str:
    what = f"（{changes} 条记录的变更）" if changes is not None else ""
    return f"同步包已写入“{path}”{what}，并已读回校验无误，现在可以拔下U盘。"


def sync_import_text(applied: int, conflicts: int, unchanged: int) -> str:
    return f"同步包已导入：已采用 {applied} 条，冲突 {conflicts} 条（待人工处理），无需改动 {unchanged} 条。"


def sync_receipt_text(acknowledged: int, refreshed: int) -> str:
    return f"回执已导入：办公室已收到 {acknowledged} 项变更，已更新本机 {refreshed} 条记录。"


SYNC_REPEATED_TEXT = "该同步包已导入过，未作任何改动。"
SYNC_NO_CONFLICTS_TEXT = "没有待处理的同步冲突。"


# -- prevention training (工伤预防进企业) and the rights hotline (维权热线) ---------------------------
FIELD_NAMES.update(
    {
        "training_date": "培训日期",
        "training_place": "培训地点",
        "training_topic": "培训主题",
        "training_trainer": "授课人",
        "training_industry": "培训行业",
        "training_people": "参训总人数",
        "training_enterprise": "参训企业",
        "training_materials_path": "资料存放位置",
        "hotline_called_at": "来电时间",
        "hotline_topic": "来电类别",
        "hotline_handler": "接听人",
        "hotline_caller": "来电人",
        "hotline_phone": "来电号码",
        "hotline_enterprise": "涉及企业",
        "hotline_referral": "转办去向",
        "hotline_follow_up": "回访期限",
        "hotline_outcome": "办理结果",
        "hotline_closed_on": "结案日期",
        "month": "月份",
    }
)
VALIDATION_TEXTS.update(
    {
        "training_twice": "企业 {value} 重复列出，每家企业只列一次",
        "training_people_sum": "参训总人数{value}少于各参训企业人数之和{total}",
        "before_call": "{value}早于来电日期{called}",
        "hotline_closed": "该来电已于{value}结案，不能再次结案",
    }
)
WHAT_NAMES.update({"training_session": "培训记录", "hotline_call": "热线来电"})
AUDIT_TABLE_NAMES.update(
    {
        "training_session": "预防培训",
        "training_attendance": "预防培训参训企业",
        "hotline_call": "维权热线来电",
    }
)

#: Hotline topics and referrals (``domain.outreach.Topic`` / ``Referral``).
HOTLINE_TOPIC_NAMES: dict[str, str] = {
    "consultation": "政策咨询",
    "complaint": "投诉",
    "dispute": "争议",
}
REFERRAL_NAMES: dict[str, str] = {
    "none": "未转办",
    "mediation": "转调解",
    "arbitration": "转劳动仲裁",
    "labour_inspection": "转劳动保障监察",
}
#: The high-risk groups (``domain.outreach.RiskGroup``).
RISK_GROUP_NAMES: dict[str, str] = {
    "construction": "建筑施工",
    "chemicals": "危险化学品、化工",
    "logistics": "交通运输、物流仓储",
}


def follow_up_text(due: object, days_left: int | None, closed_on: object = None) -> str:
    """``回访 2026-11-30（剩余2天）`` / ``（已逾期3天）`` / ``已结案 …`` / ``无需回访``."""
    if closed_on is not None:
        return f"已结案 {closed_on}"
    if due is None or days_left is None:
        return "无需回访"
    if days_left < 0:
        return f"回访 {due}（已逾期{-days_left}天）"
    return f"回访 {due}（今天到期）" if days_left == 0 else f"回访 {due}（剩余{days_left}天）"


def hotline_counts_lines(c: Any) -> list[str]:
    """A month's calls in words: total, by topic, by referral, closed, overdue follow-ups."""
    topics = "，".join(f"{HOTLINE_TOPIC_NAMES.get(k, k)}{v}件" for k, v in c.by_topic.items())
    refs = "，".join(f"{REFERRAL_NAMES.get(k, k)}{v}件" for k, v in c.by_referral.items())
    return [
        f"{c.month} 来电共{c.total}件：{topics}",
        f"转办：{refs}",
        f"已结案{c.closed}件；回访已逾期{c.overdue}件",
    ]


def training_counts_text(c: Any) -> str:
    """The quarterly evaluation's training line."""
    return f"开展工伤预防培训{c.sessions}场，覆盖企业{c.enterprises}家，培训{c.people}人次"


# -- sync in the window: conflict queue, status, letters held back ------------------------------
ACTION_NAMES["resolve_identity_conflict"] = (
    "处理涉及身份或法律事项（信用代码、名称、法定代表人、身份证号、事故日期、认定结论）的同步冲突"
    "（须股长或管理员）"
)
#: Column names the general field names lack, as the conflict queue shows them.
SYNC_FIELD_NAMES: dict[str, str] = {
    "uscc_override_reason": "信用代码校验例外理由",
    "deleted_at": "删除时间",
    "deleted_by": "删除人",
    "enterprise_id": "所属企业",
    "accident_id": "所属事故",
    "import_key": "导入识别码",
    "voided": "已作废",
    "seq": "序号",
    "case_id": "所属案件",
    "item": "材料",
    "received": "已收到",
    "state": "状态",
    "due_on": "期限",
    "findings": "检查发现",
    "summary": "自查情况",
    "document_ref": "文书编号",
    "statement": "企业陈述",
    "requirements": "整改要求",
    "method": "送达方式",
    "note": "备注",
}
SYNC_CONFLICT_HEADERS = ("企业", "统一社会信用代码", "记录", "冲突类型", "来源")
SYNC_FIELD_HEADERS = ("字段", "原值", "办公室", "笔记本", "采用", "处理后的值")
SYNC_TAKE_CHOICES = ("办公室的值", "笔记本的值", "改为…")
SYNC_DIFFERS_MARK = "≠ "
SYNC_DIFFERS_TIP = "两边的值不同，须选择采用哪一个"
SYNC_SOURCE_NAMES = {"office": "办公室"}


def sync_field_name(field: str) -> str:
    return FIELD_NAMES.get(field) or SYNC_FIELD_NAMES.get(field, field)


def sync_conflict_count_text(count: int) -> str:
    return f"待处理的同步冲突：{count} 个" if count else "没有待处理的同步冲突。"


def sync_guard_text(fields: list[str]) -> str:
    names = "、".join(sync_field_name(f) for f in fields)
    return f"涉及身份或法律事项（{names}）：须由股长或管理员处理。" if fields else ""


def sync_resolved_text(name: str) -> str:
    return f"同步冲突已处理：{name or '（无名称）'}"


#: The field that names a record of each table in the conflict list (else its short id).
_SYNC_RECORD_NAMES = {
    "accident": "occurred_on",
    "injured_person": "name",
    "recognition_case": "worker_name",
    "interview_record": "held_at",
    "inspection": "inspected_on",
    "delivery": "delivered_on",
}


def sync_record_text(table: str, record_id: str, values: dict[str, Any] | None = None) -> str:
    """``事故 2026-11-02``, ``伤者 张三``: the record's kind and what names it (its short id when
    the values do not say). The enterprise itself is named in the list's first column."""
    if table == "enterprise":
        return "企业登记信息"
    key = _SYNC_RECORD_NAMES.get(table, "")
    named = str((values or {}).get(key) or "").strip()
    if key.endswith(("_on", "_at")):
        named = named[:10]
    return f"{audit_table_name(table)} {named or record_id[:8]}"


def sync_package_text(package_id: str, at: Any) -> str:
    """The last package one way: its date and short id, or that there was none."""
    if not package_id:
        return "无"
    when = local_time_text(at) if at is not None else ""
    return f"{when}（包 {package_id[:8]}）".strip()


def sync_status_label_text(role: str, pending: int, conflicts: int) -> str:
    """The status bar's note on sync: on a laptop always, at the office with open conflicts."""
    parts = []
    if role == "laptop":
        parts.append(f"外出笔记本：未发送 {pending} 项")
    if conflicts:
        parts.append(f"同步冲突 {conflicts} 个待处理")
    return "；".join(parts)


SYNC_PASSPHRASE_TITLE = "同步口令"
SYNC_PASSPHRASE_LABEL = "请输入同步口令（办公室与外出笔记本共用的口令）："
SYNC_EXPORT_CAPTION = "导出外出更改"
SYNC_IMPORT_CAPTION = "导入同步包"
SYNC_RECEIPT_CAPTION = "保存回执（带回笔记本导入）"
SYNC_FILE_FILTER = "同步包 (*.gsync)"
SYNC_WORKING_TEXT = "正在处理同步包，请稍候…"
SYNC_NOT_ENROLLED_TEXT = (
    "本数据库尚未加入同步：在办公室用“sync enroll”登记笔记本，在笔记本上用“sync checkout”签出。"
)
CONFLICT_TEXTS["sync_open_conflict"] = (
    "{name}存在未解决的同步冲突，暂不下发文书（请先在“同步 → 冲突处理”中处理，再下发）"
)


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
