"""Body measurements typed by people: height, body weight, body-fat percentage and age.

Text such as "5 ft 4 in", 5'4", "163 cm", "1.63 m", "150 lb", "68 kg" or "11 st 4 lb" becomes a
value with an explicit unit. Conversions go through pint (``backstrong.domain.units``); this module
holds no conversion factor of its own. Bad input raises :class:`InvalidInput`, whose message names
the field, the value and what would be accepted.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from backstrong.domain.errors import FieldError
from backstrong.domain.units import convert

# Plausibility bounds (*convention*): wide enough for every adult, narrow enough to catch typos
# such as a height in metres typed as centimetres. Tallest recorded adult: 2.72 m.
HEIGHT_MIN_CM = 50.0
HEIGHT_MAX_CM = 275.0
WEIGHT_MIN_KG = 20.0
WEIGHT_MAX_KG = 400.0
# Essential fat is ~2–5 % (men) and ~10–13 % (women) (ACE); above 70 % is not a living measurement.
BODY_FAT_MIN_PERCENT = 2.0
BODY_FAT_MAX_PERCENT = 70.0
# The BMR equations and the Hall model were fitted on adults (Mifflin 1990: ages 19–78).
AGE_MIN_YEARS = 18.0
AGE_MAX_YEARS = 120.0

INCHES_PER_FOOT = 12  # definition of the foot, used only to refuse "5 ft 14 in"
POUNDS_PER_STONE = 14  # definition of the stone, used only to refuse "11 st 20 lb"

_HEIGHT_UNITS = {
    "cm": "centimeter", "centimeter": "centimeter", "centimeters": "centimeter",
    "centimetre": "centimeter", "centimetres": "centimeter",
    "mm": "millimeter",
    "m": "meter", "meter": "meter", "meters": "meter", "metre": "meter", "metres": "meter",
    "ft": "foot", "foot": "foot", "feet": "foot", "'": "foot",
    "in": "inch", "inch": "inch", "inches": "inch", '"': "inch",
}  # fmt: skip
_WEIGHT_UNITS = {
    "kg": "kilogram", "kgs": "kilogram", "kilo": "kilogram", "kilos": "kilogram",
    "kilogram": "kilogram", "kilograms": "kilogram",
    "lb": "pound", "lbs": "pound", "pound": "pound", "pounds": "pound",
    "st": "stone", "stone": "stone", "stones": "stone",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _UnitPair:
    """Two units written together, as in '5 ft 4 in': the second counts less than one first."""

    first: str  # pint's names
    second: str
    per_first: int
    first_words: str  # as messages say them
    second_words: str
    example: str


_FEET_AND_INCHES = _UnitPair("foot", "inch", INCHES_PER_FOOT, "feet", "inches", "5 ft 4 in")
_STONES_AND_POUNDS = _UnitPair("stone", "pound", POUNDS_PER_STONE, "stones", "pounds", "11 st 4 lb")
_TOKEN = re.compile(r"\s*(?P<number>[-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*(?P<unit>[a-z]+\.?|'|\")?")
_PRIMES = str.maketrans({"’": "'", "‘": "'", "′": "'", "”": '"', "“": '"', "″": '"'})


# Messages name a field as people read it ("body fat '90': ..."); ``field`` is the identifier
# that forms and the API use for it ("body_fat").
_FIELD_IDS = {"physical activity level": "pal", "activity change": "activity"}


class InvalidInput(FieldError):
    """A value a person typed that cannot be used; the message says what would be accepted."""

    def __init__(self, field: str, value: object, accepted: str) -> None:
        super().__init__(field, value, accepted)
        self.field = _FIELD_IDS.get(field, field.replace(" ", "_"))

    @property
    def problem(self) -> str:
        return self.accepted


def check_between(
    field: str, value: object, number: float, low: float, high: float, accepted: str
) -> float:
    """``number`` (read from ``value``) when ``low <= number <= high``; else InvalidInput."""
    if not low <= number <= high:
        raise InvalidInput(field, value, accepted)
    return number


@dataclass(frozen=True, slots=True)
class _Measure:
    """A length or mass typed with units: what it is called, the units it takes, and the
    plausible range in ``unit`` (with ``symbol`` for messages)."""

    field: str
    aliases: dict[str, str]
    pair: _UnitPair
    help_text: str
    unit: str  # pint's name
    symbol: str
    low: float
    high: float

    def parse(self, value: str | float, default_unit: str | None) -> float:
        """The value in ``unit``; raises :class:`InvalidInput` naming the field."""
        parts = _parts(self.field, value, self.aliases, default_unit, self.help_text)
        total = _total(self.field, value, parts, self.pair, self.unit)
        accepted = f"must be between {self.low:g} {self.symbol} and {self.high:g} {self.symbol}"
        return check_between(self.field, value, total, self.low, self.high, accepted)


_HEIGHT = _Measure(
    "height",
    _HEIGHT_UNITS,
    _FEET_AND_INCHES,
    "give a number with a unit, e.g. '5 ft 4 in', 5'4\", '163 cm' or '1.63 m'",
    "centimeter",
    "cm",
    HEIGHT_MIN_CM,
    HEIGHT_MAX_CM,
)
_WEIGHT = _Measure(
    "weight",
    _WEIGHT_UNITS,
    _STONES_AND_POUNDS,
    "give a number with a unit, e.g. '150 lb', '68 kg' or '11 st 4 lb'",
    "kilogram",
    "kg",
    WEIGHT_MIN_KG,
    WEIGHT_MAX_KG,
)


@dataclass(frozen=True, slots=True)
class Height:
    metres: float

    @property
    def centimetres(self) -> float:
        return convert(self.metres, "meter", "centimeter")

    def feet_and_inches(self) -> tuple[int, float]:
        """Whole feet and the remaining inches, for display in US units."""
        total_inches = convert(self.metres, "meter", "inch")
        feet = int(total_inches // INCHES_PER_FOOT)
        return feet, total_inches - feet * INCHES_PER_FOOT


@dataclass(frozen=True, slots=True)
class BodyWeight:
    kilograms: float

    @property
    def pounds(self) -> float:
        return convert(self.kilograms, "kilogram", "pound")


def parse_height(value: str | float, default_unit: str | None = None) -> Height:
    """Height from text ("5 ft 4 in", 5'4", "163 cm", "1.63 m") or a number in ``default_unit``."""
    return Height(convert(_HEIGHT.parse(value, default_unit), "centimeter", "meter"))


def parse_body_weight(value: str | float, default_unit: str | None = None) -> BodyWeight:
    """Body weight from text ("150 lb", "68 kg", "11 st 4 lb") or a number in ``default_unit``."""
    return BodyWeight(_WEIGHT.parse(value, default_unit))


def parse_body_fat_percent(value: str | float) -> float:
    """Body fat in percent from "18 %", "18%", "18" or 18.0."""
    text = str(value).strip().removesuffix("%").strip()
    number = _number("body fat", value, text, "give a percentage, e.g. '18 %'")
    accepted = (
        f"give a percentage between {BODY_FAT_MIN_PERCENT:g} and {BODY_FAT_MAX_PERCENT:g},"
        " e.g. '18 %'"
    )
    return check_between(
        "body fat", value, number, BODY_FAT_MIN_PERCENT, BODY_FAT_MAX_PERCENT, accepted
    )


def parse_age_years(value: str | float) -> float:
    """Age in years from "40", "40 y", "40 years" or 40."""
    text = re.sub(r"\s*(years?|yrs?|y)\.?$", "", str(value).strip().lower())
    number = _number("age", value, text, "give whole years, e.g. '40'")
    accepted = (
        f"the equations are for adults: give an age from {AGE_MIN_YEARS:g}"
        f" to {AGE_MAX_YEARS:g} years"
    )
    return check_between("age", value, number, AGE_MIN_YEARS, AGE_MAX_YEARS, accepted)


def _number(field: str, original: object, text: str, help_text: str) -> float:
    if isinstance(original, bool):
        raise InvalidInput(field, original, help_text)
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise InvalidInput(field, original, help_text) from None
    if not math.isfinite(number):
        raise InvalidInput(field, original, help_text)
    if number <= 0:
        raise InvalidInput(field, original, "must be a positive number")
    return number


def _parts(
    field: str,
    value: str | float,
    aliases: dict[str, str],
    default_unit: str | None,
    help_text: str,
) -> list[tuple[float, str | None]]:
    """Split text into (number, pint unit or None) pairs; numbers alone take ``default_unit``."""
    if isinstance(value, bool):
        raise InvalidInput(field, value, help_text)
    text = str(value).strip().lower().translate(_PRIMES).replace("''", '"')
    text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    raw: list[tuple[float, str | None]] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise InvalidInput(field, value, help_text)
        raw.append((float(match["number"]), match["unit"]))
        position = match.end()
        while position < len(text) and text[position] in " \t":
            position += 1
    if not raw or len(raw) > 2 or not all(math.isfinite(number) for number, _ in raw):
        raise InvalidInput(field, value, help_text)
    if any(number < 0 for number, _ in raw):
        raise InvalidInput(field, value, "must be a positive number")
    parts = [(number, _unit(field, value, unit, aliases)) for number, unit in raw]
    if len(parts) == 1 and parts[0][1] is None:
        if default_unit is None:
            raise InvalidInput(field, value, help_text)
        unit = _unit(field, value, default_unit.lower(), aliases)
        parts = [(parts[0][0], unit)]
    return parts


def _unit(field: str, value: object, raw: str | None, aliases: dict[str, str]) -> str | None:
    if raw is None:
        return None
    unit = aliases.get(raw.rstrip("."))
    if unit is None:
        accepted = ", ".join(sorted({key for key in aliases if len(key) <= 2 and key.isalpha()}))
        raise InvalidInput(field, value, f"unknown unit '{raw}': use {accepted}")
    return unit


def _total(
    field: str,
    value: str | float,
    parts: list[tuple[float, str | None]],
    pair: _UnitPair,
    unit: str,
) -> float:
    """The parts added up in ``unit``: one number, or two written as ``pair`` (the second may
    leave out its unit: "5 ft 4")."""
    if len(parts) == 2:
        (whole, first), (rest, second) = parts
        if first != pair.first or second not in (pair.second, None):
            words = f"{pair.first_words} and {pair.second_words}"
            raise InvalidInput(field, value, f"combine only {words}, e.g. '{pair.example}'")
        if rest >= pair.per_first:
            raise InvalidInput(field, value, f"{pair.second_words} must be below {pair.per_first}")
        parts = [(whole, pair.first), (rest, pair.second)]
    return sum(convert(number, named or "", unit) for number, named in parts)
