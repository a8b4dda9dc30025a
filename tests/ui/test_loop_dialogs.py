"""The closed loop's dialogs driven like a clerk drives them, on a database whose letters were
issued: each save changes the service's state; a refused save shows the service's reason, keeps
what was typed and changes nothing. Each dialog is grabbed to a PNG (look at them)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.domain.loop import DeliveryFacts, InspectionRow
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services.container import build_services
from gaotai_desktop.ui.dialogs.loop import DeliveryDialog, EvaluationDialog, FeedbackDialog
from gaotai_desktop.ui.dialogs.loop_records import InspectionDialog, InterviewRecordDialog

from .conftest import type_text

YELLOW, ORANGE, RED = "91620724MA01AB2C3L", "91350100M000100Y43", "11620724013256785L"
NAMES = {
    YELLOW: "高台县鑫源建筑工程有限公司",
    ORANGE: "高台县宏达建筑工程有限公司",
    RED: "高台县金川化工有限公司",
}
TODAY = dt.date(2026, 12, 2)
#: The letters were issued (and counted) on this day.
ISSUED = dt.date(2026, 11, 2)
PERSON = PersonInput("孙秀英", "620724196804246594", "轻伤", "认定工伤")


@pytest.fixture
def loop(db, db_path, tmp_path):
    """Services over a database with a yellow, an orange and a red enterprise whose letters were
    issued on 2026-11-02 (as tests/services/test_warnings.py's ``loop``)."""
    services = build_services(
        db, render_workers=1, location=db_path, backup_dir=tmp_path / "backups"
    )
    for (uscc, name), accidents in zip(NAMES.items(), (1, 2, 3), strict=True):
        services.enterprises.create(
            EnterpriseInput(
                uscc, name, "建筑业", "城关镇", "县住房和城乡建设局", address="高台县城关镇1号"
            ),
            today=ISSUED,
        )
        for i in range(accidents):
            services.accidents.record(
                AccidentInput(uscc, dt.date(2026, 2 + i, 3), "工地", "高处坠落", "", "", (PERSON,)),
                today=ISSUED,
            )
    report = services.issuing.issue_due(ISSUED, today=TODAY, issue_date=ISSUED)
    assert report.ok, report
    return services


def warning_of(services, uscc):
    (row,) = [w for w in services.warnings.list(TODAY) if w.uscc == uscc]
    return row


def letter(services, uscc, kind):
    return next(
        d for d in services.document_store.list() if d.uscc == uscc and d.kind == kind
    ).doc_no


def set_date(qtbot, edit, value: str) -> None:
    edit.line.clear()
    qtbot.keyClicks(edit.line, value)


def save(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)


def shoot(dlg, tmp_path: Path, name: str) -> Path:
    """An offscreen grab of the dialog as the clerk sees it."""
    dlg.show()
    path = tmp_path / f"{name}.png"
    assert dlg.grab().toImage().save(str(path))
    assert path.stat().st_size > 5_000
    return path


def attachment_names(services) -> list[str]:
    with services.db.engine.connect() as con:
        return [
            r[0] for r in con.execute(text("SELECT filename FROM attachment ORDER BY filename"))
        ]


def scan(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(b"\xff\xd8\xff" + b"0" * 3000)
    return path


# -- 登记送达 ---------------------------------------------------------------------------------------
def test_delivery_records_the_receipt_and_shows_the_due_date(
    loop, qtbot, boxes, tmp_path, monkeypatch
) -> None:
    warning = warning_of(loop, YELLOW)
    dlg = DeliveryDialog(loop, warning, today=TODAY)
    qtbot.addWidget(dlg)
    # the letter to the enterprise is chosen among the warning's documents
    assert dlg.doc_no == letter(loop, YELLOW, "risk_notice")
    assert dlg.ui.documentCombo.count() == len(warning.documents)
    assert "工伤风险提示函" in dlg.ui.documentCombo.currentText()
    # 直接送达: no refusal, no witness asked
    assert dlg.ui.methodCombo.currentText() == "直接送达"
    assert dlg.ui.recipientEdit.isVisibleTo(dlg) and dlg.ui.proxyEdit.isVisibleTo(dlg)
    assert not dlg.ui.witnessEdit.isVisibleTo(dlg) and not dlg.ui.refusalEdit.isVisibleTo(dlg)
    set_date(qtbot, dlg.ui.deliveredOnEdit, "2026-12-02")
    type_text(qtbot, dlg.ui.recipientEdit, "李娜")
    picked = scan(tmp_path, "送达回证.jpg")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(picked)], ""))
    )
    qtbot.mouseClick(dlg.ui.addAttachmentButton, Qt.MouseButton.LeftButton)
    assert dlg.ui.attachmentList.count() == 1
    assert dlg.ui.attachmentList.item(0).text().startswith("送达回证.jpg（")
    shoot(dlg, tmp_path, "delivery_dialog")
    save(qtbot, dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    row = dlg.result_row
    assert row is not None and row.state == "delivered"
    # 10 days from Wed 2026-12-02 is Sat 12-12: moved to Monday, and the clerk is told why
    assert row.feedback_due == dt.date(2026, 12, 14)
    (info,) = boxes.texts("info")
    assert "书面反馈应于2026年12月14日前提交（逢周末顺延）" in info
    assert loop.warnings.get(warning.id, TODAY).state == "delivered"
    assert attachment_names(loop) == ["送达回证.jpg"]


def test_delivery_fields_follow_the_method(loop, qtbot, boxes) -> None:
    dlg = DeliveryDialog(loop, warning_of(loop, YELLOW), today=TODAY)
    qtbot.addWidget(dlg)
    combo = dlg.ui.methodCombo
    combo.setCurrentIndex(combo.findData("留置送达"))
    assert dlg.ui.witnessEdit.isVisibleTo(dlg) and dlg.ui.refusalEdit.isVisibleTo(dlg)
    assert not dlg.ui.proxyEdit.isVisibleTo(dlg)
    type_text(qtbot, dlg.ui.witnessEdit, "村委会主任王五")
    combo.setCurrentIndex(combo.findData("邮寄送达"))
    assert not dlg.ui.witnessEdit.isVisibleTo(dlg)
    assert dlg.facts().witness == ""  # a hidden field is not saved
    combo.setCurrentIndex(combo.findData("留置送达"))
    assert dlg.ui.witnessEdit.text() == "村委会主任王五"  # nor lost


def test_a_refused_delivery_says_why_keeps_the_text_and_changes_nothing(
    loop, qtbot, boxes, tmp_path
) -> None:
    warning = warning_of(loop, YELLOW)
    before = sqlite_content_dump(loop.db.engine)
    dlg = DeliveryDialog(loop, warning, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    combo = dlg.ui.methodCombo
    combo.setCurrentIndex(combo.findData("留置送达"))
    set_date(qtbot, dlg.ui.deliveredOnEdit, "2026-12-01")
    type_text(qtbot, dlg.ui.recipientEdit, "张三")
    type_text(qtbot, dlg.ui.refusalEdit, "负责人拒绝签收")
    dlg.attachments.add([scan(tmp_path, "现场照片.jpg")])
    save(qtbot, dlg)
    (error,) = boxes.texts("error")
    assert error.startswith("登记送达失败：见证人：不能为空")
    assert dlg.isVisible() and dlg.result_row is None
    assert dlg.ui.refusalEdit.text() == "负责人拒绝签收"
    assert dlg.ui.recipientEdit.text() == "张三"
    assert dlg.ui.deliveredOnEdit.text() == "2026-12-01"
    assert dlg.ui.attachmentList.count() == 1
    assert dlg.ui.witnessEdit.styleSheet()  # the field named is marked
    assert sqlite_content_dump(loop.db.engine) == before
    shoot(dlg, tmp_path, "delivery_refused")
    # a date after today is refused by the date field itself, as typed
    set_date(qtbot, dlg.ui.deliveredOnEdit, "2026-12-03")
    type_text(qtbot, dlg.ui.witnessEdit, "村委会主任王五")
    save(qtbot, dlg)
    assert "送达日期：日期2026年12月3日晚于今天" in boxes.texts("error")[-1]
    assert dlg.ui.deliveredOnEdit.text() == "2026-12-03"
    assert sqlite_content_dump(loop.db.engine) == before
    # corrected: it goes through, with the photo
    set_date(qtbot, dlg.ui.deliveredOnEdit, "2026-12-01")
    save(qtbot, dlg)
    assert dlg.result_row is not None and dlg.result_row.delivered_on == dt.date(2026, 12, 1)
    assert attachment_names(loop) == ["现场照片.jpg"]


def test_delivering_the_authority_letter_does_not_start_the_clock(loop, qtbot, boxes) -> None:
    warning = warning_of(loop, ORANGE)
    dlg = DeliveryDialog(loop, warning, today=TODAY)
    qtbot.addWidget(dlg)
    assert "整改建议书" in dlg.ui.documentCombo.currentText()
    authority = letter(loop, ORANGE, "authority_notice")
    dlg.ui.documentCombo.setCurrentIndex(dlg.ui.documentCombo.findData(authority))
    type_text(qtbot, dlg.ui.recipientEdit, "县住建局办公室")
    save(qtbot, dlg)
    assert dlg.result_row is not None and dlg.result_row.state == "issued"
    assert "不启动企业书面答复的期限" in boxes.texts("info")[0]
    tasks = {t.kind: t.state for t in loop.warnings.tasks(TODAY, warning_id=warning.id)}
    assert tasks["authority_notified"] == "done"


# -- 整改反馈 ---------------------------------------------------------------------------------------
def test_feedback_is_recorded_with_its_attachment(loop, qtbot, boxes, tmp_path) -> None:
    doc_no = letter(loop, ORANGE, "rectification")
    loop.warnings.deliver(doc_no, DeliveryFacts(dt.date(2026, 11, 20), "邮寄送达"), today=TODAY)
    warning = warning_of(loop, ORANGE)
    dlg = FeedbackDialog(loop, warning, today=TODAY)
    qtbot.addWidget(dlg)
    assert "书面整改报告应于" in dlg.ui.warningLabel.text()
    set_date(qtbot, dlg.ui.feedbackOnEdit, "2026-12-01")
    type_text(qtbot, dlg.ui.textEdit, "已更换脚手架防护网，组织全员安全培训")
    dlg.attachments.add([scan(tmp_path, "整改报告.pdf")])
    shoot(dlg, tmp_path, "feedback_dialog")
    save(qtbot, dlg)
    row = dlg.result_row
    assert row is not None and row.state == "feedback_received"
    assert row.feedback_on == dt.date(2026, 12, 1)
    assert loop.warnings.get(warning.id, TODAY).state == "feedback_received"
    assert attachment_names(loop) == ["整改报告.pdf"]
    assert not boxes.texts("error")


def test_feedback_before_delivery_is_refused_with_what_comes_first(
    loop, qtbot, boxes, tmp_path
) -> None:
    before = sqlite_content_dump(loop.db.engine)
    dlg = FeedbackDialog(loop, warning_of(loop, YELLOW), today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(qtbot, dlg.ui.textEdit, "已组织岗前培训")
    save(qtbot, dlg)
    (error,) = boxes.texts("error")
    assert "须先登记送达" in error
    assert dlg.isVisible() and dlg.ui.textEdit.toPlainText() == "已组织岗前培训"
    assert sqlite_content_dump(loop.db.engine) == before


# -- 效果评估 ---------------------------------------------------------------------------------------
def fed_back(services, uscc, kind):
    doc_no = letter(services, uscc, kind)
    services.warnings.deliver(
        doc_no, DeliveryFacts(dt.date(2026, 11, 20), "直接送达", recipient="李娜"), today=TODAY
    )
    return services.warnings.feedback(doc_no, on=dt.date(2026, 11, 30), text="整改", today=TODAY)


def test_evaluation_ineffective_reopens_with_the_new_deadline(loop, qtbot, boxes, tmp_path) -> None:
    warning = fed_back(loop, ORANGE, "rectification")
    dlg = EvaluationDialog(loop, warning, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.ui.newDueEdit.isEnabled()
    before = sqlite_content_dump(loop.db.engine)
    save(qtbot, dlg)  # no result chosen
    assert boxes.texts("error")[-1] == "效果评估失败：评估结论：不能为空"
    dlg.ui.ineffectiveRadio.setChecked(True)
    assert dlg.ui.newDueEdit.isEnabled()
    type_text(qtbot, dlg.ui.noteEdit, "脚手架仍未整改到位")
    set_date(qtbot, dlg.ui.newDueEdit, "2026-12-01")  # before the evaluation: refused
    save(qtbot, dlg)
    assert "新的整改期限：2026-12-01应晚于评估日期2026-12-02" in boxes.texts("error")[-1]
    assert sqlite_content_dump(loop.db.engine) == before
    assert dlg.ui.noteEdit.toPlainText() == "脚手架仍未整改到位"
    set_date(qtbot, dlg.ui.newDueEdit, "2026-12-21")
    shoot(dlg, tmp_path, "evaluation_dialog")
    save(qtbot, dlg)
    row = dlg.result_row
    assert row is not None and row.state == "reopened"
    assert row.feedback_due == dt.date(2026, 12, 21)
    assert "书面整改报告应于2026年12月21日前提交" in boxes.texts("info")[-1]
    history = loop.warnings.history(warning.id)
    assert "脚手架仍未整改到位" in history[-1].reason


def test_evaluation_effective_closes_the_warning(loop, qtbot, boxes) -> None:
    warning = fed_back(loop, YELLOW, "risk_notice")
    dlg = EvaluationDialog(loop, warning, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.ui.effectiveRadio.setChecked(True)
    save(qtbot, dlg)
    assert dlg.result_row is not None and dlg.result_row.state == "closed"
    assert loop.warnings.get(warning.id, TODAY).closed_on == TODAY
    assert not boxes.texts("error") and not boxes.texts("info")


def test_evaluating_without_feedback_is_refused(loop, qtbot, boxes) -> None:
    before = sqlite_content_dump(loop.db.engine)
    dlg = EvaluationDialog(loop, warning_of(loop, RED), today=TODAY)
    qtbot.addWidget(dlg)
    dlg.ui.effectiveRadio.setChecked(True)
    save(qtbot, dlg)
    assert "须先登记企业的整改反馈" in boxes.texts("error")[-1]
    assert dlg.result_row is None
    assert sqlite_content_dump(loop.db.engine) == before


def test_the_warning_line_heads_each_dialog(loop, qtbot, boxes) -> None:
    warning = warning_of(loop, RED)
    dialogs = (DeliveryDialog, FeedbackDialog, EvaluationDialog, InterviewRecordDialog)
    for cls in (*dialogs, InspectionDialog):
        dlg = cls(loop, warning, today=TODAY)
        qtbot.addWidget(dlg)
        assert NAMES[RED] in dlg.ui.warningLabel.text()
        assert "红色预警" in dlg.ui.warningLabel.text()


# -- 约谈记录 ---------------------------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join(p.extract_text() for p in reader.pages).replace("\n", "")


def fill_interview(qtbot, dlg) -> None:
    type_text(qtbot, dlg.ui.officePeopleEdit, "王敏、李强")
    type_text(qtbot, dlg.ui.enterprisePeopleEdit, "张伟（总经理）")
    type_text(qtbot, dlg.ui.statementEdit, "事故原因是作业人员未系安全带")
    type_text(qtbot, dlg.ui.requirementsEdit, "月底前完成全员培训")
    set_date(qtbot, dlg.ui.followUpEdit, "2026-12-31")


def test_interview_record_is_saved_and_completes_the_interview(
    loop, qtbot, boxes, tmp_path
) -> None:
    warning = warning_of(loop, YELLOW)
    interview = next(
        t for t in loop.warnings.tasks(TODAY, warning_id=warning.id) if t.kind == "interview"
    )
    printed_place = loop.office.get().interview_place
    # the office's rooms changed after the letter went out: the record starts from the letter's
    loop.office.set_values({"interview_rooms": '["三楼小会议室"]'})
    dlg = InterviewRecordDialog(loop, warning, today=TODAY)
    qtbot.addWidget(dlg)
    # the reason names the 约谈通知书; the time and the place are those it gave
    notice = letter(loop, YELLOW, "interview_notice")
    assert dlg.ui.reasonEdit.text() == f"2026年黄色预警一对一警示约谈（{notice}）"
    assert dlg.ui.heldOnEdit.date() == interview.due_on
    doc = loop.document_store.find(notice)
    assert loop.document_store.interview_place(doc.id) == printed_place
    assert dlg.ui.placeCombo.currentText() == printed_place
    rooms = [dlg.ui.placeCombo.itemText(i) for i in range(dlg.ui.placeCombo.count())]
    assert rooms == [printed_place, "三楼小会议室"]
    fill_interview(qtbot, dlg)
    dlg.ui.heldTimeEdit.setTime(QTime(14, 30))
    shoot(dlg, tmp_path, "interview_record_dialog")
    save(qtbot, dlg)
    assert not boxes.texts("error")
    row = dlg.result_row
    assert row is not None and row.statement == "事故原因是作业人员未系安全带"
    assert row.held_at == dt.datetime.combine(interview.due_on, dt.time(14, 30))
    assert row.follow_up_due == dt.date(2026, 12, 31)
    (stored,) = loop.warnings.interviews(warning.enterprise_id)
    assert stored.enterprise_people == "张伟（总经理）" and stored.warning_id == warning.id
    tasks = {t.kind: t.state for t in loop.warnings.tasks(TODAY, warning_id=warning.id)}
    assert tasks["interview"] == "done"
    # a second record of the same warning starts from today (the letter's slot is used up)
    again = InterviewRecordDialog(loop, warning, today=TODAY)
    qtbot.addWidget(again)
    assert again.ui.heldOnEdit.date() == TODAY
    assert again.ui.heldTimeEdit.time() == QTime(9, 0)  # when the office's interview hours begin


def test_interview_record_prints_filled_in_and_blank(loop, qtbot, boxes, tmp_path) -> None:
    warning = warning_of(loop, YELLOW)
    dlg = InterviewRecordDialog(loop, warning, today=TODAY)
    qtbot.addWidget(dlg)
    fill_interview(qtbot, dlg)
    set_date(qtbot, dlg.ui.heldOnEdit, "2026-11-30")
    dlg.ui.heldTimeEdit.setTime(QTime(9, 30))
    filled = dlg.save_pdf(tmp_path / "约谈记录")
    assert filled == tmp_path / "约谈记录.pdf"
    text = pdf_text(filled)
    for fact in (
        NAMES[YELLOW],
        YELLOW,
        dlg.ui.reasonEdit.text(),
        "2026年11月30日上午9时30分",
        "事故原因是作业人员未系安全带",
        "月底前完成全员培训",
        "2026年12月31日前",
        "被约谈人（签名）",
    ):
        assert fact in text, fact
    blank = dlg.save_pdf(tmp_path / "空白.pdf", blank=True)
    assert blank is not None
    text = pdf_text(blank)
    assert NAMES[YELLOW] in text and dlg.ui.reasonEdit.text() in text
    assert "事故原因是作业人员未系安全带" not in text and "上午9时30分" not in text
    # the print preview paints every page of the record
    preview = dlg.print_record()
    assert preview is not None and preview.page_total == len(PdfReader(filled).pages)
    qtbot.waitUntil(lambda: preview.painted_pages == preview.page_total, timeout=10_000)
    preview.close()
    preview = dlg.print_blank()
    assert preview is not None and "空白" in preview.windowTitle()
    qtbot.waitUntil(lambda: preview.painted_pages == preview.page_total, timeout=10_000)
    preview.close()
    # printing stores nothing: the record is kept only when saved
    assert loop.warnings.interviews(warning.enterprise_id) == []
    assert not boxes.texts("error")


def test_a_refused_interview_record_keeps_what_was_typed(loop, qtbot, boxes, tmp_path) -> None:
    warning = warning_of(loop, RED)
    before = sqlite_content_dump(loop.db.engine)
    dlg = InterviewRecordDialog(loop, warning, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    assert "定期约谈企业负责人" in dlg.ui.reasonEdit.text()
    dlg.ui.reasonEdit.clear()
    fill_interview(qtbot, dlg)
    save(qtbot, dlg)
    assert boxes.texts("error")[-1] == "登记约谈记录失败：约谈事由：不能为空"
    assert dlg.ui.reasonEdit.styleSheet()
    assert dlg.print_blank() is None
    assert boxes.texts("error")[-1] == "生成约谈记录失败：约谈事由：不能为空"
    type_text(qtbot, dlg.ui.reasonEdit, "红色预警约谈")
    set_date(qtbot, dlg.ui.heldOnEdit, "2026-12-09")
    save(qtbot, dlg)
    assert "约谈时间：日期2026年12月9日晚于今天" in boxes.texts("error")[-1]
    assert dlg.isVisible() and dlg.result_row is None
    assert dlg.ui.statementEdit.toPlainText() == "事故原因是作业人员未系安全带"
    assert dlg.ui.reasonEdit.text() == "红色预警约谈"
    assert sqlite_content_dump(loop.db.engine) == before


# -- 检查记录 ---------------------------------------------------------------------------------------
AUTHORITY = "县住房和城乡建设局"


def test_inspection_is_recorded_and_completes_the_special_inspection(
    loop, qtbot, boxes, tmp_path
) -> None:
    warning = warning_of(loop, ORANGE)
    dlg = InspectionDialog(loop, warning, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.ui.authorityCombo.currentText() == AUTHORITY
    assert dlg.ui.countLabel.text() == "本年已检查0次 / 上限2次"
    assert not dlg.ui.overCapReasonEdit.isVisibleTo(dlg)
    kinds = [dlg.ui.kindCombo.itemText(i) for i in range(dlg.ui.kindCombo.count())]
    assert kinds == ["定期检查", "不定期检查", "联合检查"]
    dlg.ui.kindCombo.setCurrentIndex(dlg.ui.kindCombo.findData("unscheduled"))
    set_date(qtbot, dlg.ui.inspectedOnEdit, "2026-11-25")
    type_text(qtbot, dlg.ui.findingsEdit, "脚手架防护网破损")
    type_text(qtbot, dlg.ui.documentRefEdit, "高建监〔2026〕8号")
    save(qtbot, dlg)
    assert not boxes.texts("error")
    row = dlg.result_row
    assert row is not None and row.kind == "unscheduled" and row.authority == AUTHORITY
    (stored,) = loop.warnings.inspections(warning.enterprise_id)
    assert stored.findings == "脚手架防护网破损" and stored.document_ref == "高建监〔2026〕8号"
    assert stored.inspected_on == dt.date(2026, 11, 25) and stored.over_cap_reason == ""
    tasks = {t.kind: t.state for t in loop.warnings.tasks(TODAY, warning_id=warning.id)}
    assert tasks["special_inspection"] == "done"


def test_inspection_at_the_cap_asks_for_a_reason(loop, qtbot, boxes, tmp_path) -> None:
    warning = warning_of(loop, ORANGE)
    for day in (dt.date(2026, 3, 1), dt.date(2026, 6, 1)):
        loop.warnings.record_inspection(
            InspectionRow("", warning.enterprise_id, AUTHORITY, day, "scheduled", "", "", ""),
            today=TODAY,
        )
    before = sqlite_content_dump(loop.db.engine)
    dlg = InspectionDialog(loop, warning, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.ui.countLabel.text().startswith("本年已检查2次 / 上限2次：已达上限")
    assert dlg.ui.overCapReasonEdit.isVisibleTo(dlg)
    type_text(qtbot, dlg.ui.findingsEdit, "复查整改情况")
    save(qtbot, dlg)  # no reason
    assert boxes.texts("error")[-1] == (
        "登记检查记录失败：超次数检查理由：县住房和城乡建设局2026年已对该企业现场检查2次，"
        "达到每年2次的上限；再次检查须填写理由"
    )
    assert dlg.ui.overCapReasonEdit.styleSheet()
    assert dlg.isVisible() and dlg.ui.findingsEdit.toPlainText() == "复查整改情况"
    assert sqlite_content_dump(loop.db.engine) == before
    shoot(dlg, tmp_path, "inspection_at_cap")
    # another authority (or another year) has its own count
    dlg.ui.authorityCombo.setCurrentText("县应急管理局")
    assert dlg.ui.countLabel.text() == "本年已检查0次 / 上限2次"
    assert not dlg.ui.overCapReasonEdit.isVisibleTo(dlg)
    dlg.ui.authorityCombo.setCurrentText(AUTHORITY)
    set_date(qtbot, dlg.ui.inspectedOnEdit, "2025-12-01")
    assert dlg.ui.countLabel.text() == "2025年已检查0次 / 上限2次"
    set_date(qtbot, dlg.ui.inspectedOnEdit, "2026-12-01")
    assert dlg.ui.overCapReasonEdit.isVisibleTo(dlg)
    type_text(qtbot, dlg.ui.overCapReasonEdit, "群众举报")
    save(qtbot, dlg)
    assert dlg.result_row is not None and dlg.result_row.over_cap_reason == "群众举报"
    assert loop.warnings.inspection_count(warning.enterprise_id, AUTHORITY, 2026) == 3
