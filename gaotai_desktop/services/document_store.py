"""Reading and printing issued documents: lists, the stored PDFs, bundles, marking printed.

An issued document is immutable: its PDF bytes and SHA-256 were stored when it was issued and
every print uses those bytes. Its state is the stored ``document.status``
(:class:`~gaotai_desktop.domain.documents.DocumentState`); printing moves it along the legal
transitions only (a replaced document stays ``corrected`` when reprinted).
"""

from __future__ import annotations

import builtins
import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import texts
from ..data.models import AwardRestriction, Document, DocumentDeadline, DocumentSubject, Enterprise
from ..domain.document_rows import DocumentRow
from ..domain.documents import DeadlineKind, DocumentState, can_transition, transition
from ..domain.errors import NotFound, ValidationError
from . import audit
from .base import Database

log = logging.getLogger(__name__)

_BATCH = 500


class DocumentStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- rows ------------------------------------------------------------------------------------
    def list(self, year: int | None = None) -> list[DocumentRow]:
        with self.db.transaction() as s:
            stmt = select(Document).order_by(Document.year.desc(), Document.kind, Document.seq)
            if year is not None:
                stmt = stmt.where(Document.year == year)
            return document_rows(s, list(s.scalars(stmt)))

    def get(self, document_id: str) -> DocumentRow:
        with self.db.transaction() as s:
            return document_rows(s, [_document(s, document_id)])[0]

    def find(self, doc_no: str) -> DocumentRow:
        """The document numbered ``doc_no`` (a number typed or given by the user)."""
        with self.db.transaction() as s:
            doc = s.scalar(select(Document).where(Document.doc_no == doc_no))
            if doc is None:
                raise NotFound("document", doc_no)
            return document_rows(s, [doc])[0]

    def unprinted(self, year: int | None = None) -> builtins.list[DocumentRow]:
        """Issued documents never printed (a replaced one is not sent out any more)."""
        return [d for d in self.list(year) if d.state is DocumentState.ISSUED]

    def deadlines(self, document_id: str) -> dict[DeadlineKind, dt.datetime]:
        """The due dates the document prints (dates as midnight; an interview with its time)."""
        with self.db.transaction() as s:
            stmt = select(DocumentDeadline.kind, DocumentDeadline.due_at).where(
                DocumentDeadline.document_id == document_id
            )
            return {DeadlineKind(kind): due for kind, due in s.execute(stmt)}

    def interview_place(self, document_id: str) -> str:
        """Where the document's interview is held, as printed (empty: no interview in it)."""
        with self.db.transaction() as s:
            stmt = select(DocumentDeadline.place).where(
                DocumentDeadline.document_id == document_id,
                DocumentDeadline.kind == DeadlineKind.INTERVIEW.value,
            )
            return s.scalar(stmt) or ""

    def award_restricted(self, year: int) -> builtins.list[tuple[str, str]]:
        """(uscc, name) of enterprises barred from awards and honours in ``year``."""
        with self.db.transaction() as s:
            stmt = (
                select(Enterprise.uscc, Enterprise.name)
                .join(AwardRestriction, AwardRestriction.enterprise_id == Enterprise.id)
                .where(AwardRestriction.year == year)
                .order_by(Enterprise.uscc)
            )
            return [(uscc, name) for uscc, name in s.execute(stmt)]

    # -- the stored bytes ------------------------------------------------------------------------
    def pdf(self, document_id: str, *, with_receipt: bool = False) -> bytes:
        """The stored PDF exactly as issued (and its 送达回证 after it)."""
        return self.bundle([document_id], with_receipt=with_receipt)

    def bundle(self, document_ids: Iterable[str], *, with_receipt: bool = False) -> bytes:
        """Several stored documents (each followed by its receipt, if asked) in one PDF."""
        parts: list[bytes] = []
        with self.db.transaction() as s:
            for document_id in document_ids:
                row = s.execute(
                    select(Document.pdf, Document.receipt_pdf).where(Document.id == document_id)
                ).first()
                if row is None:
                    raise NotFound("document", document_id)
                parts.append(row.pdf)
                if with_receipt and row.receipt_pdf:
                    parts.append(row.receipt_pdf)
        if not parts:
            raise ValidationError("doc_no", "required")
        if len(parts) == 1:
            return parts[0]
        from ..letters import concat_pdfs

        return concat_pdfs(parts)

    # -- printing --------------------------------------------------------------------------------
    def mark_printed(self, document_id: str) -> None:
        """Record that the document went to the printer (batch printing resumes after it)."""
        with self.db.transaction() as s:
            doc = _document(s, document_id)
            doc.printed_at = self.db.clock()
            doc.printed_by = self.db.actor
            state = DocumentState(doc.status)
            if can_transition(state, DocumentState.PRINTED):
                doc.status = transition(state, DocumentState.PRINTED)
            self.db.touch(doc)
            s.flush()  # the write lock first: the audit chain is read inside it
            audit.record_event(
                s, self.db, "print", table="document", record_id=doc.id,
                detail=texts.audit_print_detail(doc.doc_no),
            )  # fmt: skip
        log.info("printed %s (%s) by %s", doc.doc_no, doc.kind, self.db.actor)

    def record_saved(self, doc_nos: Sequence[str], target: str) -> None:
        """Record that issued documents left the program as files (另存为PDF, print to a file or
        a PDF writer): one ``export`` entry per document, naming where it went. Nothing is marked
        printed: a file is not a delivered letter."""
        with self.db.transaction(immediate=True) as s:
            docs = s.execute(
                select(Document.id, Document.doc_no).where(Document.doc_no.in_(doc_nos))
            )
            for doc_id, doc_no in docs:
                audit.record_event(
                    s, self.db, "export", table="document", record_id=doc_id,
                    detail=texts.audit_saved_detail(doc_no, target),
                )  # fmt: skip

    def record_draft_shown(self, names: Sequence[str], *, printed: bool, target: str = "") -> None:
        """Record that unnumbered drafts (预览草稿) went to a printer or a file."""
        with self.db.transaction(immediate=True) as s:
            audit.record_event(
                s, self.db, "print" if printed else "export", table="document",
                detail=texts.audit_draft_detail(list(names), target),
            )  # fmt: skip


