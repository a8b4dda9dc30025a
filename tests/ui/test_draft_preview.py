"""预警通知 → 预览草稿 (#12 item 7): a due letter proofread without a number, nothing stored; the
issue confirmation names each enterprise and document."""

from __future__ import annotations

import io
import sqlite3

import pytest
from pypdf import PdfReader

from gaotai_desktop.domain.notices import DUE

from .test_letters_ui import select


@pytest.fixture
def tab(window):
    window.tabs.setCurrentWidget(window.notice_tab)
    return window.notice_tab


def counts(db_path) -> tuple[int, int, int]:
    with sqlite3.connect(db_path) as con:
        docs = con.execute("SELECT count(*) FROM document").fetchone()[0]
        seqs = con.execute("SELECT coalesce(sum(last_seq), 0) FROM document_counter").fetchone()[0]
        deadlines = con.execute("SELECT count(*) FROM document_deadline").fetchone()[0]
    return docs, seqs, deadlines


def texts(pdf: bytes) -> list[str]:
    return [
        p.extract_text().replace("\n", "").replace(" ", "")
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]


def test_draft_of_a_due_letter_takes_no_number(window, tab, qtbot, boxes, db_path):
    before = counts(db_path)
    assert not tab.draft_action.isEnabled()
    row = next(r for r in tab.model.all_rows() if r.status == DUE and r.kind == "risk_notice")
    select(tab, lambda r: r is row)
    assert tab.draft_action.isEnabled()
    with qtbot.waitSignal(tab.draft_shown, timeout=30_000) as shown:
        tab.draft_action.trigger()
    (pdf,) = shown.args[0]
    pages = texts(pdf)
    assert "（草稿，未编号）" in pages[0] and row.name in pages[0]
    assert all("草稿" in t for t in pages)  # the watermark on every page
    assert not any("〔2026〕" in t for t in pages)  # no document number
    assert f"{row.interview_at.month}月{row.interview_at.day}日" in "".join(pages)
    dlg = tab.preview_dialog
    assert dlg is not None and dlg.isVisible() and "草稿" in dlg.windowTitle()
    # a draft sent to a printer or a file is recorded in the audit trail (nothing else changes)
    dlg.saved.emit("/tmp/草稿.pdf", "")
    dlg.printed.emit()
    entries = [e for e in window.services.audit.entries() if "草稿" in e.detail]
    assert [e.action for e in entries] == ["print", "export"]  # newest first
    assert entries[1].detail == f"草稿（未编号）1 份：{row.name}：/tmp/草稿.pdf"
    dlg.close()
    assert counts(db_path) == before  # nothing stored, no number taken
    assert all(
        r.status == DUE for r in tab.model.all_rows() if r.enterprise_id == row.enterprise_id
    )


def test_draft_of_the_county_bulletin_names_every_red_enterprise(
    window, tab, qtbot, boxes, db_path
):
    before = counts(db_path)
    reds = [r for r in tab.model.all_rows() if r.status == DUE and r.kind == "county_bulletin"]
    assert reds
    select(tab, lambda r: r is reds[0])
    with qtbot.waitSignal(tab.draft_shown, timeout=30_000) as shown:
        tab.draft_action.trigger()
    text = "".join(texts(shown.args[0][0]))
    assert all(r.name in text for r in reds) and "（草稿，未编号）" in text
    tab.preview_dialog.close()
    assert counts(db_path) == before


def test_issue_confirmation_names_enterprises_and_documents(window, tab, qtbot, boxes, db_path):
    boxes.confirm_answer = False  # read the confirmation, then decline
    ent = next(r for r in tab.model.all_rows() if r.status == DUE and r.tier.code == "yellow")
    select(tab, lambda r: r.enterprise_id == ent.enterprise_id)
    tab.issue_action.trigger()
    text = boxes.texts("confirm")[-1]
    assert "将编号的文书：" in text
    assert f"工伤风险提示函（黄色预警）：{ent.name}" in text
    assert f"约谈通知书（黄色预警）：{ent.name}" in text
    assert "预览草稿" in text
    assert counts(db_path)[0] == 0
