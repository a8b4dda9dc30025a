"""The 已删除 list of the 企业 tab: soft-deleted enterprises with who deleted them, when and why."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .base import CENTER, Column, RowTableModel
from .enterprises import EnterpriseFilter

if TYPE_CHECKING:  # the service module loads SQLAlchemy: not before the first paint
    from ...services.enterprises import DeletedEnterpriseRow


def local_time(utc: dt.datetime) -> str:
    """A stored stamp (naive UTC) as the clerk's local time, ``2026-11-28 17:00``."""
    return utc.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class DeletedEnterpriseModel(RowTableModel):
    COLUMNS = (
        Column("uscc", "统一社会信用代码", 160),
        Column("name", "企业名称", 200, tooltip=True),
        Column("township", "所属乡镇", 72),
        Column("accidents", "本年事故", 66, CENTER, sort=lambda r: r.accidents, numeric=True),
        Column("deleted_at", "删除时间", 120, CENTER, sort=lambda r: r.deleted_at),
        Column("deleted_by", "删除人", 80),
        Column("deleted_reason", "删除原因", 200, tooltip=True),
    )

    @staticmethod
    def display(r: DeletedEnterpriseRow) -> tuple[str, ...]:
        return (
            r.uscc,
            r.name,
            r.township,
            str(r.accidents),
            local_time(r.deleted_at),
            r.deleted_by,
            r.deleted_reason,
        )

    @staticmethod
    def haystack(r: DeletedEnterpriseRow) -> str:
        return f"{r.uscc}\n{r.name}\n{r.deleted_reason}".upper()

    filter = EnterpriseFilter()

    def set_filter(self, flt: EnterpriseFilter) -> None:
        """The 企业 tab's search and place filters (a deleted enterprise has no tier)."""
        town, ind, auth = flt.township, flt.industry, flt.authority

        def excluded(r: DeletedEnterpriseRow) -> object:
            return (
                (town and r.township != town)
                or (ind and r.industry != ind)
                or (auth and r.authority != auth)
            )

        self.filter_rows(flt, excluded if town or ind or auth else None)
