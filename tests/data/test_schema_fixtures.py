"""Migrations are safe: the models match the migrations, and every released schema's fixture
database upgrades to head with its data intact (``tools/make_schema_fixture.py`` makes them)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from gaotai_desktop.data.engine import alembic_config, head_revision, make_engine, migrate
from gaotai_desktop.data.models import Base

SCHEMAS = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
FIXTURES = sorted(SCHEMAS.glob("*.sqlite"))
NOW = dt.datetime(2026, 11, 28, 9, 0)

#: Values that must survive every upgrade (table, key column, key, value column, value).
SAMPLES = [
    ("enterprise", "id", "e-0002", "name", "高台县金川化工有限公司"),
    ("enterprise", "id", "e-0002", "uscc", "91620724MA71XY9Z0Q"),
    ("enterprise", "id", "e-0002", "hazard_reference", "高卫职检〔2026〕7号"),
    ("accident", "id", "a-0002", "accident_no", "SG2026-0002"),
    ("accident", "id", "a-0001", "occurred_on", "2026-01-12"),
    ("injured_person", "id", "p-0003", "id_number", "62072419950701003X"),
    ("injured_person", "id", "p-0002", "outcome", "待认定"),
    ("document", "id", "d-0001", "doc_no", "高工预〔2026〕1号"),
]


def _snapshot(path: Path) -> tuple[dict[str, int], dict[tuple[str, str, str], object]]:
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if r[0] not in ("alembic_version",) and not r[0].startswith("sqlite_")
        ]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        values = {}
        for table, key_col, key, col, _ in SAMPLES:
            if table in tables:
                row = con.execute(
                    f'SELECT "{col}" FROM "{table}" WHERE "{key_col}" = ?', (key,)
                ).fetchone()
                values[(table, key, col)] = row and row[0]
        return counts, values
    finally:
        con.close()


def test_the_models_match_the_migrations(tmp_path):
    engine = make_engine(tmp_path / "head.sqlite")
    migrate(engine, None, NOW)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == [], "models and migrations differ (write a migration):\n" + "\n".join(
        map(str, diff)
    )


def test_there_is_a_fixture_for_each_released_revision_up_to_0003():
    names = {p.stem for p in FIXTURES}
    assert {"0001", "0002", "0003"} <= names
    script = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://")))
    known = {r.revision for r in script.walk_revisions()}
    assert names <= known, "a fixture for a revision the migrations do not know"


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_a_released_database_upgrades_to_head_with_its_data(tmp_path, fixture):
    path = tmp_path / "gaotai.sqlite"
    shutil.copyfile(fixture, path)
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (fixture.stem,)
    counts, values = _snapshot(path)
    assert counts["enterprise"] == 3 and counts["injured_person"] == 3
    engine = make_engine(path)
    backup = migrate(engine, tmp_path / "backups", NOW)
    engine.dispose()
    if fixture.stem != head_revision():
        assert backup is not None and backup.exists()
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    after_counts, after_values = _snapshot(path)
    for table, n in counts.items():
        assert after_counts[table] == n, table
    assert {k: after_values.get(k) for k in values} == values
    for (table, key, col), value in values.items():
        expected = next(s[4] for s in SAMPLES if s[:3] == (table, "id", key) and s[3] == col)
        assert value == expected


def test_documents_issued_before_the_closed_loop_become_warnings(tmp_path) -> None:
    """Revision 0007 turns the 0006 fixture's issued documents into warnings with their tasks."""
    import datetime as dt
    import shutil
    import sqlite3

    from gaotai_desktop.data.engine import make_engine, migrate

    path = tmp_path / "old.sqlite"
    shutil.copy(SCHEMAS / "0006.sqlite", path)
    engine = make_engine(path)
    migrate(engine, None, dt.datetime(2026, 12, 2))
    engine.dispose()
    con = sqlite3.connect(path)
    docs = con.execute(
        "SELECT COUNT(*) FROM document WHERE tier IN ('yellow','orange','red')"
    ).fetchone()[0]
    warnings = con.execute("SELECT tier, state, issued_on FROM warning").fetchall()
    linked = con.execute("SELECT COUNT(*) FROM warning_document").fetchone()[0]
    tasks = {k for (k,) in con.execute("SELECT kind FROM measure_task")}
    con.close()
    assert docs >= 1 and linked == docs
    assert warnings == [("yellow", "issued", "2026-03-01")]
    assert tasks == {"interview", "training", "feedback"}
