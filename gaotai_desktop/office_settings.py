"""Typed office settings (Qt-free), stored as JSON in the database's ``setting`` table.

Office-wide values live in the database so that every desk sharing it prints the same letters;
per-machine state (window layout) lives in QSettings inside ``ui``.
Each stored value carries ``version``; :func:`upgrade` brings older ones forward.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .domain.documents import CaseDocumentKind, DocumentKind
from .domain.errors import GaotaiError, MissingLetterFacts, ValidationError
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
    plan_days: int = 30
    #: One-on-one / periodic interviews: the earliest day is this many days after the issue date
    #: (moved to the next working day, ``domain.calendar``); each enterprise gets its own slot.
    interview_days: int = 7
    #: Red tier: the enterprise head is interviewed every so many months while the warning is open.
    periodic_interview_months: int = 3
    #: On-site inspections of one enterprise by one authority in a year before a reason is required
    #: (the State Council's 2024 rules on standardising enterprise-related inspections limit them).
    inspection_yearly_cap: int = 2
    #: The default room (used when ``interview_rooms`` is empty).
    interview_place: str = "高台县人力资源和社会保障局工伤保险股会议室"
    #: Length of one interview slot in minutes.
    interview_slot_minutes: int = 30
    #: Office hours in which interviews are held, "HH:MM-HH:MM".
    interview_hours: list[str] = field(default_factory=lambda: ["09:00-11:30", "14:30-17:00"])
    #: Rooms holding interviews at the same time (empty: ``interview_place`` alone).
    interview_rooms: list[str] = field(default_factory=list)
    #: Public holidays of years the program does not know (or corrections of a built-in year), as
    #: the State Council publishes them: rest days named or not, and the 调休 working weekends:
    #: ``{"2027": {"rest": {"2027-01-01": "元旦", ...}, "work": ["2027-02-07", ...]}}`` or
    #: ``{"2027": {"rest": ["2027-01-01", ...], "work": [...]}}`` (unnamed: "节假日").
    holidays: dict[str, dict[str, Any]] = field(default_factory=dict)
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


#: Keys stored by earlier releases that nothing reads any more (dropped when read).
RETIRED_KEYS = ("interview_time",)


def upgrade(data: dict) -> dict:
    """Bring a stored settings dict to :data:`SETTINGS_VERSION`: retired keys are dropped (the
    first interview of a day now comes from ``interview_hours``, not ``interview_time``)."""
    data = dict(data)
    data.pop("version", None)
    for key in RETIRED_KEYS:
        data.pop(key, None)
    return data


# -- facts every letter prints ---------------------------------------------------------------------
#: Settings every letter prints (the issuing body's mark and signature, the 附注 contact line).
LETTER_FACTS: tuple[str, ...] = (
    "issuing_body",
    "issuing_body_short",
    "contact_person",
    "contact_phone",
)
#: Kinds that print the interview place (the yellow notice's one-on-one interview, the notice).
INTERVIEW_KINDS: frozenset[str] = frozenset(
    {DocumentKind.RISK_NOTICE, DocumentKind.INTERVIEW_NOTICE}
)


def missing_letter_facts(settings: OfficeSettings, kinds: Iterable[str] = ()) -> list[str]:
    """Setting keys a letter would print empty, in the order of the settings form.

    Always the office-wide :data:`LETTER_FACTS`; for the ``kinds`` about to be issued also the
    interview place (risk and interview notices) and each kind's document-number prefix
    (``prefix:<kind>``: without one, two kinds would share numbers).
    """
    wanted = set(kinds)
    missing = [key for key in LETTER_FACTS if not str(getattr(settings, key)).strip()]
    if wanted & INTERVIEW_KINDS and not settings.interview_place.strip():
        missing.append("interview_place")
    for kind in DocumentKind:
        if kind in wanted and not settings.prefixes.get(kind, "").strip():
            missing.append(f"prefix:{kind.value}")
    return missing


def require_letter_facts(settings: OfficeSettings, kinds: Iterable[str] = ()) -> OfficeSettings:
    """``settings`` when every letter fact is there, else :class:`MissingLetterFacts`."""
    missing = missing_letter_facts(settings, kinds)
    if missing:
        raise MissingLetterFacts(missing)
    return settings


# -- typed values from text (``gaotai-desktop settings set KEY=VALUE``) -----------------------------
#: Keys of the dict-valued settings, as ``prefix.<kind>`` and ``rectification_days.<tier>``.
DICT_KEYS: dict[str, tuple[str, tuple[str, ...]]] = {
    # the warnings' letters, then the recognition cases' documents (their defaults in
    # ``domain.documents.CASE_DOCUMENT_PREFIXES``)
    "prefix": ("prefixes", tuple(k.value for k in (*DocumentKind, *CaseDocumentKind))),
    "rectification_days": ("rectification_days", ("yellow", "orange", "red")),
}
_PHONE = re.compile(r"^[0-9０-９+()（）\- 转,，、/]+$")
_TRUE = {"是", "true", "yes", "1", "y"}
_FALSE = {"否", "false", "no", "0", "n"}
PREFIX_BRACKETS = "〔〕[]［］【】"


def setting_keys() -> list[str]:
    """Every key ``settings set`` accepts, in the order of the dataclass fields."""
    keys: list[str] = []
    for f in dataclasses.fields(OfficeSettings):
        if f.name == "prefixes":
            keys += [f"prefix.{k}" for k in DICT_KEYS["prefix"][1]]
        elif f.name == "rectification_days":
            keys += [f"rectification_days.{k}" for k in DICT_KEYS["rectification_days"][1]]
        else:
            keys.append(f.name)
    return keys


def _bad(key: str, code: str, value: str, **detail: Any) -> ValidationError:
    return ValidationError("setting", code, {"key": key, "value": value, **detail})


def parse_setting(key: str, text: str) -> tuple[str, Any]:
    """``(field, typed value)`` of one ``KEY=VALUE`` pair, typed like the dataclass field.

    Raises :class:`ValidationError` (field ``setting``, ``detail["key"]`` the key) for an unknown
    key or a value of the wrong type; letter facts, prefixes and the interview place may not be
    emptied.
    """
    fields = {f.name: f for f in dataclasses.fields(OfficeSettings)}
    value = text.strip()
    head, _, sub = key.partition(".")
    if sub:
        if head not in DICT_KEYS or sub not in DICT_KEYS[head][1]:
            raise _bad(key, "unknown_setting", text, keys=setting_keys())
        name = DICT_KEYS[head][0]
        if name == "prefixes":
            if not value:
                raise _bad(key, "setting_required", text)
            if any(ch.isspace() for ch in value) or any(ch in PREFIX_BRACKETS for ch in value):
                raise _bad(key, "setting_prefix", text)
            if value[-1].isdigit():
                raise _bad(key, "setting_prefix", text)
            return name, (sub, value)
        return name, (sub, _positive(key, value, text))
    if key not in fields or key in ("prefixes", "rectification_days"):
        raise _bad(key, "unknown_setting", text, keys=setting_keys())
    default = getattr(OfficeSettings(), key)
    if isinstance(default, bool):
        low = value.lower()
        if low in _TRUE:
            return key, True
        if low in _FALSE:
            return key, False
        raise _bad(key, "setting_bool", text)
    if isinstance(default, int):
        return key, _positive(key, value, text)
    if isinstance(default, list | dict):
        return key, _structured(key, value, text)
    if key == "award_restriction_until" and value:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise _bad(key, "date_format", text) from None
    if key in (*LETTER_FACTS, "interview_place") and not value:
        raise _bad(key, "setting_required", text)
    if key == "contact_phone" and not _PHONE.match(value):
        raise _bad(key, "setting_phone", text)
    return key, value


#: What a list or table setting looks like, for the message when one is mistyped.
_EXAMPLES = {
    "interview_hours": '["09:00-11:30", "14:30-17:00"]',
    "interview_rooms": '["工伤保险股会议室", "三楼小会议室"]',
    "holidays": '{"2027": {"rest": {"2027-01-01": "元旦"}, "work": ["2027-02-07"]}}',
}
_HOURS = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")


def _structured(key: str, value: str, text: str) -> Any:
    """A list or table setting, written as JSON and checked against its shape."""
    bad = _bad(key, "setting_json", text, example=_EXAMPLES.get(key, "[]"))
    try:
        data = json.loads(value)
    except ValueError:
        raise bad from None
    if key in ("interview_hours", "interview_rooms"):
        if not isinstance(data, list) or not all(isinstance(x, str) and x.strip() for x in data):
            raise bad
        if key == "interview_hours" and not (data and all(_HOURS.match(x) for x in data)):
            raise bad
        return data
    if key == "holidays":
        from .domain.calendar import parse_tables

        shape_ok = isinstance(data, dict) and all(
            isinstance(y, str) and y.isdigit() and isinstance(t, dict)
            and all(k in ("rest", "work") for k in t)
            and isinstance(t.get("rest", []), list | dict) and isinstance(t.get("work", []), list)
            for y, t in data.items()
        )  # fmt: skip
        if not shape_ok:
            raise bad
        try:
            parse_tables(data)
        except ValidationError as err:
            if err.code == "format":
                raise bad from None
            detail = {("date" if k == "value" else k): v for k, v in err.detail.items()}
            raise _bad(key, f"setting_{err.code}", text, **detail) from None
        except (ValueError, TypeError, GaotaiError):
            raise bad from None
        return data
    raise bad


def _positive(key: str, value: str, text: str) -> int:
    if not re.fullmatch(r"\d+", value) or int(value) < 1:
        raise _bad(key, "setting_int", text)
    return int(value)


def with_values(settings: OfficeSettings, pairs: Mapping[str, str]) -> OfficeSettings:
    """``settings`` with every ``key: text`` of ``pairs`` applied; the first bad pair raises and
    nothing is applied (the caller saves only a whole result)."""
    changes: dict[str, Any] = {}
    for key, text in pairs.items():
        name, value = parse_setting(key, text)
        if name in ("prefixes", "rectification_days"):
            current = changes.get(name, dict(getattr(settings, name)))
            current[value[0]] = value[1]
            changes[name] = current
        else:
            changes[name] = value
    return dataclasses.replace(settings, **changes)


# -- the 办公设置 form: text fields as a clerk types them -> checked setting values ---------------
#: Separators between office-hour spans and between rooms typed on one line.
_SPAN_SEPARATORS = re.compile(r"[,，;；、\n]+")
_SPAN = re.compile(r"^(\d{1,2})[:：](\d{2})[-－—–~～至到]+(\d{1,2})[:：](\d{2})$")


def _hours_bad(value: str, text: str) -> ValidationError:
    return _bad("interview_hours", "setting_hours", text, span=value)


def hours_from_text(text: str) -> list[str]:
    """``"9:00-11:30，14:30-17:00"`` -> ``["09:00-11:30", "14:30-17:00"]``: spans separated by
    commas, semicolons or new lines, each start before its end; checked by :func:`parse_setting`.
    """
    spans: list[str] = []
    for part in _SPAN_SEPARATORS.split(text):
        value = re.sub(r"\s+", "", part)
        if not value:
            continue
        m = _SPAN.match(value)
        if not m:
            raise _hours_bad(part.strip(), text)
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59 or (h2, m2) <= (h1, m1):
            raise _hours_bad(part.strip(), text)
        spans.append(f"{h1:02d}:{m1:02d}-{h2:02d}:{m2:02d}")
    if not spans:
        raise _bad("interview_hours", "setting_required", text)
    return parse_setting("interview_hours", json.dumps(spans))[1]


def hours_text(hours: Iterable[str]) -> str:
    return "，".join(hours)


def check_slot_length(minutes: int, hours: Iterable[str]) -> None:
    """Every span of office hours holds at least one interview of ``minutes``."""
    for span in hours:
        start, end = (dt.datetime.strptime(x, "%H:%M") for x in span.split("-"))
        if (end - start).total_seconds() < minutes * 60:
            raise _bad("interview_slot_minutes", "setting_slot_too_long", str(minutes), span=span)


def rooms_from_text(text: str) -> tuple[str, list[str]]:
    """``(interview_place, interview_rooms)`` from one room per line: the first room is the
    place (the default), several rooms are all listed; none at all is refused."""
    rooms = list(dict.fromkeys(r.strip() for r in text.splitlines() if r.strip()))
    if not rooms:
        raise _bad("interview_place", "setting_required", text)
    return rooms[0], (rooms if len(rooms) > 1 else [])


def rooms_text(settings: OfficeSettings) -> str:
    return "\n".join(settings.interview_rooms or [settings.interview_place])


_DAY = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_HOLIDAY_LINE = re.compile(rf"^{_DAY}(?:\s*(?:至|到|~|～|—|－|-)\s*{_DAY})?\s*(.*)$")
#: Names that mark a 调休 working day (a weekend worked in exchange for a holiday).
WORK_DAY_NAMES = frozenset({"上班", "调休上班", "调休", "补班"})
#: A holiday never runs longer than this many days (a typo like 2027-02-06至2027-12-12).
MAX_HOLIDAY_SPAN = 14


def _line_bad(code: str, n: int, line: str, **detail: Any) -> ValidationError:
    return ValidationError("setting", code, {"key": "holidays", "line": n, "value": line, **detail})


def holidays_from_text(text: str) -> dict[str, dict[str, Any]]:
    """The holiday table typed one entry a line, as ``{"2027": {"rest": {"2027-01-01": "元旦"},
    "work": ["2027-02-14"]}}``.

    A line is a date (``2027-01-01``, ``2027/1/1``, ``2027年1月1日``) or a span ``A至B``, then the
    holiday's name; the name 上班 (调休上班, 补班) marks working weekends. ``#`` starts a comment.
    Each problem names its line.
    """
    out: dict[str, dict[str, Any]] = {}
    seen: dict[dt.date, int] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = _HOLIDAY_LINE.match(line)
        if not m:
            raise _line_bad("holiday_line", n, line)
        g = m.groups()
        try:
            first = dt.date(int(g[0]), int(g[1]), int(g[2]))
            last = dt.date(int(g[3]), int(g[4]), int(g[5])) if g[3] else first
        except ValueError:
            raise _line_bad("holiday_date", n, line) from None
        if last < first or (last - first).days >= MAX_HOLIDAY_SPAN:
            raise _line_bad("holiday_range", n, line)
        name = g[6].strip()
        work = name in WORK_DAY_NAMES
        day = first
        while day <= last:
            if day in seen:
                raise _line_bad("holiday_twice", n, line, day=day.isoformat(), other=seen[day])
            if work and day.weekday() < 5:
                raise _line_bad("holiday_work_weekday", n, line, day=day.isoformat())
            seen[day] = n
            table = out.setdefault(str(day.year), {"rest": {}, "work": []})
            if work:
                table["work"].append(day.isoformat())
            else:
                table["rest"][day.isoformat()] = name
            day += dt.timedelta(days=1)
    return {y: out[y] for y in sorted(out)}


def holidays_value(text: str) -> dict[str, Any]:
    """The ``holidays`` setting of the typed table, checked by :func:`parse_setting`: with each
    rest day's name where the settings keep names, else as lists of days."""
    named = holidays_from_text(text)
    try:
        return parse_setting("holidays", json.dumps(named, ensure_ascii=False))[1]
    except ValidationError:
        listed = {
            y: {"rest": sorted(t["rest"]), "work": sorted(t["work"])} for y, t in named.items()
        }
        return parse_setting("holidays", json.dumps(listed, ensure_ascii=False))[1]


def holidays_text(holidays: Mapping[str, Mapping[str, Any]]) -> str:
    """The stored table as the form shows it (one line per holiday span and per working day);
    reads both the named and the list form."""
    lines: list[str] = []
    for year in sorted(holidays):
        table = holidays[year]
        rest = table.get("rest", {})
        names = dict(rest) if isinstance(rest, Mapping) else dict.fromkeys(rest, "")
        days = sorted((dt.date.fromisoformat(d), str(x)) for d, x in names.items())
        i = 0
        while i < len(days):
            j = i
            while (
                j + 1 < len(days)
                and days[j + 1][1] == days[i][1]
                and days[j + 1][0] - days[j][0] == dt.timedelta(days=1)
            ):
                j += 1
            span = days[i][0].isoformat()
            if j > i:
                span += "至" + days[j][0].isoformat()
            lines.append(f"{span} {days[i][1]}".rstrip())
            i = j + 1
        lines += [f"{d} 上班" for d in sorted(table.get("work", ()))]
    return "\n".join(lines)
