"""The charts of the reports and the statistics tab, drawn once with ReportLab's own
``reportlab.graphics.charts`` for paper (a flowable in the bulletin) and for the screen (a one-page
PDF that the window renders through PDFium).

Labels are set in the letters' body font; every string a chart draws is checked against that font
before anything is drawn (:func:`check_chart`), as the letters do: a missing glyph would print blank.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from gaotai_desktop.domain.reports import AccidentStats, Breakdown
from gaotai_desktop.domain.tiers import TIER_LABELS, Tier
from gaotai_desktop.letters.fonts import FontSet, check_glyphs, font_name
from gaotai_desktop.texts import UNFILLED

#: This year and last year (dark blue against grey: tells apart in black and white too).
THIS_YEAR = "#1F4E79"
LAST_YEAR = "#A6A6A6"
#: Tier colours (national four-colour convention); "无预警" in blue.
TIER_COLOURS = {
    Tier.NONE: "#5B9BD5",
    Tier.YELLOW: "#E6B800",
    Tier.ORANGE: "#E67E22",
    Tier.RED: "#C00000",
}
#: Bars in a township, industry or category chart before the rest are summed as 其他.
MAX_BARS = 10
OTHER = "其他"


def _colour(hex_: str) -> Any:
    from reportlab.lib import colors

    return colors.HexColor(hex_)


def _legend(x: float, y: float, items: Sequence[tuple[str, str]], font: str, size: float) -> Any:
    from reportlab.graphics.charts.legends import Legend

    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font, size
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = size * 6
    legend.boxAnchor = "ne"
    legend.dx = legend.dy = size * 0.8
    legend.colorNamePairs = [(_colour(c), label) for c, label in items]
    return legend


def _title(drawing: Any, text: str, font: str, size: float) -> None:
    from reportlab.graphics.shapes import String

    drawing.add(
        String(drawing.width / 2, drawing.height - size * 1.2, text, fontName=font,
               fontSize=size, textAnchor="middle")
    )  # fmt: skip


def _grouped_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[int]]],
    *,
    title: str,
    fonts: FontSet,
    width: float,
    height: float,
    size: float = 9.0,
    angle: int = 0,
) -> Any:
    """Vertical bars per category, one bar per series (label, colour, values), values on top."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing

    font = font_name(fonts.body)
    d = Drawing(width, height)
    _title(d, title, font, size + 2)
    chart = VerticalBarChart()
    bottom = size * (4.5 if angle else 2.2)
    chart.x, chart.y = size * 3.5, bottom
    chart.width = width - chart.x - size
    chart.height = height - bottom - size * 4.6
    chart.data = [list(values) for _l, _c, values in series] or [[0]]
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = size
    if angle:
        chart.categoryAxis.labels.angle = angle
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx = size * 0.3
        chart.categoryAxis.labels.dy = -size * 0.2
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = size
    top = max([max(v, default=0) for _l, _c, v in series] + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(top)
    chart.valueAxis.valueStep = _nice_step(chart.valueAxis.valueMax)
    chart.valueAxis.labelTextFormat = "%d"
    chart.groupSpacing = size * 0.6
    chart.barSpacing = 1
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = size * 0.8
    chart.barLabels.nudge = size * 0.6
    for i, (_label, colour, _v) in enumerate(series):
        chart.bars[i].fillColor = _colour(colour)
        chart.bars[i].strokeColor = None
    d.add(chart)
    if len(series) > 1:
        d.add(
            _legend(width - size, height - size * 2.6, [(c, lbl) for lbl, c, _v in series],
                    font, size)
        )  # fmt: skip
    return d


def _nice_max(top: int) -> int:
    """An axis maximum a little above ``top`` that divides into 4 or 5 whole steps."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if top * 1.1 <= step * 5:
            return step * 5 if top * 1.1 > step * 4 else step * 4
    return int(top * 1.2) + 1


def _nice_step(maximum: int) -> int:
    return max(1, maximum // 5 if maximum % 5 == 0 else maximum // 4)


def _year_series(stats: AccidentStats) -> tuple[str, str]:
    return f"{stats.as_of.year}年", f"{stats.as_of.year - 1}年"


def month_chart(stats: AccidentStats, fonts: FontSet, width: float, height: float) -> Any:
    """Accidents by month, this year (to the cutoff) against last year (whole months)."""
    this, last = _year_series(stats)
    return _grouped_bars(
        [f"{m.month}月" for m in stats.by_month],
        [
            (this, THIS_YEAR, [m.this for m in stats.by_month]),
            (last, LAST_YEAR, [m.last for m in stats.by_month]),
        ],  # fmt: skip
        title="各月工伤事故起数",
        fonts=fonts,
        width=width,
        height=height,
    )


def top_rows(rows: Sequence[Breakdown], limit: int = MAX_BARS) -> list[Breakdown]:
    """The first ``limit - 1`` rows and the rest summed as 其他 (all rows when they fit)."""
    rows = list(rows)
    if len(rows) <= limit:
        return rows
    head, rest = rows[: limit - 1], rows[limit - 1 :]
    return [
        *head,
        Breakdown(
            OTHER,
            sum(r.month for r in rest),
            sum(r.last_month for r in rest),
            sum(r.ytd for r in rest),
            sum(r.last_ytd for r in rest),
        ),
    ]


def _short(name: str, n: int = 6) -> str:
    name = name or UNFILLED
    return name if len(name) <= n else name[: n - 1] + "…"


def breakdown_chart(
    stats: AccidentStats,
    rows: Sequence[Breakdown],
    title: str,
    fonts: FontSet,
    width: float,
    height: float,
) -> Any:
    """Year to date against the same period last year for each township, industry or category."""
    this, last = _year_series(stats)
    shown = top_rows(rows)
    long = any(len(r.name) > 4 for r in shown)
    return _grouped_bars(
        [_short(r.name) for r in shown],
        [
            (this, THIS_YEAR, [r.ytd for r in shown]),
            (last + "同期", LAST_YEAR, [r.last_ytd for r in shown]),
        ],  # fmt: skip
        title=title,
        fonts=fonts,
        width=width,
        height=height,
        angle=30 if long or len(shown) > 8 else 0,
    )


def tier_chart(stats: AccidentStats, fonts: FontSet, width: float, height: float) -> Any:
    """Enterprises per tier at the cutoff (each bar in its tier's colour, the tier in words)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing

    size = 9.0
    font = font_name(fonts.body)
    d = Drawing(width, height)
    _title(d, "预警等级分布（家）", font, size + 2)
    tiers = [Tier.YELLOW, Tier.ORANGE, Tier.RED]
    chart = VerticalBarChart()
    chart.x, chart.y = size * 3.5, size * 2.2
    chart.width = width - chart.x - size
    chart.height = height - chart.y - size * 4.6
    chart.data = [[stats.tiers.get(t.code, 0) for t in tiers]]
    chart.categoryAxis.categoryNames = [TIER_LABELS[t] for t in tiers]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = size
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(chart.data[0] + [1]))
    chart.valueAxis.valueStep = _nice_step(chart.valueAxis.valueMax)
    chart.valueAxis.labelTextFormat = "%d"
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = size * 0.8
    chart.barLabels.nudge = size * 0.6
    chart.bars.strokeColor = None
    chart.groupSpacing = size * 3
    for i, t in enumerate(tiers):
        chart.bars[(0, i)].fillColor = _colour(TIER_COLOURS[t])
    d.add(chart)
    return d


# --- glyphs ----------------------------------------------------------------------------------------
def chart_texts(drawing: Any) -> list[str]:
    """Every string the drawing draws (its charts expanded into shapes)."""
    from reportlab.graphics.shapes import Group, String, UserNode

    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, String):
            out.append(node.text)
        elif isinstance(node, UserNode):  # charts, axes, labels: expanded into shapes
            walk(node.provideNode())
        elif isinstance(node, Group):
            for child in node.contents:
                walk(child)

    walk(drawing)
    return out


