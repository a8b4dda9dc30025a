"""Frozen smoke test: build the PyInstaller bundle, then use only the bundle.

    python tools/smoke_frozen.py [--no-build] [--dist DIR]

Creates a database, runs ``demo``, ``tiers``, ``notices issue`` and ``print`` to a PDF, opens the
window offscreen until its enterprise table is painted, checks portable mode, and checks the PDF
(embedded TrueType fonts, Chinese text) and the bundle's size. Then: a laptop round trip by sync
packages (``sync enroll``, ``checkout``, an import on the laptop, ``export``, ``import`` at the office,
the receipt back), the PostgreSQL driver (a connection to a closed port fails with the server's
reason, not "no driver"), and the bundle's trimmed ICU data (tools/trim_icu_data.py) under Qt's
ICU-backed calls: a short Python snippet with this Python's PySide6 runs on the bundle's ICU
libraries (LD_LIBRARY_PATH) and checks Chinese collation, time-zone names and the GB18030/GBK
converters. Exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "gaotai-desktop"
MAX_MB = 150


def folder_mib(path: Path) -> float:
    """Size of the files in MiB (what ``du -sh`` and file managers call MB); links not followed."""
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            f = Path(folder) / name
            if not f.is_symlink():
                total += f.stat().st_size
    return total / 2**20


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kw)
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
        raise SystemExit(f"FAILED ({result.returncode}): {cmd[1:3]}")
    return result


def build(dist: Path, work: Path) -> None:
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")], cwd=ROOT)  # fmt: skip


def check_pdf(pdf: Path, doc_nos: list[str]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "高台县人力资源和社会保障局" in text, "issuing body missing from the PDF text"
    for doc_no in doc_nos:
        assert doc_no in text, f"{doc_no} missing from the PDF"
    assert "送达回证" in text
    fonts = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            desc = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fonts[str(font["/BaseFont"])] = "/FontFile2" in desc["/FontDescriptor"].get_object()
    assert fonts and all(fonts.values()), f"fonts not embedded as TrueType: {fonts}"
    assert not any("STSong" in f for f in fonts), fonts
    print(f"PDF ok: {len(reader.pages)} pages, fonts {sorted(fonts)}")


# A new enterprise registered on the laptop by an import (a valid credit code, not in the demo data).
LAPTOP_USCC = "91620724MA7HM0K10T"
LAPTOP_CSV = (
    "统一社会信用代码,企业名称,行业,所属乡镇,行业主管部门,法定代表人,联系人,联系电话,地址,职业病危害隐患\n"
    f"{LAPTOP_USCC},高台县冒烟测试外出登记有限公司,建筑业,城关镇,县住房和城乡建设局,王鹏,马晓东,"
    "0936-6610001,甘肃省张掖市高台县城关镇1号,否\n"
)


def check_sync(exe: Path, office: Path, tmp: Path, env: dict[str, str]) -> None:
    """Office -> laptop -> office by .gsync packages, with the bundle's cryptography."""
    env = dict(env, GAOTAI_SYNC_PASSPHRASE="冒烟测试同步口令")
    laptop = tmp / "laptop" / "laptop.sqlite"
    laptop.parent.mkdir()
    office_cmd, laptop_cmd = [str(exe), "--db", str(office)], [str(exe), "--db", str(laptop)]
    run([*office_cmd, "sync", "enroll", "笔记本一", "-o", str(tmp / "checkout.gsync")], env=env)
    run([*laptop_cmd, "sync", "checkout", str(tmp / "checkout.gsync")], env=env)
    new = tmp / "laptop.csv"
    new.write_text(LAPTOP_CSV, encoding="utf-8")
    run([*laptop_cmd, "import", "enterprises", str(new), "--today", "2026-11-28"], env=env)
    status = json.loads(run([*laptop_cmd, "sync", "status", "--format", "json"], env=env).stdout)
    assert status["role"] == "laptop" and status["pending"] >= 1, status
    run([*laptop_cmd, "sync", "export", "-o", str(tmp / "changes.gsync")], env=env)
    imported = run(
        [
            *office_cmd,
            "sync",
            "import",
            str(tmp / "changes.gsync"),
            "-o",
            str(tmp / "receipt.gsync"),
        ],
        env=env,
    )
    assert "已采用 1 条" in imported.stdout, imported.stdout
    tiers = json.loads(run([*office_cmd, "tiers", "--format", "json"], env=env).stdout)
    assert any(t["uscc"] == LAPTOP_USCC for t in tiers), (
        "the laptop's enterprise is not at the office"
    )
    again = run([*office_cmd, "sync", "import", str(tmp / "changes.gsync")], env=env)
    assert "已导入过" in again.stdout, again.stdout
    run([*laptop_cmd, "sync", "import", str(tmp / "receipt.gsync")], env=env)
    status = json.loads(run([*laptop_cmd, "sync", "status", "--format", "json"], env=env).stdout)
    assert status["pending"] == 0, status
    print("sync ok: enroll, checkout, laptop import, export, office import, receipt")


