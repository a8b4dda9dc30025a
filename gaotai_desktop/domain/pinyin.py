"""Chinese names as people sort and search them: by pinyin, and by the initials of each
character's pinyin (``htwl`` finds 黑河物流, ``gtx`` 高台县).

Pure Python over a generated table (:mod:`.pinyin_table`, made from pypinyin by
``tools/build_pinyin_table.py``): every GBK Han character's place in pinyin order and the initials
of its readings in use. A character sorts by its usual reading (per character, not per phrase: 长
sorts as zhǎng also in 长城); for search the initial of every reading in use counts (行 is found by
``x`` and ``h``).

:func:`sort_key` turns a text into a string that compares in pinyin order: each Han character
becomes a private-use character whose code point is its rank, after digits and Latin letters
(case-insensitive, full width folded). :func:`initials` gives the initials spellings searched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import product

#: Han characters map to ``BASE + rank``: supplementary private use (plane 15), above every
#: assigned character, so Latin letters, digits and punctuation come first.
BASE = 0xF0000
#: At most this many initials spellings per text (several polyphones multiply them).
MAX_SPELLINGS = 16


_NOT_ALNUM = re.compile("[^0-9A-Z]+")


@cache
def _tables() -> tuple[dict[int, str], dict[int, str], dict[str, str]]:
    """(translate table for :func:`sort_key`, translate table Han -> usual initial, character ->
    every initial in use for the characters that have several, usual one first)."""
    from .pinyin_table import ORDER, OTHER_INITIALS, STARTS

    ranks = {ord(ch): chr(BASE + i) for i, ch in enumerate(ORDER)}
    bounds = sorted((start, letter) for letter, start in STARTS.items())
    usual: dict[int, str] = {}
    several: dict[str, str] = {}
    for n, (start, letter) in enumerate(bounds):
        end = bounds[n + 1][0] if n + 1 < len(bounds) else len(ORDER)
        for ch in ORDER[start:end]:
            usual[ord(ch)] = letter.upper()
            if ch in OTHER_INITIALS:
                several[ch] = letter.upper() + OTHER_INITIALS[ch].upper()
    return ranks, usual, several


def _fold(text: str) -> str:
    """Full width to half width, upper case (ＡＢ１ -> AB1)."""
    return unicodedata.normalize("NFKC", text).upper()


def sort_key(text: str) -> str:
    """A key that orders texts by pinyin: ``sorted(names, key=sort_key)``."""
    return _fold(text).translate(_tables()[0])


def initials(text: str) -> list[str]:
    """The spellings of ``text``'s pinyin initials, upper case: Han characters by the initial of
    each reading (the usual reading's spelling first), Latin letters and digits as they are,
    anything else left out. At most :data:`MAX_SPELLINGS` (then later polyphones give their usual
    reading only)."""
    _ranks, usual, several = _tables()
    folded = _fold(text)
    if several.keys().isdisjoint(folded):  # one spelling: the quick way
        one = _NOT_ALNUM.sub("", folded.translate(usual))
        return [one] if one else []
    options: list[str] = []
    for ch in folded:
        got = several.get(ch) or usual.get(ord(ch))
        if got is not None:
            options.append(got)
        elif ch.isascii() and ch.isalnum():
            options.append(ch)
    spellings = 1
    limited = []
    for opt in options:
        if spellings * len(opt) > MAX_SPELLINGS:
            opt = opt[0]
        spellings *= len(opt)
        limited.append(opt)
    return ["".join(p) for p in product(*limited)] if limited else []


def initials_text(text: str) -> str:
    """Every initials spelling of ``text`` on its own line (to add to a search text)."""
    return "\n".join(initials(text))
