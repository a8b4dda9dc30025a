"""The reports as PDF: the 月通报 in the full GB/T 9704 layout (as the county bulletin), with its
tables and charts placed on the line grid; the 周调度 and the 季测评 as tables in the same fonts.

Every string drawn (text, table cells, chart labels) is checked against the fonts before anything
is drawn, as the letters are.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from gaotai_desktop.domain.dates import chinese_date
from gaotai_desktop.domain.reports import (
    Breakdown,
    DueRow,
    MonthlyReport,
    QuarterlyReport,
    QuarterRow,
    WeeklyReport,
)
from gaotai_desktop.domain.tiers import TIER_LABELS, Tier
from gaotai_desktop.letters import charts
from gaotai_desktop.letters import compose as c
from gaotai_desktop.letters import fonts as _fonts
from gaotai_desktop.letters.fonts import FontSet, check_glyphs, font_name
from gaotai_desktop.letters.geometry import (
    BLOCK_W,
    LEFT,
    LINES,
    PAGE_H,
    PITCH,
    TOP,
    Blank,
    Block,
    Closing,
    Document,
    Footer,
    Para,
    slot_top,
)
from gaotai_desktop.letters.layout import Painter, _Pager, new_canvas
from gaotai_desktop.letters.wording import Wording
from gaotai_desktop.texts import (
    LEVEL_NAMES,
    URGENCY_NAMES,
    change_text,
    rate_text,
    training_counts_text,
)

#: Table text: 小四 (12 pt) in the body font, as county bulletins print their tables.
TABLE_SIZE = 12.0
#: Overdue items listed in the bulletin itself (the .xlsx holds them all).
MAX_OVERDUE_ROWS = 40
#: Enterprises whose tier rose listed in the bulletin.
MAX_REACHED_ROWS = 40


def tier_label(code: str) -> str:
    return TIER_LABELS[Tier.from_code(code)] if code else ""


# --- tables ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TableSpec:
    """A table to draw: header, rows of strings, relative column widths, numeric columns."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    numeric: frozenset[int] = frozenset()
    #: Rows drawn bold-ish on grey (a total row).
    emphasis: frozenset[int] = frozenset()

    def texts(self) -> list[str]:
        return [*self.header, *(cell for row in self.rows for cell in row)]


