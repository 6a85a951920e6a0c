"""Movement slots a week must cover, how often, and on which days sessions fall."""

from __future__ import annotations

from enum import StrEnum

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.vocabulary import Kind, Pattern
from backstrong.domain.programs.intake import Goal


class SlotKind(StrEnum):
    """In the order a session runs them: mobility as the warm-up, big lifts first."""

    MOBILITY = "mobility"
    HINGE = "hinge"
    SQUAT_LUNGE = "squat-lunge"
    BRIDGE = "bridge"
    BACK_EXTENSION = "back-extension"
    ANTI_EXTENSION = "anti-extension"
    ANTI_ROTATION = "anti-rotation"
    HIP_ABDUCTION_ADDUCTION = "hip-abduction-adduction"
    ACCESSORY = "accessory"


SLOT_LAY_NAMES: dict[SlotKind, str] = {
    SlotKind.MOBILITY: "mobility",
    SlotKind.HINGE: "hinge",
    SlotKind.SQUAT_LUNGE: "squat or lunge",
    SlotKind.BRIDGE: "bridge",
    SlotKind.BACK_EXTENSION: "back extension",
    SlotKind.ANTI_EXTENSION: "anti-extension (front core)",
    SlotKind.ANTI_ROTATION: "anti-rotation or side core",
    SlotKind.HIP_ABDUCTION_ADDUCTION: "hip abduction or adduction",
    SlotKind.ACCESSORY: "accessory (hamstrings, hip flexors, carries)",
}

# Slots every week should hold when an exercise fits; ACCESSORY only fills spare time.
REQUIRED_SLOTS: tuple[SlotKind, ...] = tuple(k for k in SlotKind if k is not SlotKind.ACCESSORY)

_BY_PATTERN: dict[Pattern, SlotKind] = {
    Pattern.HINGE: SlotKind.HINGE,
    Pattern.SQUAT: SlotKind.SQUAT_LUNGE,
    Pattern.LUNGE: SlotKind.SQUAT_LUNGE,
    Pattern.BRIDGE: SlotKind.BRIDGE,
    Pattern.HIP_EXTENSION: SlotKind.BRIDGE,
    Pattern.BACK_EXTENSION: SlotKind.BACK_EXTENSION,
    Pattern.ANTI_EXTENSION: SlotKind.ANTI_EXTENSION,
    Pattern.ANTI_ROTATION: SlotKind.ANTI_ROTATION,
    Pattern.ANTI_LATERAL_FLEXION: SlotKind.ANTI_ROTATION,
    Pattern.HIP_ABDUCTION: SlotKind.HIP_ABDUCTION_ADDUCTION,
    Pattern.HIP_ADDUCTION: SlotKind.HIP_ABDUCTION_ADDUCTION,
    Pattern.KNEE_FLEXION: SlotKind.ACCESSORY,
    Pattern.HIP_FLEXION: SlotKind.ACCESSORY,
    Pattern.CARRY: SlotKind.ACCESSORY,
    Pattern.ROTATION: SlotKind.MOBILITY,
    Pattern.SPINAL_MOBILITY: SlotKind.MOBILITY,
    Pattern.HIP_ROTATION: SlotKind.MOBILITY,
}


def slot_of(exercise: Exercise) -> SlotKind:
    """Stretches and mobility drills fill the mobility slot; the rest go by movement pattern."""
    if exercise.kind in (Kind.STRETCH, Kind.MOBILITY):
        return SlotKind.MOBILITY
    return _BY_PATTERN[exercise.pattern]


