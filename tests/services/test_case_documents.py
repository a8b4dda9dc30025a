"""Case documents through CaseDocumentService on a real SQLite file: each document numbered from
its own counter, stored with its receipts, reprinted as stored, a new round a new document, and
every printed fact read back from the PDF against the records (names, dates, items, numbers,
article); the 调查笔录 kept with the case and printed back."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from gaotai_desktop.domain.cases import CaseInput
from gaotai_desktop.domain.documents import InvestigationInput
from gaotai_desktop.domain.errors import NotFound, ValidationError
from gaotai_desktop.domain.identifiers import id_check_char
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import build_services
from gaotai_desktop.texts import error_text

D = dt.date
TODAY = D(2026, 11, 28)
USCC = "91620724MA01AB2C3L"
EMPLOYER = "高台县盛鑫堃化工有限公司"
ID1 = "620724196804246594"
MASKED = "620724********6594"


@pytest.fixture
def services(db):
    services = build_services(db)
    services.enterprises.create(
        EnterpriseInput(USCC, EMPLOYER, "化工", "城关镇", "县应急管理局"), today=TODAY
    )
    return services


def new_case(services, applicant="worker"):
    data = CaseInput(USCC, "孙秀英", ID1, D(2026, 8, 25), D(2026, 9, 1), applicant=applicant)
    return services.cases.add(data, today=TODAY)


def text(data: bytes) -> str:
    pages = pdfplumber.open(io.BytesIO(data)).pages
    return "".join(p.extract_text() or "" for p in pages).replace(" ", "").replace("\n", "")


def page_count(data: bytes) -> int:
    return len(pdfplumber.open(io.BytesIO(data)).pages)


def test_the_missing_list_of_each_round_is_its_own_numbered_document(services):
    case = new_case(services)
    docs = services.case_documents
    assert docs.available(case.id) == []
    with pytest.raises(ValidationError) as refused:
        docs.issue(case.id, "missing")
    assert "尚未办理" in error_text(refused.value)
    services.cases.missing(case.id, on=D(2026, 9, 3), items="劳动关系证明、医疗诊断证明",
                           today=TODAY)  # fmt: skip
    first = docs.issue(case.id, "missing")
    assert first.doc_no == "高人社工伤补〔2026〕1号"
    assert (first.kind, first.issue_date) == ("case_missing", D(2026, 9, 3))
    assert first.kind_label == "工伤认定申请材料补正告知书"
    assert [d.doc_no for d in services.document_store.unprinted()] == [first.doc_no]
    assert docs.issue(case.id, "missing").id == first.id  # a reprint is the same document
    services.cases.complete(case.id, on=D(2026, 9, 10), today=TODAY)
    services.cases.missing(case.id, on=D(2026, 9, 14), items="工伤认定申请表", today=TODAY)
    second = docs.issue(case.id, "missing")
    assert second.doc_no == "高人社工伤补〔2026〕2号" and second.id != first.id
    old = text(services.document_store.pdf(first.id))
    assert "劳动关系证明" in old and "医疗诊断证明" in old and "2026年9月3日" in old
    new = text(services.document_store.pdf(second.id))
    assert "1.工伤认定申请表" in new and "劳动关系证明" not in new
    assert "（共1项）" in new and "第2次补正告知" in new and "2026年9月14日作出" in new
    assert "自收到最后一项补正材料之日起重新计算15日" in new
    assert [d.doc_no for d in docs.issued(case.id)] == [first.doc_no, second.doc_no]


def test_acceptance_to_decision_documents_print_the_records(services):
    case = new_case(services)
    docs = services.case_documents
    services.cases.accept(case.id, on=D(2026, 9, 7), today=TODAY)
    services.cases.suspend(case.id, on=D(2026, 9, 20), reason="劳动关系争议正在劳动仲裁",
                           today=TODAY)  # fmt: skip
    services.cases.resume(case.id, on=D(2026, 10, 9), today=TODAY)
    services.cases.decide(case.id, on=D(2026, 11, 2), outcome="认定工伤",
                          article="《工伤保险条例》第十四条第（一）项", today=TODAY)  # fmt: skip
    assert [k.short for k in docs.available(case.id)] == ["acceptance", "suspension", "decision"]

    acceptance = docs.pdf(case.id, "acceptance")
    row = docs.issued(case.id)[0]
    body = text(services.document_store.pdf(row.id))
    assert row.doc_no == "高人社工伤受〔2026〕1号" and row.doc_no in body
    assert "工伤认定申请受理决定书" in body and "孙秀英：" in body  # the worker applied
    # accepted Mon 7 Sep + 60 = Fri 6 Nov
    assert "自2026年9月7日起予以受理" in body and "60日内（2026年11月6日前）" in body
    assert f"孙秀英（{MASKED}）" in body and ID1 not in body
    assert EMPLOYER in body and USCC in body and "2026年9月1日提交" in body
    assert f"抄送：{EMPLOYER}" in body  # the employer did not apply
    # the receipts: one for the applicant, one for the employer
    assert page_count(acceptance) == page_count(services.document_store.pdf(row.id)) + 2
    receipts = text(acceptance)
    assert receipts.count("送达回证") == 2 and row.doc_no in receipts

    suspension = text(docs.pdf(case.id, "suspension", with_receipt=False))
    assert "工伤认定中止通知书" in suspension and "劳动关系争议正在劳动仲裁" in suspension
    assert "自2026年9月20日起中止" in suspension and "高人社工伤中〔2026〕1号" in suspension

    decision = text(docs.pdf(case.id, "decision", with_receipt=False))
    assert "认定工伤决定书送达函" in decision and "高人社工伤送〔2026〕1号" in decision
    assert "已于2026年11月2日依据《工伤保险条例》第十四条第（一）项作出认定工伤的决定" in decision
    assert "60日内" in decision and "6个月内" in decision
    with pytest.raises(ValidationError):
        docs.issue(case.id, "non_acceptance")


def test_non_acceptance_prints_reason_article_and_remedies_to_the_employer(services):
    case = new_case(services, applicant="employer")
    services.cases.not_accept(case.id, on=D(2026, 9, 8), article="《工伤认定办法》第八条",
                              reason="申请人不是该职工的用人单位", today=TODAY)  # fmt: skip
    pdf = services.case_documents.pdf(case.id, "non_acceptance")
    body = text(pdf)
    assert f"{EMPLOYER}：" in body and "你单位于2026年9月1日提交" in body
    assert "经审查，申请人不是该职工的用人单位。依据《工伤认定办法》第八条的规定" in body
    assert "自收到本决定书之日起60日内" in body and "6个月内依法向人民法院提起行政诉讼" in body
    assert "高人社工伤不受〔2026〕1号" in body and "抄送" not in body
    assert body.count("送达回证") == 1  # the employer applied: served once


def test_unknown_case_and_kind_are_refused(services):
    with pytest.raises(NotFound):
        services.case_documents.issue("no-such-case-id", "acceptance")
    case = new_case(services)
    with pytest.raises(ValidationError):
        services.case_documents.issue(case.id, "verdict")


RECORD = InvestigationInput(
    started_at=dt.datetime(2026, 11, 20, 9, 30),
    ended_at=dt.datetime(2026, 11, 20, 10, 45),
    place="骆驼城镇建康村孙秀英家中",
    staff=(("王敏", "62072400123"), ("李强", "62072400456")),
    person_name="张桂兰",
    person_gender="女",
    person_id_number="62072419900101123" + id_check_char("62072419900101123"),
    person_relation="同事（事故目击者）",
    person_phone="13909361234",
    qa=(("事故发生时你在哪里？", "我在旁边的工位上，看见她从梯子上摔下来。"),
        ("当时是几点？", "上午十点左右。")),
)  # fmt: skip


def test_an_investigation_record_is_kept_and_printed_back(services):
    case = new_case(services)
    docs = services.case_documents
    saved = docs.save_record(case.id, RECORD, today=TODAY)
    assert [r.id for r in docs.records(case.id)] == [saved.id]
    assert saved.record.qa == RECORD.qa and saved.record.staff == RECORD.staff
    pdf = docs.record_pdf_of(saved.id)
    body = text(pdf)
    assert "调查笔录" in body and "孙秀英工伤认定" in body and EMPLOYER in body
    assert "王敏（执法证号：62072400123）" in body and "李强（执法证号：62072400456）" in body
    assert "张桂兰" in body and "同事（事故目击者）" in body and "13909361234" in body
    assert "620724********1235"[:6] in body and RECORD.person_id_number not in body  # masked
    assert "问：事故发生时你在哪里？" in body and "答：上午十点左右。" in body
    assert "2026年11月20日上午9时30分至上午10时45分" in body
    pages = pdfplumber.open(io.BytesIO(pdf)).pages
    for n, page in enumerate(pages, 1):  # every page is confirmed and signed, x of y
        one = (page.extract_text() or "").replace(" ", "").replace("\n", "")
        assert "以上笔录我已看过，与我说的相符。被调查人（签名）：调查人（签名）：" in one
        assert f"第{n}页共{len(pages)}页" in one
    full = text(docs.record_pdf(case.id, RECORD.__class__(**{**RECORD.__dict__, "full_id": True})))
    assert RECORD.person_id_number in full
    blank = text(docs.record_pdf(case.id))
    assert "调查人：执法证号：" in blank and "问：答：" in blank and "张桂兰" not in blank
    # a first answer without a question answers the opening caution, no empty 问： printed
    opened = RECORD.__class__(**{**RECORD.__dict__, "qa": (("", "听清楚了。"), *RECORD.qa)})
    body = text(docs.record_pdf(case.id, opened))
    at = [body.index(t) for t in ("你听清楚了吗？", "答：听清楚了。", "问：事故发生时你在哪里？")]
    assert at == sorted(at)  # (a page may end between them)
    assert "问：答：" not in body and body.count("问：") == 3


def test_an_incomplete_investigation_record_is_refused(services):
    from dataclasses import replace

    case = new_case(services)
    docs = services.case_documents
    for bad, field in (
        (replace(RECORD, staff=(("王敏", ""), ("李强", "1"))), "investigation_cert1"),
        (replace(RECORD, qa=(("", ""),)), "investigation_qa"),
        (replace(RECORD, place=" "), "investigation_place"),
        (replace(RECORD, person_id_number="620724199001011230"), "investigation_id"),
    ):
        with pytest.raises(ValidationError) as refused:
            docs.save_record(case.id, bad, today=TODAY)
        assert refused.value.field == field
    assert docs.records(case.id) == []


def test_questions_and_answers_typed_as_lines() -> None:
    from gaotai_desktop.domain.documents import format_qa, parse_qa

    typed = "问：你在哪里工作？\n答：在搅拌站，\n开罐车。\n\n问:几点发生的？\n答：上午十点。\n答：大概十点半。"
    assert parse_qa(typed) == (
        ("你在哪里工作？", "在搅拌站，开罐车。"),
        ("几点发生的？", "上午十点。"),
        ("", "大概十点半。"),
    )
    assert parse_qa(format_qa(parse_qa(typed))) == parse_qa(typed)
    assert parse_qa("没有前缀的一句") == (("没有前缀的一句", ""),)
