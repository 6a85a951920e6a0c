"""The exercise use cases over in-memory storage: each person's library, custom exercises,
imports, pictures and file checks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.model import Dosage, Exercise, Source
from backstrong.domain.exercises.search import Query
from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern
from backstrong.services.errors import Conflict, NotFound
from backstrong.services.exercises.service import ExercisesService, LibraryCache
from backstrong.services.ports.exercises import ParsedExercises, SkippedEntry
from tests.fakes import FakeUnitOfWork
from tests.fakes_training import FakeCustomExercises

NOW = datetime(2026, 3, 13, 12, 0, tzinfo=UTC)
ADA = User(id=1, email="ada@example.org", created_at=NOW)
BO = User(id=2, email="bo@example.org", created_at=NOW)
WALL_ANGEL = {
    "name": "Wall angel",
    "kind": "mobility",
    "level": "beginner",
    "pattern": "spinal-mobility",
    "primary_muscles": ["trapezius"],
    "dosage": {"sets": 2, "reps": [8, 10]},
}


def exercise(exercise_id: str, name: str, **extra: object) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=name,
        kind=Kind.STRENGTH,
        pattern=Pattern.BRIDGE,
        level=Level.BEGINNER,
        dosage=Dosage(sets=3, reps=(8, 12)),
        primary_muscles=("gluteus-maximus",),
        **extra,  # type: ignore[arg-type]
    )


BUNDLED = ExerciseLibrary([exercise("bridge", "Glute bridge", harder=("hip-thrust",))])


class FakeFiles:
    def __init__(self, parsed: ParsedExercises | None = None) -> None:
        self.parsed = parsed or ParsedExercises(())
        self.checked: list[Path | None] = []

    def problems_in(self, path: Path | None) -> list[str]:
        self.checked.append(path)
        return [f"{path}: kind: 'jumping' is not known"]

    def read_free_exercise_db(self, path: Path) -> ParsedExercises:
        return self.parsed


def service(files: FakeFiles | None = None, cache: LibraryCache | None = None):
    uow = FakeUnitOfWork()
    uow.custom_exercises = FakeCustomExercises()
    built = ExercisesService(
        lambda: uow,
        BUNDLED,
        {} if cache is None else cache,
        files or FakeFiles(),
        lambda ex: f"<svg>{ex.name}</svg>",
    )
    return built, uow


def test_a_visitor_sees_the_bundled_library_only():
    exercises, _ = service()
    assert exercises.library_for(None) is BUNDLED


def test_a_custom_exercise_is_in_its_owners_library_only():
    exercises, _ = service()
    created = exercises.create_custom(ADA, WALL_ANGEL)
    assert created.id == "wall-angel" and created.source.name == "custom"
    assert exercises.get(ADA, "wall-angel") == created
    with pytest.raises(NotFound):
        exercises.get(BO, "wall-angel")
    assert [e.id for e in exercises.search(ADA, Query(text="wall angel"))][:1] == ["wall-angel"]


def test_the_merged_library_is_kept_until_the_persons_exercises_change():
    exercises, _ = service()
    exercises.create_custom(ADA, WALL_ANGEL)
    first = exercises.library_for(ADA)
    assert exercises.library_for(ADA) is first
    exercises.create_custom(ADA, {**WALL_ANGEL, "name": "Floor angel"})
    assert "floor-angel" in exercises.library_for(ADA)


def test_a_custom_exercise_cannot_take_a_library_id():
    exercises, uow = service()
    with pytest.raises(Conflict) as caught:
        exercises.create_custom(ADA, {**WALL_ANGEL, "id": "bridge"})
    assert caught.value.field == "id" and uow.custom_exercises.rows == []


def test_a_custom_exercise_may_link_only_to_exercises_in_the_library():
    exercises, _ = service()
    with pytest.raises(FieldError) as caught:
        exercises.create_custom(ADA, {**WALL_ANGEL, "easier": ["wall-slide"]})
    assert caught.value.field == "easier" and caught.value.value == "wall-slide"


def test_an_unknown_id_is_not_found_and_names_the_closest():
    exercises, _ = service()
    with pytest.raises(NotFound) as caught:
        exercises.get(ADA, "brige")
    assert "bridge" in str(caught.value)


def test_the_detail_lists_linked_exercises_that_exist():
    exercises, _ = service()
    detail = exercises.detail(None, "bridge")
    assert detail.exercise.id == "bridge" and detail.easier == () and detail.harder == ()


def test_the_figure_is_drawn_for_the_persons_exercise():
    exercises, _ = service()
    assert exercises.figure(None, "bridge") == "<svg>Glute bridge</svg>"


def test_importing_twice_adds_nothing_the_second_time_and_reports_what_was_left_out():
    parsed = ParsedExercises(
        (exercise("fedb-floor-hip-lift", "Floor hip lift"), exercise("bridge", "Bridge")),
        {"equipment": {"foam roll"}},
        (SkippedEntry(2, "Mystery", "none of its muscles has a match"),),
    )
    exercises, uow = service(FakeFiles(parsed))
    first = exercises.import_free_exercise_db(ADA, Path("exercises.json"))
    again = exercises.import_free_exercise_db(ADA, Path("exercises.json"))
    assert first.added == ("fedb-floor-hip-lift",) and first.already_there == ("bridge",)
    assert again.added == () and len(again.already_there) == 2
    assert first.left_out == ["Mystery: none of its muscles has a match"]
    assert first.unmapped == {"equipment": {"foam roll"}}
    stored = exercises.get(ADA, "fedb-floor-hip-lift").source
    assert stored == Source(name="free-exercise-db", licence="Unlicense")
    assert uow.commits == 2


def test_validation_checks_the_files_it_is_given():
    files = FakeFiles()
    exercises, _ = service(files)
    assert exercises.validate(Path("mine")) == ["mine: kind: 'jumping' is not known"]
    assert files.checked == [Path("mine")]
