"""Search puts a person's recent and frequent foods first among equally good matches."""

from __future__ import annotations

from datetime import date, timedelta

from backstrong.domain.nutrition.food_ranking import FoodUsage, personal_matches, recent_foods
from backstrong.domain.nutrition.food_search import FoodIndex
from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.nutrients import Nutrients
from tests.fakes import FakeUnitOfWork, accounts_over
from tests.fakes_nutrition import nutrition_service

TODAY = date(2026, 3, 10)


def _food(food_id: str, name: str, everyday: bool = True) -> Food:
    return Food(food_id, name, Nutrients(60, 3, 3, 5), (Portion("cup", 244),), everyday=everyday)


MILKS = [
    _food("milk-whole", "Milk, whole"),
    _food("milk-skim", "Milk, skim"),
    _food("milk-oat", "Milk, oat"),
    _food("milkshake", "Milkshake, chocolate"),
]
INDEX = FoodIndex.build(MILKS)


def _names(usage: dict[str, FoodUsage], text: str = "milk") -> list[str]:
    return [m.food.id for m in personal_matches(INDEX, text, 10, usage, TODAY)]


def test_without_habits_the_index_order_stands():
    assert _names({}) == [m.food.id for m in INDEX.matches("milk", 10)]


def test_a_food_logged_yesterday_comes_before_one_logged_often_long_ago():
    usage = {
        "milk-oat": FoodUsage(1, TODAY - timedelta(days=1)),
        "milk-skim": FoodUsage(30, TODAY - timedelta(days=60)),
    }
    assert _names(usage)[:2] == ["milk-oat", "milk-skim"]


def test_a_typo_match_does_not_jump_ahead_of_good_matches():
    usage = {"milkshake": FoodUsage(9, TODAY)}
    assert _names(usage, "milk whole")[0] == "milk-whole"


def test_an_empty_box_lists_recent_then_frequent_foods():
    usage = {
        "milk-skim": FoodUsage(30, TODAY - timedelta(days=40)),
        "milk-oat": FoodUsage(2, TODAY - timedelta(days=3)),
        "milk-whole": FoodUsage(5, TODAY - timedelta(days=2)),
    }
    assert recent_foods(usage, TODAY, 10) == ["milk-whole", "milk-oat", "milk-skim"]


def test_the_service_ranks_by_the_persons_own_diary_only():
    uow = FakeUnitOfWork()
    accounts = accounts_over(uow)
    ana = accounts.local_user()
    nutrition = nutrition_service(uow, TODAY, MILKS)
    nutrition.eat(ana, "1 cup oat milk", meal="breakfast", day=TODAY)
    found = nutrition.find_foods(ana, "milk", 5)
    assert found[0].food.id == "milk-oat" and found[0].times_logged == 1
    assert [f.food.id for f in nutrition.find_foods(ana, "", 5)] == ["milk-oat"]
    assert nutrition.find_foods(None, "milk", 5)[0].times_logged == 0
