"""Importing foods is one transaction on both backends: all of it, or none of it."""

from __future__ import annotations

import pytest

from backstrong.adapters.db.nutrition.repositories import SqlCustomFoodRepository
from backstrong.domain.nutrition.foods import Food
from backstrong.domain.nutrition.nutrients import Nutrients

FOODS = [
    Food(f"usda-sr28-{i:05d}", f"Test food number {i}", Nutrients(100, 1, 1, 1), source="usda-sr28")
    for i in range(2500)
]


def test_thousands_of_foods_import_once_and_a_second_import_adds_nothing(container):
    user = container.accounts.local_user()
    first = container.nutrition.import_foods(user, FOODS)
    again = container.nutrition.import_foods(user, FOODS)
    assert (first.added, again.added, again.total_foods) == (2500, 0, 2500)
    with container.uow() as uow:
        stored = {food.id: food for food in uow.custom_foods.list_for(user.id)}
    assert stored["usda-sr28-00042"].name == "Test food number 42"
    assert stored["usda-sr28-00042"].source == "usda-sr28"


def test_a_failure_halfway_through_an_import_stores_nothing(container, monkeypatch):
    user = container.accounts.local_user()
    original = SqlCustomFoodRepository.add_many

    def write_some_then_fail(self, user_id, foods):
        original(self, user_id, list(foods)[:1500])  # the first batches reach the database
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(SqlCustomFoodRepository, "add_many", write_some_then_fail)
    with pytest.raises(RuntimeError):
        container.nutrition.import_foods(user, FOODS)
    monkeypatch.undo()
    with container.uow() as uow:
        assert uow.custom_foods.revision(user.id) == (0, 0)


def test_one_persons_foods_are_invisible_to_another(container):
    owner = container.accounts.local_user()
    with container.uow() as uow:
        other = uow.users.add("other@example.org", None)
        uow.commit()
    container.nutrition.import_foods(owner, FOODS[:3])
    with container.uow() as uow:
        assert uow.custom_foods.list_for(other.id) == []
        assert uow.custom_foods.ids_for(owner.id) == {f.id for f in FOODS[:3]}
