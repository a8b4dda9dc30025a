"""work-injury recognition cases (工伤认定) with their steps, materials and suspensions

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 20:40:00

New tables only, all empty: ``recognition_case`` (the application, its state and running clock),
``case_event`` (who/when/why of each step), ``case_material`` (the checklist) and
``case_suspension`` (中止 spans that extend the decision clock).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recognition_case",
        sa.Column("applicant_kind", sa.String(length=16), nullable=False),
        sa.Column("worker_name", sa.String(length=64), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("accident_id", sa.String(length=36), nullable=True),
        sa.Column("accident_date", sa.Date(), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("clock", sa.String(length=16), server_default="", nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("due_moved_by", sa.String(length=32), server_default="", nullable=False),
        sa.Column("decision_nominal", sa.Date(), nullable=True),
        sa.Column("simple", sa.Boolean(), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("served_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=8), server_default="", nullable=False),
        sa.Column("article", sa.String(length=128), server_default="", nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("late_confirmation", sa.Text(), server_default="", nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["accident_id"], ["accident.id"], name=op.f("fk_recognition_case_accident_id_accident")
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_recognition_case_enterprise_id_enterprise"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognition_case")),
    )
    with op.batch_alter_table("recognition_case", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recognition_case_accident_id"), ["accident_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_recognition_case_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index("ix_recognition_case_state_due", ["state", "due_on"], unique=False)

    op.create_table(
        "case_event",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("step", sa.String(length=24), nullable=False),
        sa.Column("from_state", sa.String(length=24), server_default="", nullable=False),
        sa.Column("to_state", sa.String(length=24), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["recognition_case.id"],
            name=op.f("fk_case_event_case_id_recognition_case"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_event")),
    )
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_event_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_material",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("item", sa.String(length=64), nullable=False),
        sa.Column("received", sa.Boolean(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["recognition_case.id"],
            name=op.f("fk_case_material_case_id_recognition_case"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_material")),
        sa.UniqueConstraint("case_id", "item", name=op.f("uq_case_material_case_id_item")),
    )
    with op.batch_alter_table("case_material", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_material_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_suspension",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("suspended_on", sa.Date(), nullable=False),
        sa.Column("resumed_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["recognition_case.id"],
            name=op.f("fk_case_suspension_case_id_recognition_case"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_suspension")),
    )
    with op.batch_alter_table("case_suspension", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_suspension_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_suspension", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_suspension_case_id"))

    op.drop_table("case_suspension")
    with op.batch_alter_table("case_material", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_material_case_id"))

    op.drop_table("case_material")
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_event_case_id"))

    op.drop_table("case_event")
    with op.batch_alter_table("recognition_case", schema=None) as batch_op:
        batch_op.drop_index("ix_recognition_case_state_due")
        batch_op.drop_index(batch_op.f("ix_recognition_case_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_recognition_case_accident_id"))

    op.drop_table("recognition_case")
