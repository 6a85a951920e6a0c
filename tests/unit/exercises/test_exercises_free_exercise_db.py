"""Importing the free-exercise-db format onto our vocabulary (entries built here, in its shape)."""

from __future__ import annotations

import pytest

from backstrong.adapters.files.exercises.free_exercise_db import (
    FreeExerciseDbError,
    fedb_id,
    parse_free_exercise_db,
)
from backstrong.domain.exercises.validation import exercise_from_mapping, exercise_to_mapping
from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern


def entry(name: str, **fields: object) -> dict[str, object]:
    """One entry in free-exercise-db's shape; its id is the name with underscores."""
    base: dict[str, object] = {
        "id": name.replace(" ", "_"),
        "name": name,
        "force": "pull",
        "level": "beginner",
        "mechanic": "compound",
        "equipment": "body only",
        "primaryMuscles": ["glutes"],
        "secondaryMuscles": [],
        "instructions": ["Do the movement."],
        "category": "strength",
        "images": [f"{name.replace(' ', '_')}/0.jpg"],
    }
    base.update(fields)
    return base


FIXTURE = [
    entry(
        "Stiff-Legged Barbell Deadlift",
        equipment="barbell",
        primaryMuscles=["hamstrings"],
        secondaryMuscles=["glutes", "lower back"],
        category="powerlifting",
    ),
    entry(
        "Lying Glute Stretch",
        id="Lying_Glute",
        force="static",
        equipment=None,
        primaryMuscles=["glutes"],
        category="stretching",
    ),
    entry(
        "Single Leg Clamshell",
        id="Single_Leg_Clam/Shell",
        equipment="bands",
        primaryMuscles=["abductors"],
        secondaryMuscles=["glutes"],
    ),
    entry("Plank", force="static", primaryMuscles=["abdominals"], level="expert"),
    entry("Seated Neck Harness", equipment="machine", primaryMuscles=["neck"]),
    entry(
        "Standing Calf Raise",
        equipment="other",
        primaryMuscles=["calves"],
        level="intermediate",
    ),
]


def by_id(exercises):
    return {e.id: e for e in exercises}


def test_entries_become_exercises_with_stable_prefixed_ids_and_the_unlicense_source():
    result = parse_free_exercise_db(FIXTURE)
    ids = [e.id for e in result.exercises]
    assert ids == [
        "fedb-stiff-legged-barbell-deadlift",
        "fedb-lying-glute",
        "fedb-single-leg-clam-shell",
        "fedb-plank",
        "fedb-standing-calf-raise",
    ]
    assert ids == [e.id for e in parse_free_exercise_db(FIXTURE).exercises]
    assert all(e.source.name == "free-exercise-db" for e in result.exercises)
    assert all(e.source.licence == "Unlicense" for e in result.exercises)
    assert all(e.keyframes is None for e in result.exercises)


def test_their_muscles_map_onto_our_muscle_ids():
    deadlift = by_id(parse_free_exercise_db(FIXTURE).exercises)[
        "fedb-stiff-legged-barbell-deadlift"
    ]
    assert deadlift.primary_muscles == ("hamstrings",)
    assert deadlift.secondary_muscles == ("gluteus-maximus", "erector-spinae")
    clam = by_id(parse_free_exercise_db(FIXTURE).exercises)["fedb-single-leg-clam-shell"]
    assert clam.primary_muscles == ("gluteus-medius",)


def test_their_equipment_and_categories_map_onto_ours():
    exercises = by_id(parse_free_exercise_db(FIXTURE).exercises)
    assert exercises["fedb-stiff-legged-barbell-deadlift"].equipment == ("barbell",)
    assert exercises["fedb-lying-glute"].equipment == ()
    assert exercises["fedb-single-leg-clam-shell"].equipment == ("band",)
    assert exercises["fedb-lying-glute"].kind is Kind.STRETCH
    assert exercises["fedb-plank"].kind is Kind.ISOMETRIC
    assert exercises["fedb-stiff-legged-barbell-deadlift"].kind is Kind.STRENGTH


