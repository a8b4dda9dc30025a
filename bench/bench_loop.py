"""Closed-loop benchmark: the 待办 view, the overdue list, the warning list and the quarterly
evaluation at county scale. Prints seconds; asserts nothing. Target (issue #11): 待办 under 200 ms.

    python bench/bench_loop.py --db county.sqlite      # a demo county (bench_reports.py makes one)

Issuing a whole county renders some 30,000 PDFs (bench_issue.py measures that); the read paths
measured here only need the loop's rows, so this script writes, once, one warning per tiered
enterprise with the tier's measures (as issuing writes them), delivered on a spread of dates, a
third answered and some closed or reopened: the shape of a busy year.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from gaotai_desktop.data.models import MeasureTask, WarningRecord, table_of
from gaotai_desktop.domain.loop import ANSWER_TASK, TASKS_BY_TIER
from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.services.container import open_services

AS_OF = dt.date(2026, 11, 28)


def median_ms(fn, runs: int = 7) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def seed(services) -> int:
    db = services.db
    with db.transaction() as s:
        if s.scalar(select(func.count(WarningRecord.id))):
            return 0
    rng = random.Random(2026)
    stamp = db.stamp()
    warnings, tasks = [], []
    for row in services.enterprises.tiers(AS_OF):
        if row.tier is Tier.NONE:
            continue
        wid = str(uuid.uuid4())
        issued = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
        state, delivered, due = "issued", None, None
        roll = rng.random()
        if roll > 0.2:
            delivered = issued + dt.timedelta(days=rng.randint(1, 10))
            due = delivered + dt.timedelta(days=15)
            state = rng.choice(
                ["delivered", "delivered", "feedback_received", "closed", "reopened"]
            )
        warnings.append({
            "id": wid, "enterprise_id": row.enterprise_id, "tier": row.tier.code, "year": 2026,
            "state": state, "issued_on": issued, "delivered_on": delivered, "feedback_due": due,
            **stamp,
        })  # fmt: skip
        for kind, level in TASKS_BY_TIER[row.tier]:
            open_ = kind is ANSWER_TASK[row.tier] and state in ("delivered", "reopened")
            open_ = open_ or rng.random() < 0.5
            tasks.append({
                "id": str(uuid.uuid4()), "warning_id": wid, "enterprise_id": row.enterprise_id,
                "year": 2026, "kind": str(kind), "level": str(level),
                "due_on": issued + dt.timedelta(days=rng.randint(5, 60)),
                "state": "open" if open_ else "done", **stamp,
            })  # fmt: skip
    with db.transaction() as s:
        s.execute(insert(table_of(WarningRecord)), warnings)
        s.execute(insert(table_of(MeasureTask)), tasks)
    return len(warnings)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, required=True)
    args = ap.parse_args()
    services = open_services(args.db, backup_dir=None, actor="bench")
    added = seed(services)
    if added:
        print(f"seeded {added} warnings with their measures")
    w = services.warnings
    ms, items = median_ms(lambda: w.agenda(AS_OF))
    print(f"待办 (agenda)                {ms:8.1f} ms  {len(items)} items   target < 200 ms")
    ms, items = median_ms(lambda: w.overdue(AS_OF))
    print(f"overdue                      {ms:8.1f} ms  {len(items)} items")
    ms, items = median_ms(lambda: w.counts(AS_OF))
    print(f"status bar counts            {ms:8.1f} ms  {items}")
    ms, rows = median_ms(lambda: w.list(AS_OF), runs=3)
    print(f"warning list (预警闭环)      {ms:8.1f} ms  {len(rows)} warnings")
    ms, _ = median_ms(lambda: services.reports.quarterly("2026-Q4", AS_OF), runs=3)
    print(f"quarterly figures            {ms:8.1f} ms")
    ms, _ = median_ms(lambda: services.reports.monthly("2026-11", AS_OF), runs=3)
    print(f"monthly figures              {ms:8.1f} ms   target < 3000 ms")
    services.dispose()


if __name__ == "__main__":
    main()
