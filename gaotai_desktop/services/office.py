"""Office-wide settings (issuing body, document prefixes, contacts, letter fonts)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select

from ..data.models import Setting
from ..domain.roles import Action
from ..office_settings import OfficeSettings, require_letter_facts, with_values
from .base import Database

KEY = "office"


class OfficeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> OfficeSettings:
        with self.db.transaction() as s:
            value = s.scalar(select(Setting.value).where(Setting.key == KEY))
        return OfficeSettings.from_json(value or "")

    def save(self, settings: OfficeSettings) -> OfficeSettings:
        """Save the settings; changing the document-number prefixes or the holiday table is for
        administrators only (the rest, any user)."""
        with self.db.transaction() as s:
            row = s.scalar(select(Setting).where(Setting.key == KEY))
            before = OfficeSettings.from_json(row.value if row is not None else "")
            if settings.prefixes != before.prefixes:
                self.db.require(Action.EDIT_PREFIXES)
            if settings.holidays != before.holidays:
                self.db.require(Action.EDIT_HOLIDAYS)
            if row is None:
                s.add(Setting(key=KEY, value=settings.to_json(), **self.db.stamp()))
            else:
                row.value = settings.to_json()
                self.db.touch(row)
        return settings

    def require_letter_facts(self, kinds: Iterable[str] = ()) -> OfficeSettings:
        """The settings, when every fact a letter of ``kinds`` prints is there (contact person
        and phone, issuing body ...); else :class:`~gaotai_desktop.domain.errors.MissingLetterFacts`
        naming every missing setting. Issuing calls it before it takes any number."""
        return require_letter_facts(self.get(), kinds)

    def set_values(self, pairs: Mapping[str, str]) -> OfficeSettings:
        """Apply ``key: text`` pairs (``settings set KEY=VALUE``), typed like the settings'
        fields, and save them in one transaction; a bad pair raises ``ValidationError`` and
        nothing is saved."""
        return self.save(with_values(self.get(), pairs))
