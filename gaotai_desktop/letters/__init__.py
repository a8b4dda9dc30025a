"""Official letters (GB/T 9704-2012) rendered with ReportLab: no Qt, no database.

Public API::

    render(request, fonts=None) -> bytes            # PDF of a LetterRequest, dispatching on kind
    render_receipt(receipt_request, fonts=None) -> bytes   # 送达回证
    receipt_for(request, case_index=0) -> ReceiptRequest   # the receipt of a delivered letter
    collect_texts(request) -> list[str]            # every string drawn (for the glyph check)
    check_glyphs(texts, fontset)                   # raises MissingGlyphs
    concat_pdfs(pdfs) -> bytes                     # one file from several PDFs
    render_floor_document(fonts) -> bytes          # minimal one-page PDF (benchmark floor)
    format_doc_no(prefix, year, seq) -> str        # 高人社工伤提〔2026〕7号
    KINDS                                          # kinds accepted by render()

Importing this package registers no font and reads no file.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, TypedDict, Unpack

from gaotai_desktop.domain.dates import chinese_date
from gaotai_desktop.domain.errors import FontError, MissingGlyphs, TemplateFault
from gaotai_desktop.letters.fonts import FontSet, check_glyphs, resource_path
from gaotai_desktop.letters.model import (
    AccidentFact,
    DeliveryMethod,
    EnterpriseCase,
    EnterpriseRef,
    HazardFact,
    Interview,
    Issuer,
    Kind,
    LetterRequest,
    Measure,
    ReceiptRequest,
)
from gaotai_desktop.letters.numbering import format_doc_no, validate_doc_no
from gaotai_desktop.letters.wording import Wording

if TYPE_CHECKING:
    from gaotai_desktop.letters.geometry import Document

KINDS: tuple[str, ...] = tuple(k.value for k in Kind)

__all__ = [
    "KINDS",
    "AccidentFact",
    "DeliveryMethod",
    "EnterpriseCase",
    "EnterpriseRef",
    "FontError",
    "FontSet",
    "HazardFact",
    "Interview",
    "Issuer",
    "Kind",
    "LetterRequest",
    "Measure",
    "MissingGlyphs",
    "ReceiptRequest",
    "TemplateFault",
    "Wording",
    "build_document",
    "check_glyphs",
    "collect_texts",
    "concat_pdfs",
    "document_name",
    "chinese_date",
    "format_doc_no",
    "receipt_for",
    "render",
    "render_floor_document",
    "render_receipt",
    "resource_path",
    "validate_doc_no",
]


def _kind_module(kind: str) -> ModuleType:
    from gaotai_desktop.letters import (
        authority_notice,
        county_bulletin,
        interview_notice,
        rectification,
        risk_notice,
    )

    modules = {
        Kind.RISK_NOTICE: risk_notice,
        Kind.RECTIFICATION: rectification,
        Kind.AUTHORITY_NOTICE: authority_notice,
        Kind.COUNTY_BULLETIN: county_bulletin,
        Kind.INTERVIEW_NOTICE: interview_notice,
    }
    try:
        return modules[Kind(kind)]
    except ValueError:
        from gaotai_desktop.domain.errors import ValidationError

        raise ValidationError("kind", "unknown", {"kind": kind}) from None


def _builder(kind: str) -> Callable[[LetterRequest], Document]:
    build: Callable[[LetterRequest], Document] = _kind_module(kind).build
    return build


def build_document(request: LetterRequest) -> Document:
    """The laid-out-able :class:`~gaotai_desktop.letters.layout.Document` of ``request``."""
    return _builder(request.kind)(request)


def collect_texts(request: LetterRequest | ReceiptRequest) -> list[str]:
    """Every string that will be drawn for ``request`` (mark, numbers, text, footer)."""
    if isinstance(request, ReceiptRequest):
        from gaotai_desktop.letters.receipt import collect_receipt_texts

        return collect_receipt_texts(request)
    return build_document(request).texts()


def render(request: LetterRequest, fonts: FontSet | None = None, *, draft: bool = False) -> bytes:
    """PDF bytes of ``request``. Raises ``MissingGlyphs`` before drawing anything.

    ``draft=True``: a proof to read before a number is taken; no document number is printed (the
    request's ``doc_no`` is ignored) and every page carries a diagonal 草稿 watermark."""
    from dataclasses import replace

    from gaotai_desktop.letters.layout import draw_document

    if draft and not request.draft:
        request = replace(request, draft=True)
    fonts = fonts or FontSet.detect()
    doc = build_document(request)
    for role, texts in doc.texts_by_role().items():
        check_glyphs(texts, fonts, roles=(role,))
    return draw_document(doc, fonts)


def render_receipt(receipt_request: ReceiptRequest, fonts: FontSet | None = None) -> bytes:
    """PDF bytes of a 送达回证. Raises ``MissingGlyphs`` before drawing anything."""
    from gaotai_desktop.letters.receipt import collect_receipt_texts, draw_receipt

    fonts = fonts or FontSet.detect()
    texts = collect_receipt_texts(receipt_request)
    check_glyphs(texts, fonts, roles=("body", "title"))
    return draw_receipt(receipt_request, fonts)


def document_name(request: LetterRequest) -> str:
    """The document's title as printed (used as the name on its 送达回证): the title
    :func:`build_document` gives, worked out without building the letter (its checks are made
    all the same: a request the builder refuses is refused here)."""
    title: Callable[[LetterRequest], str] = _kind_module(request.kind).title
    return title(request)


class _ReceiptFields(TypedDict, total=False):
    """The optional fields of a :class:`ReceiptRequest` (see :func:`receipt_for`)."""

    recipient_person: str
    address: str
    method: DeliveryMethod | None
    deliverers: tuple[str, ...]
    remarks: str
    issue_date: dt.date | None
    copies: int
    pages: int | None


def receipt_for(
    request: LetterRequest, case_index: int = 0, **fields: Unpack[_ReceiptFields]
) -> ReceiptRequest:
    """The 送达回证 of ``request`` delivered to its ``case_index``-th enterprise (填发日期: the
    letter's issue date unless given)."""
    e = request.cases[case_index].enterprise
    fields.setdefault("issue_date", request.issue_date)
    return ReceiptRequest(
        document_title=document_name(request),
        doc_no=request.doc_no,
        issuer=request.issuer,
        enterprise=e,
        **fields,
    )


def concat_pdfs(pdfs: list[bytes]) -> bytes:
    """Merge PDFs into one file (pages in order) with pypdfium2."""
    import pypdfium2 as pdfium

    dest = pdfium.PdfDocument.new()
    sources = []
    try:
        for data in pdfs:
            src = pdfium.PdfDocument(data)
            sources.append(src)
            dest.import_pages(src)
        buf = io.BytesIO()
        dest.save(buf)
        return buf.getvalue()
    finally:
        for src in sources:
            src.close()
        dest.close()


def render_floor_document(fonts: FontSet | None = None) -> bytes:
    """A minimal one-page PDF with the same embedded fonts (the benchmark's floor)."""
    from gaotai_desktop.letters.geometry import LEFT, TOP
    from gaotai_desktop.letters.layout import Painter, new_canvas

    fonts = fonts or FontSet.detect()
    buf = io.BytesIO()
    from gaotai_desktop.letters.fonts import font_name

    c = new_canvas(buf, "floor", "gaotai-desktop", font=font_name(fonts.body))
    p = Painter(c, fonts)
    p.text(LEFT, TOP, "高台县人力资源和社会保障局", "title", 22)
    p.text(LEFT, TOP + 40, "工伤风险提示函", "heading1", 16)
    p.text(LEFT, TOP + 70, "截至2026年11月28日", "body", 16)
    p.text(LEFT, TOP + 100, "（一）", "heading2", 16)
    c.showPage()
    c.save()
    return buf.getvalue()
