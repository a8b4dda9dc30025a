"""More records travel: a recognition-case intake taken on a home visit and the delivery of an
office letter recorded on a laptop reach the office through the packages (office -> laptop ->
office), with what the delivery changes in the warning; the receipt brings the laptop up to date;
a document delivered at both ends is a conflict, not a crash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from gaotai_desktop.data.models import (
    CaseEvent,
    CaseMaterial,
    Delivery,
    Document,
    InvestigationRecord,
    RecognitionCase,
    WarningEvent,
    WarningRecord,
)
from gaotai_desktop.domain.cases import CaseInput, Channel
from gaotai_desktop.domain.documents import InvestigationInput
from gaotai_desktop.domain.identifiers import uscc_check_char
from gaotai_desktop.domain.loop import DeliveryFacts
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services.container import build_services, open_services

TODAY = dt.date(2026, 11, 28)
PASS = "口令-2026"


def uscc(i: int) -> str:
    first = f"91620724MA{i:07d}"
    return first + uscc_check_char(first)


def office_with_a_letter(db, db_path: Path, tmp_path: Path):
    """An office that issued a yellow warning's letter, and a laptop checked out after it."""
    office = build_services(db, location=db_path, backup_dir=tmp_path / "backups")
    office.enterprises.create(EnterpriseInput(uscc=uscc(1), name="高台县外访有限公司"), today=TODAY)
    office.accidents.record(
        AccidentInput(uscc=uscc(1), occurred_on=dt.date(2026, 11, 2),
                      persons=(PersonInput(name="张三"),)),
        today=TODAY,
    )  # fmt: skip
    report = office.issuing.issue_due(TODAY, today=TODAY)
    assert report.ok and report.issued
    letter = next(d for d in report.issued if d.kind == "risk_notice")
    office.sync.enroll("笔记本一", PASS, tmp_path / "co.gsync")
    laptop = open_services(tmp_path / "l.sqlite", backup_dir=tmp_path / "lb", actor="外出科员")
    laptop.sync.checkout((tmp_path / "co.gsync").read_bytes(), PASS)
    return office, laptop, letter.doc_no


def rows(services, model, **where):
    with services.db.transaction() as s:
        stmt = select(model)
        for k, v in where.items():
            stmt = stmt.where(getattr(model, k) == v)
        return [{c.name: getattr(r, c.key) for c in model.__table__.c} for r in s.scalars(stmt)]


def test_case_intake_and_delivery_round_trip(db, db_path, tmp_path):
    office, laptop, doc_no = office_with_a_letter(db, db_path, tmp_path)
    try:
        assert rows(laptop, WarningRecord)[0]["state"] == "issued"
        (copy,) = rows(laptop, Document, doc_no=doc_no)
        assert copy["pdf"] == b"", "the register travels, not the PDFs"
        case = laptop.cases.add(
            CaseInput(uscc=uscc(1), worker_name="张三", id_number="620724198001010018",
                      accident_date=dt.date(2026, 11, 2), applied=TODAY,
                      channel=Channel.HOME_VISIT),
            today=TODAY,
        )  # fmt: skip
        laptop.case_documents.save_record(
            case.id,
            InvestigationInput(
                started_at=dt.datetime(2026, 11, 28, 9, 30), place="张三家中",
                staff=(("王敏", "62070001"), ("李强", "62070002")), person_name="张三",
                person_id_number="620724198001010018", qa=(("事故经过？", "从脚手架上摔下"),),
            ),
            today=TODAY,
        )  # fmt: skip
        laptop.warnings.deliver(
            doc_no, DeliveryFacts(delivered_on=TODAY, recipient="马晓东"), today=TODAY
        )
        assert laptop.sync.status().pending >= 6
        laptop.sync.export(PASS, tmp_path / "c.gsync")
        outcome = office.sync.import_package(
            (tmp_path / "c.gsync").read_bytes(), PASS, receipt=tmp_path / "r.gsync"
        )
        assert outcome.conflicts == 0, office.sync.conflicts()
        # the intake at the office, with its materials and its first step
        (at_office,) = rows(office, RecognitionCase, id=case.id)
        assert at_office["channel"] == "home_visit" and at_office["worker_name"] == "张三"
        assert rows(office, CaseEvent, case_id=case.id)
        (record,) = rows(office, InvestigationRecord, case_id=case.id)  # the 调查笔录 taken there
        assert record["place"] == "张三家中" and "从脚手架上摔下" in record["qa"]
        assert len(rows(office, CaseMaterial, case_id=case.id)) == len(
            rows(laptop, CaseMaterial, case_id=case.id)
        )
        # the delivery, and the warning delivered with its clock started
        (delivery,) = rows(office, Delivery)
        assert delivery["recipient"] == "马晓东" and delivery["delivered_on"] == TODAY
        (warning,) = rows(office, WarningRecord)
        assert warning["state"] == "delivered" and warning["feedback_due"] is not None
        assert [e["to_state"] for e in rows(office, WarningEvent)][-1] == "delivered"
        # the receipt: nothing pending, the laptop's copy at the office's versions
        laptop.sync.import_package((tmp_path / "r.gsync").read_bytes(), PASS)
        assert laptop.sync.status().pending == 0
        assert rows(laptop, WarningRecord)[0]["row_version"] == warning["row_version"]
        # an office letter issued later reaches the laptop with the next receipt
        office.accidents.record(
            AccidentInput(uscc=uscc(1), occurred_on=dt.date(2026, 11, 20),
                          persons=(PersonInput(name="李四"),)),
            today=TODAY,
        )  # fmt: skip
        assert office.issuing.issue_due(TODAY, today=TODAY).issued
        laptop.sync.export(PASS, tmp_path / "c2.gsync")
        office.sync.import_package(
            (tmp_path / "c2.gsync").read_bytes(), PASS, receipt=tmp_path / "r2.gsync"
        )
        laptop.sync.import_package((tmp_path / "r2.gsync").read_bytes(), PASS)
        tiers = sorted(w["tier"] for w in rows(laptop, WarningRecord))
        assert tiers == sorted(w["tier"] for w in rows(office, WarningRecord)) and len(tiers) == 2
    finally:
        laptop.dispose()


def test_one_document_delivered_at_both_ends_is_a_conflict(db, db_path, tmp_path):
    office, laptop, doc_no = office_with_a_letter(db, db_path, tmp_path)
    try:
        laptop.warnings.deliver(
            doc_no, DeliveryFacts(delivered_on=TODAY, recipient="笔记本签收人"), today=TODAY
        )
        laptop.sync.export(PASS, tmp_path / "c.gsync")
        office.warnings.deliver(
            doc_no, DeliveryFacts(delivered_on=TODAY, recipient="办公室签收人"), today=TODAY
        )
        outcome = office.sync.import_package(
            (tmp_path / "c.gsync").read_bytes(), PASS, receipt=tmp_path / "r.gsync"
        )
        assert outcome.conflicts >= 1
        kinds = {(c.table, c.kind) for c in office.sync.conflicts()}
        assert ("delivery", "duplicate") in kinds
        (delivery,) = rows(office, Delivery)
        assert delivery["recipient"] == "办公室签收人", "never a silent overwrite"
        # the receipt replaces the laptop's copy by the office's
        laptop.sync.import_package((tmp_path / "r.gsync").read_bytes(), PASS)
        assert [d["recipient"] for d in rows(laptop, Delivery)] == ["办公室签收人"]
        assert laptop.sync.status().pending == 0
    finally:
        laptop.dispose()
