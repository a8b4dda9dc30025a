import datetime as dt

import pytest

from gaotai_desktop.domain.errors import ValidationError
from gaotai_desktop.domain.identifiers import (
    id_sex,
    mask_id,
    mask_phone,
    normalize,
    validate_id_number,
    validate_uscc,
)

TODAY = dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    "code", ["91620724MA01AB2C3L", "11620724013256785L", "92620724MA73Q5H81X", "91350100M000100Y43"]
)
def test_valid_credit_codes(code):
    assert validate_uscc(code) == code


def test_credit_code_is_normalised():
    assert validate_uscc(" 91620724ma01ab2c3l ") == "91620724MA01AB2C3L"
    assert validate_uscc("９１６２０７２４ＭＡ０１ＡＢ２Ｃ３Ｌ") == "91620724MA01AB2C3L"
    assert normalize("a b\u3000c") == "ABC"


@pytest.mark.parametrize(
    ("code", "error", "detail"),
    [
        ("91620724MA01AB2C3M", "check", {"expected": "L", "actual": "M"}),
        ("91350100M000100Y4Z", "bad_char", {"chars": "Z", "positions": [18]}),
        ("91620724MA01AB2C3", "length", {"expected": 18, "actual": 17}),
        ("91620724MA01IB2C3L", "bad_char", {"chars": "I", "positions": [13]}),
        ("", "required", {}),
    ],
)
def test_invalid_credit_codes(code, error, detail):
    with pytest.raises(ValidationError) as exc:
        validate_uscc(code)
    assert exc.value.field == "uscc"
    assert exc.value.code == error
    assert exc.value.detail == detail


@pytest.mark.parametrize(
    "number", ["620724198001010018", "620724199512310025", "11010519491231002X"]
)
def test_valid_id_numbers(number):
    assert validate_id_number(number, TODAY) == number


def test_lower_case_x_is_stored_upper():
    assert validate_id_number("11010519491231002x", TODAY) == "11010519491231002X"


@pytest.mark.parametrize(
    ("number", "error"),
    [
        ("620724198001010019", "check"),
        ("62072419800101001", "length"),
        ("62072419800A010018", "bad_char"),
        ("620724198002300013", "birth_date"),  # 30 February
        ("620724203001010010", "birth_date"),  # in the future
    ],
)
def test_invalid_id_numbers(number, error):
    with pytest.raises(ValidationError) as exc:
        validate_id_number(number, TODAY)
    assert exc.value.code == error


def test_sex_and_masks():
    assert id_sex("620724198001010018") == "M"
    assert id_sex("620724199512310025") == "F"
    assert mask_id("620724198001010018") == "620724********0018"
    assert mask_phone("13912345678") == "139****5678"
