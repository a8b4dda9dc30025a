"""The county's 黄橙红 tier rule, pure and configurable: 1 accident yellow, 2 or more (or an
occupational-disease hazard) orange, 3 or more red, counting the calendar year to date.

The *counting* runs in SQL (see ``data.queries``); this module holds the rule that turns a count and a
hazard flag into a tier, the window of the count, and which recognition outcomes count.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class Tier(enum.IntEnum):
    """Ordered so that ``max()`` gives the highest tier met."""

    NONE = 0
    YELLOW = 1
    ORANGE = 2
    RED = 3

    @property
    def code(self) -> str:
        return self.name.lower()

    @classmethod
    def from_code(cls, code: str) -> Tier:
        return cls[code.upper()]


class Outcome(enum.StrEnum):
    """工伤认定 outcome of one injured person's case."""

    PENDING = "待认定"
    RECOGNISED = "认定工伤"
    DEEMED = "视同工伤"
    REJECTED = "不予认定"


#: Outcomes that take an accident out of the count (不予认定: not a work injury; pending cases count).
NOT_COUNTED_OUTCOMES: frozenset[Outcome] = frozenset({Outcome.REJECTED})


@dataclass(frozen=True)
class TierRule:
    """Configurable thresholds. Defaults: ``>=``, since "以上" includes the number itself
    (刑法 第99条, 民法典 第1259条)."""

    yellow_at: int = 1
    orange_at: int = 2
    red_at: int = 3
    hazard_tier: Tier = Tier.ORANGE

    def tier_for(self, accidents: int, hazard: bool) -> Tier:
        tier = Tier.NONE
        if accidents >= self.red_at:
            tier = Tier.RED
        elif accidents >= self.orange_at:
            tier = Tier.ORANGE
        elif accidents >= self.yellow_at:
            tier = Tier.YELLOW
        if hazard:
            tier = max(tier, self.hazard_tier)
        return tier


DEFAULT_RULE = TierRule()


def count_window(as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar year of ``as_of`` up to and including ``as_of``."""
    return dt.date(as_of.year, 1, 1), as_of


def accident_counts(outcomes: list[Outcome | str]) -> bool:
    """Does an accident count, given its injured persons' outcomes?

    An accident is taken out of the count only when *every* injured person's case ended in
    不予认定 (an accident with no persons recorded counts: the office acts when it learns of it).
    """
    if not outcomes:
        return True
    return any(Outcome(o) not in NOT_COUNTED_OUTCOMES for o in outcomes)


#: Tier in words, shown next to every colour (colour-blind users, black-and-white print).
TIER_LABELS: dict[Tier, str] = {
    Tier.NONE: "无预警",
    Tier.YELLOW: "黄色预警",
    Tier.ORANGE: "橙色预警",
    Tier.RED: "红色预警",
}
