"""``demo`` never mixes made-up enterprises and persons into a real register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.domain.errors import Conflict, ValidationError
from gaotai_desktop.services.demo import DEMO_MARKER, generate, is_demo
from gaotai_desktop.texts import error_text

TODAY = dt.date(2026, 11, 28)


def add_real_enterprise(db) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO enterprise (id, uscc, name, industry, township, authority,"
                " legal_representative, contact_person, phone, address, hazard, hazard_source,"
                " hazard_reference, uscc_override_reason, created_at, created_by, updated_at,"
                " updated_by, row_version) VALUES ('real', '91620724MA01AB2C3L', '真实企业有限公司',"
                " '', '', '', '', '', '', '', false, '', '', '', :t, 'x', :t, 'x', 1)"
            ),
            {"t": "2026-01-01 00:00:00.000000"},  # as SQLAlchemy stores a DateTime
        )


def test_an_empty_database_gets_demo_data_and_the_marker(db):
    assert not is_demo(db)
    result = generate(db, today=TODAY, enterprises=30, incidents=100)
    assert result.enterprises == 30 and result.persons == 100
    assert is_demo(db)
    with db.engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM setting WHERE key = :k"), {"k": DEMO_MARKER}
            ).scalar()
            == 1
        )


def test_a_register_with_real_data_is_refused_untouched(db, db_path):
    add_real_enterprise(db)
    before = sqlite_content_dump(db.engine)
    with pytest.raises(Conflict) as exc:
        generate(db, today=TODAY, enterprises=30, incidents=100)
    assert exc.value.code == "demo_real_data"
    msg = error_text(exc.value)
    # the file, or on a server the database's name (never the URL with its login)
    where = str(db_path) if isinstance(db_path, Path) else make_url(db_path).database
    assert f"“{where}”" in msg and "企业1家" in msg and "--demo" in msg
    assert sqlite_content_dump(db.engine) == before


def test_generating_twice_is_refused_with_a_clear_message(db):
    generate(db, today=TODAY, enterprises=30, incidents=100)
    before = sqlite_content_dump(db.engine)
    with pytest.raises(Conflict) as exc:
        generate(db, today=TODAY, enterprises=30, incidents=100, seed=7)
    assert exc.value.code == "demo_exists"
    assert "已生成过演示数据" in error_text(exc.value) and "企业30家" in error_text(exc.value)
    assert sqlite_content_dump(db.engine) == before


def test_real_data_added_to_a_demo_database_still_counts_as_data(db):
    generate(db, today=TODAY, enterprises=5, incidents=5)
    add_real_enterprise(db)
    with pytest.raises(Conflict):
        generate(db, today=TODAY, enterprises=5, incidents=5)


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("enterprises", {"enterprises": 0}),
        ("enterprises", {"enterprises": -5}),
        ("incidents", {"incidents": 0}),
        ("incidents", {"incidents": -1}),
        ("enterprises", {"enterprises": True}),
        ("incidents", {"incidents": 2.5}),
    ],
)
def test_bad_counts_are_refused_naming_the_field(db, field, kwargs):
    before = sqlite_content_dump(db.engine)
    with pytest.raises(ValidationError) as exc:
        generate(db, today=TODAY, **({"enterprises": 5, "incidents": 5} | kwargs))
    assert exc.value.field == field and exc.value.code == "positive"
    name = {"enterprises": "企业数量", "incidents": "伤者行数"}[field]
    assert error_text(exc.value).startswith(name)
    assert sqlite_content_dump(db.engine) == before


@pytest.mark.sqlite_only(reason="the yearly counts are kept by SQLite triggers")
@pytest.mark.parametrize("incidents", [100, 3000])  # kept by the triggers / counted at the end
def test_the_demo_counts_are_the_counts_of_its_accidents(db, db_path, incidents):
    import sqlite3

    from gaotai_desktop.data import tier_counts

    generate(db, today=TODAY, enterprises=200, incidents=incidents)
    con = sqlite3.connect(db_path)
    assert tier_counts.kept(con)
    assert con.execute("SELECT sum(accidents) FROM tier_count").fetchone()[0] > 0
    assert tier_counts.differences(con) == []
