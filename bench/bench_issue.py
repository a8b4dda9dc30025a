"""Issuing benchmark: issue and render ~500 letters with their receipts through the service
(numbering, rendering in worker processes, storing PDFs), next to the floor measured in the same
run: 1,000 minimal one-page ReportLab documents with the same embedded fonts, each its own file.

    python bench/bench_issue.py [--workers 2] [--enterprises 420]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gaotai_desktop.letters import FontSet, render_floor_document  # noqa: E402
from gaotai_desktop.letters.fonts import font_names  # noqa: E402
from gaotai_desktop.services.container import open_services  # noqa: E402
from gaotai_desktop.services.demo import generate  # noqa: E402

AS_OF = dt.date(2026, 11, 28)


def floor(fonts: FontSet, folder: Path, n: int = 1000) -> float:
    font_names(fonts)
    start = time.perf_counter()
    for i in range(n):
        (folder / f"floor-{i:04d}.pdf").write_bytes(render_floor_document(fonts))
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--enterprises", type=int, default=430)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="gaotai-bench-issue-") as tmp:
        folder = Path(tmp)
        fonts = FontSet.detect()
        floor_s = floor(fonts, folder)
        services = open_services(
            folder / "issue.sqlite", backup_dir=None, actor="bench", render_workers=args.workers
        )
        generate(services.db, today=AS_OF, enterprises=args.enterprises,
                 incidents=args.enterprises * 10, seed=5)  # fmt: skip
        docs = services.documents
        start = time.perf_counter()
        issued = docs.issue_due(AS_OF)
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
