"""The yearly counts the triggers keep (``tier_count``, migration 0014) always equal the counts by
grouping the accidents, whatever changes accidents and injured persons, and the tiers read from them
are the tiers read by grouping."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from gaotai_desktop.data import light
from gaotai_desktop.data.engine import make_engine, migrate
from gaotai_desktop.domain.tiers import DEFAULT_RULE

pytestmark = pytest.mark.sqlite_only(reason="the counts are kept by SQLite triggers")

NOW = dt.datetime(2026, 11, 28, 9, 0)
STAMP = ("2026-11-28 09:00:00.000000", "t", "2026-11-28 09:00:00.000000", "t", 1)
OUTCOMES = ("待认定", "认定工伤", "不予认定", "不予认定")
SCHEMAS = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"


def _migrated(path: Path) -> sqlite3.Connection:
    engine = make_engine(path)
    migrate(engine, None, NOW)
    engine.dispose()
    return sqlite3.connect(path, isolation_level=None)


def _truth(con: sqlite3.Connection) -> Counter[tuple[str, int]]:
    """Counted accidents per (enterprise, year), computed in Python from the rows."""
    persons: dict[str, list[str]] = {}
    for accident_id, outcome in con.execute("SELECT accident_id, outcome FROM injured_person"):
        persons.setdefault(accident_id, []).append(outcome)
    counts: Counter[tuple[str, int]] = Counter()
    for aid, eid, on, voided, deleted in con.execute(
        "SELECT id, enterprise_id, occurred_on, voided, deleted_at FROM accident"
    ):
        outcomes = persons.get(aid, [])
        counted = not outcomes or any(o != "不予认定" for o in outcomes)
        if not voided and deleted is None and counted:
            counts[eid, int(on[:4])] += 1
    return counts


def _kept(con: sqlite3.Connection) -> Counter[tuple[str, int]]:
    return Counter({(e, y): n for e, y, n in con.execute("SELECT * FROM tier_count") if n != 0})


def _enterprise(con: sqlite3.Connection, i: int) -> str:
    eid = f"e-{i:04d}"
    con.execute(
        "INSERT INTO enterprise (id, uscc, name, industry, township, authority,"
        " legal_representative, contact_person, phone, address, hazard, hazard_source,"
        " hazard_reference, uscc_override_reason, created_at, created_by, updated_at, updated_by,"
        " row_version) VALUES (?, ?, ?, '', '', '', '', '', '', '', ?, '', '', '', ?, ?, ?, ?, ?)",
        (eid, f"9162072400000{i:04d}X", f"企业{i}", i % 7 == 0, *STAMP),
    )
    return eid


def _random_changes(con: sqlite3.Connection, rng: random.Random, steps: int) -> None:
    enterprises = [_enterprise(con, i) for i in range(12)]
    accidents: list[str] = []
    persons: list[str] = []
    for step in range(steps):
        op = rng.random()
        if op < 0.25 or not accidents:
            aid = f"a-{step}"
            on = dt.date(
                rng.choice((2025, 2026, 2026, 2027)), rng.randint(1, 12), rng.randint(1, 28)
            )
            con.execute(
                "INSERT INTO accident (id, enterprise_id, occurred_on, place, category, description,"
                " voided, void_reason, created_at, created_by, updated_at, updated_by, row_version)"
                " VALUES (?, ?, ?, '', '', '', ?, '', ?, ?, ?, ?, ?)",
                (aid, rng.choice(enterprises), on.isoformat(), rng.random() < 0.1, *STAMP),
            )
            accidents.append(aid)
        elif op < 0.5:
            pid = f"p-{step}"
            con.execute(
                "INSERT INTO injured_person (id, accident_id, seq, name, id_number, severity,"
                " outcome, created_at, created_by, updated_at, updated_by, row_version)"
                " VALUES (?, ?, 1, '张三', '', '', ?, ?, ?, ?, ?, ?)",
                (pid, rng.choice(accidents), rng.choice(OUTCOMES), *STAMP),
            )
            persons.append(pid)
        elif op < 0.62 and persons:
            con.execute(
                "UPDATE injured_person SET outcome = ? WHERE id = ?",
                (rng.choice(OUTCOMES), rng.choice(persons)),
            )
        elif op < 0.67 and persons:  # a person moved to another accident (a correction)
            con.execute(
                "UPDATE injured_person SET accident_id = ?, outcome = ? WHERE id = ?",
                (rng.choice(accidents), rng.choice(OUTCOMES), rng.choice(persons)),
            )
        elif op < 0.72 and persons:
            pid = persons.pop(rng.randrange(len(persons)))
            con.execute("DELETE FROM injured_person WHERE id = ?", (pid,))
        elif op < 0.78:
            con.execute(
                "UPDATE accident SET voided = NOT voided WHERE id = ?", (rng.choice(accidents),)
            )
        elif op < 0.84:
            deleted = rng.choice((None, "2026-11-28 10:00:00.000000"))
            con.execute(
                "UPDATE accident SET deleted_at = ? WHERE id = ?", (deleted, rng.choice(accidents))
            )
        elif op < 0.9:  # another date, maybe in another year
            on = dt.date(rng.choice((2025, 2026, 2027)), rng.randint(1, 12), rng.randint(1, 28))
            con.execute(
                "UPDATE accident SET occurred_on = ? WHERE id = ?",
                (on.isoformat(), rng.choice(accidents)),
            )
        elif op < 0.95:  # duplicate enterprises merged: the accident re-pointed
            con.execute(
                "UPDATE accident SET enterprise_id = ? WHERE id = ?",
                (rng.choice(enterprises), rng.choice(accidents)),
            )
        else:
            aid = accidents.pop(rng.randrange(len(accidents)))
            if rng.random() < 0.5:  # its persons first, or left behind
                con.execute("DELETE FROM injured_person WHERE accident_id = ?", (aid,))
            con.execute("DELETE FROM accident WHERE id = ?", (aid,))


@pytest.mark.parametrize("seed", range(8))
def test_the_kept_counts_follow_every_change(tmp_path, seed):
    con = _migrated(tmp_path / "gaotai.sqlite")
    con.execute("BEGIN")
    _random_changes(con, random.Random(seed), 300)
    con.execute("COMMIT")
    assert _kept(con) == _truth(con)
    # and after more changes in one transaction, rolled back: nothing of them is left
    before = _kept(con)
    con.execute("BEGIN")
    con.execute("UPDATE accident SET voided = NOT voided")
    con.execute("ROLLBACK")
    assert _kept(con) == before


@pytest.mark.parametrize("seed", range(4))
def test_tiers_from_the_kept_counts_are_the_tiers_by_grouping(tmp_path, seed):
    con = _migrated(tmp_path / "gaotai.sqlite")
    con.execute("BEGIN")
    _random_changes(con, random.Random(100 + seed), 400)
    con.execute("COMMIT")
    assert _kept(con) == _truth(con)
    for as_of in (dt.date(2025, 12, 31), dt.date(2026, 12, 31), dt.date(2027, 12, 31)):
        assert light.counts_stand_for(con, as_of)
        kept = light.read_tiers(con, as_of, DEFAULT_RULE, kept=True)
        assert kept == light.read_tiers(con, as_of, DEFAULT_RULE)
        assert any(row.accidents for row in kept)
    # an accident dated later in the year than the as-of date: the counts do not stand for it,
    # and the tiers are counted by grouping
    mid = dt.date(2026, 6, 30)
    assert not light.counts_stand_for(con, mid)
    assert light.read_tiers(con, mid, DEFAULT_RULE, kept=True) == light.read_tiers(
        con, mid, DEFAULT_RULE
    )


def test_the_tier_list_reads_one_covering_index(tmp_path):
    con = _migrated(tmp_path / "gaotai.sqlite")
    plan = " ".join(
        str(r[3]) for r in con.execute("EXPLAIN QUERY PLAN " + light.TIER_COUNT_SQL, ("", 2026))
    )
    assert "COVERING INDEX ix_enterprise_overview" in plan
    assert "TEMP B-TREE" not in plan


def test_an_upgraded_database_counts_the_accidents_it_already_had(tmp_path):
    path = tmp_path / "gaotai.sqlite"
    shutil.copyfile(SCHEMAS / "0013.sqlite", path)
    con = _migrated(path)
    truth = _truth(con)
    assert truth, "the fixture has accidents"
    assert _kept(con) == truth


def test_the_program_reads_the_kept_counts_and_checks_them(tmp_path):
    """``OverviewService`` reads the tiers from the counts; the cross-check after the first paint
    finds them agreeing, and when someone changed the table by hand it hands back the tiers by
    grouping and reads by grouping from then on."""
    from gaotai_desktop.services.container import open_services

    path = tmp_path / "gaotai.sqlite"
    con = _migrated(path)
    con.execute("BEGIN")
    _random_changes(con, random.Random(7), 300)
    con.execute("COMMIT")
    as_of = dt.date(2027, 12, 31)
    services = open_services(path, backup_dir=None, actor="t")
    try:
        overview = services.overview
        assert overview.tiers(as_of) == light.read_tiers(con, as_of, DEFAULT_RULE)
        assert overview.counts_agree(as_of) is None
        con.execute("UPDATE tier_count SET accidents = accidents + 5")
        full = overview.counts_agree(as_of)
        assert full is not None and full == light.read_tiers(con, as_of, DEFAULT_RULE)
        assert overview.tiers(as_of) == full  # by grouping now
    finally:
        services.dispose()


def test_differences_name_every_wrong_count_and_recount_mends_them(tmp_path):
    from gaotai_desktop.data import tier_counts

    con = _migrated(tmp_path / "gaotai.sqlite")
    con.execute("BEGIN")
    _random_changes(con, random.Random(11), 300)
    con.execute("COMMIT")
    assert tier_counts.differences(con) == []
    truth = _truth(con)
    (e1, y1) = min(truth)
    (e2, y2) = min(k for k in truth if k[0] != e1)
    con.execute("UPDATE tier_count SET accidents = accidents + 3 WHERE enterprise_id = ? AND"
                " year = ?", (e1, y1))  # fmt: skip
    con.execute("DELETE FROM tier_count WHERE enterprise_id = ? AND year = ?", (e2, y2))
    con.execute("INSERT INTO tier_count VALUES ('no-such', 2026, 4)")
    assert tier_counts.differences(con) == sorted(
        [(e1, y1, truth[e1, y1] + 3, truth[e1, y1]), (e2, y2, 0, truth[e2, y2]),
         ("no-such", 2026, 4, 0)]
    )  # fmt: skip
    con.execute("BEGIN")
    tier_counts.recount(con, [e1])  # one enterprise: only its counts are mended
    con.execute("COMMIT")
    assert [d[0] for d in tier_counts.differences(con)] == sorted([e2, "no-such"])
    con.execute("BEGIN")
    tier_counts.recount(con)
    con.execute("COMMIT")
    assert tier_counts.differences(con) == []
    assert _kept(con) == truth
