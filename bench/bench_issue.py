"""Issuing benchmark: issue and render ~500 letters with their receipts through the service
(numbering, rendering in worker processes, storing PDFs), next to the floor measured in the same
run: 1,000 minimal one-page ReportLab documents with the same embedded fonts, each its own file.

    python bench/bench_issue.py [--workers 2] [--enterprises 420]

``--county`` issues at county scale instead: 20,000 enterprises and 200,000 injured rows (the
demo generator; hundreds of red enterprises in one county bulletin), and prints the number of
documents issued, failed and the seconds taken (no floor). Takes many minutes; not run in tests.

    python bench/bench_issue.py --county [--workers 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gaotai_desktop.letters import FontSet, render_floor_document
from gaotai_desktop.letters.fonts import font_names
from gaotai_desktop.services.container import open_services
from gaotai_desktop.services.demo import generate

AS_OF = dt.date(2026, 11, 28)


def floor(fonts: FontSet, folder: Path, n: int = 1000) -> float:
    font_names(fonts)
    start = time.perf_counter()
    for i in range(n):
        (folder / f"floor-{i:04d}.pdf").write_bytes(render_floor_document(fonts))
    return time.perf_counter() - start


def county(args: argparse.Namespace) -> None:
    """Issue everything due in a county of 20,000 enterprises / 200,000 injured rows."""
    with tempfile.TemporaryDirectory(prefix="gaotai-bench-county-") as tmp:
        services = open_services(
            Path(tmp) / "county.sqlite", backup_dir=None, actor="bench",
            render_workers=args.workers,
        )  # fmt: skip
        start = time.perf_counter()
        generate(services.db, today=AS_OF, enterprises=20_000, incidents=200_000, seed=2026)
        print(
            f"demo data: 20000 enterprises / 200000 injured rows in {time.perf_counter() - start:.1f} s"
        )
        red = sum(1 for t in services.enterprises.tiers(AS_OF) if t.tier.code == "red")
        start = time.perf_counter()
        report = services.issuing.issue_due(AS_OF, today=AS_OF)
        issue_s = time.perf_counter() - start
        services.dispose()
    kinds: dict[str, int] = {}
    for d in report.issued:
        kinds[d.kind] = kinds.get(d.kind, 0) + 1
    print(f"red enterprises: {red}")
    print(
        f"county issue: {len(report.issued)} documents, {len(report.failed)} failed, "
        f"in {issue_s:.1f} s ({args.workers} workers) = "
        f"{issue_s / max(len(report.issued), 1) * 1000:.1f} ms per document"
    )
    print("by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    for failure in report.failed[:10]:
        print(f"failed: {failure.kind} {failure.subjects[:1]}: {failure.reason!r}")
    if report.stopped_by is not None:
        print(f"stopped by: {report.stopped_by!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--enterprises", type=int, default=430)
    ap.add_argument("--county", action="store_true", help="20,000 enterprises / 200,000 rows")
    args = ap.parse_args()
    if args.county:
        county(args)
        return
    with tempfile.TemporaryDirectory(prefix="gaotai-bench-issue-") as tmp:
        folder = Path(tmp)
        fonts = FontSet.detect()
        floor_s = floor(fonts, folder)
        services = open_services(
            folder / "issue.sqlite", backup_dir=None, actor="bench", render_workers=args.workers
        )
        generate(services.db, today=AS_OF, enterprises=args.enterprises,
                 incidents=args.enterprises * 10, seed=5)  # fmt: skip
        start = time.perf_counter()
        issued = services.issuing.issue_due(AS_OF, today=AS_OF).issued
        issue_s = time.perf_counter() - start
        receipts = sum(max(1, len(d.subjects)) for d in issued)
        files = len(issued) + receipts
        services.dispose()
    per_floor = floor_s / 1000
    per_doc = issue_s / files
    print(f"floor: 1000 minimal documents in {floor_s:6.2f} s = {per_floor * 1000:6.2f} ms each")
    print(
        f"issue: {len(issued)} letters + {receipts} receipts = {files} PDFs in {issue_s:6.2f} s "
        f"= {per_doc * 1000:6.2f} ms each ({args.workers} workers, numbering and storing included)"
    )
    print(f"ratio per document: {per_doc / per_floor:5.2f}x   target: <= 1.5x")


if __name__ == "__main__":
    main()
