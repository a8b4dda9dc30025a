"""Benchmark of the letter renderer.

(a) floor: 1,000 minimal one-page documents with the same embedded fonts, each its own file,
    rendered in this process;
(b) 500 letters (a mix of every kind) each with its 送达回证 (1,000 files), via
    ``render_many`` with 2 worker processes.

Prints both times, the time per document and the ratio (b) / (a) per document.

    /tmp/venv/bin/python bench/bench_letters.py [--letters 500] [--workers 2]
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gaotai_desktop.letters import FontSet, receipt_for, render_floor_document
from gaotai_desktop.letters import samples as s
from gaotai_desktop.letters.batch import render_many
from gaotai_desktop.letters.fonts import font_names


def _requests(n: int) -> list:
    makers = [
        lambda i: s.risk_notice(s.XINYUAN_CASE, i),
        lambda i: s.rectification(s.HONGDA_CASE, i),
        lambda i: s.rectification(s.QILIAN_CASE, i),
        lambda i: s.authority_notice(s.JINCHUAN_CASE, i),
        lambda i: s.interview_notice(s.JINCHUAN_CASE, i),
        lambda i: s.county_bulletin((s.JINCHUAN_CASE, s.QILIAN_RED_CASE), i),
    ]
    out = []
    for i, make in zip(range(1, n + 1), itertools.cycle(makers), strict=False):
        req = make(i)
        # vary the enterprise name so that documents differ
        case = req.cases[0]
        ent = dataclasses.replace(
            case.enterprise, name=case.enterprise.name.replace("有限", f"第{i % 9 + 1}有限")
        )
        req = dataclasses.replace(
            req, cases=(dataclasses.replace(case, enterprise=ent), *req.cases[1:])
        )
        out.append(req)
        out.append(receipt_for(req))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--letters", type=int, default=500)
    ap.add_argument("--floor", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

    fonts = FontSet.detect()
    font_names(fonts)  # registration is per process; not part of either measurement
    with tempfile.TemporaryDirectory() as tmp:
        floor_dir = Path(tmp, "floor")
        floor_dir.mkdir()
        t0 = time.perf_counter()
        for i in range(args.floor):
            (floor_dir / f"{i:05d}.pdf").write_bytes(render_floor_document(fonts))
        floor = time.perf_counter() - t0

        items = _requests(args.letters)
        t0 = time.perf_counter()
        paths = render_many(items, workers=args.workers, fonts=fonts, out_dir=Path(tmp, "letters"))
        letters = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in paths)

        t0 = time.perf_counter()
        render_many(items[:200], workers=1, fonts=fonts)
        single = (time.perf_counter() - t0) / 200

    per_floor = floor / args.floor
    per_doc = letters / len(items)
    print(
        f"(a) floor: {args.floor} minimal documents in {floor:.2f} s = {per_floor * 1000:.2f} ms each"
    )
    print(
        f"(b) letters: {args.letters} letters + {args.letters} receipts = {len(items)} files "
        f"in {letters:.2f} s with {args.workers} workers = {per_doc * 1000:.2f} ms each "
        f"({size / len(items) / 1024:.0f} KiB average)"
    )
    print(f"    one process, no pool: {single * 1000:.2f} ms per document")
    print(f"ratio (b)/(a) per document: {per_doc / per_floor:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
