"""List values as people type them, mapped to the value of the list (行业, 所属乡镇, 行业主管部门,
事故类别, 伤害程度).

One normaliser for imports and for the enterprise and accident forms' saves. Known variants:
punctuation and spaces (``农、林、牧、渔业`` -> ``农林牧渔业``), full/half width, GB/T 4754 section
letters and division codes (``A``, ``01``, ``A 农、林、牧、渔业``, ``0111``), the county's name in
front (``高台县城关镇``, ``高台县应急管理局``), a missing ``镇`` (``城关``), short names of
authorities (``应急局``) and other names of categories and severities (``高空坠落``, ``重伤害``).
A value the lists do not know is kept as typed (white space collapsed) and marked unknown.

Pure: the lists are passed in (the database's editable tables; defaults in ``domain.reference``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .reference import (
    ACCIDENT_CATEGORIES,
    AUTHORITIES,
    AUTHORITY_ALIASES,
    CATEGORY_ALIASES,
    INDUSTRIES,
    INDUSTRY_ALIASES,
    INDUSTRY_DIVISIONS,
    PLACE_PREFIXES,
    SEVERITIES,
    SEVERITY_ALIASES,
    TOWNSHIPS,
)

#: The fields with a list of values.
CHOICE_FIELDS: tuple[str, ...] = ("industry", "township", "authority", "category", "severity")


def choice_key(text: str) -> str:
    """How two spellings are compared: NFKC (full width -> half width), no white space, no
    punctuation or symbols (``、，·-`` ...), upper case."""
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZSC").upper()


def _clean(text: str) -> str:
    return " ".join((text or "").split())


@dataclass(frozen=True, slots=True)
class Choice:
    """A value as it is stored: the list's value when ``known``, else the text as typed."""

    value: str
    known: bool
    #: The typed text differs from the stored value (a variant was mapped).
    changed: bool


@dataclass(frozen=True)
class ChoiceLists:
    """The lists a value is mapped to. Industries carry their GB/T 4754 section letter."""

    townships: tuple[str, ...] = TOWNSHIPS
    industries: tuple[tuple[str, str], ...] = INDUSTRIES
    authorities: tuple[str, ...] = AUTHORITIES
    categories: tuple[str, ...] = ACCIDENT_CATEGORIES
    severities: tuple[str, ...] = SEVERITIES


#: ``A``, ``01``, ``0111``, ``A01``, ``A 农、林、牧、渔业``, ``01-农业``: a section letter and/or a
#: division (or finer) code, then perhaps a name.
_CODED = re.compile(r"^([A-Z](?![A-Z]))?[\s.\-_:：、，,]*(\d{2,4}(?!\d))?[\s.\-_:：、，,]*(.*)$")
#: ``1``-``20`` or ``1 物体打击``: a GB 6441 number, then perhaps the name.
_NUMBERED = re.compile(r"^(\d{1,2})(?!\d)[\s.\-_:：、，,]*(.*)$")


