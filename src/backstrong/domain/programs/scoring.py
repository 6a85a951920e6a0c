"""Preference scores (0–100) for eligible exercises, and the candidates the solver chooses from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.vocabulary import Kind, Level
from backstrong.domain.programs.dosage import BANDED_REGIONS, Dose, counted_sets
from backstrong.domain.programs.equipment import load_implement
from backstrong.domain.programs.intake import Experience, Goal, Intake
from backstrong.domain.programs.phases import Phase
from backstrong.domain.programs.safety import is_heavy_hinge
from backstrong.domain.programs.slots import slot_of
from backstrong.domain.programs.solver import Candidate
from backstrong.domain.programs.time_budget import exercise_seconds

# The exercises the two starting articles describe get a small nudge when they fit
# (docs/sources.md#articles).
SEED_EXERCISES: frozenset[str] = frozenset(
    {"squat", "good-morning", "deadlift", "glute-ham-raise", "bridge"}
)
SCORE_NEUTRAL = 40
SCORE_LEVEL_STEP = 20  # off by one level from the preferred one
SCORE_CHAIN_STEP = 4  # per step along an easier→harder chain
SCORE_GOAL_FIT = 20
SCORE_FAVOURITE = 30
SCORE_SAME_AS_BEFORE = 10  # kept from the previous phase: the person already knows it
SCORE_NEXT_VARIANT = 15  # the harder variant of last phase's choice: progression
SCORE_SEED = 8
# The articles' barbell lifts belong in intermediate and advanced gym plans as soon as the gentle
# phase (if any) is over, and the glute-ham raise (from the lower back and hip article) wherever
# a glute-ham machine is.
SEED_LIFTS: frozenset[str] = frozenset({"squat", "good-morning", "deadlift"})
SCORE_SEED_LIFT = 30
GLUTE_HAM_RAISE = "glute-ham-raise"
SCORE_GLUTE_HAM_RAISE = 40
# Standing on one leg while the trunk hinges: balance practice inside the hinge work, wanted with
# osteoporosis (Too Fit To Fracture: docs/sources.md#circumstances).
BALANCE_WORK: frozenset[str] = frozenset({"single-leg-hip-hinge"})
SCORE_BALANCE_WORK = 40  # as the glute-ham raise: enough to survive the slot's pruning
# McGill's big three (curl-up, side bridge, bird dog): trunk endurance with little spinal load.
BIG_THREE: frozenset[str] = frozenset({"curl-up", "side-bridge", "side-bridge-knees", "bird-dog"})
MCGILL_BIG_THREE: frozenset[str] = frozenset({"curl-up", "side-bridge-knees", "bird-dog"})
SCORE_BIG_THREE = 30
SCORE_BIG_THREE_STRENGTH = 10
# Older adults: resistance with a load where the equipment allows (ACSM 2009, older adults).
SCORE_OLDER_LOADED = 15
OLDER_ADULT_AGE = 65
CANDIDATES_PER_SLOT_MIN = 5  # prune each slot to its best few, plus the quickest two
QUICKEST_PER_SLOT = 2

_PREFERRED_LEVEL: dict[Experience, dict[Phase, Level]] = {
    Experience.NOVICE: {p: Level.BEGINNER for p in Phase},
    Experience.INTERMEDIATE: {
        Phase.GENTLE: Level.BEGINNER,
        Phase.BASE: Level.BEGINNER,
        Phase.STRENGTH: Level.INTERMEDIATE,
        Phase.CONSOLIDATION: Level.INTERMEDIATE,
    },
    Experience.ADVANCED: {
        Phase.GENTLE: Level.BEGINNER,
        Phase.BASE: Level.INTERMEDIATE,
        Phase.STRENGTH: Level.ADVANCED,
        Phase.CONSOLIDATION: Level.ADVANCED,
    },
}


@dataclass(frozen=True, slots=True)
class Context:
    """What scoring needs to know about the person and the phase."""

    intake: Intake
    phase: Phase
    previous: frozenset[str]  # exercise ids chosen in the phase before


def chain_depth(exercise: Exercise, catalogue: Mapping[str, Exercise]) -> int:
    """Steps down the ``easier`` links to the start of the exercise's family."""
    depth, seen, current = 0, {exercise.id}, exercise
    while True:
        step = next((catalogue[e] for e in current.easier if e in catalogue), None)
        if step is None or step.id in seen:
            return depth
        depth, current = depth + 1, step
        seen.add(step.id)


