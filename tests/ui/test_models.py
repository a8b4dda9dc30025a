"""Every table model passes Qt's model tester; model-side filtering and sorting work."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPersistentModelIndex, Qt

from gaotai_desktop.domain.rows import AccidentRow, NoticeRow, PersonRow, TierRow
from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.ui.models.accidents import AccidentFilterState, AccidentModel, PersonModel
from gaotai_desktop.ui.models.base import ID_ROLE, TIER_ROLE
from gaotai_desktop.ui.models.enterprises import EnterpriseFilter, EnterpriseModel
from gaotai_desktop.ui.models.imports import DifferenceModel, ProblemModel
from gaotai_desktop.ui.models.notices import NoticeFilter, NoticeModel


def tier_rows(n: int = 60) -> list[TierRow]:
    towns = ("城关镇", "宣化镇", "南华镇")
    return [
        TierRow(
            f"id{i}",
            f"91620724MA{i:08d}",
            f"高台县企业{i}有限公司",
            "建筑业" if i % 2 else "制造业",
            towns[i % 3],
            "县应急管理局",
            i % 4,
            i % 7 == 0,
            Tier(min(3, i % 4)),
        )  # fmt: skip
        for i in range(n)
    ]


def test_enterprise_model_passes_tester_through_changes(qtmodeltester):
    model = EnterpriseModel()
    qtmodeltester.check(model)
    model.set_rows(tier_rows())
    qtmodeltester.check(model)
    model.sort(model.column_index("accidents"), Qt.SortOrder.DescendingOrder)
    model.set_filter(EnterpriseFilter(search="企业1"))
    qtmodeltester.check(model)
    model.set_filter(EnterpriseFilter())
    model.upsert(TierRow("id5", "X", "改名", "", "", "", 3, False, Tier.RED))
    model.upsert(TierRow("new", "Y", "新企业", "", "", "", 0, False, Tier.NONE))
    model.remove_id("id7")
    qtmodeltester.check(model)
    assert model.rowCount() == 60


def test_enterprise_filters_and_sort():
    model = EnterpriseModel()
    model.set_rows(tier_rows())
    model.set_filter(EnterpriseFilter(search="企业1"))
    assert 1 < model.rowCount() < 60
    assert all("企业1" in model.text_at(r, 1) for r in range(model.rowCount()))
    model.set_filter(EnterpriseFilter(search="91620724ma0000001"))  # lower case, part of a code
    assert model.rowCount() == 10
    model.set_filter(EnterpriseFilter(tier=Tier.RED, township="城关镇"))
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert rows and all(r.tier == Tier.RED and r.township == "城关镇" for r in rows)
    model.set_filter(EnterpriseFilter())
    col = model.column_index("accidents")
    model.sort(col, Qt.SortOrder.DescendingOrder)
    counts = [model.row_at(r).accidents for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    tiers = [model.index(r, 0).data(TIER_ROLE) for r in range(model.rowCount())]
    assert set(tiers) == {0, 1, 2, 3}


def test_sort_keeps_persistent_indexes():
    model = EnterpriseModel()
    model.set_rows(tier_rows())
    p = QPersistentModelIndex(model.index(10, 1))
    key = p.data(ID_ROLE)
    model.sort(model.column_index("name"), Qt.SortOrder.DescendingOrder)
    assert p.isValid() and p.data(ID_ROLE) == key


def test_upsert_repaints_one_row_only(qtbot):
    model = EnterpriseModel()
    model.set_rows(tier_rows())
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.upsert(
            TierRow(
                "id4", "91620724MA00000004", "高台县企业4有限公司", "", "", "", 3, False, Tier.RED
            )
        )
    top, bottom = blocker.args[0], blocker.args[1]
    assert top.row() == bottom.row() == model.view_row_of("id4")
    assert model.index(top.row(), model.column_index("tier")).data() == "红色预警"


def accident_rows() -> list[AccidentRow]:
    return [
        AccidentRow(
            f"a{i}",
            f"e{i % 5}",
            f"91620724MA{i % 5:08d}",
            f"企业{i % 5}",
            "城关镇" if i % 2 else "南华镇",
            "建筑业",
            f"SG-{i}",
            dt.date(2026, 1 + i % 11, 1),
            "车间",
            "物体打击" if i % 3 else "触电",
            "",
            i % 4 == 3,
            1 + i % 3,
            "认定工伤、待认定" if i % 2 else "不予认定",
            i % 4 != 3,
        )  # fmt: skip
        for i in range(40)
    ]


def test_accident_and_person_models(qtmodeltester):
    model = AccidentModel()
    model.set_rows(accident_rows())
    qtmodeltester.check(model)
    model.set_filter(AccidentFilterState(outcome="待认定", category="触电"))
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert rows and all("待认定" in r.outcomes and r.category == "触电" for r in rows)
    qtmodeltester.check(model)

    persons = PersonModel()
    persons.set_rows([PersonRow("p1", "a1", 0, "张三", "620724198001010018", "轻伤", "认定工伤")])
    qtmodeltester.check(persons)
    assert persons.index(0, 2).data() == "620724********0018"
    persons.set_show_full(True)
    assert persons.index(0, 2).data() == "620724198001010018"


def test_notice_model(qtmodeltester):
    rows = [
        NoticeRow(
            f"e{i}",
            f"U{i}",
            f"企业{i}",
            "城关镇",
            "建筑业",
            "县应急管理局",
            Tier(1 + i % 3),
            i,
            False,
            "risk_notice" if i % 2 else "rectification",
            "due",
        )  # fmt: skip
        for i in range(12)
    ]
    model = NoticeModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.set_filter(NoticeFilter(tier=Tier.RED))
    assert model.rowCount() == 4
    assert model.of_enterprise("e2")[0].name == "企业2"


def test_import_models(qtmodeltester):
    from gaotai_desktop.services.importing import ImportDifference, ImportProblem

    problems = ProblemModel()
    problems.set_rows(
        [
            ImportProblem(5, "统一社会信用代码", "check", {"expected": "L", "actual": "M"}),
            ImportProblem(None, None, "no_rows", {}),
        ]
    )
    qtmodeltester.check(problems)
    assert "校验位" in problems.index(0, 2).data()
    diffs = DifferenceModel()
    diffs.set_rows([ImportDifference(3, "U", "企业", (("联系人", "王", "李"),))])
    qtmodeltester.check(diffs)
    assert "王 → 李" in diffs.index(0, 3).data()