def test_powerlifting_is_never_graded_for_beginners_and_expert_means_advanced():
    exercises = by_id(parse_free_exercise_db(FIXTURE).exercises)
    assert exercises["fedb-stiff-legged-barbell-deadlift"].level is Level.INTERMEDIATE
    assert exercises["fedb-plank"].level is Level.ADVANCED
    assert exercises["fedb-lying-glute"].level is Level.BEGINNER


def test_patterns_are_guessed_from_names_then_muscles():
    exercises = by_id(parse_free_exercise_db(FIXTURE).exercises)
    assert exercises["fedb-stiff-legged-barbell-deadlift"].pattern is Pattern.HINGE
    assert exercises["fedb-single-leg-clam-shell"].pattern is Pattern.HIP_ABDUCTION
    assert exercises["fedb-plank"].pattern is Pattern.ANTI_EXTENSION
    assert exercises["fedb-lying-glute"].pattern is Pattern.HIP_ROTATION
    assert exercises["fedb-single-leg-clam-shell"].unilateral


def test_dosage_defaults_follow_the_kind():
    exercises = by_id(parse_free_exercise_db(FIXTURE).exercises)
    assert exercises["fedb-lying-glute"].dosage.hold_seconds is not None
    assert exercises["fedb-plank"].dosage.hold_seconds is not None
    assert exercises["fedb-stiff-legged-barbell-deadlift"].dosage.reps == (8, 12)


def test_values_without_a_counterpart_are_reported_and_entries_without_muscles_skipped():
    result = parse_free_exercise_db(FIXTURE)
    assert result.unmapped["equipment"] == {"other"}
    assert result.unmapped["muscles"] == {"neck"}
    assert "calves" in result.unmapped["pattern"]
    assert [(s.index, s.name) for s in result.skipped] == [(4, "Seated Neck Harness")]


def test_every_imported_exercise_passes_validation():
    for exercise in parse_free_exercise_db(FIXTURE).exercises:
        mapping = exercise_to_mapping(exercise)
        assert exercise_from_mapping(mapping, origin="import", bundled=False) == exercise


def test_two_entries_with_the_same_id_keep_the_first():
    result = parse_free_exercise_db([entry("Plank"), entry("Plank", primaryMuscles=["chest"])])
    assert len(result.exercises) == 1
    assert result.skipped[0].index == 1 and "repeats entry 0" in result.skipped[0].reason


@pytest.mark.parametrize(
    ("data", "index", "field"),
    [
        ({"exercises": []}, None, "(file)"),
        ([entry("Plank"), "Plank"], 1, "(entry)"),
        ([entry("Plank"), {"id": "x", "primaryMuscles": []}], 1, "name"),
        ([entry("Plank", primaryMuscles="abdominals")], 0, "primaryMuscles"),
        ([entry("Plank", level=3)], 0, "level"),
        ([entry("Plank", instructions=[1, 2])], 0, "instructions"),
    ],
)
def test_a_malformed_file_names_the_entry_and_field_and_imports_nothing(data, index, field):
    with pytest.raises(FreeExerciseDbError) as caught:
        parse_free_exercise_db(data, origin="exercises.json")
    assert caught.value.index == index
    assert caught.value.field == field
    assert str(caught.value).startswith("exercises.json")


def test_their_ids_become_slugs():
    assert fedb_id("3_4_Sit-Up") == "fedb-3-4-sit-up"
    assert fedb_id("Barbell_Deadlift") == "fedb-barbell-deadlift"


def test_arm_and_shoulder_work_is_upper_body_not_a_carry():
    data = [entry("Seated Cable Row", equipment="machine", primaryMuscles=["middle back", "lats"])]
    (rowing,) = parse_free_exercise_db(data).exercises
    assert rowing.pattern == "upper-body"
    assert rowing.equipment == ("machine",)
