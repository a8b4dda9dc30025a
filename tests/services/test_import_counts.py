"""A large incident import sets the yearly-count triggers aside and counts the enterprises it
touched again (``data.tier_counts.counting_deferred``): afterwards the kept counts equal a count of
the accidents, the very same triggers are back, and a refused import leaves both as they were."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from gaotai_desktop.data import tier_counts
from gaotai_desktop.services.importing import ImportFailed, ImportService

pytestmark = pytest.mark.sqlite_only(reason="the counts are kept by SQLite triggers")

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


def _truth(con: sqlite3.Connection) -> Counter[tuple[str, int]]:
    persons: dict[str, list[str]] = {}
    for accident_id, outcome in con.execute("SELECT accident_id, outcome FROM injured_person"):
        persons.setdefault(accident_id, []).append(outcome)
    counts: Counter[tuple[str, int]] = Counter()
    for aid, eid, on, voided, deleted in con.execute(
        "SELECT id, enterprise_id, occurred_on, voided, deleted_at FROM accident"
    ):
        outcomes = persons.get(aid, [])
        if not voided and deleted is None and (not outcomes or set(outcomes) != {"不予认定"}):
            counts[eid, int(on[:4])] += 1
    return counts


def _kept(con: sqlite3.Connection) -> Counter[tuple[str, int]]:
    return Counter({(e, y): n for e, y, n in con.execute("SELECT * FROM tier_count") if n})


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
