"""accident numbers stored normalised (no spaces, half-width, upper-case), as imports and the
accident form now compare them

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 12:00:00

Before this revision ``sg-1`` and ``SG-1`` were two accident numbers, so re-importing a file with
its numbers in another case stored the same accidents twice. Each stored number (and its import
key ``no:<number>``) is rewritten in the normal form. Where two accidents of the database would get
the same number, both are left as they are: they are the double counting this revision stops, and a
clerk voids the duplicate (nothing is deleted by a migration).
"""

from __future__ import annotations

import datetime as dt
import logging
import unicodedata
from collections import Counter

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")


def _normalised(value: str) -> str:
    """The rule of ``domain.identifiers.normalize`` as of this revision (kept here, frozen)."""
    text = unicodedata.normalize("NFKC", value)
    if not text.isascii():
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return "".join(text.split()).upper()


def upgrade() -> None:
    bind = op.get_bind()
    accident = sa.table(
        "accident",
        sa.column("id", sa.String),
        sa.column("accident_no", sa.String),
        sa.column("import_key", sa.String),
        sa.column("updated_at", sa.DateTime),
        sa.column("updated_by", sa.String),
        sa.column("row_version", sa.Integer),
    )
    rows = bind.execute(
        sa.select(
            accident.c.id, accident.c.accident_no, accident.c.import_key, accident.c.row_version
        )
    ).all()
    keys = {r.import_key for r in rows if r.import_key}
    wanted = {
        r.id: _normalised(r.accident_no) for r in rows if r.accident_no and r.accident_no.strip()
    }
    clashes = Counter(wanted.values())
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    changed = kept = 0
    for r in rows:
        number = wanted.get(r.id)
        if number is None or (number == r.accident_no and r.import_key == f"no:{number}"):
            continue
        key = f"no:{number}"
        if clashes[number] > 1 or (key != r.import_key and key in keys):
            kept += 1
            continue
        bind.execute(
            accident.update()
            .where(accident.c.id == r.id)
            .values(
                accident_no=number,
                import_key=key if (r.import_key or "").startswith("no:") else r.import_key,
                updated_at=now,
                updated_by="system",
                row_version=(r.row_version or 0) + 1,
            )
        )
        keys.discard(r.import_key)
        keys.add(key)
        changed += 1
    if changed or kept:
        log.info(
            "accident numbers normalised: %d rewritten, %d left as they were (same number twice)",
            changed,
            kept,
        )


def downgrade() -> None:
    """The old spellings are not kept: nothing to undo."""
