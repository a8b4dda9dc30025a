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


def test_an_administrator_sets_a_case_documents_prefix(office, db_path, tmp_path):
    code, _, err = run(db_path, "settings", "set", "prefix.case_acceptance=高人社伤受字")
    assert code == 0, err
    code, out, err = run(db_path, "cases", "add", "--uscc", USCC, "--worker", "孙秀英",
                         "--id-number", ID1, "--accident-date", "2026-09-10",
                         "--applied", "2026-09-16")  # fmt: skip
    assert code == 0, err
    case = out.strip()
    assert run(db_path, "cases", "accept", case, "--date", "2026-09-18")[0] == 0
    target = tmp_path / "a.pdf"
    code, out, err = run(db_path, "cases", "print", case, "--kind", "acceptance", "-o", str(target))
    assert code == 0, err
    assert "高人社伤受字〔2026〕1号" in out and "高人社伤受字〔2026〕1号" in text(target)
    code, _, err = run(db_path, "settings", "set", "prefix.case_nonsense=X")
    assert code == 1 and "prefix.case_acceptance" in err


def test_an_investigation_record_from_the_command_line(office, db_path, tmp_path, capsys):
    """``cases record``: the questions and answers from a text file (GBK too), kept with the case
    and printed back; missing parts exit 2 naming them, a bad ID number exits 1 naming the field,
    and nothing is kept; ``--blank`` prints the form to fill in by hand."""
    code, out, err = run(db_path, "cases", "add", "--uscc", USCC, "--worker", "孙秀英",
                         "--id-number", ID1, "--accident-date", "2026-09-10",
                         "--applied", "2026-09-16")  # fmt: skip
    case = out.strip()
    qa = tmp_path / "qa.txt"
    qa.write_text("问：事故发生在什么时间？\n答：2026年9月10日上午十点左右。\n问：当时在做什么？\n"
                  "答：在二号楼三层绑扎钢筋，\n脚手板断裂摔下。\n", encoding="gbk")  # fmt: skip
    base = ["cases", "record", case, "--place", "高台县鑫源建筑工程有限公司办公室",
            "--staff", "张明:62072400123", "--staff", "李娜：62072400456",
            "--person", "王建国", "--gender", "男", "--relation", "同事",
            "--phone", "13909361234", "--qa", str(qa)]  # fmt: skip
    code, out, err = run(db_path, *base)
    assert code == 2 and "--started" in err  # a missing part is named
    with pytest.raises(SystemExit) as usage:  # argparse: usage, exit 2, the format named
        run(db_path, *base, "--started", "2026-09-20")
    assert usage.value.code == 2
    assert "应为 YYYY-MM-DD HH:MM" in capsys.readouterr().err
    code, out, err = run(db_path, *base, "--started", "2026-09-20 09:30",
                         "--id-number", "620724198001010019")  # fmt: skip
    assert code == 1 and "被调查人身份证号" in err
    services = build_services(office)
    assert services.case_documents.records(case) == []  # nothing kept

    target = tmp_path / "record.pdf"
    code, out, err = run(db_path, *base, "--started", "2026-09-20 09:30",
                         "--ended", "2026-09-20 10:15", "--id-number", "620724198001010018",
                         "-o", str(target))  # fmt: skip
    assert code == 0, err
    assert "已保存调查笔录：王建国，2026-09-20 09:30，3问2答（含开头的告知）" in out
    (row,) = services.case_documents.records(case)
    assert row.record.qa == (("事故发生在什么时间？", "2026年9月10日上午十点左右。"),
                             ("当时在做什么？", "在二号楼三层绑扎钢筋，脚手板断裂摔下。"))  # fmt: skip
    assert row.record.staff == (("张明", "62072400123"), ("李娜", "62072400456"))
    body = text(target)
    assert "调查笔录" in body and "王建国" in body and "张明" in body and "62072400456" in body
    assert "在二号楼三层绑扎钢筋，脚手板断裂摔下。" in body
    assert "620724198001010018" not in body  # masked unless --full-id

    blank = tmp_path / "blank.pdf"
    code, out, err = run(db_path, "cases", "record", case, "--blank", "-o", str(blank))
    assert code == 0, err
    assert "孙秀英工伤认定" in text(blank) and "王建国" not in text(blank)
    code, out, err = run(db_path, "cases", "record", case, "--blank", "--place", "x", "-o",
                         str(blank))  # fmt: skip
    assert code == 2 and "--blank" in err
