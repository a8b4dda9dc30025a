"""Editable letter wording: ``resources/templates/<kind>.toml`` plus ``common.toml``.

Values are strings or arrays of strings (numbered lists). Placeholders use :class:`string.Template`
syntax (``$name`` or ``${name}``); each kind documents its placeholders at the top of its file. A
placeholder the code does not supply raises :class:`TemplateFault` naming the key, so a typo made
while editing the wording is reported instead of printed.
"""

from __future__ import annotations

import tomllib
from functools import cache, lru_cache
from pathlib import Path
from string import Template

from gaotai_desktop.domain.errors import TemplateFault
from gaotai_desktop.letters.fonts import resource_path


@cache
def templates_dir() -> Path:
    """``resources/templates`` (resolved once: where the program lives does not change)."""
    return resource_path("templates")


def _load(path: Path) -> dict[str, object]:
    """Parsed file, cached until the file changes (office staff may edit it while the app runs)."""
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = -1
    return _parse(path, stamp)


@lru_cache(maxsize=64)
def _parse(path: Path, _stamp: int) -> dict[str, object]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise TemplateFault("missing", path.stem, detail=str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise TemplateFault("syntax", path.stem, detail=str(exc)) from exc


class Wording:
    """The wording of one kind (its file over ``common.toml``) with placeholder substitution."""

    def __init__(self, kind: str, directory: Path | None = None) -> None:
        d = directory or templates_dir()
        self.kind = kind
        self.data = {**_load(d / "common.toml"), **_load(d / f"{kind}.toml")}

    def raw(self, key: str) -> object:
        try:
            return self.data[key]
        except KeyError:
            raise TemplateFault("key", self.kind, key) from None

    def get(self, key: str, **values: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str):
            raise TemplateFault("type", self.kind, key, "expected a string")
        return self._sub(key, value, values)

    def items(self, key: str, **values: str) -> list[str]:
        value = self.raw(key)
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TemplateFault("type", self.kind, key, "expected an array of strings")
        return [self._sub(key, v, values) for v in value if v.strip()]

    def table(self, key: str) -> dict[str, str]:
        """A table of strings (``[tier_labels]``); its values are not substituted."""
        value = self.raw(key)
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise TemplateFault("type", self.kind, key, "expected a table of strings")
        return value

    def has(self, key: str) -> bool:
        return key in self.data

    def _sub(self, key: str, text: str, values: dict[str, str]) -> str:
        try:
            return Template(text).substitute(values)
        except KeyError as exc:
            raise TemplateFault("placeholder", self.kind, key, str(exc.args[0])) from None
        except ValueError as exc:
            raise TemplateFault("placeholder", self.kind, key, str(exc)) from None