def check_chart(drawing: Any, fonts: FontSet) -> None:
    """``MissingGlyphs`` when the body font lacks a character of any label."""
    check_glyphs(chart_texts(drawing), fonts, roles=("body",))


# --- the statistics tab's page -----------------------------------------------------------------------
def statistics_charts(
    stats: AccidentStats, fonts: FontSet, width: float, height: float
) -> list[Any]:
    """The four charts of the statistics tab, each ``width`` × ``height`` points."""
    return [
        month_chart(stats, fonts, width, height),
        breakdown_chart(
            stats,
            stats.by_township,
            "各乡镇工伤事故起数（本年累计与去年同期）",
            fonts,
            width,
            height,
        ),  # fmt: skip
        breakdown_chart(
            stats,
            stats.by_industry,
            "各行业工伤事故起数（本年累计与去年同期）",
            fonts,
            width,
            height,
        ),  # fmt: skip
        breakdown_chart(
            stats,
            stats.by_category,
            "各类别工伤事故起数（本年累计与去年同期）",
            fonts,
            width,
            height,
        ),  # fmt: skip
        tier_chart(stats, fonts, width, height),
    ]


def statistics_page(stats: AccidentStats, fonts: FontSet, width_pt: float = 0.0) -> bytes:
    """One page holding the statistics charts in two columns (for the screen)."""
    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas

    width_pt = width_pt or 900.0
    cols, gap = 2, 12.0
    cw = (width_pt - gap * (cols + 1)) / cols
    ch = cw * 0.52
    charts = statistics_charts(stats, fonts, cw, ch)
    for d in charts:
        check_chart(d, fonts)
    rows = (len(charts) + cols - 1) // cols
    height = rows * ch + gap * (rows + 1)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width_pt, height), invariant=1, initialFontName=font_name(fonts.body))
    c.setTitle("统计图表")
    c.setCreator("gaotai-desktop")
    for i, d in enumerate(charts):
        col, row = i % cols, i // cols
        x = gap + col * (cw + gap)
        y = height - gap - (row + 1) * ch - row * gap
        c.setStrokeColorRGB(0.85, 0.85, 0.85)
        c.rect(x, y, cw, ch, stroke=1, fill=0)
        renderPDF.draw(d, c, x, y)
    c.showPage()
    c.save()
    return buf.getvalue()
