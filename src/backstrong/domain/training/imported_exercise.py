"""A custom exercise for an imported name the library does not know ("Bench Press (Barbell)").

The library needs a kind, a movement pattern and at least one primary muscle for every exercise
(volume per body region is counted from the muscles). An import only has the name, so these are
guessed: first from words in the name (:data:`KEYWORDS`), then from the closest library exercise
the search found (even below the matching threshold), else :data:`FALLBACK`. The import report
says which, so the person can correct the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backstrong.domain.exercises.model import Exercise

_WORD = re.compile(r"[a-z]+")


def _groups(*phrases: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(phrase.split()) for phrase in phrases)


@dataclass(frozen=True, slots=True)
class Guess:
    kind: str
    pattern: str
    primary_muscles: tuple[str, ...]
    secondary_muscles: tuple[str, ...] = ()
    hold: bool = False  # dosed by time (planks, holds)


# Words in a name → what the exercise most likely is. An entry matches when all the words of one
# of its groups are in the name; the first entry that matches wins, so specific ones come first.
KEYWORDS: tuple[tuple[tuple[frozenset[str], ...], Guess], ...] = (
    (
        _groups("plank", "hollow"),
        Guess(
            "isometric", "anti-extension", ("rectus-abdominis", "transversus-abdominis"), hold=True
        ),
    ),
    (_groups("calf", "calves"), Guess("strength", "squat", ("calves",))),
    (
        _groups("leg curl", "hamstring", "nordic"),
        Guess("strength", "knee-flexion", ("hamstrings",)),
    ),
    (
        _groups("squat", "leg press", "leg extension", "lunge", "step up"),
        Guess("strength", "squat", ("quadriceps", "gluteus-maximus"), ("adductors",)),
    ),
    (
        _groups("deadlift", "hinge", "swing", "thrust", "good morning"),
        Guess("strength", "hinge", ("gluteus-maximus", "hamstrings"), ("erector-spinae",)),
    ),
    (
        _groups("crunch", "situp", "sit up"),
        Guess("strength", "anti-extension", ("rectus-abdominis",)),
    ),
    (
        _groups("bench", "chest", "push", "pushup", "dip", "dips", "fly", "flye"),
        Guess("strength", "upper-body", ("pectorals", "triceps"), ("deltoids",)),
    ),
    (
        _groups("row", "pulldown", "pull", "pullup", "chin", "chinup", "lat"),
        Guess("strength", "upper-body", ("latissimus-dorsi", "rhomboids"), ("biceps", "forearms")),
    ),
    (_groups("curl"), Guess("strength", "upper-body", ("biceps",), ("forearms",))),
    (
        _groups("triceps", "tricep", "skullcrusher", "pushdown"),
        Guess("strength", "upper-body", ("triceps",)),
    ),
    (
        _groups("shoulder", "overhead", "press", "raise", "shrug"),
        Guess("strength", "upper-body", ("deltoids",), ("trapezius", "triceps")),
    ),
    (_groups("carry", "walk"), Guess("strength", "carry", ("forearms", "obliques"))),
)
HOLD_KINDS = frozenset({"isometric", "stretch"})  # the library doses these by time
FALLBACK = Guess("strength", "upper-body", ("deltoids",))  # something honest-looking to edit


def guess_for(name: str, closest: Exercise | None = None) -> tuple[Guess, str]:
    """The guess and where it came from: "name", "closest: <id>" or "fallback"."""
    words = set(_WORD.findall(name.lower()))
    for groups, guess in KEYWORDS:
        if any(group <= words for group in groups):
            return guess, "name"
    if closest is not None:
        timed = closest.dosage.hold_seconds is not None
        hold = timed and (closest.dosage.reps is None or closest.kind.value in HOLD_KINDS)
        guess = Guess(
            closest.kind.value,
            closest.pattern.value,
            closest.primary_muscles,
            closest.secondary_muscles,
            hold,
        )
        return guess, f"closest: {closest.id}"
    return FALLBACK, "fallback"


def custom_exercise_data(
    exercise_id: str, name: str, guess: Guess, equipment: tuple[str, ...], source: str
) -> dict[str, object]:
    """The exercise in the library's mapping shape, ready for ``exercise_from_mapping``."""
    dosage: dict[str, object] = {"sets": 3, "rest_seconds": 90}
    if guess.hold:
        dosage["hold_seconds"] = [20, 40]
    else:
        dosage["reps"] = [8, 12]
    return {
        "id": exercise_id,
        "name": name,
        "kind": guess.kind,
        "pattern": guess.pattern,
        "level": "intermediate",
        "primary_muscles": list(guess.primary_muscles),
        "secondary_muscles": list(guess.secondary_muscles),
        "equipment": list(equipment),
        "dosage": dosage,
        "source": {"name": source},
    }
