"""Packaged foods found by their barcode (Open Food Facts): the barcode as typed, where the data
comes from and under which licence, and how much of a product was eaten.

Open Food Facts is a shared database under the ODbL 1.0 (share-alike), its contents under the
DbCL: its products are kept apart from a person's own foods and every place that
shows one says where it comes from.
"""

from __future__ import annotations

import math
import re

from backstrong.domain.nutrition.amounts import read_amount
from backstrong.domain.nutrition.diary import WATER_DENSITY_G_PER_ML
from backstrong.domain.nutrition.foods import Food
from backstrong.domain.nutrition.measurements import InvalidInput

# GS1 barcodes: EAN-8 is the shortest, GTIN-14 (cases of products) the longest.
MIN_BARCODE_DIGITS = 8
MAX_BARCODE_DIGITS = 14
OPEN_FOOD_FACTS_SOURCE = "open-food-facts"
OPEN_FOOD_FACTS_LICENCE = "ODbL 1.0 (database), DbCL (contents)"
OPEN_FOOD_FACTS_ATTRIBUTION = "Data from Open Food Facts, ODbL"
OPEN_FOOD_FACTS_ID_PREFIX = "off:"  # food ids of Open Food Facts products: "off:<barcode>"
SERVING = "serving"  # the portion name of a product's serving size
_SEPARATORS = re.compile(r"[\s-]+")
_PORTION_WORDS = frozenset({"", "serving", "servings", "portion", "portions"})


def parse_barcode(text: str) -> str:
    """The barcode's digits; spaces and dashes as printed under the bars are dropped."""
    digits = _SEPARATORS.sub("", text or "")
    if not (digits.isascii() and digits.isdigit()):
        raise InvalidInput("barcode", text, _barcode_help("digits only"))
    if not MIN_BARCODE_DIGITS <= len(digits) <= MAX_BARCODE_DIGITS:
        raise InvalidInput("barcode", text, _barcode_help(f"{len(digits)} digits"))
    return digits


def _barcode_help(found: str) -> str:
    return (
        f"{found}; give the {MIN_BARCODE_DIGITS} to {MAX_BARCODE_DIGITS} digits under the bars"
        " (EAN-8, UPC-A, EAN-13 or GTIN-14)"
    )


def product_food_id(barcode: str) -> str:
    return OPEN_FOOD_FACTS_ID_PREFIX + barcode


def is_open_food_facts(food_id: str) -> bool:
    """Whether a food (or a diary entry's food) came from Open Food Facts."""
    return food_id.startswith(OPEN_FOOD_FACTS_ID_PREFIX)


def product_url(barcode: str) -> str:
    return f"https://world.openfoodfacts.org/product/{barcode}"


def source_url(food_id: str) -> str | None:
    """The Open Food Facts page of a food id "off:<barcode>"; None for any other food."""
    if not is_open_food_facts(food_id):
        return None
    return product_url(food_id.removeprefix(OPEN_FOOD_FACTS_ID_PREFIX))


def display_name(food: Food) -> str:
    """The product's name with its brand, unless the name already says it."""
    if food.brand and food.brand.casefold() not in food.name.casefold():
        return f"{food.name} ({food.brand})"
    return food.name


def product_amount(
    food: Food, text: str | None = None, grams: float | None = None
) -> tuple[float, str]:
    """(grams, label) of what was eaten: ``grams`` when given, else ``text`` ("150 g", "2",
    "1.5 servings", "330 ml"), else one serving. Raises InvalidInput naming what to give."""
    if grams is not None:
        if not (math.isfinite(grams) and grams > 0):
            raise InvalidInput("grams", grams, "give an amount above 0 g")
        return grams, f"{grams:g} g"
    amount = read_amount((text or "").strip())
    rest = (text or "").strip()[amount.food_start :].strip().casefold()
    if amount.unit is not None and not rest:
        density = food.density_g_per_ml or WATER_DENSITY_G_PER_ML
        return amount.unit.grams(amount.quantity, density), amount.text
    if rest not in _PORTION_WORDS:
        raise InvalidInput("amount", text, "give a weight like '150 g' or a number of servings")
    serving = food.portion(SERVING)
    if serving is None:
        raise InvalidInput(
            "grams",
            text or "one serving",
            "this product gives no serving size; give the grams you ate",
        )
    count = amount.quantity
    label = f"{count:g} {SERVING}{'' if count == 1 else 's'} ({count * serving.grams:g} g)"
    return count * serving.grams, label
