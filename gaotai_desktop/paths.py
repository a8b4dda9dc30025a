"""Where things live: per-user folders (platformdirs), portable ``data/`` folder, bundled resources.

The only module that knows about ``sys._MEIPASS`` (PyInstaller).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from . import APP_NAME

#: Folders the program creates hold ID numbers: readable by their owner only (POSIX).
PRIVATE_DIR = 0o700
POSIX = os.name == "posix"

DB_FILENAME = "gaotai.sqlite"
DEMO_DB_FILENAME = "demo.sqlite"


def _app_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[1]


def resource(*parts: str) -> Path:
    """A file under ``resources/`` (next to the package when run from source, in the bundle when frozen)."""
    base = Path(getattr(sys, "_MEIPASS", _app_dir()))
    return base.joinpath("resources", *parts)


@dataclass(frozen=True)
class AppPaths:
    data: Path
    logs: Path
    backups: Path
    config: Path
    portable: bool

    @property
    def default_db(self) -> Path:
        return self.data / DB_FILENAME

    def ensure(self) -> AppPaths:
        """Create the missing folders, owner-only (``0700``); existing ones keep their mode."""
        for p in (self.data, self.logs, self.backups, self.config):
            make_private_dir(p)
        return self


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) as ``0700``; an existing folder is left as it is."""
    missing: list[Path] = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue
        if POSIX:
            os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is filtered by the umask


def app_paths(root: Path | None = None) -> AppPaths:
    """Portable mode when a ``data/`` folder sits next to the executable, else per-user folders."""
    portable = root if root is not None else _app_dir() / "data"
    if getattr(sys, "frozen", False) and portable.is_dir() or root is not None:
        return AppPaths(portable, portable / "logs", portable / "backups", portable, True)
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        backups=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "backups",
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        portable=False,
    )


def is_url(location: str | Path) -> bool:
    """A SQLAlchemy URL (``postgresql://…``) rather than a file path."""
    return "://" in str(location)


def db_location(db: str | None, *, demo: bool = False) -> str | Path:
    """The database the program opens: ``--db`` when given, else the per-user (or portable) file;
    ``--demo`` without ``--db`` opens ``demo.sqlite`` beside it."""
    if db:
        return db
    paths = app_paths().ensure()
    return paths.data / DEMO_DB_FILENAME if demo else paths.default_db


def backup_dir(location: str | Path) -> Path | None:
    """Where pre-migration backups of a database file go: ``backups/`` beside the file (none for a
    server database)."""
    if is_url(location):
        return None
    return Path(location).expanduser().resolve().parent / "backups"
