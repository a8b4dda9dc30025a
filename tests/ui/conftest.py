"""pytest-qt fixtures: offscreen Qt, settings in tmp_path, message boxes answered, a Qt warning fails.

``QT_QPA_PLATFORM=offscreen`` is set here, before any QApplication exists.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
#: No first-run settings dialog over the windows the tests open (tests that want it unset this).
os.environ.setdefault("GAOTAI_SKIP_FIRST_RUN", "1")

import pytest

AS_OF = dt.date(2026, 11, 28)
HERE = Path(__file__).parent

#: Qt messages that are not problems of this program (offscreen platform plugin noise).
QT_LOG_IGNORE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "QFont::setPointSizeF: Point size <= 0",
)


def pytest_collection_modifyitems(config, items):
    """Every test under tests/ui: a Qt warning fails it (pytest-qt ``qt_log_level_fail``)."""
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.ui)
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


@pytest.fixture
def as_of() -> dt.date:
    return AS_OF


@pytest.fixture
def qsettings(tmp_path: Path, qapp):
    """QSettings (IniFormat, user scope) pointed at tmp_path."""
    from PySide6.QtCore import QSettings

    from gaotai_desktop.ui.window_state import app_settings

    folder = tmp_path / "settings"
    folder.mkdir(exist_ok=True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    settings = app_settings()
    assert str(folder) in settings.fileName()
    yield settings
    settings.sync()


class Boxes:
    """Records message boxes instead of showing them; answers questions."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str, str]] = []
        self.confirm_answer = True
        self.text_answer: str | None = "误录，测试作废"

    def __call__(self, kind: str, title: str, text: str, details: str):
        self.shown.append((kind, title, text, details))
        if kind == "confirm":
            return self.confirm_answer
        if kind == "ask_text":
            return self.text_answer
        return None

    def kinds(self) -> list[str]:
        return [k for k, *_ in self.shown]

    def texts(self, kind: str | None = None) -> list[str]:
        return [t for k, _title, t, _d in self.shown if kind is None or k == kind]


@pytest.fixture
def boxes(monkeypatch):
    from gaotai_desktop.ui import messages

    recorder = Boxes()
    monkeypatch.setattr(messages, "BOX_HOOK", recorder)
    yield recorder
    crashes = [s for s in recorder.shown if s[0] == "crash"]
    assert not crashes, f"crash dialog shown: {crashes[0][3]}"


@pytest.fixture
def services(db, db_path, tmp_path):
    """All services over the migrated test database (``db`` fixture of tests/conftest.py)."""
    from gaotai_desktop.services.container import build_services

    return build_services(db, location=db_path, backup_dir=tmp_path / "backups")


@pytest.fixture
def sample_services(services, fixtures):
    """Services over a database holding the sample enterprises and incidents."""
    services.importer.run("enterprises", fixtures / "enterprises_sample.xlsx", today=AS_OF)
    services.importer.run("incidents", fixtures / "incidents_sample.xlsx", today=AS_OF)
    return services


def open_window(qtbot, services, qsettings):
    from gaotai_desktop.ui.main_window import MainWindow

    window = MainWindow(services, as_of=AS_OF, settings=qsettings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.all_loaded, timeout=20_000):
        window.start_loading()
    return window


def close_window(window) -> None:
    from PySide6.QtWidgets import QApplication

    from gaotai_desktop.ui import workers

    window.close()
    workers.wait_all()
    QApplication.processEvents()


@pytest.fixture
def window(qtbot, sample_services, qsettings, boxes):
    w = open_window(qtbot, sample_services, qsettings)
    yield w
    close_window(w)


@pytest.fixture
def empty_window(qtbot, services, qsettings, boxes):
    w = open_window(qtbot, services, qsettings)
    yield w
    close_window(w)


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: ``qtbot.keyClicks`` for ASCII; key events carrying the text otherwise
    (QTest's key tables only know ASCII; a Chinese IME delivers committed text the same way)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
