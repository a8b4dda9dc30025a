"""The window's start: the first screenful is painted before anything else is loaded.

The enterprise table's rows come from the overview read (plain ``sqlite3``, no SQLAlchemy); once
they are painted, the database file's check (``PRAGMA integrity_check``) runs off the GUI thread,
and only when it has passed do the other tabs load through the services. A damaged file is
reported and the window closes: nothing was written to it (the services' first connection waits
for the check, see ``data.health.HealthGate``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from . import messages as msg
from .workers import run_task

if TYPE_CHECKING:
    from ..services.container import Services

log = logging.getLogger(__name__)

#: A widget that is visible but not painted within this time does not hold the start up.
PAINT_WAIT_MS = 1000


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.fn: Callable[[], None] | None = fn
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self.fire)  # cancelled if the widget goes

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.fn is not None:
            QTimer.singleShot(0, self, self.fire)  # after the painted frame has gone out
        return False

    def fire(self) -> None:
        fn, self.fn = self.fn, None
        if fn is None:
            return
        self.widget.removeEventFilter(self)
        self.deleteLater()
        fn()


def after_paint(widget: QWidget, fn: Callable[[], None]) -> None:
    """Call ``fn()`` once ``widget`` has painted (at once when it is not visible, and after
    :data:`PAINT_WAIT_MS` at the latest)."""
    if not widget.isVisible():
        fn()
        return
    _AfterPaint(widget, fn)


def after_first_paint(
    widget: QWidget, services: Services, fn: Callable[[], None], *, window: QWidget
) -> None:
    """Once ``widget`` (the enterprise table) has painted: the database file's check, then
    ``fn()`` (the other tabs' loads). A file that fails the check is reported and ``window``
    closes (exit code 1)."""

    def checked() -> None:
        gate = services.gate
        if gate is None or gate.passed:
            fn()
            return
        run_task(
            services.verify,
            on_done=lambda _r: fn(),
            on_error=lambda exc: database_failed(window, exc),
            owner=window,
        )

    after_paint(widget, checked)


def database_failed(window: QWidget, exc: BaseException) -> None:
    """The open file failed its check after the first paint: say so and close the window."""
    log.error("database check failed after the first paint: %r", exc)
    msg.error(window, f"无法使用数据库。\n\n{msg.error_text(exc)}", title="无法打开数据库")
    window.close()
    app = QApplication.instance()
    if app is not None:
        app.exit(1)
