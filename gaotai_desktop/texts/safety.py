"""Texts of one feature: the audit trail, users and roles, backups (see ``gaotai_desktop.texts``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import *  # the texts before this feature (they may extend its tables)

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
    "counts_ok": "年度事故计数（预警等级所用）：与事故记录一致",
    "counts_bad": "年度事故计数（预警等级所用）有 {count} 处与事故记录不一致（可运行 gaotai-desktop check --repair-counts 按事故记录重新计数）：",
    "counts_row": "  {uscc} {name} {year}年：计数 {kept} 起，按事故记录应为 {counted} 起",
    "counts_repaired": "已按事故记录重新计算年度事故计数：更正了 {count} 处不一致。",
    "all_ok": "数据库检查全部通过。",
    # a database on a PostgreSQL server (services.backups.check_database)
    "integrity_server": "完整性检查：数据库在 PostgreSQL 服务器上，数据页的完整性由服务器自身保证（如需检查，请由管理员使用服务器自带的工具，例如 pg_amcheck）",
    "fk_server_ok": "外键检查（逐个外键查找引用了不存在记录的行）：通过",
    "bad": "数据库检查发现问题（见上）。请从备份恢复（gaotai-desktop restore 备份文件），或联系管理员。",
}


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
    "held_on": "培训日期",
    "topic": "主题/类别",
    "trainer": "授课人",
    "people": "人数",
    "materials": "培训资料",
    "materials_path": "资料存放位置",
    "session_id": "所属培训",
    "called_at": "来电时间",
    "caller_name": "来电人",
    "caller_phone": "来电号码",
    "handler": "接听人",
    "advice": "答复意见",
    "referral": "转办去向",
    "follow_up_due": "跟进期限",
    "closed_on": "办结日期",
}
SYNC_CONFLICT_HEADERS = ("企业", "统一社会信用代码", "记录", "冲突类型", "来源")
SYNC_FIELD_HEADERS = ("字段", "原值", "办公室", "笔记本", "采用", "处理后的值")
SYNC_TAKE_CHOICES = ("办公室的值", "笔记本的值", "改为…")
SYNC_DIFFERS_MARK = "≠ "
SYNC_DIFFERS_TIP = "两边的值不同，须选择采用哪一个"
SYNC_SOURCE_NAMES = {"office": "办公室"}


#: Field names of one table where the shared names (``FIELD_NAMES``: an accident's 事故地点, a
#: case's 认定结论) would mislead: as the 预防与维权 pages head their columns.
SYNC_TABLE_FIELD_NAMES: dict[str, dict[str, str]] = {
    "training_session": {
        "place": "培训地点",
        "topic": "培训主题",
        "people": "参训人数",
        "industry": "培训行业",
    },  # fmt: skip
    "training_attendance": {"people": "参训人数"},
    "hotline_call": {
        "topic": "来电类别",
        "outcome": "办理结果",
        "referral": "转办",
        "follow_up_due": "回访期限",
        "closed_on": "结案日期",
    },  # fmt: skip
}


def sync_field_name(field: str, table: str = "") -> str:
    """A conflict's field as the clerk knows it (on ``table``, when given)."""
    own = SYNC_TABLE_FIELD_NAMES.get(table, {}).get(field)
    return own or FIELD_NAMES.get(field) or SYNC_FIELD_NAMES.get(field, field)


def sync_conflict_count_text(count: int) -> str:
    return f"待处理的同步冲突：{count} 个" if count else "没有待处理的同步冲突。"


def sync_guard_text(fields: list[str], table: str = "") -> str:
    names = "、".join(sync_field_name(f, table) for f in fields)
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
    "training_session": "held_on",
    "hotline_call": "called_at",
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
