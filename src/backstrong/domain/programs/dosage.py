"""Sets, reps, holds and rests by phase, experience and goal (ACSM 2009, NSCA:
docs/sources.md#dosage).

Loaded lifts follow the tables below; body-weight work keeps the library's rep range (it
progresses by reps, then by a harder variant); holds, stretches and drills keep the library's own
dosage where it has one (e.g. McGill's 7–10 s holds, the starting article's 10–15 deadlift reps).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.vocabulary import Kind, Region
from backstrong.domain.programs.equipment import load_implement
from backstrong.domain.programs.intake import Experience, Goal
from backstrong.domain.programs.phases import Phase, deload_sets
from backstrong.domain.programs.slots import SlotKind, slot_of

Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Scheme:
    sets: int
    reps: Range
    rest_main: int  # seconds, big loaded lifts (hinge, squat)
    rest_assistance: int  # seconds, everything else


_N, _I, _A = Experience.NOVICE, Experience.INTERMEDIATE, Experience.ADVANCED

# Gentle phase: low load, moderate reps, short rests for every level (convention).
GENTLE = Scheme(2, (8, 12), 60, 60)
# Base phase: muscular endurance, NSCA ≥ 12 reps at 2–3 sets; the starting articles use 10–15.
BASE: dict[Experience, Scheme] = {
    _N: Scheme(2, (12, 15), 90, 60),
    _I: Scheme(3, (10, 15), 90, 60),
    _A: Scheme(3, (10, 15), 90, 60),
}
# Strength phase, strength goal: ACSM novice 8–12 RM at 1–3 sets; intermediate periodized;
# advanced with emphasis on 1–6 RM (NSCA strength ≤ 6 reps, 2–5 min rest).
STRENGTH_FOR_STRENGTH: dict[Experience, Scheme] = {
    _N: Scheme(3, (8, 12), 120, 90),
    _I: Scheme(3, (6, 10), 150, 90),
    _A: Scheme(4, (4, 6), 180, 120),
}
# Strength phase for pain relief and mobility: moderate loads (ACSM 8–12 RM).
STRENGTH_FOR_HEALTH: dict[Experience, Scheme] = {
    _N: Scheme(3, (8, 12), 120, 90),
    _I: Scheme(3, (8, 12), 120, 90),
    _A: Scheme(3, (6, 10), 150, 90),
}
# Consolidation: hold the gains with a set fewer (convention).
CONSOLIDATION_FOR_STRENGTH: dict[Experience, Scheme] = {
    _N: Scheme(2, (8, 12), 120, 90),
    _I: Scheme(3, (6, 10), 150, 90),
    _A: Scheme(3, (4, 6), 180, 120),
}
CONSOLIDATION_FOR_HEALTH: dict[Experience, Scheme] = {
    _N: Scheme(2, (10, 12), 90, 60),
    _I: Scheme(2, (8, 12), 120, 90),
    _A: Scheme(3, (8, 12), 120, 90),
}

BALLISTIC = "ballistic"  # fast lifts (swings) keep their own rep range in every phase
# Endurance range when the library gives none (docs/sources.md#dosage).
BODY_WEIGHT_REPS: Range = (10, 15)
HOLD_BY_PHASE: dict[Phase, Range] = {  # isometric holds without a library dosage (convention)
    Phase.GENTLE: (5, 10),
    Phase.BASE: (10, 20),
    Phase.STRENGTH: (20, 30),
    Phase.CONSOLIDATION: (20, 30),
}
STRETCH_HOLD: Range = (10, 30)  # ACSM: static stretches 10–30 s
STRETCH_HOLD_OLDER: Range = (30, 60)  # ACSM: 30–60 s for older adults
OLDER_ADULT_AGE = 65  # ACSM's older-adult recommendations
STRETCH_TOTAL_SECONDS = 60  # ACSM: repetitions adding up to about 60 s per stretch
STRETCH_REST_SECONDS = 15  # convention: change sides and settle

# Days a week ACSM 2009 suggests by experience.
RECOMMENDED_DAYS: dict[Experience, Range] = {_N: (2, 3), _I: (3, 4), _A: (4, 5)}

# Weekly working sets per body region in a normal (non-deload) week (convention, scaled from
# per-muscle hypertrophy bands: a region here spans several muscles).
VOLUME_BANDS: dict[Experience, Range] = {_N: (6, 16), _I: (8, 20), _A: (10, 24)}
BANDED_REGIONS: tuple[Region, ...] = (Region.LOWER_BACK, Region.HIPS, Region.CORE)


@dataclass(frozen=True, slots=True)
class Dose:
    sets: int
    reps: Range | None
    hold_seconds: Range | None
    rest_seconds: int
    source: str  # where the numbers come from, for the reason text


def scheme_for(phase: Phase, experience: Experience, goal: Goal) -> Scheme:
    if phase is Phase.GENTLE:
        return GENTLE
    if phase is Phase.BASE:
        return BASE[experience]
    strength = goal is Goal.STRENGTH
    if phase is Phase.STRENGTH:
        return (STRENGTH_FOR_STRENGTH if strength else STRENGTH_FOR_HEALTH)[experience]
    return (CONSOLIDATION_FOR_STRENGTH if strength else CONSOLIDATION_FOR_HEALTH)[experience]


def volume_band(experience: Experience, phase: Phase) -> Range:
    """The gentle phase asks for half the usual minimum."""
    low, high = VOLUME_BANDS[experience]
    return (low // 2, high) if phase is Phase.GENTLE else (low, high)


def is_main_lift(exercise: Exercise) -> bool:
    loaded = load_implement(exercise) is not None
    return loaded and slot_of(exercise) in (SlotKind.HINGE, SlotKind.SQUAT_LUNGE)


def dose_for(
    exercise: Exercise, phase: Phase, experience: Experience, goal: Goal, age: int
) -> Dose:
    """The dose of one exercise in a normal week of a phase."""
    if exercise.kind is Kind.STRETCH:
        return _stretch_dose(exercise, age)
    if exercise.kind is Kind.MOBILITY:
        d = exercise.dosage
        return Dose(d.sets, d.reps, d.hold_seconds, d.rest_seconds, "the library's dosage")
    scheme = scheme_for(phase, experience, goal)
    if exercise.kind is Kind.ISOMETRIC:
        d = exercise.dosage
        hold = d.hold_seconds or HOLD_BY_PHASE[phase]
        return Dose(scheme.sets, d.reps, hold, d.rest_seconds, "the library's hold times")
    return _strength_dose(exercise, phase, scheme)


def _strength_dose(exercise: Exercise, phase: Phase, scheme: Scheme) -> Dose:
    """Library pauses (``hold_seconds`` per rep) and timed work (carries) carry over."""
    library_reps, hold = exercise.dosage.reps, exercise.dosage.hold_seconds
    if load_implement(exercise) is None:
        reps = library_reps or (None if hold else BODY_WEIGHT_REPS)
        why = "reps first, then a harder variant"
        return Dose(scheme.sets, reps, hold, scheme.rest_assistance, why)
    rest = scheme.rest_main if is_main_lift(exercise) else scheme.rest_assistance
    if library_reps is None:
        return Dose(scheme.sets, None, hold, rest, "the library's timed dosage")
    early = phase in (Phase.GENTLE, Phase.BASE)
    if early or BALLISTIC in exercise.safety_tags:
        return Dose(scheme.sets, library_reps, hold, rest, "the library's rep range")
    return Dose(scheme.sets, scheme.reps, hold, rest, "ACSM/NSCA for your level")


def _stretch_dose(exercise: Exercise, age: int) -> Dose:
    d = exercise.dosage
    older = age >= OLDER_ADULT_AGE
    if older:
        return Dose(2, None, STRETCH_HOLD_OLDER, STRETCH_REST_SECONDS, "ACSM for older adults")
    if d.hold_seconds is not None:
        return Dose(d.sets, d.reps, d.hold_seconds, d.rest_seconds, "the library's dosage")
    hold = STRETCH_HOLD
    sets = min(4, max(2, math.ceil(STRETCH_TOTAL_SECONDS / hold[1])))
    return Dose(sets, None, hold, STRETCH_REST_SECONDS, "ACSM stretching")


def deloaded(dose: Dose, exercise: Exercise) -> Dose:
    """A deload week cuts the working sets of strength and hold work by about a third."""
    if exercise.kind in (Kind.STRETCH, Kind.MOBILITY):
        return dose
    return Dose(
        deload_sets(dose.sets), dose.reps, dose.hold_seconds, dose.rest_seconds, dose.source
    )


def shortened(dose: Dose) -> Dose:
    """About half the sets (at least one), for sessions too short for the full dose."""
    return Dose((dose.sets + 1) // 2, dose.reps, dose.hold_seconds, dose.rest_seconds, dose.source)


def counted_sets(exercise: Exercise, sets: int) -> int:
    """Sets that count toward weekly volume: stretches and drills do not."""
    return 0 if exercise.kind in (Kind.STRETCH, Kind.MOBILITY) else sets
