"""Prevention training (工伤预防进企业) and the rights hotline (维权热线): rules and rows.

Pure Python. The services check every input with the functions here before anything is written
and return the frozen rows defined here.

**High-risk industries.** The issue names construction, chemicals and logistics. The register
stores an enterprise's industry as a GB/T 4754 section name (``industry`` table: code + name), so:

- construction (建筑) is section **E** (建筑业);
- logistics (物流) is section **G** (交通运输、仓储和邮政业);
- chemicals (化工) is a division of manufacturing (C 26 化学原料和化学制品制造业, C 27 医药,
  C 29 橡胶和塑料) that the register does not keep apart from the rest of section **C**
  (制造业): a section-C enterprise counts as chemical when its name says so (化工, 化学, 化肥,
  农药, 涂料, 石化, 炼油, 危化, 危险化学品). An industry written as the division name itself
  (化学原料和化学制品制造业, kept by older imports) counts too.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field

from .errors import ValidationError
from .loop import urgency

#: Section codes (GB/T 4754, the ``industry`` table's ``code``) of the high-risk groups.
CONSTRUCTION_SECTION = "E"
LOGISTICS_SECTION = "G"
MANUFACTURING_SECTION = "C"
#: Words in a manufacturing enterprise's name (or its industry text) that make it chemical.
CHEMICAL_WORDS: tuple[str, ...] = (
    "化工", "化学", "化肥", "农药", "涂料", "石化", "炼油", "危化", "危险化学品",
)  # fmt: skip


class RiskGroup(enum.StrEnum):
    CONSTRUCTION = "construction"  # 建筑施工
    CHEMICALS = "chemicals"  # 危险化学品、化工
    LOGISTICS = "logistics"  # 交通运输、物流仓储


def risk_group(section: str | None, industry: str, name: str) -> RiskGroup | None:
    """The high-risk group of an enterprise whose industry ``industry`` is in GB/T 4754
    section ``section`` (None: a name the industry table does not hold), named ``name``."""
    if section == CONSTRUCTION_SECTION:
        return RiskGroup.CONSTRUCTION
    if section == LOGISTICS_SECTION:
        return RiskGroup.LOGISTICS
    words = f"{industry} {name}"
    if section in (MANUFACTURING_SECTION, None) and any(w in words for w in CHEMICAL_WORDS):
        return RiskGroup.CHEMICALS
    return None


class Topic(enum.StrEnum):
    CONSULTATION = "consultation"  # 政策咨询
    COMPLAINT = "complaint"  # 投诉
    DISPUTE = "dispute"  # 争议


class Referral(enum.StrEnum):
    NONE = "none"  # 未转办
    MEDIATION = "mediation"  # 调解
    ARBITRATION = "arbitration"  # 劳动仲裁
    LABOUR_INSPECTION = "labour_inspection"  # 劳动保障监察


# -- limits --------------------------------------------------------------------------------------
PLACE_MAX = 128
TOPIC_MAX = 256
NAME_MAX = 64
PATH_MAX = 512
PEOPLE_MAX = 100_000
_PHONE = re.compile(r"^\+?[0-9][0-9\- ]{3,30}$")


def text(field: str, value: str, limit: int, *, required: bool = False) -> str:
    """``value`` stripped; ``required`` / ``too_long`` naming ``field``."""
    out = (value or "").strip()
    if required and not out:
        raise ValidationError(field, "required")
    if len(out) > limit:
        raise ValidationError(field, "too_long", {"max": limit})
    return out


def choice(field: str, value: str, kind: type[Topic] | type[Referral]) -> str:
    try:
        return str(kind((value or "").strip()))
    except ValueError:
        raise ValidationError(
            field, "unknown_choice", {"value": value, "choices": "、".join(k.value for k in kind)}
        ) from None


def people(field: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= PEOPLE_MAX:
        raise ValidationError(field, "range", {"value": value, "max": PEOPLE_MAX})
    return value


def not_future(field: str, day: dt.date, today: dt.date) -> None:
    if day > today:
        raise ValidationError(field, "date_future", {"value": day.isoformat()})


def phone(value: str) -> str:
    out = (value or "").strip()
    if out and not _PHONE.match(out):
        raise ValidationError("hotline_phone", "format", {"value": out})
    return out


def mask_name(name: str) -> str:
    """``张建国`` -> ``张**``: the caller as lists show them (the surname only)."""
    name = (name or "").strip()
    if not name:
        return ""
    return name[0] + "*" * max(len(name) - 1, 1)


def parse_attendance(item: str) -> tuple[str, int]:
    """``USCC:PEOPLE`` (the command line's ``--enterprise``) -> (credit code, people)."""
    code, sep, count = (item or "").strip().rpartition(":")
    if not sep:
        code, sep, count = (item or "").strip().rpartition("：")
    if not sep or not code.strip() or not count.strip().isdigit():
        raise ValidationError("training_enterprise", "format", {"value": item})
    return code.strip(), int(count)


def parse_month(value: str) -> tuple[dt.date, dt.date]:
    """``2026-11`` -> (1 November, 30 November)."""
    m = re.match(r"^\s*(\d{4})-(\d{1,2})\s*$", value or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError("month", "period_format", {"value": value, "example": "2026-11"})
    year, month = int(m.group(1)), int(m.group(2))
    first = dt.date(year, month, 1)
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


# -- inputs --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttendanceInput:
    uscc: str
    people: int


@dataclass(frozen=True)
class TrainingInput:
    held_on: dt.date
    place: str
    topic: str
    trainer: str
    industry: str
    #: Everyone who attended; 0: the sum of the enterprises' people.
    people: int = 0
    attendance: tuple[AttendanceInput, ...] = ()
    materials: str = ""
    materials_path: str = ""


@dataclass(frozen=True)
class HotlineInput:
    called_at: dt.datetime
    topic: str
    handler: str
    caller_name: str = ""
    caller_phone: str = ""
    uscc: str = ""
    advice: str = ""
    referral: str = Referral.NONE
    follow_up_due: dt.date | None = None
    outcome: str = ""


# -- rows ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttendanceRow:
    enterprise_id: str
    uscc: str
    name: str
    people: int


@dataclass(frozen=True)
class TrainingRow:
    id: str
    held_on: dt.date
    place: str
    topic: str
    trainer: str
    industry: str
    people: int
    materials: str
    materials_path: str
    attendance: tuple[AttendanceRow, ...] = ()

    @property
    def enterprises(self) -> int:
        return len(self.attendance)


@dataclass(frozen=True)
class UntrainedRow:
    """A high-risk enterprise with no training in the year (``last_trained``: its latest
    training before, if any)."""

    enterprise_id: str
    uscc: str
    name: str
    industry: str
    township: str
    group: str
    last_trained: dt.date | None


@dataclass(frozen=True)
class TrainingCounts:
    """Training in a period: sessions held, enterprises reached (distinct), people trained."""

    sessions: int = 0
    enterprises: int = 0
    people: int = 0


@dataclass(frozen=True)
class HotlineRow:
    id: str
    called_at: dt.datetime
    caller: str  # masked (:func:`mask_name`)
    phone: str  # masked
    enterprise_id: str | None
    uscc: str
    enterprise_name: str
    topic: str
    handler: str
    advice: str
    referral: str
    follow_up_due: dt.date | None
    outcome: str
    closed_on: dt.date | None
    #: Days left to the follow-up at the as-of date (None: closed or no follow-up).
    days_left: int | None = None
    #: ``overdue`` / ``due_soon`` / "" (``domain.loop.urgency``).
    urgency: str = ""

    @property
    def overdue(self) -> bool:
        return self.urgency == "overdue"


def follow_up_state(
    due: dt.date | None, closed_on: dt.date | None, as_of: dt.date
) -> tuple[int | None, str]:
    """(days left, urgency) of a call's follow-up at ``as_of``."""
    if due is None or closed_on is not None:
        return None, ""
    return (due - as_of).days, str(urgency(due, as_of))


@dataclass(frozen=True)
class HotlineCounts:
    """A month of calls by topic and by referral (every key present, zeros included)."""

    month: str
    total: int
    by_topic: dict[str, int] = field(default_factory=dict)
    by_referral: dict[str, int] = field(default_factory=dict)
    closed: int = 0
    #: Follow-ups open at the month's end (or at the as-of date within it) and past their due.
    overdue: int = 0
