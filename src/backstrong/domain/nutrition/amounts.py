"""The amount at the start of a diary line: "2", "1.5 cups", "200ml", "half an", "3 oz of".

Reads the quantity and the unit and says where the food's name begins. Mass and volume units
convert through pint (``backstrong.domain.units``); household measures (cup, tbsp, tsp) are
resolved against the food's own portions by the diary, which knows the food.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from backstrong.domain.units import convert

_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_WORD_QUANTITIES = {
    "half an": 0.5, "half a": 0.5, "a half": 0.5, "half": 0.5,
    "a quarter": 0.25, "quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3,
    "a couple": 2.0, "a dozen": 12.0,
    "an": 1.0, "a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0,
    "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "eleven": 11.0,
    "twelve": 12.0,
}  # fmt: skip


class UnitKind(StrEnum):
    MASS = "mass"
    VOLUME = "volume"


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit people write before a food; ``pint_name`` is how pint knows it."""

    symbol: str
    kind: UnitKind
    pint_name: str
    household: bool = False  # cup, tbsp, tsp: the food's own portion wins when it has one

    def grams(self, quantity: float, density_g_per_ml: float) -> float:
        """``quantity`` of this unit in grams (volumes through ``density_g_per_ml``)."""
        if self.kind is UnitKind.MASS:
            return convert(quantity, self.pint_name, "gram")
        return convert(quantity, self.pint_name, "milliliter") * density_g_per_ml


GRAM = Unit("g", UnitKind.MASS, "gram")
_UNITS: dict[str, Unit] = {}
for _unit, _aliases in (
    (GRAM, "g gr grs gram grams gramme grammes"),
    (Unit("kg", UnitKind.MASS, "kilogram"), "kg kgs kilo kilos kilogram kilograms"),
    (Unit("oz", UnitKind.MASS, "ounce"), "oz ozs ounce ounces"),
    (Unit("lb", UnitKind.MASS, "pound"), "lb lbs pound pounds"),
    (Unit("ml", UnitKind.VOLUME, "milliliter"), "ml millilitre millilitres milliliter milliliters"),
    (Unit("cl", UnitKind.VOLUME, "centiliter"), "cl centilitre centilitres centiliter centiliters"),
    (Unit("dl", UnitKind.VOLUME, "deciliter"), "dl decilitre decilitres deciliter deciliters"),
    (Unit("l", UnitKind.VOLUME, "liter"), "l litre litres liter liters"),
    (Unit("fl oz", UnitKind.VOLUME, "fluid_ounce"), "fl_oz fl._oz floz fluid_ounce fluid_ounces"),
    (Unit("cup", UnitKind.VOLUME, "cup", True), "cup cups"),
    (Unit("tbsp", UnitKind.VOLUME, "tablespoon", True), "tbsp tbsps tbs tablespoon tablespoons"),
    (Unit("tsp", UnitKind.VOLUME, "teaspoon", True), "tsp tsps teaspoon teaspoons"),
):  # fmt: skip
    for _alias in _aliases.split():
        _UNITS[_alias.replace("_", " ")] = _unit

_UNITS_COMPACT = {alias.replace(" ", ""): unit for alias, unit in _UNITS.items()}
UNIT_WORDS: dict[str, frozenset[str]] = {}
for _alias, _unit in _UNITS.items():
    UNIT_WORDS[_unit.symbol] = UNIT_WORDS.get(_unit.symbol, frozenset()) | {_alias}


def _alternation(words: Iterable[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in ordered)


_NUMBER = re.compile(
    r"\s*(?:(?P<whole>\d+)\s+(?P<num>\d+)/(?P<den>\d+)"
    r"|(?P<fnum>\d+)/(?P<fden>\d+)"
    rf"|(?P<dec>\d+(?:[.,]\d+)?|[.,]\d+)?(?P<vulgar>[{''.join(_VULGAR)}])?)"
)
_WORDS = re.compile(rf"\s*(?P<word>{_alternation(_WORD_QUANTITIES)})(?![\w])", re.IGNORECASE)
_TIMES = re.compile(r"\s*[x×](?![\w])", re.IGNORECASE)
_UNIT = re.compile(rf"\s*(?P<unit>{_alternation(_UNITS)})(?![\w])\.?", re.IGNORECASE)
_OF = re.compile(r"\s*of(?:\s+(?:an|a|the))?(?![\w])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Amount:
    """What the line says about how much; ``food_start`` is where the food's name begins."""

    quantity: float
    unit: Unit | None
    text: str
    food_start: int
    counted: bool  # a quantity was written ("2", "half a"); False for a bare "banana"


def read_amount(text: str) -> Amount:
    """Read the leading quantity and unit of ``text``; a line without one means 1 portion."""
    quantity, end = _read_quantity(text)
    unit: Unit | None = None
    match = _UNIT.match(text, end)
    # A unit needs a quantity ("2 cups") or a following "of" ("cup of tea"): "pound cake" is food.
    if match and (quantity is not None or _OF.match(text, match.end())):
        unit = _UNITS_COMPACT[re.sub(r"\s+", "", match["unit"].lower())]
        end = match.end()
    of = _OF.match(text, end)
    if of and (quantity is not None or unit is not None):
        end = of.end()
    amount_text = text[:end].strip()
    return Amount(
        quantity if quantity is not None else 1.0, unit, amount_text, end, quantity is not None
    )


def _read_quantity(text: str) -> tuple[float | None, int]:
    match = _NUMBER.match(text)
    quantity = _number_value(match) if match else None
    end = match.end() if match and quantity is not None else 0
    if quantity is None:
        word = _WORDS.match(text)
        if word:
            quantity, end = _WORD_QUANTITIES[word["word"].lower()], word.end()
    if quantity is not None:
        times = _TIMES.match(text, end)
        end = times.end() if times else end
    return quantity, end


def _number_value(match: re.Match[str]) -> float | None:
    if match["whole"]:
        return int(match["whole"]) + _fraction(match["num"], match["den"])
    if match["fnum"]:
        return _fraction(match["fnum"], match["fden"])
    if match["dec"] is None and match["vulgar"] is None:
        return None
    value = float(match["dec"].replace(",", ".")) if match["dec"] else 0.0
    return value + (_VULGAR[match["vulgar"]] if match["vulgar"] else 0.0)


def _fraction(numerator: str, denominator: str) -> float:
    den = int(denominator)
    return int(numerator) / den if den else float("nan")
