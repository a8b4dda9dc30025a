"""Start-up stays light: the window paints its first table before anything heavy is imported
(SQLAlchemy and Alembic included) and before the other tabs load; a file that fails its check
(run after that first paint) is refused untouched."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.demo import make_uscc

from .conftest import AS_OF, close_window


def test_first_paint_before_heavy_modules(tmp_path, fixtures):
    db = tmp_path / "s.sqlite"
    base = [sys.executable, "-m", "gaotai_desktop", "--db", str(db)]
    subprocess.run(
        [*base, "import", "enterprises", str(fixtures / "enterprises_sample.csv")],
        check=True,
        capture_output=True,
    )
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", GAOTAI_SMOKE_EXIT="1", GAOTAI_SKIP_FIRST_RUN="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"),
    )  # fmt: skip
    result = subprocess.run(base, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("first-paint")][0]
    assert "rows=18" in line
    # no SQLAlchemy, Alembic, ReportLab, PDFium or openpyxl before first paint
    assert line.endswith("heavy=-"), line


ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from gaotai_desktop.ui import messages
def box(kind, title, text, details):
    print("BOX", kind, text.replace("\n", " "), flush=True)
messages.BOX_HOOK = box
from gaotai_desktop.cli import build_parser
from gaotai_desktop.ui.application import run
def on_window(w):
    w.all_loaded.connect(lambda: (print("LOADED", flush=True), w.close()))
sys.exit(run(build_parser().parse_args(sys.argv[1:]), on_window=on_window))
"""


def run_program(tmp_path: Path, args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    environ = dict(os.environ)
    environ.update(
        QT_QPA_PLATFORM="offscreen",
        GAOTAI_SKIP_FIRST_RUN="1",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        **env,
    )
    return subprocess.run(
        [sys.executable, *args], env=environ, capture_output=True, text=True, timeout=120,
        cwd=ROOT, check=False,
    )  # fmt: skip


@pytest.fixture
def current(tmp_path: Path) -> Path:
    """An up-to-date database with enterprises (opened by the program without Alembic)."""
    from gaotai_desktop.services.container import open_services

    path = tmp_path / "gaotai.sqlite"
    services = open_services(path, backup_dir=None, actor="t")
    services.office.set_values({"contact_person": "王敏", "contact_phone": "0936-6612345"})
    for i in range(40):
        data = EnterpriseInput(make_uscc(random.Random(i)), f"高台县企业{i:03d}有限公司")
        services.enterprises.create(data, today=AS_OF)
    services.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def test_a_file_failing_its_check_is_refused_after_the_first_paint_untouched(tmp_path, current):
    con = sqlite3.connect(current)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("PRAGMA writable_schema=ON")
    sql = "UPDATE sqlite_master SET sql = ? WHERE name = 'ix_enterprise_name'"
    con.execute(sql, ("CREATE INDEX ix_enterprise_name ON enterprise (address)",))
    con.commit()
    con.close()
    con = sqlite3.connect(current)
    con.execute("UPDATE enterprise SET name = name || '（已更名）' WHERE rowid % 3 = 0")
    con.commit()
    con.close()
    con = sqlite3.connect(current)
    con.execute("PRAGMA writable_schema=ON")
    con.execute(sql, ("CREATE INDEX ix_enterprise_name ON enterprise (name)",))
    con.commit()
    con.close()
    before = hashlib.sha256(current.read_bytes()).hexdigest()
    proc = run_program(tmp_path, ["-c", CHILD, "--db", str(current)])
    assert proc.returncode == 1, proc.stdout + proc.stderr
    boxes = [ln for ln in proc.stdout.splitlines() if ln.startswith("BOX")]
    assert len(boxes) == 1 and boxes[0].startswith("BOX error"), proc.stdout
    assert "已损坏" in boxes[0] and str(current) in boxes[0]
    assert "LOADED" not in proc.stdout
    assert hashlib.sha256(current.read_bytes()).hexdigest() == before
    assert not current.with_name(current.name + "-wal").exists()


def test_the_other_tabs_load_after_the_enterprise_table_is_painted(
    qtbot, services, qsettings, boxes
):
    from PySide6.QtCore import QEvent, QObject

    services.enterprises.create(
        EnterpriseInput(make_uscc(random.Random(1)), "高台县鑫源有限公司"), today=AS_OF
    )
    from gaotai_desktop.ui.main_window import MainWindow

    window = MainWindow(services, as_of=AS_OF, settings=qsettings)
    qtbot.addWidget(window)
    painted: list[int] = []
    order: list[tuple[str, int]] = []

    class Paints(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(window.enterprise_tab.model.rowCount())
            return False

    watcher = Paints()
    window.enterprise_tab.view.viewport().installEventFilter(watcher)
    for tab in window.all_tabs()[1:]:
        load = tab.load

        def recorded(*args, _load=load, _name=tab.title, **kwargs):
            order.append((_name, sum(1 for rows in painted if rows > 0)))
            return _load(*args, **kwargs)

        tab.load = recorded
    window.show()
    with qtbot.waitSignal(window.all_loaded, timeout=20_000):
        window.start_loading()
    # the 统计 tab loads when it is first shown
    later = {window.statistics_tab.title}
    assert {name for name, _ in order} - later == {t.title for t in window.all_tabs()[1:]} - later
    assert all(paints >= 1 for _name, paints in order), order
    close_window(window)


def test_a_test_window_still_loads_everything(empty_window):
    assert not empty_window.is_loading()
    assert empty_window.enterprise_tab.model.loaded
