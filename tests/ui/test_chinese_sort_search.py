"""Chinese sorting and search through the real window: names by pinyin, pinyin initials in the
search box, counts descending on the first click (issue #12 item 10)."""

from __future__ import annotations

from pypinyin import Style, pinyin
from PySide6.QtCore import QPoint, Qt

from .conftest import type_text


def pypinyin_order(names: list[str]) -> list[str]:
    """The oracle: each character by pypinyin's own reading (syllable, tone), then code point."""

    def key(name: str):
        out = []
        for ch in name:
            r = pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True)[0][0]
            out.append((0, r.rstrip("012345"), r[len(r.rstrip("012345")) :], ord(ch)))
        return out

    return sorted(names, key=key)


def click_header(qtbot, view, column: int) -> None:
    header = view.horizontalHeader()
    view.scrollTo(view.model().index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def shown(tab, key: str) -> list[str]:
    col = tab.model.column_index(key)
    return [tab.model.text_at(r, col) for r in range(tab.model.rowCount())]


def test_names_sort_by_pinyin_in_every_table(window, qtbot):
    for tab, key in (
        (window.enterprise_tab, "name"),
        (window.accident_tab, "enterprise_name"),
        (window.notice_tab, "name"),
    ):
        window.tabs.setCurrentWidget(tab)
        click_header(qtbot, tab.view, tab.model.column_index(key))
        names = shown(tab, key)
        assert len(set(names)) > 3
        assert names == pypinyin_order(names), tab.title
        assert names != sorted(names), tab.title  # code point order would differ
    # the filter lists too
    industries = window.enterprise_tab.model.distinct("industry")
    assert industries == pypinyin_order(industries)


def test_search_finds_pinyin_initials(window, qtbot):
    tab = window.enterprise_tab
    type_text(qtbot, tab.search, "hhwl")  # 黑河物流
    tab.search.flush()
    assert [tab.model.row_at(r).name for r in range(tab.model.rowCount())] == [
        "高台县黑河物流有限公司"
    ]
    tab.search.clear()
    type_text(qtbot, tab.search, "XXWL")  # 新兴物流 and 新祥物流, any case
    tab.search.flush()
    assert {tab.model.row_at(r).name for r in range(tab.model.rowCount())} == {
        "高台县新兴物流有限公司",
        "高台县新祥物流有限公司",
    }
    tab.search.clear()
    type_text(qtbot, tab.search, "gtxjc")  # 高台县金川
    tab.search.flush()
    assert [tab.model.row_at(r).name for r in range(tab.model.rowCount())] == [
        "高台县金川化工有限公司"
    ]
    # the accident list and the notice list search the same way
    acc = window.accident_tab
    type_text(qtbot, acc.search, "hhwl")
    acc.search.flush()
    assert acc.model.rowCount() > 0
    assert all(
        "黑河物流" in acc.model.row_at(r).enterprise_name for r in range(acc.model.rowCount())
    )
    notices = window.notice_tab
    type_text(qtbot, notices.search, "jc")
    notices.search.flush()
    assert all("金川" in notices.model.row_at(r).name for r in range(notices.model.rowCount()))


def test_first_click_on_a_count_column_sorts_descending(window, qtbot):
    tab = window.enterprise_tab
    col = tab.model.column_index("accidents")
    click_header(qtbot, tab.view, tab.model.column_index("name"))  # another column first
    click_header(qtbot, tab.view, col)
    assert tab.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    counts = [tab.model.row_at(r).accidents for r in range(tab.model.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    click_header(qtbot, tab.view, col)  # the second click turns it round
    counts = [tab.model.row_at(r).accidents for r in range(tab.model.rowCount())]
    assert counts == sorted(counts)
    # a text column still starts ascending
    click_header(qtbot, tab.view, tab.model.column_index("township"))
    assert tab.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    acc = window.accident_tab
    window.tabs.setCurrentWidget(acc)
    click_header(qtbot, acc.view, acc.model.column_index("persons"))
    assert acc.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
