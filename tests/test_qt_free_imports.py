"""Every module outside ``ui`` (and the ``gui``/``__main__`` entry points) imports with PySide6
made unimportable: the layer rule, checked in a child process whatever the test run has loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import importlib, pkgutil, sys
import gaotai_desktop
skip = ("gaotai_desktop.ui", "gaotai_desktop.gui", "gaotai_desktop.__main__")
names = [m.name for m in pkgutil.walk_packages(gaotai_desktop.__path__, "gaotai_desktop.")
         if not m.name.startswith(skip) and ".migrations.versions" not in m.name
         and not m.name.endswith("migrations.env")]
for name in names:
    importlib.import_module(name)
assert sys.modules.get("PySide6") is None
print(len(names))
"""


def test_every_module_outside_ui_imports_without_qt() -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "tools" / "noqt"), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) > 80  # the walk really found the package's modules
