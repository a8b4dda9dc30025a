"""The yearly counts the triggers keep (``tier_count``, migration 0014) always equal the counts by
grouping the accidents, whatever changes accidents and injured persons, and the tiers read from them
are the tiers read by grouping. A large incident import sets the triggers aside and counts the
enterprises it touched again (``data.tier_counts.counting_deferred``): the same triggers come back,
and a refused import leaves counts and triggers as they were."""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from gaotai_desktop.data import light, tier_counts
from gaotai_desktop.data.engine import make_engine, migrate
from gaotai_desktop.domain.tiers import DEFAULT_RULE
from gaotai_desktop.services.importing import ImportFailed, ImportService

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


# -- bulk imports set the triggers aside and count their enterprises again --------------------------
TODAY = dt.date(2026, 11, 28)
ENT_HEADERS = ["统一社会信用代码", "企业名称", "行业", "所属乡镇", "职业病危害隐患"]
INC_HEADERS = ["事故编号", "统一社会信用代码", "事故日期", "事故地点", "事故类别", "事故经过",
               "伤者姓名", "身份证号", "伤害程度", "认定结论"]  # fmt: skip
USCC = ["91620724MA01AB2C3L", "11620724013256785L", "92620724MA73Q5H81X"]
IDS = ["620724198001010018", "620724199512310025", "11010519491231002X"]


def _csv(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([headers, *rows])
    return path


def _incident(no: str, uscc: str, day: str, person: int, outcome: str) -> list[object]:
    return [no, uscc, day, "车间", "机械伤害", "经过", f"伤者{person}", IDS[person % 3], "轻伤",
            outcome]  # fmt: skip


def _triggers(con: sqlite3.Connection) -> list[tuple[str, str]]:
    return sorted(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))


def test_a_bulk_import_counts_its_enterprises_again(db, db_path, tmp_path, monkeypatch):
    service = ImportService(db)
    names = [[u, f"企业{i}", "制造业", "城关镇", "否"] for i, u in enumerate(USCC)]
    service.run("enterprises", _csv(tmp_path / "e.csv", ENT_HEADERS, names), today=TODAY)
    # a small import, kept by the triggers: A has a 2025 accident and a 2026 one whose only
    # person was not recognised (not counted); B one accident
    first = [
        _incident("A-1", USCC[0], "2025-05-01", 0, "认定工伤"),
        _incident("A-2", USCC[0], "2026-03-01", 1, "不予认定"),
        _incident("B-1", USCC[1], "2026-04-01", 2, "待认定"),
    ]
    service.run("incidents", _csv(tmp_path / "i1.csv", INC_HEADERS, first), today=TODAY)
    con = sqlite3.connect(db_path, isolation_level=None)
    triggers = _triggers(con)
    assert len(triggers) == 7
    assert _kept(con) == _truth(con)

    # the next one takes the bulk path: new accidents of B and C, and a person recognised joining
    # A-2 (so A-2 counts from now on)
    monkeypatch.setattr(tier_counts, "BULK_ROWS", 2)
    second = [
        *first,
        _incident("A-2", USCC[0], "2026-03-01", 0, "认定工伤"),
        _incident("B-2", USCC[1], "2026-06-01", 0, "认定工伤"),
        _incident("B-3", USCC[1], "2026-07-01", 1, "视同工伤"),
        _incident("C-1", USCC[2], "2026-08-01", 2, "待认定"),
        _incident("C-2", USCC[2], "2026-08-02", 0, "不予认定"),
    ]
    result = service.run(
        "incidents", _csv(tmp_path / "i2.csv", INC_HEADERS, second), today=TODAY, update=True
    )
    assert (result.accidents, result.persons) == (4, 5)
    assert _triggers(con) == triggers
    ids = dict(con.execute("SELECT uscc, id FROM enterprise"))
    expected = {(ids[USCC[0]], 2025): 1, (ids[USCC[0]], 2026): 1, (ids[USCC[1]], 2026): 3,
                (ids[USCC[2]], 2026): 1}  # fmt: skip
    assert _truth(con) == expected
    assert _kept(con) == expected
    assert tier_counts.differences(con) == []

    # a refused bulk import changes nothing: counts and triggers as they were
    bad = [*second, _incident("C-3", "91620724MA01AB2C3X", "2026-09-01", 0, "待认定")]
    with pytest.raises(ImportFailed):
        service.run("incidents", _csv(tmp_path / "i3.csv", INC_HEADERS, bad), today=TODAY)
    assert _triggers(con) == triggers
    assert _kept(con) == expected
    # and the triggers that came back keep counting
    con.execute(
        "UPDATE accident SET voided = 1 WHERE accident_no = 'B-1' AND enterprise_id = ?",
        (ids[USCC[1]],),
    )
    assert _kept(con)[ids[USCC[1]], 2026] == 2
    assert tier_counts.differences(con) == []


def test_an_error_inside_the_bulk_write_rolls_the_triggers_back(tmp_path):
    from gaotai_desktop.data.engine import make_engine, migrate

    path = tmp_path / "gaotai.sqlite"
    engine = make_engine(path)
    migrate(engine, None, dt.datetime(2026, 11, 28, 9, 0))
    engine.dispose()
    con = sqlite3.connect(path, isolation_level=None)
    triggers = _triggers(con)
    cache = con.execute("PRAGMA cache_size").fetchone()[0]
    con.execute("BEGIN")
    with (
        pytest.raises(ZeroDivisionError),
        tier_counts.counting_deferred(con, ["e"], ["x"], tier_counts.BULK_ROWS),
    ):
        assert _triggers(con) == []
        assert con.execute("PRAGMA cache_size").fetchone()[0] == -tier_counts.BULK_CACHE_KIB
        raise ZeroDivisionError
    con.execute("ROLLBACK")
    assert _triggers(con) == triggers
    assert con.execute("PRAGMA cache_size").fetchone()[0] == cache
    # outside a transaction it refuses (the triggers would be gone for everybody)
    with (
        pytest.raises(RuntimeError),
        tier_counts.counting_deferred(con, ["e"], ["x"], tier_counts.BULK_ROWS),
    ):
        pass
    assert _triggers(con) == triggers
