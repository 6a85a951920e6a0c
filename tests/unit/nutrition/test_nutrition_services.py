"""Nutrition and diary use cases against in-memory fakes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from backstrong.domain.body.trend import WeightEntry
from backstrong.domain.nutrition.diary import Meal
from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.services.nutrition import diary
from backstrong.services.nutrition import service as nutrition
from tests.fakes import FakeUnitOfWork, accounts_over

TODAY = date(2026, 3, 10)
BASICS = {"sex": "female", "age": "35", "height": "5 ft 4 in", "activity": "light"}


def _person(uow: FakeUnitOfWork):
    return accounts_over(uow).local_user()


def _food(food_id: str, name: str) -> Food:
    return Food(food_id, name, Nutrients(100, 5, 5, 10), source="usda-sr28")


def _shelf() -> nutrition.FoodShelf:
    egg = Food("egg", "Egg, whole", Nutrients(143, 12.6, 9.5, 0.7), (Portion("large", 50),))
    return nutrition.FoodShelf.of([egg])


def _weighed(uow: FakeUnitOfWork, user, kilograms: float = 68.0) -> None:
    uow.weight_entries.add(user.id, WeightEntry(datetime(2026, 3, 9, 7, tzinfo=UTC), kilograms))


def test_the_first_profile_needs_sex_age_height_and_activity():
    uow = FakeUnitOfWork()
    with pytest.raises(nutrition.MissingProfile) as caught:
        nutrition.update_profile(uow, _person(uow), {"sex": "female"}, TODAY)
    assert "age (or birth year), height, activity" in str(caught.value)
    assert caught.value.field == "age"
    assert uow.nutrition_profiles.rows == {}


def test_later_changes_keep_the_rest_of_the_profile():
    uow = FakeUnitOfWork()
    user = _person(uow)
    nutrition.update_profile(uow, user, BASICS, TODAY)
    profile = nutrition.update_profile(uow, user, {"goal": "lose-1", "protein": "2"}, TODAY)
    assert profile.birth_year == 1991 and profile.activity.value == "light"
    assert profile.goal.label == "lose-1" and profile.protein_g_per_kg == 2.0


def test_a_bad_field_stores_nothing_and_names_itself():
    uow = FakeUnitOfWork()
    user = _person(uow)
    nutrition.update_profile(uow, user, BASICS, TODAY)
    with pytest.raises(InvalidInput, match=r"height '5 ft 14 in': inches must be below 12"):
        nutrition.update_profile(uow, user, {"goal": "lose-1", "height": "5 ft 14 in"}, TODAY)
    assert nutrition.get_profile(uow, user).goal.label == "maintain"


def test_the_target_uses_the_latest_weigh_in_or_says_what_is_missing():
    uow = FakeUnitOfWork()
    user = _person(uow)
    with pytest.raises(nutrition.MissingProfile, match="profile"):
        nutrition.target_for(uow, user, TODAY)
    nutrition.update_profile(uow, user, BASICS, TODAY)
    with pytest.raises(nutrition.MissingProfile, match="weight"):
        nutrition.target_for(uow, user, TODAY)
    _weighed(uow, user)
    assert nutrition.target_for(uow, user, TODAY).target_kcal > 1200


def test_an_import_skips_foods_already_there_and_repeats_in_the_file():
    uow = FakeUnitOfWork()
    user = _person(uow)
    first = nutrition.import_foods(uow, user, [_food("usda-1", "Kale"), _food("usda-2", "Zander")])
    again = nutrition.import_foods(
        uow, user, [_food("usda-2", "Zander"), _food("usda-3", "Rye"), _food("usda-3", "Rye")]
    )
    assert (first.added, first.already_there) == (2, 0)
    assert (again.added, again.already_there, again.total_foods) == (1, 2, 3)


def test_search_merges_the_persons_own_foods_only():
    uow = FakeUnitOfWork()
    me, other = _person(uow), uow.users.add("other@example.org", "x")
    nutrition.import_foods(uow, me, [_food("usda-9", "Smoked zander")])
    assert [f.id for f in nutrition.search_foods(uow, me, _shelf(), "zander")] == ["usda-9"]
    assert nutrition.search_foods(uow, other, _shelf(), "zander") == []
    assert nutrition.search_foods(uow, None, _shelf(), "egg")[0].id == "egg"


def test_the_clock_picks_the_meal_when_none_is_named():
    from datetime import time

    assert diary.meal_for(None, time(7, 30)) is Meal.BREAKFAST
    assert diary.meal_for("", time(12, 0)) is Meal.LUNCH
    assert diary.meal_for(None, time(19, 0)) is Meal.DINNER
    assert diary.meal_for(None, time(23, 0)) is Meal.SNACKS
    assert diary.meal_for("Snack", time(7, 0)) is Meal.SNACKS
    with pytest.raises(InvalidInput, match="meal 'brunch'"):
        diary.meal_for("brunch", time(7, 0))


def test_a_day_counts_as_complete_by_mark_or_once_it_is_over():
    assert diary.counts_as_complete(date(2026, 3, 9), True, None, TODAY)
    assert not diary.counts_as_complete(TODAY, True, None, TODAY)
    assert not diary.counts_as_complete(date(2026, 3, 9), False, None, TODAY)
    assert diary.counts_as_complete(TODAY, True, True, TODAY)
    assert not diary.counts_as_complete(date(2026, 3, 9), True, False, TODAY)


def test_the_day_summary_adds_training_energy_only_when_the_profile_asks():
    uow = FakeUnitOfWork()
    user = _person(uow)
    nutrition.update_profile(uow, user, BASICS, TODAY)
    _weighed(uow, user)
    index = nutrition.food_index_for(uow, user, _shelf())
    diary.log_food(uow, user, index, "2 egg", TODAY, Meal.BREAKFAST)
    plain = diary.day_summary(uow, user, TODAY, TODAY, training_kcal=300)
    nutrition.update_profile(uow, user, {"add_training_energy": True}, TODAY)
    trained = diary.day_summary(uow, user, TODAY, TODAY, training_kcal=300)
    assert trained.totals.target_kcal == pytest.approx(plain.totals.target_kcal + 300)
    assert plain.totals.total.kcal == pytest.approx(143)  # two large eggs weigh 100 g


def test_changing_an_entrys_weight_scales_its_nutrients():
    uow = FakeUnitOfWork()
    user = _person(uow)
    index = nutrition.food_index_for(uow, user, _shelf())
    logged = diary.log_food(uow, user, index, "100 g egg", TODAY, Meal.BREAKFAST)
    changed = diary.change_entry(uow, user, logged.id, grams=50, meal=Meal.LUNCH)
    assert changed.entry.nutrients.kcal == pytest.approx(71.5)
    assert changed.entry.meal is Meal.LUNCH
    with pytest.raises(InvalidInput, match="grams"):
        diary.change_entry(uow, user, logged.id, grams=9000)


def test_another_persons_entry_is_not_found():
    uow = FakeUnitOfWork()
    me, other = _person(uow), uow.users.add("other@example.org", "x")
    logged = diary.log_food(
        uow, me, nutrition.food_index_for(uow, me, _shelf()), "1 egg", TODAY, Meal.BREAKFAST
    )
    with pytest.raises(diary.EntryNotFound):
        diary.delete_entry(uow, other, logged.id)
    with pytest.raises(diary.EntryNotFound):
        diary.get_entry(uow, other, logged.id)
    assert diary.get_entry(uow, me, logged.id).entry.food_id == "egg"
