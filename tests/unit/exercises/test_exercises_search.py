"""Searching the library: filters a person relies on and a forgiving name search."""

from __future__ import annotations

import pytest

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.model import Dosage, Exercise, Source
from backstrong.domain.exercises.search import Query, index_for, search
from backstrong.domain.exercises.terms import UnknownVocabulary
from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern

IMPORTED = Source("free-exercise-db", "Unlicense")


def exercise(
    exercise_id: str,
    name: str,
    *,
    primary: tuple[str, ...] = ("gluteus-maximus",),
    secondary: tuple[str, ...] = (),
    pattern: Pattern = Pattern.HINGE,
    kind: Kind = Kind.STRENGTH,
    level: Level = Level.BEGINNER,
    equipment: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    aliases: tuple[str, ...] = (),
    source: Source | None = None,
) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=name,
        kind=kind,
        pattern=pattern,
        level=level,
        dosage=Dosage(sets=3, reps=(8, 12)),
        primary_muscles=primary,
        secondary_muscles=secondary,
        equipment=equipment,
        safety_tags=tags,
        aliases=aliases,
        source=source or Source(),
    )


LIBRARY = ExerciseLibrary(
    [
        exercise("deadlift", "Deadlift (barbell)", primary=("gluteus-maximus", "hamstrings"),
                 secondary=("erector-spinae",), level=Level.INTERMEDIATE, equipment=("barbell",),
                 tags=("high-spinal-compression",)),
        exercise("sumo-deadlift", "Sumo deadlift", level=Level.INTERMEDIATE,
                 equipment=("barbell",)),
        exercise("romanian-deadlift", "Romanian deadlift", primary=("hamstrings",),
                 level=Level.INTERMEDIATE, equipment=("barbell",)),
        exercise("good-morning", "Good morning", primary=("erector-spinae", "hamstrings"),
                 level=Level.INTERMEDIATE, equipment=("barbell", "squat-rack")),
        exercise("good-morning-bodyweight", "Body-weight good morning", primary=("hamstrings",),
                 secondary=("erector-spinae",)),
        exercise("glute-ham-raise", "Glute-ham raise", primary=("hamstrings",),
                 pattern=Pattern.BACK_EXTENSION, level=Level.ADVANCED,
                 equipment=("glute-ham-developer",)),
        exercise("superman", "Superman hold", primary=("erector-spinae",), kind=Kind.ISOMETRIC,
                 pattern=Pattern.BACK_EXTENSION, level=Level.INTERMEDIATE, equipment=("mat",),
                 tags=("end-range-extension",)),
        exercise("bird-dog", "Bird dog", primary=("multifidus",), secondary=("gluteus-maximus",),
                 kind=Kind.ISOMETRIC, pattern=Pattern.ANTI_ROTATION, equipment=("mat",)),
        exercise("side-bridge", "Side bridge", primary=("obliques", "quadratus-lumborum"),
                 kind=Kind.ISOMETRIC, pattern=Pattern.ANTI_LATERAL_FLEXION, equipment=("mat",),
                 aliases=("side plank",)),
        exercise("bridge", "Glute bridge", pattern=Pattern.BRIDGE, equipment=("mat",),
                 aliases=("hip bridge",)),
        exercise("childs-pose", "Child's pose", primary=("erector-spinae",), kind=Kind.STRETCH,
                 pattern=Pattern.SPINAL_MOBILITY, equipment=("mat",),
                 tags=("kneeling", "end-range-flexion")),
        exercise("goblet-squat", "Goblet squat", primary=("quadriceps",), pattern=Pattern.SQUAT,
                 equipment=("dumbbell",)),
        exercise("fedb-barbell-deadlift", "Barbell Deadlift", level=Level.INTERMEDIATE,
                 equipment=("barbell",), source=IMPORTED),
        exercise("fedb-supine-hamstring-stretch", "Supine Hamstring Stretch",
                 primary=("hamstrings",), kind=Kind.STRETCH, pattern=Pattern.HIP_FLEXION,
                 source=IMPORTED),
    ]
)  # fmt: skip


def found(query: Query, library: ExerciseLibrary = LIBRARY) -> list[str]:
    return [e.id for e in search(library, query)]


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("goodmorning", "good-morning"),
        ("Good Morning", "good-morning"),
        ("RDL", "romanian-deadlift"),
        ("glute ham raise", "glute-ham-raise"),
        ("gluteham raise", "glute-ham-raise"),
        ("superman", "superman"),
        ("bird-dog", "bird-dog"),
        ("bird dog", "bird-dog"),
        ("birddog", "bird-dog"),
        ("deadlfit", "deadlift"),
        ("deadlift", "deadlift"),
        ("side plank", "side-bridge"),
        ("childs pose", "childs-pose"),
        ("child's pose", "childs-pose"),
        ("bodyweight good morning", "good-morning-bodyweight"),
        ("  BRIDGE ", "bridge"),
    ],
)
def test_a_name_search_puts_the_meant_exercise_first(text, best):
    results = found(Query(text=text))
    assert results, f"nothing found for {text!r}"
    assert results[0] == best


