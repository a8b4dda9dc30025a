"""Window settings remembered between runs (QSettings: organisation "Gaotai", app "gaotai-desktop").

An INI file in the user's config folder on every platform (no Windows registry), so tests can point
it at ``tmp_path`` with ``QSettings.setPath(IniFormat, UserScope, tmp_path)``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter

ORGANISATION = "Gaotai"
APPLICATION = "gaotai-desktop"
#: Bump when saved header/window states no longer fit the widgets (old states are then ignored).
STATE_VERSION = 1


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


def save_header(settings: QSettings, key: str, header: QHeaderView) -> None:
    settings.setValue(f"{key}/header", header.saveState())
    settings.setValue(f"{key}/version", STATE_VERSION)


def restore_header(settings: QSettings, key: str, header: QHeaderView) -> bool:
    """Column widths, order, hidden columns and the sort indicator of ``header``."""
    if settings.value(f"{key}/version") not in (STATE_VERSION, str(STATE_VERSION)):
        return False
    state = _bytes(settings, f"{key}/header")
    return bool(state is not None and header.restoreState(state))


def save_splitter(settings: QSettings, key: str, splitter: QSplitter) -> None:
    settings.setValue(f"{key}/splitter", splitter.saveState())


def restore_splitter(settings: QSettings, key: str, splitter: QSplitter) -> None:
    state = _bytes(settings, f"{key}/splitter")
    if state is not None:
        splitter.restoreState(state)


def restore_bytes(settings: QSettings, key: str) -> QByteArray | None:
    return _bytes(settings, key)