# Share of training days that hold each slot (convention: main patterns about every other
# session, the trunk-endurance work of McGill's big three more often; mobility also has its own
# daily routine apart from the sessions).
_SHARE: dict[SlotKind, float] = {
    SlotKind.MOBILITY: 0.5,
    SlotKind.HINGE: 0.5,
    SlotKind.SQUAT_LUNGE: 0.5,
    SlotKind.BRIDGE: 0.5,
    SlotKind.BACK_EXTENSION: 0.34,
    SlotKind.ANTI_EXTENSION: 0.67,
    SlotKind.ANTI_ROTATION: 0.67,
    SlotKind.HIP_ABDUCTION_ADDUCTION: 0.5,
    SlotKind.ACCESSORY: 0.34,
}
_GOAL_SHARE: dict[Goal, dict[SlotKind, float]] = {
    Goal.PAIN_RELIEF: {
        SlotKind.ANTI_EXTENSION: 1.0,
        SlotKind.ANTI_ROTATION: 1.0,
        SlotKind.MOBILITY: 0.67,
    },
    Goal.STRENGTH: {SlotKind.HINGE: 0.67, SlotKind.SQUAT_LUNGE: 0.67},
    Goal.MOBILITY: {SlotKind.MOBILITY: 2.0},
}


# The anti-rotation slot holds side-core work too. McGill's side bridge and bird dog are one
# routine (McGill, Low Back Disorders, 2007): a week of one session holds both, where longer
# weeks spread them over the sessions.
SINGLE_SESSION_SIDE_AND_ROTATION = 2


def per_session_cap(kind: SlotKind, goal: Goal, days: int) -> int:
    """How many exercises of a slot one session may hold (``days``: sessions a week)."""
    if kind is SlotKind.ANTI_ROTATION and days == 1:
        return SINGLE_SESSION_SIDE_AND_ROTATION
    return 2 if kind is SlotKind.MOBILITY and goal is Goal.MOBILITY else 1


# A strength goal trains each main lift at least twice a week (ACSM 2009: 2–3 days a week per
# muscle group for novices, more for trained people).
# Short sessions for a strength goal hold a main lift each time, hinge and squat in turn, rather
# than a string of drills (convention).
MAIN_LIFT_SLOTS = (SlotKind.HINGE, SlotKind.SQUAT_LUNGE)
STRENGTH_MAIN_LIFTS_PER_WEEK = 2
SHORT_SESSION_MINUTES = 30


MAIN_LIFT_PRIORITY = 25  # each main-lift session outweighs another slot's first appearance


def slot_priority(goal: Goal, minutes: int) -> dict[SlotKind, int]:
    if goal is Goal.STRENGTH and minutes <= SHORT_SESSION_MINUTES:
        return dict.fromkeys(MAIN_LIFT_SLOTS, MAIN_LIFT_PRIORITY)
    return {}


def weekly_target(kind: SlotKind, goal: Goal, days: int, minutes: int = 60) -> int:
    """How many times a week a slot should appear (at least once, at most its cap each day)."""
    share = _GOAL_SHARE[goal].get(kind, _SHARE[kind])
    target = max(1, min(round(days * share), days * per_session_cap(kind, goal, days)))
    if goal is Goal.STRENGTH and kind in MAIN_LIFT_SLOTS:
        target = max(target, min(days, STRENGTH_MAIN_LIFTS_PER_WEEK))
        if minutes <= SHORT_SESSION_MINUTES:
            target = max(target, -(-days // 2))
    return target


# Training days (0 = first day of the week) for each number of sessions, spread to leave rest.
DAY_LAYOUT: dict[int, tuple[int, ...]] = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 4, 5),
    6: (0, 1, 2, 3, 4, 5),
}


def session_days(days_per_week: int) -> tuple[int, ...]:
    return DAY_LAYOUT[days_per_week]


def consecutive_sessions(days_per_week: int) -> tuple[tuple[int, int], ...]:
    """Pairs of session indexes that fall on consecutive days, including across the week end."""
    days = DAY_LAYOUT[days_per_week]
    pairs = [(i, i + 1) for i in range(len(days) - 1) if days[i + 1] - days[i] == 1]
    if len(days) > 1 and days[0] + 7 - days[-1] == 1:
        pairs.append((len(days) - 1, 0))
    return tuple(pairs)
