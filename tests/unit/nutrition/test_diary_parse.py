"""Diary lines people type become a food and a weight in grams."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backstrong.adapters.files.foods.loader import load_bundled_foods
from backstrong.domain.nutrition.diary import UnreadableEntry, parse_entry
from backstrong.domain.nutrition.food_search import FoodIndex
from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.nutrients import Nutrients

CUP_ML = 236.5882365  # US cup (pint's "cup")
OUNCE_G = 28.349523125  # avoirdupois ounce


@cache
def bundled_index() -> FoodIndex:
    return FoodIndex.build(load_bundled_foods())


@pytest.fixture
def index() -> FoodIndex:
    return bundled_index()


def a_liquid(food_id: str, name: str, density: float | None = None, **fields) -> Food:
    return Food(food_id, name, Nutrients(50, 1, 1, 8), density_g_per_ml=density, **fields)


@pytest.mark.parametrize(
    ("text", "food_id", "grams", "portion"),
    [
        ("2 eggs", "egg-whole", 100, "large"),
        ("150 g chicken breast", "chicken-breast-cooked", 150, "g"),
        ("1 cup cooked rice", "rice-white-cooked", 158, "cup"),
        ("banana", "banana", 118, "medium"),
        ("half an avocado", "avocado", 75, "medium"),
        ("2 tbsp peanut butter", "peanut-butter", 32, "tbsp"),
        ("1.5 cups milk", "milk-whole", 366, "cup"),
        ("200ml milk", "milk-whole", 206, "ml"),
        ("3 oz salmon", "salmon-cooked", 3 * OUNCE_G, "oz"),
    ],
)
def test_the_examples_from_the_issue_are_read(index, text, food_id, grams, portion):
    entry = parse_entry(text, index)

    assert entry.food.id == food_id
    assert entry.grams == pytest.approx(grams)
    assert entry.portion_label == portion


def test_the_amount_as_written_is_kept(index):
    assert parse_entry("half an avocado", index).quantity_text == "half an"
    assert parse_entry("200ml milk", index).quantity_text == "200ml"
    assert parse_entry("banana", index).quantity_text == ""


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("1 large egg", 50),
        ("a small egg", 38),
        ("2 slices of bread", 54),
        ("a glass of orange juice", 250),
        ("10 almonds", 12),
        ("a handful of almonds", 28),
        ("1/2 cup oats", 40.5),
        ("1 1/2 cups cooked rice", 237),
        ("½ cup cooked rice", 79),
        ("2 x banana", 236),
        ("1 kg potatoes", 1000),
        ("1,5 kg potatoes", 1500),
        ("a cup of tea", 237),
    ],
)
def test_counts_fractions_and_household_portions(index, text, grams):
    assert parse_entry(text, index).grams == pytest.approx(grams)


def test_a_pound_is_453_grams(index):
    assert parse_entry("1 lb beef mince", index).grams == pytest.approx(453.59237)


def test_typos_in_the_food_are_forgiven(index):
    assert parse_entry("2 bananna", index).food.id == "banana"


def test_a_volume_without_a_cup_portion_uses_the_food_density():
    oil = a_liquid("oil", "Oil", density=0.92)
    index = FoodIndex.build([oil])

    assert parse_entry("1 cup oil", index).grams == pytest.approx(CUP_ML * 0.92)
    assert parse_entry("100 ml oil", index).grams == pytest.approx(92)


def test_a_liquid_without_a_density_weighs_like_water():
    index = FoodIndex.build([a_liquid("broth", "Broth")])

    assert parse_entry("1 l broth", index).grams == pytest.approx(1000)
    assert parse_entry("2 tsp broth", index).grams == pytest.approx(2 * CUP_ML / 48)


def test_the_food_own_cup_wins_over_a_volume_conversion():
    spinach = a_liquid("spinach", "Spinach", portions=(Portion("cup", 30),))
    index = FoodIndex.build([spinach])

    assert parse_entry("2 cups spinach", index).grams == 60


def test_pound_cake_is_a_food_name_not_a_pound_of_cake():
    cake = Food("pound-cake", "Pound cake", Nutrients(390, 5, 18, 53), (Portion("slice", 80),))
    index = FoodIndex.build([cake])

    assert parse_entry("pound cake", index).grams == 80


def test_the_description_reads_like_a_portion(index):
    assert parse_entry("2 eggs", index).description == "2 large (100 g)"
    assert parse_entry("150 g chicken breast", index).description == "150 g"


@pytest.mark.parametrize(
    ("text", "position", "problem"),
    [
        ("", 1, "the line is empty"),
        ("0 eggs", 1, "quantity '0' must be above 0"),
        ("200 ml", 7, "no food named after the amount"),
        ("2 xyzzy", 3, "no food matches 'xyzzy'"),
        ("2 slices banana", 3, "'Banana, raw' has no portion 'slices'"),
        ("salt and vinegar crumpets", 1, "no food matches"),
    ],
)
def test_an_unreadable_line_says_where_and_shows_an_example(index, text, position, problem):
    with pytest.raises(UnreadableEntry) as caught:
        parse_entry(text, index)

    message = str(caught.value)
    assert f"'{text}' at position {position}:" in message
    assert problem in message
    assert "150 g chicken breast" in message
    assert caught.value.position == position - 1


def test_a_word_that_only_starts_a_food_name_is_not_that_food(index):
    assert parse_entry("1 tsp salt", index).food.id == "salt"


@given(st.text(max_size=30))
def test_any_line_is_either_read_or_refused_with_a_diary_error(text):
    try:
        entry = parse_entry(text, bundled_index())
    except UnreadableEntry:
        return
    assert entry.grams > 0
