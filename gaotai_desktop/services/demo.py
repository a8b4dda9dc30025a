"""Realistic generated Gaotai data, in bulk (20,000 enterprises / 200,000 persons in seconds)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import random
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from .. import texts
from ..data import tier_counts
from ..data.models import (
    Accident,
    AppUser,
    Base,
    Document,
    Enterprise,
    HotlineCall,
    InjuredPerson,
    Setting,
    TrainingAttendance,
    TrainingSession,
    table_of,
)
from ..domain import reference
from ..domain.errors import Conflict, ValidationError
from ..domain.identifiers import USCC_ALPHABET, id_check_char, uscc_check_char
from ..office_settings import OfficeSettings
from . import audit
from .base import Database
from .demo_outreach import outreach_rows
from .office import KEY as OFFICE_KEY
from .users import hash_password

#: The demo database's administrator: ``--demo`` signs in as them by itself (a known password:
#: the demo holds generated data only).
DEMO_USER = "演示管理员"
DEMO_PASSWORD = "gaotai-demo"

#: The demo's bulk rows are audited per table (:func:`generate`).
DEMO_AUDIT = {audit.SKIP_OPTION: True}

_WORDS = (
    "鑫源 宏达 金川 祁连 顺通 黑河 华泰 丰源 永盛 天誉 绿洲 昌盛 恒泰 瑞丰 丝路 汇通 兴隆 博远 正阳 "
    "万和 信德 骆驼城 合黎山 大湖湾 月牙湖 新兴 安泰 宇通 佳禾 众诚 广源 金穗 聚鑫 富民 和顺 润泽 "
    "弘毅 长城 嘉禾 明珠 北辰 锦华 利民 泰和 旭日 晨光 河西 张掖 甘州 戈壁 雪峰 林海 稻香 金沙"
).split()

#: (industry, typical name suffix, authority, typical accident categories)
_PROFILES = (
    (
        "建筑业",
        "建筑工程有限公司",
        "县住房和城乡建设局",
        ("高处坠落", "物体打击", "坍塌", "起重伤害"),
    ),
    ("制造业", "化工有限公司", "县应急管理局", ("灼烫", "中毒和窒息", "机械伤害", "其他爆炸")),
    ("制造业", "机械制造有限公司", "县工业和信息化局", ("机械伤害", "物体打击", "触电")),
    (
        "交通运输、仓储和邮政业",
        "物流有限公司",
        "县交通运输局",
        ("车辆伤害", "物体打击", "起重伤害"),
    ),
    ("农林牧渔业", "农业发展有限公司", "县农业农村局", ("机械伤害", "车辆伤害", "其他伤害")),
    ("采矿业", "矿业有限公司", "县应急管理局", ("冒顶片帮", "坍塌", "放炮", "车辆伤害")),
    ("批发和零售业", "商贸有限公司", "县商务局", ("物体打击", "车辆伤害", "其他伤害")),
    ("住宿和餐饮业", "餐饮管理有限公司", "县商务局", ("灼烫", "其他伤害", "触电")),
)
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文华红玉梅建国海燕晓东鹏辉波宁斌琳颖婷浩宇俊"
_PLACES = (
    "生产车间",
    "施工现场",
    "仓库",
    "装卸区",
    "厂区道路",
    "配电室",
    "脚手架",
    "料场",
    "厨房",
    "田间",
)
_OUTCOMES = (("认定工伤", 70), ("视同工伤", 6), ("待认定", 14), ("不予认定", 10))
_SEVERITY = (("轻伤", 75), ("重伤", 22), ("死亡", 3))


#: A ``setting`` row that marks a database filled by :func:`generate`.
DEMO_MARKER = "demo_data"


@dataclass(frozen=True)
class DemoResult:
    enterprises: int
    accidents: int
    persons: int


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_uscc(rng: random.Random) -> str:
    body = "91" + reference.COUNTY_CODE + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
    return body + uscc_check_char(body)


def make_id_number(rng: random.Random, today: dt.date) -> str:
    birth = dt.date(today.year - rng.randint(18, 60), 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    body = f"{reference.COUNTY_CODE}{birth:%Y%m%d}{rng.randint(0, 999):03d}"
    return body + id_check_char(body)


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...], k: int) -> list[str]:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=k)


def generate(
    db: Database,
    *,
    today: dt.date,
    enterprises: int = 2000,
    incidents: int = 20000,
    seed: int = 2026,
    batch: int = 20000,
    demo_user: bool = False,
) -> DemoResult:
    """Fill the database with ``enterprises`` enterprises and ``incidents`` injured-person rows.

    Accidents spread over the three calendar years up to ``today``; most accidents hurt one worker,
    some two or three. A few enterprises have many accidents, most have none this year.
    ``demo_user``: also add the demo administrator (:data:`DEMO_USER`), which turns sign-in on
    (``--demo`` signs in as them by itself).
    """
    for name, value in (("enterprises", enterprises), ("incidents", incidents)):
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValidationError(name, "positive", {"value": value})
    with db.transaction() as s:  # refuse early, before seconds of generating
        _refuse_unless_empty(s, db)
    rng = random.Random(seed)
    stamp = db.stamp() | {"created_by": "demo", "updated_by": "demo"}
    ent_rows, profiles = _enterprise_rows(rng, enterprises, today, stamp)
    acc_rows, person_rows = _incident_rows(rng, ent_rows, profiles, incidents, today, stamp)
    other = random.Random(seed + 1)  # the enterprises and accidents of a seed stay as they were
    outreach = outreach_rows(other, ent_rows, today, stamp, lambda: _uuid(other))

    with db.transaction(immediate=True) as s:
        _refuse_unless_empty(s, db)
        s.add(
            Setting(
                key=DEMO_MARKER,
                value=json.dumps(
                    {"seed": seed, "enterprises": enterprises, "incidents": incidents},
                    ensure_ascii=False,
                ),
                **db.stamp(),
            )
        )
        _demo_office_contact(s, db)
        if demo_user and not s.scalar(select(func.count()).select_from(AppUser)):
            s.add(
                AppUser(
                    name=DEMO_USER,
                    role="admin",
                    password_hash=hash_password(DEMO_PASSWORD),
                    active=True,
                    failed_attempts=0,
                    **db.stamp(),
                )
            )
        enterprise_ids = [r["id"] for r in ent_rows]
        tables: list[tuple[type[Base], list[Row]]] = [
            (Enterprise, ent_rows),
            (Accident, acc_rows),
            (InjuredPerson, person_rows),
            (TrainingSession, outreach[0]),
            (TrainingAttendance, outreach[1]),
            (HotlineCall, outreach[2]),
        ]
        with tier_counts.deferred_in_session(
            s, enterprise_ids, (), len(ent_rows) + len(acc_rows) + len(person_rows)
        ):
            for table, rows in tables:
                for i in range(0, len(rows), batch):
                    s.execute(insert(table), rows[i : i + batch], execution_options=DEMO_AUDIT)
        # generated rows: one audit entry per table, not 400,000 (they are not anyone's work)
        audit.append(
            s,
            db,
            [
                audit.Change("insert", table_of(t).name, detail=texts.audit_demo_detail(len(r)))
                for t, r in tables
                if r
            ],
        )
    return DemoResult(len(ent_rows), len(acc_rows), len(person_rows))


Row = dict[str, Any]
Profile = tuple[str, str, str, tuple[str, ...]]


def _enterprise_rows(
    rng: random.Random, count: int, today: dt.date, stamp: Row
) -> tuple[list[Row], list[Profile]]:
    """``count`` enterprises with distinct credit codes, and each one's industry profile."""
    seen: set[str] = set()
    ent_rows: list[Row] = []
    profiles: list[Profile] = []
    for _ in range(count):
        code = make_uscc(rng)
        while code in seen:
            code = make_uscc(rng)
        seen.add(code)
        prof = rng.choice(_PROFILES)
        town = rng.choice(reference.TOWNSHIPS)
        hazard = rng.random() < 0.03
        ent_rows.append(
            {
                "id": _uuid(rng),
                "uscc": code,
                "name": f"高台县{rng.choice(_WORDS)}{rng.choice(_WORDS)}{prof[1]}",
                "industry": prof[0],
                "township": town,
                "authority": prof[2],
                "legal_representative": rng.choice(_SURNAMES)
                + rng.choice(_GIVEN)
                + rng.choice(_GIVEN),
                "contact_person": rng.choice(_SURNAMES) + rng.choice(_GIVEN),
                "phone": f"0936-66{rng.randint(0, 99999):05d}",
                "address": f"甘肃省张掖市高台县{town}{rng.randint(1, 399)}号",
                "hazard": hazard,
                "hazard_date": today - dt.timedelta(days=rng.randint(1, 300)) if hazard else None,
                "hazard_source": "县卫生健康局职业卫生检查" if hazard else "",
                "hazard_reference": f"高卫职检〔{today.year}〕{rng.randint(1, 99)}号"
                if hazard
                else "",
                "uscc_override_reason": "",
                **stamp,
            }
        )
        profiles.append(prof)
    return ent_rows, profiles


