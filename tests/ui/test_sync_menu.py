"""同步 menu: status (dialog and status-bar note), export on a laptop, import at the office with
its receipt, the conflict queue opened from the menu, and the receipt back on the laptop."""

from __future__ import annotations

import datetime as dt

from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import open_services

from .conftest import close_window, open_window
from .test_sync_conflicts import PASS, TODAY, edit, uscc


def test_laptop_exports_office_imports_and_the_receipt_comes_back(
    qtbot, services, qsettings, boxes, tmp_path
):
    services.enterprises.create(
        EnterpriseInput(uscc=uscc(1), name="高台县原名有限公司", phone="0936-1"), today=TODAY
    )
    services.enterprises.create(
        EnterpriseInput(uscc=uscc(2), name="高台县二号有限公司", phone="0936-5"), today=TODAY
    )
    services.sync.enroll("笔记本一", PASS, tmp_path / "co.gsync")
    laptop_path = tmp_path / "laptop" / "l.sqlite"
    laptop_path.parent.mkdir()
    laptop = open_services(laptop_path, backup_dir=tmp_path / "lb", actor="外出科员")
    laptop.sync.checkout((tmp_path / "co.gsync").read_bytes(), PASS)
    edit(laptop, uscc(1), name="高台县笔记本名有限公司", phone="0936-3")
    edit(laptop, uscc(2), phone="0936-6")
    edit(services, uscc(1), name="高台县办公室名有限公司")
    # the laptop's window: a note in the status bar, then 导出更改
    lw = open_window(qtbot, laptop, qsettings)
    try:
        qtbot.waitUntil(lambda: lw.sync_menu.label.isVisible(), timeout=10_000)
        assert lw.sync_menu.label.text() == "外出笔记本：未发送 2 项"
        dlg = lw.sync_menu.open_status()
        assert dlg is not None
        assert dlg.ui.roleValue.text() == "外出笔记本 笔记本一"
        assert dlg.ui.pendingValue.text() == "2 项"
        assert dlg.ui.exportButton.isEnabled() and not dlg.ui.conflictsButton.isEnabled()
        dlg.close()
        package = tmp_path / "stick" / "changes.gsync"
        package.parent.mkdir()
        with qtbot.waitSignal(lw.sync_menu.finished, timeout=30_000) as done:
            assert lw.sync_menu.export_changes(package, PASS) is not None
        assert not isinstance(done.args[0], BaseException), done.args
        assert package.exists()
        assert any("可以拔下U盘" in t for t in boxes.texts("info"))
    finally:
        close_window(lw)
    # the office's window: 导入同步包 with the receipt, one conflict in the queue
    boxes.shown.clear()
    ow = open_window(qtbot, services, qsettings)
    try:
        assert not ow.sync_menu.label.isVisible()
        receipt = tmp_path / "stick" / "receipt.gsync"
        with qtbot.waitSignal(ow.sync_menu.finished, timeout=30_000) as done:
            assert ow.sync_menu.import_package(package, PASS, receipt) is not None
        assert not isinstance(done.args[0], BaseException), done.args
        (text,) = boxes.texts("info")
        assert "已采用 2 条，冲突 1 条" in text and "receipt.gsync" in text
        assert receipt.exists()
        assert services.enterprises.find_by_uscc(uscc(2)).phone == "0936-6"
        qtbot.waitUntil(lambda: ow.sync_menu.label.isVisible(), timeout=10_000)
        assert ow.sync_menu.label.text() == "同步冲突 1 个待处理"
        status = ow.sync_menu.open_status()
        assert status is not None and status.ui.conflictsValue.text() == "1 个"
        assert status.ui.peersValue.text() == "笔记本一"
        received = status.ui.receivedValue.text()
        assert "2026-11-28" in received and "（包 " in received, received
        status.close()
        queue = ow.sync_menu.open_conflicts()
        assert queue is not None and queue.ui.conflictsTable.rowCount() == 1
        queue.close()
        # a repeat changes nothing
        boxes.shown.clear()
        with qtbot.waitSignal(ow.sync_menu.finished, timeout=30_000):
            ow.sync_menu.import_package(package, PASS, tmp_path / "stick" / "r2.gsync")
        assert boxes.texts("info") == ["该同步包已导入过，未作任何改动。"]
        # a wrong passphrase: refused with the reason
        boxes.shown.clear()
        with qtbot.waitSignal(ow.sync_menu.finished, timeout=30_000):
            ow.sync_menu.import_package(package, "错误口令", tmp_path / "stick" / "r3.gsync")
        assert any("无法解密" in t or "口令" in t for t in boxes.texts("error")), boxes.shown
    finally:
        close_window(ow)
    # the receipt back on the laptop empties its outbox
    lw = open_window(qtbot, laptop, qsettings)
    try:
        with qtbot.waitSignal(lw.sync_menu.finished, timeout=30_000) as done:
            lw.sync_menu.import_package(receipt, PASS)
        assert not isinstance(done.args[0], BaseException), done.args
        assert laptop.sync.status().pending == 0
        qtbot.waitUntil(lambda: lw.sync_menu.label.text() == "外出笔记本：未发送 0 项")
    finally:
        close_window(lw)
        laptop.dispose()


def test_notices_tab_tells_why_a_disputed_enterprise_got_no_letter(
    qtbot, services, qsettings, boxes, tmp_path
):
    from gaotai_desktop.domain.rows import AccidentInput, PersonInput

    from .test_letters_ui import issue_all
    from .test_sync_conflicts import make_conflict

    code = make_conflict(services, tmp_path)
    services.accidents.record(
        AccidentInput(
            uscc=code, occurred_on=dt.date(2026, 11, 2), persons=(PersonInput(name="张三"),)
        ),
        today=TODAY,
    )
    window = open_window(qtbot, services, qsettings)
    try:
        tab = window.notice_tab
        assert tab.model.rowCount() >= 1
        assert issue_all(qtbot, tab) == []
        (text,) = boxes.texts("error")
        assert "高台县办公室名有限公司存在未解决的同步冲突" in text and "未能下发" in text
    finally:
        close_window(window)
