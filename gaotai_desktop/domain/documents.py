"""The vocabulary of issued documents: kinds, states and their legal transitions, printed deadlines.

Pure Python (no database, no ReportLab). The stored strings are the enum values, so a
:class:`enum.StrEnum` compares equal to the text in the ``document`` table.

- :class:`DocumentKind`: the letters of the county's tiered warning mechanism.
- :class:`DocumentState`: the life of one issued document (issued -> printed -> corrected);
  the stored ``document.status`` is the one source of it.
- :class:`WarningState`: the closed loop around a warning (issued -> delivered ->
  feedback_received -> closed, or reopened -> feedback_received again). States and legal moves only.
- :class:`DeadlineKind` and :func:`letter_deadlines`: the due dates a letter prints, computed once
  and stored with the document (``document_deadline``) so that the closed loop can read them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import IllegalTransition

S = TypeVar("S", "DocumentState", "WarningState")


class DocumentKind(enum.StrEnum):
    """Document kinds (stored in ``document.kind`` and ``document_counter.kind``)."""

    RISK_NOTICE = "risk_notice"  # 工伤风险提示函 (yellow)
    RECTIFICATION = "rectification"  # 整改建议书 (orange)
    AUTHORITY_NOTICE = "authority_notice"  # 通报行业主管部门 (orange, red)
    COUNTY_BULLETIN = "county_bulletin"  # 全县通报 (red), full 公文 layout
    INTERVIEW_NOTICE = "interview_notice"  # 约谈通知书


#: Order of the kinds when issuing and in confirmations (the county bulletin is numbered first).
KIND_ORDER: tuple[DocumentKind, ...] = (
    DocumentKind.COUNTY_BULLETIN,
    DocumentKind.RISK_NOTICE,
    DocumentKind.RECTIFICATION,
    DocumentKind.AUTHORITY_NOTICE,
    DocumentKind.INTERVIEW_NOTICE,
)


def kind_rank(kind: str) -> int:
    """Position of ``kind`` in :data:`KIND_ORDER` (unknown kinds last)."""
    try:
        return KIND_ORDER.index(DocumentKind(kind))
    except ValueError:
        return len(KIND_ORDER)


# -- one document's states ---------------------------------------------------------------------
class DocumentState(enum.StrEnum):
    """State of an issued document (stored in ``document.status``)."""

    ISSUED = "issued"  # numbered, rendered and stored
    PRINTED = "printed"  # went to the printer at least once
    CORRECTED = "corrected"  # replaced by a correction (a new document naming it)


_DOCUMENT_MOVES: dict[DocumentState, frozenset[DocumentState]] = {
    DocumentState.ISSUED: frozenset({DocumentState.PRINTED, DocumentState.CORRECTED}),
    # a reprint keeps it printed
    DocumentState.PRINTED: frozenset({DocumentState.PRINTED, DocumentState.CORRECTED}),
    # a replaced document is final: correct its correction instead
    DocumentState.CORRECTED: frozenset(),
}


# -- the closed loop around a warning ---------------------------------------------------------
class WarningState(enum.StrEnum):
    """The closed loop of a warning: 预警下发 → 送达 → 整改反馈 → 效果评估 (closed or reopened)."""

    ISSUED = "issued"
    DELIVERED = "delivered"
    FEEDBACK_RECEIVED = "feedback_received"
    CLOSED = "closed"
    REOPENED = "reopened"


_WARNING_MOVES: dict[WarningState, frozenset[WarningState]] = {
    WarningState.ISSUED: frozenset({WarningState.DELIVERED}),
    WarningState.DELIVERED: frozenset({WarningState.FEEDBACK_RECEIVED}),
    WarningState.FEEDBACK_RECEIVED: frozenset({WarningState.CLOSED, WarningState.REOPENED}),
    WarningState.CLOSED: frozenset({WarningState.REOPENED}),
    WarningState.REOPENED: frozenset({WarningState.FEEDBACK_RECEIVED}),
}


def _moves(state: enum.StrEnum) -> Mapping[Any, frozenset[Any]]:
    return _DOCUMENT_MOVES if isinstance(state, DocumentState) else _WARNING_MOVES


def can_transition(current: DocumentState | WarningState, target: str) -> bool:
    """May a document (or warning) in ``current`` move to ``target``?"""
    moves = _moves(current)
    try:
        target = type(current)(target)
    except ValueError:
        return False
    return target in moves[current]


def transition(current: S, target: str) -> S:
    """``target`` as a state of the same machine, or :class:`IllegalTransition` saying from which
    states it can be reached (what must happen first)."""
    machine = type(current)
    new = machine(target)
    if not can_transition(current, new):
        moves = _moves(current)
        needs = tuple(str(s) for s, targets in moves.items() if new in targets)
        raise IllegalTransition(
            "document" if machine is DocumentState else "warning", str(current), str(new), needs
        )
    return new


# -- deadlines printed in the letters ---------------------------------------------------------
class DeadlineKind(enum.StrEnum):
    """A due date printed in a letter (stored in ``document_deadline.kind``)."""

    FEEDBACK = "feedback"  # 书面反馈 (风险提示函)
    REPORT = "report"  # 书面整改/落实报告 (整改建议书, its measures, 函, 通报, 约谈通知书)
    INTERVIEW = "interview"  # 约谈 date and time (风险提示函, 约谈通知书)


#: The deadlines each kind prints (its wording's ``${feedback_due}``, ``${report_due}``,
#: ``${interview_time}``; the rectification measures default to the report deadline).
PRINTED_DEADLINES: dict[DocumentKind, tuple[DeadlineKind, ...]] = {
    DocumentKind.RISK_NOTICE: (DeadlineKind.INTERVIEW, DeadlineKind.FEEDBACK),
    DocumentKind.RECTIFICATION: (DeadlineKind.REPORT,),
    DocumentKind.AUTHORITY_NOTICE: (DeadlineKind.REPORT,),
    DocumentKind.COUNTY_BULLETIN: (DeadlineKind.REPORT,),
    DocumentKind.INTERVIEW_NOTICE: (DeadlineKind.INTERVIEW, DeadlineKind.REPORT),
}


@dataclass(frozen=True)
class LetterDeadlines:
    """The periods one letter prints and the dates stored for them.

    A letter prints its periods counted from delivery ("自收到本函之日起15日内", as the 送达回证
    says); until deliveries are recorded the stored due dates count the same days from the issue
    date. The interview is a fixed date and time (a working day, in its own slot).
    """

    feedback_days: int
    report_days: int
    plan_days: int
    feedback_due: dt.date
    report_due: dt.date
    interview_at: dt.datetime | None = None
    interview_place: str = ""

    def printed(self, kind: str) -> list[tuple[DeadlineKind, dt.datetime]]:
        """(kind, due) of every deadline a ``kind`` letter prints; dates as midnight datetimes."""
        values = {
            DeadlineKind.FEEDBACK: dt.datetime.combine(self.feedback_due, dt.time()),
            DeadlineKind.REPORT: dt.datetime.combine(self.report_due, dt.time()),
            DeadlineKind.INTERVIEW: self.interview_at,
        }
        out = []
        for d in PRINTED_DEADLINES.get(DocumentKind(kind), ()):
            due = values[d]
            if due is not None:
                out.append((d, due))
        return out


def letter_deadlines(
    issue_date: dt.date,
    tier_code: str,
    *,
    feedback_days: int,
    rectification_days: Mapping[str, int],
    plan_days: int,
    interview_at: dt.datetime | None = None,
    interview_place: str = "",
) -> LetterDeadlines:
    """Periods of a letter dated ``issue_date`` to an enterprise at tier ``tier_code``, with the
    dates stored for them (calendar days after the issue date) and its interview slot."""
    report_days = rectification_days.get(tier_code, 15)
    return LetterDeadlines(
        feedback_days=feedback_days,
        report_days=report_days,
        plan_days=plan_days,
        feedback_due=issue_date + dt.timedelta(days=feedback_days),
        report_due=issue_date + dt.timedelta(days=report_days),
        interview_at=interview_at,
        interview_place=interview_place,
    )


# -- documents of the work-injury recognition cases ------------------------------------------
class CaseDocumentKind(enum.StrEnum):
    """Documents of a recognition case (stored in ``document.kind``, numbered by their own
    ``document_counter``); kept apart from :class:`DocumentKind`, the warning letters, so that
    the warnings' plans, corrections and settings never offer them."""

    ACCEPTANCE = "case_acceptance"  # 工伤认定申请受理决定书
    NON_ACCEPTANCE = "case_non_acceptance"  # 工伤认定申请不予受理决定书
    MISSING = "case_missing"  # 工伤认定申请材料补正告知书
    SUSPENSION = "case_suspension"  # 工伤认定中止通知书
    DECISION = "case_decision"  # 认定工伤决定书送达函

    @property
    def short(self) -> str:
        """The name the command line uses (``acceptance``, ``non_acceptance``, ...)."""
        return self.value.removeprefix("case_")

    @classmethod
    def from_short(cls, name: str) -> CaseDocumentKind:
        return cls("case_" + name.strip().removeprefix("case_"))


