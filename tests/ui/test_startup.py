"""Start-up stays light: the window paints its first table before anything heavy is imported."""

from __future__ import annotations

import os
import subprocess
import sys


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
    assert line.endswith("heavy=-"), line  # no ReportLab, PDFium or openpyxl before first paint
