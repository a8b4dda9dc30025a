"""Exports that look like the screen (issue #12 item 11): the .xlsx with title, 统计截止日期, tier
colours and words, frozen header, widths; the table as a PDF list, parsed back."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from gaotai_desktop.domain.tiers import TIER_LABELS, Tier
from gaotai_desktop.ui import printing
from gaotai_desktop.ui.style import TIER_BACKGROUND

TITLE_ROWS = 2  # title, 统计截止日期


def table_rows(ws) -> list[tuple]:
    return list(ws.iter_rows(min_row=TITLE_ROWS + 1, values_only=True))


def test_xlsx_export_has_title_date_colours_and_frozen_header(window, tmp_path):
    tab = window.enterprise_tab
    path = window.export_current(tmp_path / "企业.xlsx")
    ws = load_workbook(path).active
    assert ws["A1"].value == "企业预警等级" and ws["A1"].font.b and ws["A1"].font.sz >= 14
    assert ws["A2"].value.startswith("统计截止日期：2026年11月28日（自2026年1月1日起）")
    assert "A1" in {str(r).split(":")[0] for r in ws.merged_cells.ranges}
    header, *rows = table_rows(ws)
    assert list(header) == [c.header for c in tab.model.COLUMNS]
    assert all(c.font.b for c in ws[TITLE_ROWS + 1])
    assert ws.freeze_panes == f"A{TITLE_ROWS + 2}"  # the header stays while scrolling
    assert ws.auto_filter.ref.startswith(f"A{TITLE_ROWS + 1}:")
    # the rows as on screen: same order, the tier in words and its colour on the whole row
    assert len(rows) == tab.model.rowCount()
    tier_col = header.index("预警等级")
    for r, row in enumerate(rows):
        on_screen = tab.model.row_at(r)
        assert row[1] == on_screen.name
        assert row[tier_col] == TIER_LABELS[on_screen.tier]
        cell = ws.cell(row=TITLE_ROWS + 2 + r, column=1)
        colour = TIER_BACKGROUND.get(on_screen.tier)
        if colour is None:
            assert cell.fill.fill_type is None
        else:
            assert cell.fill.fill_type == "solid"
            assert cell.fill.fgColor.rgb.endswith(colour.lstrip("#").upper())
    assert {row[tier_col] for row in rows} >= {"红色预警", "橙色预警", "黄色预警"}
    # sensible widths: the name column is wider than the count column, none is tiny or huge
    widths = {h: ws.column_dimensions[chr(ord("A") + i)].width for i, h in enumerate(header)}
    assert widths["企业名称"] > widths["本年事故"] >= 6
    assert widths["统一社会信用代码"] >= 18 and max(widths.values()) <= 60


def test_accident_export_greys_what_does_not_count(window, tmp_path):
    tab = window.accident_tab
    window.tabs.setCurrentWidget(tab)
    path = window.export_current(tmp_path / "事故.xlsx")
    ws = load_workbook(path).active
    assert ws["A1"].value == "事故"
    assert (
        "统计截止日期" in ws["A2"].value
        and "事故日期：2026年1月1日至2026年11月28日" in ws["A2"].value
    )
    header, *rows = table_rows(ws)
    counted = header.index("是否计入")
    greys = [ws.cell(row=TITLE_ROWS + 2 + i, column=1).font.color for i in range(len(rows))]
    not_counted = [i for i, row in enumerate(rows) if row[counted] != "是"]
    assert not_counted
    for i in not_counted:
        assert greys[i] is not None and greys[i].rgb.endswith("6B6B6B")


def words(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [p.extract_text() or "" for p in doc.pages]


def test_enterprise_list_as_a_pdf_table(window, tmp_path):
    tab = window.enterprise_tab
    tab.view.setColumnHidden(tab.model.column_index("authority"), True)
    path = window.export_current_pdf(tmp_path / "企业名单.pdf")
    assert path == tmp_path / "企业名单.pdf"
    with pdfplumber.open(path) as doc:
        page = doc.pages[0]
        assert page.width > page.height  # landscape
        text = page.extract_text()
        assert "企业预警等级" in text and "统计截止日期：2026年11月28日" in text
        table = page.extract_table()
        fills = {
            tuple(round(c, 3) for c in r["non_stroking_color"])
            for r in page.rects
            if r.get("non_stroking_color") and len(r["non_stroking_color"]) == 3
        }
    header, *rows = table
    assert header == [c.header for c in tab.model.COLUMNS if c.key != "authority"]
    assert len(rows) == tab.model.rowCount()
    for r, row in enumerate(rows):
        shown = tab.model.row_at(r)
        assert row[0] == shown.uscc and row[1] == shown.name
        assert row[-1] == TIER_LABELS[shown.tier]
    red = TIER_BACKGROUND[Tier.RED].lstrip("#")
    assert tuple(round(int(red[i : i + 2], 16) / 255, 3) for i in (0, 2, 4)) in fills
    # remembered folder for the next PDF
    assert Path(str(window.settings.value("paths/pdf"))) == tmp_path


def test_due_letters_list_pdf_follows_the_filter(window, tmp_path):
    notices = window.notice_tab
    window.tabs.setCurrentWidget(notices)
    notices.status_combo.set_value("due")
    shown = notices.model.rowCount()
    assert shown > 0
    path = window.export_current_pdf(tmp_path / "待下发.pdf")
    pages = words(path.read_bytes())
    text = "\n".join(pages)
    assert "预警通知" in text or notices.export_title in text
    with pdfplumber.open(path) as doc:
        rows = [row for p in doc.pages for row in (p.extract_table() or [])[1:]]
    assert len(rows) == shown
    assert all(row[7] == "待下发" for row in rows)


def test_print_the_list_through_the_preview(window, qtbot, boxes, tmp_path, monkeypatch):
    from gaotai_desktop.ui import file_transfers

    monkeypatch.setattr(printing, "installed_printers", lambda: ["办公室打印机"])
    qtbot.keyClick(
        window.enterprise_tab.view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dlg = window.transfers.list_preview
    assert dlg is not None and dlg.isVisible() and "企业预警等级" in dlg.windowTitle()
    qtbot.waitUntil(lambda: dlg.painted_pages >= 1, timeout=10_000)
    dlg.close()
    # no printer: say so, offer 另存为PDF
    monkeypatch.setattr(printing, "installed_printers", lambda: [])
    target = tmp_path / "list.pdf"
    monkeypatch.setattr(
        file_transfers.QFileDialog, "getSaveFileName", lambda *_a: (str(target), "")
    )
    assert window.print_current_table() is None
    assert "没有安装打印机" in boxes.texts("confirm")[-1]
    assert target.exists() and "企业预警等级" in words(target.read_bytes())[0]
