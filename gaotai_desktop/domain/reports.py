"""The rhythm of the mechanism as data: 周调度 (weekly dispatch), 月通报 (monthly bulletin),
季测评 (quarterly evaluation), and the statistics behind them (pure Python).

A :class:`Period` is parsed from what the command line and the window take (``2026-W48``,
``2026-11``, ``2026-Q4``); the reports are frozen rows that the letters package draws, the files
package writes to .xlsx and the window shows. Accidents are counted the way the tiers count them
(``data.queries.live_accident_clauses``): the queries build these rows, nothing here counts.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field

from .errors import ValidationError
from .loop import DueItem
from .outreach import TrainingCounts


class ReportKind(enum.StrEnum):
    WEEKLY = "weekly"  # 周调度
    MONTHLY = "monthly"  # 月通报
    QUARTERLY = "quarterly"  # 季测评


#: What each kind's period looks like (shown in the error of a malformed period).
PERIOD_EXAMPLES: dict[ReportKind, str] = {
    ReportKind.WEEKLY: "2026-W48",
    ReportKind.MONTHLY: "2026-11",
    ReportKind.QUARTERLY: "2026-Q4",
}

_PATTERNS: dict[ReportKind, re.Pattern[str]] = {
    ReportKind.WEEKLY: re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE),
    ReportKind.MONTHLY: re.compile(r"^(\d{4})-(\d{1,2})$"),
    ReportKind.QUARTERLY: re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE),
}

_QUARTER_NAMES = ("一", "二", "三", "四")


@dataclass(frozen=True)
class Period:
    """A reporting period: its kind, its canonical label and its first and last day."""

    kind: ReportKind
    label: str
    start: dt.date
    end: dt.date

    @property
    def year(self) -> int:
        return self.start.year if self.kind is not ReportKind.WEEKLY else self.iso_year

    @property
    def iso_year(self) -> int:
        return self.start.isocalendar().year

    def title(self) -> str:
        """``2026年第48周（11月23日至11月29日）``, ``2026年11月``, ``2026年第四季度``."""
        s, e = self.start, self.end
        if self.kind is ReportKind.WEEKLY:
            week = s.isocalendar().week
            span = f"{s.month}月{s.day}日至{e.month}月{e.day}日"
            if s.year != e.year:
                span = f"{s.year}年{s.month}月{s.day}日至{e.year}年{e.month}月{e.day}日"
            return f"{self.iso_year}年第{week}周（{span}）"
        if self.kind is ReportKind.MONTHLY:
            return f"{s.year}年{s.month}月"
        return f"{s.year}年第{_QUARTER_NAMES[(s.month - 1) // 3]}季度"

    def cutoff(self, today: dt.date) -> dt.date:
        """The last day counted: the period's end, or today while the period runs."""
        return min(self.end, today)

    def month_ends(self) -> list[dt.date]:
        """The last day of each month of the period (quarters and months)."""
        out = []
        d = self.start
        while d <= self.end:
            out.append(min(month_end(d.year, d.month), self.end))
            d = month_end(d.year, d.month) + dt.timedelta(days=1)
        return out


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def parse_period(kind: str, text: str) -> Period:
    """The period ``text`` of a report of ``kind``; ``ValidationError('period', 'period_format')``
    when it is not one (a 53rd week in a year that has 52, a 13th month, ...)."""
    k = ReportKind(kind)
    cleaned = (text or "").strip()
    m = _PATTERNS[k].match(cleaned)
    bad = ValidationError(
        "period", "period_format", {"value": text, "example": PERIOD_EXAMPLES[k], "kind": k.value}
    )
    if not m:
        raise bad
    year, n = int(m.group(1)), int(m.group(2))
    if not 1900 <= year <= 9998:
        raise bad
    if k is ReportKind.WEEKLY:
        try:
            start = dt.date.fromisocalendar(year, n, 1)
        except ValueError:
            raise bad from None
        return Period(k, f"{year}-W{n:02d}", start, start + dt.timedelta(days=6))
    if k is ReportKind.MONTHLY:
        if not 1 <= n <= 12:
            raise bad
        return Period(k, f"{year}-{n:02d}", dt.date(year, n, 1), month_end(year, n))
    first = 3 * (n - 1) + 1
    return Period(k, f"{year}-Q{n}", dt.date(year, first, 1), month_end(year, first + 2))


def period_of(kind: str, day: dt.date) -> Period:
    """The period of ``kind`` that holds ``day``."""
    k = ReportKind(kind)
    if k is ReportKind.WEEKLY:
        iso = day.isocalendar()
        return parse_period(k, f"{iso.year}-W{iso.week}")
    if k is ReportKind.MONTHLY:
        return parse_period(k, f"{day.year}-{day.month}")
    return parse_period(k, f"{day.year}-Q{(day.month - 1) // 3 + 1}")


def check_not_future(period: Period, today: dt.date) -> None:
    """A period that has not begun has nothing to report."""
    if period.start > today:
        raise ValidationError(
            "period", "period_future", {"value": period.label, "today": today.isoformat()}
        )


