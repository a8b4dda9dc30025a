"""tier_count: every enterprise's counted accidents per calendar year, kept by triggers

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 05:00:00

The window's first screenful and ``tiers`` read each enterprise's tier from this table instead of
grouping every accident of the year (``data.light.read_tiers``). On SQLite the table is kept by
triggers on ``accident`` and ``injured_person``, in the same transaction as every change of either
(whichever program, import or sync makes it), and filled here from the accidents already
recorded; ``ix_enterprise_overview`` covers what the tier list reads of the enterprises.
An accident is counted when it is neither voided nor deleted, and not every one of its
injured persons' cases ended in 不予认定 (``domain.tiers.accident_counts``). A server database
(PostgreSQL) gets the table without triggers and never reads it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

#: What the tiers read of an enterprise, in credit-code order: the tier list is one scan of this
#: index (no look into the wide enterprise rows, no sort).
OVERVIEW_COLUMNS = (
    "uscc", "id", "name", "industry", "township", "authority", "hazard", "hazard_date", "deleted_at"
)  # fmt: skip

#: ``domain.tiers.NOT_COUNTED_OUTCOMES`` when this revision was written.
EXCLUDED = "('不予认定')"


def _live(a: str) -> str:
    return f"({a}.voided IS 0 AND {a}.deleted_at IS NULL)"


def _year(a: str) -> str:
    return f"CAST(substr({a}.occurred_on, 1, 4) AS INTEGER)"


def _counts(accident_id: str, *, without: str | None = None) -> str:
    """Whether the accident's injured persons let it count (none, or one not 不予认定); with
    ``without``: leaving that person out."""
    other = f" AND p.id != {without}" if without else ""
    return (
        f"(NOT EXISTS (SELECT 1 FROM injured_person AS p WHERE p.accident_id = {accident_id}{other})"
        f" OR EXISTS (SELECT 1 FROM injured_person AS p WHERE p.accident_id = {accident_id}{other}"
        f" AND p.outcome NOT IN {EXCLUDED}))"
    )


def _ensure(enterprise: str, year: str) -> str:
    return f"INSERT OR IGNORE INTO tier_count (enterprise_id, year, accidents) VALUES ({enterprise}, {year}, 0);"


def _add(enterprise: str, year: str, delta: str) -> str:
    return (
        f"UPDATE tier_count SET accidents = accidents + coalesce({delta}, 0)"
        f" WHERE enterprise_id = {enterprise} AND year = {year};"
    )


def _person_delta(accident_id: str, before: str) -> str:
    """``UPDATE`` adding to the person's accident (its enterprise and year) the change from
    ``before`` (whether it counted before) to now."""
    a = "a"
    delta = (
        f"(SELECT {_live(a)} * ({_counts(a + '.id')} - ({before}))"
        f" FROM accident AS a WHERE a.id = {accident_id})"
    )
    return (
        f"UPDATE tier_count SET accidents = accidents + coalesce({delta}, 0)"
        f" WHERE (enterprise_id, year) = (SELECT a.enterprise_id, {_year(a)}"
        f" FROM accident AS a WHERE a.id = {accident_id});"
    )


TRIGGERS = {
    "tier_count_accident_insert": f"""
        AFTER INSERT ON accident BEGIN
            {_ensure("NEW.enterprise_id", _year("NEW"))}
            {_add("NEW.enterprise_id", _year("NEW"), f"{_live('NEW')} AND {_counts('NEW.id')}")}
        END""",
    "tier_count_accident_update": f"""
        AFTER UPDATE OF enterprise_id, occurred_on, voided, deleted_at ON accident BEGIN
            {_add("OLD.enterprise_id", _year("OLD"), f"-({_live('OLD')} AND {_counts('OLD.id')})")}
            {_ensure("NEW.enterprise_id", _year("NEW"))}
            {_add("NEW.enterprise_id", _year("NEW"), f"{_live('NEW')} AND {_counts('NEW.id')}")}
        END""",
    "tier_count_accident_delete": f"""
        AFTER DELETE ON accident BEGIN
            {_add("OLD.enterprise_id", _year("OLD"), f"-({_live('OLD')} AND {_counts('OLD.id')})")}
        END""",
    "tier_count_person_insert": f"""
        AFTER INSERT ON injured_person BEGIN
            {_person_delta("NEW.accident_id", _counts("NEW.accident_id", without="NEW.id"))}
        END""",
    "tier_count_person_delete": f"""
        AFTER DELETE ON injured_person BEGIN
            {_person_delta("OLD.accident_id", f"OLD.outcome NOT IN {EXCLUDED} OR EXISTS (SELECT 1 FROM injured_person AS p WHERE p.accident_id = OLD.accident_id AND p.outcome NOT IN {EXCLUDED})")}
        END""",
    "tier_count_person_update": f"""
        AFTER UPDATE OF outcome, accident_id ON injured_person
        WHEN OLD.accident_id = NEW.accident_id BEGIN
            {_person_delta("NEW.accident_id", f"OLD.outcome NOT IN {EXCLUDED} OR EXISTS (SELECT 1 FROM injured_person AS p WHERE p.accident_id = NEW.accident_id AND p.id != NEW.id AND p.outcome NOT IN {EXCLUDED})")}
        END""",
    "tier_count_person_move": f"""
        AFTER UPDATE OF accident_id ON injured_person
        WHEN OLD.accident_id != NEW.accident_id BEGIN
            {_person_delta("OLD.accident_id", f"OLD.outcome NOT IN {EXCLUDED} OR EXISTS (SELECT 1 FROM injured_person AS p WHERE p.accident_id = OLD.accident_id AND p.outcome NOT IN {EXCLUDED})")}
            {_person_delta("NEW.accident_id", _counts("NEW.accident_id", without="NEW.id"))}
        END""",
}

#: Every (enterprise, year) with an accident, and its counted accidents.
FILL = f"""
INSERT INTO tier_count (enterprise_id, year, accidents)
SELECT a.enterprise_id, {_year("a")}, sum({_live("a")} AND {_counts("a.id")})
FROM accident AS a GROUP BY a.enterprise_id, {_year("a")}
"""


def upgrade() -> None:
    op.create_table(
        "tier_count",
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("accidents", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("enterprise_id", "year", name=op.f("pk_tier_count")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_enterprise_overview", "enterprise", [*OVERVIEW_COLUMNS], unique=False)
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(FILL)


def downgrade() -> None:
    op.drop_index("ix_enterprise_overview", table_name="enterprise")
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("tier_count")
