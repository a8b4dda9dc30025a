"""Pinyin order and initials: the generated table is pypinyin's answer, keys order names."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from pypinyin import Style, pinyin

from gaotai_desktop.domain import pinyin_table
from gaotai_desktop.domain.pinyin import initials, sort_key

TOOL = Path(__file__).resolve().parents[2] / "tools" / "build_pinyin_table.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("build_pinyin_table", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_table_is_pypinyins_answer():
    tool = load_tool()
    order, starts, other, version = tool.build()
    assert version == pinyin_table.PYPINYIN_VERSION
    assert "".join(pinyin_table.ORDER) == order
    assert starts == pinyin_table.STARTS
    assert other == pinyin_table.OTHER_INITIALS
    # and the file is exactly what the tool writes
    assert Path(pinyin_table.__file__).read_text(encoding="utf-8") == tool.render(*tool.build())


def test_the_table_covers_gbk_names():
    order = set(pinyin_table.ORDER)
    assert len(order) > 20_000
    for ch in "高台县盛鑫堃化工黑河物流骆驼城镇":  # 堃 is GBK, not GB 2312
        assert ch in order


def usual(ch: str) -> tuple[str, str]:
    """pypinyin's own reading of one character: (syllable, tone)."""
    r = pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True)[0][0]
    return r.rstrip("012345"), r[len(r.rstrip("012345")) :]


def test_sort_key_orders_by_pinyin_not_code_point():
    names = ["高台县鑫源建筑", "高台县宏达建筑", "高台县金川化工", "高台县祁连化工",
             "高台县顺通物流", "高台县黑河物流", "高台县绿洲矿业", "高台县丰泽农业"]  # fmt: skip
    expected = ["高台县丰泽农业", "高台县黑河物流", "高台县宏达建筑", "高台县金川化工",
                "高台县绿洲矿业", "高台县祁连化工", "高台县顺通物流", "高台县鑫源建筑"]  # fmt: skip
    assert sorted(names, key=sort_key) == expected
    assert sorted(names) != expected  # code point order is not pinyin order
    oracle = sorted(names, key=lambda n: [usual(c) for c in n])
    assert oracle == expected


def test_sort_key_puts_latin_and_digits_first_and_folds_width():
    names = ["阿里", "ＡＢＣ商贸", "3D打印", "abc", "安徽"]
    assert sorted(names, key=sort_key) == ["3D打印", "abc", "ＡＢＣ商贸", "阿里", "安徽"]
    assert sort_key("ａｂｃ") == sort_key("ABC")


def test_initials_of_each_reading():
    assert initials("黑河物流")[0] == "HHWL"
    assert "XY" in initials("行业") and "HY" in initials("行业")
    assert initials("高台县3D打印")[0] == "GTX3DDY"
    assert initials("") == []
    # many polyphones: the number of spellings stays bounded
    assert 1 <= len(initials("行长重长行长重长行长")) <= 16
