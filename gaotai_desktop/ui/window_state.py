"""Window settings remembered between runs (QSettings: organisation "Gaotai", app "gaotai-desktop").

An INI file in the user's config folder on every platform (no Windows registry), so tests can point
it at ``tmp_path`` with ``QSettings.setPath(IniFormat, UserScope, tmp_path)``.
"""

from __future__ import annotations

from pathlib import Path

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


# -- printing and folders ------------------------------------------------------------------------
#: The printer chosen last in the print dialog (a paper printer; never "print to file").
LAST_PRINTER_KEY = "printing/printer"
#: Folders last used, by purpose: ``pdf`` (另存为PDF, print to file, list PDFs), ``export``
#: (.xlsx exports), ``import``.
FOLDER_KEYS = {
    "pdf": "paths/pdf",
    "export": "paths/export",
    "import": "paths/import",
    "template": "paths/template",
    "problems": "paths/problems",
}


def last_printer(settings: QSettings | None) -> str:
    if settings is None:
        return ""
    value = settings.value(LAST_PRINTER_KEY, "")
    return value if isinstance(value, str) else ""


def remember_printer(settings: QSettings | None, name: str) -> None:
    if settings is not None and name:
        settings.setValue(LAST_PRINTER_KEY, name)


def last_folder(settings: QSettings | None, purpose: str) -> Path:
    """The folder last used for ``purpose`` (one of :data:`FOLDER_KEYS`) if it still exists, else
    the home folder."""
    if settings is not None:
        value = settings.value(FOLDER_KEYS[purpose], "")
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
    return Path.home()


def remember_folder(settings: QSettings | None, purpose: str, path: str | Path) -> None:
    """Remember the folder of ``path`` (a file) or ``path`` itself (a folder) for ``purpose``."""
    if settings is None or not str(path):
        return
    p = Path(path)
    folder = p if p.is_dir() else p.parent
    settings.setValue(FOLDER_KEYS[purpose], str(folder))
