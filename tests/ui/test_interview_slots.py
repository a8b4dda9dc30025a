"""预警通知: each one-on-one interview in its own slot, shown in the plan, changed by the clerk,
printed and stored as chosen."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate

from gaotai_desktop.domain.documents import DeadlineKind
from gaotai_desktop.domain.notices import DUE

from .test_letters_ui import StoredDocs, issue_all, select


@pytest.fixture
def tab(window):
    window.tabs.setCurrentWidget(window.notice_tab)
    return window.notice_tab


def interview_rows(tab) -> list:
    return [
        r
        for r in tab.model.all_rows()
        if r.status == DUE and r.kind in ("risk_notice", "interview_notice")
    ]


def pdf_text(data: bytes) -> str:
    return (
        "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
        .replace("\n", "")
        .replace(" ", "")
    )


def test_plan_shows_one_slot_per_enterprise(tab):
    rows = interview_rows(tab)
    assert rows and all(r.interview_at is not None and r.interview_room for r in rows)
    by_ent = {}
    for r in rows:  # the risk notice and the interview notice of one enterprise: one interview
        assert by_ent.setdefault(r.enterprise_id, (r.interview_at, r.interview_room)) == (
            r.interview_at,
            r.interview_room,
        )
    slots = list(by_ent.values())
    assert len(set(slots)) == len(slots)  # nobody shares a slot
    for at, _room in slots:  # after the 成文日期 (Sat 28 Nov), on working days, in office hours
        assert at.date() > tab.today and at.weekday() < 5
        assert dt.time(9) <= at.time() <= dt.time(16, 30)
    col = [c.key for c in tab.model.COLUMNS].index("interview")
    shown = tab.model.display(rows[0])[col]
    assert rows[0].interview_room in shown and f"{rows[0].interview_at:%Y-%m-%d}" in shown
    others = [r for r in tab.model.all_rows() if r.kind == "rectification"]
    assert others and all(tab.model.display(r)[col] == "" for r in others)


def test_clerk_changes_a_slot_and_the_letter_prints_it(window, tab, qtbot, boxes):
    rows = interview_rows(tab)
    first, second = rows[0], next(r for r in rows if r.enterprise_id != rows[0].enterprise_id)
    select(tab, lambda r: r.enterprise_id == first.enterprise_id)
    assert tab.slot_action.isEnabled()
    tab.slot_action.trigger()
    dlg = tab.slot_dialog
    assert dlg is not None and dlg.isVisible()
    ui = dlg.ui
    assert first.name in ui.enterpriseLabel.text()
    assert ui.roomCombo.currentText() == first.interview_room

    ui.dateEdit.setDate(QDate(2026, 12, 12))  # a Saturday
    assert ui.weekdayLabel.text() == "星期六"
    dlg.accept()
    assert dlg.isVisible() and "不是工作日" in ui.errorLabel.text()

    # the slot another enterprise holds in the plan
    at = second.interview_at
    ui.dateEdit.setDate(QDate(at.year, at.month, at.day))
    ui.timeCombo.setCurrentIndex(ui.timeCombo.findText(f"{at:%H:%M}"))
    ui.roomCombo.setCurrentText(second.interview_room)
    dlg.accept()
    assert dlg.isVisible() and f"已安排给{second.name}" in ui.errorLabel.text()

    ui.dateEdit.setDate(QDate(2026, 12, 10))  # Thursday afternoon
    ui.timeCombo.setCurrentIndex(ui.timeCombo.findText("15:00"))
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        dlg.accept()
    assert not dlg.isVisible()
    chosen = dt.datetime(2026, 12, 10, 15, 0)
    now = [r for r in interview_rows(tab) if r.enterprise_id == first.enterprise_id]
    assert now and all(r.interview_at == chosen for r in now)
    others = {r.interview_at for r in interview_rows(tab) if r.enterprise_id != first.enterprise_id}
    assert chosen not in others

    shown = {(r.enterprise_id, r.interview_at, r.interview_room) for r in interview_rows(tab)}
    issue_all(qtbot, tab)
    store = window.services.document_store
    docs = StoredDocs(window)
    printed = set()
    for d in docs.list(2026):
        deadlines = {k: (at, place) for k, at, place in _deadlines(window, d.id)}
        if DeadlineKind.INTERVIEW not in deadlines:
            continue
        at, place = deadlines[DeadlineKind.INTERVIEW]
        ent = next(r.enterprise_id for r in rows if r.uscc == d.uscc)
        printed.add((ent, at, place))
        text = pdf_text(store.pdf(d.id))
        assert place in text, text[text.find("约谈") - 50 : text.find("约谈") + 200]
        if ent == first.enterprise_id:
            assert "2026年12月10日下午3时" in text
    assert printed == shown  # every letter prints and stores the slot the plan showed


def _deadlines(window, document_id: str):
    from sqlalchemy import select as sql_select

    from gaotai_desktop.data.models import DocumentDeadline

    with window.services.db.transaction() as s:
        stmt = sql_select(
            DocumentDeadline.kind, DocumentDeadline.due_at, DocumentDeadline.place
        ).where(DocumentDeadline.document_id == document_id)
        return list(s.execute(stmt))
