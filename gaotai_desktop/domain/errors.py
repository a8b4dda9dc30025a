"""Typed errors raised by every layer below ``ui``.

Errors carry *codes*, never Chinese sentences: the ``ui`` and ``cli`` layers turn codes into text
(see :mod:`gaotai_desktop.texts`). ``detail`` holds the values a message needs (the offending
characters, the expected length, ...).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


class GaotaiError(Exception):
    """Base of every expected error (not a bug)."""


@dataclass
class ValidationError(GaotaiError):
    """A value the user gave is not acceptable.

    ``field`` names the field (a stable English key such as ``uscc`` or ``id_number``),
    ``code`` the reason (``length``, ``bad_char``, ``check``, ``birth_date``, ``required`` ...).
    """

    field: str
    code: str
    detail: dict[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(f"{self.field}: {self.code} {self.detail or ''}".strip())


class NotFound(GaotaiError):
    """The record asked for does not exist (or was deleted)."""

    def __init__(self, what: str, key: str) -> None:
        super().__init__(f"{what} not found: {key}")
        self.what = what
        self.key = key


class Conflict(GaotaiError):
    """The change collides with existing data (duplicate key, stale edit, ...)."""

    def __init__(self, code: str, **detail: Any) -> None:
        super().__init__(f"conflict: {code} {detail or ''}".strip())
        self.code = code
        self.detail = detail


class StorageError(GaotaiError):
    """The environment failed: locked file, disk full, newer schema, corrupt database ..."""

    def __init__(self, code: str, **detail: Any) -> None:
        super().__init__(f"storage: {code} {detail or ''}".strip())
        self.code = code
        self.detail = detail


class PermissionDenied(GaotaiError):
    """The current user's role may not do this."""

    def __init__(self, action: str, role: str) -> None:
        super().__init__(f"{role} may not {action}")
        self.action = action
        self.role = role


class SignInFailed(GaotaiError):
    """Signing in did not succeed. ``code``: ``required`` (the database has users and no user was
    named), ``wrong`` (unknown name or wrong password: not told apart; ``remaining`` attempts
    before a lockout), ``locked`` (``until``, a UTC time), ``inactive``, ``no_users`` (a user was
    named on a database without users), ``password_required``."""

    def __init__(self, code: str, **detail: Any) -> None:
        super().__init__(f"sign-in: {code} {detail or ''}".strip())
        self.code = code
        self.detail = detail


class MissingGlyphs(GaotaiError):
    """Characters that the font cannot draw (they would print as blanks).

    ``chars`` lists each missing character once, in order of first appearance; ``font`` is the font
    file's name. The ``ui`` layer turns this into a message naming the characters.
    """

    def __init__(self, chars: list[str], font: str) -> None:
        shown = " ".join(f"{c!r}(U+{ord(c):04X})" for c in chars)
        super().__init__(f"font {font} lacks {shown}")
        self.chars = chars
        self.font = font

    def __reduce__(self) -> tuple[type, tuple[list[str], str]]:
        # raised in a render worker process, re-raised in the parent
        return (type(self), (self.chars, self.font))


class FontError(GaotaiError):
    """A configured font file is missing or is not a TrueType-outline font."""

    def __init__(self, code: str, path: str) -> None:
        super().__init__(f"font: {code} {path}")
        self.code = code
        self.path = path

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.code, self.path))


class TemplateFault(GaotaiError):
    """A wording file is missing, unreadable, lacks a key or uses an unknown placeholder."""

    def __init__(self, code: str, kind: str, key: str = "", detail: str = "") -> None:
        super().__init__(f"template {kind}: {code} {key} {detail}".strip())
        self.code = code
        self.kind = kind
        self.key = key
        self.detail = detail


class IllegalTransition(GaotaiError):
    """A document or warning cannot move from ``current`` to ``target``.

    ``machine`` is ``document`` or ``warning``; ``needs`` lists the states from which ``target``
    can be reached (what must happen first); empty when nothing leads there from ``current``.
    """

    def __init__(self, machine: str, current: str, target: str, needs: tuple[str, ...]) -> None:
        super().__init__(f"{machine}: {current} -> {target} (needs {', '.join(needs) or '-'})")
        self.machine = machine
        self.current = current
        self.target = target
        self.needs = needs


@dataclass(frozen=True)
class ImportProblem:
    """One reason a file cannot be imported. ``row``/``column`` are ``None`` for the whole file;
    ``column`` is the header as written in the file; ``code`` and ``detail`` make the text."""

    row: int | None
    column: str | None
    code: str
    detail: dict[str, Any] = dataclasses.field(default_factory=dict)


class ImportFailed(GaotaiError):
    """The file has problems: nothing was written."""

    def __init__(self, problems: Iterable[ImportProblem]) -> None:
        self.problems: tuple[ImportProblem, ...] = tuple(problems)
        super().__init__(f"import failed: {len(self.problems)} problem(s)")


class ImportCancelled(GaotaiError):
    """The user cancelled the import: nothing was written."""

    def __init__(self) -> None:
        super().__init__("import cancelled")


class SpreadsheetError(GaotaiError):
    """The file cannot be read as a spreadsheet. ``code`` says why, ``detail`` holds the values."""

    def __init__(self, code: str, **detail: Any) -> None:
        super().__init__(f"spreadsheet: {code} {detail or ''}".strip())
        self.code = code
        self.detail = detail


class MissingLetterFacts(GaotaiError):
    """Office-wide facts every letter prints are missing from the office settings: nothing was
    numbered. ``fields`` are setting keys (``contact_person``, ``prefix:risk_notice`` ...) in the
    order of the settings form; the ``ui`` and ``cli`` layers name them in Chinese."""

    def __init__(self, fields: Iterable[str]) -> None:
        self.fields: tuple[str, ...] = tuple(fields)
        super().__init__("missing letter facts: " + ", ".join(self.fields))

    def __reduce__(self) -> tuple[type, tuple[tuple[str, ...]]]:
        return (type(self), (self.fields,))
