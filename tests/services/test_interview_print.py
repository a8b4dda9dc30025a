"""The printable 约谈记录 through the service: a recorded interview and a blank one for the same
enterprise, read back from the PDF; what cannot be printed is refused with its reason."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from gaotai_desktop.domain.errors import NotFound, ValidationError
from gaotai_desktop.domain.loop import InterviewRow
from gaotai_desktop.texts import error_text

from .test_documents import county  # noqa: F401  (fixture)
from .test_warnings import RED, TODAY, loop, warning_of  # noqa: F401  (fixtures)


def text_of(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


def test_a_recorded_interview_and_a_blank_one(loop) -> None:  # noqa: F811
    red = warning_of(loop, RED, "red")
    rec = loop.warnings.record_interview(
        InterviewRow(
            "", red.enterprise_id, "", "", red.id, "红色预警定期约谈企业负责人",
            dt.datetime(2026, 12, 1, 14, 30), "县人社局会议室", "王敏", "企业负责人张伟",
            "已制定整改方案", "12月底前完成整改", dt.date(2026, 12, 31),
        ),
        today=TODAY,
    )  # fmt: skip
    text = text_of(loop.interview_print.record_pdf(loop.warnings.interviews(rec.enterprise_id)[0]))
    for fact in (
        "高台县金川化工有限公司",
        RED,
        "红色预警定期约谈企业负责人",
        "2026年12月1日下午2时30分",
        "已制定整改方案",
        "2026年12月31日前",
    ):
        assert fact in text, fact
    blank = text_of(loop.interview_print.blank_pdf(red.enterprise_id, reason="定期约谈"))
    assert "高台县金川化工有限公司" in blank and RED in blank and "定期约谈" in blank
    assert "已制定整改方案" not in blank and "下午" not in blank


def test_what_cannot_be_printed_says_why(loop) -> None:  # noqa: F811
    red = warning_of(loop, RED, "red")
    with pytest.raises(ValidationError) as exc:
        loop.interview_print.blank_pdf(red.enterprise_id, reason="  ")
    assert error_text(exc.value) == "约谈事由：不能为空"
    with pytest.raises(NotFound):
        loop.interview_print.blank_pdf("no-such-enterprise", reason="约谈")
