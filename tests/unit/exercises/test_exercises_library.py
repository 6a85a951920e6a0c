"""The library: lookups, merging custom entries, families, and integrity checks."""

from __future__ import annotations

import pytest

from backstrong.domain.exercises.library import (
    MCGILL_BIG_THREE,
    SEED_EXERCISE_IDS,
    DuplicateExercise,
    ExerciseLibrary,
    UnknownExercise,
)
from backstrong.domain.exercises.model import Dosage, Exercise
from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern


def exercise(
    exercise_id: str,
    *,
    easier: tuple[str, ...] = (),
    harder: tuple[str, ...] = (),
    dosage: Dosage | None = None,
    kind: Kind = Kind.STRENGTH,
) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id.replace("-", " ").capitalize(),
        kind=kind,
        pattern=Pattern.HINGE,
        level=Level.BEGINNER,
        dosage=dosage or Dosage(sets=3, reps=(8, 12)),
        primary_muscles=("gluteus-maximus",),
        easier=easier,
        harder=harder,
    )


def seeded(*extra: Exercise, **replacements: Exercise) -> ExerciseLibrary:
    """A library holding every seed and McGill exercise with their sources' dosage."""
    held = Dosage(sets=3, hold_seconds=(7, 10))
    by_id = {
        **{seed: exercise(seed) for seed in SEED_EXERCISE_IDS},
        "deadlift": exercise("deadlift", dosage=Dosage(sets=3, reps=(10, 15))),
        "bridge": exercise("bridge", dosage=Dosage(sets=3, reps=(12, 15))),
        "lower-back-rotational-stretch": exercise(
            "lower-back-rotational-stretch",
            kind=Kind.STRETCH,
            dosage=Dosage(sets=1, hold_seconds=(5, 10), times_per_day=3),
        ),
        **{
            mcgill: exercise(mcgill, kind=Kind.ISOMETRIC, dosage=held)
            for mcgill in MCGILL_BIG_THREE
        },
        **replacements,
    }
    return ExerciseLibrary([*by_id.values(), *extra])


def test_a_seeded_library_with_consistent_links_has_no_problems():
    library = seeded(
        exercise("hip-hinge-drill", harder=("good-morning-bodyweight",)),
        exercise("good-morning-bodyweight", easier=("hip-hinge-drill",)),
    )
    assert library.check_integrity() == []


def test_get_names_the_closest_ids_when_an_id_is_unknown():
    library = seeded()
    with pytest.raises(UnknownExercise) as caught:
        library.get("dedlift")
    assert "'dedlift'" in str(caught.value)
    assert caught.value.suggestions[0] == "deadlift"


def test_two_exercises_with_one_id_are_refused():
    with pytest.raises(DuplicateExercise):
        ExerciseLibrary([exercise("squat"), exercise("squat")])


def test_merging_adds_custom_exercises_and_replaces_same_ids_without_changing_the_original():
    library = ExerciseLibrary([exercise("squat"), exercise("bridge")])
    mine = exercise("bridge", dosage=Dosage(sets=2, reps=(20, 20)))
    merged = library.merged([mine, exercise("my-carry")])
    assert merged.ids == ("squat", "bridge", "my-carry")
    assert merged.get("bridge") is mine
    assert library.get("bridge") is not mine and len(library) == 2


def test_a_dangling_link_is_reported_with_the_closest_id():
    library = seeded(exercise("bridge-march", easier=("brige",)))
    problems = library.check_integrity()
    assert len(problems) == 1
    assert problems[0].startswith("bridge-march: easier 'brige' is not in the library")
    assert "bridge" in problems[0]


def test_a_cycle_of_harder_links_is_reported_once():
    library = seeded(
        exercise("a-move", harder=("b-move",)),
        exercise("b-move", harder=("c-move",)),
        exercise("c-move", harder=("a-move",)),
    )
    problems = library.check_integrity()
    assert len(problems) == 1
    assert "cycle" in problems[0]
    assert all(name in problems[0] for name in ("a-move", "b-move", "c-move"))


