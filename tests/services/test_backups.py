"""Backups known to be good: ``backup -o``, ``restore``, ``check``, automatic backups and their
rotation, the warning for a database on a network or removable drive."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from pathlib import Path

import pytest

from gaotai_desktop.cli import main
from gaotai_desktop.data.engine import make_engine, sqlite_content_dump
from gaotai_desktop.domain.errors import StorageError
from gaotai_desktop.services import backups as bk
from gaotai_desktop.services.container import build_services

pytestmark = pytest.mark.sqlite_only(
    reason="SQLite backup API, restore and integrity_check of a file"
)

AS_OF = dt.date(2026, 11, 28)
NOW = dt.datetime(2026, 11, 28, 17, 30)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def dump(path: Path) -> list[str]:
    engine = make_engine(path)
    try:
        return sqlite_content_dump(engine)
    finally:
        engine.dispose()


@pytest.fixture
def filled(db, db_path, fixtures):
    services = build_services(db, location=db_path, backup_dir=db_path.parent / "backups")
    services.importer.run("enterprises", fixtures / "enterprises_sample.xlsx", today=AS_OF)
    services.importer.run("incidents", fixtures / "incidents_sample.xlsx", today=AS_OF)
    yield services
    services.dispose()


def test_backup_then_restore_gives_back_every_record(filled, db_path, tmp_path):
    before = sqlite_content_dump(filled.db.engine)
    assert any(line.startswith("injured_person:") for line in before)
    filled.dispose()
    copy = tmp_path / "out" / "copy.sqlite"
    copy.parent.mkdir()
    code, out, err = run("--db", str(db_path), "backup", "-o", str(copy))
    assert (code, err) == (0, "")
    assert "已通过完整性检查" in out
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # the data change after the backup; restoring brings back the backup's records
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM injured_person")
    con.commit()
    con.close()
    assert dump(db_path) != before
    code, out, err = run("--db", str(db_path), "restore", str(copy))
    assert (code, err) == (0, "")
    assert dump(db_path) == before
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("gaotai.sqlite.replaced-")]
    assert len(aside) == 1 and str(aside[0]) in out
    assert not any(line.startswith("injured_person:") for line in dump(aside[0]))
    assert not list(tmp_path.glob(".incomplete-*"))


def _newer_schema(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()


def _not_ours(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()


def _garbage(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 not a database at all" * 100)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_newer_schema, "更新版本的程序"),
        (_not_ours, "不是本程序的数据库"),
        (_garbage, "不是 SQLite 数据库文件"),
        (_truncated, "已损坏"),
    ],
)
def test_restore_refuses_what_is_not_a_good_database_of_ours(
    filled, db_path, tmp_path, spoil, words
):
    filled.dispose()
    bad = tmp_path / "bad.sqlite"
    assert run("--db", str(db_path), "backup", "-o", str(bad))[0] == 0
    spoil(bad)
    before = dump(db_path)
    names = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run("--db", str(db_path), "restore", str(bad))
    assert code == 1 and out == ""
    assert words in err and str(bad) in err
    assert dump(db_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names


def test_restore_refuses_a_missing_file_and_the_database_itself(db, db_path, tmp_path):
    code, _out, err = run("--db", str(db_path), "restore", str(tmp_path / "nope.sqlite"))
    assert code == 1 and "不存在" in err
    db.engine.dispose()
    code, _out, err = run("--db", str(db_path), "restore", str(db_path))
    assert code == 1 and "当前数据库本身" in err


def test_restore_onto_a_damaged_database_sets_it_aside(filled, db_path, tmp_path):
    filled.dispose()
    good = tmp_path / "good.sqlite"
    assert run("--db", str(db_path), "backup", "-o", str(good))[0] == 0
    before = dump(good)
    damaged = b"\x00" * 4096 + db_path.read_bytes()[4096:]
    db_path.write_bytes(damaged)
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    code, _out, err = run("--db", str(db_path), "check")
    assert code == 1
    code, out, err = run("--db", str(db_path), "restore", str(good))
    assert (code, err) == (0, "")
    assert dump(db_path) == before
    aside = next(tmp_path.glob("gaotai.sqlite.replaced-*"))
    assert aside.read_bytes() == damaged  # kept as it was, not overwritten


def test_check_passes_a_healthy_database(filled, db_path):
    filled.dispose()
    code, out, err = run("--db", str(db_path), "check")
    assert (code, err) == (0, "")
    assert "完整性检查（integrity_check）：通过" in out
    assert "外键检查（foreign_key_check）：通过" in out
    assert "全部通过" in out


def test_check_names_a_broken_reference(filled, db_path):
    filled.dispose()
    con = sqlite3.connect(db_path)  # foreign keys are off in a plain connection
    con.execute("UPDATE accident SET enterprise_id = 'no-such-enterprise' WHERE rowid = 1")
    con.commit()
    con.close()
    code, _out, err = run("--db", str(db_path), "check")
    assert code == 1
    assert "外键检查（foreign_key_check）未通过：1 处" in err
    assert "表 accident 第 1 行引用的 enterprise 记录不存在" in err


def test_check_names_damaged_pages(filled, db_path):
    filled.dispose()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    page = 4096
    data = bytearray(db_path.read_bytes())
    # scribble over the second half of the file's pages (table and index b-trees)
    for start in range(len(data) // 2, len(data), page * 3):
        data[start + 8 : start + 200] = b"\xff" * 192
    db_path.write_bytes(bytes(data))
    code, _out, err = run("--db", str(db_path), "check")
    assert code == 1
    assert "完整性检查（integrity_check）未通过" in err
    assert "从备份恢复" in err


def test_check_finds_wrong_yearly_counts_and_repairs_them(filled, db_path):
    """The counts the triggers keep are compared with the accidents; ``--repair-counts`` counts
    them again, and ``check`` passes afterwards."""
    filled.dispose()
    code, out, err = run("--db", str(db_path), "check")
    assert (code, err) == (0, "")
    assert "年度事故计数（预警等级所用）：与事故记录一致" in out
    con = sqlite3.connect(db_path)
    uscc, name, year, kept = con.execute(
        "SELECT e.uscc, e.name, c.year, c.accidents FROM tier_count AS c"
        " JOIN enterprise AS e ON e.id = c.enterprise_id WHERE c.accidents > 0"
        " ORDER BY e.uscc LIMIT 1"
    ).fetchone()
    con.execute("UPDATE tier_count SET accidents = accidents + 2 WHERE accidents > 0")
    changed = con.total_changes
    con.commit()
    con.close()
    code, _out, err = run("--db", str(db_path), "check")
    assert code == 1
    assert f"有 {changed} 处与事故记录不一致" in err
    assert f"{uscc} {name} {year}年：计数 {kept + 2} 起，按事故记录应为 {kept} 起" in err
    assert "从备份恢复" not in err  # nothing to restore: the records are whole
    code, out, err = run("--db", str(db_path), "check", "--repair-counts")
    assert (code, err) == (0, "")
    assert f"更正了 {changed} 处不一致" in out
    code, out, err = run("--db", str(db_path), "check")
    assert (code, err) == (0, "")
    assert "与事故记录一致" in out


def test_check_of_a_missing_database_fails(tmp_path):
    code, _out, err = run("--db", str(tmp_path / "none.sqlite"), "check")
    assert code == 1 and "不存在" in err
    assert not (tmp_path / "none.sqlite").exists()


def test_automatic_backup_at_most_daily_and_rotated(filled, db_path):
    backups = filled.backups
    folder = db_path.parent / "usb"
    first = backups.automatic(NOW, folder)
    assert first is not None and first.automatic and first.path.parent == folder
    assert bk.verify_backup(first.path)
    assert backups.automatic(NOW + dt.timedelta(hours=2), folder) is None  # once a day
    assert backups.automatic(NOW + dt.timedelta(hours=2), folder, force=True) is not None
    # a year of days: the rotation keeps 7 daily, 4 weekly, 12 monthly
    for day in range(1, 400):
        backups.automatic(NOW + dt.timedelta(days=day), folder)
    kept = backups.listing(folder)
    assert kept[0].taken_at == NOW + dt.timedelta(days=399)
    assert all(b.automatic for b in kept)
    days = {b.taken_at.date() for b in kept}
    assert len(kept) == len(days) <= 7 + 4 + 12
    newest = kept[0].taken_at.date()
    assert {newest - dt.timedelta(days=d) for d in range(7)} <= days
    assert len({(b.taken_at.year, b.taken_at.month) for b in kept}) == 12


def test_rotation_never_removes_other_backups(filled, db_path):
    folder = db_path.parent / "backups"
    manual = folder / "gaotai-20200101-000000-before-0001.sqlite"
    other = folder / "other-20200101-000000-auto.sqlite"
    for day in range(30):
        filled.backups.automatic(NOW + dt.timedelta(days=day))
    manual.write_bytes(b"")
    other.write_bytes(b"")
    filled.backups.rotate()
    assert manual.exists() and other.exists()


def test_to_keep_picks_the_newest_of_each_day_week_month():
    start = dt.datetime(2026, 1, 1, 8)
    files = [
        bk.BackupFile(Path(f"g-{i}"), start + dt.timedelta(hours=12 * i), "auto", 1)
        for i in range(2 * 200)
    ]
    keep = bk.to_keep(files)
    newest = max(files, key=lambda b: b.taken_at)
    assert newest.path in keep
    kept = [b for b in files if b.path in keep]
    # of two backups a day only the later one is kept
    assert all(b.taken_at.hour == 20 for b in kept)
    assert len(kept) <= 7 + 4 + 12


def test_newest_good_backup_skips_damaged_ones(filled, db_path):
    folder = db_path.parent / "backups"
    older = filled.backups.automatic(NOW, folder)
    newer = filled.backups.automatic(NOW + dt.timedelta(days=1), folder)
    assert older and newer
    _truncated(newer.path)
    best = bk.newest_good_backup([folder], "gaotai")
    assert best is not None and best.path == older.path


def test_backup_into_a_missing_drive_fails_plainly(filled, db_path, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError) as caught:
        filled.backups.automatic(NOW, blocker / "backups")
    assert caught.value.code == "backup_not_written"
    from gaotai_desktop.texts import error_text

    assert "备份失败" in error_text(caught.value) and "U盘" in error_text(caught.value)


MOUNTS = r"""/dev/sda2 / ext4 rw,relatime 0 0
server:/export /srv/office nfs4 rw 0 0
//nas/share /mnt/share cifs rw 0 0
/dev/sdb1 /media/clerk/USB\040STICK vfat rw 0 0
/dev/sdc1 /mnt/disk2 ext4 rw 0 0
sshfs#me@host: /home/me/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "risk"),
    [
        ("/home/me/gaotai.sqlite", None),
        ("/srv/office/gaotai.sqlite", "network"),
        ("/srv/officer/gaotai.sqlite", None),
        ("/mnt/share/a/gaotai.sqlite", "network"),
        ("/media/clerk/USB STICK/gaotai.sqlite", "removable"),
        ("/mnt/disk2/gaotai.sqlite", "removable"),
        ("/home/me/remote/gaotai.sqlite", "network"),
    ],
)
def test_mount_risk(path, risk):
    assert bk.mount_risk(Path(path), MOUNTS, removable=lambda dev: dev == "/dev/sdc1") == risk


