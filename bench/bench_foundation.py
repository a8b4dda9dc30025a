"""Foundation benchmark: `demo` at county scale and `tiers` next to a plain sqlite3 aggregate.

    python bench/bench_foundation.py [--enterprises 20000] [--incidents 200000] [--keep DIR]

Prints numbers; asserts nothing (the machines are shared and noisy).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy.dialects import sqlite

from gaotai_desktop.data.models import Enterprise
from gaotai_desktop.data.queries import tier_select
from gaotai_desktop.services.container import open_services

AS_OF = dt.date(2026, 11, 28)


def best(fn, repeat: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--enterprises", type=int, default=20000)
    ap.add_argument("--incidents", type=int, default=200000)
    ap.add_argument("--keep", type=Path, help="folder to keep the database in")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="gaotai-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"bench-{args.enterprises}-{args.incidents}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)

    cmd = [sys.executable, "-m", "gaotai_desktop", "--db", str(db), "demo",
           "--enterprises", str(args.enterprises), "--incidents", str(args.incidents),
           "--today", AS_OF.isoformat()]  # fmt: skip
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    demo_s = time.perf_counter() - t
    print(
        f"demo {args.enterprises}/{args.incidents} (whole process): {demo_s:6.2f} s   target: well under 60 s"
    )

    services = open_services(db, backup_dir=None, actor="bench")
    rows = services.enterprises.tiers(AS_OF)
    svc_min, svc_med = best(lambda: services.enterprises.tiers(AS_OF))
    # The very statement the service runs (same aggregate, same ORDER BY), as plain SQL text.
    stmt = tier_select(AS_OF).order_by(Enterprise.uscc)
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    con = sqlite3.connect(db)
    raw = con.execute(sql).fetchall()
    assert len(raw) == len(rows)
    raw_min, raw_med = best(lambda: con.execute(sql).fetchall())
    print(
        f"tiers service ({len(rows)} rows):    min {svc_min * 1000:7.1f} ms  median {svc_med * 1000:7.1f} ms"
    )
    print(
        f"plain sqlite3, same aggregate:   min {raw_min * 1000:7.1f} ms  median {raw_med * 1000:7.1f} ms"
    )
    print(f"ratio (service / sqlite3, min):  {svc_min / raw_min:5.2f}x   target: <= 1.5x")

    cmd = [sys.executable, "-m", "gaotai_desktop", "--db", str(db), "tiers",
           "--as-of", AS_OF.isoformat(), "--format", "json"]  # fmt: skip
    cli_min, cli_med = best(lambda: subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL), 3)
    print(f"`tiers --format json` whole process: min {cli_min:5.2f} s  median {cli_med:5.2f} s")
    services.dispose()


if __name__ == "__main__":
    main()
