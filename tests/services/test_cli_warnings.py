"""``warnings list|deliver|feedback|evaluate`` and ``overdue`` through ``cli.main`` on a real file."""

from __future__ import annotations

import io
import json

import pytest

from gaotai_desktop.cli import main
from gaotai_desktop.data.engine import sqlite_content_dump

from .test_documents import county  # noqa: F401  (fixture)
from .test_warnings import ORANGE, YELLOW, loop  # noqa: F401  (fixture)


def run(db_path, *args):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db_path), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def doc_no(loop, uscc, kind):  # noqa: F811
    return next(d.doc_no for d in loop.document_store.list() if d.uscc == uscc and d.kind == kind)


def test_the_loop_from_the_command_line(loop, db_path) -> None:  # noqa: F811
    rect = doc_no(loop, ORANGE, "rectification")
    code, out, err = run(db_path, "warnings", "list", "--as-of", "2026-12-02", "--format", "json")
    assert code == 0, err
    rows = {(r["uscc"], r["tier"]): r for r in json.loads(out)}
    orange = rows[(ORANGE, "orange")]
    assert set(orange) == {"id", "uscc", "name", "tier", "year", "state", "documents",
                           "delivered_on", "feedback_due", "overdue"}  # fmt: skip
    assert orange["state"] == "issued" and rect in orange["documents"]
    assert orange["delivered_on"] is None and orange["feedback_due"] is None
    assert orange["overdue"] is False

    code, out, err = run(db_path, "warnings", "deliver", rect, "--date", "2026-11-10",
                         "--method", "直接送达", "--recipient", "李娜")  # fmt: skip
    assert code == 0, err
    assert "已送达" in out and "2026年11月25日前提交" in out

    code, out, _ = run(db_path, "overdue", "--as-of", "2026-12-02", "--format", "json")
    items = [i for i in json.loads(out) if i["kind"] == "warning"]
    assert [(i["uscc"], i["what"], i["due"], i["days_overdue"]) for i in items] == [
        (ORANGE, "rectification_report", "2026-11-25", 7)
    ]
    code, out, _ = run(db_path, "warnings", "list", "--as-of", "2026-12-02", "--format", "json")
    assert {r["uscc"]: r for r in json.loads(out) if r["tier"] == "orange"}[ORANGE]["overdue"]

    # refused: evaluation before feedback; nothing changes, exit 1, reason on stderr
    before = sqlite_content_dump(loop.db.engine)
    code, out, err = run(db_path, "warnings", "evaluate", rect, "--date", "2026-12-01",
                         "--result", "effective")  # fmt: skip
    assert code == 1 and out == ""
    assert "须先登记企业的整改反馈" in err
    assert sqlite_content_dump(loop.db.engine) == before

    assert run(db_path, "warnings", "feedback", rect, "--date", "2026-12-01",
               "--text", "已提交整改报告")[0] == 0  # fmt: skip
    code, out, err = run(db_path, "warnings", "evaluate", orange["id"], "--date", "2026-12-02",
                         "--result", "ineffective", "--note", "仍有隐患")  # fmt: skip
    assert code == 0, err
    assert "已重新打开" in out and "2026年12月17日前提交" in out
    code, out, _ = run(db_path, "warnings", "list", "--format", "json", "--as-of", "2026-12-02")
    orange = {(r["uscc"], r["tier"]): r for r in json.loads(out)}[(ORANGE, "orange")]
    assert (orange["state"], orange["feedback_due"]) == ("reopened", "2026-12-17")


def test_usage_and_refusals(loop, db_path) -> None:  # noqa: F811
    code, _, err = run(db_path, "warnings", "deliver", "高人社工伤改〔2026〕99号", "--date",
                       "2026-11-10", "--recipient", "李娜")  # fmt: skip
    assert code == 1 and "未找到文书" in err
    risk = doc_no(loop, YELLOW, "risk_notice")
    code, _, err = run(db_path, "warnings", "deliver", risk, "--date", "2026-11-10",
                       "--method", "留置送达")  # fmt: skip
    assert code == 1 and "拒收理由" in err
    with pytest.raises(SystemExit) as usage:
        run(db_path, "warnings", "deliver", risk, "--date", "2026-13-01")
    assert usage.value.code == 2