def check_postgres_driver(exe: Path, env: dict[str, str]) -> None:
    """psycopg (its binary build: PSYCOPG_IMPL=binary) loads from the bundle: a connection to a
    closed port fails with libpq's reason naming the server, in a Chinese message."""
    url = "postgresql+psycopg://nobody@127.0.0.1:1/x"
    cmd = [str(exe), "--db", url, "tiers"]
    print("+", " ".join(cmd), flush=True)
    result = subprocess.run(
        cmd, capture_output=True, text=True, timeout=120, env=dict(env, PSYCOPG_IMPL="binary")
    )
    err = result.stderr
    assert result.returncode == 1, (result.returncode, err)
    assert err.startswith("错误：") and "127.0.0.1" in err and "port 1" in err, err
    assert "Traceback" not in err and "NoSuchModule" not in err and "No module" not in err, err
    print("postgres driver ok:", err.strip().splitlines()[0][:120])


ICU_SNIPPET = textwrap.dedent(
    """
    import functools, json
    from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, QTimeZone
    zh = QCollator(QLocale("zh_CN"))
    words = sorted(["中国", "北京", "阿拉善", "高台", "张掖"], key=functools.cmp_to_key(zh.compare))
    tz = QTimeZone(b"Asia/Shanghai").displayName(
        QDateTime(2026, 1, 1, 0, 0, 0), QTimeZone.NameType.LongName, QLocale("zh_CN"))
    maps = open("/proc/self/maps", encoding="utf-8").read().splitlines()
    print(json.dumps({
        "zh": words,
        "en": QCollator(QLocale("en_US")).compare("a", "B"),
        "upper": QLocale("zh_CN").toUpper("straße"),
        "tz": tz,
        "gb18030": QStringDecoder("GB18030").isValid(),
        "gbk": QStringDecoder("GBK").isValid(),
        "libs": sorted({m.split()[-1] for m in maps if "libicu" in m}),
    }, ensure_ascii=False))
    """
)


def check_icu(bundle: Path) -> None:
    """Qt's ICU-backed calls on the bundle's ICU libraries (on Linux its data is trimmed)."""
    libdir = next(p for p in bundle.rglob("libicudata.so.*") if not p.is_symlink()).parent
    env = dict(os.environ, LD_LIBRARY_PATH=str(libdir), QT_QPA_PLATFORM="offscreen")
    out = json.loads(run([sys.executable, "-c", ICU_SNIPPET], env=env).stdout)
    # PySide6's modules find their Qt by RPATH; Qt finds ICU by RUNPATH, after LD_LIBRARY_PATH
    assert len(out["libs"]) == 3, out["libs"]
    assert all(Path(lib).parent == libdir for lib in out["libs"]), out["libs"]
    assert out["zh"] == ["阿拉善", "北京", "高台", "张掖", "中国"], out  # pinyin, not code points
    assert out["en"] < 0 and out["upper"] == "STRASSE", out
    assert out["tz"] == "中国标准时间", out
    assert out["gb18030"] and out["gbk"], out
    print("ICU ok:", out["zh"], out["tz"], [Path(lib).name for lib in out["libs"]])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-build", action="store_true", help="use an existing bundle")
    ap.add_argument("--dist", type=Path, default=ROOT / "build" / "dist")
    args = ap.parse_args()
    if not args.no_build:
        build(args.dist, ROOT / "build" / "work")
    bundle = args.dist / NAME
    exe = bundle / (NAME + (".exe" if os.name == "nt" else ""))
    assert exe.exists(), f"no bundle at {exe}"
    size = folder_mib(bundle)
    print(f"bundle size: {size:.1f} MiB = {size * 2**20 / 1e6:.1f} MB (limit {MAX_MB} MiB)")
    assert size < MAX_MB, f"bundle is {size:.1f} MiB"

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GAOTAI_SKIP_FIRST_RUN="1")
    with tempfile.TemporaryDirectory(prefix="gaotai-smoke-") as tmp:
        db = Path(tmp) / "smoke.sqlite"
        base = [str(exe), "--db", str(db)]
        out = run(
            [*base, "demo", "--enterprises", "300", "--incidents", "3000", "--today", "2026-11-28"],
            env=env,
        )
        assert "企业300家" in out.stdout, out.stdout
        tiers = json.loads(
            run([*base, "tiers", "--as-of", "2026-11-28", "--format", "json"], env=env).stdout
        )
        assert len(tiers) == 300 and {t["tier"] for t in tiers} >= {"yellow", "orange", "red"}
        doc_nos = run([*base, "notices", "issue", "--as-of", "2026-11-28"], env=env).stdout.split()
        assert len(doc_nos) > 10, doc_nos
        pdf = Path(tmp) / "letters.pdf"
        run([*base, "print", *doc_nos[:3], "-o", str(pdf), "--with-receipt"], env=env)
        check_pdf(pdf, doc_nos[:3])
        window = run([*base], env=dict(env, GAOTAI_SMOKE_EXIT="1"))
        assert "first-paint" in window.stdout, window.stdout + window.stderr
        print("window ok:", window.stdout.strip().splitlines()[-1])
        check_sync(exe, db, Path(tmp), env)
        check_postgres_driver(exe, env)
    if sys.platform.startswith("linux"):
        check_icu(bundle)

    # Portable mode: a data/ folder beside the executable holds the database.
    data = bundle / "data"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir()
    try:
        run([str(exe), "tiers", "--format", "json"], env=env)
        assert (data / "gaotai.sqlite").exists(), list(data.iterdir())
        print("portable mode ok:", sorted(p.name for p in data.iterdir()))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    print("frozen smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
