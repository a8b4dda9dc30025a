"""What every import shares: problems, previews, results, the plan being built, progress."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ... import texts as messages
from ...domain.choices import Choice
from ...domain.errors import (
    ImportCancelled,
    ImportProblem,
    ValidationError,
)
from ...domain.import_format import COLUMNS, ENTERPRISES, KINDS
from ...files.spreadsheets import Sheet, SheetRow

#: How many rows go into one bulk statement (and between two progress calls while writing).
CHUNK = 2_000
#: At most this many notices of one kind (the rest are summed up).
MAX_SIMILAR_NOTICES = 20
#: The preview shows this many data rows of the file as they were read.
PREVIEW_ROWS = 200


# --------------------------------------------------------------------------------------------
# Public types


@dataclass(frozen=True)
class ImportDifference:
    """An enterprise already registered with other data than the file's."""

    row: int
    uscc: str
    name: str
    #: (column header, value in the database, value in the file)
    changes: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class PreviewRow:
    """A data row of the file as read: its row number and each cell as text."""

    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    file: str
    #: Data rows in the file (blank rows not counted).
    total_rows: int
    #: Enterprises: new enterprises. Incidents: new rows (= new injured persons).
    new: int
    #: Rows already in the database (identical enterprise, or an accident already imported): skipped.
    unchanged: int
    differences: tuple[ImportDifference, ...]
    problems: tuple[ImportProblem, ...]
    notices: tuple[str, ...]
    new_accidents: int = 0
    new_persons: int = 0
    #: Row number of the header row (0: the file could not be read).
    header_row: int = 0
    #: Non-blank rows above the header (a title, notes), not imported.
    skipped_rows: tuple[int, ...] = ()
    #: The header row as read, and the first :data:`PREVIEW_ROWS` data rows.
    headers: tuple[str, ...] = ()
    rows: tuple[PreviewRow, ...] = ()
    #: The cell each problem is about, as text ("" for a problem of a row or of the file);
    #: one per problem, in the same order.
    problem_values: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem_rows(self) -> frozenset[int]:
        return frozenset(p.row for p in self.problems if p.row is not None)


@dataclass(frozen=True)
class ImportResult:
    kind: str
    #: Enterprises created, or (incidents) rows imported = injured persons created.
    created: int
    #: Enterprises updated (or restored); incidents: registered accidents updated.
    updated: int
    #: Rows not written: identical to the database, already imported, or (without ``update``)
    #: registered enterprises with other data.
    skipped: int
    accidents: int = 0
    persons: int = 0
    notices: tuple[str, ...] = ()
    #: Row number of the header row, and the non-blank rows above it that were skipped.
    header_row: int = 1
    skipped_rows: tuple[int, ...] = ()


# --------------------------------------------------------------------------------------------
# Plans (the result of reading and checking a file, before anything is written)


@dataclass
class _Columns:
    """Which file column holds which field."""

    index: dict[str, int]  # field -> position
    header: dict[str, str]  # field -> header text as in the file

    def get(self, row: SheetRow, fld: str) -> Any:
        i = self.index.get(fld)
        return None if i is None else row.values[i]

    def name(self, fld: str) -> str:
        return self.header.get(fld) or messages.field_name(fld)


@dataclass
class _Plan:
    kind: str
    file: str
    total_rows: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    differences: list[ImportDifference] = field(default_factory=list)
    unchanged: int = 0
    # enterprises
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    restored: int = 0
    #: incidents: person updates (accident updates go to ``updates``) and accidents updated
    person_updates: list[dict[str, Any]] = field(default_factory=list)
    updated_accidents: int = 0
    # incidents
    #: new rows, prepared (``incidents.ACCIDENT_COLUMNS`` / ``PERSON_COLUMNS`` order)
    accidents: list[tuple[Any, ...]] = field(default_factory=list)
    persons: list[tuple[Any, ...]] = field(default_factory=list)
    #: header text -> position in the file (problems of a row are listed left to right)
    column_order: dict[str, int] = field(default_factory=dict)
    #: list values mapped to the list, and values the lists do not know (notices)
    choices: _ChoiceNotes = field(default_factory=lambda: _ChoiceNotes())
    #: the file as read (``None``: it could not be read)
    sheet: Sheet | None = None

    def preview(self) -> ImportPreview:
        order = self.column_order
        problems = sorted(self.problems, key=lambda p: (p.row or 0, order.get(p.column or "", -1)))
        new = len(self.inserts) if self.kind == ENTERPRISES else len(self.persons)
        sheet = self.sheet
        rows: tuple[PreviewRow, ...] = ()
        if sheet is not None:
            rows = tuple(
                PreviewRow(r.number, tuple(_cell_text(v) for v in r.values))
                for r in sheet.rows[:PREVIEW_ROWS]
            )
        return ImportPreview(
            kind=self.kind,
            file=self.file,
            total_rows=self.total_rows,
            new=new,
            unchanged=self.unchanged,
            differences=tuple(self.differences),
            problems=tuple(problems),
            notices=tuple(self.notices),
            new_accidents=len(self.accidents),
            new_persons=len(self.persons),
            header_row=sheet.header_row if sheet is not None else 0,
            skipped_rows=sheet.skipped_rows if sheet is not None else (),
            headers=sheet.headers if sheet is not None else (),
            rows=rows,
            problem_values=self._problem_values(problems),
        )

    def _problem_values(self, problems: list[ImportProblem]) -> tuple[str, ...]:
        """The cell of each problem as text (to send the problem list back with the values)."""
        sheet = self.sheet
        wanted = {p.row for p in problems if p.row is not None and p.column}
        if sheet is None or not wanted:
            return tuple("" for _ in problems)
        by_number = {r.number: r for r in sheet.rows if r.number in wanted}
        values: list[str] = []
        for p in problems:
            row = by_number.get(p.row) if p.row is not None else None
            i = self.column_order.get(p.column or "")
            if row is None or i is None or i >= len(row.values):
                values.append("")
            else:
                values.append(_cell_text(row.values[i]))
        return tuple(values)

    def result_facts(self) -> dict[str, Any]:
        """What an :class:`ImportResult` says about the file besides the counts."""
        sheet = self.sheet
        if sheet is None:
            return {}
        return {"header_row": sheet.header_row, "skipped_rows": sheet.skipped_rows}


