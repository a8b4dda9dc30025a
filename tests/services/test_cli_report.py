"""``gaotai-desktop report …``: JSON, PDF and .xlsx outputs, bad periods."""

from __future__ import annotations

import io
import json

import pytest

from gaotai_desktop.cli import main


@pytest.fixture
def sample_db(db, db_path, fixtures):
    import datetime as dt

    from gaotai_desktop.services.container import build_services

    s = build_services(db)
    today = dt.date(2026, 11, 28)
    s.importer.run("enterprises", fixtures / "enterprises_sample.xlsx", today=today)
    s.importer.run("incidents", fixtures / "incidents_sample.xlsx", today=today)
    return str(db_path)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_monthly_json(sample_db):
    code, out, err = run("--db", sample_db, "report", "monthly", "--period", "2026-09",
                         "--format", "json", "--today", "2026-11-28")  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["period"] == "2026-09"
    assert (data["accidents"], data["accidents_ytd"], data["accidents_last_ytd"]) == (1, 9, 1)
    assert data["by_township"]["南华镇"] == {"month": 1, "last_month": 0, "ytd": 3, "last_ytd": 0}
    assert sum(t["ytd"] for t in data["by_township"].values()) == 9
    assert data["warnings_issued"] == 0 and data["overdue"] == 0
    assert data["tiers_reached"][0]["tier"] == "red"


def test_weekly_and_quarterly_json(sample_db):
    code, out, _ = run("--db", sample_db, "report", "weekly", "--period", "2026-W48",
                       "--format", "json", "--today", "2026-11-28")  # fmt: skip
    assert code == 0 and json.loads(out)["items"] == []
    code, out, _ = run("--db", sample_db, "report", "quarterly", "--period", "2026-Q4",
                       "--format", "json", "--today", "2026-11-28")  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data["total"]["warnings"] == 0 and len(data["townships"]) == 9


@pytest.mark.parametrize("kind,period", [("monthly", "2026-13"), ("weekly", "2026-11"),
                                         ("quarterly", "Q4")])  # fmt: skip
def test_bad_period_exits_2_in_chinese(sample_db, kind, period):
    code, out, err = run("--db", sample_db, "report", kind, "--period", period, "--format", "json")
    assert code == 2 and out == ""
    assert "不是有效的统计期" in err and period in err


def test_future_period_is_refused(sample_db):
    code, _out, err = run("--db", sample_db, "report", "monthly", "--period", "2026-12",
                          "--format", "json", "--today", "2026-11-28")  # fmt: skip
    assert code == 1 and "尚未开始" in err


def test_pdf_and_xlsx_outputs(sample_db, tmp_path):
    pdf = tmp_path / "月通报.pdf"
    code, out, err = run("--db", sample_db, "report", "monthly", "--period", "2026-11",
                         "-o", str(pdf), "--today", "2026-11-28")  # fmt: skip
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and "2026年11月" in out
    xlsx = tmp_path / "季测评.xlsx"
    code, _, err = run("--db", sample_db, "report", "quarterly", "--period", "2026-Q4",
                       "-o", str(xlsx), "--today", "2026-11-28")  # fmt: skip
    assert code == 0, err
    from openpyxl import load_workbook

    assert load_workbook(xlsx).sheetnames == ["分乡镇", "分企业", "预防培训"]
    code, _, err = run("--db", sample_db, "report", "weekly", "--period", "2026-W48",
                       "-o", str(tmp_path / "x.docx"), "--today", "2026-11-28")  # fmt: skip
    assert code == 1 and ".pdf" in err
    code, _, err = run("--db", sample_db, "report", "weekly", "--period", "2026-W48",
                       "-o", sample_db, "--today", "2026-11-28")  # fmt: skip
    assert code == 1