def test_a_cycle_mixing_easier_and_harder_links_is_found():
    library = seeded(
        exercise("a-move", harder=("b-move",)),
        exercise("b-move", harder=("c-move",)),
        exercise("c-move", easier=("b-move",)),
        exercise("d-move"),
        exercise("a-move-2", easier=("c-move",), harder=("a-move",)),
    )
    assert any("cycle" in p for p in library.check_integrity())


def test_each_easier_than_the_other_is_a_contradiction():
    library = seeded(
        exercise("plank", easier=("side-plank",)),
        exercise("side-plank", easier=("plank",)),
    )
    problems = library.check_integrity()
    assert problems == [
        "plank, side-plank: each is linked as easier than the other; keep one direction"
    ]


def test_a_missing_seed_exercise_is_reported():
    library = ExerciseLibrary(e for e in seeded() if e.id != "glute-ham-raise")
    assert library.check_integrity() == [
        "glute-ham-raise: seed exercise is missing from the library"
    ]


def test_the_seed_dosages_are_checked():
    library = seeded(
        deadlift=exercise("deadlift", dosage=Dosage(sets=5, reps=(5, 5))),
        bridge=exercise("bridge", dosage=Dosage(sets=3, reps=(8, 12))),
    )
    problems = library.check_integrity()
    assert [p.split(":")[0] for p in problems] == ["deadlift", "bridge"]


def test_the_rotational_stretch_is_held_five_to_ten_seconds_three_times_a_day():
    stretch = exercise(
        "lower-back-rotational-stretch",
        kind=Kind.STRETCH,
        dosage=Dosage(sets=1, hold_seconds=(20, 30)),
    )
    problems = seeded(**{"lower-back-rotational-stretch": stretch}).check_integrity()
    assert len(problems) == 1 and problems[0].startswith("lower-back-rotational-stretch:")


def test_the_mcgill_big_three_hold_for_ten_seconds_at_most():
    long_hold = exercise(
        "side-bridge", kind=Kind.ISOMETRIC, dosage=Dosage(sets=3, hold_seconds=(20, 30))
    )
    problems = seeded(**{"side-bridge": long_hold}).check_integrity()
    assert len(problems) == 1 and "10 s" in problems[0]


def family() -> ExerciseLibrary:
    """kettlebell-deadlift → dumbbell-rdl → rdl → deadlift, with trap-bar as a branch."""
    return ExerciseLibrary(
        [
            exercise("kettlebell-deadlift", harder=("dumbbell-rdl",)),
            exercise("dumbbell-rdl", harder=("rdl",)),
            exercise("rdl", easier=("dumbbell-rdl",), harder=("deadlift",)),
            exercise("deadlift", easier=("rdl", "trap-bar-deadlift")),
            exercise("trap-bar-deadlift", easier=("kettlebell-deadlift",)),
            exercise("squat"),
        ]
    )


def ids(exercises: tuple[Exercise, ...]) -> list[str]:
    return [e.id for e in exercises]


def test_the_easier_chain_lists_regressions_nearest_first_following_links_from_either_side():
    assert ids(family().easier_chain("deadlift")) == [
        "rdl",
        "trap-bar-deadlift",
        "dumbbell-rdl",
        "kettlebell-deadlift",
    ]


def test_the_harder_chain_lists_progressions_nearest_first():
    assert ids(family().harder_chain("kettlebell-deadlift")) == [
        "dumbbell-rdl",
        "trap-bar-deadlift",
        "rdl",
        "deadlift",
    ]


def test_progressions_run_from_the_easiest_to_the_hardest_through_the_exercise():
    assert ids(family().progressions("rdl")) == [
        "kettlebell-deadlift",
        "dumbbell-rdl",
        "rdl",
        "deadlift",
    ]


def test_an_exercise_without_links_is_its_own_family():
    assert ids(family().progressions("squat")) == ["squat"]


def test_family_walks_stop_at_cycles():
    library = ExerciseLibrary(
        [exercise("a-move", harder=("b-move",)), exercise("b-move", harder=("a-move",))]
    )
    assert ids(library.harder_chain("a-move")) == ["b-move"]


def test_family_helpers_refuse_unknown_ids():
    with pytest.raises(UnknownExercise):
        family().easier_chain("romanian")


def test_the_library_cannot_be_changed_through_what_it_exposes():
    library = family()
    with pytest.raises(AttributeError):
        library.extra = 1  # type: ignore[attr-defined]
