"""A window table printed as a PDF table (ReportLab, through the letters' fonts).

The same :class:`~gaotai_desktop.files.xlsx_export.TableSheet` the .xlsx export writes: title and
统计截止日期 on top, the header repeated on every page, rows in the screen's order with their tier
colours (the tier also in words, for black-and-white printers) and grey text for rows that do not
count, page numbers at the foot. A4 landscape; columns share the width in proportion to their
widths on screen; a text too long for its column is cut with "…" (as the screen elides it), so
every row is one line and a 20,000-row list stays quick (one table per page, no re-splitting).

Fonts are the letters' (:class:`gaotai_desktop.letters.fonts.FontSet`: the office's installed
仿宋/黑体, else the bundled Noto Serif SC); a character the font lacks is refused before anything
is written (:class:`~gaotai_desktop.domain.errors.MissingGlyphs`), as for letters.
"""

from __future__ import annotations

import io
from typing import Any

from ..domain.dates import chinese_date
from ..letters.fonts import FontSet, check_glyphs, font_name
from .xlsx_export import MUTED_COLOUR, TableSheet

#: Points per millimetre.
MM = 72 / 25.4
MARGIN = 12 * MM
FONT_SIZE = 8.5
HEADER_SIZE = 9.0
TITLE_SIZE = 15.0
ROW_HEIGHT = 14.0
PADDING = 3.0
ELLIPSIS = "…"


def _cut(text: str, width: float, font: str, size: float) -> str:
    """``text`` cut to ``width`` points with "…" (whole characters only)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    room = width - stringWidth(ELLIPSIS, font, size)
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid], font, size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + ELLIPSIS


def _column_widths(sheet: TableSheet, total: float) -> list[float]:
    n = len(sheet.headers)
    screen = [float(w) for w in sheet.widths[:n]] if len(sheet.widths) >= n else [1.0] * n
    scale = total / (sum(screen) or 1.0)
    return [w * scale for w in screen]


def write_table_pdf(sheet: TableSheet, fonts: FontSet, *, printed_on: Any = None) -> bytes:
    """The PDF of ``sheet`` (see the module docstring); ``printed_on`` (a date) is named at the
    foot of each page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table
    from reportlab.platypus import TableStyle as Style

    texts = [sheet.title, sheet.subtitle, *sheet.headers]
    texts += [str(v) for row in sheet.rows for v in row if v is not None]
    check_glyphs(texts, fonts, roles=("body", "heading1"))
    body = font_name(fonts.path("body"))
    bold = font_name(fonts.path("heading1"))
    page_w, page_h = landscape(A4)
    usable_w = page_w - 2 * MARGIN
    widths = _column_widths(sheet, usable_w)
    room = [w - 2 * PADDING for w in widths]

    from reportlab.lib.styles import ParagraphStyle

    title_style = ParagraphStyle(
        "title", fontName=bold, fontSize=TITLE_SIZE, leading=TITLE_SIZE * 1.3, alignment=1
    )
    sub_style = ParagraphStyle("sub", fontName=body, fontSize=10, leading=14, alignment=1)
    head_h = TITLE_SIZE * 1.3 + 14 + 8
    first_rows = int((page_h - 2 * MARGIN - head_h - 16) // ROW_HEIGHT) - 1
    later_rows = int((page_h - 2 * MARGIN - 16) // ROW_HEIGHT) - 1

    header = [_cut(str(h), r, bold, HEADER_SIZE) for h, r in zip(sheet.headers, room, strict=True)]
    cells: list[list[str]] = [
        [
            _cut("" if v is None else str(v), r, body, FONT_SIZE)
            for v, r in zip(row, room, strict=False)
        ]
        for row in sheet.rows
    ]
    centred = [c for c in range(len(sheet.headers)) if sheet.is_centred(c)]
    muted = colors.HexColor("#" + MUTED_COLOUR)
    grid = colors.HexColor("#A0A0A0")

    def table(start: int, stop: int) -> Table:
        data = [header, *cells[start:stop]]
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, 0), bold, HEADER_SIZE),
            ("FONT", (0, 1), (-1, -1), body, FONT_SIZE),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.25, grid),
            ("BOX", (0, 0), (-1, -1), 0.5, grid),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        for c in centred:
            style.append(("ALIGN", (c, 1), (c, -1), "CENTER"))
        for i in range(start, stop):
            r = i - start + 1
            fill = sheet.fill(i)
            if fill:
                style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(fill)))
            if sheet.is_muted(i):
                style.append(("TEXTCOLOR", (0, r), (-1, r), muted))
        t = Table(data, colWidths=widths, rowHeights=ROW_HEIGHT, repeatRows=1)
        t.setStyle(Style(style))
        return t

    story: list[Any] = [Paragraph(_escape(sheet.title), title_style)]
    if sheet.subtitle:
        story.append(Paragraph(_escape(sheet.subtitle), sub_style))
    story.append(Spacer(1, 8))
    start, per_page = 0, first_rows
    story.append(table(0, min(per_page, len(cells))))
    start = per_page
    while start < len(cells):
        story.append(PageBreak())
        story.append(table(start, min(start + later_rows, len(cells))))
        start += later_rows

    foot = f"{sheet.title}　共 {len(cells)} 行"
    if printed_on is not None:
        foot += f"　打印日期：{chinese_date(printed_on)}"

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(body, 8)
        canvas.drawString(MARGIN, MARGIN / 2, foot)
        canvas.drawRightString(page_w - MARGIN, MARGIN / 2, f"第 {doc.page} 页")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=(page_w, page_h),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=sheet.title,
        author="",
        creator="高台工伤预防分级预警台",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
