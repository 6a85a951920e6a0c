"""The Today page's content: today's sets, the guided workout's next set, check-ins, summary."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from backstrong.domain.training.describe import load_text, set_text, target_text
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


def _row_target(sets: tuple[PlannedSet, ...], unit: str) -> str:
    """ "3 × 4 holds of 7 s per side" or "3 × 8 reps × 60 kg": sets as the plan counts them,
    loads in the person's unit."""
    if len({s.side for s in sets}) > 1:
        return f"{len(sets) // 2} × {target_text(sets[0], side=False, unit=unit)} per side"
    return f"{len(sets)} × {target_text(sets[0], unit=unit)}"


def _plan_rows(
    workout: Workout, names: dict[str, str], skip: frozenset[int], unit: str
) -> list[PlanRow]:
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
                _row_target(planned.sets, unit),
                index in skip,
            )
        )
    return rows


def _done_rows(
    done: tuple[LoggedSet, ...], names: dict[str, str], unit: str
) -> list[dict[str, str]]:
    return [
        {
            "id": s.id,
            "name": names.get(s.performed.exercise_id, s.performed.exercise_id),
            "text": set_text(s.performed, unit),
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
        "plan_rows": _plan_rows(workout, names, workout.skipped, unit),
        "step": step,
        "step_target": None if step is None else step.target,
        "step_name": None if step is None else names.get(step.exercise.exercise_id),
        "skip_href": None
        if step is None
        else state.href(skip=state.skip | {step.exercise_index}, rest=0, rest_set=""),
        "target_text": partial(target_text, unit=unit),
        "new_set_id": new_id(),
        "session": session,
        "done_rows": _done_rows(workout.done, names, unit),
        "ask_pain_before": workout.asks_pain_before,
        "ask_pain_after": workout.asks_pain_after,
        "summary": workout.summary,
        "yesterday": workout.unrated,
        "program_warnings": program_warnings,
        "pain_scale": range(11),
        "load_text": partial(load_text, unit=unit),
    }
