"""A diary line naming several foods is split into parts, each read on its own."""

from __future__ import annotations

import pytest

from backstrong.domain.nutrition.diary import UnreadableEntry
from backstrong.domain.nutrition.diary_lines import read_line, split_line
from backstrong.domain.nutrition.food_search import FoodIndex
from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.nutrients import Nutrients


def _food(food_id: str, name: str, *portions: Portion, aliases: tuple[str, ...] = ()) -> Food:
    return Food(food_id, name, Nutrients(100, 5, 5, 10), portions, aliases, everyday=True)


BREAD = _food("bread-ww", "Bread, whole wheat", Portion("slice", 32), aliases=("wholemeal toast",))
BUTTER = _food("butter", "Butter", Portion("tbsp", 14.2), Portion("pat", 5))
JAM = _food("jam", "Jam", Portion("tbsp", 20))
EGG = _food("egg", "Egg", Portion("large", 50))
COFFEE = _food("coffee", "Coffee", Portion("cup", 237))
MILK = _food("milk", "Milk", Portion("cup", 244))
HALF = _food("half-and-half", "Half and half", Portion("tbsp", 15))
LATTE = _food("coffee-milk", "Coffee with milk", Portion("cup", 240))
SHELF = [BREAD, BUTTER, JAM, EGG, COFFEE, MILK, HALF]
INDEX = FoodIndex.build(SHELF)


def _foods(text: str, index: FoodIndex = INDEX) -> list[tuple[str, float]]:
    reading = read_line(text, index)
    assert reading.complete, reading
    return [(p.parsed.food.id, p.parsed.grams) for p in reading.parts if p.parsed]


def test_a_slice_of_wholemeal_toast_with_butter_is_two_foods():
    assert _foods("a slice of wholemeal toast with butter") == [("bread-ww", 32), ("butter", 14.2)]


def test_commas_and_and_separate_foods_with_their_own_amounts():
    assert _foods("2 eggs, 1 coffee and 2 tbsp jam") == [("egg", 100), ("coffee", 237), ("jam", 40)]


def test_coffee_with_milk_is_two_foods_unless_a_food_has_that_name():
    assert [food for food, _ in _foods("1 coffee with milk")] == ["coffee", "milk"]
    with_latte = FoodIndex.build([*SHELF, LATTE])
    assert _foods("1 coffee with milk", with_latte) == [("coffee-milk", 240)]


def test_a_food_whose_name_holds_and_stays_whole():
    assert split_line("coffee with half and half", INDEX) == ["coffee", "half and half"]


def test_a_part_naming_no_food_comes_back_with_the_closest_foods():
    reading = read_line("2 eggs and 1 slice of rye butter toast", INDEX)
    assert not reading.complete
    [unread] = reading.unread
    assert unread.text == "1 slice of rye butter toast"
    assert "no food matches" in unread.problem
    assert {food.id for food in unread.candidates} >= {"butter", "bread-ww"}
    assert reading.parts[0].parsed is not None


def test_an_empty_line_is_refused():
    with pytest.raises(UnreadableEntry):
        read_line("  ", INDEX)


def test_picking_a_candidate_rewrites_the_line_so_it_reads_whole():
    reading = read_line("2 eggs and 1 slice of rye butter toast", INDEX)
    [unread] = reading.unread
    again = reading.choosing(unread, BREAD)
    assert again == "2 eggs, 1 slice of bread whole wheat"
    assert _foods(again) == [("egg", 100), ("bread-ww", 32)]


def test_picking_a_food_without_the_portion_named_keeps_only_the_quantity():
    reading = read_line("2 slices of rye butter toast", INDEX)
    assert reading.choosing(reading.unread[0], BUTTER) == "2 butter"
