"""What an issuing run reports, shown by the notice tab: merged reports, failures in Chinese."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.document_rows import IssueReport
from ...domain.errors import GaotaiError
from .. import messages as msg

#: Failures named in the message after issuing.
SHOWN_FAILURES = 8


def merge_reports(reports: list[IssueReport]) -> IssueReport:
    """One report of several runs (one per kind when issuing a selection)."""
    return IssueReport(
        tuple(d for r in reports for d in r.issued),
        tuple(f for r in reports for f in r.failed),
        any(r.cancelled for r in reports),
        next((r.stopped_by for r in reports if r.stopped_by is not None), None),
    )


def failures_text(report: IssueReport) -> str:
    """What could not be issued and why, one line each (in Chinese)."""
    lines = [
        f"{f.kind_label}（{'、'.join(n for _, n in f.subjects)}）：{msg.error_text(f.reason)}"
        for f in report.failed[:SHOWN_FAILURES]
    ]
    if len(report.failed) > SHOWN_FAILURES:
        lines.append(f"……另有 {len(report.failed) - SHOWN_FAILURES} 份")
    return "\n".join(lines)


def show_issue_problems(parent: QWidget, report: IssueReport) -> None:
    """Tell what could not be issued and why, and what stopped a run part-way (if anything)."""
    stopped = report.stopped_by
    if not report.failed and stopped is None:
        return
    parts = []
    if report.failed:
        head = "其余已下发" if report.issued else "没有保存任何文书"
        parts.append(
            f"以下 {len(report.failed)} 份文书未能下发（{head}）：\n\n" + failures_text(report)
        )
    if stopped is not None:
        head = f"已下发 {len(report.issued)} 份文书，其余未下发：" if report.issued else ""
        if head or isinstance(stopped, GaotaiError | OSError):
            parts.append((head or "下发失败，没有保存任何文书。\n\n") + msg.error_text(stopped))
        else:
            msg.show_error(parent, stopped, action="下发文书")
    if parts:
        msg.error(parent, "\n\n".join(parts), title="下发文书")
