"""Issuing benchmark at county scale: documents issued through the service (numbering, rendering
in worker processes, storing PDFs, filing warnings) in a county of 20,000 enterprises and 200,000
injured rows, against floors measured in the same run (issue #13).

    python bench/bench_issue.py [--db DB] [--documents 1500 | --all] [--workers 2]

DB (default /tmp/gaotai-bench-20k.sqlite, made with the demo generator when missing) is copied and
the copy issued. By default the documents due for an evenly spread sample of the county's
enterprises (about ``--documents`` of them) are issued, so that a run takes a minute or two on
a busy 2-core machine; ``--all`` issues every due document of the county (30,000 PDFs: many
minutes). The county bulletin is left aside (one document naming every red enterprise).

Floors, single process, per PDF: plain ReportLab drawing the same strings as a sample of the issued
documents (every string of each, one page per PDF, the CJK subset embedded), and the minimal
one-page document of ``letters.render_floor_document``. Printed: wall time per PDF and its ratio
to each floor, how busy the render workers were (their rendering time over the wall time), the
per-chunk time of the main process's queries at the start and at the end of the run (flat: no
query grows with the database or with what was issued), and peak memory.
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

AS_OF = dt.date(2026, 11, 28)
TODAY = dt.date(2026, 12, 2)
TARGET = 1.2
KINDS = ("risk_notice", "rectification", "authority_notice", "interview_notice")
FLOOR_SAMPLE = 300
#: The office's holiday table for 2027 (the program knows the years up to 2026).
HOLIDAYS_2027 = (
    '{"2027": {"rest": {"2027-01-01": "元旦", "2027-02-08": "春节", "2027-02-09": "春节", '
    '"2027-02-10": "春节", "2027-02-11": "春节", "2027-02-12": "春节"}, "work": []}}'
)


def ensure_db(db: Path) -> None:
    if db.exists():
        return
    print(f"creating {db} (20000 enterprises, 200000 injured rows) …", flush=True)
    subprocess.run(
        [sys.executable, "-m", "gaotai_desktop", "--db", str(db), "demo", "--enterprises", "20000",
         "--incidents", "200000", "--today", AS_OF.isoformat()],
        check=True, cwd=ROOT,
    )  # fmt: skip


class Busy:
    """Render time of the worker processes, summed in shared memory (the workers are forked
    from this single-threaded process, so the wrapped renderer is theirs)."""

    def __init__(self) -> None:
        self.seconds = multiprocessing.get_context("fork").Value("d", 0.0)

    def install(self) -> None:
        from gaotai_desktop.letters import batch

        global _RENDER_ONE, _BUSY
        _RENDER_ONE, _BUSY = batch._render_one, self.seconds
        batch._render_one = _timed_render  # type: ignore[assignment]


_RENDER_ONE = None
_BUSY = None


def _timed_render(item):
    """The renderer, timed (module level: the pool sends it to the workers by name)."""
    start = time.perf_counter()
    try:
        return _RENDER_ONE(item)
    finally:
        with _BUSY.get_lock():
            _BUSY.value += time.perf_counter() - start


class Recorder:
    """What the service hands to the renderer, and the time of its per-chunk queries."""

    def __init__(self) -> None:
        self.items: list = []
        self.queues: list = []
        self.chunk_queries: list[float] = []

    def install(self) -> None:
        from gaotai_desktop.letters import batch
        from gaotai_desktop.services import issuing
        from gaotai_desktop.services import letter_requests as lr

        items = self.items
        queues = self.queues
        if hasattr(batch.RenderQueue, "take"):  # renders started ahead, read back by request
            take, init = batch.RenderQueue.take, batch.RenderQueue.__init__

            def taking(queue, request):
                items.append(request)
                return take(queue, request)

            def made(queue, *args, **kwargs):
                queues.append(queue)
                init(queue, *args, **kwargs)

            batch.RenderQueue.take = taking
            batch.RenderQueue.__init__ = made
        elif hasattr(batch, "RenderQueue"):  # the second pass: read back in order
            put = batch.RenderQueue.put

            def recording(queue, *requests):
                items.extend(requests)
                return put(queue, *requests)

            batch.RenderQueue.put = recording
        else:  # the code before issue #13 (the bench runs on it too)
            render_iter = batch.render_iter

            def recording_all(requests, fonts, pool=None):
                requests = list(requests)
                items.extend(requests)
                return render_iter(requests, fonts, pool)

            batch.render_iter = recording_all
        spent = [0.0]

        def timed(fn):
            def wrapper(*args, **kwargs):
                start = time.perf_counter()
                try:
                    return fn(*args, **kwargs)
                finally:
                    spent[0] += time.perf_counter() - start

            return wrapper

        try:  # the third pass: the plan and the pipeline in modules of their own
            from gaotai_desktop.services import issuing_jobs

            issuing_jobs.not_yet_issued = timed(issuing_jobs.not_yet_issued)
        except ImportError:
            issuing._not_yet_issued = timed(issuing._not_yet_issued)
        lr.load_facts = timed(lr.load_facts)
        lr.InterviewBook = timed(lr.InterviewBook)
        store_chunk = issuing.IssuingService._store_chunk
        chunk_queries = self.chunk_queries

        def chunk(service, jobs, run):
            spent[0] = 0.0
            try:
                return store_chunk(service, jobs, run)
            finally:
                chunk_queries.append(spent[0])

        issuing.IssuingService._store_chunk = chunk


def same_text_floor(items: list, fonts) -> float:
    """Seconds per PDF: plain ReportLab, every string of each item on one page, one font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from gaotai_desktop.letters import collect_texts

    pdfmetrics.registerFont(TTFont("FloorBody", str(fonts.body)))
    texts = [collect_texts(item) for item in items]
    start = time.perf_counter()
    for strings in texts:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4)
        c.setFont("FloorBody", 10)
        y = 800.0
        for text in strings:
            for i in range(0, max(len(text), 1), 40):
                c.drawString(50, y, text[i : i + 40])
                y = y - 11 if y > 51 else 800.0
        c.showPage()
        c.save()
        buf.getvalue()
    return (time.perf_counter() - start) / len(texts)