#: The case documents' names as printed in their titles and shown in lists.
CASE_DOCUMENT_LABELS: dict[str, str] = {
    CaseDocumentKind.ACCEPTANCE: "工伤认定申请受理决定书",
    CaseDocumentKind.NON_ACCEPTANCE: "工伤认定申请不予受理决定书",
    CaseDocumentKind.MISSING: "工伤认定申请材料补正告知书",
    CaseDocumentKind.SUSPENSION: "工伤认定中止通知书",
    CaseDocumentKind.DECISION: "认定工伤决定书送达函",
}

#: The case step (``domain.cases.Step`` value) whose record a case document is the paper of.
CASE_DOCUMENT_STEPS: dict[CaseDocumentKind, str] = {
    CaseDocumentKind.ACCEPTANCE: "accept",
    CaseDocumentKind.NON_ACCEPTANCE: "not_accept",
    CaseDocumentKind.MISSING: "missing",
    CaseDocumentKind.SUSPENSION: "suspend",
    CaseDocumentKind.DECISION: "decide",
}

#: Default document-number prefixes (机关代字) of the case documents (the office's
#: ``prefixes`` setting wins when it names the kind).
CASE_DOCUMENT_PREFIXES: dict[CaseDocumentKind, str] = {
    CaseDocumentKind.ACCEPTANCE: "高人社工伤受",
    CaseDocumentKind.NON_ACCEPTANCE: "高人社工伤不受",
    CaseDocumentKind.MISSING: "高人社工伤补",
    CaseDocumentKind.SUSPENSION: "高人社工伤中",
    CaseDocumentKind.DECISION: "高人社工伤送",
}


