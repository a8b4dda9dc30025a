"""Tier benchmark: the tier aggregate in-process and ``tiers --format json`` as a whole process,
each against its floor measured in the same run (issue #13).

    python bench/bench_foundation.py [--db DB] [--enterprises 20000] [--incidents 200000] [--runs 9]

DB (default /tmp/gaotai-bench-20k.sqlite) is made with the demo generator when missing (its time
is printed). Floors: the best plain-``sqlite3`` SQL for the same rows (written out here, not taken
from the program), and a plain-``sqlite3`` script printing byte-identical JSON (checked). The
program and its floor run in turns; medians and the ratio of the medians are printed.
Prints numbers; asserts nothing (the machines are shared and noisy).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

AS_OF = dt.date(2026, 11, 28)
TARGET_IN_PROCESS = 1.2
TARGET_PROCESS = 1.3

#: The best aggregate found by hand: live accidents counted from the covering window index, minus
#: the accidents whose every person is 不予认定 (found from the persons' outcome index); a table
#: scan sorted by credit code.
_LIVE = (
    "a.occurred_on >= '2026-01-01' AND a.occurred_on <= '2026-11-28' AND a.voided IS 0 "
    "AND a.deleted_at IS NULL"
)
_COUNTS = f"""
SELECT enterprise_id, CAST(sum(n) AS INTEGER) AS n FROM (
    SELECT a.enterprise_id AS enterprise_id, count(*) AS n FROM accident AS a WHERE {_LIVE}
    GROUP BY a.enterprise_id
    UNION ALL
    SELECT a.enterprise_id, -count(*) FROM accident AS a
    WHERE a.id IN (SELECT accident_id FROM injured_person WHERE outcome = '不予认定') AND {_LIVE}
      AND NOT EXISTS (SELECT 1 FROM injured_person AS p
                      WHERE p.accident_id = a.id AND p.outcome <> '不予认定')
    GROUP BY a.enterprise_id
) GROUP BY enterprise_id
"""
_HAZARD = "e.hazard IS 1 AND (e.hazard_date IS NULL OR e.hazard_date <= '2026-11-28')"
FLOOR_SQL = f"""
SELECT e.id, e.uscc, e.name, e.industry, e.township, e.authority, coalesce(c.n, 0), {_HAZARD}
FROM enterprise AS e LEFT JOIN ({_COUNTS}) AS c ON c.enterprise_id = e.id
WHERE e.deleted_at IS NULL ORDER BY +e.uscc
"""
#: What ``tiers --format json`` prints, by the plainest script (tiers by the default rule).
FLOOR_SCRIPT = f'''
import json, sqlite3, sys
SQL = """
SELECT e.uscc, e.name, coalesce(c.n, 0), {_HAZARD}
FROM enterprise AS e LEFT JOIN ({_COUNTS}) AS c ON c.enterprise_id = e.id
WHERE e.deleted_at IS NULL ORDER BY +e.uscc
"""


def tier(n, h):
    t = 3 if n >= 3 else 2 if n >= 2 else 1 if n >= 1 else 0
    return ("none", "yellow", "orange", "red")[max(t, 2) if h else t]


rows = sqlite3.connect(sys.argv[1]).execute(SQL)
data = [{{"uscc": u, "name": n, "accidents": c, "hazard": h == 1, "tier": tier(c, h)}}
        for u, n, c, h in rows]
sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\\n")
'''


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


#: CPU seconds of this process per run of each in-process function (see ``in_turns``).
CPU: dict[str, list[float]] = {}


def in_turns(runs: int, **work) -> dict[str, list[float]]:
    """Each function once per round, in turns; the seconds of every round (this process's CPU
    seconds go to :data:`CPU`: on a shared machine the wall time also counts waiting for a core)."""
    times: dict[str, list[float]] = {name: [] for name in work}
    CPU.clear()
    for _ in range(runs):
        for name, fn in work.items():
            cpu = time.process_time()
            times[name].append(timed(fn))
            CPU.setdefault(name, []).append(time.process_time() - cpu)
    return times


def report(
    times: dict[str, list[float]], floor: str, unit: str, target: float, cpu: bool = False
) -> None:
    med = {name: statistics.median(ts) for name, ts in times.items()}
    scale = 1000 if unit == "ms" else 1
    for name, ts in times.items():
        runs = ", ".join(f"{t * scale:.0f}" if unit == "ms" else f"{t:.2f}" for t in ts)
        ratio = "" if name == floor else f"  {med[name] / med[floor]:5.2f}x   target <= {target}x"
        print(f"  {name:44} median {med[name] * scale:7.{0 if unit == 'ms' else 3}f} {unit}{ratio}")
        print(f"  {'':44} runs [{runs}]")
    if cpu:
        cpu_med = {name: statistics.median(ts) for name, ts in CPU.items()}
        print("  CPU time of this process (median):")
        for name, value in cpu_med.items():
            ratio = "" if name == floor else f"  {value / cpu_med[floor]:5.2f}x"
            print(f"    {name:42} {value * scale:7.0f} {unit}{ratio}")


def ensure_db(db: Path, enterprises: int, incidents: int) -> None:
    if db.exists():
        return
    cmd = [sys.executable, "-m", "gaotai_desktop", "--db", str(db), "demo",
           "--enterprises", str(enterprises), "--incidents", str(incidents),
           "--today", AS_OF.isoformat()]  # fmt: skip
    demo_s = timed(lambda: subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT))
    print(f"demo {enterprises}/{incidents} (whole process): {demo_s:6.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("/tmp/gaotai-bench-20k.sqlite"))
    ap.add_argument("--enterprises", type=int, default=20000)
    ap.add_argument("--incidents", type=int, default=200000)
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    ensure_db(args.db, args.enterprises, args.incidents)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "gaotai_desktop")], check=True
    )
    print(f"machine load (1-min average) {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")

    from gaotai_desktop.services.container import open_services

    services = open_services(args.db, backup_dir=None, actor="bench")
    con = sqlite3.connect(args.db)
    rows = services.enterprises.tiers(AS_OF)
    floor_rows = con.execute(FLOOR_SQL).fetchall()
    fields = ("enterprise_id", "uscc", "name", "industry", "township", "authority", "accidents")
    got = [(*(getattr(r, f) for f in fields), r.hazard) for r in rows]
    assert got == floor_rows, "the floor reads other rows"
    work = {
        "floor: best plain-sqlite3 SQL, fetchall": lambda: con.execute(FLOOR_SQL).fetchall(),
        "services.enterprises.tiers (SQLAlchemy session)": lambda: services.enterprises.tiers(AS_OF),
    }  # fmt: skip
    if hasattr(services, "overview"):  # (absent before issue #13: the bench runs on that too)
        assert services.overview.tiers(AS_OF) == rows
        work["services.overview.tiers (plain sqlite3)"] = lambda: services.overview.tiers(AS_OF)
    print(f"\ntier aggregate in-process, warm ({len(rows)} enterprises):")
    times = in_turns(args.runs, **work)
    report(times, "floor: best plain-sqlite3 SQL, fetchall", "ms", TARGET_IN_PROCESS, cpu=True)
    services.dispose()

    program = [sys.executable, "-m", "gaotai_desktop", "--db", str(args.db), "tiers",
               "--as-of", AS_OF.isoformat(), "--format", "json"]  # fmt: skip
    floor = [sys.executable, "-c", FLOOR_SCRIPT, str(args.db)]

    def run(cmd: list[str]) -> bytes:
        return subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT).stdout

    same = run(program) == run(floor)
    print(f"\n`tiers --format json`, whole process (output byte-identical to the floor's: {same}):")
    times = in_turns(
        args.runs,
        **{"floor: plain-sqlite3 script, same JSON": lambda: run(floor),
           "gaotai-desktop tiers --format json": lambda: run(program)},
    )  # fmt: skip
    report(times, "floor: plain-sqlite3 script, same JSON", "s", TARGET_PROCESS)
    print(f"machine load at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
