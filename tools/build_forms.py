"""Regenerate ``gaotai_desktop/ui/forms/ui_*.py`` from the Qt Designer files in ``forms/*.ui``.

    python tools/build_forms.py           # write the generated modules
    python tools/build_forms.py --check   # exit 1 (and list the files) when a module is out of date

The generated modules are committed and marked "do not edit"; the version line of ``uic`` is
dropped so that the output does not change with every PySide6 patch release.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "gaotai_desktop" / "ui" / "forms"

HEADER = (
    "# Generated from forms/{name} by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.\n"
    "# Change the form in Qt Designer and run: python tools/build_forms.py\n"
)
INIT = '"""Modules generated from ``forms/*.ui`` by ``tools/build_forms.py`` (do not edit)."""\n'


def _uic() -> list[str]:
    """The ``uic`` command: the venv's ``pyside6-uic`` next to this Python, else on PATH."""
    exe = Path(sys.executable).with_name("pyside6-uic")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic not found (install PySide6-Essentials)")


def generate(ui_file: Path) -> str:
    """The Python module for one ``.ui`` file, as text."""
    proc = subprocess.run(
        [*_uic(), "--generator", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    lines = [
        line
        for line in proc.stdout.splitlines()
        if "Created by: Qt User Interface Compiler" not in line
    ]
    return HEADER.format(name=ui_file.name) + "\n".join(lines).rstrip() + "\n"


def expected() -> dict[Path, str]:
    """Every generated file and the text it should have."""
    files = {OUT / "__init__.py": INIT}
    for ui_file in sorted(FORMS.glob("*.ui")):
        files[OUT / f"ui_{ui_file.stem}.py"] = generate(ui_file)
    return files


def stale(files: dict[Path, str]) -> list[Path]:
    out = [p for p, text in files.items() if not p.exists() or p.read_text("utf-8") != text]
    known = set(files)
    out += [p for p in OUT.glob("ui_*.py") if p not in known]  # generated from a deleted form
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report out-of-date modules")
    args = parser.parse_args(argv)
    files = expected()
    outdated = stale(files)
    if args.check:
        for p in outdated:
            print(f"out of date: {p.relative_to(ROOT)}")
        return 1 if outdated else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for p in outdated:
        if p in files:
            p.write_text(files[p], encoding="utf-8", newline="\n")
            print(f"wrote {p.relative_to(ROOT)}")
        else:
            p.unlink()
            print(f"removed {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
