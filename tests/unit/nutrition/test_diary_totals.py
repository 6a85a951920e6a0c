"""A day's food adds up per meal and overall, and shows what is left of the target."""

from __future__ import annotations

from datetime import date

import pytest

from backstrong.domain.nutrition.diary import DiaryEntry, Meal, ParsedEntry, day_totals
from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.nutrients import Nutrients

MONDAY = date(2026, 3, 2)
EGG = Food("egg", "Egg", Nutrients(143, 12.6, 9.5, 0.7), (Portion("large", 50),))
OATS = Food("oats", "Oats", Nutrients(379, 13.2, 6.5, 67.7, 10.1), (Portion("cup", 81),))


def an_entry(food: Food, grams: float, meal: Meal = Meal.BREAKFAST, day: date = MONDAY):
    return DiaryEntry.log(food, grams, day, meal)


def test_each_meal_adds_up_its_own_entries():
    totals = day_totals(
        [an_entry(EGG, 100), an_entry(OATS, 40), an_entry(EGG, 50, Meal.DINNER)], 2000
    )

    assert totals.per_meal[Meal.BREAKFAST].kcal == pytest.approx(143 + 151.6)
    assert totals.per_meal[Meal.DINNER].kcal == pytest.approx(71.5)
    assert totals.per_meal[Meal.LUNCH] == Nutrients.zero()
    assert totals.per_meal[Meal.SNACKS] == Nutrients.zero()


def test_the_day_total_and_what_remains_of_the_target():
    totals = day_totals([an_entry(EGG, 100), an_entry(OATS, 100, Meal.SNACKS)], 2000)

    assert totals.total.kcal == pytest.approx(522)
    assert totals.total.protein_g == pytest.approx(25.8)
    assert totals.remaining_kcal == pytest.approx(1478)
    assert not totals.over_target


def test_going_over_the_target_leaves_a_negative_remainder():
    totals = day_totals([an_entry(OATS, 600)], 2000)

    assert totals.remaining_kcal == pytest.approx(-274)
    assert totals.over_target


def test_an_empty_day_is_all_zero_and_the_whole_target_remains():
    totals = day_totals([], 1800)

    assert totals.total == Nutrients.zero()
    assert set(totals.per_meal) == set(Meal)
    assert totals.remaining_kcal == 1800


def test_without_a_target_nothing_remains_to_count():
    totals = day_totals([an_entry(EGG, 50)])

    assert totals.target_kcal is None
    assert totals.remaining_kcal is None
    assert not totals.over_target


def test_entries_from_two_days_are_refused():
    entries = [an_entry(EGG, 50), an_entry(EGG, 50, day=date(2026, 3, 3))]

    with pytest.raises(ValueError, match=r"2026-03-02, 2026-03-03"):
        day_totals(entries, 2000)


def test_a_target_must_be_positive():
    with pytest.raises(ValueError, match=r"target_kcal '0'"):
        day_totals([], 0)


def test_an_entry_keeps_the_nutrients_it_was_logged_with():
    entry = an_entry(EGG, 100)
    edited_egg = Food("egg", "Egg", Nutrients(200, 10, 15, 1))

    assert entry.nutrients.kcal == 143
    assert entry.food_name == "Egg"
    assert edited_egg.per_100g.kcal != entry.nutrients.kcal


def test_a_parsed_line_becomes_an_entry_with_its_portion():
    parsed = ParsedEntry(EGG, 100, "large", "2", 2)

    entry = DiaryEntry.from_parsed(parsed, MONDAY, Meal.LUNCH, text="2 eggs")

    assert entry.portion_label == "2 large (100 g)"
    assert entry.text == "2 eggs"
    assert entry.nutrients.kcal == 143


def test_an_entry_needs_a_weight():
    with pytest.raises(ValueError, match=r"grams '0'"):
        an_entry(EGG, 0)


@pytest.mark.parametrize(
    ("text", "meal"),
    [("Breakfast", Meal.BREAKFAST), ("snack", Meal.SNACKS), (" DINNER ", Meal.DINNER)],
)
def test_meal_names_are_read_in_any_case(text, meal):
    assert Meal.parse(text) is meal


def test_an_unknown_meal_lists_the_accepted_ones():
    with pytest.raises(
        ValueError, match=r"meal 'brunch': use one of breakfast, lunch, dinner, snacks"
    ):
        Meal.parse("brunch")
