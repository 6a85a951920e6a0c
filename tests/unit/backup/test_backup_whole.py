"""A whole backup: every area a person owns travels, and a backup that points at nothing, names
an id twice or comes from a newer Backstrong is refused with the record named, nothing written."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from backstrong.domain.body.trend import Girth, WeightEntry
from backstrong.domain.exercises.validation import exercise_to_mapping
from backstrong.domain.nutrition.bmr import Sex
from backstrong.domain.nutrition.diary import DiaryEntry, Meal
from backstrong.domain.nutrition.foods import Portion, custom_food
from backstrong.domain.nutrition.measurements import Height
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.domain.nutrition.profile import NutritionProfile
from backstrong.domain.nutrition.recipes import Recipe, RecipeItem
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.sessions import new_id
from backstrong.services.backup import service as backup
from backstrong.services.backup.references import BundledIds
from backstrong.services.backup.service import BackupService
from backstrong.services.training import log as training_log
from tests.unit.training.training_log_builders import NOW, exercise, store
from tests.unit.training.training_log_builders import service as training

BUNDLED = BundledIds(frozenset({"bridge", "deadlift", "squat"}), frozenset({"egg", "oats"}))
TOAST = custom_food(
    "custom-toast-1", "Wholemeal toast", Nutrients(250, 10, 3, 41, 7), [Portion("slice", 36)]
)
EGG = Nutrients(72, 6, 5, 0)
PORRIDGE = Recipe(
    "recipe-porridge-1",
    "My porridge",
    2,
    (
        RecipeItem("80 g oats", "oats", "Oats", 80, Nutrients(303, 11, 6, 54, 8)),
        RecipeItem("2 slices toast", "custom-toast-1", "Wholemeal toast", 72,
                   Nutrients(180, 7, 2, 30, 5)),
    ),
)  # fmt: skip


def service(uow) -> BackupService:
    return BackupService(lambda: uow, bundled=lambda: BUNDLED)


def filled_account():
    """An account with something in every section of the backup."""
    uow = store()
    user = uow.users.add("ada@example.org", None)
    uow.users.set_time_zone(user.id, "Europe/Berlin")
    hinge = exercise_to_mapping(exercise("my-hinge", "My hinge"))
    uow.custom_exercises.add(user.id, "my-hinge", "custom", hinge)
    for exercise_id in ("bridge", "my-hinge"):
        request = training_log.SetRequest(new_id(), PerformedSet(exercise_id, NOW, reps=12, pain=2))
        training(uow).record_set(user, request)
    from tests.unit.programs.programs_builders import item, plan_of

    uow.programs.add_active(user.id, plan_of(item("bridge")), NOW)
    uow.programs.mark_seen(user.id, ["pain-is-not-damage"], NOW)
    uow.red_flag_screenings.add(user.id, ["night-pain"], "prompt", NOW)
    uow.custom_foods.add_many(user.id, [TOAST])
    uow.recipes.save(user.id, PORRIDGE)
    uow.custom_foods.add_many(user.id, [PORRIDGE.as_food()])
    profile = NutritionProfile(Sex.FEMALE, 1990, Height(1.68), body_fat_percent=24.0)
    uow.nutrition_profiles.save(user.id, profile)
    day = date(2026, 11, 3)
    toast = DiaryEntry.log(TOAST, 72, day, Meal.BREAKFAST, "slice", "2 slices toast")
    uow.diary_entries.add(user.id, toast)
    uow.diary_entries.add(user.id, DiaryEntry(day, Meal.LUNCH, "egg", "Egg", 50, EGG))
    porridge = DiaryEntry.log(PORRIDGE.as_food(), 152, day, Meal.BREAKFAST, "serving", "porridge")
    uow.diary_entries.add(user.id, porridge)
    uow.diary_days.mark(user.id, day, True)
    girths = (Girth("waist", 81.5),)
    uow.weight_entries.add(user.id, WeightEntry(NOW - timedelta(days=1), 64.2, 24.0, girths))
    uow.api_tokens.add(user.id, "phone", "a" * 64, NOW + timedelta(days=30))
    return uow, user


def fresh_account():
    uow = store()
    return uow, uow.users.add("new@example.org", None)


def test_every_section_is_filled_and_comes_back_the_same():
    uow, user = filled_account()
    document = service(uow).export(user)
    assert document["version"] == 2
    for name, part in document["sections"].items():
        if name in ("profile", "programs", "training", "body", "nutrition"):
            assert all(part.values()), name
        elif name != "form":  # form checks are filled in test_form_service
            assert part, name
    again, other = fresh_account()
    report = service(again).restore(other, document)
    assert report.restored["nutrition"] == 3 and report.restored["api_tokens"] == 1
    assert report.restored["recipes"] == 1
    assert service(again).export_text(other) == service(uow).export_text(user)


def test_restored_api_tokens_are_names_that_let_nobody_in():
    uow, user = filled_account()
    again, other = fresh_account()
    service(again).restore(other, service(uow).export(user))
    [(_, name, *_)] = again.api_tokens.list_for(other.id)
    assert name == "phone"
    assert again.api_tokens.user_for("a" * 64, datetime.now(UTC)) is None
    assert "hash" not in str(service(uow).export(user)["sections"]["api_tokens"])


def test_a_diary_entry_of_a_deleted_food_still_restores():
    uow, user = filled_account()
    uow.custom_foods.delete(user.id, TOAST.id)
    document = service(uow).export(user)
    assert document["sections"]["nutrition"]["diary"][0]["food_gone"] is True
    again, other = fresh_account()
    service(again).restore(other, document)
    assert service(again).export(other) == document


def refused(document, match: str, *, checked_first: bool = True) -> backup.BadBackup:
    """The refusal; ``checked_first``: found before any section is loaded, so even these
    fakes (which cannot roll back) hold nothing. A real database rolls back the rest."""
    again, other = fresh_account()
    with pytest.raises(backup.BadBackup, match=match) as err:
        service(again).restore(other, document)
    assert again.commits == 0
    if checked_first:
        assert not again.diary_entries.all_for(other.id) and again.training.is_empty(other.id)
    return err.value


def test_a_set_of_an_exercise_that_is_nowhere_is_refused_naming_the_set():
    uow, user = filled_account()
    document = service(uow).export(user)
    document["sections"]["training"]["sessions"][0]["sets"][1]["exercise_id"] = "foo"
    error = refused(document, "no such exercise in the library or the backup")
    assert str(error).startswith("training.sessions[0].sets[1].exercise_id 'foo'")


def test_a_diary_entry_of_a_food_that_is_nowhere_is_refused():
    uow, user = filled_account()
    document = service(uow).export(user)
    document["sections"]["custom_foods"] = []
    error = refused(document, "no such food in the library or the backup")
    assert error.field == "nutrition.diary[0].food_id"


def test_an_id_that_appears_twice_is_refused():
    uow, user = filled_account()
    document = service(uow).export(user)
    sets = document["sections"]["training"]["sessions"][0]["sets"]
    sets[1]["id"] = sets[0]["id"]
    refused(document, r"sets\[1\].id .*appears twice")
    document = service(uow).export(user)
    foods = document["sections"]["custom_foods"]
    foods.append(dict(foods[0]))
    refused(document, r"custom_foods\[2\].id 'custom-toast-1': appears twice")


def test_a_backup_from_a_newer_backstrong_is_refused_and_version_one_still_restores():
    uow, user = filled_account()
    document = service(uow).export(user)
    refused({**document, "version": 3}, "written by a newer Backstrong")
    old = {**document, "version": 1}
    old["sections"] = {k: v for k, v in document["sections"].items() if k in backup_v1()}
    old["sections"]["programs"] = {
        k: v for k, v in old["sections"]["programs"].items() if k != "screenings"
    }
    again, other = fresh_account()
    service(again).restore(other, old)
    assert not again.training.is_empty(other.id)


def backup_v1() -> set[str]:
    return {"profile", "custom_exercises", "training", "programs", "form"}


def test_a_bad_value_in_a_new_section_names_its_place():
    uow, user = filled_account()
    document = service(uow).export(user)
    document["sections"]["body"]["weigh_ins"][0]["weight_kg"] = "heavy"
    error = refused(document, "body.weigh_ins", checked_first=False)
    assert error.field == "body.weigh_ins[0].weight_kg"


def test_a_file_that_is_not_json_is_refused():
    again, other = fresh_account()
    with pytest.raises(backup.BadBackup, match="not JSON"):
        service(again).restore_text(other, b"\xff\xfe nonsense")
