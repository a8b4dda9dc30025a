"""Fonts, glyph check, document numbers, wording templates, import hygiene."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gaotai_desktop.domain.dates import chinese_date, chinese_datetime
from gaotai_desktop.domain.errors import GaotaiError, ValidationError
from gaotai_desktop.letters import (
    FontSet,
    MissingGlyphs,
    TemplateFault,
    check_glyphs,
    format_doc_no,
    render,
    resource_path,
    samples,
    validate_doc_no,
)
from gaotai_desktop.letters.fonts import FontError, is_truetype
from gaotai_desktop.letters.numbering import chinese_number
from gaotai_desktop.letters.wording import Wording


def test_bundled_fonts_are_truetype():
    fs = FontSet.bundled()
    assert fs.body.name == "NotoSerifSC-Regular.ttf"
    assert fs.title == fs.heading1 == fs.heading2 == fs.body
    assert fs.emboldened("title") and fs.emboldened("heading1")
    assert not fs.emboldened("body") and not fs.emboldened("heading2")
    for p in fs.paths():
        assert is_truetype(p)


def test_detect_prefers_office_fonts(tmp_path):
    regular = resource_path("fonts", "NotoSerifSC-Regular.ttf")
    shutil.copy(regular, tmp_path / "simfang.ttf")
    (tmp_path / "simhei.ttf").write_bytes(b"OTTO" + b"\0" * 100)  # CFF outlines: unusable
    fs = FontSet.detect(search_dirs=(tmp_path,))
    assert fs.body == tmp_path / "simfang.ttf"
    assert fs.heading1 == FontSet.bundled().heading1
    assert FontSet.detect(prefer_office=False) == FontSet.bundled()


def test_from_paths_rejects_non_truetype(tmp_path):
    bad = tmp_path / "x.otf"
    bad.write_bytes(b"OTTO" + b"\0" * 100)
    with pytest.raises(FontError):
        FontSet.from_paths(body=bad)
    with pytest.raises(FontError):
        FontSet.from_paths(body=tmp_path / "missing.ttf")


def test_check_glyphs_names_missing_chars():
    fs = FontSet.bundled()
    check_glyphs(["高台县人力资源和社会保障局〔2026〕7号 — 1 —\n", "□（一）：。"], fs)
    with pytest.raises(MissingGlyphs) as exc:
        check_glyphs(["正常文字", "生僻字𠀀与私用区\ue000", "再次𠀀"], fs)
    assert exc.value.chars == ["𠀀", "\ue000"]
    assert exc.value.font.startswith("NotoSerifSC")
    assert isinstance(exc.value, GaotaiError)


def test_render_raises_missing_glyphs_for_bad_enterprise_name():
    case = samples.HONGDA_CASE
    odd = dataclasses.replace(case.enterprise, name="高台县\ue000建筑有限公司")
    req = dataclasses.replace(
        samples.rectification(), cases=(dataclasses.replace(case, enterprise=odd),)
    )
    with pytest.raises(MissingGlyphs) as exc:
        render(req, FontSet.bundled())
    assert exc.value.chars == ["\ue000"]


@pytest.mark.parametrize(
    ("prefix", "year", "seq", "expected"),
    [
        ("高人社工伤提", 2026, 7, "高人社工伤提〔2026〕7号"),
        ("高人社发", 2026, 12, "高人社发〔2026〕12号"),
    ],
)
def test_format_doc_no(prefix, year, seq, expected):
    assert format_doc_no(prefix, year, seq) == expected
    assert validate_doc_no(expected) == expected


@pytest.mark.parametrize(
    ("prefix", "year", "seq", "code"),
    [
        ("高人社发", 2026, 0, "seq"),
        ("高人社发", 26, 1, "year"),
        ("高人社发第", 2026, 1, "prefix"),
        ("", 2026, 1, "prefix"),
        ("高人社〔发", 2026, 1, "prefix"),
    ],
)
def test_format_doc_no_rejects(prefix, year, seq, code):
    with pytest.raises(ValidationError) as exc:
        format_doc_no(prefix, year, seq)
    assert exc.value.code == code


@pytest.mark.parametrize(
    "bad",
    ["高人社发〔2026〕07号", "高人社发[2026]7号", "高人社发〔2026〕第7号", "高人社发（2026）7号"],
)
def test_validate_doc_no_rejects(bad):
    with pytest.raises(ValidationError):
        validate_doc_no(bad)


def test_render_rejects_bad_doc_no():
    req = dataclasses.replace(samples.risk_notice(), doc_no="高人社工伤提〔2026〕第7号")
    with pytest.raises(ValidationError):
        render(req, FontSet.bundled())


def test_dates_and_numbers():
    import datetime as dt

    assert chinese_date(dt.date(2026, 3, 5)) == "2026年3月5日"
    assert chinese_datetime(dt.datetime(2026, 12, 3, 14, 0)) == "2026年12月3日下午2时"
    assert [chinese_number(n) for n in (1, 10, 12, 20, 21)] == [
        "一",
        "十",
        "十二",
        "二十",
        "二十一",
    ]


def test_templates_are_editable(tmp_path):
    from gaotai_desktop.letters import risk_notice
    from gaotai_desktop.letters.geometry import Para

    src = resource_path("templates")
    for f in src.glob("*.toml"):
        shutil.copy(f, tmp_path / f.name)
    path = tmp_path / "risk_notice.toml"
    text = path.read_text(encoding="utf-8").replace(
        'closing = "特此提示。"', 'closing = "特此函告。"'
    )
    path.write_text(text, encoding="utf-8")
    doc = risk_notice.build(samples.risk_notice(), Wording("risk_notice", tmp_path))
    drawn = [r.text for b in doc.blocks if isinstance(b, Para) for r in b.runs]
    assert "特此函告。" in drawn and "特此提示。" not in drawn

    path.write_text(text.replace("${as_of}", "${as_off}"), encoding="utf-8")
    with pytest.raises(TemplateFault) as exc:
        risk_notice.build(samples.risk_notice(), Wording("risk_notice", tmp_path))
    assert exc.value.code == "placeholder" and exc.value.detail == "as_off"


def test_every_template_parses():
    for f in Path(resource_path("templates")).glob("*.toml"):
        assert Wording(f.stem).data["contact"]  # common.toml merged under every kind


def test_import_has_no_side_effects_and_no_qt():
    code = (
        "import sys\n"
        "import gaotai_desktop.letters as L\n"
        "import gaotai_desktop.letters.batch, gaotai_desktop.letters.layout\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "assert not [n for n in pdfmetrics.getRegisteredFontNames() if n.startswith('GT-')]\n"
        "bad = [m for m, v in sys.modules.items() if v is not None and m.split('.')[0] in ('PySide6', 'sqlalchemy', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