def minimal_floor(n: int, fonts) -> float:
    from gaotai_desktop.letters import render_floor_document

    start = time.perf_counter()
    for _ in range(n):
        render_floor_document(fonts)
    return (time.perf_counter() - start) / n


def sample_enterprises(services, documents: int | None) -> list[str] | None:
    """Enterprises spread over the county whose due documents number about ``documents``."""
    if documents is None:
        return None
    plan = [r for r in services.notices.plan(AS_OF, include_issued=False) if r.kind in KINDS]
    per: dict[str, int] = {}
    for r in plan:
        per[r.enterprise_id] = per.get(r.enterprise_id, 0) + 1
    ids = sorted(per)
    step = max(1, round(len(plan) / documents))
    return ids[::step]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("/tmp/gaotai-bench-20k.sqlite"))
    ap.add_argument("--documents", type=int, default=1500)
    ap.add_argument("--all", action="store_true", help="every due document of the county")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    ensure_db(args.db)
    busy, recorder = Busy(), Recorder()
    busy.install()
    recorder.install()

    from gaotai_desktop.services.container import open_services

    with tempfile.TemporaryDirectory(prefix="gaotai-bench-issue-") as tmp:
        db = Path(tmp) / "county.sqlite"
        shutil.copy(args.db, db)
        services = open_services(db, backup_dir=None, actor="bench", render_workers=args.workers)
        # interviews are booked one enterprise per slot on working days: into 2027 at county scale
        services.office.set_values({"holidays": HOLIDAYS_2027})
        ids = sample_enterprises(services, None if args.all else args.documents)
        fonts = services.issuing.fonts()
        print(f"machine load (1-min average) {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        start, cpu0 = time.perf_counter(), time.process_time()
        report = services.issuing.issue_due(AS_OF, today=TODAY, enterprise_ids=ids, kinds=KINDS)
        wall, main_cpu = time.perf_counter() - start, time.process_time() - cpu0
        services.dispose()
    pdfs = len(recorder.items)
    per_pdf = wall / pdfs
    sample = recorder.items[:: max(1, pdfs // FLOOR_SAMPLE)]
    same = same_text_floor(sample, fonts)
    minimal = minimal_floor(len(sample), fonts)
    main_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    workers_busy = busy.seconds.value / (wall * args.workers)
    q = recorder.chunk_queries
    print(f"issued {len(report.issued)} documents ({pdfs} PDFs with their receipts) for "
          f"{'every enterprise' if ids is None else f'{len(ids)} enterprises'}, "
          f"{len(report.failed)} failed, in {wall:.1f} s with {args.workers} workers")  # fmt: skip
    print(f"  wall time per PDF                        {per_pdf * 1000:6.2f} ms")
    print(f"  floor: plain ReportLab, same strings     {same * 1000:6.2f} ms   ratio {per_pdf / same:5.2f}x"
          f"   target <= {TARGET}x")  # fmt: skip
    print(f"  floor: minimal one-page document         {minimal * 1000:6.2f} ms   ratio {per_pdf / minimal:5.2f}x")  # fmt: skip
    print(
        f"  render workers busy                      {workers_busy * 100:6.1f} % of the wall time"
    )
    print(f"  CPU per PDF: main process {main_cpu / pdfs * 1000:.2f} ms, render workers "
          f"{busy.seconds.value / pdfs * 1000:.2f} ms rendering (their clock: more under load)"
          )  # fmt: skip
    for queue in recorder.queues:
        if getattr(queue, "pool", None) is not None:
            print(f"  renders started before they were read    {queue.reused} of {queue.taken} PDFs, "
                  f"{queue.ahead} of them in the chunk before; started in vain {queue.wasted}")  # fmt: skip
    print(f"  main process's queries per chunk         first 5 {_ms(q[:5])}, last 5 {_ms(q[-5:])} "
          f"(median {statistics.median(q) * 1000:.0f} ms over {len(q)} chunks)")  # fmt: skip
    print(f"  peak memory                              main process {main_mb:.0f} MB, "
          f"largest worker {worker_mb:.0f} MB")  # fmt: skip
    print(f"machine load at the end {os.getloadavg()[0]:.2f}")


def _ms(values: list[float]) -> str:
    return "[" + ", ".join(f"{v * 1000:.0f}" for v in values) + "] ms"


if __name__ == "__main__":
    main()
