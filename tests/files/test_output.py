"""Safe output files: never over the database or its backups, never through a planted link, no
half-written file on failure."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from gaotai_desktop.domain.errors import StorageError, ValidationError
from gaotai_desktop.files import output
from gaotai_desktop.files.output import check_extension, protected_paths, write_output
from gaotai_desktop.texts import error_text

posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks and modes")


@pytest.fixture
def office(tmp_path):
    db = tmp_path / "data" / "gaotai.sqlite"
    db.parent.mkdir()
    db.write_bytes(b"SQLite format 3\x00" + b"\0" * 100)
    backups = db.parent / "backups"
    backups.mkdir()
    (backups / "gaotai-20261128-before-0003.sqlite").write_bytes(b"backup")
    return db, backups, protected_paths(db, backups)


def test_writes_bytes_and_callables_atomically(tmp_path):
    out = write_output(tmp_path / "文书.pdf", b"%PDF-1.7 ...")
    assert out.read_bytes() == b"%PDF-1.7 ..."
    out = write_output(tmp_path / "表.xlsx", lambda fh: fh.write(b"PK\x03\x04"))
    assert out.read_bytes() == b"PK\x03\x04"
    write_output(tmp_path / "表.xlsx", b"again")  # overwriting a normal file is fine
    assert (tmp_path / "表.xlsx").read_bytes() == b"again"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["文书.pdf", "表.xlsx"]


@posix_only
def test_output_files_are_private(tmp_path):
    assert os.stat(write_output(tmp_path / "a.pdf", b"x")).st_mode & 0o077 == 0


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_the_database_and_its_sidecars_are_refused(office, suffix):
    db, _, protected = office
    target = db.with_name(db.name + suffix)
    before = db.read_bytes()
    with pytest.raises(StorageError) as exc:
        write_output(target, b"%PDF", protected=protected)
    assert exc.value.code == "output_protected"
    assert str(target) in error_text(exc.value) and "数据库" in error_text(exc.value)
    assert db.read_bytes() == before
    assert not [p for p in db.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    "name", ["gaotai-20261128-before-0003.sqlite", "new.pdf", "sub/new.xlsx", "../backups/x.pdf"]
)
def test_anything_inside_the_backups_folder_is_refused(office, name):
    _, backups, protected = office
    (backups / "sub").mkdir(exist_ok=True)
    with pytest.raises(StorageError) as exc:
        write_output(backups / name, b"x", protected=protected)
    assert exc.value.code == "output_protected"
    assert (backups / "gaotai-20261128-before-0003.sqlite").read_bytes() == b"backup"


def test_a_relative_path_to_the_database_is_refused(office, monkeypatch):
    db, _, protected = office
    monkeypatch.chdir(db.parent)
    with pytest.raises(StorageError) as exc:
        write_output(Path("gaotai.sqlite"), b"x", protected=protected)
    assert exc.value.code == "output_protected"


def test_a_sqlite_url_is_protected_too(office):
    db, backups, _ = office
    with pytest.raises(StorageError):
        write_output(db, b"x", protected=protected_paths(f"sqlite:///{db}", backups))
    assert protected_paths("postgresql://h/db", None) == []


@pytest.mark.parametrize("kind", ["folder", "folder-link"])
def test_a_directory_is_refused(tmp_path, kind):
    target = tmp_path / "out"
    target.mkdir()
    if kind == "folder-link":
        if os.name != "posix":
            pytest.skip("symlink")
        (tmp_path / "link").symlink_to(target)
        target = tmp_path / "link"
    with pytest.raises(StorageError) as exc:
        write_output(target, b"x")
    assert exc.value.code == "output_is_directory" and str(target) in error_text(exc.value)


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(StorageError) as exc:
        write_output(tmp_path / "nope" / "a.pdf", b"x")
    assert exc.value.code == "output_no_folder" and "nope" in error_text(exc.value)


@posix_only
@pytest.mark.parametrize("points_at", ["database", "wal", "backup", "backups-folder"])
def test_a_planted_link_to_a_protected_file_is_refused(office, tmp_path, points_at):
    db, backups, protected = office
    target = {
        "database": db,
        "wal": db.with_name(db.name + "-wal"),
        "backup": backups / "gaotai-20261128-before-0003.sqlite",
        "backups-folder": backups / "x.pdf",
    }[points_at]
    link = tmp_path / "report.pdf"
    link.symlink_to(target)
    before = db.read_bytes()
    with pytest.raises(StorageError) as exc:
        write_output(link, b"%PDF", protected=protected)
    assert exc.value.code == "output_protected"
    assert link.is_symlink() and db.read_bytes() == before


@posix_only
def test_a_link_to_an_ordinary_file_is_replaced_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "report.pdf"
    link.symlink_to(victim)
    write_output(link, b"%PDF")
    assert victim.read_text() == "keep me"
    assert not link.is_symlink() and link.read_bytes() == b"%PDF"


@posix_only
def test_a_linked_folder_is_resolved(office, tmp_path):
    db, _, protected = office
    (tmp_path / "shortcut").symlink_to(db.parent)
    with pytest.raises(StorageError):
        write_output(tmp_path / "shortcut" / "gaotai.sqlite", b"x", protected=protected)


@pytest.mark.parametrize(
    "exc",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EDQUOT, "Disk quota exceeded"),
    ],
)
def test_disk_full_leaves_no_partial_file(tmp_path, exc):
    (tmp_path / "old.pdf").write_bytes(b"old")

    def writer(fh: io.BufferedWriter) -> None:
        fh.write(b"half")
        raise exc

    for name in ("new.pdf", "old.pdf"):
        with pytest.raises(StorageError) as info:
            write_output(tmp_path / name, writer)
        err = info.value
        assert err.code == "output_failed"
        text = error_text(err)
        assert str(tmp_path / name) in text and "磁盘空间" in text and "其他文件夹" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pdf"]
    assert (tmp_path / "old.pdf").read_bytes() == b"old"


def test_a_failing_fsync_or_rename_leaves_nothing(tmp_path, monkeypatch):
    def no_space(*_a):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", no_space)
    with pytest.raises(StorageError):
        write_output(tmp_path / "a.pdf", b"x")
    monkeypatch.undo()
    monkeypatch.setattr(output.os, "replace", no_space)
    with pytest.raises(StorageError):
        write_output(tmp_path / "a.pdf", b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_bug_in_the_writer_is_not_hidden_but_cleans_up(tmp_path):
    def writer(fh):
        fh.write(b"x")
        raise ValueError("bug")

    with pytest.raises(ValueError):
        write_output(tmp_path / "a.xlsx", writer)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["t.csv", "t.xls", "t", "t.xlsx.bak", "xlsx"])
def test_check_extension_refuses_other_names(name):
    with pytest.raises(ValidationError) as exc:
        check_extension(Path(name))
    assert exc.value.field == "output" and exc.value.code == "extension"
    assert "文件名应以 .xlsx 结尾" in error_text(exc.value) and name in error_text(exc.value)


@pytest.mark.parametrize("name", ["t.xlsx", "T.XLSX", "报表.Xlsx"])
def test_check_extension_accepts(name):
    assert check_extension(name) == Path(name)
    assert check_extension("a.pdf", allowed=(".pdf",)) == Path("a.pdf")
