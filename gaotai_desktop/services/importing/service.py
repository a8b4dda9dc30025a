"""The import service: ``preview`` reads and checks a file, ``run`` also writes it in one transaction."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable

from sqlalchemy.orm import Session

from ... import texts as messages
from ...data.light import collector_paused
from ...domain.errors import ImportFailed, ImportProblem
from ...domain.import_format import ENTERPRISES
from ...files.spreadsheets import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_ROWS,
    DEFAULT_MAX_UNPACKED,
    Sheet,
    SpreadsheetError,
    read_sheet,
)
from ..base import Database
from .columns import looks_like_header, map_columns
from .common import ImportPreview, ImportResult, _check_kind, _Plan, _Progress
from .enterprises import analyse_enterprises, write_enterprises
from .incidents import analyse_incidents, write_incidents

log = logging.getLogger(__name__)


class ImportService:
    """Imports of enterprises and incidents. One transaction per call."""

    #: Refuse files bigger than this (bytes) ...
    max_bytes: int = DEFAULT_MAX_BYTES
    #: ... or with more data rows than this. Instance attributes may lower them (tests).
    max_rows: int = DEFAULT_MAX_ROWS
    #: ... or whose workbook parts unpack to more than this (bytes; zip bombs).
    max_unpacked: int = DEFAULT_MAX_UNPACKED

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- public ---------------------------------------------------------------------------

    def preview(
        self, kind: str, path: str | os.PathLike[str], *, today: dt.date, update: bool = False
    ) -> ImportPreview:
        """Read and check ``path``; nothing is written."""
        _check_kind(kind)
        with collector_paused():
            plan, sheet = self._read(kind, path)
            if sheet is not None:
                with self.db.transaction() as session:
                    self._analyse(session, plan, sheet, today=today, update=update, progress=None)
            return plan.preview()

    def run(
        self,
        kind: str,
        path: str | os.PathLike[str],
        *,
        today: dt.date,
        update: bool = False,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ImportResult:
        """Import ``path`` in one transaction: every row or none.

        Raises :class:`ImportFailed` (with every problem) or :class:`ImportCancelled` when
        ``progress(done, total)`` returns ``False``; nothing is written in either case.
        ``done`` counts rows checked and then rows written, so ``total`` is twice the data rows.
        """
        _check_kind(kind)
        with collector_paused():
            return self._run(kind, path, today=today, update=update, progress=progress)

    def _run(
        self,
        kind: str,
        path: str | os.PathLike[str],
        *,
        today: dt.date,
        update: bool,
        progress: Callable[[int, int], bool] | None,
    ) -> ImportResult:
        plan, sheet = self._read(kind, path)
        if sheet is None:
            raise ImportFailed(plan.problems)
        ticker = _Progress(progress, 2 * len(sheet.rows))
        ticker.report()
        # BEGIN IMMEDIATE: the keys read by the analysis stay valid until the rows are written.
        with self.db.transaction(immediate=True) as session:
            self._analyse(session, plan, sheet, today=today, update=update, progress=ticker)
            if plan.problems:
                raise ImportFailed(plan.preview().problems)
            ticker.done = len(sheet.rows)
            # the bulk writes are audited one entry per row (services.audit), naming the file
            session.info["audit_detail"] = messages.audit_import_detail(kind, plan.file)
            if kind == ENTERPRISES:
                result = write_enterprises(session, plan, update, ticker)
            else:
                result = write_incidents(session, self.db, plan, update, ticker)
            ticker.done = ticker.total
            ticker.report()
        log.info(
            "imported %s from %s: created %d, updated %d, skipped %d, accidents %d, persons %d",
            kind,
            plan.file,
            result.created,
            result.updated,
            result.skipped,
            result.accidents,
            result.persons,
        )
        return result

    # -- reading --------------------------------------------------------------------------

    def _read(self, kind: str, path: str | os.PathLike[str]) -> tuple[_Plan, Sheet | None]:
        plan = _Plan(kind=kind, file=str(path))
        try:
            sheet = read_sheet(
                path,
                max_bytes=self.max_bytes,
                max_rows=self.max_rows,
                max_unpacked=self.max_unpacked,
                is_header=looks_like_header,
            )
        except SpreadsheetError as err:
            plan.problems.append(ImportProblem(None, None, err.code, dict(err.detail)))
            return plan, None
        plan.sheet = sheet
        plan.total_rows = len(sheet.rows)
        plan.notices.extend(messages.import_text(code, detail) for code, detail in sheet.notices)
        return plan, sheet

    def _analyse(
        self,
        session: Session,
        plan: _Plan,
        sheet: Sheet,
        *,
        today: dt.date,
        update: bool,
        progress: _Progress | None,
    ) -> None:
        cols = map_columns(plan, sheet)
        if cols is None or plan.problems:
            return
        stamp = self.db.stamp()
        if plan.kind == ENTERPRISES:
            analyse_enterprises(session, plan, sheet, cols, today, update, progress, stamp)
        else:
            analyse_incidents(session, plan, sheet, cols, today, update, progress, stamp)

    # -- enterprises ----------------------------------------------------------------------
