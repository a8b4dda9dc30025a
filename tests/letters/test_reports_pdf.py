"""The reports as PDF (parsed back) and .xlsx, and the charts' labels against the font."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from gaotai_desktop.domain.errors import MissingGlyphs
from gaotai_desktop.letters import FontSet, charts

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def services(db, db_path, tmp_path, fixtures):
    from gaotai_desktop.services.container import build_services

    s = build_services(db, location=db_path, backup_dir=tmp_path / "backups")
    s.importer.run("enterprises", fixtures / "enterprises_sample.xlsx", today=TODAY)
    s.importer.run("incidents", fixtures / "incidents_sample.xlsx", today=TODAY)
    return s


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages).replace(" ", "")


def test_monthly_bulletin_pdf_reads_back(services):
    report = services.reports.monthly("2026-09", TODAY)
    pdf = services.reports.pdf(report, TODAY)
    text = text_of(pdf)
    assert "高台县人力资源和社会保障局文件" in text
    assert "关于2026年9月全县工伤事故和" in text
    assert "全县累计发生工伤事故9起，去年同期1起，同比上升800.0%" in text.replace("\n", "")
    assert "各月工伤事故起数" in text  # the chart's title, drawn as text
    assert "高台县金川化工有限公司" in text  # reached red this month
    assert "抄送：" in text and "印发" in text
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert doc.pages[0].width == pytest.approx(595.28, abs=0.1)
        tables = [t for p in doc.pages for t in p.extract_tables()]
    towns = next(t for t in tables if t and t[0] and t[0][0] == "乡镇")
    row = next(r for r in towns if r[0] == "南华镇")
    assert row[1:5] == ["1", "0", "3", "0"]
    total = next(r for r in towns if r[0] == "合计")
    assert total[1:5] == ["1", "0", "9", "1"]


def test_weekly_and_quarterly_pdfs_read_back(services):
    weekly = services.reports.weekly("2026-W48", TODAY)
    text = text_of(services.reports.pdf(weekly, TODAY))
    assert "工伤预防分级预警周调度清单" in text and "2026年第48周" in text
    assert "本周没有到期或逾期的事项" in text
    quarterly = services.reports.quarterly("2026-Q3", TODAY)
    text = text_of(services.reports.pdf(quarterly, TODAY))
    assert "工伤预防分级预警季度测评" in text and "2026年第三季度" in text
    assert "分乡镇测评" in text and "骆驼城镇" in text


def test_report_xlsx_has_title_period_and_frozen_header(services):
    from openpyxl import load_workbook

    report = services.reports.monthly("2026-09", TODAY)
    wb = load_workbook(io.BytesIO(services.reports.xlsx(report)))
    assert wb.sheetnames == [
        "概况",
        "分乡镇",
        "分行业",
        "分类别",
        "各月",
        "等级上升企业",
        "逾期事项",
    ]
    ws = wb["分乡镇"]
    assert ws["A1"].value == "工伤预防分级预警月通报（分乡镇）"
    assert "2026年9月" in ws["A2"].value and "2026年9月30日" in ws["A2"].value
    assert ws.freeze_panes == "A4"
    rows = {r[0]: r for r in ws.iter_rows(min_row=4, values_only=True)}
    assert rows["南华镇"][1:5] == (1, 0, 3, 0)
    assert rows["合计"][3] == 9
    summary = dict(wb["概况"].iter_rows(min_row=4, values_only=True))
    assert summary["本年累计"] == 9 and summary["去年同期"] == 1


def test_every_chart_label_is_in_the_font(services):
    stats = services.reports.statistics(TODAY)
    fonts = FontSet.bundled()
    drawn = charts.statistics_charts(stats, fonts, 400, 220)
    texts = [t for d in drawn for t in charts.chart_texts(d)]
    assert "城关镇" in texts and "黄色预警" in texts and "2026年" in texts and "11月" in texts
    for d in drawn:
        charts.check_chart(d, fonts)  # raises on a missing glyph
    with pdfplumber.open(io.BytesIO(charts.statistics_page(stats, fonts))) as doc:
        assert len(doc.pages) == 1
        page_text = doc.pages[0].extract_text().replace(" ", "")
    assert "各乡镇工伤事故起数" in page_text and "预警等级分布" in page_text


def test_a_label_missing_from_the_font_is_refused(services):
    from dataclasses import replace

    from gaotai_desktop.domain.reports import Breakdown

    stats = services.reports.statistics(TODAY)
    odd = replace(stats, by_category=(Breakdown("\U0002a6a5伤害", ytd=1),))  # a CJK ext-B char
    d = charts.breakdown_chart(odd, odd.by_category, "类别", FontSet.bundled(), 300, 200)
    with pytest.raises(MissingGlyphs):
        charts.check_chart(d, FontSet.bundled())
