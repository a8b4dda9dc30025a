"""The list-value normaliser: variants as people type them map to the list's value."""

from __future__ import annotations

import pytest

from gaotai_desktop.domain.choices import ChoiceLists, ChoiceNormaliser, choice_key
from gaotai_desktop.domain.reference import INDUSTRIES


@pytest.fixture(scope="module")
def norm() -> ChoiceNormaliser:
    return ChoiceNormaliser()


@pytest.mark.parametrize(
    ("field", "typed", "value"),
    [
        ("industry", "农、林、牧、渔业", "农林牧渔业"),
        ("industry", "A", "农林牧渔业"),
        ("industry", "01", "农林牧渔业"),
        ("industry", "05", "农林牧渔业"),
        ("industry", "0111", "农林牧渔业"),
        ("industry", "A 农、林、牧、渔业", "农林牧渔业"),
        ("industry", "A01", "农林牧渔业"),
        ("industry", "Ａ　农林牧渔业", "农林牧渔业"),  # full width letter and space
        ("industry", "e", "建筑业"),
        ("industry", "47", "建筑业"),
        ("industry", "E 房屋建筑业", "建筑业"),
        ("industry", "交通运输,仓储和邮政业", "交通运输、仓储和邮政业"),
        ("industry", "交通运输、仓储及邮政业", "交通运输、仓储和邮政业"),
        ("industry", "54", "交通运输、仓储和邮政业"),
        ("industry", "建筑", "建筑业"),
        ("township", "城关", "城关镇"),
        ("township", "高台县城关镇", "城关镇"),
        ("township", "甘肃省张掖市高台县骆驼城镇", "骆驼城镇"),
        ("township", "骆驼城", "骆驼城镇"),
        ("township", " 城关 镇 ", "城关镇"),
        ("authority", "高台县应急管理局", "县应急管理局"),
        ("authority", "应急局", "县应急管理局"),
        ("authority", "应急管理局", "县应急管理局"),
        ("authority", "高台县住建局", "县住房和城乡建设局"),
        ("authority", "卫健委", "县卫生健康局"),
        ("category", "高空坠落", "高处坠落"),
        ("category", "中毒、窒息", "中毒和窒息"),
        ("category", "坍塌事故", "坍塌"),
        ("category", "1", "物体打击"),
        ("category", "09 高处坠落", "高处坠落"),
        ("category", "其它伤害", "其他伤害"),
        ("severity", "重伤害", "重伤"),
        ("severity", "轻 伤", "轻伤"),
    ],
)
def test_variants_map_to_the_list(norm: ChoiceNormaliser, field: str, typed: str, value: str):
    choice = norm.choice(field, typed)
    assert (choice.value, choice.known, choice.changed) == (value, True, True)


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("industry", "养殖"),
        ("industry", "98"),  # no such division
        ("industry", "C 农林牧渔业"),  # letter and name disagree: not guessed
        ("industry", "E01"),  # division 01 is in section A
        ("township", "酒泉"),
        ("authority", "县林业和草原局"),
        ("category", "爆炸"),  # 火药/瓦斯/锅炉/容器/其他爆炸: which one?
        ("category", "3 触电"),  # GB 6441 no. 3 is 机械伤害
        ("severity", "擦伤"),
    ],
)
def test_unknown_values_are_kept_as_typed(norm: ChoiceNormaliser, field: str, typed: str):
    choice = norm.choice(field, typed)
    assert (choice.value, choice.known, choice.changed) == (typed, False, False)


def test_list_values_and_empty_stay(norm: ChoiceNormaliser):
    for _code, name in INDUSTRIES:
        assert norm.choice("industry", name) == norm.choice("industry", name)
        assert (norm.value("industry", name), norm.choice("industry", name).changed) == (
            name,
            False,
        )
    assert norm.choice("township", "").known
    assert norm.value("category", "  ") == ""


def test_edited_lists_are_followed():
    """The database's lists win: an edited name keeps its section letter; a township added."""
    lists = ChoiceLists(
        townships=("城关镇", "新城乡"),
        industries=(("A", "农、林、牧、渔业"), ("E", "建筑业")),
        authorities=("高台县应急管理局",),
        categories=("高处坠落",),
    )
    norm = ChoiceNormaliser(lists)
    assert norm.value("industry", "农林牧渔业") == "农、林、牧、渔业"
    assert norm.value("industry", "01") == "农、林、牧、渔业"
    assert norm.choice("industry", "制造业").known is False  # not in this list
    assert norm.value("township", "新城") == "新城乡"
    assert norm.value("authority", "县应急管理局") == "高台县应急管理局"
    assert norm.value("authority", "应急局") == "高台县应急管理局"
    assert norm.choice("category", "1").known is False  # 物体打击 is not in this list


def test_key():
    assert choice_key("农、林、牧、渔业") == choice_key("农林牧渔业")
    assert choice_key("ａ　b-c") == "ABC"