def _incident_rows(
    rng: random.Random,
    ent_rows: list[Row],
    profiles: list[Profile],
    incidents: int,
    today: dt.date,
    stamp: Row,
) -> tuple[list[Row], list[Row]]:
    """Accidents over the three calendar years up to ``today`` until ``incidents`` injured persons
    are reached; accident-prone enterprises get a heavy-tailed weight."""
    enterprises = len(ent_rows)
    cum_weights = list(itertools.accumulate(rng.paretovariate(0.9) for _ in range(enterprises)))
    population = range(enterprises)
    start = dt.date(today.year - 2, 1, 1)
    span = (today - start).days
    acc_rows: list[Row] = []
    person_rows: list[Row] = []
    n_acc = 0
    persons_left = incidents
    while persons_left > 0 and enterprises:
        size = min(persons_left, rng.choices((1, 2, 3), weights=(85, 10, 5))[0])
        if n_acc % 64:
            ei = rng.choices(population, cum_weights=cum_weights)[0]
        else:
            ei = rng.randrange(enterprises)
        prof = profiles[ei]
        n_acc += 1
        acc_id = _uuid(rng)
        category = rng.choice(prof[3])
        acc_rows.append(
            {
                "id": acc_id,
                "enterprise_id": ent_rows[ei]["id"],
                "accident_no": f"SG{today.year}-D{n_acc:06d}",
                "import_key": f"no:SG{today.year}-D{n_acc:06d}",
                "occurred_on": start + dt.timedelta(days=rng.randint(0, span)),
                "place": rng.choice(_PLACES),
                "category": category,
                "description": f"作业过程中发生{category}事故，{size}人受伤。",
                "voided": False,
                "void_reason": "",
                **stamp,
            }
        )
        person_rows += _person_rows(rng, acc_id, size, today, stamp)
        persons_left -= size
    return acc_rows, person_rows


