"""Typed errors raised by every layer below ``ui``.

Errors carry *codes*, never Chinese sentences: the ``ui`` and ``cli`` layers turn codes into text
(see :mod:`gaotai_desktop.texts`). ``detail`` holds the values a message needs (the offending
characters, the expected length, ...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
    detail: dict[str, Any] = field(default_factory=dict)

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
