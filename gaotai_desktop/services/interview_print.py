"""The printable 约谈记录: a record (saved or still in the form) or a blank one for handwriting,
as PDF bytes in the letter layout (``letters/interview_record.py``).

Nothing is stored: a 约谈记录 is not an issued document (no number); the record itself is kept by
:meth:`~gaotai_desktop.services.warnings.WarningService.record_interview`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..data.models import Enterprise
from ..domain.errors import NotFound, ValidationError
from ..domain.loop import InterviewRow
from ..office_settings import OfficeSettings
from .base import Database
from .office import OfficeService

if TYPE_CHECKING:
    from ..letters import EnterpriseRef, FontSet, Issuer
    from ..letters.interview_record import InterviewRecordRequest


class InterviewPrintService:
    """约谈记录 as PDF, filled in or blank, with the office's letter fonts."""

    def __init__(
        self, db: Database, office: OfficeService, fonts: Callable[[OfficeSettings], FontSet]
    ) -> None:
        self.db = db
        self.office = office
        #: The letter fonts the office settings choose (``IssuingService.fonts``).
        self.fonts = fonts

    def record_pdf(self, row: InterviewRow) -> bytes:
        """The record ``row`` (as saved, or as typed in the form) printed for signing. The
        enterprise is printed as registered (``row.enterprise_id``)."""
        from ..letters.interview_record import InterviewRecordRequest

        if not row.reason.strip():
            raise ValidationError("interview_reason", "required")
        settings = self.office.get()
        request = InterviewRecordRequest(
            issuer=_issuer(settings),
            enterprise=self._enterprise(row.enterprise_id),
            reason=row.reason,
            held_at=row.held_at,
            place=row.place,
            office_people=row.office_people,
            enterprise_people=row.enterprise_people,
            statement=row.statement,
            requirements=row.requirements,
            follow_up_due=row.follow_up_due,
        )
        return self._render(request, settings)

    def blank_pdf(self, enterprise_id: str, *, reason: str) -> bytes:
        """A blank record for handwriting: the enterprise and ``reason`` printed, lines to write
        on for the rest."""
        from ..letters.interview_record import InterviewRecordRequest

        if not reason.strip():
            raise ValidationError("interview_reason", "required")
        settings = self.office.get()
        request = InterviewRecordRequest(
            issuer=_issuer(settings),
            enterprise=self._enterprise(enterprise_id),
            reason=reason,
            blank=True,
        )
        return self._render(request, settings)

    def _render(self, request: InterviewRecordRequest, settings: OfficeSettings) -> bytes:
        from ..letters.interview_record import render_interview_record

        return render_interview_record(request, self.fonts(settings))

    def _enterprise(self, enterprise_id: str) -> EnterpriseRef:
        from ..letters import EnterpriseRef

        with self.db.transaction() as s:
            e = s.get(Enterprise, enterprise_id)
            if e is None or e.deleted_at is not None:
                raise NotFound("enterprise", enterprise_id)
            return EnterpriseRef(
                name=e.name, uscc=e.uscc, address=e.address, township=e.township,
                industry=e.industry, authority=e.authority,
            )  # fmt: skip


def _issuer(settings: OfficeSettings) -> Issuer:
    from ..letters import Issuer

    return Issuer(
        settings.issuing_body, settings.issuing_body_short, settings.contact_person,
        settings.contact_phone, settings.address,
    )  # fmt: skip