@dataclass(frozen=True)
class InvestigationInput:
    """A 调查笔录 as the clerk typed it (and as stored with its case).

    started_at, ended_at   when the questioning began and ended (ended_at may be unknown)
    place                  where
    staff                  the two staff questioning: ((name, 执法证号), (name, 执法证号))
    person_*               the person questioned: name, gender, ID number, relation to the
                           case (本人, 同事, 用人单位负责人 ...), phone
    full_id                print the full ID number (else masked)
    qa                     the questions and answers in order
    """

    started_at: dt.datetime
    place: str
    staff: tuple[tuple[str, str], tuple[str, str]]
    person_name: str
    person_gender: str = ""
    person_id_number: str = ""
    person_relation: str = ""
    person_phone: str = ""
    qa: tuple[tuple[str, str], ...] = ()
    ended_at: dt.datetime | None = None
    full_id: bool = False


@dataclass(frozen=True)
class InvestigationRow:
    """A stored 调查笔录 of a case."""

    id: str
    case_id: str
    record: InvestigationInput
    by: str
    at: dt.datetime


def parse_qa(text: str) -> tuple[tuple[str, str], ...]:
    """Questions and answers typed as lines starting with 问： and 答： (a line without either
    continues the one before it): ``(question, answer)`` pairs in order."""
    pairs: list[list[str]] = []
    part = -1
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        head, rest = line[:1], line[1:].lstrip("：:　 ")
        if head == "问" and line[1:2] in ("：", ":"):
            pairs.append([rest, ""])
            part = 0
        elif head == "答" and line[1:2] in ("：", ":"):
            if not pairs or part == 1:
                pairs.append(["", ""])
            pairs[-1][1] = rest
            part = 1
        elif pairs:
            pairs[-1][max(part, 0)] += line
        else:
            pairs.append([line, ""])
            part = 0
    return tuple((q, a) for q, a in pairs)


def format_qa(qa: tuple[tuple[str, str], ...]) -> str:
    """The pairs as the lines :func:`parse_qa` reads."""
    return "\n".join(f"问：{q}\n答：{a}" for q, a in qa)
