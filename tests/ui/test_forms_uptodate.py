"""The committed ``gaotai_desktop/ui/forms/ui_*.py`` match ``forms/*.ui`` (run tools/build_forms.py)."""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_builder():
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_generated_forms_are_up_to_date() -> None:
    builder = load_builder()
    files = builder.expected()
    assert len(files) >= 4  # __init__ + enterprise, accident, import preview dialogs
    problems = []
    for path in builder.stale(files):
        if path in files and path.exists():
            diff = difflib.unified_diff(
                path.read_text("utf-8").splitlines(), files[path].splitlines(), lineterm="", n=1
            )
            problems.append(f"{path.name}:\n" + "\n".join(list(diff)[:20]))
        else:
            problems.append(f"{path.name}: missing or left over")
    assert not problems, "run `python tools/build_forms.py`:\n" + "\n\n".join(problems)


def test_generated_forms_are_marked_do_not_edit() -> None:
    for path in (ROOT / "gaotai_desktop" / "ui" / "forms").glob("ui_*.py"):
        assert "DO NOT EDIT" in path.read_text("utf-8").splitlines()[0]