def _document(s: Session, document_id: str) -> Document:
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound("document", document_id)
    return doc


def document_rows(s: Session, docs: list[Document], *, new: bool = False) -> list[DocumentRow]:
    """Frozen rows of ``docs`` with their subjects and the numbers of related corrections.
    ``new``: documents stored in this transaction, which nothing corrects yet (the question is
    not asked: ``corrects_id`` has no index, and issuing asks once per chunk)."""
    ids = [d.id for d in docs]
    subjects: dict[str, list[tuple[str, str]]] = defaultdict(list)
    corrected_by: dict[str, str] = {}
    for i in range(0, len(ids), _BATCH):
        part = ids[i : i + _BATCH]
        named = (
            select(DocumentSubject.document_id, Enterprise.uscc, Enterprise.name)
            .join(Enterprise, Enterprise.id == DocumentSubject.enterprise_id)
            .where(DocumentSubject.document_id.in_(part))
            .order_by(Enterprise.uscc)
        )
        for doc_id, uscc, name in s.execute(named):
            subjects[doc_id].append((uscc, name))
        if not new:
            correcting = select(Document.corrects_id, Document.doc_no).where(
                Document.corrects_id.in_(part)
            )
            corrected_by.update({old: by for old, by in s.execute(correcting) if old})
    numbers = {d.id: d.doc_no for d in docs}
    missing = [d.corrects_id for d in docs if d.corrects_id and d.corrects_id not in numbers]
    if missing:
        replaced = select(Document.id, Document.doc_no).where(Document.id.in_(missing))
        numbers |= {doc_id: doc_no for doc_id, doc_no in s.execute(replaced)}
    return [
        DocumentRow(
            d.id,
            d.doc_no,
            d.kind,
            d.year,
            d.seq,
            d.tier,
            d.issue_date,
            d.title,
            d.sha256,
            d.printed_at,
            numbers.get(d.corrects_id, "") if d.corrects_id else "",
            tuple(subjects.get(d.id, ())),
            d.status,
            corrected_by.get(d.id, ""),
        )  # fmt: skip
        for d in docs
    ]
