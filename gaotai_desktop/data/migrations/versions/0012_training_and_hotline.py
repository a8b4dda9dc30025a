"""prevention training sessions with their attendance, and the rights hotline log

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 00:30:00

New tables only, all empty: ``training_session`` (工伤预防进企业: date, place, topic, trainer,
industry, people, materials), ``training_attendance`` (the enterprises at a session and their
people) and ``hotline_call`` (维权热线: caller, enterprise, topic, handler, advice, referral,
follow-up, outcome, closed).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
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
        "training_session",
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=128), nullable=False),
        sa.Column("topic", sa.String(length=256), nullable=False),
        sa.Column("trainer", sa.String(length=64), nullable=False),
        sa.Column("industry", sa.String(length=64), server_default="", nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        _text("materials"),
        sa.Column("materials_path", sa.String(length=512), server_default="", nullable=False),
    )
    op.create_index(
        op.f("ix_training_session_held_on"), "training_session", ["held_on"], unique=False
    )
    _stamped(
        "training_attendance",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_training_attendance_session_id_training_session"),
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_training_attendance_enterprise_id_enterprise"),
        ),
        sa.UniqueConstraint(
            "session_id",
            "enterprise_id",
            name=op.f("uq_training_attendance_session_id_enterprise_id"),
        ),
    )
    op.create_index(
        op.f("ix_training_attendance_session_id"),
        "training_attendance",
        ["session_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_training_attendance_enterprise_id"),
        "training_attendance",
        ["enterprise_id"],
        unique=False,
    )
    _stamped(
        "hotline_call",
        sa.Column("called_at", sa.DateTime(), nullable=False),
        sa.Column("caller_name", sa.String(length=64), server_default="", nullable=False),
        sa.Column("caller_phone", sa.String(length=32), server_default="", nullable=False),
        sa.Column("enterprise_id", sa.String(length=36), nullable=True),
        sa.Column("topic", sa.String(length=16), nullable=False),
        sa.Column("handler", sa.String(length=64), nullable=False),
        _text("advice"),
        sa.Column("referral", sa.String(length=24), server_default="none", nullable=False),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        _text("outcome"),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_hotline_call_enterprise_id_enterprise"),
        ),
    )
    op.create_index(op.f("ix_hotline_call_called_at"), "hotline_call", ["called_at"], unique=False)
    op.create_index(
        op.f("ix_hotline_call_enterprise_id"), "hotline_call", ["enterprise_id"], unique=False
    )
    op.create_index(
        "ix_hotline_call_open_due", "hotline_call", ["closed_on", "follow_up_due"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_hotline_call_open_due", table_name="hotline_call")
    op.drop_index(op.f("ix_hotline_call_enterprise_id"), table_name="hotline_call")
    op.drop_index(op.f("ix_hotline_call_called_at"), table_name="hotline_call")
    op.drop_table("hotline_call")
    op.drop_index(op.f("ix_training_attendance_enterprise_id"), table_name="training_attendance")
    op.drop_index(op.f("ix_training_attendance_session_id"), table_name="training_attendance")
    op.drop_table("training_attendance")
    op.drop_index(op.f("ix_training_session_held_on"), table_name="training_session")
    op.drop_table("training_session")
