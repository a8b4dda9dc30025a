"""另存为PDF of the notice tab: the stored bytes of issued documents written unchanged to files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from ...files.output import write_output
from .. import messages as msg

if TYPE_CHECKING:
    from ...services.document_store import DocumentStore


def safe_file_name(doc_no: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in doc_no)


def _ask_target(parent: QWidget, doc_nos: list[str], suffix: str, start: Path) -> str:
    if len(doc_nos) == 1:
        default = start / f"{safe_file_name(doc_nos[0])}{suffix}.pdf"
        name, _ = QFileDialog.getSaveFileName(parent, "另存为PDF", str(default), "PDF 文件 (*.pdf)")
        return name
    return QFileDialog.getExistingDirectory(
        parent, f"把 {len(doc_nos)} 份文书另存到文件夹", str(start)
    )


def save_pdfs(
    parent: QWidget,
    store: DocumentStore,
    documents: dict[str, str],
    with_receipt: bool,
    path: str | Path | None,
    start: Path,
    protected: Iterable[Path] = (),
) -> list[Path]:
    """Write ``documents`` (number -> id) as stored: one document to a file name (``path`` or the
    save dialog, starting in ``start``), several to a folder, one file each named by number.
    Returns the files written. Each is written whole (temporary file, then renamed) and never over
    the database or a backup (``protected``)."""
    doc_nos = list(documents)
    suffix = "（附送达回证）" if with_receipt else ""
    if path is None:
        path = _ask_target(parent, doc_nos, suffix, start)
        if not path:
            return []
    path = Path(path)
    if len(doc_nos) == 1 and not path.is_dir():
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        targets = [(doc_nos[0], path)]
    else:
        targets = [(d, path / f"{safe_file_name(d)}{suffix}.pdf") for d in doc_nos]
        existing = [p.name for _d, p in targets if p.exists()]
        if existing and not msg.confirm(
            parent,
            f"文件夹中已有 {len(existing)} 个同名文件（{'、'.join(existing[:3])}…），要覆盖吗？",
            ok_text="覆盖",
        ):
            return []
    written: list[Path] = []
    failed = False
    try:
        for doc_no, target in targets:
            data = store.pdf(documents[doc_no], with_receipt=with_receipt)
            written.append(write_output(target, data, protected=protected))
    except Exception as exc:
        msg.show_error(parent, exc, action="另存为PDF")
        failed = True
    if not written:
        return written
    where = written[0] if len(written) == 1 else written[0].parent
    try:  # what was written is recorded, even when a later file failed
        store.record_saved(doc_nos[: len(written)], str(where))
    except Exception as exc:
        msg.show_error(parent, exc, action="记录另存")
    if not failed:
        msg.notify(f"已另存 {len(written)} 份文书到 {where}", 30_000)
    return written
