"""sync: home-visit laptops (this node, enrolled peers, the outbox, packages seen, conflicts)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 21:00:00

All five tables start empty: a database becomes the office at its first ``sync enroll`` and a
laptop at ``sync checkout``.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _stamped(table: str, *columns: sa.Column[Any] | sa.Constraint) -> None:
    op.create_table(
        table,
        *columns,
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    )


def _text(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.Text(), server_default="", nullable=False)


def upgrade() -> None:
    _stamped(
        "sync_node",
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("private_key", sa.Text(), nullable=False),
        sa.Column("office_name", sa.String(length=64), server_default="", nullable=False),
        _text("office_public_key"),
        sa.Column("last_sent_package", sa.String(length=36), server_default="", nullable=False),
        sa.Column("last_sent_at", sa.DateTime(), nullable=True),
        sa.Column("last_received_package", sa.String(length=36), server_default="", nullable=False),
        sa.Column("last_received_at", sa.DateTime(), nullable=True),
    )
    _stamped(
        "sync_peer",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("last_package", sa.String(length=36), server_default="", nullable=False),
        sa.Column("last_package_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("name", name=op.f("uq_sync_peer_name")),
    )
    _stamped(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("operation", sa.String(length=8), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        _text("old_values"),
        _text("new_values"),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("package_id", sa.String(length=36), server_default="", nullable=False),
        sa.UniqueConstraint("seq", name=op.f("uq_sync_outbox_seq")),
    )
    op.create_index(
        "ix_sync_outbox_state_record",
        "sync_outbox",
        ["state", "table_name", "record_id"],
        unique=False,
    )
    _stamped(
        "sync_package",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("peer", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        _text("counts"),
        sa.UniqueConstraint("package_id", name=op.f("uq_sync_package_package_id")),
    )
    _stamped(
        "sync_conflict",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("peer", sa.String(length=64), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("laptop_record_id", sa.String(length=36), server_default="", nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        _text("original_values"),
        _text("office_values"),
        _text("laptop_values"),
        sa.Column("laptop_user", sa.String(length=64), server_default="", nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        _text("resolution"),
        _text("reason"),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_sync_conflict_state", "sync_conflict", ["state"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_sync_conflict_state", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_package")
    op.drop_index("ix_sync_outbox_state_record", table_name="sync_outbox")
    op.drop_table("sync_outbox")
    op.drop_table("sync_peer")
    op.drop_table("sync_node")
