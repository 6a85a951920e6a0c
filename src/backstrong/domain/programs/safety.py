"""What may be prescribed: equipment, sensitivities, level and the gentle phase, plus the
disclaimer every program carries."""

from __future__ import annotations

from dataclasses import dataclass

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.vocabulary import (
    SAFETY_TAGS,
    SENSITIVITY_TAGS,
    Kind,
    Level,
    Pattern,
)
from backstrong.domain.programs import circumstances
from backstrong.domain.programs.equipment import load_implement
from backstrong.domain.programs.intake import Experience, Intake
from backstrong.domain.programs.phases import Phase

DISCLAIMER = (
    "Backstrong is a coach, not a clinician: it suggests exercise and does not diagnose or treat "
    "any condition. If pain spreads down a leg, keeps you awake, or comes with any of the warning "
    "signs in the screen, stop and see a doctor or physiotherapist."
)

# Highest level by experience and phase: novices start on beginner work and may move to
# intermediate work once the base phase is done; advanced moves (the Nordic curl, long-lever
# planks) are for advanced trainees only; a gentle phase keeps to beginner work whatever the
# experience (convention, after ACSM 2009's levels).
_LEVEL_CAP: dict[Experience, dict[Phase, Level]] = {
    Experience.NOVICE: {
        Phase.GENTLE: Level.BEGINNER,
        Phase.BASE: Level.BEGINNER,
        Phase.STRENGTH: Level.INTERMEDIATE,
        Phase.CONSOLIDATION: Level.INTERMEDIATE,
    },
    Experience.INTERMEDIATE: {
        Phase.GENTLE: Level.BEGINNER,
        Phase.BASE: Level.INTERMEDIATE,
        Phase.STRENGTH: Level.INTERMEDIATE,
        Phase.CONSOLIDATION: Level.INTERMEDIATE,
    },
    Experience.ADVANCED: {
        Phase.GENTLE: Level.BEGINNER,
        Phase.BASE: Level.ADVANCED,
        Phase.STRENGTH: Level.ADVANCED,
        Phase.CONSOLIDATION: Level.ADVANCED,
    },
}

# The gentle phase keeps to mobility and low-load motor control: no heavy, fast or loaded
# twisting and bending work, and no barbell loads.
GENTLE_EXCLUDED_TAGS: frozenset[str] = frozenset(
    {
        "high-spinal-compression",
        "high-spinal-shear",
        "ballistic",
        "loaded-spinal-flexion",
        "loaded-rotation",
    }
)
GENTLE_EXCLUDED_EQUIPMENT: frozenset[str] = frozenset({"barbell", "trap-bar", "weight-plate"})
HEAVY_HINGE_EQUIPMENT: frozenset[str] = frozenset({"barbell", "trap-bar"})
# In a gentle start, hinges, squats, lunges and carries go without external load: the first
# weeks favour staying active and gentle movement, load waits until the pain settles
# (NICE NG59; docs/sources.md#low-back-pain). Bands and cables count as load here.
UNLOADED_IN_GENTLE: frozenset[Pattern] = frozenset(
    {Pattern.HINGE, Pattern.SQUAT, Pattern.LUNGE, Pattern.CARRY}
)
RESISTANCE_EQUIPMENT: frozenset[str] = frozenset({"band", "mini-band", "cable"})
# A mat is a comfort, not a requirement: a rug, a towel or a carpet will do.
ALWAYS_AVAILABLE: frozenset[str] = frozenset({"mat"})
FLOOR_TAGS: frozenset[str] = frozenset({"floor-transfer", "kneeling"})
FLOOR_REASON = "your choice to stay off the floor"
GENTLE_REASON = "the gentle phase for acute pain"
BIRTH_REASON = "the gentle weeks before your postnatal check"


@dataclass(frozen=True, slots=True)
class Rules:
    """Hard limits for one phase of one person's program."""

    equipment: frozenset[str]
    excluded_tags: dict[str, str]  # safety tag → the reason it is excluded
    max_level: Level
    gentle: bool


def rules_for(intake: Intake, phase: Phase) -> Rules:
    excluded: dict[str, str] = {}
    for sensitivity in sorted(intake.sensitivities):
        for tag in sorted(SENSITIVITY_TAGS[sensitivity.value]):
            excluded.setdefault(tag, f"your {sensitivity.value} sensitivity")
    for tag, reason in circumstances.excluded_tags(intake).items():
        excluded.setdefault(tag, reason)
    if not intake.floor:
        for tag in sorted(FLOOR_TAGS):
            excluded.setdefault(tag, FLOOR_REASON)
    gentle = phase is Phase.GENTLE
    if gentle:
        for tag in sorted(GENTLE_EXCLUDED_TAGS):
            excluded.setdefault(
                tag, GENTLE_REASON if intake.starts_gently_for_pain else BIRTH_REASON
            )
    return Rules(
        equipment=intake.available_equipment | ALWAYS_AVAILABLE,
        excluded_tags=excluded,
        max_level=_LEVEL_CAP[intake.experience][phase],
        gentle=gentle,
    )


def exclusion(exercise: Exercise, rules: Rules) -> str | None:
    """Why an exercise may not be prescribed under ``rules``, or None when it may."""
    if exercise.kind is Kind.AEROBIC:
        return "walking has its own programme beside the sessions"
    missing = [e for e in exercise.equipment if e not in rules.equipment]
    if missing:
        return f"it needs equipment you do not have ({', '.join(missing)})"
    for tag in exercise.safety_tags:
        if tag in rules.excluded_tags:
            what = SAFETY_TAGS.get(tag, tag)
            return f"{what}, which {rules.excluded_tags[tag]} rules out"
    if exercise.level.rank > rules.max_level.rank:
        return f"it is {exercise.level.value} level, above {rules.max_level.value} for now"
    if rules.gentle and GENTLE_EXCLUDED_EQUIPMENT & set(exercise.equipment):
        return "heavy barbell loads wait until the gentle phase is over"
    if rules.gentle and is_loaded_main_pattern(exercise):
        return "hinges, squats and carries go without added weight in the gentle weeks"
    return None


def is_loaded_main_pattern(exercise: Exercise) -> bool:
    """A hinge, squat, lunge or carry with a weight, a band or a cable."""
    if exercise.pattern not in UNLOADED_IN_GENTLE:
        return False
    loaded = load_implement(exercise) is not None
    return loaded or bool(RESISTANCE_EQUIPMENT & set(exercise.equipment))


def is_heavy_hinge(exercise: Exercise) -> bool:
    """A hinge that loads the spine hard: barbell or trap-bar work, or tagged high compression."""
    if exercise.pattern is not Pattern.HINGE:
        return False
    heavy_tag = "high-spinal-compression" in exercise.safety_tags
    return heavy_tag or bool(HEAVY_HINGE_EQUIPMENT & set(exercise.equipment))
