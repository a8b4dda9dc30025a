"""Crash proof: an import killed (SIGKILL, no clean-up) at random points leaves a database whose
``integrity_check`` is ok and in which the import is either complete or absent.

The child process is forked from the test process (everything already imported: a run takes
tens of milliseconds). Half the runs are killed from inside at a random SQL statement of the
import (right after SQLite executed it); the other half from outside after a random delay spread
over the import's own duration.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from gaotai_desktop.domain.identifiers import uscc_check_char

pytestmark = pytest.mark.sqlite_only(reason="kills a SQLite writer and checks the file")

RUNS = 50
ENTERPRISES = 400
TODAY = dt.date(2026, 11, 28)
HEADER = "统一社会信用代码,企业名称,行业,所属乡镇,行业主管部门,法定代表人,联系人,联系电话,地址,职业病危害隐患"


def uscc(i: int) -> str:
    first = f"91620724MA{i:07d}"
    return first + uscc_check_char(first)


def write_file(path: Path) -> None:
    lines = [HEADER] + [
        f"{uscc(i)},高台县测试{i}号有限公司,建筑业,城关镇,县住房和城乡建设局,王鹏,马晓东,"
        f"0936-66{i % 100000:05d},甘肃省张掖市高台县城关镇{i}号,否"
        for i in range(ENTERPRISES)
    ]
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")


def child(db: str, source: str, kill_at: int | None, statements: object) -> None:
    from sqlalchemy import event

    from gaotai_desktop.data.engine import make_engine
    from gaotai_desktop.services.base import Database
    from gaotai_desktop.services.container import build_services

    engine = make_engine(db)
    services = build_services(Database(engine, actor="child"), location=db)
    count = [0]

    def after(*_args: object) -> None:
        count[0] += 1
        if kill_at is not None and count[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(engine, "after_cursor_execute", after)
    services.importer.run("enterprises", Path(source), today=TODAY)
    statements.value = count[0]  # type: ignore[attr-defined]
    os._exit(0)  # no clean-up of the parent's state in the forked child


def enterprises(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(con.execute("SELECT count(*) FROM enterprise").fetchone()[0])
    finally:
        con.close()


def test_an_import_killed_at_random_points_is_complete_or_absent(db, db_path, tmp_path):
    db.engine.dispose()
    template = tmp_path / "template.sqlite"
    shutil.copyfile(db_path, template)
    source = tmp_path / "enterprises.csv"
    write_file(source)
    ctx = multiprocessing.get_context("fork")
    # one whole run: how many statements and how long
    statements = ctx.Value("i", 0)
    whole = tmp_path / "whole.sqlite"
    shutil.copyfile(template, whole)
    started = time.perf_counter()
    proc = ctx.Process(target=child, args=(str(whole), str(source), None, statements))
    proc.start()
    proc.join(60)
    duration = time.perf_counter() - started
    assert proc.exitcode == 0 and enterprises(whole) == ENTERPRISES
    total = statements.value
    assert total >= 3
    rng = random.Random(14)
    outcomes = {"complete": 0, "absent": 0}
    killed_inside = 0
    for run in range(RUNS):
        path = tmp_path / f"run{run}.sqlite"
        shutil.copyfile(template, path)
        inside = run % 2 == 0
        kill_at = rng.randint(1, total) if inside else None
        proc = ctx.Process(target=child, args=(str(path), str(source), kill_at, statements))
        proc.start()
        if not inside:
            time.sleep(rng.uniform(0, duration * 1.2))
            if proc.pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGKILL)
        proc.join(60)
        assert proc.exitcode is not None
        if inside:
            assert proc.exitcode == -signal.SIGKILL  # it did die at that statement
            killed_inside += 1
        count = enterprises(path)  # integrity_check ok (asserted inside)
        assert count in (0, ENTERPRISES), (run, kill_at, count)
        outcomes["complete" if count else "absent"] += 1
        # the killed database opens and takes the same import afterwards
        if run % 10 == 0 and count == 0:
            again = ctx.Process(target=child, args=(str(path), str(source), None, statements))
            again.start()
            again.join(60)
            assert again.exitcode == 0 and enterprises(path) == ENTERPRISES
    print(f"{RUNS} kills: {outcomes}, {killed_inside} at a statement of {total}")
    assert killed_inside == RUNS // 2