def _cell_text(value: Any) -> str:
    from .cells import cell_text  # cells imports this module

    return cell_text(value)


#: At most this many row numbers are named in one notice.
MAX_LISTED_ROWS = 10


@dataclass
class _ChoiceNotes:
    """List values of the file: variants mapped to the list's value, and unknown values."""

    #: (column, as typed, list value) -> rows
    mapped: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    #: (column, as typed) -> rows
    unknown: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    def note(self, row: int, column: str, typed: str, choice: Choice) -> None:
        if not choice.known:
            self.unknown.setdefault((column, choice.value), []).append(row)
        elif choice.changed and choice.value:
            self.mapped.setdefault((column, " ".join(typed.split()), choice.value), []).append(row)

    def notices(self) -> list[str]:
        """Unknown values first (to check), then the variants that were mapped."""
        unknown = [
            messages.import_text(
                "notice_choice_unknown",
                {"rows": rows_text(rows), "column": column, "value": value},
            )
            for (column, value), rows in self.unknown.items()
        ]
        mapped = [
            messages.import_text(
                "notice_choice_mapped",
                {"rows": rows_text(rows), "column": column, "typed": typed, "value": value},
            )
            for (column, typed, value), rows in self.mapped.items()
        ]
        out: list[str] = []
        _add_capped(out, unknown)
        _add_capped(out, mapped)
        return out


def rows_text(rows: list[int]) -> str:
    """``第3、5、9行`` (at most :data:`MAX_LISTED_ROWS` numbers, then ``等12行``)."""
    listed = "、".join(str(r) for r in rows[:MAX_LISTED_ROWS])
    if len(rows) > MAX_LISTED_ROWS:
        return f"第{listed}行等{len(rows)}行"
    return f"第{listed}行"


class _Progress:
    """Calls ``progress(done, total)`` every ``CHUNK`` rows; raises ImportCancelled on ``False``."""

    def __init__(self, callback: Callable[[int, int], bool] | None, total: int) -> None:
        self.callback = callback
        self.total = max(total, 1)
        self.done = 0
        self._last = 0

    def report(self) -> None:
        if self.callback is None:
            return
        if self.callback(min(self.done, self.total), self.total) is False:
            raise ImportCancelled()
        self._last = self.done

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.callback is not None and self.done - self._last >= CHUNK:
            self.report()


#: The stamp columns of a prepared row, in this order at its end.
STAMP_KEYS = ("created_at", "created_by", "updated_at", "updated_by", "row_version")


def stamp_values(stamp: dict[str, object]) -> tuple[object, ...]:
    """``Database.stamp()`` as the end of a prepared row (:data:`STAMP_KEYS` order)."""
    return tuple(stamp[k] for k in STAMP_KEYS)


def _chunks(items: list[dict[str, Any]], size: int = CHUNK) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --------------------------------------------------------------------------------------------
# Small helpers


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown import kind {kind!r} (expected one of {KINDS})")


def _problem(row: int, column: str, err: ValidationError) -> ImportProblem:
    return ImportProblem(row, column, err.code, dict(err.detail))


def _add_capped(notices: list[str], similar: list[str]) -> None:
    notices.extend(similar[:MAX_SIMILAR_NOTICES])
    if len(similar) > MAX_SIMILAR_NOTICES:
        notices.append(
            messages.import_text("notice_more", {"count": len(similar) - MAX_SIMILAR_NOTICES})
        )


def kind_columns(kind: str) -> tuple[str, ...]:
    """The headers of an import kind, in template order."""
    _check_kind(kind)
    return tuple(h for h, _ in COLUMNS[kind])
