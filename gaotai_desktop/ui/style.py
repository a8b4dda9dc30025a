"""Tier colours and small look constants (the national 红橙黄蓝 convention, light shades).

Colours are always paired with the tier in words (colour-blind users, black-and-white print).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

from ..domain.tiers import Tier

#: Row backgrounds: light enough for black text to stay readable.
TIER_BACKGROUND: dict[Tier, str] = {
    Tier.RED: "#F8C9C4",
    Tier.ORANGE: "#FCD9B0",
    Tier.YELLOW: "#FFF3B0",
}
TEXT_ON_TIER = "#000000"
MUTED_TEXT = "#6B6B6B"
ERROR_TEXT = "#B3261E"

_brushes: dict[Tier, QBrush] = {}
_text: QBrush | None = None
_muted: QBrush | None = None


def tier_brush(tier: Tier) -> QBrush | None:
    """Background brush of a tier (``None``: no colour, the view's default)."""
    if tier not in TIER_BACKGROUND:
        return None
    brush = _brushes.get(tier)
    if brush is None:
        brush = _brushes[tier] = QBrush(QColor(TIER_BACKGROUND[tier]))
    return brush


def text_brush() -> QBrush:
    """Black text on a tier colour (whatever the desktop theme's text colour is)."""
    global _text
    if _text is None:
        _text = QBrush(QColor(TEXT_ON_TIER))
    return _text


def muted_brush() -> QBrush:
    global _muted
    if _muted is None:
        _muted = QBrush(QColor(MUTED_TEXT))
    return _muted


ERROR_LABEL_STYLE = f"color: {ERROR_TEXT};"


#: What is late, in every list: overdue red, due within 3 days amber (with the words beside).
URGENCY_BACKGROUND: dict[str, str] = {"overdue": "#C62828", "due_soon": "#FFB300"}
URGENCY_TEXT: dict[str, str] = {"overdue": "#FFFFFF", "due_soon": "#000000"}
_urgency: dict[tuple[str, bool], QBrush] = {}


def urgency_brush(urgency: str, *, text: bool = False) -> QBrush | None:
    """Background (or text, ``text=True``) brush of an urgency (``None``: nothing late)."""
    colours = URGENCY_TEXT if text else URGENCY_BACKGROUND
    if urgency not in colours:
        return None
    key = (urgency, text)
    if key not in _urgency:
        _urgency[key] = QBrush(QColor(colours[urgency]))
    return _urgency[key]
