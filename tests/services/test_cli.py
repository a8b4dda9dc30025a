"""The command line end to end, as an administrator would use it (real files, real exit codes)."""

import io
import json
import os

import openpyxl
import pytest

from gaotai_desktop.cli import main
from gaotai_desktop.data.engine import make_engine, sqlite_content_dump


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("ext", ["xlsx", "csv"])
def test_sample_files_give_the_expected_tiers(tmp_path, fixtures, ext):
    db = tmp_path / "c.sqlite"
    code, out, err = run(
        "--db", db, "import", "enterprises", fixtures / f"enterprises_sample.{ext}"
    )
    assert code == 0, err
    assert out.strip() == "导入完成：新增企业18家，更新0家，跳过未变化0家。"
    code, out, err = run(
        "--db",
        db,
        "import",
        "incidents",
        fixtures / f"incidents_sample.{ext}",
        "--today",
        "2026-11-28",
    )
    assert code == 0, err
    assert out.startswith("导入完成：新增事故")
    code, out, _ = run("--db", db, "tiers", "--as-of", "2026-11-28", "--format", "json")
    assert code == 0
    got = json.loads(out)
    expected = json.loads((fixtures / "expected_tiers_2026-11-28.json").read_text(encoding="utf-8"))
    assert all(set(row) == {"uscc", "name", "accidents", "hazard", "tier"} for row in got)
    assert sorted(got, key=lambda r: r["uscc"]) == sorted(expected, key=lambda r: r["uscc"])
    # Re-importing adds nothing.
    before = sqlite_content_dump(make_engine(db))
    code, out, _ = run("--db", db, "import", "enterprises", fixtures / f"enterprises_sample.{ext}")
    assert code == 0 and "跳过未变化18家" in out
    code, out, _ = run(
        "--db",
        db,
        "import",
        "incidents",
        fixtures / f"incidents_sample.{ext}",
        "--today",
        "2026-11-28",
    )
    assert code == 0 and "新增事故0起" in out
    assert sqlite_content_dump(make_engine(db)) == before


def test_tiers_table_and_csv(tmp_path, fixtures):
    db = tmp_path / "c.sqlite"
    run("--db", db, "import", "enterprises", fixtures / "enterprises_sample.csv")
    run(
        "--db",
        db,
        "import",
        "incidents",
        fixtures / "incidents_sample.csv",
        "--today",
        "2026-11-28",
    )
    code, out, _ = run("--db", db, "tiers", "--as-of", "2026-11-28")
    lines = out.splitlines()
    assert code == 0 and "红色预警" in lines[1] and "高台县金川化工有限公司" in lines[1]
    code, out, _ = run("--db", db, "tiers", "--as-of", "2026-11-28", "--format", "csv")
    assert (
        out.splitlines()[0]
        == "统一社会信用代码,企业名称,所属乡镇,本年事故起数,职业病危害隐患,预警等级"
    )
    assert len(out.splitlines()) == 19


def test_failed_import_exits_1_lists_every_problem_and_writes_nothing(tmp_path, fixtures):
    db = tmp_path / "c.sqlite"
    bad = tmp_path / "企业.csv"
    text = (fixtures / "enterprises_sample.csv").read_text(encoding="utf-8-sig").splitlines()
    text[2] = text[2].replace("91620724MAF8BNKT9C", "91620724MAF8BNKT9D")
    text[4] = text[4].replace("巷道镇", "北京镇")
    bad.write_text("\n".join(text), encoding="utf-8-sig")
    run("--db", db, "tiers")  # creates the database
    before = sqlite_content_dump(make_engine(db))
    code, out, err = run("--db", db, "import", "enterprises", bad)
    assert code == 1 and out == ""
    assert "未写入任何数据" in err
    assert "第3行 “统一社会信用代码”：校验位错误" in err
    assert "第5行 “所属乡镇”" in err and "北京镇" in err
    assert sqlite_content_dump(make_engine(db)) == before


def test_incidents_given_as_enterprises_are_refused(tmp_path, fixtures):
    code, _, err = run(
        "--db", tmp_path / "c.sqlite", "import", "enterprises", fixtures / "incidents_sample.csv"
    )
    assert code == 1 and "事故" in err


def test_template_and_demo(tmp_path):
    out_file = tmp_path / "模板.xlsx"
    code, out, _ = run("template", "incidents", "-o", out_file)
    assert code == 0 and out_file.exists()
    ws = openpyxl.load_workbook(out_file).worksheets[0]
    headers = [c.value for c in ws[1]]
    assert "身份证号" in headers and ws.cell(2, headers.index("身份证号") + 1).number_format == "@"
    db = tmp_path / "demo.sqlite"
    code, out, _ = run(
        "--db", db, "demo", "--enterprises", 300, "--incidents", 2000, "--today", "2026-11-28"
    )
    assert code == 0 and "企业300家" in out and "伤者2000人" in out
    code, out, _ = run("--db", db, "tiers", "--as-of", "2026-11-28", "--format", "json")
    tiers = {r["tier"] for r in json.loads(out)}
    assert tiers == {"none", "yellow", "orange", "red"}


def test_newer_database_is_refused_with_a_clear_message(tmp_path):
    db = tmp_path / "c.sqlite"
    run("--db", db, "tiers")
    with make_engine(db).begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff'")
    code, _, err = run("--db", db, "tiers")
    assert code == 1 and "更新版本的程序" in err


