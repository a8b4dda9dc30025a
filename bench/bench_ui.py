"""UI benchmark: start-up to the first painted enterprise table (against the floor: a minimal
PySide6 ``QMainWindow`` + ``QTableView``, measured in the same run), quitting, search and sort,
peak memory.

    python bench/bench_ui.py [BIG_DB] [--small SMALL_DB] [--runs 3] [--paint-runs 7]
    python bench/bench_ui.py [BIG_DB] --first-paint-only [--paint-runs 9]

BIG_DB (default /tmp/gaotai-bench-20k.sqlite) holds 20,000 enterprises / 200,000 injured persons and
SMALL_DB (default /tmp/gaotai-bench-2k.sqlite) 2,000 / 20,000; each is created with the demo
generator when missing. Every measurement runs the real program offscreen in a fresh subprocess;
the start time is taken in the parent just before the process is spawned.

First paint: the program (``GAOTAI_SMOKE_EXIT=1``: it quits once the enterprise table is painted
with rows, printing ``first-paint <epoch>``) and the floor run in turns, ``--paint-runs`` times
each; medians and the ratio of the medians are printed, with the time from the first paint to the
end of the process (the program quits promptly: loads still under way are stopped).
Prints numbers next to the targets; asserts nothing (speed is measured, not tested).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TARGET_FIRST_PAINT_S = 1.5
TARGET_RATIO = 1.5
#: First paint against the minimal Qt program (issue #13).
TARGET_FLOOR_RATIO = 3.0
TARGET_SEARCH_MS = 150
TARGET_SORT_MS = 150
TARGET_MEMORY_MB = 400
SEARCHES = ("高", "高台", "高台县鑫", "鑫源", "91620724", "")


def ensure_db(path: Path, enterprises: int, incidents: int) -> None:
    if path.exists():
        return
    print(f"creating {path} ({enterprises} enterprises, {incidents} persons) …", flush=True)
    subprocess.run(
        [sys.executable, "-m", "gaotai_desktop", "--db", str(path), "demo",
         "--enterprises", str(enterprises), "--incidents", str(incidents)],
        check=True,
    )  # fmt: skip


FLOOR = r"""
import sys, time
from PySide6.QtCore import QAbstractTableModel, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

ROWS = int(sys.argv[1])


class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return ROWS

    def columnCount(self, parent=None):
        return 8

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}-{index.column()}"
        return None


