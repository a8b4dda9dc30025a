"""Import from the window: preview, problems by row and column, all-or-nothing, cancellable."""

from __future__ import annotations

import threading

from PySide6.QtCore import QRunnable, Qt
from PySide6.QtWidgets import QPushButton

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.ui import workers

from .conftest import AS_OF


def bad_incidents(fixtures, tmp_path):
    text = (fixtures / "incidents_sample.csv").read_text("utf-8-sig")
    text = text.replace("620724196804246594", "620724196804246595")  # check digit
    text = text.replace("2026-02-02", "2026-02-31")  # no such date
    path = tmp_path / "坏事故.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_file_preview_lists_problems_and_cancel_writes_nothing(
    window, qtbot, fixtures, tmp_path, boxes
):
    engine = window.services.db.engine
    before = sqlite_content_dump(engine)
    window.import_file("incidents", bad_incidents(fixtures, tmp_path))
    dlg = window.import_dialog
    assert dlg is not None and dlg.isVisible()
    assert not dlg.import_button.isEnabled()
    problems = dlg.problem_model
    assert problems.rowCount() == 2
    found = {(problems.text_at(r, 0), problems.text_at(r, 1)) for r in range(2)}
    assert found == {("2", "身份证号"), ("3", "事故日期")}
    assert "校验位" in " ".join(problems.text_at(r, 2) for r in range(2))
    assert "未写入任何数据" in dlg.ui.statusLabel.text()
    qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    assert window.import_dialog is None
    assert sqlite_content_dump(engine) == before


def test_import_enterprises_through_the_dialog(empty_window, qtbot, fixtures, boxes):
    window = empty_window
    window.import_file("enterprises", fixtures / "enterprises_sample.csv")
    dlg = window.import_dialog
    assert "新增企业 18 家" in dlg.ui.summaryLabel.text()
    assert dlg.import_button.isEnabled()
    with qtbot.waitSignal(window.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].created == 18
    qtbot.waitUntil(lambda: window.enterprise_tab.model.rowCount() == 18, timeout=10_000)
    assert "导入完成" in boxes.texts("info")[-1]
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)


def test_failed_import_shows_every_problem(window, qtbot, fixtures, tmp_path, boxes):
    engine = window.services.db.engine
    before = sqlite_content_dump(engine)
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        window.run_import("incidents", bad_incidents(fixtures, tmp_path))
    kind, _title, text, details = boxes.shown[-1]
    assert kind == "error" and "未写入任何数据" in text and "未导入：发现2处问题" in text
    assert "第2行" in details and "第3行" in details
    assert sqlite_content_dump(engine) == before


def test_cancelled_import_writes_nothing(empty_window, qtbot, fixtures, boxes):
    window = empty_window
    engine = window.services.db.engine
    before = sqlite_content_dump(engine)
    pool = workers.pool()
    old_max = pool.maxThreadCount()
    gate = threading.Event()

    class Blocker(QRunnable):
        def run(self) -> None:
            gate.wait(10)

    pool.setMaxThreadCount(1)
    blocker = Blocker()
    pool.start(blocker)
    try:
        task = window.run_import("enterprises", fixtures / "enterprises_sample.xlsx")
        # the import waits behind the blocker; the user presses 取消 on the progress dialog
        cancel = window.import_progress.findChild(QPushButton)
        assert cancel.text() == "取消"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert task.progress.cancelled
        with qtbot.waitSignal(window.import_finished, timeout=20_000) as done:
            gate.set()
    finally:
        gate.set()
        workers.wait_all()
        pool.setMaxThreadCount(old_max)
    from gaotai_desktop.services.importing import ImportCancelled

    assert isinstance(done.args[0], ImportCancelled)
    assert "导入已取消，未写入任何数据" in boxes.texts("info")[-1]
    assert sqlite_content_dump(engine) == before
    assert window.services.enterprises.tiers(AS_OF) == []
