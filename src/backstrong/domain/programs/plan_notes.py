"""Why a plan leaves things out, in plain words: movements a sensitivity rules out, pregnancy,
a recent birth and osteoporosis (``circumstances``), the floor, and the mat that is only a
comfort."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.vocabulary import SENSITIVITY_TAGS, Kind
from backstrong.domain.programs import circumstances
from backstrong.domain.programs.intake import Intake, Sensitivity
from backstrong.domain.programs.safety import FLOOR_TAGS

NAMES_SHOWN = 6  # convention: enough examples to recognise, short enough to read

_PROVOKES: dict[Sensitivity, str] = {
    Sensitivity.FLEXION: "bending your lower back forward provokes your pain",
    Sensitivity.EXTENSION: "arching your lower back provokes your pain",
    Sensitivity.ROTATION: "twisting provokes your pain",
}
_LEFT_OUT: dict[Sensitivity, str] = {
    Sensitivity.FLEXION: (
        "so exercises that round it (even gently, such as {names}) are left out; ones that "
        "keep the spine still take their place"
    ),
    Sensitivity.EXTENSION: (
        "so exercises that arch it (such as {names}) are left out; ones that keep the spine "
        "still take their place"
    ),
    Sensitivity.ROTATION: (
        "so exercises that twist the trunk under load or to its end range (such as {names}) "
        "are left out"
    ),
}
# When the equipment or the floor choice already leaves out every such exercise, the note still
# tells the person their answer holds for the whole plan (NICE NG59 1.2: tailored advice).
_KEPT_TO: dict[Sensitivity, str] = {
    Sensitivity.FLEXION: "so every exercise in the plan keeps your lower back from rounding",
    Sensitivity.EXTENSION: "so every exercise in the plan keeps your lower back from arching",
    Sensitivity.ROTATION: (
        "so no exercise in the plan twists your trunk under load or as far as it goes"
    ),
}
FLOOR_NOTE = (
    "You chose to stay off the floor: exercises done lying down or kneeling are left out, and "
    "standing or seated versions take their place."
)
MAT_NOTE = (
    "No mat? Floor exercises work on a rug, a carpet or a folded blanket: a mat is for comfort, "
    "not a requirement."
)


def plan_notes(intake: Intake, catalogue: Mapping[str, Exercise]) -> tuple[str, ...]:
    notes = []
    for sensitivity in sorted(intake.sensitivities):
        names = _names(catalogue, SENSITIVITY_TAGS[sensitivity.value], intake)
        then = _LEFT_OUT[sensitivity].format(names=names) if names else _KEPT_TO[sensitivity]
        text = f"{_PROVOKES[sensitivity]}, {then}"
        notes.append(f"{text[0].upper()}{text[1:]}.")
    notes += circumstances.notes(intake, partial(_names, catalogue, intake=intake))
    if not intake.floor:
        notes.append(FLOOR_NOTE)
    elif "mat" not in intake.available_equipment:
        notes.append(MAT_NOTE)
    return tuple(notes)


def _names(catalogue: Mapping[str, Exercise], tags: frozenset[str], intake: Intake) -> str:
    available = intake.available_equipment | {"mat"}
    hit = sorted(
        e.name
        for e in catalogue.values()
        if tags & set(e.safety_tags)
        and set(e.equipment) <= available
        and e.kind is not Kind.AEROBIC
        and not (not intake.floor and FLOOR_TAGS & set(e.safety_tags))
    )
    if not hit:
        return ""
    shown = hit[:NAMES_SHOWN]
    return ", ".join(shown[:-1]) + f" and {shown[-1]}" if len(shown) > 1 else shown[0]