class ChoiceNormaliser:
    """Maps typed values to the lists' values (build once per import or save)."""

    def __init__(self, lists: ChoiceLists | None = None) -> None:
        lists = lists or ChoiceLists()
        self.lists = lists
        self._cache: dict[tuple[str, str], Choice] = {}
        self._industry_keys: dict[str, str] = {}
        self._sections: dict[str, str] = {}  # section letter -> list name
        for code, name in lists.industries:
            self._industry_keys[choice_key(name)] = name
            if code:
                self._sections[code.strip().upper()] = name
        # default names of the sections the list holds under another name (an edited list keeps
        # its letters; a list without letters is matched by the default names)
        for code, name in INDUSTRIES:
            target = self._sections.get(code) or self._industry_keys.get(choice_key(name))
            if target is not None:
                self._sections.setdefault(code, target)
                self._industry_keys.setdefault(choice_key(name), target)
        for code, aliases in INDUSTRY_ALIASES.items():
            if code in self._sections:
                for alias in aliases:
                    self._industry_keys.setdefault(choice_key(alias), self._sections[code])
        self._townships = _keyed(lists.townships)
        self._township_stems: dict[str, str] = {}
        for name in lists.townships:
            stem = choice_key(name)
            if len(stem) > 2 and stem[-1] in "镇乡":
                self._township_stems.setdefault(stem[:-1], name)
        self._authorities: dict[str, str] = {}
        for name in lists.authorities:
            self._authorities.setdefault(_body_core(name), name)
        for alias, core in AUTHORITY_ALIASES.items():
            if core in self._authorities:
                self._authorities.setdefault(choice_key(alias), self._authorities[core])
        self._categories = _keyed(lists.categories)
        for alias, name in CATEGORY_ALIASES.items():
            if name in lists.categories:
                self._categories.setdefault(choice_key(alias), name)
        self._severities = _keyed(lists.severities)
        for alias, name in SEVERITY_ALIASES.items():
            if name in lists.severities:
                self._severities.setdefault(choice_key(alias), name)

    # -- public ---------------------------------------------------------------------------------
    def choice(self, field: str, text: str) -> Choice:
        """``text`` of ``field`` (one of :data:`CHOICE_FIELDS`) mapped to its list."""
        cached = self._cache.get((field, text))
        if cached is None:
            cached = self._cache[(field, text)] = self._choice(field, text)
        return cached

    def _choice(self, field: str, text: str) -> Choice:
        typed = _clean(text)
        if not typed:
            return Choice("", True, typed != (text or ""))
        found = self._find(field, typed)
        if found is None:
            return Choice(typed, False, False)
        return Choice(found, True, found != typed)

    def value(self, field: str, text: str) -> str:
        """The stored value of ``text`` (the list's value, or the text as typed)."""
        return self.choice(field, text).value

    # -- per field ------------------------------------------------------------------------------
    def _find(self, field: str, typed: str) -> str | None:
        if field == "industry":
            return self.industry(typed)
        if field == "township":
            return self.township(typed)
        if field == "authority":
            return self.authority(typed)
        if field == "category":
            return self.category(typed)
        if field == "severity":
            return _suffixed(self._severities, choice_key(typed), ("事故",))
        raise ValueError(f"no list for {field!r}")

    def industry(self, typed: str) -> str | None:
        key = choice_key(typed)
        found = _suffixed(self._industry_keys, key, ())
        if found is not None:
            return found
        text = unicodedata.normalize("NFKC", typed).strip().upper()
        m = _CODED.match(text)
        if m is None or not (m.group(1) or m.group(2)):
            return self._industry_keys.get(key + "业")
        letter, digits, rest = m.group(1), m.group(2), m.group(3)
        by_code: str | None = None
        if digits is not None:
            section = division_section(int(digits[:2]))
            if section is None or (letter is not None and letter != section):
                return None
            by_code = self._sections.get(section)
        elif letter is not None:
            by_code = self._sections.get(letter)
        rest_key = choice_key(rest)
        by_name = _suffixed(self._industry_keys, rest_key, ()) if rest_key else None
        if by_name is not None and by_code is not None and by_name != by_code:
            return None  # the code and the name disagree: say so rather than guess
        return by_code or by_name

    def township(self, typed: str) -> str | None:
        key = choice_key(typed)
        for candidate in _without_prefixes(key):
            for k in (
                candidate,
                candidate.removesuffix("人民政府"),
                candidate.removesuffix("政府"),
            ):
                found = self._townships.get(k) or self._township_stems.get(k)
                if found is not None:
                    return found
        return None

    def authority(self, typed: str) -> str | None:
        key = choice_key(typed)
        core = _body_core(typed)
        return self._authorities.get(core) or self._authorities.get(key)

    def category(self, typed: str) -> str | None:
        key = choice_key(typed)
        found = _suffixed(self._categories, key, ("事故",))
        if found is not None:
            return found
        m = _NUMBERED.match(unicodedata.normalize("NFKC", typed).strip())
        if m is None:
            return None
        number, rest = int(m.group(1)), choice_key(m.group(2))
        by_number = None
        if 1 <= number <= len(ACCIDENT_CATEGORIES):
            name = ACCIDENT_CATEGORIES[number - 1]
            by_number = name if name in self.lists.categories else None
        by_name = _suffixed(self._categories, rest, ("事故",)) if rest else None
        if by_name is not None and by_number is not None and by_name != by_number:
            return None
        return by_number or by_name


def division_section(division: int) -> str | None:
    """GB/T 4754-2017 section letter of a two-digit division code (``1`` -> ``A``)."""
    for section, (first, last) in INDUSTRY_DIVISIONS.items():
        if first <= division <= last:
            return section
    return None


def _keyed(names: Iterable[str]) -> dict[str, str]:
    keyed: dict[str, str] = {}
    for name in names:
        keyed.setdefault(choice_key(name), name)
    return keyed


def _suffixed(keyed: dict[str, str], key: str, suffixes: Sequence[str]) -> str | None:
    """``keyed[key]``, or with a trailing word such as ``事故`` removed."""
    if key in keyed:
        return keyed[key]
    for suffix in suffixes:
        if key.endswith(suffix) and key.removesuffix(suffix) in keyed:
            return keyed[key.removesuffix(suffix)]
    return None


def _without_prefixes(key: str) -> list[str]:
    """``key`` and ``key`` without the province, city and county in front (each step)."""
    out = [key]
    changed = True
    while changed:
        changed = False
        for prefix in PLACE_PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix):
                key = key[len(prefix) :]
                out.append(key)
                changed = True
    return out


def _body_core(name: str) -> str:
    """An authority's name without where it is: ``高台县应急管理局``/``县应急管理局`` ->
    ``应急管理局``."""
    key = _without_prefixes(choice_key(name))[-1]
    if key.startswith("县") and len(key) > 2:
        key = key[1:]
    return key
