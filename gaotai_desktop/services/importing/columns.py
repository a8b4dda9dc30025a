"""The header row: which file column holds which field; missing, extra and doubled columns."""

from __future__ import annotations

from ... import texts as messages
from ...domain.errors import ImportProblem
from ...domain.import_format import COLUMNS, ENTERPRISES, INCIDENTS, REQUIRED_COLUMNS
from ...files.spreadsheets import Sheet
from .cells import header_key
from .common import _Columns, _Plan

#: Known headers (either kind) a row must hold to be taken for the header row.
MIN_HEADER_MATCHES = 2
_ALL_HEADERS = frozenset(header_key(h) for kind in COLUMNS for h, _ in COLUMNS[kind])


def looks_like_header(texts: tuple[str, ...]) -> bool:
    """A row holding at least two of the import format's headers (of either kind: the other
    kind's file is then recognised as such); a title or notes above it are skipped."""
    found = {key for key in map(header_key, texts) if key in _ALL_HEADERS}
    return len(found) >= MIN_HEADER_MATCHES


def map_columns(plan: _Plan, sheet: Sheet) -> _Columns | None:
    """Map the header row; record header problems and notices. ``None``: cannot go on."""
    kind = plan.kind
    known = {header_key(h): (h, f) for h, f in COLUMNS[kind]}
    index: dict[str, int] = {}
    header: dict[str, str] = {}
    positions: dict[str, list[int]] = {}
    extra: list[str] = []
    for i, text in enumerate(sheet.headers):
        plan.column_order.setdefault(text, i)
        key = header_key(text)
        if not key:
            continue
        positions.setdefault(key, []).append(i)
        if key in known:
            fld = known[key][1]
            if fld not in index:
                index[fld] = i
                header[fld] = text
        else:
            extra.append(text)
    found = [h for h in sheet.headers if h]
    missing_required = [h for h in REQUIRED_COLUMNS[kind] if known[header_key(h)][1] not in index]
    if missing_required:
        plan.problems.append(_missing_problem(plan.kind, sheet, found, missing_required))
        return None
    for key, where in positions.items():
        if len(where) > 1 and key in known:
            plan.problems.append(
                ImportProblem(
                    sheet.header_row,
                    sheet.headers[where[0]],
                    "duplicate_column",
                    {"column": sheet.headers[where[0]], "columns": [i + 1 for i in where]},
                )
            )
    _extra_notice(plan, extra, sheet.dropped_columns)
    absent = [h for h, f in COLUMNS[kind] if f not in index]
    if absent:
        code = (
            "notice_missing_columns" if kind == ENTERPRISES else "notice_missing_columns_incidents"
        )
        plan.notices.append(messages.import_text(code, {"columns": absent}))
    if not sheet.rows:
        plan.problems.append(ImportProblem(None, None, "no_rows", {}))
        return None
    return _Columns(index, header)


#: At most this many ignored column names are listed in a notice.
MAX_LISTED_COLUMNS = 10


def _extra_notice(plan: _Plan, extra: list[str], dropped: int) -> None:
    """Name the ignored columns; past :data:`MAX_LISTED_COLUMNS`, name a few and count them all."""
    count = len(extra) + dropped
    if not count:
        return
    if count <= MAX_LISTED_COLUMNS:
        plan.notices.append(messages.import_text("notice_extra_columns", {"columns": extra}))
        return
    detail = {"count": count, "columns": extra[:MAX_LISTED_COLUMNS]}
    plan.notices.append(messages.import_text("notice_extra_columns_many", detail))


def _missing_problem(
    kind: str, sheet: Sheet, found: list[str], missing: list[str]
) -> ImportProblem:
    """Required columns are missing: the other kind's file, or columns to add."""
    other_kind = INCIDENTS if kind == ENTERPRISES else ENTERPRISES
    known = {header_key(h) for h, _ in COLUMNS[kind]}
    other_only = {header_key(h) for h, _ in COLUMNS[other_kind]} - known
    evidence = [h for h in found if header_key(h) in other_only]
    other_required = {header_key(h) for h in REQUIRED_COLUMNS[other_kind]}
    looks_other = other_required <= {header_key(h) for h in found} or len(evidence) >= 2
    if looks_other and evidence:
        detail: dict[str, object] = {
            "found": messages.IMPORT_KIND_NAMES[other_kind],
            "expected": messages.IMPORT_KIND_NAMES[kind],
            "columns": "".join(f"“{h}”" for h in evidence[:3]),
            "kind": other_kind,
        }
        return ImportProblem(None, None, "wrong_kind", detail)
    listed = found[: MAX_LISTED_COLUMNS * 2]
    if len(found) > len(listed) or sheet.dropped_columns:
        listed.append(f"……共 {len(found) + sheet.dropped_columns:,} 列")
    detail = {
        "missing": missing,
        "expected": [h for h, _ in COLUMNS[kind]],
        "found": listed,
    }
    return ImportProblem(sheet.header_row, None, "missing_columns", detail)