def _person_rows(
    rng: random.Random, accident_id: str, size: int, today: dt.date, stamp: Row
) -> list[Row]:
    """The ``size`` injured persons of one accident, with outcomes and severities."""
    outcomes = _weighted(rng, _OUTCOMES, size)
    severities = _weighted(rng, _SEVERITY, size)
    return [
        {
            "id": _uuid(rng),
            "accident_id": accident_id,
            "seq": seq,
            "name": rng.choice(_SURNAMES)
            + rng.choice(_GIVEN)
            + rng.choice(("", rng.choice(_GIVEN))),
            "id_number": make_id_number(rng, today),
            "severity": severities[seq],
            "outcome": outcomes[seq],
            **stamp,
        }
        for seq in range(size)
    ]


#: The contact the demo database's letters print (the demo is fake data throughout; a real office
#: enters its own contact in 设置 → 办公设置 or ``settings set``).
DEMO_CONTACT = {"contact_person": "王敏（演示）", "contact_phone": "0936-6612345"}


def _demo_office_contact(s: Session, db: Database) -> None:
    """Letters need a contact: the demo database gets a demo one where none is set."""
    row = s.scalar(select(Setting).where(Setting.key == OFFICE_KEY))
    settings = OfficeSettings.from_json(row.value if row is not None else "")
    if settings.contact_person and settings.contact_phone:
        return
    value = dataclasses.replace(
        settings,
        contact_person=settings.contact_person or DEMO_CONTACT["contact_person"],
        contact_phone=settings.contact_phone or DEMO_CONTACT["contact_phone"],
    ).to_json()
    if row is None:
        s.add(Setting(key=OFFICE_KEY, value=value, **db.stamp()))
    else:
        row.value = value
        db.touch(row)


def _refuse_unless_empty(s: Session, db: Database) -> None:
    """Demo data goes only into an empty database (lookup tables aside). A database already
    filled by ``demo`` is refused too: generating twice would repeat the same credit codes."""
    counts = {
        "enterprises": s.scalar(select(func.count()).select_from(Enterprise)) or 0,
        "accidents": s.scalar(select(func.count()).select_from(Accident)) or 0,
        "documents": s.scalar(select(func.count()).select_from(Document)) or 0,
    }
    if not any(counts.values()):
        return
    where = db.engine.url.database or db.engine.url.render_as_string()
    if s.scalar(select(Setting.id).where(Setting.key == DEMO_MARKER)) is not None:
        raise Conflict("demo_exists", path=where, **counts)
    raise Conflict("demo_real_data", path=where, **counts)


def is_demo(db: Database) -> bool:
    """Whether ``generate`` filled this database (the window can say "演示数据" in its title)."""
    with db.transaction() as s:
        return s.scalar(select(Setting.id).where(Setting.key == DEMO_MARKER)) is not None
