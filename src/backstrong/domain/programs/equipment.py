"""Equipment presets, and the implement that carries an exercise's load (with its smallest step)."""

from __future__ import annotations

from collections.abc import Iterable

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.vocabulary import EQUIPMENT
from backstrong.domain.programs.errors import IntakeError
from backstrong.domain.units import MassUnit

_HOME_BASIC = frozenset({"mat", "band"})
_HOME_DUMBBELLS = _HOME_BASIC | {"dumbbell"}
_HOME_BARBELL = _HOME_DUMBBELLS | {"barbell", "weight-plate", "bench", "squat-rack", "box"}

PRESETS: dict[str, frozenset[str]] = {
    "none": frozenset(),
    "home-basic": _HOME_BASIC,
    "home-dumbbells": _HOME_DUMBBELLS,
    "home-barbell": _HOME_BARBELL,
    "gym": frozenset(EQUIPMENT),
}

# The implement that carries an exercise's load, in order of precedence.
LOAD_IMPLEMENTS: tuple[str, ...] = (
    "barbell",
    "trap-bar",
    "dumbbell",
    "kettlebell",
    "cable",
    "weight-plate",
)

# Smallest sensible load step per implement and unit (convention: the lightest common change).
LOAD_STEPS: dict[str, dict[MassUnit, float]] = {
    "barbell": {MassUnit.KG: 2.5, MassUnit.LB: 5.0},  # a pair of 1.25 kg / 2.5 lb plates
    "trap-bar": {MassUnit.KG: 2.5, MassUnit.LB: 5.0},
    "dumbbell": {MassUnit.KG: 2.0, MassUnit.LB: 5.0},  # the next pair on a dumbbell rack
    "kettlebell": {MassUnit.KG: 4.0, MassUnit.LB: 9.0},  # the next bell; 9 lb ≈ 4 kg
    "cable": {MassUnit.KG: 2.5, MassUnit.LB: 5.0},  # one plate of a typical stack
    "weight-plate": {MassUnit.KG: 2.5, MassUnit.LB: 5.0},
}

# Equipment phrases for reasons; articles make "you have a barbell" read well.
_PHRASES: dict[str, str] = {
    "barbell": "a barbell",
    "dumbbell": "dumbbells",
    "kettlebell": "a kettlebell",
    "band": "a resistance band",
    "mini-band": "a mini band",
    "bench": "a bench",
    "box": "a box or sturdy step",
    "stability-ball": "a stability ball",
    "cable": "a cable machine",
    "trap-bar": "a trap bar",
    "squat-rack": "a squat rack",
    "weight-plate": "a weight plate",
    "mat": "a mat",
}


def resolve_equipment(tokens: Iterable[str]) -> frozenset[str]:
    """Union of presets and items; raise IntakeError naming an unknown token."""
    available: set[str] = set()
    for token in tokens:
        key = token.strip().lower()
        if key in PRESETS:
            available |= PRESETS[key]
        elif key in EQUIPMENT:
            available.add(key)
        else:
            presets = ", ".join(PRESETS)
            raise IntakeError(
                f"equipment '{token}': not a preset or item; presets: {presets}; "
                f"items: {', '.join(sorted(EQUIPMENT))}"
            )
    return frozenset(available)


def load_implement(exercise: Exercise) -> str | None:
    """The implement whose weight a person logs for this exercise, or None for body weight."""
    for implement in LOAD_IMPLEMENTS:
        if implement in exercise.equipment:
            return implement
    return None


def load_step(implement: str, unit: MassUnit) -> float:
    return LOAD_STEPS[implement][unit]


def equipment_phrase(exercise: Exercise) -> str:
    """'you have a barbell and a bench' or 'no equipment needed'."""
    if not exercise.equipment:
        return "no equipment needed"
    items = [_PHRASES.get(e, EQUIPMENT.get(e, e)) for e in exercise.equipment]
    if len(items) == 1:
        return f"you have {items[0]}"
    return f"you have {', '.join(items[:-1])} and {items[-1]}"
