"""PNGs of the document screens (look at them!): the notice tab after issuing, the print preview,
办公设置 and 关于. Set GAOTAI_SCREENSHOTS=/some/folder to keep copies."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtGui import QImage

from .test_letters_ui import issue_all, select


def shot(widget, tmp_path: Path, name: str) -> QImage:
    image = widget.grab().toImage()
    path = tmp_path / f"{name}.png"
    assert image.save(str(path))
    keep = os.environ.get("GAOTAI_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / path.name)
    return image


def count_red(image: QImage) -> int:
    n = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if c.red() > 200 and c.green() < 120 and c.blue() < 120:
                n += 1
    return n


def test_document_screens(window, qtbot, boxes, tmp_path):
    tab = window.notice_tab
    window.tabs.setCurrentWidget(tab)
    window.resize(1280, 800)
    issue_all(qtbot, tab)
    doc_no = next(r.doc_no for r in tab.model.all_rows() if r.kind == "risk_notice")
    select(tab, lambda r: r.doc_no == doc_no)
    qtbot.wait(50)
    shot(window, tmp_path, "notices_issued")

    dlg = tab.preview_selected()
    dlg.resize(1000, 760)
    qtbot.waitUntil(lambda: dlg.painted_pages > 0, timeout=10_000)
    qtbot.wait(100)
    preview = shot(dlg, tmp_path, "preview")
    assert count_red(preview) > 50  # the red issuing-body mark and lines are on screen
    dlg.close()

    settings = window.open_office_settings(first_run=True)
    qtbot.wait(50)
    for i, name in enumerate(("issuer", "numbers", "fonts")):
        settings.ui.settingsTabs.setCurrentIndex(i)
        qtbot.wait(20)
        shot(settings, tmp_path, f"settings_{name}")
    settings.ui.settingsTabs.setCurrentIndex(1)
    settings.ui.riskPrefixEdit.setText("高人社〔2026〕")
    settings.accept()
    qtbot.wait(20)
    shot(settings, tmp_path, "settings_error")
    settings.reject()

    about = window.open_about()
    qtbot.wait(50)
    shot(about, tmp_path, "about")
    about.close()
