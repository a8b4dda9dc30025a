"""initial schema: enterprises, accidents, injured persons, lookup tables

Revision ID: 0001
Revises:
Create Date: 2026-11-28 20:48:33.667390
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accident_category",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident_category")),
        sa.UniqueConstraint("name", name=op.f("uq_accident_category_name")),
    )
    op.create_table(
        "authority",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authority")),
        sa.UniqueConstraint("name", name=op.f("uq_authority_name")),
    )
    op.create_table(
        "enterprise",
        sa.Column("uscc", sa.String(length=18), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("industry", sa.String(length=64), nullable=False),
        sa.Column("township", sa.String(length=32), nullable=False),
        sa.Column("authority", sa.String(length=64), nullable=False),
        sa.Column("legal_representative", sa.String(length=64), nullable=False),
        sa.Column("contact_person", sa.String(length=64), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("address", sa.String(length=256), nullable=False),
        sa.Column("hazard", sa.Boolean(), nullable=False),
        sa.Column("hazard_date", sa.Date(), nullable=True),
        sa.Column("hazard_source", sa.String(length=128), nullable=False),
        sa.Column("hazard_reference", sa.String(length=128), nullable=False),
        sa.Column("uscc_override_reason", sa.String(length=256), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=64), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprise")),
        sa.UniqueConstraint("uscc", name=op.f("uq_enterprise_uscc")),
    )
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enterprise_name"), ["name"], unique=False)

    op.create_table(
        "industry",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_industry")),
        sa.UniqueConstraint("name", name=op.f("uq_industry_name")),
    )
    op.create_table(
        "township",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_township")),
        sa.UniqueConstraint("name", name=op.f("uq_township_name")),
    )
    op.create_table(
        "accident",
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("accident_no", sa.String(length=64), nullable=True),
        sa.Column("import_key", sa.String(length=80), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=256), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.String(length=256), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=64), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprise.id"], name=op.f("fk_accident_enterprise_id_enterprise")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident")),
        sa.UniqueConstraint("import_key", name=op.f("uq_accident_import_key")),
    )
    with op.batch_alter_table("accident", schema=None) as batch_op:
        batch_op.create_index(
            "ix_accident_enterprise_date", ["enterprise_id", "occurred_on"], unique=False
        )
        batch_op.create_index(
            "ix_accident_window",
            ["occurred_on", "enterprise_id", "voided", "deleted_at"],
            unique=False,
        )

    op.create_table(
        "injured_person",
        sa.Column("accident_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.Column("outcome", sa.String(length=8), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["accident_id"], ["accident.id"], name=op.f("fk_injured_person_accident_id_accident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_injured_person")),
    )
    with op.batch_alter_table("injured_person", schema=None) as batch_op:
        batch_op.create_index(
            "ix_injured_person_accident_outcome", ["accident_id", "outcome"], unique=False
        )

    _seed_reference_data()


def _seed_reference_data() -> None:
    """Lookup tables start with the county's defaults (domain.reference); administrators edit them
    afterwards."""
    import datetime as dt
    import uuid
    from collections.abc import Iterable

    from gaotai_desktop.domain import reference

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    stamp = {"created_at": now, "created_by": "system", "updated_at": now, "updated_by": "system"}

    def rows(names: Iterable[str]) -> list[dict[str, object]]:
        return [
            {"id": str(uuid.uuid4()), "name": n, "sort_order": i, "active": True, "row_version": 1}
            | stamp
            for i, n in enumerate(names)
        ]

    meta = sa.MetaData()
    meta.reflect(
        bind=op.get_bind(), only=["township", "industry", "authority", "accident_category"]
    )
    op.bulk_insert(meta.tables["township"], rows(reference.TOWNSHIPS))
    op.bulk_insert(meta.tables["authority"], rows(reference.AUTHORITIES))
    op.bulk_insert(meta.tables["accident_category"], rows(reference.ACCIDENT_CATEGORIES))
    industries = rows([name for _, name in reference.INDUSTRIES])
    for row, (code, _) in zip(industries, reference.INDUSTRIES, strict=True):
        row["code"] = code
    op.bulk_insert(meta.tables["industry"], industries)


def downgrade() -> None:
    with op.batch_alter_table("injured_person", schema=None) as batch_op:
        batch_op.drop_index("ix_injured_person_accident_outcome")

    op.drop_table("injured_person")
    with op.batch_alter_table("accident", schema=None) as batch_op:
        batch_op.drop_index("ix_accident_window")
        batch_op.drop_index("ix_accident_enterprise_date")

    op.drop_table("accident")
    op.drop_table("township")
    op.drop_table("industry")
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enterprise_name"))

    op.drop_table("enterprise")
    op.drop_table("authority")
    op.drop_table("accident_category")
