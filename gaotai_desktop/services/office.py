"""Office-wide settings (issuing body, document prefixes, contacts, letter fonts)."""

from __future__ import annotations

from sqlalchemy import select

from ..data.models import Setting
from ..office_settings import OfficeSettings
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
        with self.db.transaction() as s:
            row = s.scalar(select(Setting).where(Setting.key == KEY))
            if row is None:
                s.add(Setting(key=KEY, value=settings.to_json(), **self.db.stamp()))
            else:
                row.value = settings.to_json()
                self.db.touch(row)
        return settings
