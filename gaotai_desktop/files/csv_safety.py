"""Text written into CSV files that a spreadsheet program must not run as a formula (OWASP).

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return may be evaluated by
Excel or LibreOffice (``=HYPERLINK(...)``, ``=cmd|...``); a leading ``'`` makes it inert text.
"""

from __future__ import annotations

#: Leading characters that make a spreadsheet program read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_csv_text(value: object) -> str:
    """``value`` as CSV cell text that no spreadsheet program evaluates.

    Text starting with one of :data:`FORMULA_STARTS` gets a leading ``'``; numbers (``int``,
    ``float``) are written as they are (``-3`` stays a number); ``None`` becomes ``""``.
    Quoting of ``"`` and separators is left to :mod:`csv`.
    """
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str):
        return str(value)
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
