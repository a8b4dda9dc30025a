"""Rows sent straight to the driver store what SQLAlchemy's own insert stores: dates, times,
yes/no and empty values converted by the columns' bind processors (once per distinct value)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select, text

from gaotai_desktop.data.models import Enterprise, table_of
from gaotai_desktop.services.importing.bulk import insert_rows

COLUMNS = ("id", "uscc", "name", "industry", "township", "authority", "legal_representative",
           "contact_person", "phone", "address", "hazard", "hazard_date", "hazard_source",
           "hazard_reference", "hazard_description", "uscc_override_reason", "deleted_at",
           "deleted_by", "created_at", "created_by", "updated_at", "updated_by", "row_version")  # fmt: skip


def rows(prefix: str) -> list[tuple[object, ...]]:
    stamp = dt.datetime(2026, 11, 28, 9, 0)
    out = []
    for i, (hazard, day, deleted) in enumerate(
        [(True, dt.date(2026, 3, 5), None), (False, None, None), (True, dt.date(2026, 3, 5),
         dt.datetime(2026, 4, 1, 8, 30, 15, 250)), (False, dt.date(1999, 12, 31), stamp)]
    ):  # fmt: skip
        out.append(
            (f"{prefix}-{i}", f"{prefix}USCC{i}", f"企业{i}", "", "", "", "", "", "", "", hazard,
             day, "", "", "", "", deleted, None, stamp, "tester", stamp, "tester", 1)
        )  # fmt: skip
    return out


def test_the_driver_gets_what_a_core_insert_would_store(db) -> None:
    table = table_of(Enterprise)
    with db.transaction() as s:
        insert_rows(s, db, table, COLUMNS, rows("fast"))
        s.execute(insert(table), [dict(zip(COLUMNS, r, strict=True)) for r in rows("core")])
    with db.transaction() as s:
        cols = ", ".join(c for c in COLUMNS if c not in ("id", "uscc"))
        stored = {
            r[0]: r[1:]
            for r in s.execute(text(f"SELECT id, {cols} FROM enterprise WHERE id LIKE '%-%'"))
        }
        assert len(stored) == 8
        for i in range(4):
            assert stored[f"fast-{i}"] == stored[f"core-{i}"], i
        back = s.execute(select(Enterprise.hazard_date, Enterprise.deleted_at).where(
            Enterprise.id == "fast-2")).one()  # fmt: skip
    assert tuple(back) == (dt.date(2026, 3, 5), dt.datetime(2026, 4, 1, 8, 30, 15, 250))
