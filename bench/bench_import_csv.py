"""Importing incidents from CSV against its floor, in one run (issue #13, target <= 1.3x).

    python bench/bench_import_csv.py [--enterprises 20000] [--rows 200000] [--runs 1] [--profile]

A database of ``--enterprises`` demo enterprises (kept in /tmp for the next run) and a CSV of
``--rows`` injured-person rows (one numbered accident each, of those enterprises, valid ID
numbers) are made once. Then, in turns, on fresh copies of the database:

* the program: ``ImportService.run("incidents", csv)`` (read, every check, bulk insert, audit);
* the floor: ``csv`` + ``sqlite3.executemany`` of the same rows into the same tables and indexes
  (same pragmas, one transaction), with no check at all.

Medians and their ratio are printed; ``--profile tottime|cumulative`` prints the program's cProfile instead.
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import datetime as dt
import os
import pstats
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 28)
TARGET = 1.3


def ensure_db(db: Path, enterprises: int) -> None:
    if db.exists():
        return
    print(f"creating {db} ({enterprises} enterprises) …", flush=True)
    subprocess.run(
        [sys.executable, "-m", "gaotai_desktop", "--db", str(db), "demo", "--enterprises",
         str(enterprises), "--incidents", "1", "--today", TODAY.isoformat()],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )  # fmt: skip


def write_csv(path: Path, db: Path, rows: int, seed: int = 1) -> None:
    from gaotai_desktop.domain.import_format import INCIDENT_COLUMNS
    from gaotai_desktop.domain.reference import ACCIDENT_CATEGORIES, SEVERITIES
    from gaotai_desktop.services.demo import make_id_number

    con = sqlite3.connect(db)
    usccs = [r[0] for r in con.execute("SELECT uscc FROM enterprise ORDER BY uscc")]
    con.close()
    rng = random.Random(seed)
    start = dt.date(2026, 1, 1)
    outcomes = ("认定工伤", "视同工伤", "待认定", "不予认定")
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([h for h, _ in INCIDENT_COLUMNS])
        for i in range(rows):
            w.writerow(
                [f"BJ2026-{i:06d}", rng.choice(usccs),
                 (start + dt.timedelta(days=rng.randrange(300))).isoformat(), "生产车间",
                 rng.choice(ACCIDENT_CATEGORIES), "作业过程中发生事故，一人受伤。",
                 rng.choice(("张三", "李四", "王五", "赵六")), make_id_number(rng, TODAY),
                 rng.choice(SEVERITIES), rng.choice(outcomes)]
            )  # fmt: skip


def program(db: Path, source: Path) -> None:
    from gaotai_desktop.services.container import open_services

    services = open_services(db, backup_dir=None, actor="bench")
    try:
        result = services.importer.run("incidents", source, today=TODAY)
        assert result.persons > 0
    finally:
        services.dispose()


def floor(db: Path, source: Path) -> None:
    """The same rows with ``csv`` and ``executemany``: no check, same tables, indexes, pragmas
    (SQLite's defaults: a 2 MiB page cache), no triggers."""
    con = sqlite3.connect(db, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        con.execute(f"PRAGMA {pragma}")
    ids = dict(con.execute("SELECT uscc, id FROM enterprise"))
    now = dt.datetime.now().isoformat(sep=" ")
    accidents, persons = [], []
    with source.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for no, uscc, day, place, cat, desc, name, idn, sev, outcome in reader:
            acc = str(uuid.uuid4())
            accidents.append(
                (acc, ids[uscc], no, "no:" + no, day, place, cat, desc, 0, "", now, "bench",
                 now, "bench", 1)
            )  # fmt: skip
            persons.append(
                (str(uuid.uuid4()), acc, 0, name, idn, sev, outcome, now, "bench", now, "bench", 1)
            )
    con.execute("BEGIN IMMEDIATE")
    # tables and indexes only: the count triggers of a database made at revision 0014 or later
    # are dropped in this transaction (the program sets them aside for a bulk insert too)
    for (name,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tier_count_%'"
    ).fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.executemany(
        "INSERT INTO accident (id, enterprise_id, accident_no, import_key, occurred_on, place, "
        "category, description, voided, void_reason, created_at, created_by, updated_at, "
        "updated_by, row_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        accidents,
    )
    con.executemany(
        "INSERT INTO injured_person (id, accident_id, seq, name, id_number, severity, outcome, "
        "created_at, created_by, updated_at, updated_by, row_version) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        persons,
    )
    con.execute("COMMIT")
    con.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--enterprises", type=int, default=20000)
    ap.add_argument("--rows", type=int, default=200000)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--profile", choices=("tottime", "cumulative"))
    ap.add_argument("--prefix", default="/tmp/gaotai-bench-import", help="of the files kept")
    args = ap.parse_args()
    print(f"machine load (1-min average) {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    base = Path(f"{args.prefix}-{args.enterprises}.sqlite")
    ensure_db(base, args.enterprises)
    source = Path(f"{args.prefix}-{args.enterprises}-{args.rows}.csv")
    if not source.exists():
        write_csv(source, base, args.rows)
    from gaotai_desktop.services.importing import ImportService  # noqa: F401  (imports not timed)

    with tempfile.TemporaryDirectory(prefix="gaotai-bench-csv-") as tmp:

        def fresh(name: str) -> Path:
            db = Path(tmp) / f"{name}.sqlite"
            for suffix in ("-wal", "-shm", ""):
                Path(str(db) + suffix).unlink(missing_ok=True)
            shutil.copy(base, db)
            return db

        if args.profile:
            db = fresh("program")
            prof = cProfile.Profile()
            prof.runcall(program, db, source)
            pstats.Stats(prof).sort_stats(args.profile).print_stats(40)
            return
        times: dict[str, list[float]] = {"program": [], "floor": []}
        cpu: dict[str, list[float]] = {"program": [], "floor": []}
        for _ in range(args.runs):
            for name, fn in (("program", program), ("floor", floor)):
                db = fresh(name)
                start, cpu_start = time.perf_counter(), time.process_time()
                fn(db, source)
                times[name].append(time.perf_counter() - start)
                cpu[name].append(time.process_time() - cpu_start)
    prog, flo = statistics.median(times["program"]), statistics.median(times["floor"])
    prog_cpu, flo_cpu = statistics.median(cpu["program"]), statistics.median(cpu["floor"])
    print(f"import {args.rows} incident rows from CSV ({args.enterprises} enterprises), "
          f"median of {args.runs}:")  # fmt: skip
    print(f"  program: ImportService.run          {prog:7.2f} s   ratio {prog / flo:5.2f}x"
          f"   target <= {TARGET}x")  # fmt: skip
    print(f"  floor: csv + executemany            {flo:7.2f} s")
    print(f"  CPU time of this process: program {prog_cpu:.2f} s, floor {flo_cpu:.2f} s, "
          f"ratio {prog_cpu / flo_cpu:5.2f}x")  # fmt: skip
    print(f"machine load at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
