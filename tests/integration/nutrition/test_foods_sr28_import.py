"""The full USDA SR28 table imports at scale and searches well next to the bundled foods.

Uses the USDA SR28 table from shared/data/usda beside the repository (third-party data for tests
and benchmarks only, not part of it); skipped where it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from backstrong.adapters.files.foods.loader import load_bundled_foods
from backstrong.adapters.files.nutrition.usda import import_usda
from backstrong.domain.nutrition.food_search import FoodIndex

USDA_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "usda"
SR28_FLAT = USDA_DATA / "sr28_foods_macros.csv"
SR28_FDC_CSV = USDA_DATA / "fdc-csv"
SR28_FOODS = 8789  # foods in USDA SR28

needs_sr28 = pytest.mark.skipif(not SR28_FLAT.exists(), reason="shared/data/usda not present")


@pytest.fixture(scope="module")
def sr28():
    return import_usda(SR28_FLAT)


@needs_sr28
def test_every_sr28_food_imports_once(sr28):
    assert len(sr28.foods) == SR28_FOODS
    assert sr28.skipped == ()
    assert len({food.id for food in sr28.foods}) == SR28_FOODS


@needs_sr28
@pytest.mark.parametrize(
    ("ndb", "kcal", "protein", "fat", "carbs"),
    [
        ("01001", 717, 0.85, 81.11, 0.06),  # butter, salted
        ("09003", 52, 0.26, 0.17, 13.81),  # apples, raw, with skin
        ("05062", 120, 22.5, 2.62, 0),  # chicken breast, raw
    ],
)
def test_published_values_come_through_unchanged(sr28, ndb, kcal, protein, fat, carbs):
    food = next(food for food in sr28.foods if food.id == f"usda-sr28-{ndb}")

    assert (food.per_100g.kcal, food.per_100g.protein_g) == (kcal, protein)
    assert (food.per_100g.fat_g, food.per_100g.carbohydrate_g) == (fat, carbs)


@needs_sr28
def test_branded_rows_keep_their_manufacturer(sr28):
    branded = [food for food in sr28.foods if food.brand]

    assert len(branded) == 1707  # rows of that table that name a manufacturer


@pytest.mark.skipif(not SR28_FDC_CSV.exists(), reason="shared/data/usda/fdc-csv not present")
def test_the_same_foods_in_the_fdc_csv_layout_import_alike():
    result = import_usda(SR28_FDC_CSV)
    butter = next(food for food in result.foods if food.id == "usda-1001")

    assert len(result.foods) == SR28_FOODS
    assert butter.per_100g.kcal == 717
    assert butter.per_100g.fat_g == 81.11


@needs_sr28
def test_everyday_foods_lead_the_search_over_the_whole_table(sr28):
    index = FoodIndex.build([*load_bundled_foods(), *sr28.foods])

    assert index.search("chicken breast")[0].id == "chicken-breast-cooked"
    assert index.search("egg")[0].id == "egg-whole"
    assert "rice-white-cooked" in [food.id for food in index.search("rice")[:3]]
    assert all(food.brand is None for food in index.search("chicken breast")[:10])
