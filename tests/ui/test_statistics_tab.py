"""统计 tab: this year against last year, charts drawn by the reports' chart code, exports."""

from __future__ import annotations

import datetime as dt

from gaotai_desktop.data.models import AwardRestriction, Enterprise


def show_statistics(qtbot, window):
    tab = window.statistics_tab
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        window.tabs.setCurrentWidget(tab)
    return tab


def test_statistics_tab_shows_this_year_against_last(qtbot, window, tmp_path):
    tab = show_statistics(qtbot, window)
    text = tab.summary.text()
    # sample: 9 counted accidents in 2026 to 11-28, 2 in 2025 to 11-28
    assert "2026年累计发生工伤事故9起" in text and "2025年同期2起" in text
    assert "同比上升350.0%" in text
    assert "红色预警1家" in text and "橙色预警2家" in text
    assert tab.stats.by_month[2].this == 2  # March
    image = tab.chart_image
    assert image is not None and image.width() > 500
    # the chart is drawn: dark blue bars of this year are on it
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}  # fmt: skip
    assert "#1f4e79" in colours
    tab.grab().save(str(tmp_path / "statistics.png"))


def test_statistics_tab_exports_reports_and_restrictions(qtbot, window, boxes, tmp_path):
    services = window.services
    with services.db.transaction() as s:
        eid = s.query(Enterprise.id).filter(Enterprise.uscc == "91620724MALU7N7H7R").scalar()
        s.add(AwardRestriction(enterprise_id=eid, year=2026, until=dt.date(2026, 12, 31),
                               **services.db.stamp()))  # fmt: skip
    tab = show_statistics(qtbot, window)
    assert tab.model.rowCount() == 1 and "共1家" in tab.count_label.text()
    assert tab.report_period.text() == "2026-11"
    pdf = tab.export_report(".pdf", tmp_path / "月通报.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    tab.report_kind.setCurrentIndex(2)
    assert tab.report_period.text() == "2026-Q4"
    xlsx = tab.export_report(".xlsx", tmp_path / "季测评.xlsx")
    assert xlsx is not None and xlsx.stat().st_size > 0
    tab.report_period.setText("2026-Q7")
    assert tab.export_report(".pdf", tmp_path / "bad.pdf") is None
    assert any("不是有效的统计期" in t for t in boxes.texts())
    out = tab.export_restrictions(tmp_path / "名单.xlsx")
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    assert ws["A4"].value == "高台县金川化工有限公司" and ws["J4"].value == "限制中"
