"""The workout screen's bootstrap: today's planned exercises and sets, what is done, what is next.

Read by the phone's workout screen (frontend/training/workout.js) once per session; the sets it
logs go back through ``POST /api/v1/sets`` with the client's UUID.
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, Field

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.training.describe import set_text, target_text
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.summary import SessionSummary
from backstrong.domain.training.workout import NextTime, PlannedExercise, PlannedSet
from backstrong.entrypoints.web.api.training.schemas import LoadPublic, SetPublic
from backstrong.services.training.workout import Workout


def _load(load: Load | None) -> LoadPublic | None:
    return None if load is None else LoadPublic(value=load.value, unit=load.unit.value)


class PlannedSetPublic(BaseModel):
    reps: int | None = Field(description="Reps, or the number of holds when hold_seconds is set.")
    hold_seconds: float | None
    load: LoadPublic | None
    added_load: LoadPublic | None
    side: str | None
    text: str = Field(examples=["4 holds of 5 s, left side"])

    @classmethod
    def of(cls, planned: PlannedSet) -> PlannedSetPublic:
        return cls(
            reps=planned.reps,
            hold_seconds=planned.hold_seconds,
            load=_load(planned.load),
            added_load=_load(planned.added_load),
            side=None if planned.side is None else planned.side.value,
            text=target_text(planned),
        )


class LastSetPublic(BaseModel):
    reps: int | None
    hold_seconds: float | None
    load: LoadPublic | None
    day: str
    text: str

    @classmethod
    def of(cls, performed: PerformedSet) -> LastSetPublic:
        return cls(
            reps=performed.reps,
            hold_seconds=performed.hold_seconds,
            load=_load(performed.load),
            day=performed.performed_at.date().isoformat(),
            text=set_text(performed),
        )


class VariantPublic(BaseModel):
    exercise_id: str
    name: str


class PlannedExercisePublic(BaseModel):
    exercise_id: str
    name: str
    rest_seconds: int
    unilateral: bool
    sets: list[PlannedSetPublic]
    last: LastSetPublic | None = Field(description="The latest working set before today.")
    easier: list[VariantPublic]
    harder: list[VariantPublic]


class SummaryPublic(BaseModel):
    working_sets: int
    tonnage: LoadPublic
    minutes: float | None
    records: list[str] = Field(examples=[["New record: Deadlift (barbell), heaviest load"]])

    @classmethod
    def of(cls, summary: SessionSummary, names: Mapping[str, str]) -> SummaryPublic:
        return cls(
            working_sets=summary.working_sets,
            tonnage=LoadPublic(value=summary.tonnage.value, unit=summary.tonnage.unit.value),
            minutes=summary.minutes,
            records=[
                f"New record: {names.get(exercise_id, exercise_id)}, {kind.value}"
                for exercise_id, kind in summary.new_records
            ],
        )


class NextTimePublic(BaseModel):
    """What the program's rules decided for the next session, per exercise."""

    exercise_id: str
    name: str
    change: str = Field(examples=["heavier", "same as last time", "easier version"])
    what: str = Field(examples=["3 sets of 8 reps at 62.5 kg, rest 120 s"])
    reason: str

    @classmethod
    def of(cls, item: NextTime, names: Mapping[str, str]) -> NextTimePublic:
        name = names.get(item.exercise_id, item.exercise_id)
        return cls(
            exercise_id=item.exercise_id,
            name=name,
            change=item.change,
            what=item.what,
            reason=item.reason,
        )


class StepPublic(BaseModel):
    exercise_index: int
    set_index: int


class WorkoutPublic(BaseModel):
    day: str
    source: str = Field(description='"program", "list", "last session" or "" (nothing planned).')
    session_id: str | None
    pain_before: int | None
    pain_after: int | None
    notes: str = Field("", description="The session's notes (from any device).")
    exercises: list[PlannedExercisePublic]
    done: list[SetPublic]
    step: StepPublic | None
    finished: bool
    summary: SummaryPublic | None = Field(description="Once every planned set is done.")
    next_time: list[NextTimePublic] = Field(
        description="Once a program's session is done: what its next session changes, and why."
    )

    @classmethod
    def of(
        cls, workout: Workout, library: ExerciseLibrary, names: Mapping[str, str]
    ) -> WorkoutPublic:
        session = workout.session
        step = workout.step
        return cls(
            day="" if workout.day is None else workout.day.isoformat(),
            source=workout.source,
            session_id=None if session is None else session.id,
            pain_before=None if session is None else session.pain_before,
            pain_after=None if session is None else session.pain_after,
            notes="" if session is None else session.notes,
            exercises=[_exercise(p, workout, library, names) for p in workout.plan],
            done=[SetPublic.of(s) for s in workout.done],
            step=None
            if step is None
            else StepPublic(exercise_index=step.exercise_index, set_index=step.set_index),
            finished=workout.finished,
            summary=None if workout.summary is None else SummaryPublic.of(workout.summary, names),
            next_time=[NextTimePublic.of(n, names) for n in workout.next_time],
        )


def _variants(
    ids: tuple[str, ...], library: ExerciseLibrary, names: Mapping[str, str]
) -> list[VariantPublic]:
    return [VariantPublic(exercise_id=i, name=names.get(i, i)) for i in ids if i in library]


def _exercise(
    planned: PlannedExercise, workout: Workout, library: ExerciseLibrary, names: Mapping[str, str]
) -> PlannedExercisePublic:
    known = library.find(planned.exercise_id)
    last = workout.last.get(planned.exercise_id)
    return PlannedExercisePublic(
        exercise_id=planned.exercise_id,
        name=names.get(planned.exercise_id, planned.exercise_id),
        rest_seconds=planned.rest_seconds,
        unilateral=bool(known and known.unilateral),
        sets=[PlannedSetPublic.of(s) for s in planned.sets],
        last=None if last is None else LastSetPublic.of(last),
        easier=[] if known is None else _variants(known.easier, library, names),
        harder=[] if known is None else _variants(known.harder, library, names),
    )
