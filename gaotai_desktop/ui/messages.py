"""The one place that shows messages to the user: message boxes, status-bar notices, the crash dialog.

Texts come from :mod:`gaotai_desktop.texts` (Qt-free, shared with the CLI); this module only
presents them. Errors split as in qutebrowser: an expected error (``GaotaiError``: bad input, locked
database, ...) or an environment failure (``OSError``) gets a plain message saying what to do; anything
else is a bug and gets the crash dialog with the log file.

Tests replace :data:`BOX_HOOK` to answer message boxes without showing them.
"""

from __future__ import annotations

import logging
import sys
import traceback
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QInputDialog, QMessageBox, QStatusBar, QWidget

from .. import APP_TITLE, texts
from ..domain.errors import GaotaiError, ValidationError

log = logging.getLogger(__name__)

#: Tests set this to ``hook(kind, title, text, details) -> answer`` (``kind``: ``error``, ``warning``,
#: ``info``, ``confirm`` -> bool, ``ask_text`` -> str | None, ``crash``). ``None``: real boxes.
BOX_HOOK: Callable[[str, str, str, str], Any] | None = None

_status_bar: weakref.ReferenceType[QStatusBar] | None = None
_log_file: Path | None = None


def field_name(field: str) -> str:
    return texts.field_name(field)


def reason_text(err: ValidationError) -> str:
    """The reason of a validation error without the field name (for a label next to the field)."""
    return texts.validation_text(err, with_field=False)


def error_text(err: BaseException) -> str:
    """A Chinese sentence for an expected error (``GaotaiError`` or ``OSError``)."""
    return texts.error_text(err)


def import_problem_text(problem: Any) -> str:
    return texts.import_problem_text(problem)


def import_result_text(result: Any) -> str:
    return texts.import_result_text(result)


def import_reason_text(problem: Any) -> str:
    """The reason of an import problem without its row and column."""
    return texts.import_text(problem.code, dict(problem.detail or {}))


# -- status bar --------------------------------------------------------------------------------------


def bind_status_bar(bar: QStatusBar) -> None:
    global _status_bar
    _status_bar = weakref.ref(bar)


def notify(text: str, timeout_ms: int = 10_000) -> None:
    """A passing notice in the main window's status bar (and the log)."""
    log.info("notice: %s", text)
    bar = _status_bar() if _status_bar is not None else None
    if bar is not None:
        bar.showMessage(text, timeout_ms)


def last_notice() -> str:
    bar = _status_bar() if _status_bar is not None else None
    return bar.currentMessage() if bar is not None else ""


# -- message boxes -----------------------------------------------------------------------------------


def _box(
    icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str, details: str = ""
) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText("确定")
    if details:
        box.setDetailedText(details)
    box.exec()


def error(parent: QWidget | None, text: str, *, details: str = "", title: str = "出错了") -> None:
    log.warning("error shown: %s", text)
    if BOX_HOOK is not None:
        BOX_HOOK("error", title, text, details)
        return
    _box(QMessageBox.Icon.Critical, parent, title, text, details)


def warning(parent: QWidget | None, text: str, *, details: str = "", title: str = "提示") -> None:
    if BOX_HOOK is not None:
        BOX_HOOK("warning", title, text, details)
        return
    _box(QMessageBox.Icon.Warning, parent, title, text, details)


def info(parent: QWidget | None, text: str, *, details: str = "", title: str = "完成") -> None:
    if BOX_HOOK is not None:
        BOX_HOOK("info", title, text, details)
        return
    _box(QMessageBox.Icon.Information, parent, title, text, details)


def confirm(
    parent: QWidget | None, text: str, *, title: str = "请确认", ok_text: str = "确定"
) -> bool:
    if BOX_HOOK is not None:
        return bool(BOX_HOOK("confirm", title, text, ""))
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """One line of text from the user (``None``: cancelled)."""
    if BOX_HOOK is not None:
        return BOX_HOOK("ask_text", title, label, "")
    dlg = QInputDialog(parent)
    dlg.setWindowTitle(title)
    dlg.setLabelText(label)
    dlg.setOkButtonText("确定")
    dlg.setCancelButtonText("取消")
    if dlg.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dlg.textValue()


def show_error(parent: QWidget | None, exc: BaseException, *, action: str = "") -> None:
    """Present any exception raised by a user action: expected errors plainly, bugs as a crash."""
    prefix = f"{action}失败：" if action else ""
    if isinstance(exc, GaotaiError | OSError):
        error(parent, prefix + error_text(exc))
    else:
        crash(type(exc), exc, exc.__traceback__)


# -- bugs --------------------------------------------------------------------------------------------


def crash(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
    """The crash dialog: a bug. The details go to the log; the user sees where the log is."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.critical("unexpected error\n%s", details)
    where = f"\n\n详细信息已记录在日志文件：\n{_log_file}" if _log_file else ""
    text = (
        "程序遇到了意外错误（这是程序的缺陷，不是您的操作问题）。"
        "已保存的数据不受影响；未保存的修改可能需要重新输入。"
        f"{where}\n\n请把日志文件发给技术支持。"
    )
    if BOX_HOOK is not None:
        BOX_HOOK("crash", "程序错误", text, details)
        return
    try:
        _box(QMessageBox.Icon.Critical, None, f"{APP_TITLE} - 程序错误", text, details)
    except Exception:  # the dialog itself failed: the log has it
        log.exception("crash dialog failed")


def install_excepthook(log_file: Path | None) -> None:
    """Uncaught exceptions (in slots, event handlers, ...) show the crash dialog instead of dying."""
    global _log_file
    _log_file = log_file

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        crash(exc_type, exc, tb)

    sys.excepthook = hook
