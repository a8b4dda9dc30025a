"""The plain-sqlite3 reads (``data.light``) agree with Alembic and with the SQLAlchemy aggregate."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gaotai_desktop.data import light
from gaotai_desktop.data.engine import head_revision, make_engine, migrate
from gaotai_desktop.data.models import Enterprise
from gaotai_desktop.data.queries import tier_select
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.domain.tiers import DEFAULT_RULE, TierRule
from gaotai_desktop.services.accidents import AccidentService
from gaotai_desktop.services.demo import make_uscc
from gaotai_desktop.services.enterprises import EnterpriseService

pytestmark = pytest.mark.sqlite_only(reason="plain sqlite3 reads of a SQLite file (data/light.py)")

AS_OF = dt.date(2026, 11, 28)
TODAY = dt.date(2026, 12, 31)
D = dt.date
NOW = dt.datetime(2026, 11, 28, 9, 0)


def P(outcome: str = "认定工伤") -> PersonInput:
    return PersonInput("张三", "620724198001010018", "轻伤", outcome)


#: (accidents, hazard, hazard date): every case the SQLAlchemy aggregate is written for.
CASES: dict[str, tuple[list[tuple[dt.date, list[PersonInput]]], bool, dt.date | None]] = {
    "none": ([], False, None),
    "one": ([(D(2026, 3, 1), [P()])], False, None),
    "three": ([(D(2026, 1, 1), [P()])] * 3, False, None),
    "five": ([(D(2026, 11, 28), [P()])] * 5, False, None),
    "three injured": ([(D(2026, 5, 1), [P(), P(), P()])], False, None),
    "hazard alone": ([], True, D(2026, 6, 1)),
    "hazard without date": ([], True, None),
    "hazard after as-of": ([(D(2026, 5, 1), [P()])], True, D(2026, 12, 5)),
    "hazard and three": ([(D(2026, 5, 1), [P()])] * 3, True, D(2026, 6, 1)),
    "previous year": ([(D(2025, 12, 31), [P()])] * 3, False, None),
    "after as-of": ([(D(2026, 11, 29), [P()])] * 2 + [(D(2026, 2, 1), [P()])], False, None),
    "rejected": ([(D(2026, 5, 1), [P("不予认定")]), (D(2026, 6, 1), [P()])], False, None),
    "all rejected": ([(D(2026, 5, 1), [P("不予认定"), P("不予认定")])] * 2, False, None),
    "pending": ([(D(2026, 5, 1), [P("待认定")])] * 2, False, None),
    "one of two rejected": ([(D(2026, 5, 1), [P("不予认定"), P("视同工伤")])], False, None),
    "no persons": ([(D(2026, 5, 1), [P("不予认定")])] * 2, False, None),  # persons removed below
}


@pytest.fixture
def county(db):
    """A database holding every case, a voided accident and a deleted enterprise."""
    ents, accs = EnterpriseService(db), AccidentService(db)
    for case, (accidents, hazard, hazard_date) in CASES.items():
        code = make_uscc(random.Random(case))
        ents.create(
            EnterpriseInput(
                code, f"高台县{case}有限公司", township="城关镇", hazard=hazard,
                hazard_date=hazard_date,
            ),
            today=TODAY,
        )  # fmt: skip
        for date, persons in accidents:
            done = accs.record(AccidentInput(code, date, "车间", "机械伤害", "", "", tuple(persons)), today=TODAY)  # fmt: skip
            if case == "no persons":  # as an import may leave it: an accident counts then
                with db.engine.begin() as conn:
                    conn.exec_driver_sql(
                        "DELETE FROM injured_person WHERE accident_id = ?", (done.accident.id,)
                    )
    voided = accs.record(
        AccidentInput(make_uscc(random.Random("one")), D(2026, 7, 1), persons=(P(),)), today=TODAY
    )
    accs.void(voided.accident.id, "重复登记", today=TODAY)
    gone = ents.create(EnterpriseInput(make_uscc(random.Random("x")), "高台县注销有限公司"), today=TODAY)  # fmt: skip
    ents.delete(gone.id, reason="企业已注销")
    return db


def sqlalchemy_rows(db, as_of: dt.date, ids: list[str] | None = None) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        stmt = tier_select(as_of, ids).order_by(Enterprise.uscc)
        if ids is not None:
            stmt = stmt.where(Enterprise.id.in_(ids))
        return [(*r[:6], int(r[6]), bool(r[7])) for r in conn.execute(stmt)]


@pytest.mark.parametrize("as_of", [AS_OF, D(2026, 12, 31), D(2026, 1, 1), D(2027, 1, 1)])
def test_the_sql_text_gives_the_rows_of_the_sqlalchemy_aggregate(county, db_path, as_of):
    con = sqlite3.connect(db_path)
    rows = light.read_tiers(con, as_of, DEFAULT_RULE)
    fields = [
        (
            r.enterprise_id,
            r.uscc,
            r.name,
            r.industry,
            r.township,
            r.authority,
            r.accidents,
            r.hazard,
        )
        for r in rows
    ]
    assert fields == sqlalchemy_rows(county, as_of)
    assert len(rows) == len(CASES)
    assert [r.tier for r in rows] == [DEFAULT_RULE.tier_for(r.accidents, r.hazard) for r in rows]
    assert any(r.tier.code == "red" for r in rows) == (as_of.year == 2026)


@pytest.mark.parametrize("as_of", [AS_OF, D(2026, 1, 1)])
def test_the_sql_text_for_a_few_enterprises_gives_their_rows(county, db_path, as_of):
    con = sqlite3.connect(db_path)
    everyone = light.read_tiers(con, as_of, DEFAULT_RULE)
    ids = [r.enterprise_id for r in everyone]
    for chosen in (ids[:1], ids[2:9], ids[::3], ids, [ids[0], "no-such-id"]):
        rows = light.read_tiers(con, as_of, DEFAULT_RULE, chosen)
        assert [tuple(r[:8]) for r in rows] == sqlalchemy_rows(county, as_of, chosen)
        assert rows == [r for r in everyone if r.enterprise_id in chosen]
    assert light.read_tiers(con, as_of, DEFAULT_RULE, []) == []


def test_tiers_follow_the_rule_beyond_its_thresholds(county, db_path):
    rule = TierRule(yellow_at=2, orange_at=4, red_at=5)
    rows = light.read_tiers(sqlite3.connect(db_path), AS_OF, rule)
    assert [r.tier for r in rows] == [rule.tier_for(r.accidents, r.hazard) for r in rows]
    assert {r.accidents for r in rows} >= {0, 1, 2, 3, 5}


def test_the_pick_lists_are_those_of_the_service(db, db_path):
    names = light.read_lookups(sqlite3.connect(db_path))
    lookups = EnterpriseService(db).lookups()
    assert names == {
        "township": lookups.townships,
        "industry": lookups.industries,
        "authority": lookups.authorities,
        "accident_category": lookups.categories,
    }
    assert lookups.townships  # seeded


def test_the_head_revision_is_alembics():
    assert light.head_revision() == head_revision()


def test_revision_scripts_that_branch_leave_the_answer_to_alembic(tmp_path):
    for name, rev, down in (("a", "0001", None), ("b", "0002", "0001"), ("c", "0003", "0001")):
        down_text = "None" if down is None else f'"{down}"'
        (tmp_path / f"{name}.py").write_text(f'revision = "{rev}"\ndown_revision = {down_text}\n')
    assert light.head_revision(tmp_path) is None
    (tmp_path / "c.py").write_text('revision = "0003"\ndown_revision = "0002"\n')
    assert light.head_revision(tmp_path) == "0003"
    (tmp_path / "d.py").write_text("revision = compute()\n")
    assert light.head_revision(tmp_path) is None


def test_schema_at_head_only_for_a_current_database(tmp_path):
    path = tmp_path / "gaotai.sqlite"
    assert not light.schema_at_head(path)  # missing
    path.touch()
    assert not light.schema_at_head(path)  # empty: a new database, migrated the full way
    engine = make_engine(path)
    migrate(engine, None, NOW)
    engine.dispose()
    assert light.schema_at_head(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0006'")
    con.commit()
    con.close()
    assert not light.schema_at_head(path)
    (tmp_path / "text.sqlite").write_text("not a database" * 100)
    assert not light.schema_at_head(tmp_path / "text.sqlite")


def test_the_reader_cannot_write(db_path, db):
    con = light.connect_reader(db_path)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        con.execute("DELETE FROM township")


def test_importing_the_light_reads_loads_no_sqlalchemy():
    code = (
        "import sys\n"
        "import gaotai_desktop.data.light, gaotai_desktop.services.container\n"
        "print(sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    ).stdout
    assert out.strip() == "[]"
