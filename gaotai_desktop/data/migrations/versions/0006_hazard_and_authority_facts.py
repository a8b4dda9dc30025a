"""hazard description on the enterprise; industry authorities' address and contact

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 12:00:00

The hazard already had its date (found on), source (found by) and document reference; it gains
what was found. Each authority gains the 送达地址 printed on the receipt of a letter to it (and a
contact): the seven county authorities are prefilled with defaults an administrator edits; an
address already typed is kept.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: Defaults as of this revision (kept here, frozen: ``domain.reference`` may change later). Only
#: what is known: the authority is a bureau of the county government in 高台县. No street is
#: guessed; an administrator adds it (a receipt prints what is recorded, never an invented fact).
ADDRESSES = {
    name: "甘肃省张掖市高台" + name
    for name in (
        "县住房和城乡建设局",
        "县应急管理局",
        "县交通运输局",
        "县工业和信息化局",
        "县农业农村局",
        "县商务局",
        "县卫生健康局",
    )
}


def upgrade() -> None:
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "hazard_description", sa.String(length=256), nullable=False, server_default=""
            )
        )
    with op.batch_alter_table("authority", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("address", sa.String(length=256), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("contact", sa.String(length=128), nullable=False, server_default="")
        )
    authority = sa.table(
        "authority",
        sa.column("name", sa.String),
        sa.column("address", sa.String),
        sa.column("updated_at", sa.DateTime),
        sa.column("updated_by", sa.String),
        sa.column("row_version", sa.Integer),
    )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    bind = op.get_bind()
    for name, address in ADDRESSES.items():
        bind.execute(
            authority.update()
            .where(authority.c.name == name, authority.c.address == "")
            .values(
                address=address,
                updated_at=now,
                updated_by="system",
                row_version=authority.c.row_version + 1,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("authority", schema=None) as batch_op:
        batch_op.drop_column("contact")
        batch_op.drop_column("address")
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.drop_column("hazard_description")
