"""The main window's backups: the location warning, 文件 → 备份与恢复, and the automatic backup on
close (at most one a day)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .. import texts
from ..domain.errors import GaotaiError
from . import messages as msg

if TYPE_CHECKING:
    from .dialogs.restore import RestoreDialog
    from .main_window import MainWindow
    from .tabs.notices import NoticeTab

log = logging.getLogger(__name__)

#: Closing waits at most this long for the automatic backup (seconds).
CLOSE_BACKUP_WAIT_S = 20


def warn_location(w: MainWindow) -> None:
    """A database on a network share or a removable drive: say so in the status bar."""
    try:
        risk = w.services.backups.location_risk()
    except Exception:
        log.warning("cannot tell where the database lies", exc_info=True)
        return
    if risk:
        log.warning("database %s lies on a %s drive", w.services.location, risk)
        msg.notify(texts.LOCATION_RISK_TEXTS[risk], 120_000)


def open_restore(w: MainWindow) -> RestoreDialog | None:
    """文件 → 备份与恢复."""
    from .dialogs.restore import RestoreDialog

    if w.restore_dialog is not None:
        w.restore_dialog.raise_()
        return w.restore_dialog
    try:
        dlg = RestoreDialog(
            w.services.backups, w.settings, can_restore=lambda: _can_restore(w), parent=w
        )
    except Exception as exc:
        msg.show_error(w, exc, action="打开备份与恢复")
        return None
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.finished.connect(lambda _r: setattr(w, "restore_dialog", None))
    dlg.restored.connect(lambda _result: _after_restore(w))
    w.restore_dialog = dlg
    dlg.open()
    return dlg


def _can_restore(w: MainWindow) -> bool:
    """Nothing is importing, issuing or loading (every connection can be closed)."""
    from .workers import pending, wait_all

    task = w._transfers.task if w._transfers is not None else None
    notice = cast("NoticeTab | None", w._later.get("notice_tab"))
    if (notice is not None and notice.busy()) or (task is not None and not task.finished.is_set()):
        return False
    return pending() == 0 or wait_all(10_000)


def _after_restore(w: MainWindow) -> None:
    w.lookups = w.services.enterprises.lookups()
    w.refresh_all()


def backup_on_close(w: MainWindow) -> None:
    """The automatic backup (at most one a day), off the GUI thread; closing waits for it at
    most :data:`CLOSE_BACKUP_WAIT_S` seconds (a backup cut off leaves only a temporary file,
    removed later). A failure is told (a message box), never silently dropped."""
    import threading
    import time

    from .dialogs.restore import chosen_folder, local_now

    if w.settings.value("backup/auto", "true") in ("false", False):
        return
    try:
        if w.services.backups.is_server:
            return
    except (GaotaiError, OSError) as err:  # the file failed its check: nothing to back up
        log.info("no automatic backup: %s", err)
        return
    outcome: dict[str, object] = {}
    now = local_now()
    folder = chosen_folder(w.settings)
    backups, gate = w.services.backups, w.services.gate
    try:
        if not backups.automatic_due(now, folder):
            return  # one a day: quitting again is prompt
    except (GaotaiError, OSError) as err:
        log.info("no automatic backup: %s", err)
        return
    if gate is not None and gate.done and not gate.passed:
        log.info("no automatic backup of a file that failed its check")
        return

    def work() -> None:
        try:
            if gate is not None:
                gate.wait()  # the file's check, when it has not run yet
        except GaotaiError as err:  # the file failed it: nothing to back up
            outcome["skipped"] = err
            return
        try:
            outcome["made"] = backups.automatic(now, folder)
        except Exception as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="backup-on-close", daemon=True)
    thread.start()
    msg.notify("正在自动备份数据库…", 0)
    deadline = time.monotonic() + CLOSE_BACKUP_WAIT_S
    while thread.is_alive() and time.monotonic() < deadline:
        thread.join(0.05)
        QApplication.processEvents()
    if thread.is_alive():
        log.error("the automatic backup took longer than %ss; closing anyway", CLOSE_BACKUP_WAIT_S)
        msg.warning(w, texts.automatic_backup_failed_text("备份用时过长，已放弃本次备份"))
        return
    exc = outcome.get("error")
    if "skipped" in outcome:
        log.info("no automatic backup: %s", outcome["skipped"])
    elif isinstance(exc, BaseException):
        log.error("automatic backup failed: %s", exc)
        msg.warning(w, texts.automatic_backup_failed_text(msg.error_text(exc)))
    elif outcome.get("made") is not None:
        log.info("automatic backup: %s", getattr(outcome["made"], "path", ""))
