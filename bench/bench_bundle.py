"""Launch to first painted window on the demo database (2,000 / 20,000): the PyInstaller bundle
next to running from source.

    python bench/bench_bundle.py [--dist build/dist] [--runs 5]

Build the bundle first (``pyinstaller --noconfirm --distpath build/dist build.spec``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def first_paint(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("first-paint"))
    return float(line.split()[1]) - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dist", type=Path, default=ROOT / "build" / "dist")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    exe = args.dist / "gaotai-desktop" / ("gaotai-desktop" + (".exe" if os.name == "nt" else ""))
    with tempfile.TemporaryDirectory(prefix="gaotai-bench-bundle-") as tmp:
        db = Path(tmp) / "demo.sqlite"
        subprocess.run([sys.executable, "-m", "gaotai_desktop", "--db", str(db), "demo",
                        "--enterprises", "2000", "--incidents", "20000"], check=True,
                       capture_output=True)  # fmt: skip
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GAOTAI_SMOKE_EXIT="1",
                   GAOTAI_SKIP_FIRST_RUN="1", XDG_CONFIG_HOME=tmp, XDG_STATE_HOME=tmp)  # fmt: skip
        rows = []
        for label, cmd in (("bundle", [str(exe), "--db", str(db)]),
                           ("source", [sys.executable, "-m", "gaotai_desktop", "--db", str(db)])):  # fmt: skip
            if label == "bundle" and not exe.exists():
                print(f"no bundle at {exe}: build it first")
                continue
            first_paint(cmd, env)  # warm the file cache
            times = [first_paint(cmd, env) for _ in range(args.runs)]
            rows.append((label, min(times), statistics.median(times)))
    for label, best, median in rows:
        print(
            f"launch to first painted window, {label:6}: min {best:5.2f} s  median {median:5.2f} s   target (bundle): < 2 s"
        )


if __name__ == "__main__":
    main()
