"""Fonts for official letters: four roles, installed office fonts first, bundled Noto Serif SC last.

GB/T 9704 names four faces: 仿宋 (body), 小标宋 (title and issuing-body mark), 黑体 (level-1
headings) and 楷体 (level-2 headings). The proprietary faces may not be bundled, so
:meth:`FontSet.detect` uses the office's installed fonts where it finds them and falls back to the
bundled Noto Serif SC (SIL OFL). Only TrueType-outline (``glyf``) fonts work: ReportLab embeds a
subset of each one. ReportLab's CID fonts (STSong-Light) are never used: they are not embedded.

Nothing happens at import time; fonts are registered on first use and cached per process.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gaotai_desktop.domain.errors import FontError, MissingGlyphs

ROLES: tuple[str, ...] = ("body", "title", "heading1", "heading2")


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (see :func:`gaotai_desktop.paths.resource`)."""
    from gaotai_desktop.paths import resource

    return resource(*parts)


@dataclass(frozen=True)
class FontSet:
    """One TrueType file per role. Roles may share a file (it is then embedded once)."""

    body: Path
    title: Path
    heading1: Path
    heading2: Path

    def path(self, role: str) -> Path:
        if role not in ROLES:
            raise KeyError(role)
        path: Path = getattr(self, role)
        return path

    def emboldened(self, role: str) -> bool:
        """Title and level-1 headings set in the body's own face get a synthetic bold (the glyphs
        are stroked as well as filled), so they still stand out, as 小标宋 and 黑体 would."""
        return role in ("title", "heading1") and self.path(role) == self.body

    def paths(self) -> tuple[Path, ...]:
        """Distinct font files, in role order."""
        seen: list[Path] = []
        for role in ROLES:
            p = self.path(role)
            if p not in seen:
                seen.append(p)
        return tuple(seen)

    @classmethod
    def bundled(cls) -> FontSet:
        """The bundled Noto Serif SC Regular for every role (one 15 MB file keeps the bundle small);
        titles and level-1 headings are emboldened synthetically (see :meth:`emboldened`)."""
        regular = resource_path("fonts", "NotoSerifSC-Regular.ttf")
        return cls(body=regular, title=regular, heading1=regular, heading2=regular)

    @classmethod
    def from_paths(
        cls,
        body: str | Path | None = None,
        title: str | Path | None = None,
        heading1: str | Path | None = None,
        heading2: str | Path | None = None,
    ) -> FontSet:
        """Explicit paths (e.g. from settings); a role left as ``None`` uses the bundled font."""
        base = cls.bundled()
        chosen = {}
        for role, value in zip(ROLES, (body, title, heading1, heading2), strict=True):
            if value is None:
                chosen[role] = base.path(role)
            else:
                p = Path(value)
                if not is_truetype(p):
                    raise FontError("not_truetype" if p.exists() else "missing", str(p))
                chosen[role] = p
        return cls(**chosen)

    @classmethod
    def detect(
        cls, prefer_office: bool = True, search_dirs: tuple[Path, ...] | None = None
    ) -> FontSet:
        """Installed office fonts where present (仿宋, 小标宋, 黑体, 楷体), else the bundled font."""
        base = cls.bundled()
        if not prefer_office:
            return base
        dirs = search_dirs if search_dirs is not None else _font_dirs()
        chosen = {}
        for role in ROLES:
            found = None
            for name in _OFFICE_FILES[role]:
                for d in dirs:
                    p = d / name
                    if is_truetype(p):
                        found = p
                        break
                if found:
                    break
            chosen[role] = found or base.path(role)
        return cls(**chosen)


#: File names of the office fonts per role, most preferred first.
_OFFICE_FILES: dict[str, tuple[str, ...]] = {
    "body": ("simfang.ttf", "SIMFANG.TTF", "FangSong_GB2312.ttf", "仿宋_GB2312.ttf"),
    "title": ("FZXBSJW.TTF", "FZXBSJW.ttf", "方正小标宋简体.ttf", "FZXiaoBiaoSong-B05S.ttf"),
    "heading1": ("simhei.ttf", "SIMHEI.TTF"),
    "heading2": ("simkai.ttf", "SIMKAI.TTF", "KaiTi_GB2312.ttf", "楷体_GB2312.ttf"),
}


