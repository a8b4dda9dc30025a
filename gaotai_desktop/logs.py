"""The program's log: a rotating file in the user log folder, for the window and the command line.

Tracebacks go here, never onto a clerk's screen or terminal.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

LOG_FILE = "gaotai-desktop.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def setup_logging(log_dir: Path | None, *, console: bool = True) -> Path | None:
    """Log INFO and above to ``log_dir/gaotai-desktop.log`` (rotated at 2 MB, 5 kept) and, with
    ``console``, warnings to stderr. Calling it again keeps one log file: the same folder adds
    nothing, another folder replaces the earlier file. Returns the file."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter(_FORMAT)
    log_file = None
    if log_dir is not None:
        log_file = log_dir / LOG_FILE
        if not _has_handler(root, log_file):
            _drop_file_handlers(root)
            try:
                log_dir.mkdir(parents=True, exist_ok=True)
                handler = logging.handlers.RotatingFileHandler(
                    log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
                )
            except OSError as exc:  # a read-only profile must not stop the program
                print(f"无法写日志文件 {log_dir}：{exc}", file=sys.stderr)
                log_file = None
            else:
                handler.setFormatter(fmt)
                handler._gaotai_file = True  # type: ignore[attr-defined]
                root.addHandler(handler)
    if console and not any(getattr(h, "_gaotai_console", False) for h in root.handlers):
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(fmt)
        stream._gaotai_console = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    return log_file


def _drop_file_handlers(root: logging.Logger) -> None:
    for h in list(root.handlers):
        if getattr(h, "_gaotai_file", False):
            root.removeHandler(h)
            h.close()


def _has_handler(root: logging.Logger, log_file: Path) -> bool:
    return any(
        getattr(h, "_gaotai_file", False)
        and isinstance(h, logging.FileHandler)
        and Path(h.baseFilename) == log_file.resolve()
        for h in root.handlers
    )
