"""The composition root, run as the real program would (a subprocess, offscreen)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import sys
from gaotai_desktop.ui import messages
def box(kind, title, text, details):
    print("BOX", kind, text.replace("\n", " "), flush=True)
messages.BOX_HOOK = box
from gaotai_desktop.cli import build_parser
from gaotai_desktop.ui.application import run
def on_window(w):
    def loaded():
        tab = w.enterprise_tab
        print("LOADED", tab.model.rowCount(), w.windowTitle(), w.as_of_label.text(), flush=True)
        w.close()
    w.all_loaded.connect(loaded)
sys.exit(run(build_parser().parse_args(sys.argv[1:]), on_window=on_window))
"""


def run_app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    return subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def test_demo_database_is_created_and_window_opens(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    proc = run_app(tmp_path, "--demo", "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    loaded = [line for line in proc.stdout.splitlines() if line.startswith("LOADED")]
    assert loaded, proc.stdout + proc.stderr
    assert "LOADED 2000 高台工伤预防分级预警台 统计截止日期" in loaded[0]
    logs = list((tmp_path / "home").rglob("gaotai-desktop.log"))
    assert logs and "demo data created" in logs[0].read_text("utf-8")


def test_newer_schema_is_refused_with_a_chinese_message(tmp_path: Path) -> None:
    from gaotai_desktop.services.container import open_services

    db = tmp_path / "future.sqlite"
    open_services(db, backup_dir=None, actor="tester").dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    proc = run_app(tmp_path, "--db", str(db))
    assert proc.returncode == 1
    boxes = [line for line in proc.stdout.splitlines() if line.startswith("BOX error")]
    assert boxes and "更新版本的程序" in boxes[0], proc.stdout + proc.stderr
