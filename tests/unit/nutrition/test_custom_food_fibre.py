"""A food of your own is typed as on an EU label (carbohydrate without fibre) and kept as total
carbohydrate with fibre, like the bundled and USDA foods."""

from __future__ import annotations

from backstrong.domain.nutrition.custom_foods import read_custom_food


def test_fibre_typed_apart_is_added_to_the_carbohydrate_kept():
    food = read_custom_food(
        {
            "name": "Seeded rye",
            "kcal": "230",
            "protein_g": "8",
            "fat_g": "4",
            "carbohydrate_g": "38",
            "fiber_g": "9",
        }
    )
    assert food.per_100g.carbohydrate_g == 47
    assert food.per_100g.fiber_g == 9


def test_a_food_without_fibre_keeps_its_carbohydrate():
    food = read_custom_food({"name": "Honey", "kcal": "304", "carbohydrate_g": "82"})
    assert food.per_100g.carbohydrate_g == 82
    assert food.per_100g.fiber_g == 0
