"""case documents and investigation records: ``case_document`` links a stored document to the
case step it is the paper of; ``investigation_record`` holds the 调查笔录 taken for a case

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-03 00:30:00

New tables only, both empty (the lead re-chains the revision at merge).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
    ]


def _text(name: str, length: int) -> sa.Column[Any]:
    return sa.Column(name, sa.String(length=length), server_default="", nullable=False)


def upgrade() -> None:
    op.create_table(
        "case_document",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["case_id"], ["recognition_case.id"],
                                name=op.f("fk_case_document_case_id_recognition_case")),
        sa.ForeignKeyConstraint(["event_id"], ["case_event.id"],
                                name=op.f("fk_case_document_event_id_case_event")),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"],
                                name=op.f("fk_case_document_document_id_document")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_document")),
        sa.UniqueConstraint("document_id", name=op.f("uq_case_document_document_id")),
        sa.UniqueConstraint("event_id", "kind", name=op.f("uq_case_document_event_id_kind")),
    )  # fmt: skip
    op.create_index(op.f("ix_case_document_case_id"), "case_document", ["case_id"])
    op.create_table(
        "investigation_record",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        _text("place", 128),
        _text("staff1_name", 64),
        _text("staff1_cert", 64),
        _text("staff2_name", 64),
        _text("staff2_cert", 64),
        _text("person_name", 64),
        _text("person_gender", 8),
        _text("person_id_number", 18),
        sa.Column("full_id", sa.Boolean(), server_default="0", nullable=False),
        _text("person_relation", 64),
        _text("person_phone", 32),
        sa.Column("qa", sa.Text(), server_default="", nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["case_id"], ["recognition_case.id"],
                                name=op.f("fk_investigation_record_case_id_recognition_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_investigation_record")),
    )  # fmt: skip
    op.create_index(op.f("ix_investigation_record_case_id"), "investigation_record", ["case_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_investigation_record_case_id"), table_name="investigation_record")
    op.drop_table("investigation_record")
    op.drop_index(op.f("ix_case_document_case_id"), table_name="case_document")
    op.drop_table("case_document")
