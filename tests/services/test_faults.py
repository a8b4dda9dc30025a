"""Fault proof, shown the way SQLite shows its own: the Nth SQL statement fails (disk full, I/O
error) for every N of an import, an issue, each warning state change and a backup, and the
database is exactly as before; then the same call without the fault goes through (so the
statement count covered the whole call)."""

from __future__ import annotations

import datetime as dt
import errno
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from gaotai_desktop.data import backup as backup_module
from gaotai_desktop.data.engine import make_engine, sqlite_content_dump
from gaotai_desktop.domain.errors import GaotaiError
from gaotai_desktop.domain.loop import DeliveryFacts
from gaotai_desktop.services import backups as backups_module
from gaotai_desktop.services.base import Database
from gaotai_desktop.services.container import Services, build_services

from .test_documents import county  # noqa: F401  (fixture)

pytestmark = pytest.mark.sqlite_only(reason="copies the SQLite file to rerun each injected fault")

ISSUED = dt.date(2026, 11, 2)
TODAY = dt.date(2026, 12, 2)
YELLOW = "91620724MA01AB2C3L"
FAULTS = ("database or disk is full", "disk I/O error")


class Injected(Exception):
    """Marks the statement the fixture made fail (never raised itself)."""


class FailAt:
    """A ``before_cursor_execute`` hook: counts statements and makes the ``n``-th one fail with
    ``sqlite3.OperationalError(message)``, as SQLite does when the disk is full (SQLITE_FULL) or
    the device fails (SQLITE_IOERR)."""

    def __init__(self, n: int | None, message: str = FAULTS[0]) -> None:
        self.n = n
        self.message = message
        self.count = 0
        self.fired = False

    def __call__(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.count += 1
        if self.n is not None and self.count == self.n:
            self.fired = True
            raise sqlite3.OperationalError(self.message)


def open_copy(template: Path, folder: Path, name: str) -> Services:
    path = folder / name
    shutil.copyfile(template, path)
    engine = make_engine(path)
    database = Database(engine, actor="tester", clock=lambda: dt.datetime(2026, 12, 2, 9, 0))
    return build_services(
        database, render_workers=1, location=path, backup_dir=folder / f"{name}-backups"
    )


def freeze(services: Services) -> Path:
    """Close the database (its WAL folded in) and return its file, as a template."""
    path = Path(str(services.location))
    services.dispose()
    return path


def fault_every_statement(
    template: Path, folder: Path, call: Callable[[Services], Any], messages=FAULTS
) -> int:
    """Run ``call`` on copies of ``template`` with the Nth statement failing, for every N (and
    each fault message); each time the database must be exactly as before. Returns N."""
    probe = open_copy(template, folder, "probe.sqlite")
    before = sqlite_content_dump(probe.db.engine)
    counter = FailAt(None)
    event.listen(probe.db.engine, "before_cursor_execute", counter)
    call(probe)
    event.remove(probe.db.engine, "before_cursor_execute", counter)
    assert sqlite_content_dump(probe.db.engine) != before  # the call writes something
    probe.dispose()
    total = counter.count
    assert total > 0
    runs = 0
    for message in messages:
        for n in range(1, total + 1):
            services = open_copy(template, folder, f"n{n}.sqlite")
            fault = FailAt(n, message)
            event.listen(services.db.engine, "before_cursor_execute", fault)
            try:
                result = call(services)
            except (GaotaiError, sqlite3.Error, OSError):
                result = None
            else:  # a call that reports its failure instead of raising (issuing)
                stopped = getattr(result, "stopped_by", None)
                assert stopped is not None or not fault.fired, (n, message, result)
            assert fault.fired, n
            event.remove(services.db.engine, "before_cursor_execute", fault)
            assert sqlite_content_dump(services.db.engine) == before, (n, message)
            services.dispose()
            Path(str(services.location)).unlink()
            runs += 1
    return total


@pytest.fixture
def imported(county, db_path, tmp_path):  # noqa: F811
    """A database with the county's enterprises (a template file)."""
    county.engine.dispose()
    template = tmp_path / "template.sqlite"
    shutil.copyfile(db_path, template)
    return template


def test_an_import_fails_at_every_statement_and_leaves_nothing(tmp_path, fixtures, db, db_path):
    db.engine.dispose()
    template = tmp_path / "template.sqlite"
    shutil.copyfile(db_path, template)
    total = fault_every_statement(
        template,
        tmp_path,
        lambda s: s.importer.run(
            "enterprises", fixtures / "enterprises_sample.csv", today=dt.date(2026, 11, 28)
        ),
    )
    assert total >= 5


def test_issuing_fails_at_every_statement_and_leaves_nothing(imported, tmp_path):
    def issue(services: Services):
        ids = [e.enterprise_id for e in services.enterprises.tiers(ISSUED) if e.uscc == YELLOW]
        return services.issuing.issue_due(
            ISSUED, today=TODAY, issue_date=ISSUED, enterprise_ids=ids
        )

    total = fault_every_statement(imported, tmp_path, issue, messages=FAULTS[:1])
    assert total >= 5


@pytest.fixture
def issued(imported, tmp_path):
    services = open_copy(imported, tmp_path, "issued.sqlite")
    ids = [e.enterprise_id for e in services.enterprises.tiers(ISSUED) if e.uscc == YELLOW]
    report = services.issuing.issue_due(ISSUED, today=TODAY, issue_date=ISSUED, enterprise_ids=ids)
    assert report.ok and report.issued
    return freeze(services), report.issued[0].doc_no


def test_warning_state_changes_fail_at_every_statement_and_leave_nothing(issued, tmp_path):
    template, doc_no = issued
    facts = DeliveryFacts(dt.date(2026, 11, 5), "直接送达", recipient="李娜")
    total = fault_every_statement(
        template, tmp_path, lambda s: s.warnings.deliver(doc_no, facts, today=TODAY)
    )
    assert total >= 3
    delivered = open_copy(template, tmp_path, "delivered.sqlite")
    warning = delivered.warnings.deliver(doc_no, facts, today=TODAY)
    assert warning is not None
    template = freeze(delivered)
    fault_every_statement(
        template,
        tmp_path,
        lambda s: s.warnings.feedback(
            warning.id, on=dt.date(2026, 11, 10), text="已整改", today=TODAY
        ),
    )
    answered = open_copy(template, tmp_path, "answered.sqlite")
    answered.warnings.feedback(warning.id, on=dt.date(2026, 11, 10), text="已整改", today=TODAY)
    template = freeze(answered)
    fault_every_statement(
        template,
        tmp_path,
        lambda s: s.warnings.evaluate(
            warning.id, on=dt.date(2026, 11, 20), result="effective", today=TODAY
        ),
    )


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}


