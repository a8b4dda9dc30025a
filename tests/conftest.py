"""Shared fixtures: a real, migrated SQLite file in ``tmp_path``.

With ``GAOTAI_TEST_PG`` (or ``--pg``) set to a PostgreSQL server's URL (``tools/pg_test_cluster.sh``
starts one), ``db_path`` is instead the URL of a fresh PostgreSQL database made for the test (a
copy of a template migrated once per session) and the ``db`` fixture and every services fixture run
there. Tests marked ``sqlite_only`` (file corruption, the backup API, plain ``sqlite3`` reads, kill
tests) are deselected on PostgreSQL, those marked ``postgres_only`` (pg_dump) on SQLite; the run's
summary says how many and why.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import Counter
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
AS_OF = dt.date(2026, 11, 28)
#: The office contact the letters print (a real office enters it at the first start).
OFFICE_CONTACT = {"contact_person": "王敏", "contact_phone": "0936-6612345"}

#: Deselected on PostgreSQL: (reason, count), for the terminal summary.
_DESELECTED: Counter[str] = Counter()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--pg",
        default=os.environ.get("GAOTAI_TEST_PG", ""),
        help="run the database tests on this PostgreSQL server (a SQLAlchemy URL; default: the "
        "GAOTAI_TEST_PG environment variable; empty: SQLite files)",
    )


def pg_url(config: pytest.Config) -> str:
    return str(config.getoption("--pg") or "")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, leave out the tests marked ``sqlite_only``; on SQLite those marked
    ``postgres_only`` (reported with their reason)."""
    other = "postgres_only" if not pg_url(config) else "sqlite_only"
    kept, dropped = [], []
    for item in items:
        marker = item.get_closest_marker(other)
        if marker is None:
            kept.append(item)
            continue
        dropped.append(item)
        _DESELECTED[
            str(marker.kwargs.get("reason") or (marker.args[0] if marker.args else "?"))
        ] += 1
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not pg_url(config) and not _DESELECTED:
        return
    if pg_url(config):
        terminalreporter.section("PostgreSQL run")
        terminalreporter.write_line(f"server: {pg_url(config)}")
    else:
        terminalreporter.section("SQLite run")
    only = "SQLite only" if pg_url(config) else "PostgreSQL only: GAOTAI_TEST_PG=URL runs them"
    for reason, count in sorted(_DESELECTED.items()):
        terminalreporter.write_line(f"deselected ({only}) x{count}: {reason}")


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """The per-user data, log and config folders (platformdirs, XDG on Linux) lie in a temporary
    folder: no test writes into the real profile."""
    home = tmp_path_factory.mktemp("profile")
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    return home


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


class PgServer:
    """The test server: a template database migrated once, copied for every test."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())
        self.prefix = f"gaotai_t{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self.counter = itertools.count(1)
        self._made_template = False

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def fresh(self, *, migrated: bool = True) -> str:
        """A new database: a copy of the migrated template (or empty); its URL."""
        if migrated and not self._made_template:
            self._make_template()
        name = f"{self.prefix}_{next(self.counter)}"
        template = self.template if migrated else "template0"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url_of(name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def _make_template(self) -> None:
        from gaotai_desktop.data.engine import make_engine, migrate

        self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{self.template}" TEMPLATE template0')
        engine = make_engine(self.url_of(self.template))
        migrate(engine, None, dt.datetime(2026, 11, 28, 9, 0))
        engine.dispose()
        self._made_template = True

    def close(self) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self.admin.dispose()


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool


@pytest.fixture(scope="session")
def pg_server(request: pytest.FixtureRequest):
    """The PostgreSQL test server (``None`` when the run is on SQLite)."""
    url = pg_url(request.config)
    if not url:
        yield None
        return
    server = PgServer(url)
    yield server
    server.close()


@pytest.fixture
def db_path(tmp_path: Path, pg_server: PgServer | None, request: pytest.FixtureRequest):
    """The test's database: a SQLite file in ``tmp_path`` (not yet made), or on PostgreSQL the URL
    (a ``str``) of a fresh, migrated database dropped after the test."""
    if pg_server is None:
        yield tmp_path / "gaotai.sqlite"
        return
    url = pg_server.fresh()
    yield url
    pg_server.drop(url)


@pytest.fixture
def db(db_path: Path, tmp_path: Path, request: pytest.FixtureRequest):
    """A migrated database (real SQLite file, or a PostgreSQL database) with a fixed stamp clock and
    actor, whose office settings name the contact every letter prints (``@pytest.mark.bare_office``:
    as installed)."""
    from gaotai_desktop.data.engine import make_engine, migrate
    from gaotai_desktop.services.base import Database
    from gaotai_desktop.services.office import OfficeService

    engine = make_engine(db_path)
    migrate(engine, tmp_path / "backups", dt.datetime(2026, 11, 28, 9, 0))
    database = Database(engine, actor="tester", clock=lambda: dt.datetime(2026, 11, 28, 9, 0))
    if request.node.get_closest_marker("bare_office") is None:
        OfficeService(database).set_values(OFFICE_CONTACT)
    yield database
    engine.dispose()
