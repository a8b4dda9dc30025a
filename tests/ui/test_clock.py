"""A window left open follows the clock: past midnight, and over New Year when every tier resets."""

from __future__ import annotations

import datetime as dt

from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.ui.main_window import MainWindow

from .conftest import AS_OF, close_window


def open_with_clock(qtbot, services, qsettings, clock):
    window = MainWindow(services, as_of=clock(), clock=clock, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.all_loaded, timeout=20_000):
        window.start_loading()
    return window


def tiers(window) -> dict[str, Tier]:
    model = window.enterprise_tab.model
    return {model.row_at(r).uscc: model.row_at(r).tier for r in range(model.rowCount())}


def test_new_year_resets_the_tiers_on_screen(qtbot, sample_services, qsettings, boxes) -> None:
    today = [dt.date(2026, 12, 31)]
    window = open_with_clock(qtbot, sample_services, qsettings, lambda: today[0])
    try:
        assert window.day_timer.isActive()
        before = tiers(window)
        assert any(t != Tier.NONE for t in before.values())
        assert not window.follow_clock()  # same day: nothing moves

        today[0] = dt.date(2027, 1, 1)
        with qtbot.waitSignal(window.enterprise_tab.loaded, timeout=20_000):
            assert window.follow_clock()
        assert window.as_of == dt.date(2027, 1, 1)
        assert "2027年1月1日" in window.as_of_label.text()
        assert "自2027年1月1日起" in window.as_of_label.text()
        # no accident of the sample is dated 2027: every tier is reset, hazards stay orange
        after = tiers(window)
        assert set(after) == set(before)
        assert all(t in (Tier.NONE, Tier.ORANGE) for t in after.values())
        assert sum(t != Tier.NONE for t in after.values()) < sum(
            t != Tier.NONE for t in before.values()
        )
        assert all(tab.as_of == dt.date(2027, 1, 1) for tab in window.all_tabs())
        # the accident tab's range was the counting window: it moves with it
        assert window.accident_tab.date_range() == (dt.date(2027, 1, 1), dt.date(2027, 1, 1))
    finally:
        close_window(window)


def test_a_chosen_accident_range_stays(qtbot, sample_services, qsettings, boxes) -> None:
    from PySide6.QtCore import QDate

    today = [AS_OF]
    window = open_with_clock(qtbot, sample_services, qsettings, lambda: today[0])
    try:
        tab = window.accident_tab
        tab.date_from.setDate(QDate(2025, 1, 1))
        today[0] = AS_OF + dt.timedelta(days=1)
        assert window.follow_clock()
        assert tab.date_range() == (dt.date(2025, 1, 1), AS_OF)
        assert "2026年11月29日" in window.as_of_label.text()
    finally:
        close_window(window)


def test_a_pinned_window_has_no_clock(window) -> None:
    assert not window.day_timer.isActive()
    assert not window.follow_clock()
    assert window.as_of == AS_OF
