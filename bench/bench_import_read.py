"""Reading a county-scale incidents workbook: openpyxl vs python-calamine (prints numbers).

    PYTHONPATH=. .venv/bin/python bench/bench_import_read.py [--rows 200000] [--skip-openpyxl]

Writes the workbook once (openpyxl, write-only; kept for the next run), then times
``files.spreadsheets.read_sheet`` with each reader, and the whole import preview on an empty
database (every row then fails as "企业未登记": the reading and checking are what is timed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from gaotai_desktop.domain.import_format import INCIDENT_COLUMNS
from gaotai_desktop.domain.reference import ACCIDENT_CATEGORIES, SEVERITIES
from gaotai_desktop.files import spreadsheets


def write_workbook(path: Path, rows: int, seed: int = 1) -> None:
    from openpyxl import Workbook

    rnd = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("工伤事故")
    ws.append([h for h, _ in INCIDENT_COLUMNS])
    start = dt.date(2026, 1, 1)
    for i in range(rows):
        ws.append(
            [
                f"SG2026-{i:06d}",
                "91620724MA01AB2C3L",
                start + dt.timedelta(days=rnd.randrange(300)),  # a date cell
                "生产车间",
                rnd.choice(ACCIDENT_CATEGORIES),
                "作业过程中发生事故，一人受伤。",
                "张三",
                "620724198001010018",
                rnd.choice(SEVERITIES),
                "认定工伤",
            ]
        )
    wb.save(path)


def timed(label: str, fn) -> float:
    """Prints wall and CPU seconds (the machine may be shared: CPU time is the fairer number)."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    rows = len(result.rows) if hasattr(result, "rows") else result.total_rows
    print(f"{label:<34} {seconds:7.2f} s wall {cpu:7.2f} s cpu  ({rows:,} rows)")
    return cpu


def timed_scan(path: Path) -> float:
    c0 = time.process_time()
    handed_back = spreadsheets.needs_openpyxl(path, 10**9)
    cpu = time.process_time() - c0
    print(f"{'scan for openpyxl-only checks':<34} {cpu:7.2f} s cpu  (handed back: {handed_back})")
    return cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument(
        "--file", type=Path, default=Path(tempfile.gettempdir()) / "incidents_200k.xlsx"
    )
    ap.add_argument("--preview", action="store_true", help="also time the whole import preview")
    ap.add_argument("--skip-openpyxl", action="store_true", help="openpyxl takes minutes at 200k")
    args = ap.parse_args()
    path: Path = args.file
    if not path.exists():
        t0 = time.perf_counter()
        write_workbook(path, args.rows)
        print(
            f"wrote {path} ({path.stat().st_size / 2**20:.1f} MiB) in {time.perf_counter() - t0:.1f} s"
        )
    read = spreadsheets.read_sheet
    scan = timed_scan(path)
    fast = timed("read_sheet, calamine (+ scan)", lambda: read(path, reader="calamine"))
    if not args.skip_openpyxl:
        slow = timed("read_sheet, openpyxl", lambda: read(path, reader="openpyxl"))
        print(f"calamine / openpyxl (cpu): {fast / slow:.2f}; the scan is {scan:.2f} s of it")
    if args.preview:
        from gaotai_desktop.services.container import open_services

        with tempfile.TemporaryDirectory() as tmp:
            services = open_services(Path(tmp) / "b.sqlite", backup_dir=None, actor="bench")
            timed(
                "import preview (default reader)",
                lambda: services.importer.preview("incidents", path, today=dt.date(2026, 11, 28)),
            )
            services.dispose()


if __name__ == "__main__":
    main()
