"""Shared fixtures: a real, migrated SQLite file in ``tmp_path``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
AS_OF = dt.date(2026, 11, 28)
#: The office contact the letters print (a real office enters it at the first start).
OFFICE_CONTACT = {"contact_person": "王敏", "contact_phone": "0936-6612345"}


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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "gaotai.sqlite"


@pytest.fixture
def db(db_path: Path, tmp_path: Path, request: pytest.FixtureRequest):
    """A migrated database (real SQLite file) with a fixed stamp clock and actor, whose office
    settings name the contact every letter prints (``@pytest.mark.bare_office``: as installed)."""
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
