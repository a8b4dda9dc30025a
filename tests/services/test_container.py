"""The composition root opens an up-to-date database without the data layer and builds each
service on its first use; the file's check comes before the first connection, deferred or not."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from gaotai_desktop.domain.errors import StorageError
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import open_services
from gaotai_desktop.services.demo import make_uscc

AS_OF = dt.date(2026, 11, 28)
ROOT = Path(__file__).resolve().parents[2]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def current(tmp_path: Path) -> Path:
    """A database at the newest schema with a few enterprises, checkpointed (no -wal file)."""
    path = tmp_path / "gaotai.sqlite"
    services = open_services(path, backup_dir=None, actor="t")
    for i in range(30):
        services.enterprises.create(
            EnterpriseInput(make_uscc(random.Random(i)), f"高台县企业{i:05d}有限公司"), today=AS_OF
        )
    services.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    return path


def _rewrite_index(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'ix_enterprise_name'", (sql,))
    con.commit()
    con.close()


def damage_an_index(path: Path) -> None:
    """Index entries that no longer match their rows: quick_check passes, integrity_check not."""
    _rewrite_index(path, "CREATE INDEX ix_enterprise_name ON enterprise (address)")
    con = sqlite3.connect(path)
    con.execute("UPDATE enterprise SET name = name || '（已更名）' WHERE rowid % 7 = 0")
    con.commit()
    con.close()
    _rewrite_index(path, "CREATE INDEX ix_enterprise_name ON enterprise (name)")
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchall() != [("ok",)]


def test_an_up_to_date_file_opens_without_sqlalchemy_and_alembic(current):
    code = (
        "import sys, datetime\n"
        "from gaotai_desktop.services.container import open_services\n"
        f"s = open_services(r'{current}', backup_dir=None, actor='t', check='deferred')\n"
        "rows = s.overview.tiers(datetime.date(2026, 11, 28))\n"
        "print(len(rows), len(s.overview.lookups().townships) > 0,"
        " sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    assert out.split() == ["30", "True", "[]"]


def test_services_are_built_on_first_use_once(current):
    services = open_services(current, backup_dir=None, actor="t")
    assert not services.built("db") and not services.built("enterprises")
    assert len(services.overview.tiers(AS_OF)) == 30
    assert not services.built("db")  # the overview reads the file with plain sqlite3
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(services.enterprises)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(s) for s in seen}) == 1 and services.enterprises is seen[0]
    assert services.built("db") and services.issuing.office is services.office
    assert services.actor == "t" == services.db.actor
    assert services.enterprises.tiers(AS_OF) == services.overview.tiers(AS_OF)
    services.dispose()


def test_a_deferred_check_refuses_before_the_first_connection(current):
    damage_an_index(current)
    before = sha(current)
    services = open_services(
        current, backup_dir=current.parent / "backups", actor="t", check="deferred"
    )
    # the first screenful is read (plain sqlite3, read only) ...
    assert len(services.overview.tiers(AS_OF)) == 30
    # ... but nothing goes through the services: every use meets the check's refusal
    for use in (
        lambda: services.enterprises.tiers(AS_OF),
        services.verify,
        lambda: services.office.get(),
    ):
        with pytest.raises(StorageError) as err:
            use()
        assert err.value.code == "damaged"
    services.dispose()
    assert sha(current) == before
    assert not current.with_name(current.name + "-wal").exists()


def test_checked_now_a_damaged_file_is_refused_at_open(current):
    damage_an_index(current)
    with pytest.raises(StorageError) as err:
        open_services(current, backup_dir=None, actor="t")
    assert err.value.code == "damaged"


def test_a_passed_check_is_not_run_again(current, monkeypatch):
    services = open_services(current, backup_dir=None, actor="t", check="deferred")
    services.verify()
    assert services.gate is not None and services.gate.passed
    monkeypatch.setattr("gaotai_desktop.data.health._problems", lambda *_a: ["boom"])
    services.verify()
    assert len(services.enterprises.tiers(AS_OF)) == 30
    services.dispose()


def test_quitting_stops_the_check_and_whatever_waits_for_it(current):
    services = open_services(current, backup_dir=None, actor="t", check="deferred")
    services.interrupt_reads()
    with pytest.raises(StorageError) as err:
        services.enterprises.tiers(AS_OF)
    assert err.value.code == "operational"
    services.dispose()


def test_the_rows_read_ahead_are_handed_out_once(current):
    services = open_services(current, backup_dir=None, actor="t", check="deferred")
    read = services.overview.read_ahead(AS_OF)
    reader = threading.Thread(target=read)
    reader.start()
    ahead = services.overview.tiers(AS_OF)  # waits for the read ahead
    reader.join()
    assert len(ahead) == 30
    services.enterprises.create(
        EnterpriseInput(make_uscc(random.Random("new")), "高台县后来有限公司"), today=AS_OF
    )
    assert len(services.overview.tiers(AS_OF)) == 31  # read again
    assert services.overview.lookups().townships
    services.dispose()


def test_quitting_interrupts_reads_and_spares_writes(current):
    services = open_services(current, backup_dir=None, actor="t", check="deferred")
    services.verify()
    forever = text(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    )
    started, failed = threading.Event(), []

    def read() -> None:
        try:
            with services.db.transaction() as s:
                started.set()
                s.execute(forever)
        except StorageError as exc:
            failed.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert started.wait(30)
    for _ in range(200):  # until the statement runs
        services.interrupt_reads()
        reader.join(0.05)
        if not reader.is_alive():
            break
    assert not reader.is_alive() and failed and "interrupted" in str(failed[0])
    # a transaction that wrote is not interrupted
    from gaotai_desktop.data.engine import interrupt_reads

    with services.db.transaction() as s:
        s.execute(text("UPDATE township SET sort_order = sort_order"))
        assert interrupt_reads(services.db.engine) == 0
        assert s.execute(text("SELECT count(*) FROM township")).scalar_one() > 0
    with services.db.transaction() as s:
        s.execute(text("SELECT 1"))
        assert interrupt_reads(services.db.engine) == 1
    services.dispose()
