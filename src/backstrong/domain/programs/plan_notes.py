"""Why a plan leaves things out, in plain words: movements a sensitivity rules out, the floor,
and the mat that is only a comfort."""

from __future__ import annotations

from collections.abc import Mapping

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.vocabulary import SENSITIVITY_TAGS, Kind
from backstrong.domain.programs.intake import Intake, Sensitivity
from backstrong.domain.programs.safety import FLOOR_TAGS

NAMES_SHOWN = 6  # convention: enough examples to recognise, short enough to read

_WHY: dict[Sensitivity, str] = {
    Sensitivity.FLEXION: (
        "bending your lower back forward provokes your pain, so exercises that round it "
        "(even gently, such as {names}) are left out; ones that keep the spine still take "
        "their place"
    ),
    Sensitivity.EXTENSION: (
        "arching your lower back provokes your pain, so exercises that arch it (such as "
        "{names}) are left out; ones that keep the spine still take their place"
    ),
    Sensitivity.ROTATION: (
        "twisting provokes your pain, so exercises that twist the trunk under load or to its "
        "end range (such as {names}) are left out"
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
        if names:
            text = _WHY[sensitivity].format(names=names)
            notes.append(f"{text[0].upper()}{text[1:]}.")
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
