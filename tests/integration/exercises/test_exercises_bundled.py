"""The bundled exercise library as shipped: it loads, holds together and can be searched.

Runs once the library folder holds at least 80 files (the data is written alongside the code).
"""

from __future__ import annotations

from importlib import resources

import pytest

from backstrong.adapters.files.exercise_library import load_bundled_library, validate_path
from backstrong.domain.exercises.library import MCGILL_BIG_THREE, SEED_EXERCISE_IDS
from backstrong.domain.exercises.search import Query, search
from backstrong.domain.exercises.vocabulary import MUSCLES, Region

BUNDLED_MINIMUM_FILES = 80


def bundled_file_count() -> int:
    folder = resources.files("backstrong.adapters.files.exercise_library").joinpath("exercises")
    return sum(1 for entry in folder.iterdir() if entry.name.endswith(".toml"))


pytestmark = pytest.mark.skipif(
    bundled_file_count() < BUNDLED_MINIMUM_FILES,
    reason=f"the bundled library holds fewer than {BUNDLED_MINIMUM_FILES} files so far",
)


def test_the_bundled_library_has_no_problems():
    assert validate_path() == []


def test_the_bundled_library_holds_every_seed_and_the_mcgill_big_three():
    library = load_bundled_library()
    for exercise_id in (*SEED_EXERCISE_IDS, *MCGILL_BIG_THREE):
        assert exercise_id in library


def test_every_bundled_exercise_is_from_backstrong_with_keyframes():
    for exercise in load_bundled_library():
        assert exercise.source.name == "backstrong"
        assert exercise.keyframes is not None


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("goodmorning", "good-morning"),
        ("RDL", "romanian-deadlift"),
        ("glute ham raise", "glute-ham-raise"),
        ("superman", "superman"),
        ("bird-dog", "bird-dog"),
        ("bird dog", "bird-dog"),
        ("deadlfit", "deadlift"),
        ("side plank", "side-bridge"),
    ],
)
def test_searching_the_bundled_library_finds_the_meant_exercise_first(text, best):
    results = search(load_bundled_library(), Query(text=text))
    assert results and results[0].id == best


def test_lower_back_finds_only_exercises_that_work_the_lower_back():
    lower_back = {m.id for m in MUSCLES.values() if m.region is Region.LOWER_BACK}
    results = search(load_bundled_library(), Query(muscle="lower back"))
    assert len(results) >= 10
    assert all(lower_back & set(e.muscles) for e in results)


def test_body_weight_only_finds_exercises_that_need_nothing():
    results = search(load_bundled_library(), Query(equipment=frozenset()))
    assert results and all(e.equipment == () for e in results)
    assert any(e.id == "bodyweight-squat" for e in results)
