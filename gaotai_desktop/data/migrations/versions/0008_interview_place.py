"""the place of an interview printed in a letter, stored with its date and time

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 10:00:00

Each one-on-one interview has its own slot: a date, a time and a room (several rooms may hold
interviews at the same time). The room printed in the letter is stored next to the printed time
(``document_deadline.place``), so that a slot the clerk moved to another room stays taken there.
Interviews stored before this revision keep an empty place (their room follows from the order in
which the enterprises were given that time, as before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document_deadline", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("place", sa.String(length=128), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("document_deadline", schema=None) as batch_op:
        batch_op.drop_column("place")
