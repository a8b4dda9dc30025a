"""Issuing at county scale, future dates, one correction per document, stored state and deadlines."""

from __future__ import annotations

import datetime as dt
import io
import random

import pytest
from pypdf import PdfReader

from gaotai_desktop.cli import main as cli_main
from gaotai_desktop.data.models import Enterprise
from gaotai_desktop.domain.documents import DeadlineKind, DocumentState
from gaotai_desktop.domain.errors import Conflict, ValidationError
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services.container import build_services
from gaotai_desktop.services.demo import make_uscc
from gaotai_desktop.texts import error_text

T = dt.date(2026, 11, 28)
PERSON = PersonInput("孙秀英", "620724196804246594", "轻伤", "认定工伤")


def text_of(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


def add_red(services, count: int, seed: int = 3) -> list[str]:
    """``count`` enterprises with three accidents each (red), built through the services."""
    rng = random.Random(seed)
    codes: list[str] = []
    while len(codes) < count:
        code = make_uscc(rng)
        if code not in codes:
            codes.append(code)
    for i, code in enumerate(codes):
        services.enterprises.create(
            EnterpriseInput(
                code, f"高台县红{i}建材有限公司", "建筑业", "城关镇", "县住房和城乡建设局"
            ),
            today=T,
        )
        for month in (2, 3, 4):
            services.accidents.record(
                AccidentInput(code, dt.date(2026, month, 3), "工地", "高处坠落", "", "", (PERSON,)),
                today=T,
            )
    return codes


@pytest.fixture
def services(db):
    return build_services(db, render_workers=1)


def test_150_red_enterprises_get_one_bulletin_numbered_past_ninety_nine(services):
    add_red(services, 150)
    report = services.issuing.issue_due(T, today=T)
    assert report.ok and report.failed == ()
    kinds = [d.kind for d in report.issued]
    assert kinds.count("county_bulletin") == 1
    assert kinds.count("authority_notice") == 150 and kinds.count("interview_notice") == 150
    bulletin = next(d for d in report.issued if d.kind == "county_bulletin")
    assert len(bulletin.subjects) == 150
    text = text_of(services.document_store.pdf(bulletin.id))
    # enterprise items numbered （一）…（一百五十）, the 100th and the last among them
    assert "（九十九）" in text and "（一百）" in text and "（一百五十）" in text
    assert "（一百五十一）" not in text
    assert len(services.document_store.award_restricted(2026)) == 150


def test_one_failing_letter_does_not_stop_the_others_and_the_cli_says_which(
    services, db, db_path, capsys
):
    add_red(services, 3)
    with db.transaction() as s:  # a name the font cannot draw (data from an older import)
        ent = s.query(Enterprise).filter(Enterprise.name == "高台县红1建材有限公司").one()
        ent.name = "高台县红\ue000建材有限公司"
    db.engine.dispose()
    code = cli_main(["--db", str(db_path), "notices", "issue", "--as-of", T.isoformat()])
    out, err = capsys.readouterr()
    numbers = out.split()
    # the bulletin names the bad enterprise too and fails; that enterprise's letters fail; the
    # other two enterprises' letters are issued and numbered without a gap
    assert code == 1
    assert sorted(numbers) == sorted(
        ["高人社工伤函〔2026〕1号", "高人社工伤函〔2026〕2号", "高人社工伤约〔2026〕1号",
         "高人社工伤约〔2026〕2号"]
    )  # fmt: skip
    assert "未下发：全县通报" in err and "缺少以下字符" in err
    assert err.count("未下发：") == 3 and "共 3 份文书未能下发" in err


def test_future_as_of_is_refused_in_the_service_and_the_cli(services, db, db_path, capsys):
    add_red(services, 1)
    with pytest.raises(ValidationError) as exc:
        services.issuing.issue_due(dt.date(2030, 1, 1), today=T)
    assert (exc.value.field, exc.value.code) == ("as_of", "date_future")
    assert "晚于今天" in error_text(exc.value)
    with pytest.raises(ValidationError):
        services.issuing.issue_due(T, today=T, issue_date=T + dt.timedelta(days=1))
    assert services.document_store.list() == []
    db.engine.dispose()
    code = cli_main(["--db", str(db_path), "notices", "issue", "--as-of", "2030-01-01"])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and "统计截止日期" in err and "晚于今天" in err


def test_a_document_has_one_correction_and_the_list_says_corrected(services, db, db_path, capsys):
    add_red(services, 1)
    issuing, store = services.issuing, services.document_store
    first = next(d for d in issuing.issue_due(T, today=T).issued if d.kind == "authority_notice")
    fixed = issuing.correct(first.id, as_of=T, today=T)
    with pytest.raises(Conflict) as exc:
        issuing.correct(first.id, as_of=T, today=T)
    assert exc.value.code == "already_corrected"
    assert fixed.doc_no in error_text(exc.value) and first.doc_no in error_text(exc.value)
    again = issuing.correct(fixed.id, as_of=T, today=T)  # correcting the correction is the way
    assert again.corrects_doc_no == fixed.doc_no
    states = {d.doc_no: (d.status, d.corrected_by_doc_no) for d in store.list()}
    assert states[first.doc_no] == ("corrected", fixed.doc_no)
    assert states[fixed.doc_no] == ("corrected", again.doc_no)
    assert states[again.doc_no] == ("issued", "")
    # a reprint of the replaced document keeps it corrected, and it is not printed in a batch
    store.mark_printed(first.id)
    assert store.get(first.id).state is DocumentState.CORRECTED
    assert first.doc_no not in {d.doc_no for d in store.unprinted()}
    # the notices plan (the window's tab) and the CLI list show 已更正
    plan = {r.doc_no: r.status for r in services.notices.plan(T) if r.doc_no}
    assert plan[first.doc_no] == "corrected" and plan[again.doc_no] == "issued"
    db.engine.dispose()
    assert cli_main(["--db", str(db_path), "notices", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    line = next(x for x in listed if x.startswith(first.doc_no))
    assert "已更正" in line and fixed.doc_no in line
    assert cli_main(["--db", str(db_path), "notices", "list", "--format", "json"]) == 0
    import json

    data = {d["doc_no"]: d for d in json.loads(capsys.readouterr().out)}
    assert data[first.doc_no]["status"] == "corrected"
    assert data[first.doc_no]["corrected_by"] == fixed.doc_no
    # CLI: a second correction of the original is refused with the correcting number
    assert cli_main(["--db", str(db_path), "notices", "correct", first.doc_no, "--as-of", "2026-11-28"]) == 1  # fmt: skip
    assert fixed.doc_no in capsys.readouterr().err


def test_printing_sets_the_stored_state(services):
    add_red(services, 1)
    doc = services.issuing.issue_due(T, today=T).issued[0]
    assert doc.status == "issued"
    services.document_store.mark_printed(doc.id)
    assert services.document_store.get(doc.id).status == "printed"
    services.document_store.mark_printed(doc.id)  # a reprint stays printed
    assert services.document_store.get(doc.id).status == "printed"


def test_every_printed_deadline_is_stored(services):
    person = PERSON
    services.enterprises.create(
        EnterpriseInput("91620724MA01AB2C3L", "高台县鑫源建筑工程有限公司", "建筑业", "城关镇",
                        "县住房和城乡建设局"),
        today=T,
    )  # fmt: skip
    services.accidents.record(
        AccidentInput("91620724MA01AB2C3L", dt.date(2026, 3, 3), "工地", "坍塌", "", "", (person,)),
        today=T,
    )
    issued = {d.kind: d for d in services.issuing.issue_due(T, today=T).issued}
    store = services.document_store
    risk = store.deadlines(issued["risk_notice"].id)
    # defaults: feedback 10 days; interview 7 days later, first slot of the office hours
    # (2026-12-05 is a Saturday)
    assert risk == {
        DeadlineKind.FEEDBACK: dt.datetime(2026, 12, 8),
        DeadlineKind.INTERVIEW: dt.datetime(2026, 12, 7, 9, 0),
    }
    text = text_of(store.pdf(issued["risk_notice"].id))
    assert "自收到本函之日起10日内" in text and "2026年12月7日上午9时" in text
    interview = store.deadlines(issued["interview_notice"].id)
    assert interview == {
        DeadlineKind.REPORT: dt.datetime(2026, 12, 13),  # yellow: 15 days
        DeadlineKind.INTERVIEW: dt.datetime(2026, 12, 7, 9, 0),  # the same interview
    }
    assert "自收到本通知之日起15日内" in text_of(store.pdf(issued["interview_notice"].id))