def _font_dirs() -> tuple[Path, ...]:
    home = Path.home()
    dirs = [
        Path("C:/Windows/Fonts"),
        home / "AppData/Local/Microsoft/Windows/Fonts",
        home / ".fonts",
        home / ".local/share/fonts",
        Path("/usr/share/fonts/truetype/windows"),
        Path("/usr/share/fonts/windows"),
        Path("/usr/share/fonts/truetype"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path("/Library/Fonts"),
    ]
    return tuple(dirs)


def is_truetype(path: Path) -> bool:
    """True for a single TrueType-outline font (not OTF/CFF, not a collection)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError:
        return False
    return head in (b"\x00\x01\x00\x00", b"true")


# --- registration (lazy, once per process) -------------------------------------------------------

_lock = threading.Lock()
_registered: dict[Path, str] = {}
_cmaps: dict[Path, frozenset[int]] = {}


def font_name(path: Path) -> str:
    """Register ``path`` with ReportLab once per process and return its registered name."""
    key = Path(path)
    name = _registered.get(key)
    if name is not None:
        return name
    with _lock:
        name = _registered.get(key)
        if name is None:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            if not is_truetype(key):
                raise FontError("not_truetype" if key.exists() else "missing", str(key))
            digest = hashlib.sha1(str(key.resolve()).encode("utf-8")).hexdigest()[:8]
            name = f"GT-{key.stem}-{digest}"
            font = TTFont(name, str(key), shapable=False)
            _share_glyf_table(font.face)
            pdfmetrics.registerFont(font)
            _cmaps[key] = frozenset(font.face.charToGlyph)
            _registered[key] = name
    return name


class _GlyfView:
    """The ``glyf`` table as slices of the font file: only the slices asked for are copied."""

    def __init__(self, data: bytes, pos: int, length: int) -> None:
        self._view = memoryview(data)[pos : pos + length]

    def __getitem__(self, key: slice) -> bytes:
        return self._view[key].tobytes()

    def __len__(self) -> int:
        return len(self._view)


def _share_glyf_table(face: Any) -> None:
    """Speed-up: ReportLab's ``makeSubset`` copies the whole ``glyf`` table (about 12 MB for a
    GB2312-complete font) for every 256-glyph subset of every document, only to slice single
    glyphs out of it. Hand it a view instead. Falls back to ReportLab's own behaviour if the
    internals it relies on are not there.
    """
    data = getattr(face, "_ttf_data", None)
    table = getattr(face, "table", {})
    if not isinstance(data, bytes) or "glyf" not in table:
        return
    view = _GlyfView(data, table["glyf"]["offset"], table["glyf"]["length"])
    original = face.get_table

    def get_table(tag: str) -> _GlyfView | bytes:
        return view if tag == "glyf" else original(tag)

    face.get_table = get_table


def font_names(fonts: FontSet) -> dict[str, str]:
    """Registered ReportLab font name per role."""
    return {role: font_name(fonts.path(role)) for role in ROLES}


def descent(fonts: FontSet, role: str) -> float:
    """Font descent as a fraction of the em (negative), as written to the PDF font descriptor."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name(fonts.path(role))).face
    value: float = face.descent / 1000.0
    return value


def cmap(path: Path) -> frozenset[int]:
    """Code points the font maps to a glyph (cached)."""
    key = Path(path)
    if key not in _cmaps:
        font_name(key)
    return _cmaps[key]


def check_glyphs(
    texts: Iterable[str], fontset: FontSet, roles: tuple[str, ...] | None = None
) -> None:
    """Raise :class:`MissingGlyphs` if a character of any text is missing from a font of ``roles``.

    Whitespace (spaces, newlines, the ideographic space U+3000) is ignored.
    ``roles`` defaults to every role, i.e. the text must be drawable in each font of the set.
    """
    needed: dict[str, None] = {}
    for text in texts:
        for ch in text:
            if ch not in needed and not ch.isspace():
                needed[ch] = None
    if not needed:
        return
    files: list[Path] = []
    for role in roles or ROLES:
        p = fontset.path(role)
        if p not in files:
            files.append(p)
    for p in files:
        have = cmap(p)
        missing = [ch for ch in needed if ord(ch) not in have]
        if missing:
            raise MissingGlyphs(missing, p.name)
