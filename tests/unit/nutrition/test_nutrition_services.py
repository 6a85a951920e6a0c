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
from backstrong.services.nutrition.profile import IncompleteProfile, MissingProfile
from backstrong.services.nutrition.service import NutritionService
from tests.fakes import FakeUnitOfWork, accounts_over
from tests.fakes_nutrition import nutrition_service

TODAY = date(2026, 3, 10)
BASICS = {"sex": "female", "age": "35", "height": "5 ft 4 in", "activity": "light"}


def _person(uow: FakeUnitOfWork):
    return accounts_over(uow).local_user()


def _food(food_id: str, name: str) -> Food:
    return Food(food_id, name, Nutrients(100, 5, 5, 10), source="usda-sr28")


EGG = Food("egg", "Egg, whole", Nutrients(143, 12.6, 9.5, 0.7), (Portion("large", 50),))


def _service(uow: FakeUnitOfWork) -> NutritionService:
    """The service with a shelf of one egg, on TODAY."""
    return nutrition_service(uow, TODAY, [EGG])


def _weighed(uow: FakeUnitOfWork, user, kilograms: float = 68.0) -> None:
    uow.weight_entries.add(user.id, WeightEntry(datetime(2026, 3, 9, 7, tzinfo=UTC), kilograms))


def test_the_first_profile_needs_sex_age_height_and_activity():
    uow = FakeUnitOfWork()
    with pytest.raises(IncompleteProfile) as caught:
        _service(uow).update_profile(_person(uow), {"sex": "female"})
    assert "age (or birth year), height, activity" in str(caught.value)
    assert caught.value.field == "age"
    assert uow.nutrition_profiles.rows == {}


def test_later_changes_keep_the_rest_of_the_profile():
    uow = FakeUnitOfWork()
    user, nutrition = _person(uow), _service(uow)
    nutrition.update_profile(user, BASICS)
    profile = nutrition.update_profile(user, {"goal": "lose-1", "protein": "2"}).profile
    assert profile.birth_year == 1991 and profile.activity.value == "light"
    assert profile.goal.label == "lose-1" and profile.protein_g_per_kg == 2.0


def test_a_bad_field_stores_nothing_and_names_itself():
    uow = FakeUnitOfWork()
    user, nutrition = _person(uow), _service(uow)
    nutrition.update_profile(user, BASICS)
    with pytest.raises(InvalidInput, match=r"height '5 ft 14 in': inches must be below 12"):
        nutrition.update_profile(user, {"goal": "lose-1", "height": "5 ft 14 in"})
    assert nutrition.profile(user).profile.goal.label == "maintain"


def test_the_target_uses_the_latest_weigh_in_or_says_what_is_missing():
    uow = FakeUnitOfWork()
    user, nutrition = _person(uow), _service(uow)
    with pytest.raises(MissingProfile, match="profile"):
        nutrition.target(user)
    nutrition.update_profile(user, BASICS)
    with pytest.raises(MissingProfile, match="weight"):
        nutrition.target(user)
    _weighed(uow, user)
    assert nutrition.target(user).target_kcal > 1200


def test_an_import_skips_foods_already_there_and_repeats_in_the_file():
    uow = FakeUnitOfWork()
    user, nutrition = _person(uow), _service(uow)
    first = nutrition.import_foods(user, [_food("usda-1", "Kale"), _food("usda-2", "Zander")])
    again = nutrition.import_foods(
        user, [_food("usda-2", "Zander"), _food("usda-3", "Rye"), _food("usda-3", "Rye")]
    )
    assert (first.added, first.already_there) == (2, 0)
    assert (again.added, again.already_there, again.total_foods) == (1, 2, 3)


def test_search_merges_the_persons_own_foods_only():
    uow = FakeUnitOfWork()
    me, other = _person(uow), uow.users.add("other@example.org", "x")
    nutrition = _service(uow)
    nutrition.import_foods(me, [_food("usda-9", "Smoked zander")])
    assert [f.id for f in nutrition.search_foods(me, "zander")] == ["usda-9"]
    assert nutrition.search_foods(other, "zander") == []
    assert nutrition.search_foods(None, "egg")[0].id == "egg"


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
    user, nutrition = _person(uow), _service(uow)
    nutrition.update_profile(user, BASICS)
    _weighed(uow, user)
    nutrition.eat(user, "2 egg", meal="breakfast", day=TODAY)
    plain = diary.summarise_day(uow, user, TODAY, TODAY, training_kcal=300)
    nutrition.update_profile(user, {"add_training_energy": True})
    trained = diary.summarise_day(uow, user, TODAY, TODAY, training_kcal=300)
    assert trained.totals.target_kcal == pytest.approx(plain.totals.target_kcal + 300)
    assert plain.totals.total.kcal == pytest.approx(143)  # two large eggs weigh 100 g


def test_changing_an_entrys_weight_scales_its_nutrients():
    uow = FakeUnitOfWork()
    user, nutrition = _person(uow), _service(uow)
    logged = nutrition.eat(user, "100 g egg", meal="breakfast").logged
    changed = nutrition.change_entry(user, logged.id, grams=50, meal="lunch")
    assert changed.entry.nutrients.kcal == pytest.approx(71.5)
    assert changed.entry.meal is Meal.LUNCH
    with pytest.raises(InvalidInput, match="grams"):
        nutrition.change_entry(user, logged.id, grams=9000)


def test_another_persons_entry_is_not_found():
    uow = FakeUnitOfWork()
    me, other = _person(uow), uow.users.add("other@example.org", "x")
    nutrition = _service(uow)
    logged = nutrition.eat(me, "1 egg", meal="breakfast").logged
    with pytest.raises(diary.EntryNotFound):
        nutrition.delete_entry(other, logged.id)
    with pytest.raises(diary.EntryNotFound):
        nutrition.entry(other, logged.id)
    assert nutrition.entry(me, logged.id).entry.food_id == "egg"


def test_the_diary_day_and_meal_are_the_persons_own_in_their_time_zone():
    uow = FakeUnitOfWork()
    user = uow.users.set_time_zone(_person(uow).id, "Pacific/Auckland")
    logged = _service(uow).eat(user, "1 egg").logged  # 12:00 UTC is 01:00 next day there
    assert logged.entry.day == date(2026, 3, 11) and logged.entry.meal is Meal.BREAKFAST
    assert _service(uow).day(user).day == date(2026, 3, 11)