def score(exercise: Exercise, ctx: Context, catalogue: Mapping[str, Exercise]) -> int:
    preferred = _preferred_level(ctx.intake, ctx.phase)
    points = SCORE_NEUTRAL - SCORE_LEVEL_STEP * abs(exercise.level.rank - preferred.rank)
    depth = min(chain_depth(exercise, catalogue), 4)
    climbing = ctx.phase in (Phase.STRENGTH, Phase.CONSOLIDATION)
    points += SCORE_CHAIN_STEP * depth if climbing else -SCORE_CHAIN_STEP * depth
    points += SCORE_GOAL_FIT if _fits_goal(exercise, ctx.intake) else 0
    points += SCORE_FAVOURITE if exercise.id in ctx.intake.favourites else 0
    points += SCORE_SEED if exercise.id in SEED_EXERCISES else 0
    points += _fit_bonus(exercise, ctx)
    if exercise.id in ctx.previous:
        points += SCORE_SAME_AS_BEFORE
    elif any(e in ctx.previous for e in exercise.easier):
        points += SCORE_NEXT_VARIANT
    return max(0, min(100, points))


def _preferred_level(intake: Intake, phase: Phase) -> Level:
    """A strength goal trains at the person's own level from the first loaded phase."""
    if intake.goal is Goal.STRENGTH and phase is not Phase.GENTLE:
        return {
            Experience.NOVICE: Level.BEGINNER,
            Experience.INTERMEDIATE: Level.INTERMEDIATE,
            Experience.ADVANCED: Level.ADVANCED,
        }[intake.experience]
    return _PREFERRED_LEVEL[intake.experience][phase]


def _fit_bonus(exercise: Exercise, ctx: Context) -> int:
    intake, points = ctx.intake, 0
    lifter = intake.experience is not Experience.NOVICE and ctx.phase is not Phase.GENTLE
    if exercise.id in SEED_LIFTS and lifter:
        points += SCORE_SEED_LIFT
    if exercise.id == GLUTE_HAM_RAISE and ctx.phase is not Phase.GENTLE:
        points += SCORE_GLUTE_HAM_RAISE
    if exercise.id in BALANCE_WORK and intake.osteoporosis:
        points += SCORE_BALANCE_WORK
    if exercise.id in BIG_THREE:
        strength = intake.goal is Goal.STRENGTH
        points += SCORE_BIG_THREE_STRENGTH if strength else SCORE_BIG_THREE
    if intake.age >= OLDER_ADULT_AGE and load_implement(exercise) is not None:
        points += SCORE_OLDER_LOADED
    return points


def _fits_goal(exercise: Exercise, intake: Intake) -> bool:
    goal, loaded = intake.goal, load_implement(exercise) is not None
    if loaded and intake.age >= OLDER_ADULT_AGE:
        return True  # older adults: strength with a load keeps muscle and bone (ACSM)
    if goal is Goal.STRENGTH:
        return load_implement(exercise) is not None
    if goal is Goal.MOBILITY:
        return exercise.kind in (Kind.STRETCH, Kind.MOBILITY)
    return exercise.kind is Kind.ISOMETRIC or load_implement(exercise) is None


def candidate(exercise: Exercise, dose: Dose, points: int, key: str | None = None) -> Candidate:
    return Candidate(
        key=key or exercise.id,
        exercise_id=exercise.id,
        slot=slot_of(exercise),
        seconds=exercise_seconds(dose, exercise.unilateral),
        sets=counted_sets(exercise, dose.sets),
        regions=frozenset(exercise.primary_regions) & frozenset(BANDED_REGIONS),
        heavy_hinge=is_heavy_hinge(exercise),
        score=points,
    )


def pruned(candidates: list[Candidate], sessions: int) -> tuple[Candidate, ...]:
    """Keep each slot's best-scored few and its quickest two; order is deterministic."""
    keep_best = max(CANDIDATES_PER_SLOT_MIN, sessions + 3)
    kept: set[str] = set()
    for slot in {c.slot for c in candidates}:
        in_slot = [c for c in candidates if c.slot is slot]
        best = sorted(in_slot, key=lambda c: (-c.score, c.seconds, c.key))[:keep_best]
        quick = sorted(in_slot, key=lambda c: (c.seconds, -c.score, c.key))
        kept |= {c.key for c in best + quick[:QUICKEST_PER_SLOT]}
    return tuple(sorted((c for c in candidates if c.key in kept), key=_order))


def _order(c: Candidate) -> tuple[str, str]:
    return (c.slot.value, c.key)
