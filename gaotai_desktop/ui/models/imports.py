"""Problems and differences found by an import preview."""

from __future__ import annotations

from typing import Any

from .. import messages as msg
from .base import CENTER, Column, RowTableModel


class ProblemModel(RowTableModel):
    COLUMNS = (
        Column(
            "row",
            "行号",
            60,
            CENTER,
            sort=lambda p: p.row or 0,
            numeric=True,
            descending_first=False,
        ),
        Column("column", "列", 130),
        Column("reason", "问题", 620, tooltip=True),
    )

    @staticmethod
    def row_id(p: Any) -> str:
        return str(id(p))

    @staticmethod
    def display(p: Any) -> tuple[str, ...]:
        return (
            "" if p.row is None else str(p.row),
            p.column or "",
            msg.import_reason_text(p),
        )

    def set_rows(self, rows) -> None:
        # ids must be unique per row even when two problems are equal dataclasses
        super().set_rows(list(rows))


class DifferenceModel(RowTableModel):
    COLUMNS = (
        Column(
            "row", "行号", 60, CENTER, sort=lambda d: d.row, numeric=True, descending_first=False
        ),
        Column("uscc", "统一社会信用代码", 170),
        Column("name", "企业名称", 200, tooltip=True),
        Column("changes", "不同之处（已登记 → 文件）", 420, tooltip=True),
    )

    @staticmethod
    def row_id(d: Any) -> str:
        return f"{d.row}:{d.uscc}"

    @staticmethod
    def display(d: Any) -> tuple[str, ...]:
        changes = "；".join(
            f"{col}：{old or '（空）'} → {new or '（空）'}" for col, old, new in d.changes
        )
        return (str(d.row), d.uscc, d.name, changes)
