"""Barcode look-ups at Open Food Facts: the shared cache first, then the service when online; and
logging a looked-up product to a person's diary.

Products are public data under the ODbL, cached once for everyone in their own table, apart from
the foods people import or make. A diary entry stays the person's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from backstrong.domain.nutrition.barcodes import (
    SERVING,
    display_name,
    parse_barcode,
    product_amount,
    product_url,
)
from backstrong.domain.nutrition.diary import DiaryEntry, Meal
from backstrong.domain.nutrition.foods import Food
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.services.errors import NotFound
from backstrong.services.nutrition.diary import check_grams
from backstrong.services.ports.open_food_facts import (
    CachedProduct,
    LookupsTurnedOff,
    LookupUnavailable,
    ProductLookup,
)
from backstrong.services.unit_of_work import UnitOfWork

# A cached product is asked for again after this long, as recipes and labels change
# (*convention*); when Open Food Facts cannot be reached, the older copy is used.
CACHE_MAX_AGE = timedelta(days=180)


class ProductNotFound(NotFound):
    def __init__(self, barcode: str) -> None:
        super().__init__(
            "barcode",
            barcode,
            f"barcode '{barcode}': not found in Open Food Facts; log it by weight with a close"
            " food instead, or add the product at openfoodfacts.org",
        )
        self.barcode = barcode


class ProductUnavailable(Exception):
    """Open Food Facts could not be reached and the product is not cached (the API answers 503:
    try again later)."""

    def __init__(self, barcode: str, reason: str, *, turned_off: bool = False) -> None:
        if turned_off:
            message = (
                f"barcode '{barcode}': {reason} and the product is not saved here; log the"
                " food by weight, or add it as a food of your own"
            )
        else:
            message = (
                f"barcode '{barcode}': Open Food Facts could not be reached ({reason}) and the"
                " product is not saved here yet; try again when online, or log the food by weight"
            )
        super().__init__(message)
        self.barcode = barcode


@dataclass(frozen=True, slots=True)
class BarcodeProduct:
    barcode: str
    food: Food
    fetched_at: datetime
    from_cache: bool
    stale: bool = False  # an old cached copy, used because Open Food Facts was out of reach

    @property
    def name(self) -> str:
        return display_name(self.food)

    @property
    def serving_grams(self) -> float | None:
        serving = self.food.portion(SERVING)
        return None if serving is None else serving.grams

    @property
    def url(self) -> str:
        return product_url(self.barcode)


def look_up(
    uow: UnitOfWork, lookup: ProductLookup, barcode_text: str, now: datetime
) -> BarcodeProduct:
    """The product of a barcode: cached when fresh, else asked online and cached for everyone.

    Raises InvalidInput (bad barcode), ProductNotFound, ProductUnavailable (offline and not
    cached) or UnusableProduct (known, but without energy per 100 g)."""
    barcode = parse_barcode(barcode_text)
    with uow:
        cached = uow.open_food_facts_products.get(barcode)
    if cached is not None and now - cached.fetched_at < CACHE_MAX_AGE:
        return BarcodeProduct(barcode, cached.food, cached.fetched_at, from_cache=True)
    try:
        food = lookup.product(barcode)
    except LookupUnavailable as exc:
        if cached is not None:
            return BarcodeProduct(barcode, cached.food, cached.fetched_at, True, stale=True)
        turned_off = isinstance(exc, LookupsTurnedOff)
        raise ProductUnavailable(barcode, str(exc), turned_off=turned_off) from exc
    if food is None:
        raise ProductNotFound(barcode)
    with uow:
        uow.open_food_facts_products.save(CachedProduct(barcode, food, now))
        uow.commit()
    return BarcodeProduct(barcode, food, now, from_cache=False)


def product_entry(
    product: BarcodeProduct,
    day: date,
    meal: Meal,
    *,
    amount: str | None = None,
    grams: float | None = None,
) -> DiaryEntry:
    """``grams`` (or ``amount``: "150 g", "2 servings"; one serving when neither is given) of
    the product as a diary entry."""
    try:
        eaten, label = product_amount(product.food, amount, grams)
    except InvalidInput as exc:
        if exc.field == "amount":
            exc.field = "text"  # the amount is typed where the entry's text goes
        raise
    check_grams(eaten)
    food = product.food
    return DiaryEntry(
        day,
        meal,
        food.id,
        display_name(food),
        eaten,
        food.nutrients_for(eaten),
        label,
        f"barcode {product.barcode}",
    )
