"""Typed office settings (Qt-free), stored as JSON in the database's ``setting`` table.

Office-wide values live in the database so that every desk sharing it prints the same letters;
per-machine state (window layout) lives in QSettings inside ``ui``.
Each stored value carries ``version``; :func:`upgrade` brings older ones forward.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field

from .domain.documents import DocumentKind
from .domain.reference import ISSUING_BODY

SETTINGS_VERSION = 1

#: Font setting meaning "the bundled Noto Serif SC, wherever the program is installed".
BUNDLED = "bundled"

#: Default document-number prefixes (机关代字) per document kind.
DEFAULT_PREFIXES: dict[str, str] = {
    DocumentKind.RISK_NOTICE: "高人社工伤提",
    DocumentKind.RECTIFICATION: "高人社工伤改",
    DocumentKind.AUTHORITY_NOTICE: "高人社工伤函",
    DocumentKind.COUNTY_BULLETIN: "高人社发",
    DocumentKind.INTERVIEW_NOTICE: "高人社工伤约",
}


@dataclass(frozen=True)
class OfficeSettings:
    issuing_body: str = ISSUING_BODY
    issuing_body_short: str = "县人社局"
    contact_person: str = ""
    contact_phone: str = ""
    address: str = "甘肃省张掖市高台县"
    prefixes: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_PREFIXES))
    #: Periods in calendar days, per tier code (configurable). Letters print them counted from
    #: delivery ("自收到本函之日起15日内"); the stored due dates count them from the issue date
    #: until deliveries are recorded (``domain.documents.letter_deadlines``).
    rectification_days: dict[str, int] = field(
        default_factory=lambda: {"yellow": 15, "orange": 15, "red": 30}
    )
    #: Written feedback of a 风险提示函, in days (see above).
    feedback_days: int = 10
    #: A red enterprise drafts its rectification plan (整改方案) within these days (see above).
    plan_days: int = 7
    #: One-on-one / periodic interviews: the earliest day is this many days after the issue date
    #: (moved to the next working day, ``domain.calendar``); each enterprise gets its own slot.
    interview_days: int = 7
    #: Kept for stored settings of version 1 (the first slot of the day now comes from the hours).
    interview_time: str = "09:30"
    #: The default room (used when ``interview_rooms`` is empty).
    interview_place: str = "高台县人力资源和社会保障局工伤保险股会议室"
    #: Length of one interview slot in minutes.
    interview_slot_minutes: int = 30
    #: Office hours in which interviews are held, "HH:MM-HH:MM".
    interview_hours: list[str] = field(default_factory=lambda: ["09:00-11:30", "14:30-17:00"])
    #: Rooms holding interviews at the same time (empty: ``interview_place`` alone).
    interview_rooms: list[str] = field(default_factory=list)
    #: Public holidays of years the program does not know, as the State Council publishes them:
    #: ``{"2027": {"rest": ["2027-01-01", ...], "work": ["2027-02-07", ...]}}``.
    holidays: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    #: 文号 of the county's mechanism document (《高台县工伤预防分级预警监管机制》); empty: the
    #: letters name the mechanism without a number (never an invented one).
    mechanism_doc_no: str = ""
    #: Last day of 限制评先评优 (YYYY-MM-DD); empty: 31 December of the year of issue.
    award_restriction_until: str = ""
    #: Font files for letters; empty = detect office fonts, else the bundled Noto Serif SC;
    #: :data:`BUNDLED` = always the bundled font.
    font_body: str = ""
    font_title: str = ""
    font_heading1: str = ""
    font_heading2: str = ""
    first_run_done: bool = False

    def to_json(self) -> str:
        return json.dumps(
            {"version": SETTINGS_VERSION, **dataclasses.asdict(self)}, ensure_ascii=False
        )

    @classmethod
    def from_json(cls, text: str) -> OfficeSettings:
        data = upgrade(json.loads(text)) if text else {}
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "prefixes" in values:
            values["prefixes"] = DEFAULT_PREFIXES | values["prefixes"]
        return cls(**values)


def upgrade(data: dict) -> dict:
    """Bring a stored settings dict to :data:`SETTINGS_VERSION` (no older versions yet)."""
    data = dict(data)
    data.pop("version", None)
    return data
