"""Stored PDF bytes as pixels (pypdfium2), for the print preview and for printing (Qt-free).

The issued PDF is the document: previewing and printing paint its own pages, so what is printed is
exactly what was stored. ``ui`` turns a :class:`PageImage` into a ``QImage`` (``Format_RGB888``
with ``stride`` bytes per line) and scales it onto the printer page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

#: Points per inch (PDF user space).
POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class PageImage:
    """One rendered page: 8-bit RGB, rows top to bottom, ``stride`` bytes per row."""

    width: int
    height: int
    stride: int
    data: bytes
    #: The page size in PDF points (1/72 inch): the physical size to print it at.
    width_pt: float
    height_pt: float
    dpi: float

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        """(r, g, b) at column ``x``, row ``y``."""
        i = y * self.stride + x * 3
        return self.data[i], self.data[i + 1], self.data[i + 2]


def _open(pdf: bytes):
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(pdf)


def page_count(pdf: bytes) -> int:
    doc = _open(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) of every page in points."""
    doc = _open(pdf)
    try:
        sizes = []
        for i in range(len(doc)):
            page = doc[i]
            try:
                sizes.append(tuple(page.get_size()))
            finally:
                page.close()
        return sizes
    finally:
        doc.close()


def iter_pages(pdf: bytes, dpi: float) -> Iterator[PageImage]:
    """Render the pages one at a time (a 300 dpi A4 page is about 26 MB of pixels)."""
    if dpi <= 0:
        raise ValueError(f"dpi must be positive, not {dpi}")
    scale = dpi / POINTS_PER_INCH
    doc = _open(pdf)
    try:
        for i in range(len(doc)):
            page = doc[i]
            try:
                width_pt, height_pt = page.get_size()
                bitmap = page.render(scale=scale, rev_byteorder=True, may_draw_forms=True)
                try:
                    image = PageImage(
                        width=bitmap.width,
                        height=bitmap.height,
                        stride=bitmap.stride,
                        data=bytes(bitmap.buffer),
                        width_pt=float(width_pt),
                        height_pt=float(height_pt),
                        dpi=float(dpi),
                    )
                finally:
                    bitmap.close()
            finally:
                page.close()
            yield image
    finally:
        doc.close()


def render_pages(pdf: bytes, dpi: float) -> list[PageImage]:
    """Every page of ``pdf`` as RGB pixels at ``dpi``."""
    return list(iter_pages(pdf, dpi))
