"""The backup document: sections in order, refusing to restore over data or unknown sections."""

from __future__ import annotations

import pytest

from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.domain.nutrition.recipes import Recipe, RecipeItem
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.sessions import new_id
from backstrong.services.backup import service as backup
from backstrong.services.backup.service import BackupService
from backstrong.services.training import log as training_log
from tests.unit.training.training_log_builders import NOW, person, store
from tests.unit.training.training_log_builders import service as training


def service(uow) -> BackupService:
    return BackupService(lambda: uow)


def account_with_a_set():
    uow = store()
    user = uow.users.add("ada@example.org", None)
    request = training_log.SetRequest(new_id(), PerformedSet("bridge", NOW, reps=15))
    training(uow).record_set(user, request)
    return uow, user


def test_export_then_restore_into_an_empty_account_gives_the_same_document():
    uow, user = account_with_a_set()
    document = service(uow).export(user)
    assert list(document["sections"]) == [
        "profile",
        "custom_exercises",
        "training",
        "programs",
        "form",
        "custom_foods",
        "recipes",
        "nutrition",
        "body",
        "api_tokens",
    ]
    fresh = store()
    other = fresh.users.add("new@example.org", None)
    service(fresh).restore(other, document)
    assert service(fresh).export(other) == document


def test_restoring_over_existing_training_is_refused():
    uow, user = account_with_a_set()
    with pytest.raises(backup.BackupError, match="needs an empty account"):
        service(uow).restore(user, service(uow).export(user))


def test_a_section_this_version_does_not_know_is_refused():
    uow, user = account_with_a_set()
    document = service(uow).export(user)
    document["sections"]["rockets"] = []
    fresh = store()
    with pytest.raises(backup.BackupError, match="cannot restore: rockets"):
        service(fresh).restore(fresh.users.add(None, None), document)


def test_a_file_that_is_not_a_backup_is_refused():
    with pytest.raises(backup.BackupError, match="not a Backstrong backup"):
        service(store()).restore(person(), {"hello": 1})


def test_the_time_zone_travels_with_the_profile_and_old_backups_still_restore():
    uow, user = account_with_a_set()
    assert service(uow).export(user)["sections"]["profile"] == {"unit": "kg"}  # as before
    uow.users.set_time_zone(user.id, "Europe/Berlin")
    document = service(uow).export(user)
    assert document["sections"]["profile"] == {"unit": "kg", "time_zone": "Europe/Berlin"}
    fresh = store()
    other = fresh.users.add("new@example.org", None)
    service(fresh).restore(other, document)
    assert fresh.users.get(other.id).time_zone == "Europe/Berlin"


def test_a_damaged_value_is_a_refused_field_and_data_in_the_way_a_conflict():
    from backstrong.domain.errors import FieldError
    from backstrong.services.errors import Conflict

    document = {"format": "backstrong-backup", "version": 1, "sections": {}}
    document["sections"]["profile"] = {"unit": "kg", "time_zone": "Mars/Olympus"}
    fresh = store()
    with pytest.raises(FieldError, match="Mars/Olympus") as err:
        service(fresh).restore(fresh.users.add(None, None), document)
    assert err.value.field == "profile.time_zone"
    uow, user = account_with_a_set()
    with pytest.raises(Conflict):
        service(uow).restore(user, service(uow).export(user))


def test_plans_and_the_notes_already_seen_travel_with_the_backup():
    from dataclasses import replace

    from tests.unit.programs.programs_builders import item, plan_of

    uow, user = account_with_a_set()
    first = plan_of(item("bridge"))
    uow.programs.add_active(user.id, first, NOW)
    uow.programs.add_active(user.id, replace(first, id="second"), NOW)
    uow.programs.mark_seen(user.id, ["pain-is-not-damage"], NOW)
    document = service(uow).export(user)
    part = document["sections"]["programs"]
    assert [p["active"] for p in part["plans"]] == [False, True]
    assert list(part["notes_seen"]) == ["pain-is-not-damage"]
    fresh = store()
    other = fresh.users.add("new@example.org", None)
    report = service(fresh).restore(other, document)
    assert report.restored["programs"] == 2
    assert fresh.programs.active(other.id).plan.id == "second"
    assert service(fresh).export(other) == document


def test_a_recipe_comes_back_with_the_food_it_makes():
    uow, user = account_with_a_set()
    item = RecipeItem("80 g oats", "oats", "Oats", 80.0, Nutrients(303.0, 10.5, 5.5, 54.0, 8.0))
    recipe = Recipe("recipe-porridge-1", "Porridge", 2.0, (item,))
    uow.recipes.save(user.id, recipe)
    document = service(uow).export(user)
    assert document["sections"]["recipes"][0]["name"] == "Porridge"
    fresh = store()
    other = fresh.users.add("new@example.org", None)
    service(fresh).restore(other, document)
    assert fresh.recipes.get(other.id, "recipe-porridge-1") == recipe
    food = fresh.custom_foods.get(other.id, "recipe-porridge-1")
    assert food is not None and food.portion("serving").grams == 40
