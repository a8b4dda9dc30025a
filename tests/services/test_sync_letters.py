"""No letter for an enterprise with an open sync conflict: it is left out of the run and reported
as not issued, with the reason naming it; once the conflict is settled the letter is issued."""

from __future__ import annotations

import dataclasses
import datetime as dt

from gaotai_desktop.domain.identifiers import uscc_check_char
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services.container import build_services, open_services
from gaotai_desktop.texts import error_text

TODAY = dt.date(2026, 11, 28)
PASS = "口令-2026"


def uscc(i: int) -> str:
    first = f"91620724MA{i:07d}"
    return first + uscc_check_char(first)


def edit_phone(services, code: str, phone: str) -> None:
    row = services.enterprises.find_by_uscc(code)
    data = EnterpriseInput(uscc=row.uscc, name=row.name, phone=row.phone)
    services.enterprises.update(row.id, dataclasses.replace(data, phone=phone), today=TODAY)


def test_no_letter_while_a_conflict_is_open(db, db_path, tmp_path):
    office = build_services(db, location=db_path, backup_dir=tmp_path / "backups")
    names = {1: "高台县争议有限公司", 2: "高台县无争议有限公司"}
    for i, name in names.items():
        office.enterprises.create(EnterpriseInput(uscc=uscc(i), name=name), today=TODAY)
        office.accidents.record(
            AccidentInput(uscc=uscc(i), occurred_on=dt.date(2026, 11, 2),
                          persons=(PersonInput(name="张三"),)),
            today=TODAY,
        )  # fmt: skip
    office.sync.enroll("笔记本一", PASS, tmp_path / "co.gsync")
    laptop = open_services(tmp_path / "l.sqlite", backup_dir=tmp_path / "lb", actor="外出科员")
    try:
        laptop.sync.checkout((tmp_path / "co.gsync").read_bytes(), PASS)
        edit_phone(laptop, uscc(1), "111")
        laptop.sync.export(PASS, tmp_path / "c.gsync")
    finally:
        laptop.dispose()
    edit_phone(office, uscc(1), "222")
    assert office.sync.import_package((tmp_path / "c.gsync").read_bytes(), PASS).conflicts == 1
    disputed = office.enterprises.find_by_uscc(uscc(1))
    assert office.sync.open_conflict_enterprises() == {disputed.id: (uscc(1), names[1])}

    report = office.issuing.issue_due(TODAY, today=TODAY)
    issued_for = {code for d in report.issued for code, _ in d.subjects}
    assert uscc(1) not in issued_for and uscc(2) in issued_for
    assert report.failed and all(f.subjects == ((uscc(1), names[1]),) for f in report.failed)
    reason = error_text(report.failed[0].reason)
    assert "高台县争议有限公司存在未解决的同步冲突" in reason

    (c,) = office.sync.conflicts()
    office.sync.resolve(c.id, "office", "以办公室电话为准")
    again = office.issuing.issue_due(TODAY, today=TODAY)
    assert not again.failed
    assert {code for d in again.issued for code, _ in d.subjects} == {uscc(1)}
