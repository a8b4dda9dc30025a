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

    from gaotai_desktop.data import light, tier_counts

    generate(db, today=TODAY, enterprises=200, incidents=incidents)
    con = sqlite3.connect(db_path)
    assert light.counts_kept(con)
    assert con.execute("SELECT sum(accidents) FROM tier_count").fetchone()[0] > 0
    assert tier_counts.differences(con) == []


def test_the_demo_has_training_sessions_and_hotline_calls(db):
    """The 预防与维权 pages are not empty in the demo: sessions of the high-risk industries
    attended by enterprises of that industry, and calls of the last half year, the recent ones
    with a follow-up running, the older ones closed."""
    from gaotai_desktop.services.hotline import HotlineService
    from gaotai_desktop.services.training import TrainingService

    generate(db, today=TODAY, enterprises=300, incidents=500)
    training, hotline = TrainingService(db), HotlineService(db)
    sessions = training.list(TODAY.year)
    assert len(sessions) >= 6
    with db.engine.connect() as conn:
        industry = dict(conn.execute(text("SELECT id, industry FROM enterprise")).all())
    for row in sessions:
        assert dt.date(TODAY.year, 1, 1) <= row.held_on <= TODAY
        assert row.industry in ("建筑业", "制造业", "交通运输、仓储和邮政业")
        assert row.attendance and all(industry[a.enterprise_id] == row.industry
                                      for a in row.attendance)  # fmt: skip
        assert row.people >= sum(a.people for a in row.attendance)
    # a high-risk enterprise that attended is not listed as untrained
    attended = {a.enterprise_id for r in sessions for a in r.attendance}
    untrained = {u.enterprise_id for u in training.untrained_high_risk(TODAY.year, TODAY)}
    assert untrained and not attended & untrained
    calls = hotline.list(TODAY)
    assert len(calls) == 36
    assert {c.topic for c in calls} == {"consultation", "complaint", "dispute"}
    for c in calls:
        assert TODAY - dt.timedelta(days=180) <= c.called_at.date() <= TODAY
        assert c.closed_on is None or c.called_at.date() <= c.closed_on <= TODAY
        assert (c.closed_on is None) == (c.outcome == "")
        assert (c.referral == "none") == (c.follow_up_due is None)
    assert any(c.closed_on is None and c.follow_up_due for c in calls)  # follow-ups running
