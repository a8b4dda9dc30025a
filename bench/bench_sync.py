"""A laptop's package of 1,000 changes imported at the office (target: under 5 s).

    python bench/bench_sync.py [--changes 1000] [--enterprises 2000]

The office gets a demo county; a laptop is enrolled and checked out; on the laptop ``changes``
enterprises get a new phone number (an ``import enterprises --update``, the bulk path) and are
exported. Prints the export and the import times (the import includes its verified backup and
writes the receipt); asserts nothing (the machines are shared and noisy).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from gaotai_desktop.data.models import Enterprise
from gaotai_desktop.services import demo
from gaotai_desktop.services.container import open_services

TODAY = dt.date(2026, 11, 28)
PASS = "bench-passphrase"
HEADER = "统一社会信用代码,企业名称,行业,所属乡镇,行业主管部门,法定代表人,联系人,联系电话,地址,职业病危害隐患"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--enterprises", type=int, default=2000)
    args = parser.parse_args()
    os.environ["GAOTAI_SYNC_PASSPHRASE"] = PASS
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        office_path, laptop_path = root / "office" / "o.sqlite", root / "laptop" / "l.sqlite"
        office_path.parent.mkdir()
        laptop_path.parent.mkdir()
        office = open_services(office_path, backup_dir=root / "office" / "b", actor="bench")
        demo.generate(office.db, today=TODAY, enterprises=args.enterprises, incidents=2000, seed=1)
        started = time.perf_counter()
        office.sync.enroll("笔记本一", PASS, root / "co.gsync")
        print(f"enroll + checkout package: {time.perf_counter() - started:.2f} s")
        laptop = open_services(laptop_path, backup_dir=root / "laptop" / "b", actor="bench")
        started = time.perf_counter()
        laptop.sync.checkout((root / "co.gsync").read_bytes(), PASS)
        print(f"checkout: {time.perf_counter() - started:.2f} s")
        with laptop.db.transaction() as s:
            rows = list(s.execute(select(Enterprise).limit(args.changes)).scalars())
            lines = [HEADER] + [
                f"{e.uscc},{e.name},{e.industry},{e.township},{e.authority},"
                f"{e.legal_representative},{e.contact_person},139{i:08d},{e.address},"
                f"{'是' if e.hazard else '否'}"
                for i, e in enumerate(rows)
            ]
        (root / "u.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        laptop.importer.run("enterprises", root / "u.csv", today=TODAY, update=True)
        started = time.perf_counter()
        manifest = laptop.sync.export(PASS, root / "c.gsync")
        print(
            f"export of {manifest.counts['changes']} changes: {time.perf_counter() - started:.2f} s"
        )
        data = (root / "c.gsync").read_bytes()
        started = time.perf_counter()
        result = office.sync.import_package(data, PASS, receipt=root / "r.gsync")
        took = time.perf_counter() - started
        print(
            f"import of {manifest.counts['changes']} changes at the office: {took:.2f} s "
            f"(applied {result.applied}, conflicts {result.conflicts}; target < 5 s)"
        )
        started = time.perf_counter()
        laptop.sync.import_package((root / "r.gsync").read_bytes(), PASS)
        print(f"receipt on the laptop: {time.perf_counter() - started:.2f} s")
        laptop.dispose()
        office.dispose()


if __name__ == "__main__":
    main()
