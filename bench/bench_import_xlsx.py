"""The whole .xlsx incident import against reading the same file with python-calamine (issue #13,
target <= 3x), for an Excel-made-style workbook and an openpyxl-made one, in one run.

    python bench/bench_import_xlsx.py [--rows 200000] [--enterprises 20000] [--only excel|openpyxl]
                                      [--profile tottime|cumulative] [--no-preview]

Made once and kept under /tmp/perf3xlsx-* for the next run: a database of ``--enterprises`` demo
enterprises, the rows (as ``bench_import_csv.py`` makes them: numbered accidents of those
enterprises, valid ID numbers, date cells) written three ways:

* ``excel``: as Excel saves a workbook: shared strings, ``<dimension>``, ``spans``, date cells
  as serial numbers with a date format (written here with ``zipfile``: no Excel on the machine);
* ``openpyxl``: openpyxl's write-only workbook (inline strings, no ``<dimension>``);
* a CSV of the same rows, for the insert floor (``csv`` + ``executemany``, no check at all).

Timed in one run, for each workbook: the calamine read (``CalamineWorkbook`` ... ``to_python``,
the floor), the whole import (``ImportService.run``: read, every check, bulk insert, audit) on a
fresh copy of the database, the preview alone (read and check, nothing written), and once the
CSV insert floor. Printed: import / calamine (target 3x), import / (calamine + insert floor),
preview / calamine. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import pstats
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TODAY = dt.date(2026, 11, 28)
TARGET = 3.0
PREFIX = "/tmp/perf3xlsx-"


def ensure_db(db: Path, enterprises: int) -> None:
    from bench_import_csv import ensure_db as make

    make(db, enterprises)


def make_rows(db: Path, rows: int, seed: int = 1) -> list[list[object]]:
    from gaotai_desktop.domain.reference import ACCIDENT_CATEGORIES, SEVERITIES
    from gaotai_desktop.services.demo import make_id_number

    con = sqlite3.connect(db)
    usccs = [r[0] for r in con.execute("SELECT uscc FROM enterprise ORDER BY uscc")]
    con.close()
    rng = random.Random(seed)
    start = dt.date(2026, 1, 1)
    outcomes = ("认定工伤", "视同工伤", "待认定", "不予认定")
    return [
        [f"BJ2026-{i:06d}", rng.choice(usccs), start + dt.timedelta(days=rng.randrange(300)),
         "生产车间", rng.choice(ACCIDENT_CATEGORIES), "作业过程中发生事故，一人受伤。",
         rng.choice(("张三", "李四", "王五", "赵六")), make_id_number(rng, TODAY),
         rng.choice(SEVERITIES), rng.choice(outcomes)]
        for i in range(rows)
    ]  # fmt: skip


def headers() -> list[str]:
    from gaotai_desktop.domain.import_format import INCIDENT_COLUMNS

    return [h for h, _ in INCIDENT_COLUMNS]


def write_csv(path: Path, rows: list[list[object]]) -> None:
    import csv

    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers())
        for r in rows:
            w.writerow([v.isoformat() if isinstance(v, dt.date) else v for v in r])


def write_openpyxl(path: Path, rows: list[list[object]]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("工伤事故")
    ws.append(headers())
    for r in rows:
        ws.append(r)
    wb.save(path)


_EXCEL_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="工伤事故" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    ),
    "xl/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        "</cellXfs></styleSheet>"
    ),
}


def write_excel_style(path: Path, rows: list[list[object]]) -> None:
    """As Excel saves it: shared strings, ``<dimension>``, ``spans``, date cells as serials."""
    strings: dict[str, int] = {}
    count = 0
    cols = "ABCDEFGHIJ"
    epoch = dt.date(1899, 12, 30)
    body: list[str] = []
    for n, values in enumerate([headers(), *rows], start=1):
        cells = []
        for col, v in zip(cols, values, strict=True):
            if isinstance(v, dt.date):
                cells.append(f'<c r="{col}{n}" s="1"><v>{(v - epoch).days}</v></c>')
            else:
                count += 1
                i = strings.setdefault(str(v), len(strings))
                cells.append(f'<c r="{col}{n}" t="s"><v>{i}</v></c>')
        body.append(f'<row r="{n}" spans="1:10">{"".join(cells)}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<dimension ref="A1:J{len(rows) + 1}"/><sheetViews><sheetView workbookViewId="0"/>'
        '</sheetViews><sheetFormatPr defaultRowHeight="14.25"/><sheetData>'
        + "".join(body)
        + '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
        'header="0.3" footer="0.3"/></worksheet>'
    )
    sst = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{count}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        + "</sst>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in _EXCEL_PARTS.items():
            zf.writestr(name, text)
        zf.writestr("xl/sharedStrings.xml", sst)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)


def calamine_read(path: Path) -> int:
    """The floor: python-calamine reading the first sheet into Python values."""
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    rows = wb.get_sheet_by_index(0).to_python()
    wb.close()
    return len(rows)


#: CPU seconds of this process of the last :func:`timed` call (the machine is shared: its wall
#: time also counts waiting for a core; CPU time does not count waiting for the disk either).
LAST_CPU = [0.0]


def timed(fn: Callable[[], object]) -> float:
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    LAST_CPU[0] = time.process_time() - cpu
    return time.perf_counter() - start


def line(label: str, wall: float, floor: float | None = None, floor_cpu: float | None = None,
         cpu: float | None = None, note: str = "") -> None:  # fmt: skip
    cpu = LAST_CPU[0] if cpu is None else cpu
    text = f"  {label:44} {wall:7.2f} s wall {cpu:7.2f} s cpu"
    if floor is not None and floor_cpu is not None:
        text += f"   {wall / floor:5.2f}x wall {cpu / floor_cpu:5.2f}x cpu{note}"
    print(text)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--enterprises", type=int, default=20000)
    ap.add_argument("--rows", type=int, default=200000)
    ap.add_argument("--only", choices=("excel", "openpyxl"))
    ap.add_argument("--no-preview", action="store_true")
    ap.add_argument("--no-floor", action="store_true", help="skip the CSV insert floor")
    ap.add_argument("--profile", choices=("tottime", "cumulative"))
    args = ap.parse_args()
    base = Path(f"{PREFIX}import-{args.enterprises}.sqlite")
    ensure_db(base, args.enterprises)
    stem = f"{PREFIX}incidents-{args.enterprises}-{args.rows}"
    files = {"excel": Path(stem + "-excel.xlsx"), "openpyxl": Path(stem + "-openpyxl.xlsx")}
    source = Path(stem + ".csv")
    if not all(p.exists() for p in (*files.values(), source)):
        rows = make_rows(base, args.rows)
        for p, write in ((files["excel"], write_excel_style),
                         (files["openpyxl"], write_openpyxl), (source, write_csv)):  # fmt: skip
            write(p, rows)
            print(f"wrote {p} ({p.stat().st_size / 2**20:.1f} MiB)")
    from bench_import_csv import floor, program

    from gaotai_desktop.services.container import open_services

    print(f"machine load (1-min average) {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="perf3xlsx-bench-") as tmp:

        def fresh(name: str) -> Path:
            db = Path(tmp) / f"{name}.sqlite"
            for suffix in ("-wal", "-shm", ""):
                Path(str(db) + suffix).unlink(missing_ok=True)
            shutil.copy(base, db)
            return db

        kinds = [args.only] if args.only else list(files)
        if args.profile:
            for kind in kinds:
                prof = cProfile.Profile()
                prof.runcall(program, fresh("program"), files[kind])
                print(f"\n== {kind}")
                pstats.Stats(prof).sort_stats(args.profile).print_stats(35)
            return

        def preview(path: Path) -> None:
            services = open_services(fresh("preview"), backup_dir=None, actor="bench")
            try:
                result = services.importer.preview("incidents", path, today=TODAY)
                assert not result.problems, result.problems[:3]
            finally:
                services.dispose()

        insert_floor = insert_cpu = None
        if not args.no_floor:
            insert_floor = timed(lambda: floor(fresh("floor"), source))
            insert_cpu = LAST_CPU[0]
            line("insert floor: csv + executemany, same rows", insert_floor)
        for kind in kinds:
            path = files[kind]
            read = timed(lambda p=path: calamine_read(p))
            read_cpu = LAST_CPU[0]
            print(
                f"\n{kind}-made .xlsx ({path.stat().st_size / 2**20:.1f} MiB, {args.rows:,} rows):"
            )
            line("floor: calamine read", read)
            whole = timed(lambda p=path: program(fresh("program"), p))
            line("program: ImportService.run (whole import)", whole, read, read_cpu,
                 note=f"  of calamine, target <= {TARGET}x")  # fmt: skip
            whole_cpu = LAST_CPU[0]
            if insert_floor is not None and insert_cpu is not None:
                both, both_cpu = read + insert_floor, read_cpu + insert_cpu
                line("floor: calamine read + insert floor", both, cpu=both_cpu)
                print(f"  {'program / (calamine read + insert floor)':44} {whole / both:5.2f}x wall"
                      f" {whole_cpu / both_cpu:5.2f}x cpu")  # fmt: skip
            if not args.no_preview:
                seen = timed(lambda p=path: preview(p))
                line("program: preview alone (read + every check)", seen, read, read_cpu,
                     note="  of calamine")  # fmt: skip
    print(f"\nmachine load at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
