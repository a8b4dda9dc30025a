"""The title of a letter without building it: the same as the one the built letter prints, for
every kind, with the office's own wording, and refused where the builder refuses."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.domain.tiers import Tier
from gaotai_desktop.letters import (
    KINDS,
    build_document,
    document_name,
    receipt_for,
    resource_path,
    samples,
)
from gaotai_desktop.letters import authority_notice as an
from gaotai_desktop.letters import county_bulletin as cb
from gaotai_desktop.letters import interview_notice as iv
from gaotai_desktop.letters import rectification as rc
from gaotai_desktop.letters import risk_notice as rn
from gaotai_desktop.letters.wording import Wording

MODULES = {m.KIND.value: m for m in (an, cb, iv, rc, rn)}


def _variants():
    """Every sample, a correction and a draft of each (the title must not depend on them)."""
    for name, req in samples.all_samples().items():
        yield name, req
        yield f"{name}-correction", dataclasses.replace(req, references_doc_no="高人社〔2026〕1号")
        yield f"{name}-draft", dataclasses.replace(req, draft=True)


@pytest.mark.parametrize(
    ("name", "req"), list(_variants()), ids=lambda x: x if isinstance(x, str) else ""
)
def test_title_is_the_built_letters_title(name, req):
    title = document_name(req)
    assert title and title == build_document(req).title
    assert receipt_for(req).document_title == title


def test_every_kind_has_a_title_function():
    assert set(MODULES) == set(KINDS)
    for kind in KINDS:
        assert callable(MODULES[kind].title)


def test_bulletin_titles_one_and_many_differ():
    one = document_name(samples.county_bulletin())
    many = document_name(samples.county_bulletin((samples.JINCHUAN_CASE, samples.QILIAN_RED_CASE)))
    assert samples.JINCHUAN.name in one and samples.JINCHUAN.name not in many


def test_edited_title_wording_uses_any_placeholder(tmp_path):
    """An office that edits the title to print other placeholders gets the same title both ways."""
    folder = tmp_path / "templates"
    shutil.copytree(resource_path("templates"), folder)
    edits = {
        "risk_notice": 'title = "${issuer_short}${year}年工伤风险提示函（${enterprise}，${count}起）"',
        "rectification": 'title = "${enterprise}整改建议书（${report_within}）"',
        "authority_notice": 'title = "关于${enterprise}工伤预防${tier}情况的函（${authority}）"',
        "interview_notice": 'title = "${enterprise}约谈通知书（${interview_time}，${participants}）"',
        "county_bulletin": 'title_one = "关于${enterprise}${accident_noun}多发的通报（${subject}${repeat}）"',
    }
    for kind, line in edits.items():
        path = folder / f"{kind}.toml"
        text = path.read_text(encoding="utf-8")
        key = line.split(" =", 1)[0]
        lines = [line if ln.startswith(f"{key} =") else ln for ln in text.splitlines()]
        assert line in lines
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, req in samples.all_samples().items():
        module = MODULES[str(req.kind)]
        w = Wording(req.kind, folder)
        title = module.title(req, w)
        assert title == module.build(req, Wording(req.kind, folder)).title, name
        assert "$" not in title
        if name in ("risk_notice", "interview_notice"):
            assert req.cases[0].enterprise.name in title


@pytest.mark.parametrize(
    "req",
    [
        dataclasses.replace(samples.risk_notice(), interview=None),
        dataclasses.replace(samples.rectification(), report_days=None),
        dataclasses.replace(
            samples.authority_notice(),
            cases=(dataclasses.replace(samples.JINCHUAN_CASE, tier=Tier.YELLOW),),
        ),
        dataclasses.replace(samples.interview_notice(), interview=None),
        dataclasses.replace(samples.county_bulletin(), cases=()),
        dataclasses.replace(samples.risk_notice(), doc_no="not a number"),
    ],
    ids=[
        "risk-no-interview",
        "rect-no-days",
        "authority-yellow",
        "interview-none",
        "bulletin-empty",
        "bad-doc-no",
    ],
)
def test_title_refuses_what_the_builder_refuses(req):
    with pytest.raises(ValidationError) as built:
        build_document(req)
    with pytest.raises(ValidationError) as titled:
        document_name(req)
    assert (titled.value.field, titled.value.code) == (built.value.field, built.value.code)
