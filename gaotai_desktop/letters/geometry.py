"""GB/T 9704-2012 page geometry and the content blocks of a document (paragraphs, blank lines,
the closing, the 版记 footer): what a letter says, before it is typeset.

Every body line sits on a fixed grid: 22 lines per page, pitch 225 mm / 22 ≈ 28.99 pt, the top of
the first line's em box on the top edge of the text block (37 mm from the top of the page). Text is
tracked so that 28 full-width 16 pt characters fill the 156 mm line exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias, TypedDict, Unpack

from gaotai_desktop.letters import fonts as _fonts

MM = 72.0 / 25.4
PAGE_W = 210 * MM  # 595.28
PAGE_H = 297 * MM  # 841.89
TOP = 37 * MM  # 天头, top of the text block from the top of the page
LEFT = 28 * MM  # 订口
BLOCK_W = 156 * MM  # 442.20
BLOCK_H = 225 * MM  # 637.80
RIGHT = LEFT + BLOCK_W
LINES = 22
CHARS = 28
PITCH = BLOCK_H / LINES  # 28.99
BODY_SIZE = 16.0  # 3号
TITLE_SIZE = 22.0  # 2号
SMALL_SIZE = 14.0  # 4号: page numbers, 版记
PAGE_NO_GAP = 7 * MM
BLOCK_CENTER = LEFT + BLOCK_W / 2

#: Red of the issuing-body mark and separators: CMYK (0, 0.8, 0.8, 0) as GB/T 9704 prints it.
RED_CMYK = (0.0, 0.8, 0.8, 0.0)

#: Letter layout (信函格式): mark 30 mm from the top edge, double lines 170 mm long.
LETTER_MARK_TOP = 30 * MM
LETTER_MARK_SIZE = 30.0
LETTER_RULE_LEN = 170 * MM
LETTER_BOTTOM_RULE = 20 * MM  # bottom double line: 20 mm above the bottom edge
#: Full layout (公文): mark top 35 mm below the top of the text block.
FULL_MARK_TOP = TOP + 35 * MM
FULL_MARK_SIZE = 36.0

NO_LINE_START = set("。，、；：？！）」』》〉】〕”’…·％—,.;:?!)%")
NO_LINE_END = set("（「『《〈【〔“‘(")
_ASCII_WORD = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-./@_#%+")


def slot_top(i: int) -> float:
    """Distance from the top of the page to the top of grid line ``i`` (0-based)."""
    return TOP + i * PITCH


def tracking(size: float) -> float:
    """Character spacing that makes 28 full-width characters fill the text block at 16 pt."""
    return size * (BLOCK_W / (CHARS * BODY_SIZE) - 1.0)


# --- content blocks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    text: str
    role: str = "body"
    size: float = BODY_SIZE


class ParaOptions(TypedDict, total=False):
    """Keyword options of :meth:`Para.of` (the fields of :class:`Para` after ``runs``)."""

    indent: float
    hang: float
    right: float
    align: str
    balance: bool
    keep_with_next: bool


@dataclass(frozen=True)
class Para:
    """A paragraph. Indents are in characters of ``runs[0].size``."""

    runs: tuple[Run, ...]
    indent: float = 2.0  # first line
    hang: float = 0.0  # following lines
    right: float = 0.0
    align: str = "justify"  # justify | left | center | right
    balance: bool = False  # equal-length lines (titles)
    keep_with_next: bool = False

    @classmethod
    def of(
        cls, text: str, role: str = "body", size: float = BODY_SIZE, **kw: Unpack[ParaOptions]
    ) -> Para:
        return cls(runs=(Run(text, role, size),), **kw)

    def texts(self) -> list[tuple[str, str]]:
        return [(r.text, r.role) for r in self.runs]


@dataclass(frozen=True)
class Blank:
    lines: int = 1


@dataclass(frozen=True)
class Closing:
    """Signature and date, kept together, with room for the seal above them (GB/T 9704 §7.3.5)."""

    signature: str
    date: str
    seal_lines: int = 2


#: What a :class:`Document` is made of.
Block: TypeAlias = Para | Blank | Closing


@dataclass(frozen=True)
class Footer:
    """版记 of the full layout: 抄送, 印发机关 and 印发日期."""

    cc: tuple[str, ...]
    printed_by: str
    printed_date: str
    cc_label: str = "抄送："
    printed_suffix: str = "印发"

    def cc_text(self) -> str:
        return self.cc_label + "，".join(self.cc) + "。" if self.cc else ""


@dataclass(frozen=True)
class Document:
    """A laid-out-able letter: header (mark, doc no), blocks and an optional footer."""

    layout: str  # "letter" | "full"
    mark: str
    doc_no: str
    blocks: tuple[Block, ...]
    title: str  # PDF metadata title
    author: str  # PDF metadata author = issuing body
    subject: str = ""
    footer: Footer | None = None
    #: Drawn diagonally across every page (a draft's 草稿); empty: none.
    watermark: str = ""

    def texts_by_role(self) -> dict[str, list[str]]:
        """Every string that will be drawn, grouped by font role (for the glyph check)."""
        out: dict[str, list[str]] = {r: [] for r in _fonts.ROLES}
        out["title"].append(self.mark)
        out["body"].append(self.doc_no)
        if self.watermark:
            out["heading1"].append(self.watermark)
        out["body"].append("— 0123456789 —")
        for b in self.blocks:
            if isinstance(b, Para):
                for text, role in b.texts():
                    out[role].append(text)
            elif isinstance(b, Closing):
                out["body"].extend([b.signature, b.date])
        if self.footer:
            f = self.footer
            out["body"].append(f.cc_text())
            if f.printed_by:
                out["body"].extend([f.printed_by, f.printed_date + f.printed_suffix])
        return out

    def texts(self) -> list[str]:
        return [t for texts in self.texts_by_role().values() for t in texts if t]
