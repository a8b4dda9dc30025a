import datetime as dt

import pytest

from gaotai_desktop.domain.tiers import (
    DEFAULT_RULE,
    TIER_LABELS,
    Outcome,
    Tier,
    TierRule,
    accident_counts,
    count_window,
)


@pytest.mark.parametrize(
    ("accidents", "hazard", "tier"),
    [
        (0, False, Tier.NONE),
        (1, False, Tier.YELLOW),
        (2, False, Tier.ORANGE),
        (3, False, Tier.RED),
        (4, False, Tier.RED),
        (0, True, Tier.ORANGE),
        (1, True, Tier.ORANGE),
        (2, True, Tier.ORANGE),
        (3, True, Tier.RED),
        (10, True, Tier.RED),
    ],
)
def test_default_rule(accidents, hazard, tier):
    assert DEFAULT_RULE.tier_for(accidents, hazard) is tier


def test_rule_is_configurable():
    strict = TierRule(yellow_at=1, orange_at=3, red_at=5)
    assert strict.tier_for(2, False) is Tier.YELLOW
    assert strict.tier_for(4, False) is Tier.ORANGE
    assert strict.tier_for(5, False) is Tier.RED


def test_tiers_are_ordered_and_labelled():
    assert max(Tier.YELLOW, Tier.RED, Tier.ORANGE) is Tier.RED
    assert [TIER_LABELS[t] for t in Tier] == ["无预警", "黄色预警", "橙色预警", "红色预警"]
    assert Tier.from_code("orange") is Tier.ORANGE and Tier.RED.code == "red"


def test_window_is_calendar_year_up_to_as_of():
    assert count_window(dt.date(2026, 11, 28)) == (dt.date(2026, 1, 1), dt.date(2026, 11, 28))
    assert count_window(dt.date(2027, 1, 1)) == (dt.date(2027, 1, 1), dt.date(2027, 1, 1))


@pytest.mark.parametrize(
    ("outcomes", "counts"),
    [
        ([], True),
        ([Outcome.PENDING], True),
        ([Outcome.RECOGNISED], True),
        ([Outcome.DEEMED], True),
        ([Outcome.REJECTED], False),
        ([Outcome.REJECTED, Outcome.REJECTED], False),
        ([Outcome.REJECTED, Outcome.PENDING], True),
        (["认定工伤", "不予认定"], True),
    ],
)
def test_accident_counts_unless_every_person_rejected(outcomes, counts):
    assert accident_counts(outcomes) is counts
