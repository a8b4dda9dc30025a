"""The papers of a recognition case: its numbered documents (受理决定书, 不予受理决定书,
补正告知书, 中止通知书, 认定决定书送达函, each with its 送达回证) and its 调查笔录.

A case document is the paper of one recorded step (a :class:`~gaotai_desktop.data.models.CaseEvent`):
it is numbered from its own counter, rendered, and stored like every issued document (the exact
PDF and its receipts, read back through :class:`~.document_store.DocumentStore`); asking again for
the same step's paper returns the stored one (a reprint is the same document). A later round
(another one-time list, another suspension) is a new step and so a new document.
"""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.models import (
    CaseDocument,
    CaseEvent,
    Document,
    DocumentCounter,
    Enterprise,
    InvestigationRecord,
    RecognitionCase,
)
from ..domain.cases import PERSON_OUTCOMES, Step
from ..domain.document_rows import DocumentRow
from ..domain.documents import (
    CASE_DOCUMENT_PREFIXES,
    CASE_DOCUMENT_STEPS,
    CaseDocumentKind,
    DocumentState,
    InvestigationInput,
    InvestigationRow,
)
from ..domain.errors import NotFound, ValidationError
from ..domain.identifiers import mask_id, validate_id_number
from ..office_settings import OfficeSettings
from .base import Database
from .cases import _find
from .document_store import DocumentStore, document_rows
from .office import OfficeService

if TYPE_CHECKING:
    from ..letters import EnterpriseRef, FontSet, Issuer
    from ..letters.case_letters import CaseLetterRequest
    from ..letters.investigation_record import InvestigationRequest

log = logging.getLogger(__name__)


