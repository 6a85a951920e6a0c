"""Personal records per exercise, from logged sets, in one pass.

Rules a person can check by hand:

- Warm-up sets never count. A set with 0 reps is a missed attempt and sets no load record.
- The load of a set is its ``load``, or for body-weight work its ``added_load`` (a vest, a plate);
  body weight itself is not known here, so it adds nothing to load or volume.
- Session volume is Σ reps × load over one exercise's working sets on one calendar day.
- Loads are compared in kilograms; loads the same to 10 g are the same load for "most reps".
- When a record is equalled, the earlier date keeps it: a record is dated when it was first reached.
- The best e1RM uses :class:`~backstrong.domain.training.one_rep_max.Estimator` (the RPE chart when
  the set's RPE is on it, else the chosen formula) and, by default, only sets of up to 10 reps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from backstrong.domain.training.load_factors import kg_per_unit, unit_per_kg
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.one_rep_max import RELIABLE_MAX_REPS, Estimator, Formula
from backstrong.domain.units import MassUnit

_LOAD_KEY_DIGITS = 2  # loads equal to 10 g share a "most reps" record

# A set's place in the log: its time, then the order sets were stored in (sets logged at the same
# moment, as imports give, keep that order).
Position = tuple[datetime, int]


@dataclass(frozen=True, slots=True)
class HeaviestLoad:
    load: Load  # as it was logged
    reps: int | None
    on: date


@dataclass(frozen=True, slots=True)
class MostReps:
    load: Load | None  # None: body weight with nothing added
    reps: int
    on: date


@dataclass(frozen=True, slots=True)
class BestOneRepMax:
    one_rep_max: Load  # in the unit asked for
    load: Load  # the set it came from, as logged
    reps: int
    method: str  # a Formula value or "rpe-chart"
    on: date


@dataclass(frozen=True, slots=True)
class BestSessionVolume:
    volume: Load  # Σ reps × load, in the unit asked for
    on: date


@dataclass(frozen=True, slots=True)
class LongestHold:
    seconds: float
    load: Load | None
    on: date


@dataclass(frozen=True, slots=True)
class ExerciseRecords:
    exercise_id: str
    heaviest: HeaviestLoad | None = None
    most_reps: tuple[MostReps, ...] = ()  # one per load: body weight first, then lightest first
    best_one_rep_max: BestOneRepMax | None = None
    best_session_volume: BestSessionVolume | None = None
    longest_hold: LongestHold | None = None

    def most_reps_at(self, load: Load | None) -> MostReps | None:
        """The rep record at ``load`` (None: body weight), compared in kilograms to 10 g."""
        key = None if load is None else round(load.kg, _LOAD_KEY_DIGITS)
        for record in self.most_reps:
            if (None if record.load is None else round(record.load.kg, _LOAD_KEY_DIGITS)) == key:
                return record
        return None


class _Best:
    """Running bests of one exercise while the sets stream past (mutable, private)."""

    __slots__ = ("e1rm_kg", "e1rm_set", "heavy_kg", "heavy_set", "hold", "hold_set", "reps")

    def __init__(self) -> None:
        self.heavy_kg = -1.0
        self.heavy_set: PerformedSet | None = None
        self.e1rm_kg = 0.0
        self.e1rm_set: PerformedSet | None = None
        self.hold = 0.0
        self.hold_set: PerformedSet | None = None
        self.reps: dict[float | None, PerformedSet] = {}  # by exact kg; merged to 10 g at the end

    def heavier(self, kg: float, s: PerformedSet) -> None:
        if kg > self.heavy_kg or _earlier(s, self.heavy_set):
            self.heavy_kg, self.heavy_set = kg, s

    def stronger(self, e1rm_kg: float, s: PerformedSet) -> None:
        if e1rm_kg > self.e1rm_kg or _earlier(s, self.e1rm_set):
            self.e1rm_kg, self.e1rm_set = e1rm_kg, s

    def longer(self, seconds: float, s: PerformedSet) -> None:
        if seconds > self.hold or _earlier(s, self.hold_set):
            self.hold, self.hold_set = seconds, s

    def more_reps(self, key: float | None, s: PerformedSet) -> None:
        held = self.reps.get(key)
        if held is None or _more_reps_than(s, held):
            self.reps[key] = s


def personal_records(
    sets: Iterable[PerformedSet],
    *,
    unit: MassUnit = MassUnit.KG,
    formula: Formula = Formula.EPLEY,
    use_rpe: bool = True,
    max_reps_for_estimate: int = RELIABLE_MAX_REPS,
) -> dict[str, ExerciseRecords]:
    """Records of every exercise in ``sets`` (any order), keyed by exercise id."""
    estimator = Estimator(formula, use_rpe=use_rpe, max_reps=max_reps_for_estimate)
    bests, volumes = _scan(sets, estimator)
    per_kg = unit_per_kg(unit)
    session = _best_days(volumes)
    return {
        exercise_id: _records(exercise_id, best, session.get(exercise_id), estimator, unit, per_kg)
        for exercise_id, best in bests.items()
    }


def _best_days(volumes: dict[tuple[str, date], float]) -> dict[str, tuple[float, date]]:
    """Each exercise's day of most volume (kg); the earlier day keeps a tie."""
    session: dict[str, tuple[float, date]] = {}
    for (exercise_id, day), kg in volumes.items():
        best = session.get(exercise_id)
        if best is None or kg > best[0] or (kg == best[0] and day < best[1]):
            session[exercise_id] = (kg, day)
    return session


