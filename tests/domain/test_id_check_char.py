"""The ID number's check character (GB 11643-1999) as the standard defines it, whatever the path."""

from __future__ import annotations

import random

from gaotai_desktop.domain.identifiers import ID_CHECK, ID_WEIGHTS, id_check_char


def by_the_standard(first17: str) -> str:
    return ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def test_every_digit_in_every_position() -> None:
    rng = random.Random(13)
    samples = ["0" * 17, "9" * 17, "62072419800101001"]
    samples += ["".join(rng.choice("0123456789") for _ in range(17)) for _ in range(20_000)]
    for first17 in samples:
        assert id_check_char(first17) == by_the_standard(first17), first17
    assert id_check_char("62072419800101001") == "8"  # 620724198001010018


def test_full_width_digits_give_the_same_character() -> None:
    assert id_check_char("６２０７２４１９８００１０１００１") == "8"
