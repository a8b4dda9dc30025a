"""The work rhythm (周调度, 月通报, 季测评), the statistics tab and the award-restriction list.

Each report is built in one read transaction from SQL aggregates (``data.report_queries``) and
returned as frozen rows (``domain.reports``); :meth:`ReportService.pdf` and
:meth:`ReportService.xlsx` turn a report into the bytes of a file, which the caller writes through
``files.output``. The date is passed in (``today``), never read here.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data import queries, report_queries
from ..data.models import Township
from ..domain.reports import (
    AccidentStats,
    Breakdown,
    MonthCount,
    MonthlyReport,
    Period,
    QuarterlyReport,
    QuarterRow,
    ReportKind,
    RestrictionRow,
    TierReached,
    WeeklyReport,
    check_not_future,
    parse_period,
    same_day_last_year,
)
from ..domain.rows import TierRow
from ..domain.tiers import DEFAULT_RULE, Tier, TierRule
from ..texts import DUE_NAMES, UNFILLED
from .base import Database
from .training import counts as training_counts

if TYPE_CHECKING:
    from ..letters import FontSet
    from .office import OfficeService

Report = WeeklyReport | MonthlyReport | QuarterlyReport

#: Breakdown rows by industry and category shown before the rest are summed as 其他.
TOP_ROWS = 12


class ReportService:
    def __init__(
        self,
        db: Database,
        rule: TierRule = DEFAULT_RULE,
        *,
        office: OfficeService,
        fonts: Callable[[], FontSet],
    ) -> None:
        self.db = db
        self.rule = rule
        self.office = office
        self.fonts = fonts

    # -- periods --------------------------------------------------------------------------------
    @staticmethod
    def period(kind: str, text: str, today: dt.date) -> Period:
        """``text`` as a period of ``kind`` that has begun by ``today`` (``ValidationError``)."""
        period = parse_period(kind, text)
        check_not_future(period, today)
        return period

    def build(self, kind: str, period: str | Period, today: dt.date) -> Report:
        k = ReportKind(kind)
        if k is ReportKind.WEEKLY:
            return self.weekly(period, today)
        if k is ReportKind.MONTHLY:
            return self.monthly(period, today)
        return self.quarterly(period, today)

    def _period(self, kind: ReportKind, period: str | Period, today: dt.date) -> Period:
        if isinstance(period, Period):
            check_not_future(period, today)
            return period
        return self.period(kind, period, today)

    # -- 周调度 -----------------------------------------------------------------------------------
    def weekly(self, period: str | Period, today: dt.date) -> WeeklyReport:
        """Everything due in the week or overdue before it (urgency as of today, kept within
        the week)."""
        p = self._period(ReportKind.WEEKLY, period, today)
        as_of = min(max(today, p.start), p.end)
        with self.db.transaction() as s:
            items = report_queries.due_rows(s, as_of, p.end, DUE_NAMES)
        items.sort(key=lambda r: (r.level, r.township, r.due, r.uscc))
        return WeeklyReport(p, as_of, tuple(items))

    # -- 月通报 -----------------------------------------------------------------------------------
    def monthly(self, period: str | Period, today: dt.date) -> MonthlyReport:
        p = self._period(ReportKind.MONTHLY, period, today)
        cutoff = p.cutoff(today)
        # overdue as the month ended (the bulletin says "截至月底"), however late it is made; a
        # running month: due before today and still owed today
        if p.end < today:
            due_by, owed_on = p.end, p.end
        else:
            due_by, owed_on = today - dt.timedelta(days=1), today
        with self.db.transaction() as s:
            now = queries.tier_rows(s, cutoff, self.rule)
            stats = self._stats(s, p.start, cutoff, now)
            reached = self._reached(s, p.start, now)
            issued = report_queries.warnings_issued(s, p.start, cutoff)
            overdue = report_queries.overdue_at(s, due_by, owed_on, DUE_NAMES)
        return MonthlyReport(p, stats, tuple(reached), issued, tuple(overdue))

    def statistics(self, as_of: dt.date) -> AccidentStats:
        """This year to ``as_of`` against the same period last year (the month of ``as_of`` as
        the period), with the tier distribution: the statistics tab."""
        with self.db.transaction() as s:
            return self._stats(s, as_of.replace(day=1), as_of)

    def _stats(
        self, s: Session, start: dt.date, as_of: dt.date, tier_rows: list[TierRow] | None = None
    ) -> AccidentStats:
        last_as_of = same_day_last_year(as_of)
        last_start = same_day_last_year(start)
        this = report_queries.accident_groups(s, as_of, as_of)
        last = report_queries.accident_groups(s, dt.date(as_of.year - 1, 12, 31), last_as_of)
        first, last_month = start.month, as_of.month

        def breakdown(index: int) -> dict[str, list[int]]:
            acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
            for key, n in this.items():
                name = str(key[index]) or UNFILLED
                acc[name][2] += n
                if key[0] >= first:
                    acc[name][0] += n
            for key, n in last.items():
                if not key[1]:
                    continue
                name = str(key[index]) or UNFILLED
                acc[name][3] += n
                if key[0] >= last_start.month:
                    acc[name][1] += n
            return acc

        def rows(
            acc: dict[str, list[int]], order: list[str] | None = None
        ) -> tuple[Breakdown, ...]:
            if order is not None:
                names = [n for n in order] + sorted(n for n in acc if n not in order)
            else:
                names = sorted(acc, key=lambda n: (-acc[n][2], -acc[n][3], n))
            return tuple(Breakdown(n, *acc.get(n, [0, 0, 0, 0])) for n in names)

        townships = list(
            s.scalars(
                select(Township.name)
                .where(Township.active.is_(True))
                .order_by(Township.sort_order, Township.name)
            )
        )
        by_month = []
        for m in range(1, 13):
            n_this = sum(n for k, n in this.items() if k[0] == m) if m <= last_month else 0
            n_last = sum(n for k, n in last.items() if k[0] == m)
            by_month.append(MonthCount(m, n_this, n_last))
        tiers = {t.code: 0 for t in Tier}
        if tier_rows is None:
            tier_rows = queries.tier_rows(s, as_of, self.rule)
        for r in tier_rows:
            tiers[r.tier.code] += 1
        month_this = sum(n for k, n in this.items() if k[0] >= first)
        month_last = sum(n for k, n in last.items() if k[1] and k[0] >= last_start.month)
        return AccidentStats(
            as_of=as_of,
            last_as_of=last_as_of,
            period_start=start,
            accidents=month_this,
            last_accidents=month_last,
            ytd=sum(this.values()),
            last_ytd=sum(n for k, n in last.items() if k[1]),
            by_township=rows(breakdown(2), townships),
            by_industry=rows(breakdown(3)),
            by_category=rows(breakdown(4)),
            by_month=tuple(by_month),
            tiers=tiers,
        )

    def _reached(self, s: Session, start: dt.date, now: list[TierRow]) -> list[TierReached]:
        """Enterprises whose tier in ``now`` (the tiers at the cutoff) is above their tier the
        day before ``start`` (tiers reset on 1 January: in January every tier reached is new)."""
        before: dict[str, Tier] = {}
        if start.month > 1:
            prev = start - dt.timedelta(days=1)
            before = {r.enterprise_id: r.tier for r in queries.tier_rows(s, prev, self.rule)}
        out = [
            TierReached(r.enterprise_id, r.uscc, r.name, r.township, r.industry, r.accidents,
                        r.hazard, before.get(r.enterprise_id, Tier.NONE).code, r.tier.code)
            for r in now
            if r.tier > before.get(r.enterprise_id, Tier.NONE)
        ]  # fmt: skip
        out.sort(key=lambda r: (-Tier.from_code(r.tier), r.township, r.uscc))
        return out

    # -- 季测评 -----------------------------------------------------------------------------------
    def quarterly(self, period: str | Period, today: dt.date) -> QuarterlyReport:
        p = self._period(ReportKind.QUARTERLY, period, today)
        cutoff = p.cutoff(today)
        year_start = dt.date(p.start.year, 1, 1)
        with self.db.transaction() as s:
            facts = report_queries.warning_facts(s, p.start, cutoff)
            evaluated = report_queries.evaluations(s, p.start, cutoff)
            closed = [
                f for f in facts if f.closed_on is not None and year_start <= f.closed_on <= cutoff
            ]
            dates = report_queries.accident_dates(
                s, p.start, cutoff, sorted({f.enterprise_id for f in closed})
            )
            by_id = {f.id: f for f in facts}
            ids = sorted({f.enterprise_id for f in facts})
            briefs = report_queries.enterprise_briefs(s, ids)
            townships = list(
                s.scalars(
                    select(Township.name)
                    .where(Township.active.is_(True))
                    .order_by(Township.sort_order, Township.name)
                )
            )
            trained = training_counts(s, p.start, cutoff)
        counts: dict[str, list[int]] = defaultdict(lambda: [0] * 7)
        for f in facts:
            c = counts[f.enterprise_id]
            if p.start <= f.issued_on <= cutoff:
                c[0] += 1
            if (
                f.state != "issued"
                and f.feedback_due is not None
                and p.start <= f.feedback_due <= cutoff
            ):
                c[1] += 1
                answered = f.state in ("feedback_received", "closed") and f.feedback_on is not None
                if answered and f.feedback_on is not None and f.feedback_on <= f.feedback_due:
                    c[2] += 1
        for wid, effective in evaluated:
            evaluated_warning = by_id.get(wid)
            if evaluated_warning is None:
                continue
            counts[evaluated_warning.enterprise_id][3] += 1
            counts[evaluated_warning.enterprise_id][4] += int(effective)
        for f in closed:
            assert f.closed_on is not None
            c = counts[f.enterprise_id]
            c[5] += 1
            closed_on = f.closed_on
            if any(d > closed_on for d in dates.get(f.enterprise_id, ())):
                c[6] += 1
        enterprises = []
        for eid, c in counts.items():
            if not any(c) or eid not in briefs:
                continue
            b = briefs[eid]
            enterprises.append(QuarterRow(b.name, b.uscc, b.township, *c))
        enterprises.sort(key=lambda r: (r.township, r.uscc))
        per_town: dict[str, list[int]] = defaultdict(lambda: [0] * 7)
        for r in enterprises:
            acc = per_town[r.township or UNFILLED]
            for i, v in enumerate(_numbers(r)):
                acc[i] += v
        names = townships + sorted(n for n in per_town if n not in townships)
        town_rows = tuple(QuarterRow(n, "", n, *per_town.get(n, [0] * 7)) for n in names)
        total = [sum(_numbers(r)[i] for r in enterprises) for i in range(7)]
        return QuarterlyReport(
            p, cutoff, tuple(enterprises), town_rows, QuarterRow("合计", "", "", *total), trained
        )

    # -- 限制评先评优 -----------------------------------------------------------------------------
    def restrictions(self, year: int | None = None) -> list[RestrictionRow]:
        with self.db.transaction() as s:
            return report_queries.restriction_rows(s, year)

    # -- files ----------------------------------------------------------------------------------
    def pdf(self, report: Report, today: dt.date) -> bytes:
        """The report as PDF (the monthly bulletin in the full 公文 layout, dated ``today``)."""
        from ..letters.report_pdf import render_report

        settings = self.office.get()
        return render_report(report, self.fonts(), issuer=settings.issuing_body, today=today)

    def xlsx(self, report: Report) -> bytes:
        from ..files.report_xlsx import report_workbook

        buf = io.BytesIO()
        report_workbook(report, buf)
        return buf.getvalue()

    def restrictions_xlsx(self, rows: Iterable[RestrictionRow], as_of: dt.date) -> bytes:
        from ..files.report_xlsx import restriction_workbook

        buf = io.BytesIO()
        restriction_workbook(list(rows), as_of, buf)
        return buf.getvalue()

    def statistics_pdf(self, stats: AccidentStats, width_pt: float = 0.0) -> bytes:
        """The statistics tab's charts on one page (rendered to the screen through PDFium)."""
        from ..letters.charts import statistics_page

        return statistics_page(stats, self.fonts(), width_pt=width_pt)


def _numbers(r: QuarterRow) -> tuple[int, ...]:
    return (r.warnings, r.answers_due, r.on_time, r.evaluations, r.effective, r.closed,
            r.recurred)  # fmt: skip