def _scan(
    sets: Iterable[PerformedSet], estimator: Estimator
) -> tuple[dict[str, _Best], dict[tuple[str, date], float]]:
    """One pass; the common case stays inline, ties and rare cases go to ``_Best``'s methods."""
    kg_per = kg_per_unit()
    by_reps, by_rpe, max_reps = estimator.by_reps, estimator.by_rpe, estimator.max_reps
    bests: dict[str, _Best] = {}
    volumes: dict[tuple[str, date], float] = {}
    for s in sets:
        if s.warmup:
            continue
        best = bests.get(s.exercise_id)
        if best is None:
            best = bests[s.exercise_id] = _Best()
        load = s.load if s.load is not None else s.added_load
        reps = s.reps
        if load is not None and reps != 0:
            kg = load.value * kg_per[load.unit]
            if kg >= best.heavy_kg:
                best.heavier(kg, s)
            if reps:
                held = best.reps.get(kg)
                if held is None or held.reps is None or reps >= held.reps:
                    best.more_reps(kg, s)
                key = (s.exercise_id, s.performed_at.date())
                volumes[key] = volumes.get(key, 0.0) + reps * kg
                if reps <= max_reps:
                    factor = (
                        by_reps[reps] if s.rpe is None else by_rpe.get((reps, s.rpe), by_reps[reps])
                    )
                    if kg * factor >= best.e1rm_kg and kg * factor > 0.0:
                        best.stronger(kg * factor, s)
        elif load is None and reps:
            best.more_reps(None, s)
        if s.hold_seconds and s.hold_seconds >= best.hold:
            best.longer(s.hold_seconds, s)
    return bests, volumes


def position(performed: PerformedSet, number: int) -> Position:
    """Where a set stands in the log, given the number it was stored under."""
    return performed.performed_at, number


def _earlier(candidate: PerformedSet, holder: PerformedSet | None) -> bool:
    return holder is None or candidate.performed_at.date() < holder.performed_at.date()


def _more_reps_than(s: PerformedSet, held: PerformedSet) -> bool:
    if s.reps is None or held.reps is None:
        return held.reps is None
    return s.reps > held.reps or (s.reps == held.reps and _earlier(s, held))


def _records(
    exercise_id: str,
    best: _Best,
    session: tuple[float, date] | None,
    estimator: Estimator,
    unit: MassUnit,
    per_kg: float,
) -> ExerciseRecords:
    return ExerciseRecords(
        exercise_id=exercise_id,
        heaviest=_heaviest(best.heavy_set),
        most_reps=_most_reps(best.reps),
        best_one_rep_max=_best_e1rm(best, estimator, unit, per_kg),
        best_session_volume=(
            None
            if session is None
            else BestSessionVolume(Load(session[0] * per_kg, unit), session[1])
        ),
        longest_hold=(
            None
            if best.hold_set is None
            else LongestHold(best.hold, _load_of(best.hold_set), best.hold_set.performed_at.date())
        ),
    )


def _load_of(s: PerformedSet) -> Load | None:
    return s.load if s.load is not None else s.added_load


def _heaviest(s: PerformedSet | None) -> HeaviestLoad | None:
    load = None if s is None else _load_of(s)
    if s is None or load is None:
        return None
    return HeaviestLoad(load, s.reps, s.performed_at.date())


def _most_reps(by_kg: dict[float | None, PerformedSet]) -> tuple[MostReps, ...]:
    """Merge the exact loads that are the same to 10 g, then body weight first, lightest first."""
    merged: dict[float | None, PerformedSet] = {}
    for kg, s in by_kg.items():
        key = None if kg is None else round(kg, _LOAD_KEY_DIGITS)
        held = merged.get(key)
        if held is None or _more_reps_than(s, held):
            merged[key] = s
    ordered = sorted(merged.items(), key=lambda item: -1.0 if item[0] is None else item[0])
    return tuple(
        MostReps(_load_of(s), s.reps, s.performed_at.date())
        for _, s in ordered
        if s.reps is not None
    )


def _best_e1rm(
    best: _Best, estimator: Estimator, unit: MassUnit, per_kg: float
) -> BestOneRepMax | None:
    s = best.e1rm_set
    load = None if s is None else _load_of(s)
    if s is None or load is None or s.reps is None:
        return None
    return BestOneRepMax(
        one_rep_max=Load(best.e1rm_kg * per_kg, unit),
        load=load,
        reps=s.reps,
        method=estimator.method(s.reps, s.rpe),
        on=s.performed_at.date(),
    )
