"""Frozen smoke test: build the PyInstaller bundle, then use only the bundle.

    python tools/smoke_frozen.py [--no-build] [--dist DIR]

Creates a database, runs ``demo``, ``tiers``, ``notices issue`` and ``print`` to a PDF, opens the
window offscreen until its enterprise table is painted, checks portable mode, and checks the PDF
(embedded TrueType fonts, Chinese text) and the bundle's size. Exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
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
