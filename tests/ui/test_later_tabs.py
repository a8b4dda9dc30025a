"""The window builds only 企业 before its first paint: the other tabs are empty pages with their
titles until the enterprise table has painted, then they are built in place (menus included). The
tiers on screen are checked against the accidents after the first paint."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.services.demo import make_uscc

from .conftest import AS_OF, close_window


def _window(qtbot, services, qsettings):
    from gaotai_desktop.ui.main_window import MainWindow

    window = MainWindow(services, as_of=AS_OF, settings=qsettings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


def test_the_other_tabs_are_built_after_the_first_paint(qtbot, services, qsettings, boxes):
    from gaotai_desktop.ui.main_window import LATER_TABS
    from gaotai_desktop.ui.tabs.base import Tab

    window = _window(qtbot, services, qsettings)
    assert not window.tabs_built()
    pages = [window.tabs.widget(i) for i in range(window.tabs.count())]
    assert pages[0] is window.enterprise_tab
    assert not any(isinstance(p, Tab) for p in pages[1:])
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["企业", *(title for _name, title in LATER_TABS)]
    assert window.documents_menu.actions() == []
    window.show()
    with qtbot.waitSignal(window.all_loaded, timeout=20_000):
        window.start_loading()
    assert window.tabs_built()
    for index, (name, title) in enumerate(LATER_TABS, start=1):
        tab = window.tabs.widget(index)
        assert tab is getattr(window, name)
        assert isinstance(tab, Tab) and tab.title == title == window.tabs.tabText(index)
    assert window.notice_tab.issue_action in window.documents_menu.actions()
    assert window.notice_tab.batch_print_action in window.file_menu.actions()
    assert window.case_tab.home_visit_action in window.record_menu.actions()
    assert window.current_tab() is window.enterprise_tab
    close_window(window)


def test_a_tab_asked_for_before_the_first_paint_is_built_then(qtbot, services, qsettings, boxes):
    window = _window(qtbot, services, qsettings)
    window.tabs.setCurrentIndex(3)  # 预警闭环, still an empty page
    assert window.current_tab() is window.warning_tab
    assert window.tabs_built()
    assert window.tabs.currentWidget() is window.warning_tab
    window.close()


def test_quitting_before_the_first_paint_builds_nothing_more(qtbot, services, qsettings, boxes):
    window = _window(qtbot, services, qsettings)
    window.show()
    window.start_loading()
    window.close()
    qtbot.wait(300)
    assert not window.tabs_built()


def _county(services) -> str:
    """One enterprise with three accidents before the as-of date (红色), the rest none."""
    rng = random.Random(5)
    code = make_uscc(rng)
    services.enterprises.create(EnterpriseInput(code, "高台县鑫源有限公司"), today=AS_OF)
    services.enterprises.create(EnterpriseInput(make_uscc(rng), "高台县金川有限公司"), today=AS_OF)
    person = PersonInput("张三", "620724198001010018", "轻伤", "认定工伤")
    for day in (3, 4, 5):
        services.accidents.record(
            AccidentInput(code, dt.date(2026, 3, day), persons=(person,)), today=AS_OF
        )
    return code


def test_tiers_that_disagree_with_the_accidents_are_read_again(
    qtbot, services, db_path, qsettings, boxes
):
    code = _county(services)
    con = sqlite3.connect(db_path)
    con.execute("UPDATE tier_count SET accidents = 0")  # what no program does: a hand edit
    con.commit()
    con.close()
    window = _window(qtbot, services, qsettings)
    window.show()
    with qtbot.waitSignal(window.all_loaded, timeout=20_000):
        window.start_loading()

    def red() -> bool:
        rows = {r.uscc: r for r in window.enterprise_tab.model.all_rows()}
        return rows[code].tier == Tier.RED and rows[code].accidents == 3

    qtbot.waitUntil(red, timeout=20_000)
    close_window(window)
