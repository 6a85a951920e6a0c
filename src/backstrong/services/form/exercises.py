"""Which library exercises the form check can judge, and as which form exercise: the one place
that maps exercise-library ids to the domain's form exercises (squat, hinge, bridge families).

Single-leg, split-stance and side-lying variants are left out: the side-on rules assume both
feet planted side by side (or, for the bridge, both feet on the floor)."""

from __future__ import annotations

CHECKABLE: dict[str, str] = {
    "squat": "squat",
    "bodyweight-squat": "squat",
    "box-squat": "squat",
    "goblet-squat": "squat",
    "good-morning": "good-morning",
    "good-morning-bodyweight": "good-morning",
    "hip-hinge-drill": "hinge",
    "deadlift": "deadlift",
    "kettlebell-deadlift": "deadlift",
    "trap-bar-deadlift": "deadlift",
    "sumo-deadlift": "deadlift",
    "romanian-deadlift": "romanian-deadlift",
    "dumbbell-romanian-deadlift": "romanian-deadlift",
    "bridge": "bridge",
    "banded-bridge": "bridge",
    "hip-thrust": "bridge",
}


def form_exercise_for(library_id: str) -> str | None:
    """The form exercise that judges a library exercise, or None when it is not checkable."""
    return CHECKABLE.get(library_id)
