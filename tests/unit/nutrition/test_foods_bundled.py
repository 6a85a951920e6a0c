"""The bundled table of everyday foods is large, consistent, and checked on load."""

from __future__ import annotations

import csv
import io
from importlib import resources

import pytest

from backstrong.adapters.files.foods.loader import (
    COLUMNS,
    FoodsFileError,
    load_bundled_foods,
    parse_foods_csv,
)

KCAL_PER_G_ALCOHOL = 7.0  # Atwater general factor for ethanol
FIBER_ALLOWANCE_KCAL_PER_G = 2.0  # fiber yields ~2 kcal/g rather than 4 (FAO 2003)
ENERGY_TOLERANCE_FRACTION = 0.08  # specific Atwater factors move energy a few % from 4/9/4
ENERGY_TOLERANCE_KCAL = 12.0  # floor for foods with little energy


def bundled_rows() -> list[dict[str, str]]:
    text = resources.files("backstrong.adapters.files.foods").joinpath("bundled.csv").read_text()
    return list(csv.DictReader(io.StringIO(text)))


def a_table(*rows: str) -> str:
    return "\n".join([",".join(COLUMNS), *rows]) + "\n"


GOOD_ROW = "egg,Egg,eggs,1,143,12.6,9.5,0.7,0,,,large=50|medium=44,egg|eggs"


def test_there_are_at_least_300_everyday_foods_with_unique_ids():
    foods = load_bundled_foods()

    assert len(foods) >= 300
    assert len({food.id for food in foods}) == len(foods)
    assert all(food.everyday and food.source == "backstrong" for food in foods)


def test_household_portions_named_in_the_issue_are_there():
    foods = {food.id: food for food in load_bundled_foods()}

    assert foods["egg-whole"].portion("large").grams == 50
    assert foods["rice-white-cooked"].portion("cup").grams == 158
    assert foods["banana"].default_portion.name == "medium"


def energy_is_consistent(row: dict[str, str]) -> bool:
    protein, fat, carbs, fiber, alcohol = (
        float(row[c] or 0) for c in ("protein_g", "fat_g", "carbohydrate_g", "fiber_g", "alcohol_g")
    )
    expected = (
        4 * protein
        + 9 * fat
        + 4 * carbs
        - (4 - FIBER_ALLOWANCE_KCAL_PER_G) * fiber
        + KCAL_PER_G_ALCOHOL * alcohol
    )
    tolerance = max(ENERGY_TOLERANCE_KCAL, ENERGY_TOLERANCE_FRACTION * expected)
    tolerance += FIBER_ALLOWANCE_KCAL_PER_G * fiber
    return abs(float(row["kcal"]) - expected) <= tolerance


def test_energy_agrees_with_the_macronutrients_of_every_food():
    wrong = [row["id"] for row in bundled_rows() if not energy_is_consistent(row)]

    assert wrong == [], "check kcal and macros of these foods"


def test_the_energy_check_catches_a_slipped_decimal_point_or_swapped_columns():
    chicken = dict(kcal="165", protein_g="31", fat_g="3.6", carbohydrate_g="0", fiber_g="0")
    chicken["alcohol_g"] = ""

    assert energy_is_consistent(chicken)
    assert not energy_is_consistent({**chicken, "kcal": "16.5"})
    assert not energy_is_consistent({**chicken, "protein_g": "3.6", "fat_g": "31"})


def test_macros_fit_in_100_grams_and_fiber_is_part_of_carbohydrate():
    for row in bundled_rows():
        protein, fat, carbs, fiber, alcohol = (
            float(row[c] or 0)
            for c in ("protein_g", "fat_g", "carbohydrate_g", "fiber_g", "alcohol_g")
        )
        assert protein + fat + carbs + alcohol <= 100, row["id"]
        assert fiber <= carbs, row["id"]


def test_every_food_has_a_positive_portion_and_a_search_alias():
    for food in load_bundled_foods():
        assert food.portions, food.id
        assert all(portion.grams > 0 for portion in food.portions), food.id
        assert food.aliases, food.id


def test_the_table_is_read_once_and_callers_get_their_own_list():
    first = load_bundled_foods()
    first.clear()

    assert load_bundled_foods()


def test_a_good_row_becomes_a_food():
    [egg] = parse_foods_csv(a_table(GOOD_ROW), "mine.csv")

    assert egg.name == "Egg"
    assert egg.per_100g.kcal == 143
    assert [p.name for p in egg.portions] == ["large", "medium"]
    assert egg.aliases == ("egg", "eggs")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (GOOD_ROW.replace(",143,", ",lots,"), "mine.csv row 2, column 'kcal': 'lots'"),
        (GOOD_ROW.replace(",12.6,", ",-1,"), "row 2, column 'protein_g': '-1'"),
        (GOOD_ROW.replace("large=50", "large=0"), "row 2, column 'portions'"),
        (GOOD_ROW.replace("large=50", "large"), "column 'portions': portion 'large'"),
        (GOOD_ROW.replace(",1,143", ",maybe,143"), "column 'everyday': 'maybe'"),
        (GOOD_ROW.replace("egg,Egg", "egg,"), "column 'name': ''"),
        (GOOD_ROW.replace(",12.6,9.5,0.7,", ",60,30,20,"), "column 'id': .*exceed 100 g"),
    ],
)
def test_a_bad_cell_is_named_by_file_row_and_column(row, message):
    with pytest.raises(FoodsFileError, match=message):
        parse_foods_csv(a_table(row), "mine.csv")


def test_a_repeated_id_names_both_rows():
    with pytest.raises(FoodsFileError, match=r"row 3, column 'id': 'egg' repeats the id of row 2"):
        parse_foods_csv(a_table(GOOD_ROW, GOOD_ROW), "mine.csv")


def test_a_missing_column_is_named():
    text = a_table(GOOD_ROW).replace("fiber_g,", "")

    with pytest.raises(FoodsFileError, match=r"missing column.*fiber_g"):
        parse_foods_csv(text, "mine.csv")
