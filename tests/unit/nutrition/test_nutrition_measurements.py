import pytest

from backstrong.domain.nutrition.measurements import (
    Height,
    InvalidInput,
    parse_age_years,
    parse_body_fat_percent,
    parse_body_weight,
    parse_height,
)


@pytest.mark.parametrize(
    "text",
    ["5 ft 4 in", "5'4\"", "5'4", "5ft4in", "5 feet 4 inches", "5’4”", "64 in", "162.56 cm"],
)
def test_feet_and_inches_and_centimetres_give_the_same_height(text):
    assert parse_height(text).metres == pytest.approx(1.6256)


@pytest.mark.parametrize("text", ["163 cm", "1.63 m", "1,63 m", "1630 mm", "163cm"])
def test_metric_heights_are_read(text):
    assert parse_height(text).centimetres == pytest.approx(163.0)


def test_a_bare_number_takes_the_default_unit_the_caller_names():
    assert parse_height(163, default_unit="cm").metres == pytest.approx(1.63)


def test_a_bare_number_without_a_unit_is_refused_with_examples():
    with pytest.raises(InvalidInput, match=r"height '163': give a number with a unit, e\.g\."):
        parse_height("163")


def test_fourteen_inches_after_the_feet_is_refused():
    with pytest.raises(InvalidInput) as error:
        parse_height("5 ft 14 in")
    assert str(error.value) == "height '5 ft 14 in': inches must be below 12"
    assert error.value.field == "height"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tall", "height 'tall': give a number with a unit"),
        ("-170 cm", "height '-170 cm': must be a positive number"),
        ("170 furlongs", "unknown unit 'furlongs': use cm, ft, in, m, mm"),
        ("5 in 4 ft", "combine only feet and inches"),
        ("17 m", "must be between 50 cm and 275 cm"),
    ],
)
def test_unusable_heights_name_the_field_and_what_is_accepted(text, message):
    with pytest.raises(InvalidInput, match=message):
        parse_height(text)


@pytest.mark.parametrize(
    ("text", "kilograms"),
    [("68 kg", 68.0), ("150 lb", 68.0388555), ("150lbs", 68.0388555), ("11 st 4 lb", 71.6675945)],
)
def test_body_weight_in_kilograms_pounds_or_stones(text, kilograms):
    assert parse_body_weight(text).kilograms == pytest.approx(kilograms)


def test_body_weight_converts_back_to_pounds():
    assert parse_body_weight("150 lb").pounds == pytest.approx(150.0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-3 kg", "weight '-3 kg': must be a positive number"),
        ("heavy", "weight 'heavy': give a number with a unit"),
        ("11 st 20 lb", "pounds must be below 14"),
        ("3 kg", "must be between 20 kg and 400 kg"),
    ],
)
def test_unusable_weights_name_the_field_and_what_is_accepted(text, message):
    with pytest.raises(InvalidInput, match=message):
        parse_body_weight(text)


@pytest.mark.parametrize("value", ["18%", "18 %", "18", 18])
def test_body_fat_reads_as_a_percentage(value):
    assert parse_body_fat_percent(value) == 18.0


def test_body_fat_given_as_a_fraction_is_refused_with_an_example():
    with pytest.raises(InvalidInput, match=r"body fat '0\.18': give a percentage between 2 and 70"):
        parse_body_fat_percent("0.18")


def test_age_accepts_a_years_suffix_and_refuses_children():
    assert parse_age_years("40 years") == 40.0
    with pytest.raises(InvalidInput, match="age '15': the equations are for adults"):
        parse_age_years("15")


def test_height_shows_in_feet_and_inches():
    feet, inches = Height(1.6256).feet_and_inches()
    assert feet == 5
    assert inches == pytest.approx(4.0)
