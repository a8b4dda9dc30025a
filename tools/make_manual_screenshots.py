"""Take the manual's screenshots (``resources/manual/*.png``) of the real window.

    QT_QPA_PLATFORM=offscreen python tools/make_manual_screenshots.py   # or under xvfb-run -a

Opens the window on a temporary database holding the test samples (as of 2026-11-28), at
1024x640, grabs each tab and saves it as an 8-bit palette PNG (the bundle keeps only Qt's built-in
PNG support, and the manual should stay a few hundred KB).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GAOTAI_SKIP_FIRST_RUN", "1")

AS_OF = dt.date(2026, 11, 28)
OUT = ROOT / "resources" / "manual"
SIZE = (1024, 640)
COLOURS = 96


def save_small(image, path: Path) -> int:
    """``image`` as an 8-bit palette PNG; returns its size in bytes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    small = image.convertToFormat(
        QImage.Format.Format_Indexed8,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
    )
    if not small.save(str(path), "PNG", 9):
        raise OSError(f"cannot save {path}")
    return path.stat().st_size


def main() -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from gaotai_desktop.services.container import open_services
    from gaotai_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(Path(tmp) / "manual.sqlite", backup_dir=None, actor="王敏")
        services.office.set_values({"contact_person": "王敏", "contact_phone": "0936-6612345"})
        samples = ROOT / "tests" / "fixtures"
        services.importer.run("enterprises", samples / "enterprises_sample.xlsx", today=AS_OF)
        services.importer.run("incidents", samples / "incidents_sample.xlsx", today=AS_OF)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, as_of=AS_OF, settings=settings)
        window.resize(*SIZE)
        window.show()
        loop = QEventLoop()
        window.all_loaded.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        window.start_loading()
        loop.exec()
        tab = window.enterprise_tab
        tab.view.selectRow(0)
        for _ in range(20):
            app.processEvents()
            QTimer.singleShot(50, loop.quit)
            loop.exec()
        total = 0
        for name, widget in (
            ("enterprises", window.enterprise_tab),
            ("accidents", window.accident_tab),
            ("notices", window.notice_tab),
        ):
            window.tabs.setCurrentWidget(widget)
            for _ in range(5):
                app.processEvents()
            size = save_small(window.grab().toImage(), OUT / f"{name}.png")
            total += size
            print(f"{name}.png {size // 1024} KB")
        print(f"total {total // 1024} KB")
        window.close()
        services.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