@pytest.mark.parametrize(
    "fault",
    [
        sqlite3.OperationalError("database or disk is full"),
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EIO, "Input/output error"),
    ],
    ids=["sqlite-full", "enospc", "eio"],
)
def test_a_backup_fails_at_every_step_and_leaves_nothing_half_done(
    imported, tmp_path, monkeypatch, fault
):
    """Every step of an automatic backup (open, copy, verify, fsync, rename, each removal of the
    rotation) fails in turn: the database is untouched, no temporary file stays, and the folder
    holds either exactly the backups it held or those plus one complete, verified new backup
    (a rotation that failed half-way keeps the older backups, it never loses one)."""
    services = open_copy(imported, tmp_path, "live.sqlite")
    folder = tmp_path / "usb"
    start = dt.datetime(2026, 11, 1, 17, 0)
    for day in range(9):  # enough daily backups that the next one rotates one out
        services.backups.automatic(start + dt.timedelta(days=day), folder)
    before_db = sqlite_content_dump(services.db.engine)
    steps: list[str] = []
    real_checkpoint, real_remove = backup_module._checkpoint, backups_module._remove

    def counting(step: str) -> None:
        steps.append(step)

    monkeypatch.setattr(backup_module, "_checkpoint", counting)
    monkeypatch.setattr(backups_module, "_remove", lambda p: (steps.append("remove"), p.unlink()))
    snapshot = _listing(folder)
    probe = tmp_path / "probe"
    shutil.copytree(folder, probe)
    made = services.backups.automatic(start + dt.timedelta(days=9), probe)
    assert made is not None and "remove" in steps and "rename" in steps
    total = len(steps)
    monkeypatch.setattr(backup_module, "_checkpoint", real_checkpoint)
    monkeypatch.setattr(backups_module, "_remove", real_remove)
    for n in range(1, total + 1):
        target = tmp_path / f"usb{n}"
        shutil.copytree(folder, target)
        calls = [0]

        def maybe_fail(*_args: object, n: int = n, calls: list[int] = calls) -> None:
            calls[0] += 1
            if calls[0] == n:
                raise fault

        def remove(path: Path) -> None:  # removing a file fails with an OSError only
            try:
                maybe_fail()
            except sqlite3.Error as exc:
                raise OSError(errno.EIO, str(exc)) from exc
            path.unlink()

        monkeypatch.setattr(backup_module, "_checkpoint", maybe_fail)
        monkeypatch.setattr(backups_module, "_remove", remove)
        try:
            result = services.backups.automatic(start + dt.timedelta(days=9), target)
        except GaotaiError as exc:
            assert exc.code == "backup_not_written"  # type: ignore[attr-defined]
            result = None
        monkeypatch.setattr(backup_module, "_checkpoint", real_checkpoint)
        monkeypatch.setattr(backups_module, "_remove", real_remove)
        assert calls[0] >= n
        after = _listing(target)
        assert not [name for name in after if name.startswith(".incomplete-")], n
        assert sqlite_content_dump(services.db.engine) == before_db, n
        if result is None:
            assert after == snapshot, n
        else:  # the rotation failed after the new backup was in place: nothing lost
            backups_module.verify_backup(result.path)
            assert set(snapshot) <= set(after) and len(after) == len(snapshot) + 1, n
    services.dispose()