def test_unc_path_is_a_network_share():
    assert bk.location_risk(r"\\server\share\gaotai.sqlite") == "network"
    assert bk.location_risk("postgresql+psycopg://u@h/db") is None


def test_check_finds_a_changed_or_deleted_audit_entry(filled, db_path):
    """The audit chain is part of ``check``: a past entry changed by hand, or deleted, fails it."""
    filled.dispose()
    code, out, _ = run("--db", str(db_path), "check")
    assert code == 0 and "审计记录链：完整" in out
    con = sqlite3.connect(db_path)
    (seq,) = con.execute("SELECT MIN(seq) FROM audit_entry").fetchone()
    assert seq is not None  # the fixture's changes were audited
    con.execute('UPDATE audit_entry SET after = \'{"name": "改过的名称"}\' WHERE seq = ?', (seq,))
    con.commit()
    code, _, err = run("--db", str(db_path), "check")
    assert code == 1 and "审计记录链已被改动" in err
    assert f"审计日志第{seq}条记录" in err and "内容已被改动" in err
    con.execute("DELETE FROM audit_entry WHERE seq = ?", (seq + 1,))
    con.commit()
    con.close()
    code, _, err = run("--db", str(db_path), "check")
    assert code == 1 and f"审计日志缺少第{seq + 1}条记录（被删除）" in err
