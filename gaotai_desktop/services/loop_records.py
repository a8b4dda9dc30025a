"""The closed loop's records beside the warnings' states: 约谈记录, on-site inspections (with the
yearly cap) and enterprise self-inspection reports. :class:`LoopRecords` is part of
:class:`~gaotai_desktop.services.warnings.WarningService` (one service, one transaction per call).
"""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import mimetypes
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..data.models import (
    Attachment,
    Enterprise,
    Inspection,
    InterviewRecord,
    MeasureTask,
    SelfInspection,
)
from ..domain.errors import NotFound, ValidationError
from ..domain.loop import (
    INSPECTION_KINDS,
    InspectionRow,
    InterviewRow,
    SelfInspectionRow,
    TaskKind,
    TaskState,
)

if TYPE_CHECKING:
    from ..office_settings import OfficeSettings
    from .base import Database
    from .office import OfficeService


#: Largest attachment accepted (a phone photo or a scanned receipt).
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


class LoopRecords:
    """Interviews, inspections, self-inspections and attachments (mixed into the warning
    service)."""

    db: Database
    office: OfficeService

    if TYPE_CHECKING:

        def _complete(
            self, s: Session, task: MeasureTask, on: dt.date, note: str, settings: OfficeSettings
        ) -> None: ...

    # -- interviews and inspections ---------------------------------------------------------
    def record_interview(self, row: InterviewRow, *, today: dt.date) -> InterviewRow:
        """Keep a 约谈记录; it completes the enterprise's open interview task of that warning."""
        if row.held_at.date() > today:
            raise ValidationError("held_at", "date_future", {"value": row.held_at.date()})
        if not row.reason.strip():
            raise ValidationError("interview_reason", "required")
        settings = self.office.get()
        with self.db.transaction(immediate=True) as s:
            ent = s.get(Enterprise, row.enterprise_id)
            if ent is None or ent.deleted_at is not None:
                raise NotFound("enterprise", row.enterprise_id)
            rec = InterviewRecord(
                enterprise_id=ent.id, warning_id=row.warning_id, reason=row.reason.strip(),
                held_at=row.held_at, place=row.place.strip(),
                office_people=row.office_people.strip(),
                enterprise_people=row.enterprise_people.strip(), statement=row.statement.strip(),
                requirements=row.requirements.strip(), follow_up_due=row.follow_up_due,
                **self.db.stamp(),
            )  # fmt: skip
            s.add(rec)
            s.flush()
            if row.warning_id:
                kinds = (TaskKind.INTERVIEW, TaskKind.PERIODIC_INTERVIEW)
                for task in _open_tasks(s, row.warning_id, kinds)[:1]:
                    rec.task_id = task.id
                    self._complete(s, task, row.held_at.date(), "约谈记录已登记", settings)
            return _interview_row(rec, ent)

    def interviews(self, enterprise_id: str) -> builtins.list[InterviewRow]:
        with self.db.transaction() as s:
            ent = s.get(Enterprise, enterprise_id)
            if ent is None:
                raise NotFound("enterprise", enterprise_id)
            recs = s.scalars(
                select(InterviewRecord)
                .where(InterviewRecord.enterprise_id == enterprise_id)
                .order_by(InterviewRecord.held_at)
            )
            return [_interview_row(r, ent) for r in recs]

    def inspection_count(self, enterprise_id: str, authority: str, year: int) -> int:
        with self.db.transaction() as s:
            return _inspection_count(s, enterprise_id, authority, year)

    def record_inspection(self, row: InspectionRow, *, today: dt.date) -> InspectionRow:
        """An authority's on-site inspection. Beyond the yearly cap (settings) per enterprise and
        authority a reason is required. Completes the special-inspection task of an open warning."""
        if row.kind not in INSPECTION_KINDS:
            raise ValidationError("inspection_kind", "unknown_choice",
                                  {"value": row.kind, "choices": "、".join(INSPECTION_KINDS)})  # fmt: skip
        if not row.authority.strip():
            raise ValidationError("authority", "required")
        _not_future("inspected_on", row.inspected_on, today)
        cap = self.office.get().inspection_yearly_cap
        with self.db.transaction(immediate=True) as s:
            ent = s.get(Enterprise, row.enterprise_id)
            if ent is None or ent.deleted_at is not None:
                raise NotFound("enterprise", row.enterprise_id)
            done = _inspection_count(s, ent.id, row.authority.strip(), row.inspected_on.year)
            if done >= cap and not row.over_cap_reason.strip():
                raise ValidationError(
                    "over_cap_reason", "inspection_cap",
                    {"count": done, "cap": cap, "authority": row.authority.strip(),
                     "year": row.inspected_on.year},
                )  # fmt: skip
            rec = Inspection(
                enterprise_id=ent.id, authority=row.authority.strip(), inspected_on=row.inspected_on,
                kind=row.kind, findings=row.findings.strip(), document_ref=row.document_ref.strip(),
                over_cap_reason=row.over_cap_reason.strip(), **self.db.stamp(),
            )  # fmt: skip
            s.add(rec)
            for task in s.scalars(
                select(MeasureTask).where(
                    MeasureTask.enterprise_id == ent.id,
                    MeasureTask.kind == TaskKind.SPECIAL_INSPECTION,
                    MeasureTask.state == TaskState.OPEN,
                )
            ):
                task.state, task.done_on = TaskState.DONE, row.inspected_on
                task.note = f"{row.authority.strip()}检查 {row.document_ref.strip()}".strip()
                self.db.touch(task)
            s.flush()
            return _inspection_row(rec)

    def inspections(self, enterprise_id: str) -> builtins.list[InspectionRow]:
        with self.db.transaction() as s:
            recs = s.scalars(
                select(Inspection)
                .where(Inspection.enterprise_id == enterprise_id)
                .order_by(Inspection.inspected_on)
            )
            return [_inspection_row(r) for r in recs]

    def record_self_inspection(
        self,
        enterprise_id: str,
        *,
        received_on: dt.date,
        summary: str,
        document_ref: str = "",
        today: dt.date,
    ) -> SelfInspectionRow:
        """企业自查: keep an enterprise's self-inspection report received on ``received_on``."""
        if not summary.strip():
            raise ValidationError("self_inspection_summary", "required")
        _not_future("received_on", received_on, today)
        with self.db.transaction(immediate=True) as s:
            ent = s.get(Enterprise, enterprise_id)
            if ent is None or ent.deleted_at is not None:
                raise NotFound("enterprise", enterprise_id)
            rec = SelfInspection(
                enterprise_id=ent.id, received_on=received_on, summary=summary.strip(),
                document_ref=document_ref.strip(), **self.db.stamp(),
            )  # fmt: skip
            s.add(rec)
            s.flush()
            return SelfInspectionRow(rec.id, ent.id, rec.received_on, rec.summary, rec.document_ref)

    def self_inspections(self, enterprise_id: str) -> builtins.list[SelfInspectionRow]:
        with self.db.transaction() as s:
            recs = s.scalars(
                select(SelfInspection)
                .where(SelfInspection.enterprise_id == enterprise_id)
                .order_by(SelfInspection.received_on)
            )
            return [
                SelfInspectionRow(r.id, r.enterprise_id, r.received_on, r.summary, r.document_ref)
                for r in recs
            ]

    def attachments(self, owner_table: str, owner_id: str) -> builtins.list[tuple[str, int]]:
        """(file name, size) of what is attached to a record."""
        with self.db.transaction() as s:
            return [
                (a.filename, a.size)
                for a in s.scalars(
                    select(Attachment).where(
                        Attachment.owner_table == owner_table, Attachment.owner_id == owner_id
                    )
                )
            ]

    def _attach(
        self, s: Session, owner_table: str, owner_id: str, files: Iterable[tuple[str, bytes]]
    ) -> None:
        for name, data in files:
            s.add(
                Attachment(
                    owner_table=owner_table,
                    owner_id=owner_id,
                    filename=name,
                    media_type=mimetypes.guess_type(name)[0] or "",
                    size=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                    data=data,
                    **self.db.stamp(),
                )  # fmt: skip
            )


