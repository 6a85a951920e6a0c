"""A food a person adds themselves, read from what they typed: a name, values per 100 g and,
if they like, one household portion ("slice = 36 g"). Every refused value names its field."""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Mapping

from backstrong.domain.nutrition.foods import Food, InvalidFood, Portion, custom_food
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.nutrition.nutrients import InvalidNutrients, Nutrients

MAX_NAME = 200
MAX_KCAL_PER_100G = 902.0  # pure fat: 100 g × 9.02 kcal/g (Atwater)
FIELDS = ("name", "kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g", "portion", "portion_g")


def _number(fields: Mapping[str, str], key: str, upper: float, required: bool = False) -> float:
    text = (fields.get(key) or "").strip().replace(",", ".")
    if not text:
        if required:
            raise InvalidInput(key, "", "give a number per 100 g")
        return 0.0
    try:
        value = float(text)
    except ValueError:
        raise InvalidInput(key, text, "give a number per 100 g, e.g. 12.5") from None
    if not math.isfinite(value) or not 0 <= value <= upper:
        raise InvalidInput(key, text, f"must be between 0 and {upper:g} per 100 g")
    return value


def new_food_id(name: str) -> str:
    slug = "-".join(re.findall(r"[a-z0-9]+", name.casefold()))[:40] or "food"
    return f"custom-{slug}-{uuid.uuid4().hex[:8]}"


def read_custom_food(fields: Mapping[str, str], food_id: str | None = None) -> Food:
    """The food described by ``fields`` (see FIELDS); ``food_id`` keeps an edited food's id."""
    name = " ".join((fields.get("name") or "").split())
    if not name or len(name) > MAX_NAME:
        raise InvalidInput("name", name[:40], f"give a name of 1 to {MAX_NAME} characters")
    kcal = _number(fields, "kcal", MAX_KCAL_PER_100G, required=True)
    macros = [_number(fields, key, 100.0) for key in ("protein_g", "fat_g", "carbohydrate_g")]
    fibre = _number(fields, "fiber_g", 100.0)
    portions: tuple[Portion, ...] = ()
    portion = (fields.get("portion") or "").strip()
    if portion:
        grams = _number(fields, "portion_g", 5000.0, required=True)
        if grams <= 0:
            raise InvalidInput("portion_g", fields.get("portion_g"), "must be above 0 g")
        portions = (Portion(portion[:60], grams),)
    try:
        # Typed as on an EU label (carbohydrate without fibre); kept as total carbohydrate by
        # difference, fibre included, like the bundled and USDA foods, so a day adds up alike.
        nutrients = Nutrients(kcal, macros[0], macros[1], macros[2] + fibre, fibre)
        return custom_food(food_id or new_food_id(name), name, nutrients, portions)
    except (InvalidFood, InvalidNutrients) as exc:
        raise InvalidInput("protein_g", "", str(exc)) from None
