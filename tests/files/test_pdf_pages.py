"""Stored PDFs as pixels (the preview and printing paint these): page count, size, the red mark."""

from __future__ import annotations

import io

import pypdf
import pytest

from gaotai_desktop.files import pdf_pages
from gaotai_desktop.letters import FontSet, concat_pdfs, render, render_receipt, samples

MM = 72 / 25.4


@pytest.fixture(scope="module")
def letter() -> bytes:
    return render(samples.risk_notice(), FontSet.bundled())


@pytest.fixture(scope="module")
def with_receipt(letter: bytes) -> bytes:
    return concat_pdfs([letter, render_receipt(samples.receipt(), FontSet.bundled())])


def test_page_count_matches_the_pdf(letter: bytes, with_receipt: bytes) -> None:
    n = len(pypdf.PdfReader(io.BytesIO(letter)).pages)
    assert pdf_pages.page_count(letter) == n
    assert pdf_pages.page_count(with_receipt) == n + 1
    assert len(pdf_pages.render_pages(with_receipt, 36)) == n + 1


def test_a4_at_72_dpi_is_595_by_842(letter: bytes) -> None:
    page = pdf_pages.render_pages(letter, 72)[0]
    assert abs(page.width - 595) <= 1 and abs(page.height - 842) <= 1
    assert page.stride >= page.width * 3
    assert len(page.data) >= page.stride * (page.height - 1) + page.width * 3
    assert (round(page.width_pt, 2), round(page.height_pt, 2)) == (595.28, 841.89)
    big = pdf_pages.render_pages(letter, 144)[0]
    assert abs(big.width - 2 * 595) <= 2 and abs(big.height - 2 * 842) <= 2


def is_red(rgb: tuple[int, int, int]) -> bool:
    r, g, b = rgb
    return r > 200 and g < 120 and b < 120


def test_issuing_body_mark_is_red_and_body_is_not(letter: bytes) -> None:
    dpi = 72.0
    page = pdf_pages.render_pages(letter, dpi)[0]
    px = dpi / 72 * MM  # pixels per millimetre

    def reds(x0: float, y0: float, x1: float, y1: float) -> int:
        return sum(
            is_red(page.pixel(x, y))
            for y in range(int(y0 * px), int(y1 * px))
            for x in range(int(x0 * px), int(x1 * px))
        )

    # Letter layout: the mark 30 mm from the top edge, centred over the 156 mm text block.
    assert reds(28, 24, 184, 50) > 200
    # The body text (black) below the title: no red at all.
    assert reds(28, 120, 184, 200) == 0
    # White margin.
    assert page.pixel(5, 5) == (255, 255, 255)


def test_bad_dpi_is_refused(letter: bytes) -> None:
    with pytest.raises(ValueError):
        pdf_pages.render_pages(letter, 0)