class CaseDocumentService:
    """Issue, store and reprint a case's documents; keep and print its 调查笔录."""

    def __init__(
        self,
        db: Database,
        office: OfficeService,
        store: DocumentStore,
        fonts: Callable[[OfficeSettings], FontSet],
    ) -> None:
        self.db = db
        self.office = office
        self.store = store
        #: The letter fonts the office settings choose (``IssuingService.fonts``).
        self.fonts = fonts

    # -- documents ------------------------------------------------------------------------------
    def available(self, ref: str) -> builtins.list[CaseDocumentKind]:
        """The documents the case's recorded steps allow, in the order of the steps."""
        with self.db.transaction() as s:
            case = _find(s, ref)
            return [k for k in CaseDocumentKind if _event(s, case, k) is not None]

    def issued(self, ref: str) -> builtins.list[DocumentRow]:
        """Every document issued for the case, oldest first."""
        with self.db.transaction() as s:
            case = _find(s, ref)
            docs = s.scalars(
                select(Document)
                .join(CaseDocument, CaseDocument.document_id == Document.id)
                .where(CaseDocument.case_id == case.id)
                .order_by(Document.issue_date, Document.created_at)
            )
            return document_rows(s, list(docs))

    def issue(self, ref: str, kind: str) -> DocumentRow:
        """The document of ``kind`` for the case's latest step of that kind: the stored one if it
        was issued already, else numbered, rendered and stored now (dated the day of the step).
        :class:`ValidationError` (``case_document``) when the case has no such step."""
        k = _kind(kind)
        settings = self.office.require_letter_facts(())
        with self.db.transaction(immediate=True) as s:
            case = _find(s, ref)
            event = _event(s, case, k)
            if event is None:
                raise ValidationError("case_document", "case_document_unavailable",
                                      {"kind": k.value, "state": case.state})  # fmt: skip
            linked = s.scalar(
                select(CaseDocument.document_id).where(
                    CaseDocument.event_id == event.id, CaseDocument.kind == k
                )
            )
            if linked is not None:
                doc = s.get(Document, linked)
                assert doc is not None
                return document_rows(s, [doc])[0]
            doc = self._issue(s, case, event, k, settings)
            return document_rows(s, [doc], new=True)[0]

    def pdf(self, ref: str, kind: str, *, with_receipt: bool = True) -> bytes:
        """The document of ``kind`` (issued first if need be) and its 送达回证, as stored."""
        row = self.issue(ref, kind)
        return self.store.pdf(row.id, with_receipt=with_receipt)

    def _issue(
        self,
        s: Session,
        case: RecognitionCase,
        event: CaseEvent,
        kind: CaseDocumentKind,
        settings: OfficeSettings,
    ) -> Document:
        from ..letters import format_doc_no
        from ..letters.case_letters import render_with_receipts

        issue_date = event.on_date
        counter = self._counter(s, kind, issue_date.year)
        counter.last_seq += 1
        prefix = settings.prefixes.get(kind, "").strip() or CASE_DOCUMENT_PREFIXES[kind]
        doc_no = format_doc_no(prefix, issue_date.year, counter.last_seq)
        request = _request(s, case, event, kind, doc_no, settings)
        pdf, receipt, title = render_with_receipts(request, self.fonts(settings))
        doc = Document(
            doc_no=doc_no, kind=kind, year=issue_date.year, seq=counter.last_seq,
            enterprise_id=case.enterprise_id, tier="", issue_date=issue_date, title=title,
            status=DocumentState.ISSUED, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(),
            receipt_pdf=receipt, **self.db.stamp(),
        )  # fmt: skip
        s.add(doc)
        s.flush()
        s.add(CaseDocument(case_id=case.id, event_id=event.id, document_id=doc.id, kind=kind,
                           **self.db.stamp()))  # fmt: skip
        self.db.touch(counter)
        s.flush()
        log.info("issued %s (%s) for case %s by %s", doc_no, kind, case.id, self.db.actor)
        return doc

    def _counter(self, s: Session, kind: str, year: int) -> DocumentCounter:
        counter = s.scalar(
            select(DocumentCounter).where(
                DocumentCounter.kind == kind, DocumentCounter.year == year
            )
        )
        if counter is None:
            counter = DocumentCounter(kind=kind, year=year, last_seq=0, **self.db.stamp())
            s.add(counter)
        return counter

    # -- 调查笔录 --------------------------------------------------------------------------------
    def save_record(
        self, ref: str, record: InvestigationInput, *, today: dt.date
    ) -> InvestigationRow:
        """Keep a 调查笔录 with the case (checked: place, both staff with their certificate
        numbers, the person questioned, at least one question, a valid ID number if any)."""
        record = _checked(record, today)
        with self.db.transaction(immediate=True) as s:
            case = _find(s, ref)
            row = InvestigationRecord(
                case_id=case.id, started_at=record.started_at, ended_at=record.ended_at,
                place=record.place, staff1_name=record.staff[0][0],
                staff1_cert=record.staff[0][1], staff2_name=record.staff[1][0],
                staff2_cert=record.staff[1][1], person_name=record.person_name,
                person_gender=record.person_gender, person_id_number=record.person_id_number,
                full_id=record.full_id, person_relation=record.person_relation,
                person_phone=record.person_phone,
                qa=json.dumps([list(p) for p in record.qa], ensure_ascii=False),
                **self.db.stamp(),
            )  # fmt: skip
            s.add(row)
            s.flush()
            return _record_row(row)

    def records(self, ref: str) -> builtins.list[InvestigationRow]:
        with self.db.transaction() as s:
            case = _find(s, ref)
            rows = s.scalars(
                select(InvestigationRecord)
                .where(InvestigationRecord.case_id == case.id)
                .order_by(InvestigationRecord.started_at, InvestigationRecord.created_at)
            )
            return [_record_row(r) for r in rows]

    def record_pdf(self, ref: str, record: InvestigationInput | None = None) -> bytes:
        """The 调查笔录 ``record`` of the case printed for signing, or (None) a blank one with
        lines to write on: only the case (the worker and the employer) is printed."""
        from ..letters.investigation_record import InvestigationRequest

        settings = self.office.get()
        with self.db.transaction() as s:
            case = _find(s, ref)
            ent = s.get(Enterprise, case.enterprise_id)
            assert ent is not None
            subject = f"{case.worker_name}工伤认定（用人单位：{ent.name}）"
        request = InvestigationRequest(_issuer(settings), subject, record)
        return self._render_record(request, settings)

    def record_pdf_of(self, record_id: str) -> bytes:
        """A stored 调查笔录, printed again."""
        with self.db.transaction() as s:
            row = s.get(InvestigationRecord, record_id)
            if row is None:
                raise NotFound("investigation_record", record_id)
            case_id, record = row.case_id, _record_row(row).record
        return self.record_pdf(case_id, record)

    def _render_record(self, request: InvestigationRequest, settings: OfficeSettings) -> bytes:
        from ..letters.investigation_record import render_investigation_record

        return render_investigation_record(request, self.fonts(settings))


# -- helpers ---------------------------------------------------------------------------------------
def _kind(kind: str) -> CaseDocumentKind:
    try:
        return CaseDocumentKind.from_short(kind)
    except ValueError:
        raise ValidationError(
            "case_document", "unknown_choice",
            {"value": kind, "choices": "、".join(k.short for k in CaseDocumentKind)},
        ) from None  # fmt: skip


def _event(s: Session, case: RecognitionCase, kind: CaseDocumentKind) -> CaseEvent | None:
    """The case's latest step the document of ``kind`` is the paper of (the decision: one that
    recognised or refused, not 终止)."""
    event = s.scalar(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.step == CASE_DOCUMENT_STEPS[kind])
        .order_by(CaseEvent.on_date.desc(), CaseEvent.created_at.desc())
        .limit(1)
    )
    if kind is CaseDocumentKind.DECISION and case.outcome not in PERSON_OUTCOMES:
        return None
    return event


