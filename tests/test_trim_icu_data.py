"""tools/trim_icu_data.py: the bundle's smaller ICU data library keeps Qt's ICU calls working."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("trim_icu_data", ROOT / "tools" / "trim_icu_data.py")
assert _spec and _spec.loader
trim_icu_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trim_icu_data)

_pyside = importlib.util.find_spec("PySide6")
assert _pyside and _pyside.origin
QT_LIB = Path(_pyside.origin).parent / "Qt" / "lib"
ICUDATA = next(QT_LIB.glob("libicudata.so.*"))

SNIPPET = """
import functools, json
from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, QTimeZone
zh = QCollator(QLocale("zh_CN"))
tz = QTimeZone(b"Asia/Shanghai")
maps = open("/proc/self/maps", encoding="utf-8").read().splitlines()
print(json.dumps({
    "zh": sorted(["中国", "北京", "阿拉善", "高台", "张掖"], key=functools.cmp_to_key(zh.compare)),
    "en": QCollator(QLocale("en_US")).compare("a", "B"),
    "tz": tz.displayName(QDateTime(2026, 1, 1, 0, 0, 0), QTimeZone.NameType.LongName,
                         QLocale("zh_CN")),
    "tz_en": tz.displayName(QDateTime(2026, 1, 1, 0, 0, 0), QTimeZone.NameType.LongName,
                            QLocale("en_US")),
    "gb18030": QStringDecoder("GB18030").isValid(),
    "gbk": QStringDecoder("GBK").isValid(),
    "shift_jis": QStringDecoder("Shift_JIS").isValid(),
    "icudata": sorted({m.split()[-1] for m in maps if "libicudata" in m}),
}, ensure_ascii=False))
"""


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("icudt73l/root.res", True),
        ("icudt73l/zh_Hans_CN.res", True),
        ("icudt73l/coll/zh.res", True),
        ("icudt73l/zone/en_GB.res", True),
        ("icudt73l/coll/de.res", False),
        ("icudt73l/sr_Latn_BA.res", False),
        ("icudt73l/es_419.res", False),
        ("icudt73l/lang/pool.res", True),
        ("icudt73l/res_index.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/nfkc.nrm", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/gb18030.cnv", True),
        ("icudt73l/windows-936-2000.cnv", True),
        ("icudt73l/ibm-1386_P100-2001.cnv", True),
        ("icudt73l/ibm-943_P15A-2003.cnv", False),
        ("icudt73l/brkitr/thaidict.dict", False),
        ("icudt73l/brkitr/word.brk", False),
        ("icudt73l/translit/root.res", False),
    ],
)
def test_keeps_root_english_chinese_and_the_shared_data(item: str, kept: bool) -> None:
    assert trim_icu_data.keep(item) is kept


def test_package_round_trip() -> None:
    _name, data = trim_icu_data._elf_symbol(
        ICUDATA.read_bytes(), trim_icu_data.re.compile(r"icudt\d+_dat")
    )
    header, items = trim_icu_data.parse_package(data)
    assert len(items) > 1000 and header[12:16] == b"CmnD"
    some = items[::97]
    rebuilt = trim_icu_data.build_package(header, some)
    assert len(rebuilt) % 16 == 0
    back_header, back = trim_icu_data.parse_package(rebuilt)
    assert back_header == header
    assert back == sorted(some, key=lambda it: it[0].encode("ascii"))
    base = len(header)
    offsets = [
        trim_icu_data.struct.unpack_from("<II", rebuilt, base + 4 + 8 * i)[1]
        for i in range(len(back))
    ]
    assert all((base + off) % 16 == 0 for off in offsets)


def test_qt_core_uses_no_service_left_out_and_icu_i18n_would() -> None:
    trim_icu_data.check_users([QT_LIB / "libQt6Core.so.6", QT_LIB / "libQt6Gui.so.6"])
    with pytest.raises(SystemExit, match="BreakIterator"):
        trim_icu_data.check_users([next(QT_LIB.glob("libicui18n.so.*"))])


def test_trimmed_library_serves_qt_collation_time_zones_and_chinese_codecs(tmp_path) -> None:
    trimmed = tmp_path / ICUDATA.name
    before, after = trim_icu_data.trim(ICUDATA, trimmed)
    assert after < before / 4
    env = dict(os.environ, LD_LIBRARY_PATH=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SNIPPET], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["icudata"] == [str(trimmed)]
    assert out["zh"] == ["阿拉善", "北京", "高台", "张掖", "中国"]  # pinyin, not code points
    assert out["en"] < 0
    assert out["tz"] == "中国标准时间" and out["tz_en"] == "China Standard Time"
    assert out["gb18030"] and out["gbk"]
    assert not out["shift_jis"]  # left out: the trimmed data is the one in use
