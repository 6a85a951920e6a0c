"""Nutrients add up and scale to portions the way a food label does."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backstrong.domain.nutrition.nutrients import InvalidNutrients, Nutrients, atwater_kcal

amounts = st.floats(min_value=0, max_value=1000, allow_nan=False)
nutrients = st.builds(Nutrients, amounts, amounts, amounts, amounts, amounts)


def test_values_per_100_g_scale_to_the_grams_eaten():
    rice = Nutrients(kcal=130, protein_g=2.7, fat_g=0.3, carbohydrate_g=28.2, fiber_g=0.4)

    cup = rice.for_grams(158)

    assert cup.kcal == pytest.approx(205.4)
    assert cup.protein_g == pytest.approx(4.266)
    assert cup.carbohydrate_g == pytest.approx(44.556)
    assert cup.fiber_g == pytest.approx(0.632)


def test_adding_two_foods_adds_every_nutrient():
    egg = Nutrients(72, 6.3, 4.8, 0.4, 0)
    toast = Nutrients(72, 2.4, 0.9, 13.3, 0.7)

    total = egg + toast

    assert (total.kcal, total.fiber_g) == (144, 0.7)
    assert total.protein_g == pytest.approx(8.7)
    assert total.fat_g == pytest.approx(5.7)
    assert total.carbohydrate_g == pytest.approx(13.7)


def test_zero_is_the_start_of_a_sum():
    meals = [Nutrients(100, 1, 2, 3, 0.5), Nutrients(50, 5, 0, 1, 0)]

    assert sum(meals, Nutrients.zero()) == Nutrients(150, 6, 2, 4, 0.5)


def test_energy_from_macros_uses_4_9_4_kcal_per_gram():
    assert atwater_kcal(protein_g=10, fat_g=10, carbohydrate_g=10) == 170
    assert Nutrients.from_macros(10, 10, 10, 2).kcal == 170


@pytest.mark.parametrize("field", ["kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g"])
def test_a_negative_amount_is_refused_and_named(field):
    values = dict(kcal=1.0, protein_g=1.0, fat_g=1.0, carbohydrate_g=1.0, fiber_g=1.0)
    values[field] = -1.0

    with pytest.raises(InvalidNutrients, match=field):
        Nutrients(**values)


def test_a_negative_weight_is_refused():
    with pytest.raises(InvalidNutrients, match=r"grams"):
        Nutrients.zero().for_grams(-5)


@given(nutrients, st.floats(0, 2000), st.floats(0, 2000))
def test_two_portions_weigh_the_same_as_one_portion_of_both(per_100g, a, b):
    split = per_100g.for_grams(a) + per_100g.for_grams(b)
    together = per_100g.for_grams(a + b)

    for name in ("kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g"):
        assert math.isclose(
            getattr(split, name), getattr(together, name), rel_tol=1e-9, abs_tol=1e-9
        )


@given(nutrients)
def test_100_grams_are_the_values_per_100_grams(per_100g):
    assert per_100g.for_grams(100) == per_100g
