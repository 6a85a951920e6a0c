"""The shared cache of Open Food Facts products (one row per barcode, for everyone)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backstrong.adapters.db.nutrition.open_food_facts_tables import OpenFoodFactsProductRow
from backstrong.domain.nutrition.barcodes import (
    OPEN_FOOD_FACTS_LICENCE,
    OPEN_FOOD_FACTS_SOURCE,
    SERVING,
    product_food_id,
)
from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.services.ports.open_food_facts import CachedProduct


def _product(row: OpenFoodFactsProductRow) -> CachedProduct:
    nutrients = Nutrients(row.kcal, row.protein_g, row.fat_g, row.carbohydrate_g, row.fiber_g)
    portions = () if row.serving_grams is None else (Portion(SERVING, row.serving_grams),)
    food = Food(
        id=product_food_id(row.barcode),
        name=row.name,
        per_100g=nutrients,
        portions=portions,
        category="packaged",
        source=OPEN_FOOD_FACTS_SOURCE,
        licence=OPEN_FOOD_FACTS_LICENCE,
        brand=row.brand,
    )
    return CachedProduct(row.barcode, food, row.fetched_at)


def _fill(row: OpenFoodFactsProductRow, product: CachedProduct) -> None:
    food, n = product.food, product.food.per_100g
    serving = food.portion(SERVING)
    row.name, row.brand = food.name, food.brand
    row.kcal, row.protein_g, row.fat_g = n.kcal, n.protein_g, n.fat_g
    row.carbohydrate_g, row.fiber_g = n.carbohydrate_g, n.fiber_g
    row.serving_grams = None if serving is None else serving.grams
    row.fetched_at = product.fetched_at


class SqlOpenFoodFactsProducts:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _row(self, barcode: str) -> OpenFoodFactsProductRow | None:
        stmt = select(OpenFoodFactsProductRow).where(OpenFoodFactsProductRow.barcode == barcode)
        return self._s.scalar(stmt)

    def get(self, barcode: str) -> CachedProduct | None:
        row = self._row(barcode)
        return _product(row) if row else None

    def save(self, product: CachedProduct) -> None:
        row = self._row(product.barcode)
        if row is not None:
            _fill(row, product)
            self._s.flush()
            return
        try:
            with self._s.begin_nested():  # another request may store the same barcode at once
                row = OpenFoodFactsProductRow(barcode=product.barcode)
                _fill(row, product)
                self._s.add(row)
        except IntegrityError:
            stored = self._row(product.barcode)
            if stored is not None:
                _fill(stored, product)
                self._s.flush()
