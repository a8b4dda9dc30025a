"""Texts of one feature: home-visit laptops: sync (see ``gaotai_desktop.texts``)."""

from __future__ import annotations

from . import *  # the texts before this feature (they may extend its tables)

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
        "sync_remove_referenced": "笔记本已删除该记录，但办公室还有 {count} 条记录引用它，不能删除：请保留办公室的值，或先处理引用它的记录",
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


#: 同步 → 登记外出笔记本… and 同步 → 签出为外出笔记本… (the window's enrolment and checkout).
SYNC_ENROLL_TEXTS: dict[str, str] = {
    "name": "请填写笔记本名称（例如：张明的笔记本）",
    "townships": "请至少勾选一个乡镇，或选择“全县所有乡镇的企业”",
    "passphrase": "请填写同步口令",
    "confirm": "两次输入的同步口令不一致，请重新输入",
    "ok": "登记并保存签出包…",
    "save_caption": "保存签出包（带到外出笔记本上导入）",
    "open_caption": "选择办公室给本机的签出包",
    "not_office": "本数据库是外出笔记本，只有办公室数据库才能登记笔记本。",
    "already": "本数据库已经加入同步（{role}），不能再签出；请用一个新的数据库文件签出。",
}


def sync_enrolled_text(name: str, path: object, townships: list[str]) -> str:
    scope = "、".join(townships) if townships else "全县"
    return (
        f"已登记外出笔记本“{name}”（{scope}），签出包已写入“{path}”并已读回校验无误。\n"
        "请在笔记本上新建数据库，用“同步 → 签出为外出笔记本…”导入这个文件。"
    )


def sync_checked_out_text(name: str, counts: dict[str, int]) -> str:
    enterprises, accidents = counts.get("enterprise", 0), counts.get("accident", 0)
    return (
        f"已签出为外出笔记本“{name}”：企业 {enterprises} 家，事故 {accidents} 起。"
        "外出登记后用“同步 → 导出更改…”带回办公室。"
    )


SYNC_REPEATED_TEXT = "该同步包已导入过，未作任何改动。"
SYNC_NO_CONFLICTS_TEXT = "没有待处理的同步冲突。"
