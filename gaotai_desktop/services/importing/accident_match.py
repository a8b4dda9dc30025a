"""Accidents already in the database: found by 事故编号 (normalised) or, without one, by
enterprise + date + injured person's ID number; and how a file's accident differs from them.

Three bulk queries at most (accidents, persons of unnumbered accidents, persons of the matched
accidents in chunks), never one per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...data.models import Accident, Enterprise, InjuredPerson
from ...domain.identifiers import normalize_accident_no
from .common import _Columns
from .incident_rows import _IncidentRow, person_key, unnumbered_key

_IN_CHUNK = 500
#: Above this many matched accidents, read whole tables instead of IN lists.
_WHOLE_TABLE = 5_000


@dataclass
class ExistingAccident:
    id: str
    enterprise_id: str
    accident_no: str
    occurred_on: Any
    place: str
    category: str
    description: str
    row_version: int
    persons: list[Any] = field(default_factory=list)


class ExistingAccidents:
    """Every registered accident's keys (loaded once per import); details only for matches."""

    def __init__(self, session: Session) -> None:
        self.session = session
        #: import key / normalised 事故编号 / person key -> accident id
        self.by_key: dict[str, str] = {}
        self.by_no: dict[str, str] = {}
        self.by_person: dict[str, str] = {}
        #: accident id -> enterprise id
        self.enterprise_of: dict[str, str] = {}
        rows = session.execute(
            select(Accident.id, Accident.import_key, Accident.accident_no, Accident.enterprise_id)
        )
        for accident_id, key, no, enterprise_id in rows:
            self.enterprise_of[accident_id] = enterprise_id
            if key:
                self.by_key[key] = accident_id
            if no:
                self.by_no.setdefault(normalize_accident_no(no), accident_id)
        self._index_unnumbered()

    def _index_unnumbered(self) -> None:
        rows = self.session.execute(
            select(
                InjuredPerson.accident_id,
                InjuredPerson.id_number,
                InjuredPerson.name,
                Enterprise.uscc,
                Accident.occurred_on,
            )
            .join(Accident, Accident.id == InjuredPerson.accident_id)
            .join(Enterprise, Enterprise.id == Accident.enterprise_id)
            .where(Accident.accident_no.is_(None))
        )
        for accident_id, id_number, name, uscc, occurred_on in rows:
            probe = _IncidentRow(
                0, "", uscc, "", occurred_on, "", "", "", name or "", id_number or "", "", ""
            )
            self.by_person.setdefault(person_key(probe), accident_id)

    def find(self, key: str, first: _IncidentRow) -> str | None:
        """The id of the registered accident a file's accident (``key``, first row) is, if any."""
        found = self.by_key.get(key)
        if found is not None:
            return found
        if first.accident_no:  # normalised already
            return self.by_no.get(first.accident_no)
        return self.by_person.get(key) or self.by_key.get(unnumbered_key(first))

    def details(self, ids: Iterable[str]) -> dict[str, ExistingAccident]:
        """The accidents ``ids`` with their persons: chunked ``IN`` queries, or for many
        accidents one pass over each table (faster than thousands of ``IN`` lists)."""
        wanted = set(ids)
        out: dict[str, ExistingAccident] = {}
        acc_cols = (
            Accident.id,
            Accident.enterprise_id,
            Accident.accident_no,
            Accident.occurred_on,
            Accident.place,
            Accident.category,
            Accident.description,
            Accident.row_version,
        )
        person_cols = (
            InjuredPerson.id,
            InjuredPerson.accident_id,
            InjuredPerson.seq,
            InjuredPerson.name,
            InjuredPerson.id_number,
            InjuredPerson.severity,
            InjuredPerson.outcome,
            InjuredPerson.row_version,
        )
        for r in self._select(acc_cols, Accident.id, wanted):
            out[r.id] = ExistingAccident(
                r.id,
                r.enterprise_id,
                r.accident_no or "",
                r.occurred_on,
                r.place or "",
                r.category or "",
                r.description or "",
                r.row_version or 1,
            )
        for r in self._select(person_cols, InjuredPerson.accident_id, wanted):
            out[r.accident_id].persons.append(r)
        return out

    def _select(self, columns: tuple[Any, ...], key: Any, wanted: set[str]) -> Iterable[Any]:
        if len(wanted) > _WHOLE_TABLE:
            for r in self.session.execute(select(*columns)):
                if r[1 if key is InjuredPerson.accident_id else 0] in wanted:
                    yield r
            return
        ids = sorted(wanted)
        for start in range(0, len(ids), _IN_CHUNK):
            yield from self.session.execute(
                select(*columns).where(key.in_(ids[start : start + _IN_CHUNK]))
            )


def group_key(r: _IncidentRow) -> str:
    # (a checked row's 事故编号 is normalised already: ``numbered_key`` without normalising again)
    return "no:" + r.accident_no if r.accident_no else person_key(r)


@dataclass
class AccidentChanges:
    """How a file's accident differs from the registered one."""

    #: (column header, value in the database, value in the file)
    changes: list[tuple[str, str, str]] = field(default_factory=list)
    #: accident columns to update
    accident: dict[str, Any] = field(default_factory=dict)
    #: (person row in the database, columns to update)
    persons: list[tuple[Any, dict[str, Any]]] = field(default_factory=list)
    #: file rows of persons the database does not have
    new_persons: list[_IncidentRow] = field(default_factory=list)


def compare(
    acc: ExistingAccident, rows: list[_IncidentRow], description: str, cols: _Columns
) -> AccidentChanges:
    """Differences between ``acc`` and the file's rows of the same accident."""
    first = rows[0]
    out = AccidentChanges()
    for fld, before, after in (
        ("occurred_on", acc.occurred_on, first.occurred_on),
        ("place", acc.place, first.place),
        ("category", acc.category, first.category),
        ("description", acc.description, description),
    ):
        if before != after:
            out.changes.append((cols.name(fld), str(before), str(after)))
            out.accident[fld] = after
    for r in rows:
        person = _match_person(acc.persons, r)
        if person is None:
            out.changes.append((cols.name("person_name"), "", r.person_name))
            out.new_persons.append(r)
            continue
        values: dict[str, Any] = {}
        for fld, column, after in (
            ("name", "person_name", r.person_name),
            ("severity", "severity", r.severity),
            ("outcome", "outcome", r.outcome),
        ):
            before = getattr(person, fld) or ""
            if before != after:
                out.changes.append((f"{cols.name(column)}（{r.person_name}）", before, after))
                values[fld] = after
        if values:
            out.persons.append((person, values))
    return out


def _match_person(persons: list[Any], r: _IncidentRow) -> Any:
    for p in persons:
        if r.id_number and p.id_number == r.id_number:
            return p
    if not r.id_number:
        for p in persons:
            if not p.id_number and p.name == r.person_name:
                return p
    return None
