"""The energy of a day's logged training: per session, MET of each exercise × body weight × its
minutes (Compendium of Physical Activities), gross and net of rest.

Body weight is the latest weigh-in on or before the day; minutes come from the session's clock
or its sets (``domain.body.session_time``). The net figure is what the diary adds to the day's
budget when the person's profile asks for it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from backstrong.domain.accounts import User
from backstrong.domain.body.session_time import SessionTime, SetWork, session_time
from backstrong.domain.body.training_energy import (
    MET_MAX,
    MET_RESISTANCE_MULTIPLE_EXERCISES,
    RESTING_MET,
    SessionEnergy,
    session_energy,
)
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.model import Exercise
from backstrong.domain.training.sessions import LoggedSet, TrainingSession
from backstrong.services.ports.body import LoggedWeight
from backstrong.services.ports.training import SetFilter
from backstrong.services.unit_of_work import UnitOfWork

# An exercise without a MET of its own counts as general resistance training (Compendium 02054).
DEFAULT_MET = MET_RESISTANCE_MULTIPLE_EXERCISES
SECONDS_PER_MINUTE = 60.0  # definition
LibrarySource = ExerciseLibrary | Callable[[], ExerciseLibrary]


@dataclass(frozen=True, slots=True)
class ExerciseEnergy:
    exercise_id: str
    name: str
    sets: int
    minutes: float
    met: float
    met_code: str | None  # None when the default MET was used


@dataclass(frozen=True, slots=True)
class SessionEnergyLine:
    session: TrainingSession
    time: SessionTime
    exercises: tuple[ExerciseEnergy, ...]
    energy: SessionEnergy | None  # None without a body weight

    @property
    def duration_from(self) -> str:
        """Where the minutes came from: the session's "clock", or its "sets"."""
        return "clock" if self.time.from_clock else "sets"


@dataclass(frozen=True, slots=True)
class TrainingDay:
    """A day's sessions with their energy; zero when nothing was logged or no weight is known."""

    day: date
    sessions: tuple[SessionEnergyLine, ...] = ()
    body_weight_kg: float | None = None
    note: str | None = None  # why energy could not be worked out

    @property
    def gross_kcal(self) -> float:
        return sum(s.energy.gross_kcal for s in self.sessions if s.energy is not None)

    @property
    def net_kcal(self) -> float:
        return sum(s.energy.net_kcal for s in self.sessions if s.energy is not None)


def training_day(
    uow: UnitOfWork, user: User, day: date, library: LibrarySource, zone: tzinfo | None = None
) -> TrainingDay:
    """Each session of ``day`` that holds sets, with its minutes and energy. ``library`` (or a
    function returning it, called only when there are sets) gives each exercise's MET and rest;
    weigh-ins count on their day in ``zone`` (the person's; the server's when None)."""
    with uow:
        sessions = uow.training.sessions(user.id, first=day, last=day)
        sets = uow.training.sets(user.id, SetFilter(first=day, last=day)) if sessions else []
        weights = uow.weight_entries.list_for(user.id) if sets else []
    if not sets:
        return TrainingDay(day)
    exercises = library() if callable(library) else library
    by_session: dict[str, list[LoggedSet]] = {}
    for logged in sets:
        by_session.setdefault(logged.session_id, []).append(logged)
    weight = _weight_on(weights, day, zone)
    lines = tuple(
        _line(session, by_session[session.id], exercises, weight)
        for session in sessions
        if by_session.get(session.id)
    )
    note = None
    if weight is None:
        note = f"weight: log a weigh-in on or before {day.isoformat()} to count training energy"
    return TrainingDay(day, lines, weight, note)


def _weight_on(weights: list[LoggedWeight], day: date, zone: tzinfo | None) -> float | None:
    """The latest weigh-in on or before ``day`` (by the person's calendar), in kg."""
    known = [w for w in weights if w.entry.moment.astimezone(zone).date() <= day]
    return known[-1].entry.weight_kg if known else None


def _line(
    session: TrainingSession,
    sets: list[LoggedSet],
    library: ExerciseLibrary,
    weight_kg: float | None,
) -> SessionEnergyLine:
    found = {s.performed.exercise_id: library.find(s.performed.exercise_id) for s in sets}
    rests = {key: float(ex.dosage.rest_seconds) for key, ex in found.items() if ex is not None}
    work = [SetWork(s.performed.exercise_id, s.performed.reps, s.performed.hold_seconds)
            for s in sets]  # fmt: skip
    time = session_time(work, rests, _clock_minutes(session.started_at, session.ended_at))
    exercises = tuple(_exercise_energy(t.exercise_id, t.sets, t.minutes, found[t.exercise_id])
                      for t in time.exercises)  # fmt: skip
    energy = None
    if weight_kg is not None:
        energy = session_energy(((e.met, e.minutes) for e in exercises), weight_kg)
    return SessionEnergyLine(session, time, exercises, energy)


def _clock_minutes(started_at: datetime, ended_at: datetime | None) -> float | None:
    if ended_at is None:
        return None
    return (ended_at - started_at).total_seconds() / SECONDS_PER_MINUTE


def _exercise_energy(
    exercise_id: str, sets: int, minutes: float, exercise: Exercise | None
) -> ExerciseEnergy:
    met = exercise.met if exercise is not None else None
    usable = met is not None and math.isfinite(met.value) and RESTING_MET <= met.value <= MET_MAX
    name = exercise.name if exercise is not None else exercise_id
    if met is None or not usable:
        return ExerciseEnergy(exercise_id, name, sets, minutes, DEFAULT_MET, None)
    return ExerciseEnergy(exercise_id, name, sets, minutes, met.value, met.code)
