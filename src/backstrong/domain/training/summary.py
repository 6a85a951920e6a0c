"""What a session added up to, for the end of a workout: sets, tonnage, time, pain, new records.

A record is new when :func:`~backstrong.domain.training.records.personal_records`, run over the
history up to and including the session, dates it on the session's day: records keep the date
they were first reached, so an equalled record is not new. An exercise done for the first time
sets a baseline, not records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from backstrong.domain.training.load_factors import kg_per_unit, unit_per_kg
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.records import ExerciseRecords, personal_records
from backstrong.domain.training.sessions import TrainingSession
from backstrong.domain.units import MassUnit

PAIN_ACCEPTABLE_MAX = 5  # Silbernagel 2007 pain-monitoring model (tendons; backs by extrapolation)


class RecordKind(StrEnum):
    HEAVIEST = "heaviest load"
    MOST_REPS = "most reps at a load"
    ONE_REP_MAX = "best estimated 1RM"
    SESSION_VOLUME = "best session volume"
    LONGEST_HOLD = "longest hold"


@dataclass(frozen=True, slots=True)
class ExerciseSummary:
    exercise_id: str
    working_sets: int
    reps: int
    tonnage: Load  # Σ reps × external load, in the unit asked for


@dataclass(frozen=True, slots=True)
class SessionSummary:
    day: date
    sets: int
    working_sets: int
    tonnage: Load
    exercises: tuple[ExerciseSummary, ...]  # in the order first done
    minutes: float | None  # from the first to the last set, or start to end when known
    pain_before: int | None
    pain_after: int | None
    new_records: tuple[tuple[str, RecordKind], ...]  # (exercise id, which record)

    @property
    def pain_too_high(self) -> bool:
        """Pain after the session above the acceptable zone (0–5)."""
        return self.pain_after is not None and self.pain_after > PAIN_ACCEPTABLE_MAX


def summarise_session(
    session: TrainingSession,
    sets: Sequence[PerformedSet],
    history: Iterable[PerformedSet],
    *,
    unit: MassUnit = MassUnit.KG,
) -> SessionSummary:
    """``sets`` are the session's; ``history`` every set up to and including the session."""
    kg_per, per_kg = kg_per_unit(), unit_per_kg(unit)
    totals: dict[str, list[float]] = {}
    for s in sets:
        total = totals.setdefault(s.exercise_id, [0.0, 0.0, 0.0])
        if s.warmup:
            continue
        total[0] += 1
        total[1] += s.reps or 0
        load = s.load if s.load is not None else s.added_load
        if load is not None and s.reps:
            total[2] += load.value * kg_per[load.unit] * s.reps
    exercises = tuple(
        ExerciseSummary(exercise_id, int(n), int(reps), Load(kg * per_kg, unit))
        for exercise_id, (n, reps, kg) in totals.items()
    )
    return SessionSummary(
        day=session.day,
        sets=len(sets),
        working_sets=sum(e.working_sets for e in exercises),
        tonnage=Load(sum(e.tonnage.value for e in exercises), unit),
        exercises=exercises,
        minutes=_minutes(session, sets),
        pain_before=session.pain_before,
        pain_after=session.pain_after,
        new_records=_new_records(set(totals), history, session.day),
    )


def _minutes(session: TrainingSession, sets: Sequence[PerformedSet]) -> float | None:
    times = [s.performed_at for s in sets]
    start = min([session.started_at, *times])
    end = session.ended_at or (max(times) if times else None)
    return None if end is None else max(0.0, (end - start).total_seconds() / 60.0)


def _new_records(
    exercise_ids: set[str], history: Iterable[PerformedSet], day: date
) -> tuple[tuple[str, RecordKind], ...]:
    relevant = [s for s in history if s.exercise_id in exercise_ids]
    done_before = {s.exercise_id for s in relevant if s.performed_at.date() < day}
    found: list[tuple[str, RecordKind]] = []
    for exercise_id, records in sorted(personal_records(relevant).items()):
        if exercise_id in done_before:
            found.extend((exercise_id, kind) for kind in _kinds_on(records, day))
    return tuple(found)


def _kinds_on(records: ExerciseRecords, day: date) -> list[RecordKind]:
    dated = (
        (RecordKind.HEAVIEST, records.heaviest),
        (RecordKind.ONE_REP_MAX, records.best_one_rep_max),
        (RecordKind.SESSION_VOLUME, records.best_session_volume),
        (RecordKind.LONGEST_HOLD, records.longest_hold),
    )
    kinds = [kind for kind, record in dated if record is not None and record.on == day]
    if any(record.on == day for record in records.most_reps):
        kinds.append(RecordKind.MOST_REPS)
    return kinds
