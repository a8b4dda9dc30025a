"""index injured persons by recognition outcome (faster tier count)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 22:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("injured_person", schema=None) as batch_op:
        batch_op.create_index(
            "ix_injured_person_outcome_accident", ["outcome", "accident_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("injured_person", schema=None) as batch_op:
        batch_op.drop_index("ix_injured_person_outcome_accident")
