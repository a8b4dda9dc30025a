"""document deadlines (the due dates each letter prints) and document state from corrections

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 10:00:00

Documents issued before this revision have no stored deadlines: the settings they were computed
from may have changed since, so none are guessed. A document that a correction replaced is
``corrected`` whatever a later reprint wrote into its status.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_deadline",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_deadline_document_id_document"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_deadline")),
        sa.UniqueConstraint(
            "document_id", "kind", name=op.f("uq_document_deadline_document_id_kind")
        ),
    )
    with op.batch_alter_table("document_deadline", schema=None) as batch_op:
        batch_op.create_index("ix_document_deadline_due_at", ["due_at"], unique=False)
    op.execute(
        "UPDATE document SET status = 'corrected' WHERE id IN "
        "(SELECT corrects_id FROM document WHERE corrects_id IS NOT NULL)"
    )


def downgrade() -> None:
    with op.batch_alter_table("document_deadline", schema=None) as batch_op:
        batch_op.drop_index("ix_document_deadline_due_at")
    op.drop_table("document_deadline")
