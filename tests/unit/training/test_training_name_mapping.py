"""Mapping imported exercise names onto the library, with a report to review."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from backstrong.domain.training.name_mapping import map_exercise_names, split_equipment_suffix
from backstrong.domain.training.resolution import ResolvedName

LIBRARY = {
    "deadlift": "Deadlift (barbell)",
    "romanian-deadlift": "Romanian deadlift (barbell)",
    "dumbbell-romanian-deadlift": "Dumbbell Romanian deadlift",
    "front-plank": "Plank",
    "bridge": "Glute bridge",
}


def resolve(text: str) -> ResolvedName:
    """A small stand-in for the fuzzy exercise search."""
    found = process.extractOne(text, LIBRARY, scorer=fuzz.WRatio, processor=str.lower)
    if found is None:
        return ResolvedName(None)
    name, score, exercise_id = found
    return ResolvedName(exercise_id, name, score)


def test_the_equipment_suffix_is_split_off_as_a_hint():
    assert split_equipment_suffix("Romanian Deadlift (Dumbbell)") == (
        "Romanian Deadlift",
        "dumbbell",
    )
    assert split_equipment_suffix("Plank") == ("Plank", None)


def test_the_equipment_hint_picks_the_right_variant():
    mapping = map_exercise_names(
        ["Romanian Deadlift (Dumbbell)", "Deadlift (Barbell)", "Plank"], resolve
    )
    assert mapping.as_dict() == {
        "Romanian Deadlift (Dumbbell)": "dumbbell-romanian-deadlift",
        "Deadlift (Barbell)": "deadlift",
        "Plank": "front-plank",
    }


def test_names_below_the_threshold_become_custom_exercises_under_their_own_name():
    mapping = map_exercise_names(["Zercher Carry (Barbell)"], resolve, threshold=90)
    [entry] = mapping.unmatched
    assert entry.exercise_id is None
    assert entry.custom_name == "Zercher Carry (Barbell)"
    assert entry.equipment_hint == "barbell"


def test_each_name_is_resolved_once_and_its_sets_are_counted():
    calls = []

    def counting(text: str) -> ResolvedName:
        calls.append(text)
        return resolve(text)

    mapping = map_exercise_names(["Plank", "Plank", "Plank"], counting)
    assert len(mapping.entries) == 1
    assert mapping.entries[0].sets == 3
    assert calls == ["Plank"]


def test_the_review_report_says_what_matched_how_well_and_what_becomes_new():
    mapping = map_exercise_names(
        ["Deadlift (Barbell)", "Deadlift (Barbell)", "Zercher Carry (Barbell)"],
        resolve,
        threshold=90,
    )
    report = mapping.review_report()
    assert report.splitlines()[0] == "Exercise names: 1 matched, 1 new"
    assert "Deadlift (Barbell) → Deadlift (barbell) (score 100, 2 sets)" in report
    assert "Zercher Carry (Barbell) → custom exercise 'Zercher Carry (Barbell)'" in report
    assert "equipment: barbell" in report


def test_a_resolver_that_finds_nothing_leaves_every_name_new():
    mapping = map_exercise_names(["Plank"], lambda text: ResolvedName(None))
    assert mapping.as_dict() == {"Plank": None}
    assert "nothing close in the library" in mapping.review_report()