def test_missing_file_is_named(tmp_path):
    code, _, err = run("--db", tmp_path / "c.sqlite", "import", "incidents", tmp_path / "没有.xlsx")
    assert code == 1 and "没有.xlsx" in err


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2026-02-30", "日期“2026-02-30”不存在：2026年2月没有30日"),
        ("2025-02-29", "2025年2月没有29日"),
        ("2026-13-01", "没有13月"),
        ("2026-11-31", "2026年11月没有31日"),
        ("26-11-28", "格式不对，应为 YYYY-MM-DD"),
        ("2026/11/28", "格式不对，应为 YYYY-MM-DD"),
    ],
)
def test_impossible_dates_are_named(tmp_path, capsys, text, says):
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(tmp_path / "c.sqlite"), "tiers", "--as-of", text])
    assert stop.value.code == 2
    assert says in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["tiers", "--bogus"], "错误：无法识别的参数：--bogus"),
        (["tiers", "--format", "xml"], "错误：参数 --format：无效的选项 'xml'（可选："),
        (["import", "enterprises"], "错误：缺少必需的参数：file"),
        (["tiers", "--as-of"], "错误：参数 --as-of：需要一个值"),
        (["nosuch"], "错误：参数 COMMAND：无效的选项 'nosuch'"),
        (["demo", "--enterprises", "many"], "错误：参数 --enterprises：无效的值 'many'"),
    ],
)
def test_usage_errors_are_in_chinese_and_exit_2(tmp_path, capsys, argv, says):
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(tmp_path / "c.sqlite"), *argv])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：gaotai-desktop") and says in err
    assert "usage" not in err and "error" not in err


def test_help_is_in_chinese(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["tiers", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：gaotai-desktop tiers")
    assert "选项:" in out and "显示本帮助并退出" in out and "options" not in out


def test_a_bug_leaves_no_traceback_on_the_terminal(tmp_path, monkeypatch, private_user_folders):
    from gaotai_desktop.services.overview import OverviewService

    def broken(self, as_of):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(OverviewService, "tiers", broken)
    code, out, err = run("--db", tmp_path / "c.sqlite", "tiers", "--as-of", "2026-11-28")
    assert code == 1 and out == ""
    assert "Traceback" not in err and "程序内部错误（RuntimeError）" in err
    logs = list(private_user_folders.rglob("gaotai-desktop.log"))
    assert len(logs) == 1 and str(logs[0]) in err
    text = logs[0].read_text("utf-8")
    assert "Traceback" in text and "simulated bug" in text


def _hash(path):
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("target", ["db", "wal", "journal", "backup", "link"])
def test_outputs_never_overwrite_the_database_or_a_backup(tmp_path, fixtures, target):
    db = tmp_path / "c.sqlite"
    assert run("--db", db, "import", "enterprises", fixtures / "enterprises_sample.csv")[0] == 0
    backups = tmp_path / "backups"
    backups.mkdir(exist_ok=True)
    (backups / "old.sqlite").write_bytes(db.read_bytes())
    before = {p: _hash(p) for p in (db, backups / "old.sqlite")}
    out = {
        "db": db,
        "wal": tmp_path / "c.sqlite-wal",
        "journal": tmp_path / "c.sqlite-journal",
        "backup": backups / "old.sqlite",
        "link": tmp_path / "harmless.xlsx",
    }[target]
    if target == "link":
        out.symlink_to(db)
    for argv in (
        ("template", "enterprises", "-o", out),
        ("print", "高人社工伤提〔2026〕1号", "-o", out),
    ):
        code, stdout, err = run("--db", db, *argv)
        assert code == 1 and stdout == "", err
        assert "不能覆盖" in err or "数据库" in err, err
        assert str(out) in err
    assert {p: _hash(p) for p in before} == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".part", ".tmp"))]


@pytest.mark.parametrize("name", ["t.csv", "t.pdf", "t", "t.xlsx.csv"])
def test_template_refuses_a_name_that_is_not_xlsx(tmp_path, name):
    code, out, err = run(
        "--db", tmp_path / "c.sqlite", "template", "incidents", "-o", tmp_path / name
    )
    assert code == 1 and ".xlsx" in err
    assert not (tmp_path / name).exists()


def test_template_is_written_owner_only(tmp_path):
    import stat

    path = tmp_path / "t.xlsx"
    code, out, err = run("--db", tmp_path / "c.sqlite", "template", "enterprises", "-o", path)
    assert code == 0, err
    assert openpyxl.load_workbook(path).sheetnames[0] == "企业名单"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_program_folders_are_owner_only(private_user_folders):
    import stat

    from gaotai_desktop.paths import app_paths

    paths = app_paths().ensure()
    for folder in (paths.data, paths.logs, paths.backups, paths.config):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


@pytest.mark.parametrize(
    "name", ['=HYPERLINK("http://x","点我")', "+1+1", "-2+3", "@SUM(A1)", "\t=1+1"]
)
def test_tiers_csv_writes_names_inert(tmp_path, name):
    db = tmp_path / "c.sqlite"
    src = tmp_path / "e.csv"
    src.write_text(
        "统一社会信用代码,企业名称\n91620724MA01AB2C3L,高台县正常企业有限公司\n", encoding="utf-8"
    )
    assert run("--db", db, "import", "enterprises", src)[0] == 0
    import sqlite3

    with sqlite3.connect(db) as con:  # a name as a careless or hostile clerk might have typed it
        con.execute("UPDATE enterprise SET name = ?", (name,))
    code, out, err = run("--db", db, "tiers", "--as-of", "2026-11-28", "--format", "csv")
    assert code == 0, err
    import csv as csvlib

    rows = list(csvlib.reader(io.StringIO(out)))
    assert rows[1][1] == "'" + name
    assert rows[1][0] == "91620724MA01AB2C3L"
