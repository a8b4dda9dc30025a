"""Work off the GUI thread: one helper for every background job (like Anki's ``QueryOp``).

``run_task(fn, on_done=..., on_error=...)`` runs ``fn()`` in the thread pool and calls back on the
GUI thread. Jobs that report progress and can be cancelled (imports) get a :class:`Progress` handle;
``run_cancellable`` runs such a job behind a progress dialog with a 取消 button.

SQLite connections come from SQLAlchemy's pool per call (one transaction per service call), so a
service may be called from a worker thread; widgets and models are only touched in the callbacks.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import Shiboken

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Progress:
    """Handed to a cancellable job: ``progress(done, total)`` returns ``False`` once cancelled."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def __call__(self, done: int, total: int) -> bool:
        self._signals.progress.emit(int(done), int(total))
        return not self._cancel.is_set()


class Task(QRunnable):
    """One job. Keep the returned object if you need ``progress``/``cancel``."""

    def __init__(self, fn: Callable[..., Any], with_progress: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()
        self.progress = Progress(self.signals) if with_progress else None
        self.finished = threading.Event()
        self.name = getattr(fn, "__qualname__", repr(fn))

    def run(self) -> None:  # worker thread
        started = time.perf_counter()
        try:
            result = self.fn(self.progress) if self.progress is not None else self.fn()
        except BaseException as exc:  # handed to the GUI thread, never lost
            log.debug("task %s failed after %.3f s", self.name, time.perf_counter() - started)
            self.finished.set()
            self.signals.failed.emit(exc)
        else:
            log.debug("task %s done in %.3f s", self.name, time.perf_counter() - started)
            self.finished.set()
            self.signals.done.emit(result)


_live: set[Task] = set()


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run_task(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    with_progress: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    owner: QObject | None = None,
) -> Task:
    """Run ``fn`` off the GUI thread; ``on_done(result)`` / ``on_error(exc)`` run on the GUI thread.

    Without ``on_error`` an exception goes to :func:`ui.messages.show_error`. When ``owner`` (the
    widget that asked) is gone by the time the job ends, the callbacks are skipped.
    """
    from . import messages as msg

    def alive() -> bool:
        return owner is None or (Shiboken.isValid(owner) and not getattr(owner, "closed", False))

    task = Task(fn, with_progress)
    _live.add(task)

    def done(result: Any) -> None:
        _live.discard(task)
        if alive():
            on_done(result)

    def failed(exc: BaseException) -> None:
        _live.discard(task)
        if not alive():
            log.info("job of a closed window failed: %r", exc)
        elif on_error is not None:
            on_error(exc)
        else:
            msg.show_error(None, exc)

    task.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    if on_progress is not None:
        task.signals.progress.connect(
            lambda d, t: on_progress(d, t) if alive() else None, Qt.ConnectionType.QueuedConnection
        )
    pool().start(task)
    return task


def progress_dialog(
    parent: QWidget | None, text: str, title: str, *, name: str, maximum: int
) -> QProgressDialog:
    """A window-modal progress dialog with a 取消 button; it stays open until :func:`close_progress`."""
    dialog = QProgressDialog(text, "取消", 0, maximum, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def close_progress(dialog: QProgressDialog) -> None:
    """Hide a dialog of :func:`progress_dialog` and delete it later."""
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()


def run_cancellable(
    parent: QWidget,
    fn: Callable[[Progress], Any],
    *,
    text: str,
    title: str,
    name: str,
    maximum: int,
    cancelling: str,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_finish: Callable[[], None] | None = None,
) -> tuple[Task, QProgressDialog]:
    """Run ``fn(progress)`` off the GUI thread behind a :func:`progress_dialog` (owner: ``parent``).

    The dialog follows ``progress(done, total)``; its 取消 button cancels the job and shows
    ``cancelling`` in the status bar. When the job ends the dialog is closed, ``on_finish()`` runs,
    then ``on_done(result)`` or ``on_error(exc)``.
    """
    from . import messages as msg

    dialog = progress_dialog(parent, text, title, name=name, maximum=maximum)
    dialog.setValue(0)

    def on_progress(done: int, total: int) -> None:
        if not dialog.wasCanceled():
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))

    def finish() -> None:
        close_progress(dialog)
        if on_finish is not None:
            on_finish()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        on_error(exc)

    task = run_task(
        fn,
        with_progress=True,
        owner=parent,
        on_progress=on_progress,
        on_done=done,
        on_error=failed,
    )

    def cancel() -> None:
        assert task.progress is not None
        task.progress.cancel()
        msg.notify(cancelling)

    dialog.canceled.connect(cancel)
    return task, dialog


def pending() -> int:
    """Jobs started and not yet called back."""
    return len(_live)


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Block until every job has run (shutdown, tests); callbacks run on the next event loop pass."""
    return pool().waitForDone(timeout_ms)


def run_busy(parent: QWidget | None, text: str, fn: Callable[[], Any]) -> Any:
    """Run ``fn`` off the GUI thread behind a busy indicator, wait for it, return its result.

    For short jobs the user must wait for anyway (checking an import file, creating demo data):
    the window keeps painting. Raises what ``fn`` raised.
    """
    loop = QEventLoop()
    box: dict[str, Any] = {}
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle("请稍候")
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def done(result: Any) -> None:
        box["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        box["error"] = exc
        loop.quit()

    try:
        run_task(fn, on_done=done, on_error=failed)
        loop.exec()
    finally:
        QApplication.restoreOverrideCursor()
        dialog.reset()
        dialog.deleteLater()
    if "error" in box:
        raise box["error"]
    return box.get("result")
