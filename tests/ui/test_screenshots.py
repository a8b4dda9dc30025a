"""Import the sample files through the window and save a PNG of each tab (look at them!)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.ui.style import TIER_BACKGROUND


def has_colour(image: QImage, colour: str) -> bool:
    want = QColor(colour).rgb()
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 7):
            if image.pixel(x, y) == want:
                return True
    return False


def test_screenshots_of_each_tab(empty_window, qtbot, fixtures, tmp_path, boxes):
    window = empty_window
    for kind, name in (
        ("enterprises", "enterprises_sample.xlsx"),
        ("incidents", "incidents_sample.xlsx"),
    ):
        with (
            qtbot.waitSignal(window.all_loaded, timeout=20_000),
            qtbot.waitSignal(window.import_finished, timeout=20_000) as done,
        ):
            window.run_import(kind, fixtures / name)
        assert not isinstance(done.args[0], Exception), done.args[0]
    assert window.enterprise_tab.model.rowCount() == 18
    window.resize(1280, 800)
    window.enterprise_tab.view.selectRow(0)
    qtbot.waitUntil(lambda: window.enterprise_tab.panel_accidents.rowCount() > 0, timeout=20_000)
    shots = {}
    for i, name in enumerate(("enterprises", "accidents", "notices")):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(50)
        path = tmp_path / f"tab_{name}.png"
        image = window.grab().toImage()
        assert image.save(str(path))
        shots[name] = image
        assert path.stat().st_size > 10_000
    for tier in (Tier.RED, Tier.ORANGE, Tier.YELLOW):
        assert has_colour(shots["enterprises"], TIER_BACKGROUND[tier]), tier
        assert has_colour(shots["notices"], TIER_BACKGROUND[tier]), tier
