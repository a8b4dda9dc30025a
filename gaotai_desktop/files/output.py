"""Writing a user-chosen output file (PDF bundle, template, table export) safely.

One function for every command that writes where the user says: :func:`write_output`.

- It refuses the open database file, its ``-wal``/``-shm``/``-journal`` files, anything inside the
  backups folder (the ``protected`` paths, see :func:`protected_paths`) and folders, with a typed
  error whose Chinese text names the path. Symlinks are resolved first, so a link planted at the
  chosen name that points at a protected file is refused too.
- It writes to a new temporary file in the same folder (``tempfile.mkstemp``: ``O_EXCL``, mode
  ``0600``), fsyncs it and renames it onto the name (``os.replace``: a symlink at the name is
  replaced itself, never followed). On any failure the temporary file is removed, so no ``.part``
  or half-written file is left, and the error names the output file and says what to do.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import StorageError, ValidationError

log = logging.getLogger(__name__)

SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def protected_paths(db_location: str | os.PathLike[str], backup_dir: Path | None) -> list[Path]:
    """What an output must never overwrite: the database file (a SQLite location; a server URL
    protects nothing) and the backups folder."""
    out: list[Path] = []
    text = str(db_location)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    if "://" not in text and text and text != ":memory:":
        out.append(Path(text).expanduser())
    if backup_dir is not None:
        out.append(Path(backup_dir))
    return out


def _key(path: Path) -> str:
    return os.path.normcase(str(path))


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(path.expanduser()))


def protected_by(path: Path, protected: Iterable[Path]) -> Path | None:
    """The protected path that ``path`` (resolved through symlinks) would overwrite, if any."""
    candidates = {_key(_resolved(path)), _key(_resolved(path.parent) / path.name)}
    for item in protected:
        base = _resolved(Path(item))
        names = [base, *(base.with_name(base.name + s) for s in SQLITE_SIDECARS)]
        if any(_key(n) in candidates for n in names):
            return Path(item)
        prefix = _key(base).rstrip(os.sep) + os.sep
        if base.is_dir() and any(c.startswith(prefix) for c in candidates):
            return Path(item)
    return None


def check_extension(path: str | os.PathLike[str], allowed: Iterable[str] = (".xlsx",)) -> Path:
    """``ValidationError('output', 'extension')`` unless the name ends with an allowed suffix."""
    p = Path(path)
    allowed = tuple(allowed)
    if not any(p.name.lower().endswith(a.lower()) for a in allowed):
        raise ValidationError(
            "output", "extension", {"expected": " 或 ".join(allowed), "path": str(p)}
        )
    return p


def check_output(path: str | os.PathLike[str], protected: Iterable[Path] = ()) -> Path:
    """Refuse, before any work is done, an output path that is a folder, a protected file (the
    database, its journals, a backup) or in a folder that does not exist; returns the resolved
    final path. Raises ``StorageError('output_protected' | 'output_is_directory' |
    'output_no_folder')``."""
    target = Path(path).expanduser()
    shown = str(target)
    if target.is_dir():  # (follows a symlink to a folder, too)
        raise StorageError("output_is_directory", path=shown)
    hit = protected_by(target, list(protected))
    if hit is not None:
        raise StorageError("output_protected", path=shown, protected=str(hit))
    folder = _resolved(target.parent)
    if not folder.is_dir():
        raise StorageError("output_no_folder", path=shown, folder=str(target.parent))
    return folder / target.name


def write_output(
    path: str | os.PathLike[str],
    data: bytes | Callable[[BinaryIO], object],
    *,
    protected: Iterable[Path] = (),
) -> Path:
    """Write ``data`` (bytes, or a function that writes to a binary file) to ``path``; returns the
    path written. Raises ``StorageError('output_protected' | 'output_is_directory' |
    'output_no_folder' | 'output_failed')``."""
    shown = str(Path(path).expanduser())
    final = check_output(path, protected)
    folder = final.parent
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            if callable(data):
                data(fh)
            else:
                fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        tmp = None
        if os.name == "posix":
            with contextlib.suppress(OSError):
                dir_fd = os.open(folder, os.O_RDONLY)
                try:
                    os.fsync(dir_fd)
                finally:
                    os.close(dir_fd)
    except OSError as exc:
        log.error("writing %s failed", shown, exc_info=True)
        raise StorageError("output_failed", path=shown, detail=exc.strerror or str(exc)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return final
