"""Which letter fonts this machine offers, for the office settings dialog (Qt-free, no ReportLab).

The settings store font paths: all empty means "detect the office's installed fonts, else the
bundled Noto Serif SC" (what :meth:`DocumentService.fonts` does); explicit paths are used as given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..letters import fonts
from ..letters.fonts import ROLES, FontSet
from ..office_settings import BUNDLED

#: What each role draws, in the words of GB/T 9704.
ROLE_LABELS: dict[str, str] = {
    "body": "正文（仿宋）",
    "title": "标题、发文机关标志（小标宋）",
    "heading1": "一级标题（黑体）",
    "heading2": "二级标题（楷体）",
}


@dataclass(frozen=True)
class FontChoice:
    """The fonts found: the office's installed files per role (``None``: not installed)."""

    office: dict[str, Path | None]
    bundled: dict[str, Path]

    @property
    def any_office(self) -> bool:
        return any(p is not None for p in self.office.values())


def bundled_fonts() -> dict[str, Path]:
    base = FontSet.bundled()
    return {role: base.path(role) for role in ROLES}


def detect(search_dirs: tuple[Path, ...] | None = None) -> FontChoice:
    """Installed office fonts per role (仿宋, 小标宋, 黑体, 楷体) and the bundled ones."""
    bundled = bundled_fonts()
    found = FontSet.detect(search_dirs=search_dirs)
    office = {
        role: (found.path(role) if found.path(role) != bundled[role] else None) for role in ROLES
    }
    return FontChoice(office, bundled)


def is_truetype(path: str | Path) -> bool:
    """A single TrueType-outline font file (the only kind letters can embed)."""
    return fonts.is_truetype(Path(path))


def is_bundled(paths: dict[str, str]) -> bool:
    """Do the stored role -> path values name the bundled Noto Serif SC files?"""
    if paths and all(v == BUNDLED for v in paths.values()):
        return True
    bundled = bundled_fonts()
    if not any(paths.values()):
        return False
    for role in ROLES:
        value = paths.get(role, "")
        if not value:
            continue
        p = Path(value)
        if p != bundled[role] and not (
            p.name == bundled[role].name and p.parent.name == "fonts" and not p.exists()
        ):
            return False
    return True
