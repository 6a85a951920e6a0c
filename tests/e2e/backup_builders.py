"""A person with something in every section of the backup, stored through the real services and
repositories of a container (SQLite or PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from backstrong.bootstrap import Container
from backstrong.domain.accounts import User
from backstrong.domain.body.trend import Girth, WeightEntry
from backstrong.domain.nutrition.bmr import Sex
from backstrong.domain.nutrition.diary import DiaryEntry, Meal
from backstrong.domain.nutrition.foods import Portion, custom_food
from backstrong.domain.nutrition.measurements import Height
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.domain.nutrition.profile import NutritionProfile
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.sessions import new_id
from backstrong.domain.units import MassUnit
from backstrong.services.training.log import SetRequest

WHEN = datetime(2026, 11, 3, 7, 30, tzinfo=UTC)
TOAST = custom_food(
    "custom-toast-1", "Wholemeal toast", Nutrients(250, 10, 3, 41, 7), [Portion("slice", 36)]
)
DOWEL_HINGE = {
    "id": "dowel-hinge",
    "name": "Hip hinge with dowel",
    "kind": "mobility",
    "level": "beginner",
    "pattern": "hinge",
    "primary_muscles": ["hamstrings"],
    "dosage": {"sets": 2, "reps": [8, 10]},
}
SECTIONS = ("profile", "custom_exercises", "training", "programs", "form", "custom_foods",
            "recipes", "nutrition", "body", "api_tokens")  # fmt: skip


def user_of(container: Container, email: str) -> User:
    with container.uow() as uow:
        user = uow.users.by_email(email)
    assert user is not None
    return user


def fill_every_section(container: Container, user: User) -> None:
    """Settings, an own exercise, sets with pain check-ins, a plan, a form check, an own food,
    a recipe, the nutrition profile, diary entries and a day mark, a weigh-in with a girth."""
    from tests.unit.form.builders import squat_set
    from tests.unit.form.synthetic import generate
    from tests.unit.programs.programs_builders import item, plan_of

    container.accounts.set_unit(user, "lb")
    container.accounts.set_time_zone(user, "Europe/Berlin")
    container.exercises.create_custom(user, DOWEL_HINGE)
    logged = []
    for exercise_id, load in (("bridge", 40.0), ("dowel-hinge", None)):
        performed = PerformedSet(
            exercise_id,
            WHEN,
            reps=10,
            load=None if load is None else Load(load, MassUnit.KG),
            pain=2,
        )
        logged.append(container.training.record_set(user, SetRequest(new_id(), performed))[0])
    container.training.check_in_pain(user, "pain_before", 3, logged[0].session_id)
    check = container.form.check(user, "squat", generate(squat_set(3))[0], logged[0].id)
    container.form.mark_reference(user, check.id, 2)
    with container.uow() as uow:
        # answers added later (a birth, by caesarean) travel with the plan
        plan = plan_of(item("bridge"), weeks_since_birth=5, caesarean=True)
        uow.programs.add_active(user.id, plan, WHEN)
        uow.programs.mark_seen(user.id, ["pain-is-not-damage"], WHEN)
        uow.red_flag_screenings.add(user.id, ["night-pain"], "prompt", WHEN)
        uow.custom_foods.add_many(user.id, [TOAST])
        profile = NutritionProfile(Sex.FEMALE, 1990, Height(1.68), body_fat_percent=24.0)
        uow.nutrition_profiles.save(user.id, profile)
        day = date(2026, 11, 3)
        toast = DiaryEntry.log(TOAST, 72, day, Meal.BREAKFAST, "slice", "2 slices toast")
        uow.diary_entries.add(user.id, toast)
        egg = DiaryEntry(day, Meal.LUNCH, "egg-boiled", "Egg, boiled", 50, Nutrients(78, 6, 5, 1))
        uow.diary_entries.add(user.id, egg)
        uow.diary_days.mark(user.id, day, True)
        weigh_in = WeightEntry(WHEN - timedelta(days=1), 64.2, 24.0, (Girth("waist", 81.5),))
        uow.weight_entries.add(user.id, weigh_in)
        uow.commit()
    container.nutrition.save_recipe(user, "My porridge", 2, ["80 g oats", "2 slices toast"])


def assert_every_section_filled(document: dict) -> None:
    parts = document["sections"]
    assert tuple(parts) == SECTIONS
    for name, part in parts.items():
        values = part.values() if isinstance(part, dict) else [part]
        assert part and all(values), f"section {name} has an empty part: {part}"
