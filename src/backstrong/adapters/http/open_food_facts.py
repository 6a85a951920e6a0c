"""Open Food Facts products: looked up by barcode through the `openfoodfacts` SDK and read into
a Food with values per 100 g (the shape of the API v2 product response).

The SDK (and `requests`) load only when a barcode is really asked for, with a short time-out, so
a server without internet answers quickly that it cannot reach Open Food Facts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any

from backstrong import __version__
from backstrong.domain.nutrition.barcodes import (
    OPEN_FOOD_FACTS_LICENCE,
    OPEN_FOOD_FACTS_SOURCE,
    SERVING,
    product_food_id,
)
from backstrong.domain.nutrition.diary import WATER_DENSITY_G_PER_ML
from backstrong.domain.nutrition.foods import Food, InvalidFood, Portion
from backstrong.domain.nutrition.nutrients import InvalidNutrients, Nutrients, atwater_kcal
from backstrong.domain.units import convert
from backstrong.services.ports.open_food_facts import (
    LookupsTurnedOff,
    LookupUnavailable,
    UnusableProduct,
)

if TYPE_CHECKING:
    from openfoodfacts import API

USER_AGENT = f"Backstrong/{__version__} (self-hosted)"  # Open Food Facts asks every app for one
TIMEOUT_SECONDS = 5  # a look-up is interactive: better a quick "offline" than a long wait
FIELDS = (
    "code", "product_name", "product_name_en", "generic_name", "generic_name_en", "brands",
    "serving_size", "serving_quantity", "serving_quantity_unit", "nutriments",
)  # fmt: skip
MAX_NAME_LENGTH = 200  # characters kept of a product's name or brand
_MACROS = {"protein_g": "proteins", "fat_g": "fat", "carbohydrate_g": "carbohydrates",
           "fiber_g": "fiber"}  # fmt: skip
_SERVING_IN_TEXT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(g|ml)\b", re.IGNORECASE)


def import_sdk() -> ModuleType:
    """The SDK's ``openfoodfacts.api`` module. Importing the SDK raises the csv module's field
    size limit for the whole process (its dataset reader wants huge fields); the limit is put
    back, so the training importers still refuse runaway fields."""
    import csv

    limit = csv.field_size_limit()
    try:
        import openfoodfacts.api
    finally:
        csv.field_size_limit(limit)
    return openfoodfacts.api


class OpenFoodFactsClient:
    """The :class:`ProductLookup` port over the Open Food Facts API (world database, API v2)."""

    def __init__(self, user_agent: str = USER_AGENT, timeout_seconds: int = TIMEOUT_SECONDS):
        self.user_agent = user_agent
        self.timeout_seconds = timeout_seconds

    @cached_property
    def _api(self) -> API:
        api: API = import_sdk().API(user_agent=self.user_agent, timeout=self.timeout_seconds)
        return api

    def product(self, barcode: str) -> Food | None:
        import requests

        try:
            data = self._api.product.get(barcode, fields=list(FIELDS))
        except requests.Timeout as exc:
            raise LookupUnavailable(f"no answer within {self.timeout_seconds} s") from exc
        except requests.ConnectionError as exc:
            raise LookupUnavailable("no connection") from exc
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else "?"
            raise LookupUnavailable(f"the service answered with error {status}") from exc
        except (requests.RequestException, ValueError, KeyError, TypeError) as exc:
            raise LookupUnavailable("an answer that could not be read") from exc
        if not isinstance(data, Mapping):
            return None
        return food_from_product(barcode, data)


def food_from_product(barcode: str, product: Mapping[str, Any]) -> Food:
    """A product of the API v2 response as a Food: energy from ``energy-kcal_100g``, else
    ``energy_100g`` (kJ) converted, else 4P + 9F + 4C; protein, fat, carbohydrates and fiber
    per 100 g; the serving size as the "serving" portion. Raises UnusableProduct."""
    nutriments = product.get("nutriments")
    values = nutriments if isinstance(nutriments, Mapping) else {}
    macros = {key: _number(values.get(f"{name}_100g")) for key, name in _MACROS.items()}
    kcal = _kcal(values, macros)
    if kcal is None:
        raise UnusableProduct(
            f"barcode '{barcode}': Open Food Facts gives no energy per 100 g for this product,"
            " so it cannot be logged; log it by weight with a close food instead"
        )
    try:
        nutrients = Nutrients(kcal, *(macros[key] or 0.0 for key in _MACROS))
        return Food(
            id=product_food_id(barcode),
            name=_name(barcode, product),
            per_100g=nutrients,
            portions=_serving(product),
            category="packaged",
            source=OPEN_FOOD_FACTS_SOURCE,
            licence=OPEN_FOOD_FACTS_LICENCE,
            brand=_brand(product),
        )
    except (InvalidFood, InvalidNutrients) as exc:
        raise UnusableProduct(
            f"barcode '{barcode}': Open Food Facts' nutrition facts for this product do not add"
            f" up ({exc}); log it by weight with a close food instead"
        ) from exc


def _number(value: object) -> float | None:
    """A nutrient amount as the API gives it (a number, or sometimes text); None if absent."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value.replace(",", ".") if isinstance(value, str) else value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _kcal(values: Mapping[str, Any], macros: Mapping[str, float | None]) -> float | None:
    kcal = _number(values.get("energy-kcal_100g"))
    if kcal is not None:
        return kcal
    for key in ("energy_100g", "energy-kj_100g"):  # "energy" is always in kJ
        kilojoules = _number(values.get(key))
        if kilojoules is not None:
            return convert(kilojoules, "kilojoule", "kilocalorie")
    protein, fat, carbohydrate = (macros[key] for key in ("protein_g", "fat_g", "carbohydrate_g"))
    if protein is None or fat is None or carbohydrate is None:
        return None
    return atwater_kcal(protein, fat, carbohydrate)


def _text(value: object) -> str:
    return " ".join(str(value).split())[:MAX_NAME_LENGTH] if isinstance(value, str) else ""


def _name(barcode: str, product: Mapping[str, Any]) -> str:
    for key in ("product_name", "product_name_en", "generic_name", "generic_name_en"):
        name = _text(product.get(key))
        if name:
            return name
    return f"Product {barcode}"


def _brand(product: Mapping[str, Any]) -> str | None:
    first = _text(product.get("brands")).split(",")[0].strip()
    return first or None


def _serving(product: Mapping[str, Any]) -> tuple[Portion, ...]:
    """The serving size in grams (a millilitre counted as a gram of water), when given."""
    quantity = _number(product.get("serving_quantity"))
    unit = _text(product.get("serving_quantity_unit")).lower() or "g"
    if quantity is None:
        found = _SERVING_IN_TEXT.search(_text(product.get("serving_size")))
        if found is None:
            return ()
        quantity, unit = _number(found[1]), found[2].lower()
    if quantity is None or quantity <= 0 or unit not in ("g", "ml"):
        return ()
    grams = quantity * WATER_DENSITY_G_PER_ML if unit == "ml" else quantity
    return (Portion(SERVING, grams),)


class OfflineLookups:
    """Online look-ups turned off (BACKSTRONG_OPEN_FOOD_FACTS=off): every barcode not saved
    here yet is unavailable, with the reason said plainly."""

    def product(self, barcode: str) -> Food | None:
        raise LookupsTurnedOff("online look-ups are turned off on this server")
