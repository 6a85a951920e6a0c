"""Food search finds what people mean: exact names, then prefixes, then words, then typos."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backstrong.adapters.files.foods.loader import load_bundled_foods
from backstrong.domain.nutrition.food_search import FoodIndex, MatchKind, normalise
from backstrong.domain.nutrition.foods import Food
from backstrong.domain.nutrition.nutrients import Nutrients


def an_imported_food(food_id: str, name: str, brand: str | None = None) -> Food:
    """A food as an import brings it: not everyday, USDA-style name, maybe a brand."""
    return Food(food_id, name, Nutrients(200, 10, 10, 10), brand=brand, source="usda")


IMPORTED = [
    an_imported_food("usda-1", "Chicken breast nuggets, breaded", brand="Crispy Co"),
    an_imported_food("usda-2", "Chicken, broilers or fryers, breast, meat only, cooked, roasted"),
    an_imported_food("usda-3", "Egg, whole, raw, fresh"),
    an_imported_food("usda-4", "Eggplant, raw"),
    an_imported_food("usda-5", "Rice, white, long-grain, regular, enriched, cooked"),
    an_imported_food("usda-6", "Beverages, rice milk, unsweetened"),
]


@pytest.fixture(scope="module")
def index() -> FoodIndex:
    return FoodIndex.build([*load_bundled_foods(), *IMPORTED])


def names(foods: list[Food]) -> list[str]:
    return [food.name for food in foods]


def test_chicken_breast_opens_with_plain_chicken_breast_not_a_branded_nugget(index):
    found = index.search("chicken breast")

    assert found[0].id == "chicken-breast-cooked"
    assert found[0].brand is None
    assert names(found).index("Chicken breast nuggets, breaded") > names(found).index(
        "Chicken, broilers or fryers, breast, meat only, cooked, roasted"
    )


def test_egg_finds_the_whole_egg_first(index):
    assert index.search("egg")[0].id == "egg-whole"
    assert index.search("eggs")[0].id == "egg-whole"


def test_rice_puts_cooked_white_rice_at_the_top(index):
    assert index.search("rice")[0].id == "rice-white-cooked"


def test_everyday_foods_rank_above_imported_ones_with_the_same_match(index):
    found = index.search("egg", limit=40)

    assert names(found).index("Egg, whole, raw") < names(found).index("Egg, whole, raw, fresh")


def test_a_whole_word_prefix_ranks_above_a_longer_word(index):
    found = index.search("egg", limit=40)

    assert names(found).index("Egg, whole, raw, fresh") < names(found).index("Eggplant, raw")


def test_half_typed_words_find_their_food(index):
    assert index.search("chicken bre")[0].name.startswith("Chicken breast")
    assert "Eggplant (aubergine), raw" in names(index.search("eggpl"))


def test_typos_still_find_the_food(index):
    found = index.matches("chiken brest")

    assert found[0].food.id == "chicken-breast-cooked"
    assert found[0].kind is MatchKind.FUZZY
    assert index.search("brocoli")[0].name.startswith("Broccoli")


def test_words_in_any_order_match(index):
    assert "Cheese, cheddar" in names(index.search("cheddar cheese"))


def test_an_exact_match_is_complete_and_a_partial_word_is_not(index):
    exact = index.matches("salt")[0]
    partial = next(m for m in index.matches("salt") if m.food.id == "butter")

    assert exact.food.id == "salt"
    assert exact.complete
    assert not partial.complete


def test_accents_case_and_punctuation_do_not_matter(index):
    assert index.search("CRÈME FRAÎCHE")[0].id == "creme-fraiche"
    assert index.search("  yoghurt!! ")[0].id == "yogurt-plain-whole"


def test_nonsense_and_blank_queries_find_nothing(index):
    assert index.search("xyzzyqq") == []
    assert index.search("   ") == []


def test_the_limit_caps_the_results(index):
    assert len(index.search("chicken", limit=3)) == 3
    assert index.search("chicken", limit=0) == []


def test_one_letter_matches_name_beginnings_only(index):
    found = index.search("c", limit=50)

    def starts_a_word_with_c(food: Food) -> bool:
        keys = [normalise(name) for name in (food.name, *food.aliases)]
        return any(key.startswith("c") for key in keys)

    assert found
    assert all(starts_a_word_with_c(food) for food in found)


def test_normalising_makes_plurals_singular():
    assert normalise("Eggs, Tomatoes & Berries") == "egg tomato and berry"
    assert normalise("hummus") == "hummus"


@given(st.text(max_size=40))
def test_any_text_returns_at_most_the_limit_without_failing(text):
    index = FoodIndex.build(IMPORTED)

    assert len(index.search(text, limit=5)) <= 5