def table_flowable(spec: TableSpec, fonts: FontSet, width: float, size: float = TABLE_SIZE) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    body = font_name(fonts.body)
    head = font_name(fonts.heading1)
    cell = ParagraphStyle("cell", fontName=body, fontSize=size, leading=size * 1.25,
                          wordWrap="CJK")  # fmt: skip
    num = ParagraphStyle("num", parent=cell, alignment=2)
    hdr = ParagraphStyle("hdr", parent=cell, fontName=head, alignment=1)

    def para(text: str, style: Any) -> Any:
        from xml.sax.saxutils import escape

        return Paragraph(escape(text), style)

    data = [[para(h, hdr) for h in spec.header]]
    for row in spec.rows:
        data.append([para(v, num if i in spec.numeric else cell) for i, v in enumerate(row)])
    total = sum(spec.widths)
    col_widths = [width * w / total for w in spec.widths]
    t = Table(data, colWidths=col_widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in spec.emphasis:
        style.append(("BACKGROUND", (0, r + 1), (-1, r + 1), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(style))
    return t


@dataclass(frozen=True)
class Flow:
    """A table or a chart placed on the line grid: it starts on a grid line and takes whole lines."""

    table: TableSpec | None = None
    chart: Any = None

    def texts(self) -> list[str]:
        if self.table is not None:
            return self.table.texts()
        return charts.chart_texts(self.chart)


class _ReportPager(_Pager):
    """The bulletin's pager: the letters' line grid, plus tables and charts between paragraphs."""

    flows: dict[int, Flow]

    def flow(self) -> None:
        blocks = self.doc.blocks
        run: list[Block] = []
        whole = self.doc
        for idx, b in enumerate(blocks):
            flow = self.flows.get(idx)
            if flow is None:
                run.append(b)
                continue
            self._run(whole, run, need_after=3)
            run = []
            self._place(flow)
        self._run(whole, run, need_after=0)
        self.doc = whole

    def _run(self, whole: Document, run: list[Block], need_after: int) -> None:
        if not run:
            return
        tail: list[Para] = []
        if need_after:
            # the sentence introducing a table (and the headings before it) stay with the
            # table's first rows
            while run and isinstance(run[-1], Para) and (not tail or run[-1].keep_with_next):
                last = run.pop()
                assert isinstance(last, Para)
                tail.insert(0, last)
        if run:
            self.doc = replace(whole, blocks=tuple(run))
            super().flow()
        if tail:
            self.ensure(sum(len(self._lines(p)) for p in tail) + need_after)
            self.doc = replace(whole, blocks=tuple(tail))
            super().flow()

    def _place(self, flow: Flow) -> None:
        fonts = self.painter.fonts
        item = table_flowable(flow.table, fonts, BLOCK_W) if flow.table else flow.chart
        while item is not None:
            avail = (LINES - self.slot) * PITCH
            _w, h = item.wrapOn(self.c, BLOCK_W, avail)
            if h <= avail:
                x = LEFT + (BLOCK_W - _w) / 2 if flow.chart is not None else LEFT
                item.drawOn(self.c, x, PAGE_H - slot_top(self.slot) - h)
                self.slot += math.ceil(h / PITCH - 1e-6)
                return
            parts = item.split(BLOCK_W, avail) if flow.table is not None else []
            if len(parts) >= 2:
                first, item = parts[0], parts[1]
                _w, h = first.wrapOn(self.c, BLOCK_W, avail)
                first.drawOn(self.c, LEFT, PAGE_H - slot_top(self.slot) - h)
                self.new_page()
                continue
            if self.slot == 0:  # taller than a page: drawn anyway from the top
                item.drawOn(self.c, LEFT, PAGE_H - TOP - h)
                self.new_page()
                return
            self.new_page()


def draw_report_document(doc: Document, flows: dict[int, Flow], fonts: FontSet) -> bytes:
    for role, texts in doc.texts_by_role().items():
        check_glyphs(texts, fonts, roles=(role,))
    for flow in flows.values():
        check_glyphs(flow.texts(), fonts, roles=("body", "heading1"))
    buf = io.BytesIO()
    canvas = new_canvas(buf, doc.title, doc.author, doc.subject, _fonts.font_name(fonts.body))
    pager = _ReportPager(Painter(canvas, fonts), doc)
    pager.flows = flows
    pager.new_page()
    pager.flow()
    pager.footer()
    pager._finish_page()
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


# --- the monthly bulletin ----------------------------------------------------------------------------
def breakdown_table(rows: Sequence[Breakdown], first: str, month: bool = True) -> TableSpec:
    total = Breakdown(
        "合计",
        sum(r.month for r in rows),
        sum(r.last_month for r in rows),
        sum(r.ytd for r in rows),
        sum(r.last_ytd for r in rows),
    )
    out = []
    for r in [*rows, total]:
        cells = [r.name]
        if month:
            cells += [str(r.month), str(r.last_month)]
        cells += [str(r.ytd), str(r.last_ytd), _change_cell(r.ytd, r.last_ytd)]
        out.append(tuple(cells))
    header = [first]
    if month:
        header += ["本月", "去年同月"]
    header += ["本年累计", "去年同期", "同比"]
    widths = (3.2, 1.4, 1.6, 1.6, 1.6, 1.8) if month else (4.2, 1.8, 1.8, 2.0)
    return TableSpec(
        tuple(header), tuple(out), widths, frozenset(range(1, len(header))),
        frozenset({len(out) - 1}),
    )  # fmt: skip


def _change_cell(this: int, last: int) -> str:
    if last == 0:
        return "—" if this == 0 else "新增"
    if this == last:
        return "持平"
    pct = (this - last) * 100.0 / last
    return f"{pct:+.1f}%"


def due_table(rows: Sequence[DueRow], with_level: bool = True) -> TableSpec:
    out = []
    for i, r in enumerate(rows, 1):
        cells = [str(i), r.name, r.township, r.what]
        if with_level:
            cells.append(LEVEL_NAMES.get(r.level, r.level).split("（")[0])
        cells += [f"{r.due.month}月{r.due.day}日", URGENCY_NAMES.get(r.urgency, "")]
        out.append(tuple(cells))
    header = ["序号", "企业名称", "乡镇", "事项"]
    widths = [0.9, 4.4, 1.6, 3.4]
    if with_level:
        header.append("责任")
        widths.append(1.2)
    header += ["期限", "状态"]
    widths += [1.5, 1.5]
    return TableSpec(tuple(header), tuple(out), tuple(widths), frozenset({0}))


def monthly_document(
    report: MonthlyReport,
    fonts: FontSet,
    issuer: str,
    today: dt.date,
    w: Wording | None = None,
) -> tuple[Document, dict[int, Flow]]:
    """The bulletin's text blocks and, by block index, the tables and charts between them."""
    w = w or Wording("monthly_report")
    st = report.stats
    p = report.period
    issued = report.warnings_issued
    v = {
        "issuer": issuer,
        "year": str(p.start.year),
        "last_year": str(p.start.year - 1),
        "month": str(p.start.month),
        "as_of": chinese_date(st.as_of),
        "month_count": str(st.accidents),
        "month_last": str(st.last_accidents),
        "month_change": change_text(st.month_change),
        "ytd": str(st.ytd),
        "ytd_last": str(st.last_ytd),
        "ytd_change": change_text(st.ytd_change),
        "yellow": str(st.tiers.get("yellow", 0)),
        "orange": str(st.tiers.get("orange", 0)),
        "red": str(st.tiers.get("red", 0)),
        "reached_yellow": str(report.reached_count("yellow")),
        "reached_orange": str(report.reached_count("orange")),
        "reached_red": str(report.reached_count("red")),
        "issued": str(sum(issued.values())),
        "issued_yellow": str(issued.get("yellow", 0)),
        "issued_orange": str(issued.get("orange", 0)),
        "issued_red": str(issued.get("red", 0)),
        "overdue": str(len(report.overdue)),
    }
    blocks: list[Block] = []
    flows: dict[int, Flow] = {}

    def add_flow(flow: Flow) -> None:
        flows[len(blocks)] = flow
        blocks.append(Blank(0))

    doc_title = w.get("title", **v)
    blocks += c.title(doc_title)
    blocks.append(c.addressee(w.get("addressee", **v)))
    blocks.append(c.body(w.get("opening", **v)))
    blocks.append(c.heading1(1, w.get("total_heading", **v)))
    blocks.append(c.body(w.get("total", **v)))
    blocks.append(c.body(w.get("scope", **v)))
    blocks.append(c.body(w.get("chart_note", **v)))
    add_flow(Flow(chart=charts.month_chart(st, fonts, BLOCK_W, 7 * PITCH)))
    blocks.append(c.heading1(2, w.get("township_heading", **v)))
    blocks.append(c.body(w.get("township_intro", **v)))
    add_flow(Flow(table=breakdown_table(st.by_township, "乡镇")))
    township_chart = charts.breakdown_chart(
        st, st.by_township, "各乡镇工伤事故起数（本年累计与去年同期）", fonts, BLOCK_W, 8 * PITCH
    )
    add_flow(Flow(chart=township_chart))
    blocks.append(c.heading1(3, w.get("industry_heading", **v)))
    blocks.append(c.body(w.get("industry_intro", **v)))
    add_flow(Flow(table=breakdown_table(charts.top_rows(st.by_industry), "行业")))
    blocks.append(c.body(w.get("category_intro", **v)))
    add_flow(Flow(table=breakdown_table(charts.top_rows(st.by_category, 12), "事故类别")))
    blocks.append(c.heading1(4, w.get("tiers_heading", **v)))
    blocks.append(c.body(w.get("tiers", **v)))
    if report.reached:
        blocks.append(c.body(w.get("tiers_list", **v)))
        rows = tuple(
            (str(i), r.name, r.township, str(r.accidents), tier_label(r.before) or "无预警",
             tier_label(r.tier))
            for i, r in enumerate(report.reached[:MAX_REACHED_ROWS], 1)
        )  # fmt: skip
        add_flow(
            Flow(
                table=TableSpec(
                    ("序号", "企业名称", "乡镇", "本年事故", "原等级", "现等级"),
                    rows,
                    (0.9, 4.6, 1.6, 1.9, 1.7, 1.7),
                    frozenset({0, 3}),
                )  # fmt: skip
            )
        )
    else:
        blocks.append(c.body(w.get("tiers_none", **v)))
    blocks.append(c.heading1(5, w.get("loop_heading", **v)))
    blocks.append(c.body(w.get("loop", **v)))
    if report.overdue:
        blocks.append(c.body(w.get("overdue_list", **v)))
        add_flow(Flow(table=due_table(report.overdue[:MAX_OVERDUE_ROWS])))
        more = len(report.overdue) - MAX_OVERDUE_ROWS
        if more > 0:
            blocks.append(c.body(w.get("overdue_more", **v, more=str(more))))
    blocks.append(c.heading1(6, w.get("requirements_heading", **v)))
    blocks += [c.item2(i, t) for i, t in enumerate(w.items("requirements", **v), 1)]
    blocks.append(Closing(signature=issuer, date=chinese_date(today)))
    footer = Footer(
        cc=tuple(w.items("default_cc", **v)),
        printed_by=w.get("printed_by", **v),
        printed_date=chinese_date(today),
        cc_label=w.get("cc_label"),
        printed_suffix=w.get("printed_suffix"),
    )
    doc = Document(
        layout="full",
        mark=issuer + w.get("mark_suffix", **v),
        doc_no=w.get("issue_label", **v),
        blocks=tuple(blocks),
        title=doc_title,
        author=issuer,
        subject=p.label,
        footer=footer,
    )
    return doc, flows


def render_monthly(report: MonthlyReport, fonts: FontSet, issuer: str, today: dt.date) -> bytes:
    doc, flows = monthly_document(report, fonts, issuer, today)
    return draw_report_document(doc, flows, fonts)


# --- weekly and quarterly: tables in the same fonts ---------------------------------------------------
def _table_pdf(
    title: str,
    subtitle: str,
    sections: list[tuple[str, TableSpec]],
    fonts: FontSet,
    issuer: str,
    summary: str,
    landscape: bool = False,
) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as to_landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    texts = [title, subtitle, issuer, summary, "— 0123456789 —"]
    for head, spec in sections:
        texts += [head, *spec.texts()]
    check_glyphs(texts, fonts, roles=("body",))
    check_glyphs([title], fonts, roles=("title",))
    check_glyphs([h for h, _ in sections] + [s.header[0] for _, s in sections], fonts,
                 roles=("heading1",))  # fmt: skip
    body, title_font = font_name(fonts.body), font_name(fonts.title)
    head_font = font_name(fonts.heading1)
    size = A4 if not landscape else to_landscape(A4)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=size, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
        bottomMargin=20 * mm, title=title, author=issuer, subject=subtitle, creator="gaotai-desktop",
        invariant=1,
    )  # fmt: skip
    st_title = ParagraphStyle("t", fontName=title_font, fontSize=22, leading=30, alignment=1)
    st_sub = ParagraphStyle("s", fontName=body, fontSize=14, leading=20, alignment=1)
    st_head = ParagraphStyle("h", fontName=head_font, fontSize=14, leading=22, spaceBefore=8)
    st_body = ParagraphStyle("b", fontName=body, fontSize=12, leading=18, wordWrap="CJK")
    story: list[Any] = [
        Paragraph(title, st_title),
        Paragraph(subtitle, st_sub),
        Spacer(1, 4 * mm),
        Paragraph(summary, st_body),
    ]
    for head, spec in sections:
        table = table_flowable(spec, fonts, doc.width, size=11)
        story.append(KeepTogether([Paragraph(head, st_head), Spacer(1, 2 * mm)]))
        story.append(table)

    def page(canvas: Any, d: Any) -> None:
        canvas.saveState()
        canvas.setFont(body, 10)
        canvas.drawString(d.leftMargin, d.bottomMargin / 2, issuer)
        text = f"— {canvas.getPageNumber()} —"
        canvas.drawRightString(d.pagesize[0] - d.rightMargin, d.bottomMargin / 2, text)
        canvas.restoreState()

    doc.build(story, onFirstPage=page, onLaterPages=page)
    return buf.getvalue()


def render_weekly(report: WeeklyReport, fonts: FontSet, issuer: str, today: dt.date) -> bytes:
    p = report.period
    sections: list[tuple[str, TableSpec]] = []
    groups: dict[tuple[str, str], list[DueRow]] = {}
    for r in report.items:
        groups.setdefault((r.level, r.township), []).append(r)
    for level in ("township", "authority", "enterprise"):
        for (lv, town), rows in sorted(groups.items()):
            if lv != level:
                continue
            head = f"{LEVEL_NAMES.get(lv, lv)} · {town or '未填写乡镇'}（{len(rows)}项）"
            sections.append((head, due_table(rows, with_level=False)))
    overdue = report.overdue
    summary = (
        f"统计至{chinese_date(report.as_of)}：本周到期或此前逾期的整改反馈和预警措施共"
        f"{len(report.items)}项，其中已逾期{overdue}项。按责任层级和乡镇分列如下，"
        f"请各责任单位逐项落实。制表日期：{chinese_date(today)}。"
    )
    if not report.items:
        summary = f"统计至{chinese_date(report.as_of)}：本周没有到期或逾期的事项。制表日期：{chinese_date(today)}。"
    return _table_pdf("工伤预防分级预警周调度清单", p.title(), sections, fonts, issuer, summary)


def quarter_table(rows: Sequence[QuarterRow], first: str, with_uscc: bool) -> TableSpec:
    out = []
    for r in rows:
        cells = [r.name]
        if with_uscc:
            cells += [r.uscc, r.township]
        cells += [
            str(r.warnings), str(r.answers_due), str(r.on_time), rate_text(r.on_time_rate),
            str(r.evaluations), str(r.effective), rate_text(r.effective_rate), str(r.closed),
            str(r.recurred),
        ]  # fmt: skip
        out.append(tuple(cells))
    header = [first]
    widths = [4.0 if with_uscc else 2.2]
    if with_uscc:
        header += ["统一社会信用代码", "乡镇"]
        # an 18-character credit code on one line
        widths += [4.4, 1.7]
    header += ["下发预警", "应反馈", "按期反馈", "按期反馈率", "效果评估", "评估有效",
               "有效率", "已办结", "办结后复发"]  # fmt: skip
    widths += [1.2, 1.2, 1.2, 1.5, 1.2, 1.2, 1.4, 1.2, 1.4]
    numeric = frozenset(range(3 if with_uscc else 1, len(header)))
    return TableSpec(tuple(header), tuple(out), tuple(widths), numeric)


def render_quarterly(report: QuarterlyReport, fonts: FontSet, issuer: str, today: dt.date) -> bytes:
    t = report.total
    summary = (
        f"统计至{chinese_date(report.as_of)}：本季度下发预警{t.warnings}件；应反馈{t.answers_due}件，"
        f"按期反馈{t.on_time}件，按期反馈率{rate_text(t.on_time_rate)}；效果评估{t.evaluations}次，"
        f"评估有效{t.effective}次，有效率{rate_text(t.effective_rate)}；本年已办结{t.closed}件，"
        f"办结后本季度又发生事故{t.recurred}件（复发率{rate_text(t.recurrence_rate)}）；"
        f"{training_counts_text(report.training)}。"
        f"制表日期：{chinese_date(today)}。"
    )
    towns = quarter_table([*report.townships, t], "乡镇", with_uscc=False)
    towns = replace(towns, emphasis=frozenset({len(towns.rows) - 1}))
    sections = [("一、分乡镇测评", towns)]
    if report.enterprises:
        sections.append(("二、分企业测评", quarter_table(report.enterprises, "企业名称", True)))
    return _table_pdf(
        "工伤预防分级预警季度测评", report.period.title(), sections, fonts, issuer, summary,
        landscape=True,
    )  # fmt: skip


def render_report(report: Any, fonts: FontSet, *, issuer: str, today: dt.date) -> bytes:
    if isinstance(report, MonthlyReport):
        return render_monthly(report, fonts, issuer, today)
    if isinstance(report, WeeklyReport):
        return render_weekly(report, fonts, issuer, today)
    if isinstance(report, QuarterlyReport):
        return render_quarterly(report, fonts, issuer, today)
    raise TypeError(f"not a report: {report!r}")
