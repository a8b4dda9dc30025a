"""Revision 0005 stores accident numbers normalised, so a re-import in another case or width
finds the accidents already there (and the accident form refuses the same number again)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from gaotai_desktop.data.engine import make_engine, migrate

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schemas" / "0004.sqlite"
NOW = dt.datetime(2026, 12, 2, 9, 0)

# (id, accident_no, import_key) as imports before 0005 stored them
OLD = [
    ("x-lower", "sg-77", "no:sg-77"),
    ("x-wide", "ＳＧ－78", "no:ＳＧ－78"),
    ("x-space", " sg 79 ", "no: sg 79 "),
    ("x-twin-a", "sg-80", "no:sg-80"),  # the same accident stored twice by the old bug
    ("x-twin-b", "SG-80", "no:SG-80"),
    ("x-hash", "ab-1", "h:0123456789abcdef"),  # an unnumbered-style key stays as it is
]


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "gaotai.sqlite"
    shutil.copyfile(FIXTURE, path)
    with sqlite3.connect(path) as con:
        for id_, number, key in OLD:
            con.execute(
                "INSERT INTO accident (id, enterprise_id, accident_no, import_key, occurred_on,"
                " place, category, description, voided, void_reason, created_at, created_by,"
                " updated_at, updated_by, row_version)"
                " SELECT ?, enterprise_id, ?, ?, occurred_on, place, category, description,"
                " voided, void_reason, created_at, created_by, updated_at, updated_by, 1"
                " FROM accident WHERE id = 'a-0001'",
                (id_, number, key),
            )
    return path


def _numbers(path: Path) -> dict[str, tuple[str, str, int]]:
    with sqlite3.connect(path) as con:
        rows = con.execute("SELECT id, accident_no, import_key, row_version FROM accident")
        return {r[0]: (r[1], r[2], r[3]) for r in rows}


def test_stored_numbers_are_normalised_and_twins_left_for_a_clerk(tmp_path: Path) -> None:
    path = _database(tmp_path)
    engine = make_engine(path)
    migrate(engine, tmp_path / "backups", NOW)
    engine.dispose()
    after = _numbers(path)
    assert after["x-lower"][:2] == ("SG-77", "no:SG-77") and after["x-lower"][2] == 2
    assert after["x-wide"][:2] == ("SG-78", "no:SG-78")
    assert after["x-space"][:2] == ("SG79", "no:SG79")
    # two accidents that normalise to one number: both kept as they were (nothing deleted)
    assert after["x-twin-a"][:2] == ("sg-80", "no:sg-80")
    assert after["x-twin-b"][:2] == ("SG-80", "no:SG-80")
    assert after["x-hash"][:2] == ("AB-1", "h:0123456789abcdef")
    assert after["a-0001"] == ("SG2026-0001", "no:SG2026-0001", after["a-0001"][2])
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_form_then_refuses_the_same_number_in_another_case(tmp_path: Path) -> None:
    import pytest

    from gaotai_desktop.domain.errors import Conflict
    from gaotai_desktop.domain.rows import AccidentInput, PersonInput
    from gaotai_desktop.services.base import Database
    from gaotai_desktop.services.container import build_services

    path = _database(tmp_path)
    engine = make_engine(path)
    migrate(engine, tmp_path / "backups", NOW)
    services = build_services(Database(engine, "tester"))
    uscc = "91620724MA01AB2C3L"  # a code that passes the check (the fixture's are made up)
    with sqlite3.connect(path) as con:
        con.execute(
            "UPDATE enterprise SET uscc = ? WHERE id = (SELECT enterprise_id FROM accident"
            " WHERE id = 'x-lower')",
            (uscc,),
        )
    again = AccidentInput(
        uscc=uscc,
        occurred_on=dt.date(2026, 11, 1),
        accident_no="Sg-77",
        persons=(PersonInput("张伟", "620724198001010018", "轻伤", "待认定"),),
    )
    with pytest.raises(Conflict) as err:
        services.accidents.record(again, today=dt.date(2026, 12, 2))
    assert err.value.code == "duplicate_accident_no"
    engine.dispose()
