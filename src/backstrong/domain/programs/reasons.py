"""Plain-language reasons for each choice in a plan."""

from __future__ import annotations

from collections.abc import Mapping

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.programs.dosage import Dose
from backstrong.domain.programs.equipment import equipment_phrase, load_implement
from backstrong.domain.programs.intake import Intake
from backstrong.domain.programs.phases import PHASE_LAY_NAMES, Phase
from backstrong.domain.programs.slots import SLOT_LAY_NAMES, slot_of

FIRST_LOAD_ADVICE = "start with a weight you could lift 3–4 more times than the top of the range"


def dose_phrase(dose: Dose, unilateral: bool) -> str:
    """'3 × 8–12, rest 90 s' or '3 × 4–6 holds of 7–10 s, rest 30 s'."""
    side = " per side" if unilateral else ""
    if dose.hold_seconds is not None:
        hold = _span(dose.hold_seconds)
        work = f"{_span(dose.reps)} holds of {hold} s" if dose.reps else f"{hold} s hold"
    else:
        work = f"{_span(dose.reps)} reps" if dose.reps else "as prescribed"
    rest = f", rest {dose.rest_seconds} s" if dose.rest_seconds else ""
    return f"{dose.sets} × {work}{side}{rest}"


def choice_reason(
    exercise: Exercise,
    dose: Dose,
    intake: Intake,
    phase: Phase,
    catalogue: Mapping[str, Exercise],
) -> str:
    """Why this exercise, at this dose, for this person and phase."""
    slot = SLOT_LAY_NAMES[slot_of(exercise)]
    parts = [f"{slot[0].upper()}{slot[1:]} slot", equipment_phrase(exercise)]
    level = _level_phrase(exercise, intake, catalogue)
    if level:
        parts.append(level)
    if exercise.id in intake.favourites:
        parts.append("one of your favourites")
    parts.append(f"{PHASE_LAY_NAMES[phase]}: {dose_phrase(dose, exercise.unilateral)}")
    parts.append(f"dose: {dose.source}")
    if phase is Phase.GENTLE:
        parts.append("a gentle start while the pain settles")
    if load_implement(exercise) is not None:
        parts.append(FIRST_LOAD_ADVICE)
    return "; ".join(parts)


def deload_note(reason: str) -> str:
    return f"{reason}; deload week: about a third fewer sets at the same weights"


def _level_phrase(exercise: Exercise, intake: Intake, catalogue: Mapping[str, Exercise]) -> str:
    harder = next((catalogue[h] for h in exercise.harder if h in catalogue), None)
    if harder is not None:
        return f"{intake.experience.value} → {exercise.name} before {harder.name}"
    easier = next((catalogue[e] for e in exercise.easier if e in catalogue), None)
    if easier is not None:
        return f"{intake.experience.value} → a step on from {easier.name}"
    return ""


def _span(r: tuple[int, int] | None) -> str:
    if r is None:
        return ""
    return str(r[0]) if r[0] == r[1] else f"{r[0]}–{r[1]}"
