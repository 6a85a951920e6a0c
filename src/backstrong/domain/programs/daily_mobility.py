"""A short routine for every day, apart from the sessions (the lower back rotational stretch of
the lower-back exercise article, held 5–10 s each side, three times a day:
docs/sources.md#articles)."""

from __future__ import annotations

from collections.abc import Mapping

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern
from backstrong.domain.programs.dosage import OLDER_ADULT_AGE, STRETCH_HOLD_OLDER
from backstrong.domain.programs.plan import DailyMobility
from backstrong.domain.programs.safety import Rules, exclusion

SEED_STRETCH = "lower-back-rotational-stretch"
SEED_TIMES_PER_DAY = 3  # the article asks for three times every day
SPINE_CHOICES = (SEED_STRETCH, "cat-camel", "pelvic-tilt", "open-book", "seated-trunk-rotation")
HIP_CHOICES = ("standing-hip-flexor-stretch", "kneeling-hip-flexor-stretch", "figure-4-stretch")
_SPINE_PATTERNS = (Pattern.ROTATION, Pattern.SPINAL_MOBILITY)
_HIP_PATTERNS = (Pattern.HIP_FLEXION, Pattern.HIP_EXTENSION, Pattern.HIP_ROTATION)

_SPINE_WHY = "a gentle daily drill keeps the lower back moving between sessions"
_SEED_WHY = "a few slow rolls of the knees to each side, three times a day, ease a stiff lower back"
_HIP_WHY = (
    "tight hip flexors (the psoas among them) tilt the pelvis and pull on the lower back; "
    "stretching every day works best (ACSM)"
)


def daily_routine(
    catalogue: Mapping[str, Exercise], rules: Rules, age: int = 0
) -> tuple[DailyMobility, ...]:
    """The rotational stretch (or the nearest drill that fits) and a hip-flexor stretch; stretches
    held 30–60 s from 65 (ACSM)."""
    spine = _pick(catalogue, rules, SPINE_CHOICES, _SPINE_PATTERNS)
    hips = _pick(catalogue, rules, HIP_CHOICES, _HIP_PATTERNS)
    routine: list[DailyMobility] = []
    if spine is not None:
        why = _SEED_WHY if spine.id == SEED_STRETCH else _SPINE_WHY
        routine.append(_entry(spine, why, age))
    if hips is not None and (spine is None or hips.id != spine.id):
        routine.append(_entry(hips, _HIP_WHY, age))
    return tuple(routine)


def _pick(
    catalogue: Mapping[str, Exercise],
    rules: Rules,
    preferred: tuple[str, ...],
    patterns: tuple[Pattern, ...],
) -> Exercise | None:
    for exercise_id in preferred:
        exercise = catalogue.get(exercise_id)
        if exercise is not None and exclusion(exercise, rules) is None:
            return exercise
    fallback = [
        e
        for e in catalogue.values()
        if e.kind in (Kind.STRETCH, Kind.MOBILITY)
        and e.pattern in patterns
        and e.level is Level.BEGINNER
        and exclusion(e, rules) is None
    ]
    return min(fallback, key=lambda e: e.id, default=None)


def _entry(exercise: Exercise, why: str, age: int) -> DailyMobility:
    d = exercise.dosage
    times = d.times_per_day or (SEED_TIMES_PER_DAY if exercise.id == SEED_STRETCH else 1)
    hold = d.hold_seconds
    if exercise.kind is Kind.STRETCH and age >= OLDER_ADULT_AGE:
        hold = STRETCH_HOLD_OLDER
        why = f"{why}; held 30–60 s, as ACSM advises from 65"
    return DailyMobility(
        exercise_id=exercise.id,
        sets=d.sets,
        reps=d.reps,
        hold_seconds=hold,
        times_per_day=times,
        reason=f"Daily, apart from the sessions: {why}",
    )