def test_a_name_search_leaves_out_unrelated_exercises():
    assert "goblet-squat" not in found(Query(text="deadlift"))
    assert found(Query(text="zzzz qqq")) == []


def test_a_bundled_exercise_ranks_before_an_imported_one_with_an_equal_name_match():
    results = found(Query(text="deadlift"))
    assert results.index("deadlift") < results.index("fedb-barbell-deadlift")


def test_lower_back_means_the_whole_lower_back_region_as_primary_or_secondary():
    results = found(Query(muscle="lower back"))
    assert set(results) == {
        "deadlift",
        "good-morning",
        "good-morning-bodyweight",
        "superman",
        "bird-dog",
        "side-bridge",
        "childs-pose",
    }
    assert found(Query(muscle="lower-back")) == results


def test_exercises_working_the_muscle_as_primary_come_first():
    results = found(Query(muscle="lower back"))
    assert set(results[-2:]) == {"deadlift", "good-morning-bodyweight"}


@pytest.mark.parametrize(
    ("muscle", "expected"),
    [
        ("glutes", "gluteus-maximus"),
        ("gluteus-maximus", "gluteus-maximus"),
        ("QL", "quadratus-lumborum"),
        ("quads", "quadriceps"),
    ],
)
def test_a_muscle_may_be_named_by_id_or_lay_name(muscle, expected):
    results = search(LIBRARY, Query(muscle=muscle))
    assert results and all(expected in e.muscles for e in results)


def test_a_region_means_every_muscle_in_it():
    assert found(Query(muscle="hips")) == found(Query(muscle="hips and glutes"))
    assert "goblet-squat" in found(Query(muscle="thighs"))


def test_the_empty_equipment_set_means_body_weight_only():
    assert found(Query(equipment=frozenset())) == [
        "good-morning-bodyweight",
        "fedb-supine-hamstring-stretch",
    ]


def test_an_exercise_qualifies_only_when_all_its_equipment_is_available():
    results = found(Query(equipment=frozenset({"barbell", "mat"})))
    assert "deadlift" in results and "bridge" in results
    assert "good-morning" not in results  # also needs a squat rack
    assert "good-morning" in found(Query(equipment=frozenset({"barbell", "squat-rack"})))


def test_equipment_may_be_named_by_its_lay_name():
    assert "goblet-squat" in found(Query(equipment=frozenset({"dumbbells"})))


def test_excluded_safety_tags_and_sensitivities_remove_exercises():
    assert "superman" not in found(Query(exclude_tags=frozenset({"end-range-extension"})))
    no_flexion = found(Query(exclude_tags=frozenset({"flexion"})))
    assert "childs-pose" not in no_flexion and "superman" in no_flexion


def test_levels_filter_exactly_or_up_to_a_ceiling():
    assert found(Query(level="advanced")) == ["glute-ham-raise"]
    easy = search(LIBRARY, Query(max_level="beginner"))
    assert easy and all(e.level is Level.BEGINNER for e in easy)
    assert "glute-ham-raise" not in found(Query(max_level="intermediate"))


def test_pattern_and_kind_filters_accept_spaces_and_capitals():
    assert found(Query(pattern="Back extension")) == ["superman", "glute-ham-raise"]
    assert set(found(Query(kind="stretch"))) == {"childs-pose", "fedb-supine-hamstring-stretch"}


def test_filters_and_text_combine():
    assert found(Query(text="deadlift", equipment=frozenset({"barbell"}), level="intermediate"))[
        0
    ] == ("deadlift")
    assert found(Query(text="good morning", equipment=frozenset())) == ["good-morning-bodyweight"]


@pytest.mark.parametrize(
    ("query", "field", "suggestion"),
    [
        (Query(muscle="lower bak"), "muscle", "lower back"),
        (Query(pattern="hinj"), "pattern", "hinge"),
        (Query(kind="strech"), "kind", "stretch"),
        (Query(level="expert"), "level", None),
        (Query(max_level="beginer"), "level", "beginner"),
        (Query(equipment=frozenset({"kettlebel"})), "equipment", "kettlebell"),
        (Query(exclude_tags=frozenset({"balistic"})), "safety tag", "ballistic"),
    ],
)
def test_unknown_vocabulary_names_the_field_the_value_and_the_closest_names(
    query, field, suggestion
):
    with pytest.raises(UnknownVocabulary) as caught:
        search(LIBRARY, query)
    assert caught.value.field == field
    assert str(caught.value).startswith(field)
    if suggestion:
        assert caught.value.suggestions[0] == suggestion


def test_the_search_index_is_built_once_per_library():
    library = ExerciseLibrary(LIBRARY)
    assert index_for(library) is index_for(library)
    assert index_for(library.merged([])) is not index_for(library)
