"""Hypothesis stateful test: one office and two laptops editing the same enterprises, one
training session's attendance list (replaced as a whole by each edit, as the 预防与维权 tab does)
and one hotline call, registering new sessions, exporting, importing in any order, twice, damaged
packages, resolutions.

After every step: nothing is lost (each laptop's latest value of an enterprise or of the call is
still pending on the laptop, or was applied at the office, or is in the conflict queue), a failed
or repeated import changes nothing (none fails on one enterprise at one session twice), foreign
keys hold, and the session and the call are at every end. A longer run:
``GAOTAI_SYNC_EXAMPLES=500``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from gaotai_desktop.data.engine import sqlite_content_dump
from gaotai_desktop.data.models import (
    AuditEntry,
    Enterprise,
    HotlineCall,
    SyncConflict,
    SyncOutbox,
    TrainingSession,
)
from gaotai_desktop.domain.errors import Conflict
from gaotai_desktop.domain.outreach import AttendanceInput, HotlineInput, TrainingInput
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.files import gsync
from gaotai_desktop.services.container import open_services

from .test_sync import uscc

PASS = "stateful"
TODAY = dt.date(2026, 11, 28)
RECORDS = 2
LAPTOPS = ("甲", "乙")
#: Who attended (a subset of the enterprises, each with a count), as a training edit gives it.
ATTENDANCE = st.dictionaries(
    st.integers(0, RECORDS - 1), st.integers(1, 3), min_size=1, max_size=RECORDS
)


def training(attended: dict[int, int], topic: str = "高处坠落防范") -> TrainingInput:
    return TrainingInput(
        dt.date(2026, 11, 20), "企业会议室", topic, "王敏", "建筑业", people=50,
        attendance=tuple(AttendanceInput(uscc(i), n) for i, n in sorted(attended.items())),
    )  # fmt: skip


def call(advice: str) -> HotlineInput:
    return HotlineInput(dt.datetime(2026, 11, 21, 10, 0), "consultation", "李强",
                        uscc=uscc(0), advice=advice)  # fmt: skip


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = TemporaryDirectory()
        root = Path(self.tmp.name)
        self.office = open_services(root / "o.sqlite", backup_dir=root / "ob", actor="office")
        for i in range(RECORDS):
            self.office.enterprises.create(
                EnterpriseInput(uscc=uscc(i), name=f"企业{i}", phone="0"), today=TODAY
            )
        self.session = self.office.training.add(training({0: 3}), today=TODAY).id
        self.call = self.office.hotline.add(call("初次答复"), today=TODAY).id
        self.laptops = {}
        for name in LAPTOPS:
            self.office.sync.enroll(name, PASS, root / f"co-{name}.gsync")
            lap = open_services(root / f"l-{name}.sqlite", backup_dir=root / f"b{name}", actor=name)
            lap.sync.checkout((root / f"co-{name}.gsync").read_bytes(), PASS)
            self.laptops[name] = lap
        self.ids = [self._id(self.office, i) for i in range(RECORDS)]
        self.root = root
        self.counter = 0
        #: (laptop, record) -> the laptop's latest value (record -1: the hotline call's advice)
        self.latest: dict[tuple[str, int], str] = {}
        self.packages: list[tuple[str, bytes]] = []
        self.receipts: list[tuple[str, bytes]] = []

    def teardown(self) -> None:
        for lap in self.laptops.values():
            lap.dispose()
        self.office.dispose()
        self.tmp.cleanup()

    @staticmethod
    def _id(services, i: int) -> str:
        with services.db.transaction() as s:
            return s.scalar(select(Enterprise.id).where(Enterprise.uscc == uscc(i)))

    def _edit(self, services, i: int) -> str:
        self.counter += 1
        value = f"v{self.counter}"
        with services.db.transaction() as s:
            e = s.get(Enterprise, self.ids[i])
            e.phone = value
            services.db.touch(e)
        return value

    @staticmethod
    def _dump(services) -> list[str]:
        return sqlite_content_dump(services.db.engine)

    @rule(laptop=st.sampled_from(LAPTOPS), i=st.integers(0, RECORDS - 1))
    def laptop_edit(self, laptop, i):
        self.latest[(laptop, i)] = self._edit(self.laptops[laptop], i)

    @rule(i=st.integers(0, RECORDS - 1))
    def office_edit(self, i):
        self._edit(self.office, i)

    def _sides(self, side: str):
        return self.office if side == "office" else self.laptops[side]

    @rule(side=st.sampled_from(("office", *LAPTOPS)), attended=ATTENDANCE)
    def edit_attendance(self, side, attended):
        self._sides(side).training.edit(self.session, training(attended), today=TODAY)

    @rule(side=st.sampled_from(("office", *LAPTOPS)), attended=ATTENDANCE)
    def new_session(self, side, attended):
        self._sides(side).training.add(training(attended, "新的培训"), today=TODAY)

    @rule(side=st.sampled_from(("office", *LAPTOPS)))
    def edit_call(self, side):
        self.counter += 1
        value = f"答复{self.counter}"
        self._sides(side).hotline.edit(self.call, call(value), today=TODAY)
        if side != "office":
            self.latest[(side, -1)] = value

    @rule(laptop=st.sampled_from(LAPTOPS))
    def export(self, laptop):
        path = self.root / f"c{len(self.packages)}.gsync"
        self.laptops[laptop].sync.export(PASS, path)
        self.packages.append((laptop, path.read_bytes()))

    @rule(laptop=st.sampled_from(LAPTOPS))
    def visit_ends(self, laptop):
        """Back at the office: export, import there, the receipt straight back."""
        self.export(laptop)
        path = self.root / f"r{len(self.receipts)}.gsync"
        self.office.sync.import_package(self.packages[-1][1], PASS, receipt=path)
        self.receipts.append((laptop, path.read_bytes()))
        self.laptops[laptop].sync.import_package(path.read_bytes(), PASS)

    @precondition(lambda self: self.packages)
    @rule(data=st.data())
    def import_at_office(self, data):
        k = data.draw(st.integers(0, len(self.packages) - 1))
        laptop, package = self.packages[k]
        path = self.root / f"r{len(self.receipts)}.gsync"
        before = self._dump(self.office)
        result = self.office.sync.import_package(package, PASS, receipt=path)
        if result.repeated:
            assert self._dump(self.office) == before
        else:
            self.receipts.append((laptop, path.read_bytes()))
            again = self.office.sync.import_package(package, PASS)
            assert again.repeated

    @precondition(lambda self: self.receipts)
    @rule(data=st.data())
    def import_receipt(self, data):
        laptop, receipt = self.receipts[data.draw(st.integers(0, len(self.receipts) - 1))]
        self.laptops[laptop].sync.import_package(receipt, PASS)

    @precondition(lambda self: self.packages)
    @rule(data=st.data())
    def damaged_package(self, data):
        _, package = self.packages[data.draw(st.integers(0, len(self.packages) - 1))]
        # a fraction, not an offset: package sizes differ between runs (random ids compress
        # differently), and Hypothesis needs the same draws to replay a case
        cut = data.draw(st.integers(0, 9999)) * len(package) // 10000
        bad = package[:cut] if data.draw(st.booleans()) else (
            package[:cut] + bytes([package[cut] ^ 0x40]) + package[cut + 1 :]
        )  # fmt: skip
        before = self._dump(self.office)
        with pytest.raises(Conflict) as refused:
            self.office.sync.import_package(bad, PASS)
        assert refused.value.code.startswith("gsync_")
        assert self._dump(self.office) == before

    @rule(take=st.sampled_from(["office", "laptop"]))
    def resolve(self, take):
        open_ = self.office.sync.conflicts()
        if open_:
            self.office.sync.resolve(open_[0].id, take, "核实")

    @invariant()
    def nothing_lost(self):
        with self.office.db.transaction() as s:
            seen = " ".join(s.scalars(select(AuditEntry.after)))
            seen += " ".join(s.scalars(select(SyncConflict.laptop_values)))
        for (laptop, i), value in self.latest.items():
            lap = self.laptops[laptop]
            record = self.call if i < 0 else self.ids[i]
            with lap.db.transaction() as s:
                pending = s.scalar(
                    select(SyncOutbox.id)
                    .where(SyncOutbox.state == "pending", SyncOutbox.record_id == record)
                    .limit(1)
                )
            assert pending is not None or f'"{value}"' in seen, (laptop, i, value)

    @invariant()
    def sessions_and_calls_everywhere(self):
        for services in (self.office, *self.laptops.values()):
            with services.db.transaction() as s:
                assert s.get(TrainingSession, self.session) is not None
                assert s.get(HotlineCall, self.call) is not None

    @invariant()
    def foreign_keys_hold(self):
        for services in (self.office, *self.laptops.values()):
            with services.db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setattr(gsync, "SCRYPT_N", 2**10)  # the test is about sync, not key stretching


TestSync = SyncMachine.TestCase
TestSync.settings = settings(
    max_examples=int(os.environ.get("GAOTAI_SYNC_EXAMPLES", "15")),
    stateful_step_count=12,
    deadline=None,
)