def _request(
    s: Session,
    case: RecognitionCase,
    event: CaseEvent,
    kind: CaseDocumentKind,
    doc_no: str,
    settings: OfficeSettings,
) -> CaseLetterRequest:
    from ..letters.case_letters import CaseLetterRequest

    ent = s.get(Enterprise, case.enterprise_id)
    assert ent is not None
    fields: dict[str, object] = {}
    if kind is CaseDocumentKind.ACCEPTANCE:
        fields = {"accepted": event.on_date, "simple": case.simple, "decision_due": event.due_on}
    elif kind is CaseDocumentKind.NON_ACCEPTANCE:
        fields = {"article": case.article, "reason": _own_reason(event.reason, case)}
    elif kind is CaseDocumentKind.MISSING:
        rounds = s.scalars(
            select(CaseEvent.id)
            .where(CaseEvent.case_id == case.id, CaseEvent.step == Step.MISSING)
            .order_by(CaseEvent.on_date, CaseEvent.created_at)
        ).all()
        fields = {
            "items": tuple(i for i in event.reason.split("、") if i.strip()),
            "round": list(rounds).index(event.id) + 1,
        }
    elif kind is CaseDocumentKind.SUSPENSION:
        fields = {"accepted": case.accepted_on, "reason": event.reason}
    else:
        fields = {"accepted": case.accepted_on, "decided": case.decided_on,
                  "outcome": case.outcome, "article": case.article}  # fmt: skip
    return CaseLetterRequest(
        kind=kind, doc_no=doc_no, issue_date=event.on_date, issuer=_issuer(settings),
        applicant_kind=case.applicant_kind, worker_name=case.worker_name,
        worker_id_masked=mask_id(case.id_number), employer=_enterprise(ent),
        accident_date=case.accident_date, applied=case.applied_on,
        **fields,  # type: ignore[arg-type]
    )  # fmt: skip


def _own_reason(text: str, case: RecognitionCase) -> str:
    """The reason of a 不予受理 step: its recorded text (outcome，article，reason) without the
    outcome and the article."""
    rest = text.strip()
    for part in (case.outcome, case.article):
        if part and rest.startswith(part):
            rest = rest[len(part) :].lstrip("，, ")
    return rest


def _issuer(settings: OfficeSettings) -> Issuer:
    from ..letters import Issuer

    return Issuer(
        settings.issuing_body, settings.issuing_body_short, settings.contact_person,
        settings.contact_phone, settings.address,
    )  # fmt: skip


def _enterprise(e: Enterprise) -> EnterpriseRef:
    from ..letters import EnterpriseRef

    return EnterpriseRef(name=e.name, uscc=e.uscc, address=e.address)


def _checked(record: InvestigationInput, today: dt.date) -> InvestigationInput:
    from dataclasses import replace

    if not record.place.strip():
        raise ValidationError("investigation_place", "required")
    for i, (name, cert) in enumerate(record.staff, 1):
        if not name.strip():
            raise ValidationError(f"investigation_staff{i}", "required")
        if not cert.strip():
            raise ValidationError(f"investigation_cert{i}", "required")
    if not record.person_name.strip():
        raise ValidationError("investigation_person", "required")
    qa = tuple((q.strip(), a.strip()) for q, a in record.qa if q.strip() or a.strip())
    if not qa:
        raise ValidationError("investigation_qa", "required")
    if record.started_at.date() > today:
        raise ValidationError("investigation_time", "date_future", {"value": record.started_at})
    if record.ended_at is not None and record.ended_at < record.started_at:
        raise ValidationError("investigation_time", "investigation_end_before_start")
    id_number = record.person_id_number.strip()
    if id_number:
        id_number = validate_id_number(id_number, today, "investigation_id")
    staff = (
        (record.staff[0][0].strip(), record.staff[0][1].strip()),
        (record.staff[1][0].strip(), record.staff[1][1].strip()),
    )
    return replace(
        record, place=record.place.strip(), staff=staff, person_name=record.person_name.strip(),
        person_id_number=id_number, person_relation=record.person_relation.strip(),
        person_phone=record.person_phone.strip(), qa=qa,
    )  # fmt: skip


def _record_row(r: InvestigationRecord) -> InvestigationRow:
    qa = tuple((str(q), str(a)) for q, a in json.loads(r.qa or "[]"))
    record = InvestigationInput(
        started_at=r.started_at, ended_at=r.ended_at, place=r.place,
        staff=((r.staff1_name, r.staff1_cert), (r.staff2_name, r.staff2_cert)),
        person_name=r.person_name, person_gender=r.person_gender,
        person_id_number=r.person_id_number, person_relation=r.person_relation,
        person_phone=r.person_phone, qa=qa, full_id=r.full_id,
    )  # fmt: skip
    return InvestigationRow(r.id, r.case_id, record, r.created_by, r.created_at)
