"""An installation without ``cryptography`` (the bundle has it since the ICU data is trimmed; a pip
install may still lack it): every other command still runs, and sync says why it cannot, in
Chinese, with exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCK = """
import sys
for name in ("cryptography",):
    sys.modules[name] = None
"""


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(BLOCK, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]))
    env["GAOTAI_SYNC_PASSPHRASE"] = "测试用的同步口令"
    return subprocess.run(
        [sys.executable, "-m", "gaotai_desktop", "--db", str(tmp_path / "x.sqlite"), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_without_cryptography_sync_says_why_and_the_rest_runs(tmp_path) -> None:
    tiers = run(tmp_path, "tiers", "--format", "json")
    assert tiers.returncode == 0, tiers.stderr
    enroll = run(tmp_path, "sync", "enroll", "笔记本一", "-o", str(tmp_path / "c.gsync"))
    assert enroll.returncode == 1
    assert "不含外出笔记本同步所需的加密组件" in enroll.stderr
    assert "Traceback" not in enroll.stderr
    assert not (tmp_path / "c.gsync").exists()
