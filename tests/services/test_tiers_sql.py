"""The SQL aggregate gives exactly the mechanism's tiers, edge by edge."""

import datetime as dt

import pytest

from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.services.accidents import AccidentService
from gaotai_desktop.services.demo import make_uscc
from gaotai_desktop.services.enterprises import EnterpriseService

AS_OF = dt.date(2026, 11, 28)
TODAY = dt.date(2026, 12, 31)  # lets the tests record accidents dated after the as-of date
D = dt.date


def P(outcome="认定工伤"):
    return PersonInput("张三", "620724198001010018", "轻伤", outcome)


CASES = {
    "none": ([], False, 0, Tier.NONE),
    "one": ([(D(2026, 3, 1), [P()])], False, 1, Tier.YELLOW),
    "two": ([(D(2026, 3, 1), [P()]), (D(2026, 4, 1), [P()])], False, 2, Tier.ORANGE),
    "three": ([(D(2026, 1, 1), [P()])] * 3, False, 3, Tier.RED),
    "four": ([(D(2026, 11, 28), [P()])] * 4, False, 4, Tier.RED),
    "one accident three injured": ([(D(2026, 5, 1), [P(), P(), P()])], False, 1, Tier.YELLOW),
    "hazard alone": ([], True, 0, Tier.ORANGE),
    "hazard and one": ([(D(2026, 5, 1), [P()])], True, 1, Tier.ORANGE),
    "hazard and three": ([(D(2026, 5, 1), [P()])] * 3, True, 3, Tier.RED),
    "previous year": ([(D(2025, 12, 31), [P()])] * 3, False, 0, Tier.NONE),
    "after as-of": (
        [(D(2026, 11, 29), [P()])] * 2 + [(D(2026, 2, 1), [P()])],
        False,
        1,
        Tier.YELLOW,
    ),
    "rejected": ([(D(2026, 5, 1), [P("不予认定")]), (D(2026, 6, 1), [P()])], False, 1, Tier.YELLOW),
    "pending counts": ([(D(2026, 5, 1), [P("待认定")])] * 2, False, 2, Tier.ORANGE),
    "one of two rejected": (
        [(D(2026, 5, 1), [P("不予认定"), P("视同工伤")])],
        False,
        1,
        Tier.YELLOW,
    ),
}


@pytest.fixture
def services(db):
    return EnterpriseService(db), AccidentService(db)


@pytest.mark.parametrize("case", list(CASES))
def test_tier_from_sql(services, case):
    ents, accs = services
    accidents, hazard, expected_count, expected_tier = CASES[case]
    import random

    code = make_uscc(random.Random(case))
    row = ents.create(
        EnterpriseInput(
            code, f"高台县{case}有限公司", township="城关镇", hazard=hazard,
            hazard_date=D(2026, 6, 1) if hazard else None,
        ),
        today=TODAY,
    )  # fmt: skip
    for date, persons in accidents:
        accs.record(
            AccidentInput(code, date, "车间", "机械伤害", "", "", tuple(persons)), today=TODAY
        )
    tier = ents.tier_of(row.id, AS_OF)
    assert (tier.accidents, tier.hazard, tier.tier) == (expected_count, hazard, expected_tier)
    assert [t for t in ents.tiers(AS_OF) if t.enterprise_id == row.id] == [tier]


def test_voided_accident_stops_counting_and_the_tier_falls(services):
    ents, accs = services
    ents.create(EnterpriseInput("91620724MA01AB2C3L", "高台县作废测试有限公司"), today=TODAY)
    first = accs.record(
        AccidentInput("91620724MA01AB2C3L", D(2026, 5, 1), persons=(P(),)), today=AS_OF
    )
    second = accs.record(
        AccidentInput("91620724MA01AB2C3L", D(2026, 6, 1), persons=(P(),)), today=AS_OF
    )
    assert (first.before.tier, first.after.tier, first.rose) == (Tier.NONE, Tier.YELLOW, True)
    assert (second.after.tier, second.rose) == (Tier.ORANGE, True)
    voided = accs.void(second.accident.id, "重复登记", today=AS_OF)
    assert (voided.after.tier, voided.rose) == (Tier.YELLOW, False)
    assert voided.accident.voided and not voided.accident.counted


def test_hazard_dated_after_as_of_does_not_count_yet(services):
    ents, _ = services
    row = ents.create(
        EnterpriseInput(
            "91620724MA01AB2C3L", "高台县隐患有限公司", hazard=True, hazard_date=D(2026, 12, 5)
        ),
        today=TODAY,
    )
    assert ents.tier_of(row.id, AS_OF).tier is Tier.NONE
    assert ents.tier_of(row.id, D(2026, 12, 6)).tier is Tier.ORANGE


def test_deleted_enterprise_leaves_the_list(services):
    ents, _ = services
    row = ents.create(EnterpriseInput("91620724MA01AB2C3L", "高台县注销有限公司"), today=TODAY)
    ents.delete(row.id, reason="企业已注销")
    assert ents.tiers(AS_OF) == []
