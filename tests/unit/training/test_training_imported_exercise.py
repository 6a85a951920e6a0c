"""Exercises an import creates for names the library does not know: valid, and guessed sensibly."""

from __future__ import annotations

import pytest

from backstrong.domain.exercises.validation import exercise_from_mapping
from backstrong.domain.training.imported_exercise import custom_exercise_data, guess_for


@pytest.mark.parametrize(
    ("name", "primary"),
    [
        ("Bench Press", "pectorals"),
        ("Lat Pulldown", "latissimus-dorsi"),
        ("Bicep Curl", "biceps"),
        ("Leg Press", "quadriceps"),
        ("Calf Raise", "calves"),
    ],
)
def test_words_in_the_name_pick_the_muscles(name, primary):
    guess, source = guess_for(name)
    assert source == "name"
    assert primary in guess.primary_muscles


def test_every_guess_makes_an_exercise_the_library_accepts():
    for name in ("Bench Press", "Plank Hold", "Zercher thing", "Farmer Walk"):
        guess, _ = guess_for(name)
        data = custom_exercise_data(
            "x-" + name.lower().replace(" ", "-"), name, guess, (), "import"
        )
        exercise = exercise_from_mapping(data, origin=name, bundled=False)
        assert exercise.source.name == "import"


def test_a_timed_guess_is_dosed_by_holds():
    guess, _ = guess_for("Hollow Body Hold")
    data = custom_exercise_data("hollow", "Hollow Body Hold", guess, (), "import")
    assert data["dosage"]["hold_seconds"] == [20, 40]
