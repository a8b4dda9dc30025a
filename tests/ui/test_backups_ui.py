"""Backups in the window: the automatic backup on close (into the chosen folder, a failure told),
备份与恢复 (立即备份, restore a backup, the replaced file kept), the offer at start-up for a
damaged database, the location warning, and a full disk while saving a form."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt
from sqlalchemy import event

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.ui import messages as msg
from gaotai_desktop.ui.dialogs.restore import FOLDER_KEY, offer_restore

from .conftest import close_window, open_window
from .test_dialogs import add_enterprise

NOW = dt.datetime(2026, 11, 28, 17, 30)


def test_closing_backs_up_once_a_day_into_the_chosen_folder(
    qtbot, sample_services, qsettings, boxes, tmp_path
):
    usb = tmp_path / "usb"
    qsettings.setValue(FOLDER_KEY, str(usb))
    window = open_window(qtbot, sample_services, qsettings)
    close_window(window)
    made = sample_services.backups.listing(usb)
    assert len(made) == 1 and made[0].automatic
    assert boxes.shown == []
    window = open_window(qtbot, sample_services, qsettings)
    close_window(window)
    assert len(sample_services.backups.listing(usb)) == 1  # at most daily


def test_a_failed_backup_on_close_is_told(qtbot, sample_services, qsettings, boxes, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    qsettings.setValue(FOLDER_KEY, str(blocker / "backups"))
    window = open_window(qtbot, sample_services, qsettings)
    close_window(window)
    assert window.closed
    [(kind, _title, text, _d)] = boxes.shown
    assert kind == "warning" and "自动备份失败" in text and "U盘" in text


def test_backup_now_and_restore_from_the_window(window, qtbot, boxes, tmp_path):
    dlg = window.open_restore()
    assert dlg is not None and dlg.isVisible()
    made = dlg.backup_now()
    assert made is not None and dlg.rows[0].path == made.path
    before = sqlite_content_dump(window.services.db.engine)
    # a change after the backup
    tab = window.enterprise_tab
    dlg_e = add_enterprise(qtbot, tab)
    qtbot.mouseClick(dlg_e.save_button, Qt.MouseButton.LeftButton)
    assert sqlite_content_dump(window.services.db.engine) != before
    dlg.ui.backupTable.selectRow(0)
    result = dlg.restore_selected()
    assert result is not None
    assert sqlite_content_dump(window.services.db.engine) == before
    assert result.replaced is not None and result.replaced.exists()
    assert any(k == "confirm" for k in boxes.kinds())
    assert any("已从备份" in t for t in boxes.texts("info"))
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)


def test_restoring_a_file_of_another_kind_is_refused(window, boxes, fixtures):
    dlg = window.open_restore()
    before = sqlite_content_dump(window.services.db.engine)
    assert dlg.restore_other(str(fixtures / "enterprises_sample.xlsx")) is None
    assert "不是本程序的数据库" in boxes.texts("error")[0]
    assert sqlite_content_dump(window.services.db.engine) == before


def test_start_up_offers_the_newest_good_backup_for_a_damaged_file(
    sample_services, db_path, boxes, qapp
):
    folder = db_path.parent / "backups"
    made = sample_services.backups.automatic(NOW, folder)
    assert made is not None
    before = sqlite_content_dump(sample_services.db.engine)
    sample_services.dispose()
    damaged = b"\x00" * 4096 + db_path.read_bytes()[4096:]
    db_path.write_bytes(damaged)
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    assert offer_restore(None, db_path, "已损坏", [folder], NOW)
    [offer] = boxes.texts("confirm")
    assert "2026年11月28日 17:30" in offer and str(made.path) in offer
    aside = next(db_path.parent.glob("gaotai.sqlite.damaged-*"))
    assert aside.read_bytes() == damaged
    assert sqlite_content_dump(sample_services.db.engine) == before


def test_declining_the_offer_changes_nothing(sample_services, db_path, boxes, qapp):
    folder = db_path.parent / "backups"
    sample_services.backups.automatic(NOW, folder)
    sample_services.dispose()
    db_path.write_bytes(b"\x00" * 8192)
    boxes.confirm_answer = False
    assert not offer_restore(None, db_path, "已损坏", [folder], NOW)
    assert db_path.read_bytes() == b"\x00" * 8192
    assert not list(db_path.parent.glob("gaotai.sqlite.damaged-*"))


def test_disk_full_while_saving_keeps_what_was_typed(empty_window, qtbot):
    tab = empty_window.enterprise_tab
    dlg = add_enterprise(qtbot, tab)
    engine = empty_window.services.db.engine
    before = sqlite_content_dump(engine)

    def full(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(engine, "before_cursor_execute", full)
    try:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    finally:
        event.remove(engine, "before_cursor_execute", full)
    assert dlg.isVisible()
    assert dlg.ui.nameEdit.text() == "高台县测试建筑工程有限公司"
    shown = dlg.errors.general.text()
    assert "磁盘已满" in shown and "腾出磁盘空间" in shown and "再点“保存”" in shown
    assert sqlite_content_dump(engine) == before
    # once there is room again the same dialog saves what was typed
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    assert sqlite_content_dump(engine) != before


def test_a_database_on_a_network_share_is_warned_about(
    qtbot, services, qsettings, boxes, monkeypatch
):
    notices: list[str] = []
    real = msg.notify
    monkeypatch.setattr(
        msg, "notify", lambda text, ms=10_000: (notices.append(text), real(text, ms))
    )
    monkeypatch.setattr(type(services.backups), "location_risk", lambda self: "network")
    window = open_window(qtbot, services, qsettings)
    assert any("网络共享文件夹" in n for n in notices)
    close_window(window)
