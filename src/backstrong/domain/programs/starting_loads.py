"""First loads for loadable exercises: from a short calibration ("what can you lift 10 times?")
or from the person's logged history, instead of leaving the first weight to a guess.

The estimate of the one-rep max is Epley's for a calibration (no RPE: the person lifted to about
their limit) and the engine's own (RPE chart when logged) for history. The first load leaves
about three reps in reserve at the top of the range: RPE 7 (RTS chart), in line with the advice
to start with a weight you could lift 3–4 more times.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.programs.effort import epley_ratio, load_for
from backstrong.domain.programs.equipment import load_implement
from backstrong.domain.programs.history import estimated_1rm
from backstrong.domain.programs.intake import Intake
from backstrong.domain.programs.loads import describe, floor_to_step
from backstrong.domain.training.model import Load, PerformedSet

FIRST_LOAD_RPE = 7.0  # about three reps in reserve (RTS chart)
# The main lifts the forms ask about (the API takes any loadable exercise): one squat and one
# hinge per kind of equipment a person is likely to have.
CALIBRATION_LIFTS: tuple[str, ...] = (
    "goblet-squat",
    "dumbbell-romanian-deadlift",
    "kettlebell-deadlift",
    "squat",
    "deadlift",
    "hip-thrust",
)


@dataclass(frozen=True, slots=True)
class Estimate:
    one_rep_max: Load
    source: str  # "your calibration" or "your training log"


def estimates(intake: Intake, history: Iterable[PerformedSet]) -> dict[str, Estimate]:
    """e1RM per exercise id: the training log first (what was actually lifted), else the
    calibration answers."""
    out = {
        c.exercise_id: Estimate(c.load * epley_ratio(c.reps), "what you told us you can lift")
        for c in intake.calibration
    }
    for exercise_id, load in estimated_1rm(history).items():
        out[exercise_id] = Estimate(load, "your training log")
    return out


def first_load(
    exercise: Exercise, reps: tuple[int, int] | None, known: Mapping[str, Estimate]
) -> tuple[Load, str] | None:
    """The suggested first load and the words that explain it, or None when unknown."""
    implement = load_implement(exercise)
    estimate = known.get(exercise.id)
    if implement is None or estimate is None or reps is None:
        return None
    e1 = estimate.one_rep_max
    raw = Load(load_for(e1.value, reps[1], FIRST_LOAD_RPE), e1.unit)
    load = floor_to_step(raw, implement)
    if load.value <= 0:
        return None
    why = (
        f"start at {describe(load)}, from {estimate.source} (about three reps in reserve "
        f"at {reps[1]})"
    )
    return load, why