class FirstPaint(QObject):
    done = False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print(f"first-paint {time.time():.3f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTableView()
view.setModel(Model())
window.setCentralWidget(view)
window.resize(1280, 800)
watcher = FirstPaint()
view.viewport().installEventFilter(watcher)
window.show()
app.exec()
"""


def first_paint_once(cmd: list[str], tmp: str) -> tuple[float, float, str]:
    """(seconds to the first paint, seconds to the end of the process, the rest of the line)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GAOTAI_SMOKE_EXIT="1",
               GAOTAI_SKIP_FIRST_RUN="1", XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp,
               XDG_CONFIG_HOME=tmp)  # fmt: skip
    start = time.time()
    proc = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=120, check=False, cwd=ROOT
    )
    end = time.time()
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("first-paint")), None)
    if line is None:
        raise SystemExit(f"no first paint ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    _word, epoch, *rest = line.split()
    return float(epoch) - start, end - start, " ".join(rest)


def first_paint_vs_floor(db: Path, runs: int) -> dict:
    """The program and the floor in turns; medians and their ratio. The package is byte-compiled
    first, as an installed program is (pip and PyInstaller ship bytecode; without it every run
    compiles the sources again when PYTHONDONTWRITEBYTECODE is set)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "gaotai_desktop")], check=True
    )
    program = [sys.executable, "-m", "gaotai_desktop", "--db", str(db)]
    with tempfile.TemporaryDirectory() as tmp:
        floor_cmd = [sys.executable, "-c", FLOOR, "20000"]
        first_paint_once(floor_cmd, tmp)  # warm the file cache
        first_paint_once(program, tmp)
        load = os.getloadavg()[0]
        floor, ours, exits, ratios, extra = [], [], [], [], ""
        for _ in range(runs):
            f, _end, _ = first_paint_once(floor_cmd, tmp)
            p, end, extra = first_paint_once(program, tmp)
            floor.append(f)
            ours.append(p)
            exits.append(end - p)
            ratios.append(p / f)
    return {
        "floor": floor, "ours": ours, "exit_after": exits, "ratios": ratios, "line": extra,
        "load": (load, os.getloadavg()[0]),
    }  # fmt: skip


def print_first_paint(res: dict) -> None:
    med = statistics.median
    f, p = med(res["floor"]), med(res["ours"])
    ratio = p / f
    print(f"machine load (1-min average) {res['load'][0]:.2f} -> {res['load'][1]:.2f} on "
          f"{os.cpu_count()} cores")  # fmt: skip
    print(f"{'floor: QMainWindow + QTableView (s)':40} median {f:6.3f}  runs {_r(res['floor'])}")
    print(f"{'first painted enterprise table (s)':40} median {p:6.3f}  runs {_r(res['ours'])}"
          f"  ({res['line']})")  # fmt: skip
    print(f"{'first paint / floor':40} {ratio:6.2f}x (median of the pairs "
          f"{med(res['ratios']):.2f}x)   <= {TARGET_FLOOR_RATIO}x  {ok(ratio <= TARGET_FLOOR_RATIO)}")  # fmt: skip
    print(f"{'first paint to the end of the process (s)':40} median {med(res['exit_after']):6.3f}"
          f"  runs {_r(res['exit_after'])}")  # fmt: skip


def _r(values: list[float]) -> str:
    return "[" + ", ".join(f"{v:.2f}" for v in values) + "]"


def child(db: str) -> int:
    """Runs inside the measured process."""
    t_spawn = float(os.environ["BENCH_T0"])
    import resource

    from PySide6.QtCore import QEvent, QObject, QSettings, Qt

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["BENCH_TMP"]
    )
    from gaotai_desktop.cli import build_parser
    from gaotai_desktop.ui.application import run

    result: dict[str, object] = {}

    class FirstPaint(QObject):
        def __init__(self, window) -> None:
            super().__init__()
            self.window = window

        def eventFilter(self, obj, event) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and "first_paint_s" not in result
                and self.window.enterprise_tab.model.rowCount() > 0
            ):
                result["first_paint_s"] = time.time() - t_spawn
                result["rows"] = self.window.enterprise_tab.model.rowCount()
            return False

    def measure(window) -> None:
        tab = window.enterprise_tab
        viewport = tab.view.viewport()
        searches = []
        for text in SEARCHES:
            tab.search.setText(text)
            t = time.perf_counter()
            tab.search.flush()  # the debounced keystroke handler, without the 150 ms pause
            viewport.repaint()
            searches.append((time.perf_counter() - t) * 1000)
        sorts = {}
        for key, order in (("accidents", Qt.SortOrder.DescendingOrder),
                           ("name", Qt.SortOrder.AscendingOrder),
                           ("accidents", Qt.SortOrder.AscendingOrder)):  # fmt: skip
            t = time.perf_counter()
            tab.view.sortByColumn(tab.model.column_index(key), order)
            viewport.repaint()
            sorts[f"{key}_{'desc' if order == Qt.SortOrder.DescendingOrder else 'asc'}"] = (
                time.perf_counter() - t
            ) * 1000
        acc = window.accident_tab
        window.tabs.setCurrentWidget(acc)
        t = time.perf_counter()
        acc.search.setText("高台县")
        acc.search.flush()
        acc.view.viewport().repaint()
        result["accident_search_ms"] = (time.perf_counter() - t) * 1000
        result["accident_rows"] = acc.model.total_count()
        result["search_ms"] = searches
        result["sort_ms"] = sorts
        result["all_loaded_s"] = time.time() - t_spawn
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("BENCH " + json.dumps(result), flush=True)
        window.close()

    def on_window(window) -> None:
        window._bench_filter = FirstPaint(window)
        window.enterprise_tab.view.viewport().installEventFilter(window._bench_filter)
        window.all_loaded.connect(lambda: measure(window))

    return run(build_parser().parse_args(["--db", db]), on_window=on_window)


def spawn(db: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_TMP=tmp,
                   XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp)  # fmt: skip
        env["BENCH_T0"] = repr(time.time())
        proc = subprocess.run(
            [sys.executable, __file__, "--child", str(db)],
            env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH "):
            return json.loads(line[6:])
    raise SystemExit(f"child failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")


def best_of(db: Path, runs: int) -> dict:
    results = [spawn(db) for _ in range(runs)]
    best = min(results, key=lambda r: r["first_paint_s"])
    best["first_paint_all_s"] = [round(r["first_paint_s"], 3) for r in results]
    best["peak_rss_mb"] = max(r["peak_rss_mb"] for r in results)
    return best


def ok(flag: bool) -> str:
    return "OK " if flag else "SLOW"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("big", nargs="?", default="/tmp/gaotai-bench-20k.sqlite")
    p.add_argument("--small", default="/tmp/gaotai-bench-2k.sqlite")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--paint-runs", type=int, default=7)
    p.add_argument("--first-paint-only", action="store_true")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return child(args.child)
    big, small = Path(args.big), Path(args.small)
    ensure_db(big, 20_000, 200_000)
    print_first_paint(first_paint_vs_floor(big, args.paint_runs))
    if args.first_paint_only:
        return 0
    ensure_db(small, 2_000, 20_000)
    res = {"small": best_of(small, args.runs), "big": best_of(big, args.runs)}
    b, s = res["big"], res["small"]
    ratio = b["first_paint_s"] / s["first_paint_s"]
    print()
    print(f"{'':34} {'2k/20k':>10} {'20k/200k':>10}   target")
    print(f"{'enterprise rows':34} {s['rows']:>10} {b['rows']:>10}")
    print(f"{'accidents loaded (this year)':34} {s['accident_rows']:>10} {b['accident_rows']:>10}")
    print(f"{'first paint of table (s)':34} {s['first_paint_s']:>10.2f} {b['first_paint_s']:>10.2f}"
          f"   <= {TARGET_FIRST_PAINT_S} s  {ok(b['first_paint_s'] <= TARGET_FIRST_PAINT_S)}")  # fmt: skip
    print(f"{'  runs (s)':34} {str(s['first_paint_all_s']):>10} {str(b['first_paint_all_s']):>10}")
    print(
        f"{'first paint big/small':34} {'':>10} {ratio:>10.2f}   <= {TARGET_RATIO}x    {ok(ratio <= TARGET_RATIO)}"
    )
    print(f"{'everything loaded (s)':34} {s['all_loaded_s']:>10.2f} {b['all_loaded_s']:>10.2f}")
    for name, r in (
        ("search keystroke max (ms)", max),
        ("search keystroke median (ms)", statistics.median),
    ):
        sv, bv = r(s["search_ms"]), r(b["search_ms"])
        print(
            f"{name:34} {sv:>10.1f} {bv:>10.1f}   < {TARGET_SEARCH_MS} ms  {ok(bv < TARGET_SEARCH_MS)}"
        )
    for key in b["sort_ms"]:
        sv, bv = s["sort_ms"][key], b["sort_ms"][key]
        print(
            f"{'sort ' + key + ' (ms)':34} {sv:>10.1f} {bv:>10.1f}   < {TARGET_SORT_MS} ms  {ok(bv < TARGET_SORT_MS)}"
        )
    print(f"{'accident search (ms)':34} {s['accident_search_ms']:>10.1f} {b['accident_search_ms']:>10.1f}"
          f"   < {TARGET_SEARCH_MS} ms  {ok(b['accident_search_ms'] < TARGET_SEARCH_MS)}")  # fmt: skip
    print(f"{'peak memory (MB)':34} {s['peak_rss_mb']:>10.0f} {b['peak_rss_mb']:>10.0f}"
          f"   < {TARGET_MEMORY_MB} MB {ok(b['peak_rss_mb'] < TARGET_MEMORY_MB)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
