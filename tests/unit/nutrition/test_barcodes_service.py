"""Barcode look-ups and logging against in-memory fakes: cache first, offline handled."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from backstrong.domain.nutrition.diary import Meal
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.entrypoints.public import shown
from backstrong.entrypoints.public.nutrition import BarcodeProductPublic, DiaryEntryPublic
from backstrong.services.nutrition import open_food_facts
from backstrong.services.nutrition.service import NutritionService
from tests.fakes import FakeUnitOfWork, accounts_over
from tests.fakes_nutrition import nutrition_service
from tests.fakes_open_food_facts import CRISPBREAD, OAT_BAR, FakeOpenFoodFacts

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)
DAY = date(2026, 3, 10)


def test_a_look_up_goes_online_once_then_reuses_the_shared_cache():
    uow, online = FakeUnitOfWork(), FakeOpenFoodFacts()
    first = open_food_facts.look_up(uow, online, OAT_BAR, NOW)
    again = open_food_facts.look_up(uow, FakeOpenFoodFacts(online=False), OAT_BAR, NOW)
    assert online.asked == [OAT_BAR]
    assert (first.from_cache, again.from_cache) == (False, True)
    assert again.food == first.food
    data = shown(BarcodeProductPublic, again)
    assert data["attribution"] == "Data from Open Food Facts, ODbL"
    assert data["licence"] == "ODbL 1.0 (database), DbCL (contents)"
    assert data["url"] == f"https://world.openfoodfacts.org/product/{OAT_BAR}"
    assert data["serving"] == {"grams": 40}


def test_an_old_copy_is_refreshed_online_or_used_as_is_when_offline():
    uow = FakeUnitOfWork()
    open_food_facts.look_up(uow, FakeOpenFoodFacts(), OAT_BAR, NOW)
    later = NOW + open_food_facts.CACHE_MAX_AGE + timedelta(days=1)
    stale = open_food_facts.look_up(uow, FakeOpenFoodFacts(online=False), OAT_BAR, later)
    assert stale.stale and stale.fetched_at == NOW
    fresh = open_food_facts.look_up(uow, FakeOpenFoodFacts(), OAT_BAR, later)
    assert not fresh.stale and fresh.fetched_at == later


def test_offline_without_a_cached_copy_says_so_plainly():
    with pytest.raises(open_food_facts.ProductUnavailable) as caught:
        open_food_facts.look_up(FakeUnitOfWork(), FakeOpenFoodFacts(online=False), OAT_BAR, NOW)
    assert str(caught.value).startswith(f"barcode '{OAT_BAR}': Open Food Facts could not be")
    assert "no connection" in str(caught.value)


def test_an_unknown_barcode_is_not_found_and_nothing_is_cached():
    uow = FakeUnitOfWork()
    with pytest.raises(open_food_facts.ProductNotFound, match="not found in Open Food Facts"):
        open_food_facts.look_up(uow, FakeOpenFoodFacts(), "4006381333931", NOW)
    assert uow.open_food_facts_products.rows == {}


def test_a_bad_barcode_is_refused_before_asking_anyone():
    online = FakeOpenFoodFacts()
    with pytest.raises(InvalidInput, match="barcode '12ab'"):
        open_food_facts.look_up(FakeUnitOfWork(), online, "12ab", NOW)
    assert online.asked == []


def _service(uow: FakeUnitOfWork) -> NutritionService:
    return nutrition_service(uow, DAY, products=FakeOpenFoodFacts())


def test_logging_a_product_stores_one_serving_in_the_persons_diary_only():
    uow = FakeUnitOfWork()
    me, other = accounts_over(uow).local_user(), uow.users.add("other@example.org", "x")
    nutrition = _service(uow)
    eaten = nutrition.eat(me, barcode=OAT_BAR, meal=Meal.SNACKS.value, day=DAY)
    logged, product = eaten.logged, eaten.product
    assert logged.entry.food_name == "Oat bar (Hafer & Co)"
    assert logged.entry.grams == 40 and logged.entry.nutrients.kcal == pytest.approx(168)
    assert logged.entry.portion_label == "1 serving (40 g)"
    assert shown(DiaryEntryPublic, logged)["attribution"] == "Data from Open Food Facts, ODbL"
    assert nutrition.entries(other, DAY) == []
    assert product is not None and product.barcode == OAT_BAR


def test_a_product_without_a_serving_needs_grams_and_stores_nothing_without():
    uow = FakeUnitOfWork()
    me, nutrition = accounts_over(uow).local_user(), _service(uow)
    with pytest.raises(InvalidInput, match="grams"):
        nutrition.eat(me, barcode=CRISPBREAD, meal="lunch", day=DAY)
    assert nutrition.entries(me, DAY) == []
    logged = nutrition.eat(me, barcode=CRISPBREAD, grams=25, meal="lunch", day=DAY).logged
    assert logged.entry.nutrients.kcal == pytest.approx(87.5)
    with pytest.raises(InvalidInput, match="grams '9000'"):
        nutrition.eat(me, barcode=CRISPBREAD, grams=9000, meal="lunch", day=DAY)
