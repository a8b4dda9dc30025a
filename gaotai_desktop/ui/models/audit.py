"""The audit viewer's table: frozen :class:`~gaotai_desktop.services.audit.AuditRow` rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import texts
from .base import CENTER, Column, RowTableModel
from .deleted_enterprises import local_time

if TYPE_CHECKING:  # the service module loads SQLAlchemy: not before the first paint
    from ...services.audit import AuditRow


class AuditModel(RowTableModel):
    COLUMNS = (
        Column("seq", "序号", 60, CENTER, sort=lambda r: r.seq, numeric=True),
        Column("at", "时间", 130, CENTER, sort=lambda r: r.at),
        Column("actor", "用户", 80),
        Column("action", "操作", 100),
        Column("table", "对象", 90),
        Column("record_id", "记录编号", 160, tooltip=True),
        Column("detail", "说明", 260, tooltip=True),
    )

    @staticmethod
    def row_id(row: AuditRow) -> str:
        return str(row.seq)

    @staticmethod
    def display(r: AuditRow) -> tuple[str, ...]:
        return (
            str(r.seq),
            local_time(r.at),
            r.actor,
            texts.audit_action_name(r.action),
            texts.audit_table_name(r.table),
            r.record_id,
            r.detail,
        )

    @staticmethod
    def haystack(r: AuditRow) -> str:
        return f"{r.record_id}\n{r.actor}\n{r.detail}".upper()