def _open_tasks(s: Session, warning_id: str, kinds: Iterable[TaskKind]) -> list[MeasureTask]:
    return list(
        s.scalars(
            select(MeasureTask).where(
                MeasureTask.warning_id == warning_id,
                MeasureTask.kind.in_([str(k) for k in kinds]),
                MeasureTask.state == TaskState.OPEN,
            )
        )
    )


def _not_future(field: str, day: dt.date, today: dt.date) -> None:
    if day > today:
        raise ValidationError(field, "date_future", {"value": day.isoformat()})


def _inspection_count(s: Session, enterprise_id: str, authority: str, year: int) -> int:
    return int(
        s.scalar(
            select(func.count(Inspection.id)).where(
                Inspection.enterprise_id == enterprise_id,
                Inspection.authority == authority,
                Inspection.inspected_on >= dt.date(year, 1, 1),
                Inspection.inspected_on <= dt.date(year, 12, 31),
            )
        )
        or 0
    )


def _inspection_row(r: Inspection) -> InspectionRow:
    return InspectionRow(
        r.id,
        r.enterprise_id,
        r.authority,
        r.inspected_on,
        r.kind,
        r.findings,
        r.document_ref,
        r.over_cap_reason,
    )


def _interview_row(r: InterviewRecord, e: Enterprise) -> InterviewRow:
    return InterviewRow(
        id=r.id, enterprise_id=e.id, uscc=e.uscc, name=e.name, warning_id=r.warning_id,
        reason=r.reason, held_at=r.held_at, place=r.place, office_people=r.office_people,
        enterprise_people=r.enterprise_people, statement=r.statement,
        requirements=r.requirements, follow_up_due=r.follow_up_due,
    )  # fmt: skip


def _read_attachment(path: Path) -> tuple[str, bytes]:
    size = path.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError("attachment", "too_large",
                              {"value": path.name, "max": MAX_ATTACHMENT_BYTES // 1024 // 1024})  # fmt: skip
    return path.name, path.read_bytes()
