"""Frozen rows of issued documents and the report of an issuing run (what leaves the services)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .documents import CASE_DOCUMENT_LABELS, DocumentState
from .notices import KIND_LABELS


@dataclass(frozen=True)
class DocumentRow:
    id: str
    doc_no: str
    kind: str
    year: int
    seq: int
    tier: str
    issue_date: dt.date
    title: str
    sha256: str
    printed_at: dt.datetime | None
    corrects_doc_no: str
    #: (uscc, name) of every enterprise the document is about.
    subjects: tuple[tuple[str, str], ...]
    #: :class:`DocumentState` value as stored (``issued``, ``printed``, ``corrected``).
    status: str = DocumentState.ISSUED
    #: For a replaced document: the number of the correction that replaced it.
    corrected_by_doc_no: str = ""

    @property
    def uscc(self) -> str:
        return self.subjects[0][0] if self.subjects else ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind) or CASE_DOCUMENT_LABELS.get(self.kind, self.kind)

    @property
    def state(self) -> DocumentState:
        return DocumentState(self.status)


@dataclass(frozen=True)
class IssueFailure:
    """A document that could not be issued: its kind, the enterprises it was about
    ((uscc, name) each) and why (the exception; ``texts.error_text`` turns it into Chinese)."""

    kind: str
    subjects: tuple[tuple[str, str], ...]
    reason: BaseException

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class IssueReport:
    """What an issuing run did: the documents stored (in order), those that could not be issued,
    whether it was cancelled part-way, and the error that stopped it (``None``: it ran to the end;
    only whole documents are ever stored)."""

    issued: tuple[DocumentRow, ...] = ()
    failed: tuple[IssueFailure, ...] = ()
    cancelled: bool = False
    stopped_by: BaseException | None = None

    @property
    def ok(self) -> bool:
        return not self.failed and self.stopped_by is None
