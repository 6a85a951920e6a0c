"""Builders for the training-log service tests: a tiny library, a person, an in-memory store."""

from __future__ import annotations

from datetime import UTC, datetime

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.model import Dosage, Exercise
from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern
from backstrong.services.clock import Clock
from backstrong.services.training.service import TrainingService
from tests.fakes import FakeUnitOfWork
from tests.fakes_training import FakeCustomExercises

NOW = datetime(2026, 3, 13, 12, 0, tzinfo=UTC)


def exercise(exercise_id: str, name: str, *muscles: str, aliases: tuple[str, ...] = ()) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=name,
        kind=Kind.STRENGTH,
        pattern=Pattern.HINGE,
        level=Level.BEGINNER,
        dosage=Dosage(sets=3, reps=(8, 12), rest_seconds=90),
        primary_muscles=muscles or ("gluteus-maximus",),
        aliases=aliases,
    )


LIBRARY = ExerciseLibrary(
    [
        exercise("deadlift", "Deadlift (barbell)", "gluteus-maximus", "hamstrings"),
        exercise("romanian-deadlift", "Romanian deadlift", "hamstrings", aliases=("RDL",)),
        exercise("bridge", "Glute bridge", "gluteus-maximus"),
        exercise("squat", "Squat", "quadriceps"),
    ]
)


def person(user_id: int = 1) -> User:
    return User(id=user_id, email=f"p{user_id}@example.org", created_at=NOW)


def store() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.custom_exercises = FakeCustomExercises()
    return uow


def service(
    uow: FakeUnitOfWork, *, now: datetime = NOW, library: ExerciseLibrary = LIBRARY, **kw: object
) -> TrainingService:
    """The training service over the in-memory ``uow``, its clock stopped at ``now``."""
    return TrainingService(lambda: uow, Clock(lambda: now), library, **kw)  # type: ignore[arg-type]
