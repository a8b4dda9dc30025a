"""the closed loop: warnings with their events, documents and deliveries, measure tasks,
interview records, inspections, self-inspection reports, attachments; award restrictions gain
their end date and lifting; an enterprise's deletion records its reason

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 20:00:00

Documents issued before this revision become warnings in the state ``issued`` (one per
enterprise, tier and year, linked to its documents), so that their deliveries can be recorded.
Their measure tasks are created from the tier's list as it stands in this revision (frozen here);
due dates follow once deliveries are recorded. Award restrictions end on 31 December of their year.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: The measures of each tier as of this revision (``domain.loop.TASKS_BY_TIER``, frozen).
TASKS = {
    "yellow": [("interview", "township"), ("training", "township"), ("feedback", "enterprise")],
    "orange": [
        ("authority_notified", "authority"),
        ("rectification_report", "enterprise"),
        ("special_inspection", "authority"),
    ],
    "red": [
        ("authority_notified", "authority"),
        ("rectification_plan", "enterprise"),
        ("periodic_interview", "township"),
        ("award_restriction", "authority"),
    ],
}


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("owner_table", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("filename", sa.String(length=256), nullable=False),
        sa.Column("media_type", sa.String(length=64), server_default="", nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_index("ix_attachment_owner", "attachment", ["owner_table", "owner_id"], unique=False)
    op.create_table(
        "self_inspection",
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.Column("document_ref", sa.String(length=128), server_default="", nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_self_inspection_enterprise_id_enterprise"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_inspection")),
    )
    op.create_index(
        op.f("ix_self_inspection_enterprise_id"), "self_inspection", ["enterprise_id"], unique=False
    )
    op.create_table(
        "warning",
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("tier", sa.String(length=8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("feedback_due", sa.Date(), nullable=True),
        sa.Column("feedback_due_moved_by", sa.String(length=32), server_default="", nullable=False),
        sa.Column("feedback_on", sa.Date(), nullable=True),
        sa.Column("feedback_text", sa.Text(), server_default="", nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=True),
        sa.Column("evaluation", sa.String(length=16), server_default="", nullable=False),
        sa.Column("evaluation_note", sa.Text(), server_default="", nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("superseded_by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprise.id"], name=op.f("fk_warning_enterprise_id_enterprise")
        ),
        sa.ForeignKeyConstraint(
            ["superseded_by_id"], ["warning.id"], name=op.f("fk_warning_superseded_by_id_warning")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warning")),
        sa.UniqueConstraint(
            "enterprise_id", "tier", "year", name=op.f("uq_warning_enterprise_id_tier_year")
        ),
    )
    op.create_index(op.f("ix_warning_enterprise_id"), "warning", ["enterprise_id"], unique=False)
    op.create_index("ix_warning_state_due", "warning", ["state", "feedback_due"], unique=False)
    op.create_table(
        "delivery",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=64), server_default="", nullable=False),
        sa.Column("proxy", sa.String(length=128), server_default="", nullable=False),
        sa.Column("refusal_reason", sa.String(length=256), server_default="", nullable=False),
        sa.Column("witness", sa.String(length=128), server_default="", nullable=False),
        sa.Column("note", sa.String(length=256), server_default="", nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_delivery_document_id_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery")),
        sa.UniqueConstraint("document_id", name=op.f("uq_delivery_document_id")),
    )
    op.create_table(
        "inspection",
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("warning_id", sa.String(length=36), nullable=True),
        sa.Column("authority", sa.String(length=64), nullable=False),
        sa.Column("inspected_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("findings", sa.Text(), server_default="", nullable=False),
        sa.Column("document_ref", sa.String(length=128), server_default="", nullable=False),
        sa.Column("over_cap_reason", sa.String(length=256), server_default="", nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_inspection_enterprise_id_enterprise"),
        ),
        sa.ForeignKeyConstraint(
            ["warning_id"], ["warning.id"], name=op.f("fk_inspection_warning_id_warning")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection")),
    )
    op.create_index(
        "ix_inspection_enterprise_date",
        "inspection",
        ["enterprise_id", "inspected_on"],
        unique=False,
    )
    op.create_table(
        "measure_task",
        sa.Column("warning_id", sa.String(length=36), nullable=True),
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_measure_task_enterprise_id_enterprise"),
        ),
        sa.ForeignKeyConstraint(
            ["warning_id"], ["warning.id"], name=op.f("fk_measure_task_warning_id_warning")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_task")),
    )
    op.create_index(
        op.f("ix_measure_task_enterprise_id"), "measure_task", ["enterprise_id"], unique=False
    )
    op.create_index("ix_measure_task_state_due", "measure_task", ["state", "due_on"], unique=False)
    op.create_index(
        op.f("ix_measure_task_warning_id"), "measure_task", ["warning_id"], unique=False
    )
    op.create_table(
        "warning_document",
        sa.Column("warning_id", sa.String(length=36), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_warning_document_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["warning_id"], ["warning.id"], name=op.f("fk_warning_document_warning_id_warning")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warning_document")),
        sa.UniqueConstraint(
            "warning_id", "document_id", name=op.f("uq_warning_document_warning_id_document_id")
        ),
    )
    op.create_index(
        op.f("ix_warning_document_document_id"), "warning_document", ["document_id"], unique=False
    )
    op.create_table(
        "warning_event",
        sa.Column("warning_id", sa.String(length=36), nullable=False),
        sa.Column("from_state", sa.String(length=24), server_default="", nullable=False),
        sa.Column("to_state", sa.String(length=24), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["warning_id"], ["warning.id"], name=op.f("fk_warning_event_warning_id_warning")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warning_event")),
    )
    op.create_index(
        op.f("ix_warning_event_warning_id"), "warning_event", ["warning_id"], unique=False
    )
    op.create_table(
        "interview_record",
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("warning_id", sa.String(length=36), nullable=True),
        sa.Column("task_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=128), server_default="", nullable=False),
        sa.Column("office_people", sa.String(length=256), server_default="", nullable=False),
        sa.Column("enterprise_people", sa.String(length=256), server_default="", nullable=False),
        sa.Column("statement", sa.Text(), server_default="", nullable=False),
        sa.Column("requirements", sa.Text(), server_default="", nullable=False),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_interview_record_enterprise_id_enterprise"),
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["measure_task.id"], name=op.f("fk_interview_record_task_id_measure_task")
        ),
        sa.ForeignKeyConstraint(
            ["warning_id"], ["warning.id"], name=op.f("fk_interview_record_warning_id_warning")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_record")),
    )
    op.create_index(
        op.f("ix_interview_record_enterprise_id"),
        "interview_record",
        ["enterprise_id"],
        unique=False,
    )
    op.add_column("award_restriction", sa.Column("until", sa.Date(), nullable=True))
    op.add_column("award_restriction", sa.Column("lifted_on", sa.Date(), nullable=True))
    op.add_column("award_restriction", sa.Column("lifted_by", sa.String(length=64), nullable=True))
    op.add_column(
        "award_restriction",
        sa.Column("lift_reason", sa.String(length=256), server_default="", nullable=False),
    )
    op.add_column(
        "enterprise",
        sa.Column("deleted_reason", sa.String(length=256), server_default="", nullable=False),
    )
    _backfill()


def _table(name: str, **columns: sa.types.TypeEngine[Any]) -> sa.TableClause:
    stamps: dict[str, sa.types.TypeEngine[Any]] = {"created_at": sa.DateTime(), "created_by": sa.String(), "updated_at": sa.DateTime(),
              "updated_by": sa.String(), "row_version": sa.Integer()}  # fmt: skip
    cols: dict[str, sa.types.TypeEngine[Any]] = {"id": sa.String(), **columns, **stamps}
    return sa.table(name, *(sa.column(c, t) for c, t in cols.items()))


def _backfill() -> None:
    bind = op.get_bind()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    stamp = {"created_at": now, "created_by": "migration", "updated_at": now,
             "updated_by": "migration", "row_version": 1}  # fmt: skip
    award = _table("award_restriction", year=sa.Integer(), until=sa.Date())
    for (year,) in bind.execute(sa.text("SELECT DISTINCT year FROM award_restriction")).all():
        bind.execute(
            award.update()
            .where(award.c.year == year, award.c.until.is_(None))
            .values(until=dt.date(int(year), 12, 31))
        )
    rows = bind.execute(
        sa.text(
            "SELECT s.enterprise_id, d.tier, d.year, d.id, d.issue_date FROM document d "
            "JOIN document_subject s ON s.document_id = d.id "
            "WHERE d.tier IN ('yellow', 'orange', 'red') AND d.status != 'corrected' "
            "ORDER BY d.issue_date, d.seq"
        )
    ).all()
    warnings: dict[tuple[str, str, int], tuple[str, dt.date]] = {}
    links = []
    for enterprise_id, tier, year, document_id, issue_date in rows:
        key = (enterprise_id, tier, int(year))
        if key not in warnings:
            warnings[key] = (str(uuid.uuid4()), _date(issue_date))
        links.append({"id": str(uuid.uuid4()), "warning_id": warnings[key][0],
                      "document_id": document_id, **stamp})  # fmt: skip
    if not warnings:
        return
    S, D = sa.String(), sa.Date()
    warning = _table("warning", enterprise_id=S, tier=S, year=sa.Integer(), state=S, issued_on=D)
    op.bulk_insert(warning, [
        {"id": wid, "enterprise_id": e, "tier": t, "year": y, "state": "issued",
         "issued_on": issued, **stamp}
        for (e, t, y), (wid, issued) in warnings.items()
    ])  # fmt: skip
    op.bulk_insert(_table("warning_document", warning_id=S, document_id=S), links)
    event = _table("warning_event", warning_id=S, from_state=S, to_state=S, on_date=D, reason=S)
    op.bulk_insert(event, [
        {"id": str(uuid.uuid4()), "warning_id": wid, "from_state": "", "to_state": "issued",
         "on_date": issued, "reason": "升级前已下发的文书", **stamp}
        for (wid, issued) in warnings.values()
    ])  # fmt: skip
    task = _table("measure_task", warning_id=S, enterprise_id=S, year=sa.Integer(), kind=S,
                  level=S, state=S)  # fmt: skip
    op.bulk_insert(task, [
        {"id": str(uuid.uuid4()), "warning_id": wid, "enterprise_id": e, "year": y,
         "kind": kind, "level": level, "state": "open", **stamp}
        for (e, t, y), (wid, _) in warnings.items() for kind, level in TASKS[t]
    ])  # fmt: skip


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    op.drop_column("enterprise", "deleted_reason")
    op.drop_column("award_restriction", "lift_reason")
    op.drop_column("award_restriction", "lifted_by")
    op.drop_column("award_restriction", "lifted_on")
    op.drop_column("award_restriction", "until")
    op.drop_index(op.f("ix_interview_record_enterprise_id"), table_name="interview_record")
    op.drop_table("interview_record")
    op.drop_index(op.f("ix_warning_event_warning_id"), table_name="warning_event")
    op.drop_table("warning_event")
    op.drop_index(op.f("ix_warning_document_document_id"), table_name="warning_document")
    op.drop_table("warning_document")
    op.drop_index(op.f("ix_measure_task_warning_id"), table_name="measure_task")
    op.drop_index("ix_measure_task_state_due", table_name="measure_task")
    op.drop_index(op.f("ix_measure_task_enterprise_id"), table_name="measure_task")
    op.drop_table("measure_task")
    op.drop_index("ix_inspection_enterprise_date", table_name="inspection")
    op.drop_table("inspection")
    op.drop_table("delivery")
    op.drop_index("ix_warning_state_due", table_name="warning")
    op.drop_index(op.f("ix_warning_enterprise_id"), table_name="warning")
    op.drop_table("warning")
    op.drop_index(op.f("ix_self_inspection_enterprise_id"), table_name="self_inspection")
    op.drop_table("self_inspection")
    op.drop_index("ix_attachment_owner", table_name="attachment")
    op.drop_table("attachment")
