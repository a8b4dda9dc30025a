"""Reports benchmark: the monthly and quarterly reports (figures, then PDF and .xlsx) and the
statistics tab's figures on a demo county of 20,000 enterprises and 200,000 injured-person rows
(``services.demo``). Target: under 3 s each for the figures. Prints seconds; asserts nothing.

    python bench/bench_reports.py [--db county.sqlite] [--enterprises 20000] [--incidents 200000]

``--db``: reuse (or make, when empty) that database instead of a temporary one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gaotai_desktop.services.container import open_services
from gaotai_desktop.services.demo import generate

TODAY = dt.date(2026, 11, 28)


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<28} {time.perf_counter() - start:6.2f} s", flush=True)
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path)
    ap.add_argument("--enterprises", type=int, default=20_000)
    ap.add_argument("--incidents", type=int, default=200_000)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gaotai-bench-reports-"))
    path = args.db or folder / "county.sqlite"
    services = open_services(path, backup_dir=folder / "backups", actor="bench")
    if not services.enterprises.tiers(TODAY):
        timed("demo county", lambda: generate(services.db, today=TODAY,
              enterprises=args.enterprises, incidents=args.incidents, seed=1))  # fmt: skip
    reports = services.reports
    monthly = timed("monthly figures", lambda: reports.monthly("2026-11", TODAY))
    print(f"  accidents ytd {monthly.stats.ytd}, last ytd {monthly.stats.last_ytd}, "
          f"tiers {monthly.stats.tiers}")  # fmt: skip
    timed("monthly PDF", lambda: reports.pdf(monthly, TODAY))
    timed("monthly .xlsx", lambda: reports.xlsx(monthly))
    quarterly = timed("quarterly figures", lambda: reports.quarterly("2026-Q4", TODAY))
    timed("quarterly PDF", lambda: reports.pdf(quarterly, TODAY))
    timed("weekly figures", lambda: reports.weekly("2026-W48", TODAY))
    stats = timed("statistics tab figures", lambda: reports.statistics(TODAY))
    timed("statistics chart page", lambda: reports.statistics_pdf(stats))
    services.dispose()


if __name__ == "__main__":
    main()
