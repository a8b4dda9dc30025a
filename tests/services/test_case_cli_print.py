"""``cases print CASE --kind KIND -o FILE.pdf`` through ``cli.main`` on a real file: the document
with its receipt written and read back, a reprint the same number, a document the case's steps
do not allow exits 1 with the reason and writes nothing."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from gaotai_desktop.cli import main
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import build_services

USCC = "91620724MA01AB2C3L"
ID1 = "620724196804246594"


def run(db_path, *args):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db_path), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join(p.extract_text() or "" for p in pdf.pages).replace(" ", "").replace("\n", "")


@pytest.fixture
def office(db, monkeypatch):
    import gaotai_desktop.services.container as container

    monkeypatch.setattr(container, "today", lambda: dt.date(2026, 11, 28))
    build_services(db).enterprises.create(
        EnterpriseInput(USCC, "高台县鑫源建筑工程有限公司", "建筑业", "城关镇"),
        today=dt.date(2026, 11, 28),
    )
    return db


def test_print_a_case_document_from_the_command_line(office, db_path, tmp_path):
    code, out, err = run(db_path, "cases", "add", "--uscc", USCC, "--worker", "孙秀英",
                         "--id-number", ID1, "--accident-date", "2026-09-10",
                         "--applied", "2026-09-16", "--applicant", "relative")  # fmt: skip
    assert code == 0, err
    case = out.strip()
    target = tmp_path / "accept.pdf"
    code, out, err = run(db_path, "cases", "print", case, "--kind", "acceptance", "-o", str(target))
    assert code == 1 and "尚未办理" in err and not target.exists()

    assert run(db_path, "cases", "decide", case, "--date", "2026-09-18", "--outcome", "不予受理",
               "--article", "《工伤保险条例》第十七条",
               "--reason", "申请超过1年时效且无正当理由")[0] == 0  # fmt: skip
    target = tmp_path / "not.pdf"
    code, out, err = run(db_path, "cases", "print", case, "--kind", "non_acceptance",
                         "-o", str(target))  # fmt: skip
    assert code == 0, err
    assert "高人社工伤不受〔2026〕1号" in out
    body = text(target)
    assert "孙秀英的近亲属：" in body and "你于2026年9月16日提交" in body
    assert "经审查，申请超过1年时效且无正当理由。依据《工伤保险条例》第十七条的规定" in body
    assert "送达回证" in body and "高台县鑫源建筑工程有限公司" in body and ID1 not in body
    again = tmp_path / "again.pdf"
    code, out, _ = run(db_path, "cases", "print", case, "--kind", "non_acceptance",
                       "-o", str(again), "--no-receipt")  # fmt: skip
    assert code == 0 and "高人社工伤不受〔2026〕1号" in out
    assert "送达回证" not in text(again)
