"""The Today page's content: today's sets, the guided workout's next set, check-ins, summary."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.training.describe import load_text, seconds_text, set_text
from backstrong.domain.training.sessions import LoggedSet, TrainingSession, new_id
from backstrong.domain.training.summary import SessionSummary
from backstrong.domain.training.workout import PlannedSet, Step, next_step
from backstrong.entrypoints.web.deps import ContainerDep
from backstrong.entrypoints.web.pages.training.today_state import TodayState
from backstrong.services.errors import NotFound
from backstrong.services.training import sessions as training_sessions
from backstrong.services.training import stats as training_stats
from backstrong.services.training import workout as training_workout
from backstrong.services.training.workout import Workout


@dataclass(frozen=True)
class PlanRow:
    index: int
    exercise_id: str
    name: str
    planned: int
    done: int
    target: str
    skipped: bool


def target_text(target: PlannedSet) -> str:
    if target.reps is not None:
        amount = f"{target.reps} reps"
    elif target.hold_seconds is not None:
        amount = seconds_text(target.hold_seconds)
    else:
        amount = "as you like"
    if target.load is not None:
        amount += f" × {load_text(target.load)}"
    elif target.added_load is not None:
        amount += f" + {load_text(target.added_load)}"
    if target.side is not None:
        amount += f", {target.side.value} side"
    return amount


def _row_target(sets: tuple[PlannedSet, ...]) -> str:
    sides = {s.side for s in sets}
    if len(sides) > 1:
        return target_text(replace(sets[0], side=None)) + ", left and right"
    return target_text(sets[0])


def step_with_skips(workout: Workout, skip: frozenset[int]) -> Step | None:
    kept = [i for i in range(len(workout.plan)) if i not in skip]
    found = next_step([workout.plan[i] for i in kept], [s.performed for s in workout.done])
    return (
        None if found is None else Step(kept[found.exercise_index], found.set_index, found.exercise)
    )


def _plan_rows(workout: Workout, names: dict[str, str], skip: frozenset[int]) -> list[PlanRow]:
    remaining: dict[str, int] = {}
    for s in workout.done:
        if not s.performed.warmup:
            remaining[s.performed.exercise_id] = remaining.get(s.performed.exercise_id, 0) + 1
    rows = []
    for index, planned in enumerate(workout.plan):
        done = min(remaining.get(planned.exercise_id, 0), len(planned.sets))
        remaining[planned.exercise_id] = remaining.get(planned.exercise_id, 0) - done
        rows.append(
            PlanRow(
                index,
                planned.exercise_id,
                names.get(planned.exercise_id, planned.exercise_id),
                len(planned.sets),
                done,
                _row_target(planned.sets),
                index in skip,
            )
        )
    return rows


def _done_rows(done: tuple[LoggedSet, ...], names: dict[str, str]) -> list[dict[str, str]]:
    return [
        {
            "id": s.id,
            "name": names.get(s.performed.exercise_id, s.performed.exercise_id),
            "text": set_text(s.performed),
            "time": f"{s.performed.performed_at:%H:%M}",
        }
        for s in done
    ]


def _yesterday(container: ContainerDep, user: User, day: date) -> Any:
    found = training_sessions.day_session(container.uow(), user, day - timedelta(days=1))
    if found is None or not found.sets or found.session.pain_next_morning is not None:
        return None
    return found.session


def _summary(
    container: ContainerDep, user: User, session: TrainingSession | None
) -> SessionSummary | None:
    if session is None:
        return None
    return training_workout.session_summary(
        container.uow(),
        user,
        session.id,
        unit=training_stats.unit_of(user),
        cache=container.training_stats,
    )


def today_context(
    container: ContainerDep,
    user: User,
    library: ExerciseLibrary,
    day: date,
    state: TodayState,
) -> dict[str, Any]:
    names = {exercise.id: exercise.name for exercise in library}
    plan_ids = tuple(i for i in state.plan if i in library)
    workout = container.programs.todays_workout(user, day, plan_ids)
    step = step_with_skips(workout, state.skip)
    session = workout.session
    plan_done = bool(workout.plan) and step is None and bool(workout.done)
    summary = _summary(container, user, session) if plan_done else None
    return {
        "active": "today",
        "day": day,
        "state": state,
        "names": names,
        "unit": user.unit,
        "workout": workout,
        "plan_rows": _plan_rows(workout, names, state.skip),
        "step": step,
        "step_target": None if step is None else step.target,
        "step_name": None if step is None else names.get(step.exercise.exercise_id),
        "skip_href": None
        if step is None
        else state.href(skip=state.skip | {step.exercise_index}, rest=0, rest_set=""),
        "target_text": target_text,
        "new_set_id": new_id(),
        "session": session,
        "done_rows": _done_rows(workout.done, names),
        "ask_pain_before": (session is None or session.pain_before is None)
        and not workout.done
        and bool(workout.plan),
        "ask_pain_after": plan_done and session is not None and session.pain_after is None,
        "summary": summary,
        "yesterday": _yesterday(container, user, day),
        "program_warnings": _program_warnings(container, user, day, workout.source),
        "pain_scale": range(11),
        "load_text": load_text,
    }


def _program_warnings(
    container: ContainerDep, user: User, day: date, source: str
) -> tuple[str, ...]:
    """Why today's program session is careful (after a flare-up, load waiting on pain)."""
    if source != "program":
        return ()
    with suppress(NotFound):
        return container.programs.next_session(user, today=day, history_before=day).warnings
    return ()
