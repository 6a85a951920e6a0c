"""A guided workout: a list of exercises with a target for each set, walked set by set.

Where the plan comes from is the caller's business: for now the working sets of the last session
(:func:`plan_from_sets`) or an ad-hoc list of exercises at their default dose
(:func:`plan_from_doses`); a program will plug in later. Progress is not stored separately: the sets
already logged today say which set comes next (:func:`next_step`), so a reload, a second device or a
crash loses nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from backstrong.domain.training.model import EntrySet, Load, PerformedSet, Side

DEFAULT_REST_SECONDS = 90  # between working sets when nothing else is known (NSCA: 1–2 min)


@dataclass(frozen=True, slots=True)
class PlannedSet:
    reps: int | None = None
    load: Load | None = None
    hold_seconds: float | None = None
    side: Side | None = None
    rpe: float | None = None
    added_load: Load | None = None  # on top of body weight


@dataclass(frozen=True, slots=True)
class PlannedExercise:
    exercise_id: str
    sets: tuple[PlannedSet, ...]
    rest_seconds: int = DEFAULT_REST_SECONDS


@dataclass(frozen=True, slots=True)
class Dose:
    """An exercise's default prescription, as an ad-hoc plan needs it."""

    exercise_id: str
    sets: int
    reps: int | None = None
    hold_seconds: float | None = None
    rest_seconds: int = DEFAULT_REST_SECONDS
    each_side: bool = False


@dataclass(frozen=True, slots=True)
class Step:
    """The next set to do: which exercise and set (0-based) and its target."""

    exercise_index: int
    set_index: int
    exercise: PlannedExercise

    @property
    def target(self) -> PlannedSet:
        return self.exercise.sets[self.set_index]


def plan_from_sets(
    sets: Iterable[PerformedSet], *, rest_seconds: int | None = None
) -> tuple[PlannedExercise, ...]:
    """Last time's working sets as today's targets, exercises in the order first done."""
    by_exercise: dict[str, list[PlannedSet]] = {}
    for s in sets:
        if s.warmup:
            continue
        planned = PlannedSet(s.reps, s.load, s.hold_seconds, s.side, s.rpe, s.added_load)
        by_exercise.setdefault(s.exercise_id, []).append(planned)
    rest = DEFAULT_REST_SECONDS if rest_seconds is None else rest_seconds
    return tuple(
        PlannedExercise(exercise_id, tuple(planned), rest)
        for exercise_id, planned in by_exercise.items()
    )


def prescribed_sets(
    sets: int,
    reps: int | None,
    hold_seconds: float | None,
    *,
    each_side: bool,
    load: Load | None = None,
) -> tuple[PlannedSet, ...]:
    """A prescription as the sets to walk, the one conversion every plan goes through.

    Holds stay holds: ``reps`` with ``hold_seconds`` is that many holds of that length in each set
    ("4 holds of 5 s"), never plain reps. One-sided work is done left, then right, in every set.
    """
    sides: tuple[Side | None, ...] = (Side.LEFT, Side.RIGHT) if each_side else (None,)
    one = tuple(
        PlannedSet(reps=reps, load=load, hold_seconds=hold_seconds, side=side) for side in sides
    )
    return one * sets


def plan_from_doses(doses: Iterable[Dose]) -> tuple[PlannedExercise, ...]:
    """An ad-hoc list at each exercise's default dose; one-sided work gets left and right."""
    return tuple(
        PlannedExercise(
            dose.exercise_id,
            prescribed_sets(dose.sets, dose.reps, dose.hold_seconds, each_side=dose.each_side),
            dose.rest_seconds,
        )
        for dose in doses
    )


def next_step(plan: Sequence[PlannedExercise], done: Iterable[PerformedSet]) -> Step | None:
    """The first planned set not yet matched by a working set logged for its exercise."""
    counts = Counter(s.exercise_id for s in done if not s.warmup)
    for index, exercise in enumerate(plan):
        logged = counts[exercise.exercise_id]
        if logged < len(exercise.sets):
            return Step(index, logged, exercise)
        counts[exercise.exercise_id] = logged - len(exercise.sets)
    return None


def planned_set_count(plan: Sequence[PlannedExercise]) -> int:
    return sum(len(exercise.sets) for exercise in plan)


def performed_from(
    exercise_id: str,
    target: PlannedSet,
    when: datetime,
    done: EntrySet | None = None,
) -> PerformedSet:
    """The set as done: what was typed, the target for anything left out, the target kept beside.

    ``done`` None means "as planned". A typed amount replaces both reps and time (a hold typed
    for a rep target is a hold).
    """
    typed = done or EntrySet()
    amount_typed = typed.reps is not None or typed.hold_seconds is not None
    load_typed = typed.load is not None or typed.added_load is not None
    return PerformedSet(
        exercise_id=exercise_id,
        performed_at=when,
        reps=typed.reps if amount_typed else target.reps,
        load=typed.load if load_typed else target.load,
        added_load=typed.added_load if load_typed else target.added_load,
        hold_seconds=typed.hold_seconds if amount_typed else target.hold_seconds,
        side=typed.side or target.side,
        rpe=typed.rpe,
        rir=typed.rir,
        warmup=typed.warmup,
        pain=typed.pain,
        target_reps=target.reps,
        target_load=target.load if target.load is not None else target.added_load,
        target_hold_seconds=target.hold_seconds,
    )


@dataclass(frozen=True, slots=True)
class NextTime:
    """What the program's rules decided for an exercise's next session, for the summary:
    ``change`` ("heavier", "same as last time", "easier version" …), ``what`` the new target
    ("3 sets of 8 reps at 62.5 kg") and ``reason`` in the person's words."""

    exercise_id: str
    change: str
    what: str
    reason: str