def same_day_last_year(day: dt.date) -> dt.date:
    """The same day one year earlier (29 February → 28 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def change_pct(this: int, last: int) -> float | None:
    """Change against last year in percent (negative: 下降); ``None`` when last year had none."""
    if last == 0:
        return None
    return (this - last) * 100.0 / last


# --- rows ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Breakdown:
    """Counted accidents of one township, industry or category: in the month (or period) and year
    to date, this year and in the same period of last year."""

    name: str
    month: int = 0
    last_month: int = 0
    ytd: int = 0
    last_ytd: int = 0

    @property
    def change(self) -> float | None:
        return change_pct(self.ytd, self.last_ytd)


@dataclass(frozen=True)
class MonthCount:
    """Counted accidents of one calendar month, this year and last year (whole month; the
    current month of this year up to the cutoff)."""

    month: int
    this: int
    last: int


#: Something due (a warning's written answer or a measure task): the 待办 list's row.
DueRow = DueItem


@dataclass(frozen=True)
class TierReached:
    """An enterprise whose tier rose in the month (the tier reached at the month's cutoff)."""

    enterprise_id: str
    uscc: str
    name: str
    township: str
    industry: str
    accidents: int
    hazard: bool
    before: str
    tier: str


@dataclass(frozen=True)
class AccidentStats:
    """Counted accidents of a period against the same period last year, with the breakdowns."""

    as_of: dt.date
    last_as_of: dt.date
    period_start: dt.date
    accidents: int
    last_accidents: int
    ytd: int
    last_ytd: int
    by_township: tuple[Breakdown, ...]
    by_industry: tuple[Breakdown, ...]
    by_category: tuple[Breakdown, ...]
    by_month: tuple[MonthCount, ...]
    #: Enterprises per tier code (``none``/``yellow``/``orange``/``red``) at ``as_of``.
    tiers: dict[str, int] = field(default_factory=dict)

    @property
    def ytd_change(self) -> float | None:
        return change_pct(self.ytd, self.last_ytd)

    @property
    def month_change(self) -> float | None:
        return change_pct(self.accidents, self.last_accidents)


@dataclass(frozen=True)
class MonthlyReport:
    """月通报."""

    period: Period
    stats: AccidentStats
    #: Enterprises whose tier rose this month, highest tier first.
    reached: tuple[TierReached, ...]
    #: Warnings issued in the month per tier code.
    warnings_issued: dict[str, int]
    #: Written answers and tasks overdue at the cutoff.
    overdue: tuple[DueRow, ...]

    @property
    def as_of(self) -> dt.date:
        return self.stats.as_of

    def reached_count(self, tier: str) -> int:
        return sum(1 for r in self.reached if r.tier == tier)


@dataclass(frozen=True)
class WeeklyReport:
    """周调度: everything due this week or overdue, by responsible level and township."""

    period: Period
    as_of: dt.date
    items: tuple[DueRow, ...]

    @property
    def overdue(self) -> int:
        return sum(1 for i in self.items if i.urgency == "overdue")


@dataclass(frozen=True)
class QuarterRow:
    """季测评 of one enterprise (``uscc`` set) or township (``uscc`` empty).

    ``answers_due``: written answers due in the quarter (up to the cutoff), of which
    ``on_time`` came by their due date; ``evaluations`` 效果评估 made in the quarter, of which
    ``effective``; ``closed``: warnings closed by the cutoff, of which ``recurred`` saw a counted
    accident after closing, within the quarter."""

    name: str
    uscc: str
    township: str
    warnings: int = 0
    answers_due: int = 0
    on_time: int = 0
    evaluations: int = 0
    effective: int = 0
    closed: int = 0
    recurred: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time * 100.0 / self.answers_due if self.answers_due else None

    @property
    def effective_rate(self) -> float | None:
        return self.effective * 100.0 / self.evaluations if self.evaluations else None

    @property
    def recurrence_rate(self) -> float | None:
        return self.recurred * 100.0 / self.closed if self.closed else None


@dataclass(frozen=True)
class QuarterlyReport:
    """季测评."""

    period: Period
    as_of: dt.date
    enterprises: tuple[QuarterRow, ...]
    townships: tuple[QuarterRow, ...]
    total: QuarterRow
    #: Prevention training held in the quarter (up to the cutoff).
    training: TrainingCounts = TrainingCounts()


@dataclass(frozen=True)
class RestrictionRow:
    """限制评先评优: one red-tier enterprise barred from awards."""

    id: str
    enterprise_id: str
    name: str
    uscc: str
    township: str
    year: int
    basis: str
    start: dt.date | None
    until: dt.date
    lifted_on: dt.date | None
    lift_reason: str

    def active(self, as_of: dt.date) -> bool:
        return (
            self.lifted_on is None
            and (self.start is None or self.start <= as_of)
            and (as_of <= self.until)
        )
