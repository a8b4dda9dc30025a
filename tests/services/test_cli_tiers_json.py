"""``tiers --format json`` writes each row from a template (the pure-Python JSON encoder was half
of the process): its bytes are those of ``json.dumps(rows, ensure_ascii=False, indent=1)``, also
for names that JSON escapes and for an empty county."""

import datetime as dt
import io
import json
import random

from gaotai_desktop.cli import main
from gaotai_desktop.domain.rows import AccidentInput, EnterpriseInput, PersonInput
from gaotai_desktop.services.container import build_services
from gaotai_desktop.services.demo import make_uscc

T = dt.date(2026, 11, 28)


def tiers_json(db_path) -> str:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db_path), "tiers", "--as-of", T.isoformat(), "--format", "json"],
                out=out, err=err)  # fmt: skip
    assert code == 0, err.getvalue()
    return out.getvalue()


def expected(services) -> str:
    data = [
        {"uscc": r.uscc, "name": r.name, "accidents": r.accidents, "hazard": r.hazard,
         "tier": r.tier.code}
        for r in services.enterprises.tiers(T)
    ]  # fmt: skip
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def test_the_bytes_are_those_of_json_dumps(db, db_path):
    services = build_services(db)
    rng = random.Random(5)
    names = [
        '高台县"前进"砖厂',
        "高台县\\东方建材有限公司",
        "高台县第一机械厂",
        "Gaotai Ltd. «Nord»",
    ]
    for i, name in enumerate(names):
        code = make_uscc(rng)
        services.enterprises.create(
            EnterpriseInput(code, name, "制造业", "城关镇", "县工业和信息化局", hazard=i == 2),
            today=T,
        )  # fmt: skip
        for n in range(i * 2):
            services.accidents.record(
                AccidentInput(code, dt.date(2026, 3, 1 + n), "车间", "机械伤害", "", "",
                              (PersonInput("孙秀英", "620724196804246594", "轻伤", "认定工伤"),)),
                today=T,
            )  # fmt: skip
    got = tiers_json(db_path)
    assert got == expected(services)
    assert {r["tier"] for r in json.loads(got)} >= {"none", "red"}
    assert any(r["hazard"] for r in json.loads(got))


def test_an_empty_county_prints_an_empty_list(db, db_path):
    assert tiers_json(db_path) == "[]\n"
