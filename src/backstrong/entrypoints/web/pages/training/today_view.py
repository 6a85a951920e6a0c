"""The Today page's content: today's sets, the guided workout's next set, check-ins, summary."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from backstrong.domain.training.describe import load_text, seconds_text, set_text
from backstrong.domain.training.sessions import LoggedSet, new_id
from backstrong.domain.training.workout import PlannedSet
from backstrong.entrypoints.web.pages.training.today_state import TodayState
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


def today_context(
    workout: Workout,
    names: dict[str, str],
    state: TodayState,
    unit: str,
    program_warnings: tuple[str, ...] = (),
) -> dict[str, Any]:
    step, session = workout.step, workout.session
    return {
        "active": "today",
        "day": workout.day,
        "state": state,
        "names": names,
        "unit": unit,
        "workout": workout,
        "plan_rows": _plan_rows(workout, names, workout.skipped),
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
        "ask_pain_before": workout.asks_pain_before,
        "ask_pain_after": workout.asks_pain_after,
        "summary": workout.summary,
        "yesterday": workout.unrated,
        "program_warnings": program_warnings,
        "pain_scale": range(11),
        "load_text": load_text,
    }
