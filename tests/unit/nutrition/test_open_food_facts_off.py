"""BACKSTRONG_OPEN_FOOD_FACTS=off: saved products still answer, others get a plain message."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from backstrong.adapters.http.open_food_facts import OfflineLookups
from backstrong.domain.nutrition.foods import Food
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.services.nutrition.open_food_facts import ProductUnavailable, look_up
from backstrong.services.ports.open_food_facts import CachedProduct
from backstrong.settings import Settings
from tests.fakes import FakeUnitOfWork

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)
SAVED = "3017620422003"


def test_the_setting_is_online_unless_turned_off(monkeypatch):
    assert Settings(_env_file=None).open_food_facts == "online"  # type: ignore[call-arg]
    monkeypatch.setenv("BACKSTRONG_OPEN_FOOD_FACTS", "off")
    assert Settings(_env_file=None).open_food_facts == "off"  # type: ignore[call-arg]


def test_offline_a_saved_product_answers_and_an_unknown_one_says_look_ups_are_off():
    uow = FakeUnitOfWork()
    food = Food("off-" + SAVED, "Hazelnut spread", Nutrients(539, 6.3, 30.9, 57.5))
    with uow:
        uow.open_food_facts_products.save(CachedProduct(SAVED, food, NOW))
    assert look_up(uow, OfflineLookups(), SAVED, NOW).food.name == "Hazelnut spread"
    with pytest.raises(ProductUnavailable) as refused:
        look_up(uow, OfflineLookups(), "5000112637922", NOW)
    message = str(refused.value)
    assert "online look-ups are turned off on this server" in message
    assert "could not be reached" not in message and "when online" not in message


def test_offline_an_old_saved_product_still_answers_marked_stale():
    uow = FakeUnitOfWork()
    food = Food("off-" + SAVED, "Hazelnut spread", Nutrients(539, 6.3, 30.9, 57.5))
    with uow:
        uow.open_food_facts_products.save(CachedProduct(SAVED, food, NOW - timedelta(days=400)))
    product = look_up(uow, OfflineLookups(), SAVED, NOW)
    assert product.food.name == "Hazelnut spread"
    assert product.stale and product.from_cache
