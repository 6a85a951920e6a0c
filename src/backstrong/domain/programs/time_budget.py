"""How long a session takes: sets × (reps × tempo or holds) + rests + warm-up.

Estimates use the top of every range, so a plan that fits its budget fits it on the hardest day.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from backstrong.domain.programs.dosage import Dose

WARM_UP_SECONDS = 300  # convention: five minutes of easy movement before the first exercise
SECONDS_PER_REP = 4  # ACSM tempo: 1–2 s up and 1–2 s down
SECONDS_PER_HOLD_CHANGE = 3  # getting into and out of each hold (convention)
SET_UP_SECONDS = 10  # taking position or picking up the weight, per set and side (convention)
CHANGEOVER_SECONDS = 45  # moving to the next exercise and setting it up (convention)


def work_seconds(dose: Dose, unilateral: bool) -> int:
    """Working time of one set, both sides when the exercise is done one side at a time."""
    reps = dose.reps[1] if dose.reps else 1
    if dose.hold_seconds is not None:
        per_side = reps * (dose.hold_seconds[1] + SECONDS_PER_HOLD_CHANGE)
    else:
        per_side = reps * SECONDS_PER_REP
    sides = 2 if unilateral else 1
    return sides * (per_side + SET_UP_SECONDS)


def exercise_seconds(dose: Dose, unilateral: bool) -> int:
    """All sets with the rests between them, and the changeover to the next exercise."""
    rests = max(0, dose.sets - 1) * dose.rest_seconds
    return dose.sets * work_seconds(dose, unilateral) + rests + CHANGEOVER_SECONDS


def session_seconds(exercise_times: Iterable[int]) -> int:
    return WARM_UP_SECONDS + sum(exercise_times)


def budget_seconds(minutes_per_session: int) -> int:
    """Seconds left for exercises once the warm-up is done."""
    return minutes_per_session * 60 - WARM_UP_SECONDS


def to_minutes(seconds: int) -> int:
    return math.ceil(seconds / 60)
