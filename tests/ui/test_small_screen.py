"""Small screens (issue 12 item 4): at 1024x700 the status bar is on screen, the side panel folds
away, toolbar actions stay reachable, and the tier column stays in view when the enterprise table
scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton


def _inside(widget, window) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (
        widget.isVisible()
        and top_left.x() >= 0
        and top_left.y() >= 0
        and top_left.x() + widget.width() <= window.width()
        and top_left.y() + widget.height() <= window.height()
    )


def _small(window, qtbot, width=1024, height=700) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height), timeout=5000)


def test_status_bar_and_buttons_on_screen_at_1024x700(window, qtbot):
    assert window.minimumSizeHint().height() <= 700
    _small(window, qtbot)
    for tab in window.all_tabs():
        window.tabs.setCurrentWidget(tab)
        assert _inside(window.statusBar(), window), type(tab).__name__
        assert _inside(window.as_of_label, window)
        assert _inside(tab.count_label, window)


def test_tier_column_stays_visible_when_the_table_scrolls_sideways(window, qtbot):
    _small(window, qtbot)
    tab = window.enterprise_tab
    window.tabs.setCurrentWidget(tab)
    tier = tab.model.column_index("tier")
    pinned = tab.pinned_tier
    assert tab.view.isColumnHidden(tier) and not pinned.isColumnHidden(tier)
    bar = tab.view.horizontalScrollBar()
    assert bar.maximum() > 0, "the table fits: nothing to scroll at this width"
    for value in (0, bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        process_events()
        assert _inside(pinned, window)
        for row in (0, 5):
            rect = pinned.visualRect(tab.model.index(row, tier))
            assert pinned.viewport().rect().contains(rect.center())
            assert tab.model.index(row, tier).data() == tab.model.text_at(row, tier)
    # the pinned column follows the selection and the vertical scroll
    tab.view.setFocus()
    tab.view.selectRow(3)
    assert pinned.selectionModel().isRowSelected(3)
    last = tab.model.rowCount() - 1
    tab.view.scrollToBottom()
    process_events()
    assert pinned.verticalScrollBar().value() == tab.view.verticalScrollBar().value()
    assert pinned.viewport().rect().intersects(pinned.visualRect(tab.model.index(last, tier)))
    # sorting by the pinned header sorts the table
    x = pinned.horizontalHeader().sectionViewportPosition(tier) + 5
    qtbot.mouseClick(
        pinned.horizontalHeader().viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5)
    )
    assert tab.model.sort_column == tier
    assert tab.view.horizontalHeader().sortIndicatorSection() == tier


def test_side_panel_folds_away_and_comes_back(window, qtbot):
    _small(window, qtbot)
    tab = window.enterprise_tab
    window.tabs.setCurrentWidget(tab)
    assert window.panel_action.isChecked() and tab.panel_shown()
    narrow = tab.view.width()
    window.panel_action.trigger()
    process_events()
    assert not tab.panel_shown() and not window.panel_action.isChecked()
    assert tab.view.width() > narrow + 200
    window.panel_action.trigger()
    process_events()
    assert tab.panel_shown() and window.panel_action.isChecked()
    assert tab.splitter.sizes()[1] >= tab.panel.minimumWidth()


def test_toolbar_actions_stay_reachable(window, qtbot):
    tab = window.notice_tab
    window.tabs.setCurrentWidget(tab)
    menu_actions = {
        a for top in window.menuBar().actions() if top.menu() for a in top.menu().actions()
    }
    for width in (1024, window.minimumSizeHint().width()):
        _small(window, qtbot, width)
        process_events()
        toolbar = tab.toolbar
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        for action in toolbar.actions():
            if action.isSeparator():
                continue
            button = toolbar.widgetForAction(action)
            shown = button is not None and button.isVisible() and _inside(button, window)
            behind = extension is not None and extension.isVisible() and _inside(extension, window)
            assert shown or behind, (width, action.text())
            assert action in menu_actions, action.text()


def process_events() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
