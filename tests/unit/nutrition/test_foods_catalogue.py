"""Foods, their household portions, and one catalogue of bundled, imported and custom foods."""

from __future__ import annotations

import pytest

from backstrong.domain.nutrition.foods import (
    Food,
    FoodCatalogue,
    InvalidFood,
    Portion,
    UnknownFood,
    custom_food,
)
from backstrong.domain.nutrition.nutrients import Nutrients


def a_food(food_id: str = "banana", name: str = "Banana, raw", **fields) -> Food:
    fields.setdefault("per_100g", Nutrients(89, 1.1, 0.3, 22.8, 2.6))
    return Food(id=food_id, name=name, **fields)


def test_the_first_portion_is_the_default_one():
    banana = a_food(portions=(Portion("medium", 118), Portion("large", 136)))

    assert banana.default_portion == Portion("medium", 118)
    assert banana.portion("LARGE") == Portion("large", 136)
    assert banana.portion("slice") is None


def test_a_food_without_portions_has_no_default():
    assert a_food().default_portion is None


def test_nutrients_for_a_weight_come_from_the_values_per_100_g():
    assert a_food().nutrients_for(118).kcal == pytest.approx(105.02)


def test_a_portion_must_weigh_something():
    with pytest.raises(InvalidFood, match=r"'slice' grams '0'"):
        Portion("slice", 0)


def test_macros_above_100_g_per_100_g_are_refused():
    with pytest.raises(InvalidFood, match=r"must not exceed 100 g"):
        a_food(per_100g=Nutrients(900, 30, 60, 20, 0))


def test_a_food_needs_a_name():
    with pytest.raises(InvalidFood, match=r"name"):
        a_food(name=" ")


def test_a_density_must_be_positive():
    with pytest.raises(InvalidFood, match=r"density_g_per_ml"):
        a_food(density_g_per_ml=0)


def test_a_custom_food_counts_as_everyday_and_says_where_it_comes_from():
    shake = custom_food("custom-7", " My shake ", Nutrients(60, 8, 1, 5), [Portion("glass", 300)])

    assert shake.name == "My shake"
    assert shake.everyday
    assert shake.source == "custom"
    assert shake.default_portion == Portion("glass", 300)


def test_a_later_layer_replaces_a_food_with_the_same_id():
    old = a_food("usda-1", "Old name")
    new = a_food("usda-1", "New name")
    catalogue = FoodCatalogue.layered([a_food()], [old], [new])

    assert len(catalogue) == 2
    assert catalogue["usda-1"].name == "New name"


def test_adding_foods_returns_a_new_catalogue():
    catalogue = FoodCatalogue([a_food()])

    bigger = catalogue.with_foods([a_food("apple", "Apple")])

    assert "apple" in bigger
    assert "apple" not in catalogue
    assert [food.id for food in bigger] == ["banana", "apple"]


def test_an_unknown_id_is_named():
    catalogue = FoodCatalogue()

    assert catalogue.get("nope") is None
    with pytest.raises(UnknownFood, match=r"nope"):
        catalogue["nope"]
