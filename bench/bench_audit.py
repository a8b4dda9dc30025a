"""What the audit trail costs an import: a 20,000-row incident import with and without it.

    python bench/bench_audit.py [--rows 20000] [--enterprises 2000]

Prints numbers; asserts nothing (the machines are shared and noisy). "without" replaces the
per-row audit of bulk statements by nothing (the ORM hook stays), which is the import as it was
before the audit trail.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from gaotai_desktop.data.models import AuditEntry, Enterprise
from gaotai_desktop.services import audit, demo
from gaotai_desktop.services.container import open_services

TODAY = dt.date(2026, 11, 28)
HEADER = "事故编号,统一社会信用代码,事故日期,事故地点,事故类别,事故经过,伤者姓名,身份证号,伤害程度,认定结论"


def write_file(path: Path, usccs: list[str], rows: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER.split(","))
        for i in range(rows):
            day = TODAY - dt.timedelta(days=rng.randrange(300))
            w.writerow(
                [f"BA{i:06d}", rng.choice(usccs), day.isoformat(), "生产车间", "物体打击",
                 "作业中受伤。", f"伤者{i}", demo.make_id_number(rng, TODAY), "轻伤", "认定工伤"]
            )  # fmt: skip


def run(folder: Path, name: str, rows: int, enterprises: int, audited: bool) -> None:
    db = folder / f"{name}.sqlite"
    services = open_services(db, backup_dir=None, actor="bench")
    demo.generate(services.db, enterprises=enterprises, incidents=1, today=TODAY)
    with services.db.transaction() as s:
        usccs = list(s.scalars(select(Enterprise.uscc)))
    src = folder / f"{name}.csv"
    write_file(src, usccs, rows)
    original = audit._changes_of_statement
    if not audited:
        audit._changes_of_statement = lambda state: []  # type: ignore[assignment]
    try:
        t = time.perf_counter()
        result = services.importer.run("incidents", src, today=TODAY)
        took = time.perf_counter() - t
    finally:
        audit._changes_of_statement = original  # type: ignore[assignment]
    with services.db.transaction() as s:
        entries = s.scalar(select(func.count()).select_from(AuditEntry))
        t = time.perf_counter()
        problems = audit.audit_chain_problems(s)
        check = time.perf_counter() - t
    services.dispose()
    size = db.stat().st_size / 1e6
    print(
        f"{'with' if audited else 'without'} audit: import {result.persons} rows "
        f"({result.accidents} accidents) {took:6.2f} s, audit entries {entries}, "
        f"chain check {check:5.2f} s ({len(problems)} problems), file {size:5.1f} MB"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--enterprises", type=int, default=2000)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gaotai-bench-audit-"))
    run(folder, "without", args.rows, args.enterprises, audited=False)
    run(folder, "with", args.rows, args.enterprises, audited=True)


if __name__ == "__main__":
    main()
