"""Make the fixture database of one schema revision: ``tests/fixtures/schemas/<revision>.sqlite``.

    python tools/make_schema_fixture.py 0004        # one revision
    python tools/make_schema_fixture.py --all       # every revision in the migrations folder

The database is upgraded to exactly that revision and holds a few rows of real-looking data in
whichever of these tables the revision has (enterprise, accident, injured_person, document,
document_subject, setting). Columns the script does not know get a neutral value of their type,
so a new revision needs no change here. ``tests/data/test_schema_fixtures.py`` upgrades every
fixture it finds to head and checks the data survived. Commit the new file with the migration.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "tests" / "fixtures" / "schemas"
STAMP = "2026-03-05 08:30:00.000000"
STAMPED = {
    "created_at": STAMP,
    "created_by": "fixture",
    "updated_at": STAMP,
    "updated_by": "fixture",
    "row_version": 1,
}
PDF = b"%PDF-1.4\n% fixture\n%%EOF\n"

ROWS: dict[str, list[dict[str, object]]] = {
    "enterprise": [
        {"id": "e-0001", "uscc": "91620724MA71AB2C3Y", "name": "高台县祁连建筑工程有限公司",
         "industry": "建筑业", "township": "城关镇", "authority": "县住房和城乡建设局",
         "legal_representative": "王建国", "contact_person": "李娜", "phone": "0936-6612345",
         "address": "甘肃省张掖市高台县城关镇人民东路18号", "hazard": 0},
        {"id": "e-0002", "uscc": "91620724MA71XY9Z0Q", "name": "高台县金川化工有限公司",
         "industry": "制造业", "township": "巷道镇", "authority": "县应急管理局",
         "legal_representative": "张伟", "contact_person": "陈静", "phone": "0936-6654321",
         "address": "甘肃省张掖市高台县巷道镇工业园区3号", "hazard": 1,
         "hazard_date": "2026-02-10", "hazard_source": "县卫生健康局职业卫生检查",
         "hazard_reference": "高卫职检〔2026〕7号",
         "hazard_description": "反应釜车间苯系物浓度超标"},
        {"id": "e-0003", "uscc": "91620724MA71QW3E4R", "name": "高台县骆驼城农业发展有限公司",
         "industry": "农林牧渔业", "township": "骆驼城镇", "authority": "县农业农村局",
         "legal_representative": "刘强", "contact_person": "杨洋", "phone": "0936-6698765",
         "address": "甘肃省张掖市高台县骆驼城镇建康村", "hazard": 0},
    ],
    "accident": [
        {"id": "a-0001", "enterprise_id": "e-0001", "accident_no": "SG2026-0001",
         "import_key": "no:SG2026-0001", "occurred_on": "2026-01-12", "place": "施工现场",
         "category": "高处坠落", "description": "脚手架作业时坠落，1人受伤。", "voided": 0},
        {"id": "a-0002", "enterprise_id": "e-0002", "accident_no": "SG2026-0002",
         "import_key": "no:SG2026-0002", "occurred_on": "2026-02-20", "place": "生产车间",
         "category": "灼烫", "description": "反应釜检修时灼伤，2人受伤。", "voided": 0},
    ],
    "injured_person": [
        {"id": "p-0001", "accident_id": "a-0001", "seq": 0, "name": "赵铁柱",
         "id_number": "620724198805120011", "severity": "重伤", "outcome": "认定工伤"},
        {"id": "p-0002", "accident_id": "a-0002", "seq": 0, "name": "孙秀英",
         "id_number": "620724199203150028", "severity": "轻伤", "outcome": "待认定"},
        {"id": "p-0003", "accident_id": "a-0002", "seq": 1, "name": "周鹏",
         "id_number": "62072419950701003X", "severity": "轻伤", "outcome": "不予认定"},
    ],
    "document": [
        {"id": "d-0001", "doc_no": "高工预〔2026〕1号", "kind": "risk_notice", "year": 2026,
         "seq": 1, "enterprise_id": "e-0002", "tier": "yellow", "issue_date": "2026-03-01",
         "title": "工伤风险提示函", "status": "issued", "pdf": PDF,
         "sha256": hashlib.sha256(PDF).hexdigest()},
    ],
    "document_subject": [
        {"id": "s-0001", "document_id": "d-0001", "enterprise_id": "e-0002"},
    ],
    "setting": [
        {"id": "k-0001", "key": "fixture_note", "value": '"schema fixture"'},
    ],
}  # fmt: skip


def _neutral(decl: str) -> object:
    t = decl.upper()
    if "INT" in t or "BOOL" in t:
        return 0
    if "DATETIME" in t or "TIMESTAMP" in t:
        return STAMP
    if "DATE" in t:
        return "2026-03-05"
    if "BLOB" in t or "BINARY" in t:
        return b""
    return ""


def fill(con: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    counts: dict[str, int] = {}
    for table, rows in ROWS.items():
        if table not in tables:
            continue
        info = con.execute(f'PRAGMA table_info("{table}")').fetchall()
        for row in rows:
            values: dict[str, object] = {}
            for _cid, name, decl, notnull, default, _pk in info:
                if name in row:
                    values[name] = row[name]
                elif name in STAMPED:
                    values[name] = STAMPED[name]
                elif notnull and default is None:
                    values[name] = _neutral(decl)
            cols = ", ".join(f'"{c}"' for c in values)
            marks = ", ".join("?" for _ in values)
            con.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', list(values.values()))
        counts[table] = len(rows)
    return counts


def make_fixture(revision: str, out_dir: Path = OUT) -> Path:
    from alembic import command

    from gaotai_desktop.data.engine import alembic_config, make_engine

    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{revision}.sqlite"
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), revision)
    engine.dispose()
    con = sqlite3.connect(path)
    with con:
        fill(con)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("VACUUM")
    con.close()
    return path


def revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    from gaotai_desktop.data.engine import alembic_config, make_engine

    script = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://")))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", nargs="?", help="e.g. 0004")
    parser.add_argument("--all", action="store_true", help="every revision")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    wanted = revisions() if args.all else [args.revision]
    if not wanted or wanted == [None]:
        parser.error("give a revision or --all")
    for rev in wanted:
        print(make_fixture(rev, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
