"""The layer rule, checked by a machine (import-linter contracts in pyproject.toml)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout and "kept" in result.stdout


def test_cli_runs_without_qt(tmp_path):
    """The command line never loads Qt: block PySide6 and run a real sub-command."""
    code = (
        "import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
        "from gaotai_desktop.__main__ import main\n"
        f"sys.exit(main(['--db', r'{tmp_path / 'x.sqlite'}', 'tiers', '--as-of', '2026-11-28']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "统一社会信用代码" in result.stdout


def _service_classes() -> set[str]:
    import ast

    names = set()
    for path in (ROOT / "gaotai_desktop" / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name.endswith(("Service", "Store")):
                names.add(node.name)
    return names


def test_services_are_built_only_in_the_composition_root():
    """No widget, command or service constructs a service: ``build_services`` does, once."""
    import ast

    services = _service_classes()
    assert {"EnterpriseService", "AccidentService", "OfficeService"} <= services
    root = ROOT / "gaotai_desktop" / "services" / "container.py"
    offenders = []
    for path in (ROOT / "gaotai_desktop").rglob("*.py"):
        if path == root or "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                f = node.func
                name = (
                    f.id
                    if isinstance(f, ast.Name)
                    else f.attr
                    if isinstance(f, ast.Attribute)
                    else ""
                )
                if name in services:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}(...)")
    assert offenders == []


def test_contracts_name_every_top_level_module():
    """Every module and package directly under gaotai_desktop/ is in the layers contract."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    named = {m.strip() for layer in layers for m in layer.split("|")}
    top = {
        f"gaotai_desktop.{p.stem}"
        for p in (ROOT / "gaotai_desktop").iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").exists()
    }
    assert top - named == set()
