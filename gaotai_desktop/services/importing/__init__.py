"""Import enterprises and incidents from ``.xlsx`` / ``.csv`` files (the register's import format: see ``domain.import_format``).

``preview`` reads and validates a file and writes nothing; ``run`` does the same inside one
transaction and writes every row or none. Problems carry the row number (header row = 1), the
column header as written in the file and a code (texts: :func:`gaotai_desktop.texts.import_problem_text`).

Speed: reference data, existing enterprises and existing accident keys are loaded with one query each;
rows are written with bulk ``INSERT``/``UPDATE`` statements in chunks, never a query per row.
"""

from ...domain.errors import ImportCancelled, ImportFailed, ImportProblem
from ...domain.import_format import (
    COLUMNS,
    ENTERPRISES,
    INCIDENTS,
    KINDS,
    REQUIRED_COLUMNS,
    TEXT_COLUMNS,
)
from .cells import cell_text, header_key, lost_digits, numeric_display, parse_bool, parse_date
from .common import (
    PREVIEW_ROWS,
    ImportDifference,
    ImportPreview,
    ImportResult,
    PreviewRow,
    kind_columns,
)
from .service import ImportService

__all__ = [
    "COLUMNS",
    "ENTERPRISES",
    "INCIDENTS",
    "KINDS",
    "PREVIEW_ROWS",
    "REQUIRED_COLUMNS",
    "TEXT_COLUMNS",
    "ImportCancelled",
    "ImportDifference",
    "ImportFailed",
    "ImportPreview",
    "ImportProblem",
    "ImportResult",
    "PreviewRow",
    "ImportService",
    "cell_text",
    "header_key",
    "kind_columns",
    "lost_digits",
    "numeric_display",
    "parse_bool",
    "parse_date",
]
