"""The weekly exercise choice as a CP-SAT model (OR-Tools).

One boolean per (session, candidate). Hard: the slot caps per session, the session time budget,
the weekly volume ceiling per region, no heavy hinge on consecutive days. Soft, in two
lexicographic stages: first every slot at least once a week, each slot as often as its weekly
target and weekly volume up to the band's floor; then, holding that, preferences (level fit, goal
fit, favourites, continuity), variety and sessions of similar length. Soft goals are linear
penalties, which keeps the relaxation tight. A single worker, a fixed seed and a deterministic
time limit make the answer the same for the same problem on any machine.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from backstrong.domain.exercises.vocabulary import Region
from backstrong.domain.programs.slots import REQUIRED_SLOTS, SlotKind

Range = tuple[int, int]

W_FIRST = 100_000  # a required slot appears at least once in the week
W_FIRST_ACCESSORY = 3_000  # an accessory slot appears at least once
W_FREQUENCY = 10_000  # each further appearance up to the slot's weekly target
W_FREQUENCY_ACCESSORY = 500
W_SET_SHORT = 2_000  # each set the week falls short of a region's band floor
W_OVER_TARGET = 300  # each appearance beyond the slot's weekly target
W_SCORE = 10  # per point of preference score (0–100) per placement
W_REPEAT = 400  # each repeat of an exercise within the week (variety)
W_LONG = 3  # per 10 s a session runs over the expected average (and again 30 % over it)
W_SHORT_SESSION = 3  # per 10 s a session falls under 60 % of the expected average

RANDOM_SEED = 20_240_601  # fixed: same problem → same answer
# Deterministic time limits (CP-SAT's machine-independent work units; about seconds on a fast
# core). The first stage is usually proven optimal well within its limit; the second stops at
# its limit with a good, not always proven, answer.
COVERAGE_TIME_LIMIT = 0.15
PREFERENCE_TIME_LIMIT = 0.04
LINEARIZATION_LEVEL = 2  # a fuller LP relaxation: proves the coverage stage faster
WALL_TIME_LIMIT_SECONDS = 10.0  # a safety net only


@dataclass(frozen=True, slots=True)
class Candidate:
    """One way to do one exercise this phase; ``key`` tells apart doses of the same exercise."""

    key: str
    exercise_id: str
    slot: SlotKind
    seconds: int  # estimated time in a session, with rests and changeover
    sets: int  # working sets counted toward weekly volume
    regions: frozenset[Region]  # banded regions the exercise works (primary muscles)
    heavy_hinge: bool
    score: int  # preference, 0–100


@dataclass(frozen=True, slots=True)
class Problem:
    sessions: int
    budget_seconds: int  # per session, after the warm-up
    candidates: tuple[Candidate, ...]
    weekly_targets: Mapping[SlotKind, int]
    session_caps: Mapping[SlotKind, int]
    bands: Mapping[Region, Range]
    consecutive: tuple[tuple[int, int], ...]
    # Multiplies a slot's coverage weights: the main lifts of a strength goal in short
    # sessions come before the other slots' first appearance.
    priority: Mapping[SlotKind, int] = field(default_factory=dict)
    # Exercises the week should hold when they fit (e.g. the glute-ham raise on a GHD, one of the
    # seed exercises: docs/sources.md#articles).
    wanted: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Solution:
    sessions: tuple[tuple[str, ...], ...]  # candidate keys per session, in slot order
    optimal: bool
    objective: int = 0  # of the first stage: slot coverage and volume


def solve(problem: Problem) -> Solution:
    """Two lexicographic stages: first cover the slots and volume as well as possible; then,
    with each slot's weekly count and each region's volume floor held, choose the best-liked,
    most varied and best-balanced week."""
    from ortools.sat.python import cp_model

    n, cands = problem.sessions, problem.candidates
    second_model, x2 = _base_model(cp_model, problem)
    # Both stages share the hard constraints, built once and copied: bench_programs' 12-week plan
    # figures, about 10 ms of CPU per solve (6 % of it) with OR-Tools 9.9.
    first_model = second_model.clone()
    x1 = [[first_model.get_bool_var_from_proto_index(v.index) for v in row] for row in x2]
    coverage = (
        _slot_coverage(first_model, problem, x1)
        + _volume(first_model, problem, x1)
        + _wanted(first_model, problem, x1)
    )
    first_model.maximize(_total(coverage))
    first, first_optimal = _run(cp_model, first_model, COVERAGE_TIME_LIMIT)
    if first is None:
        return Solution(tuple(() for _ in range(n)), optimal=False)
    picked = [[bool(first.boolean_value(v)) for v in row] for row in x1]
    _keep_coverage(second_model, problem, x2, picked)
    second_model.maximize(
        _total(_preferences(second_model, problem, x2) + _balance(second_model, problem, x2))
    )
    for row, values in zip(x2, picked, strict=True):
        for var, value in zip(row, values, strict=True):
            second_model.add_hint(var, value)
    second, second_optimal = _run(cp_model, second_model, PREFERENCE_TIME_LIMIT)
    if second is not None:
        picked = [[bool(second.boolean_value(v)) for v in row] for row in x2]
    order = list(SlotKind)
    chosen = []
    for row in picked:
        keys = sorted(
            (c for c, on in zip(cands, row, strict=True) if on),
            key=lambda c: (order.index(c.slot), c.key),
        )
        chosen.append(tuple(c.key for c in keys))
    proven = first_optimal and second_optimal
    return Solution(tuple(chosen), proven, round(first.objective_value))


# OR-Tools 9.9 (held by the video extra) turns Python's sum() of model terms into a deep chain
# that costs more to flatten than the solve: flat sums keep bench_programs' 12-week plan figure.
def _total(terms: Iterable[Any]) -> Any:
    from ortools.sat.python.cp_model import LinearExpr

    return LinearExpr.sum(list(terms))


def _weighted(variables: Sequence[Any], weights: Sequence[int]) -> Any:
    from ortools.sat.python.cp_model import LinearExpr

    return LinearExpr.weighted_sum(list(variables), list(weights))


def _base_model(cp_model: Any, problem: Problem) -> tuple[Any, list[list[Any]]]:
    """Variables and hard constraints, shared by both stages."""
    model = cp_model.CpModel()
    x = [
        [model.new_bool_var(f"x{s}_{c}") for c in range(len(problem.candidates))]
        for s in range(problem.sessions)
    ]
    _session_limits(model, problem, x)
    _volume_ceiling(model, problem, x)
    return model, x


def _keep_coverage(
    model: Any, problem: Problem, x: list[list[Any]], picked: list[list[bool]]
) -> None:
    """Hold the first stage's slot counts and volume floors (so its objective cannot drop)."""
    for slot in SlotKind:
        idx = [i for i, c in enumerate(problem.candidates) if c.slot is slot]
        if idx:
            count = sum(1 for row in picked for i in idx if row[i])
            model.add(_total(x[s][i] for s in range(problem.sessions) for i in idx) == count)
    for region, (low, _) in problem.bands.items():
        reached = sum(
            c.sets
            for row in picked
            for c, on in zip(problem.candidates, row, strict=True)
            if on and region in c.regions
        )
        model.add(_region_volume(problem, x, region) >= min(low, reached))
    for exercise_id, same in _by_exercise(problem.candidates).items():
        if exercise_id in problem.wanted:
            placed = sum(1 for row in picked for i in same if row[i])
            if placed:
                model.add(_total(x[s][i] for s in range(problem.sessions) for i in same) >= 1)


def _wanted(model: Any, problem: Problem, x: list[list[Any]]) -> list[Any]:
    terms: list[Any] = []
    for exercise_id, same in _by_exercise(problem.candidates).items():
        if exercise_id in problem.wanted:
            placed = model.new_bool_var(f"wanted_{exercise_id}")
            model.add(placed <= _total(x[s][i] for s in range(problem.sessions) for i in same))
            terms.append(W_FIRST * placed)
    return terms


def _run(cp_model: Any, model: Any, limit: float) -> tuple[Any, bool]:
    """Solve with one worker, a fixed seed and a deterministic limit: (solver or None when
    nothing was found, whether the answer is proven optimal)."""
    solver = cp_model.CpSolver()
    params = solver.parameters
    params.num_workers = 1
    params.random_seed = RANDOM_SEED
    params.max_deterministic_time = limit
    params.linearization_level = LINEARIZATION_LEVEL
    params.max_time_in_seconds = WALL_TIME_LIMIT_SECONDS
    status = solver.solve(model)
    found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    return (solver if found else None), status == cp_model.OPTIMAL


def _session_limits(model: Any, problem: Problem, x: list[list[Any]]) -> None:
    cands = problem.candidates
    for s in range(problem.sessions):
        row = x[s]
        model.add(_weighted(row, [c.seconds for c in cands]) <= problem.budget_seconds)
        for slot, cap in problem.session_caps.items():
            in_slot = [row[i] for i, c in enumerate(cands) if c.slot is slot]
            if len(in_slot) > cap:
                model.add(_total(in_slot) <= cap)
    for same in _by_exercise(cands).values():
        if len(same) > 1:
            for s in range(problem.sessions):
                model.add(_total(x[s][i] for i in same) <= 1)
    heavy = [i for i, c in enumerate(cands) if c.heavy_hinge]
    for a, b in problem.consecutive:
        if heavy:
            model.add(_total([*(x[a][i] for i in heavy), *(x[b][i] for i in heavy)]) <= 1)


def _slot_coverage(model: Any, problem: Problem, x: list[list[Any]]) -> list[Any]:
    terms: list[Any] = []
    for slot in SlotKind:
        idx = [i for i, c in enumerate(problem.candidates) if c.slot is slot]
        if not idx:
            continue
        count = _total(x[s][i] for s in range(problem.sessions) for i in idx)
        target = problem.weekly_targets.get(slot, 0)
        first = model.new_bool_var(f"first_{slot.value}")
        model.add(first <= count)
        up_to = model.new_int_var(0, max(target, 0), f"freq_{slot.value}")
        model.add(up_to <= count)
        over = model.new_int_var(0, problem.sessions * len(idx), f"over_{slot.value}")
        model.add(over >= count - target)
        required = slot in REQUIRED_SLOTS
        boost = problem.priority.get(slot, 1)
        terms.append(boost * (W_FIRST if required else W_FIRST_ACCESSORY) * first)
        terms.append(boost * (W_FREQUENCY if required else W_FREQUENCY_ACCESSORY) * up_to)
        terms.append(-W_OVER_TARGET * over)
    return terms


def _region_volume(problem: Problem, x: list[list[Any]], region: Region) -> Any:
    pairs = [
        (x[s][i], c.sets)
        for i, c in enumerate(problem.candidates)
        if region in c.regions and c.sets
        for s in range(problem.sessions)
    ]
    return _weighted([v for v, _ in pairs], [w for _, w in pairs])


def _volume_ceiling(model: Any, problem: Problem, x: list[list[Any]]) -> None:
    for region, (_, high) in problem.bands.items():
        model.add(_region_volume(problem, x, region) <= high)


def _volume(model: Any, problem: Problem, x: list[list[Any]]) -> list[Any]:
    """Weekly sets short of each region's band floor, as penalties."""
    terms: list[Any] = []
    for region, (low, _) in problem.bands.items():
        short = model.new_int_var(0, max(low, 0), f"short_{region.value}")
        model.add(short >= low - _region_volume(problem, x, region))
        terms.append(-W_SET_SHORT * short)
    return terms


def _scores(problem: Problem, x: list[list[Any]]) -> list[Any]:
    return [
        c.score * _total(x[s][i] for s in range(problem.sessions))
        for i, c in enumerate(problem.candidates)
    ]


def _preferences(model: Any, problem: Problem, x: list[list[Any]]) -> list[Any]:
    terms: list[Any] = [W_SCORE * t for t in _scores(problem, x)]
    if problem.sessions < 2:
        return terms
    for exercise_id, same in _by_exercise(problem.candidates).items():
        uses = _total(x[s][i] for s in range(problem.sessions) for i in same)
        repeats = model.new_int_var(0, problem.sessions, f"repeats_{exercise_id}")
        model.add(repeats >= uses - 1)
        terms.append(-W_REPEAT * repeats)
    return terms


def _by_exercise(cands: tuple[Candidate, ...]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        groups.setdefault(c.exercise_id, []).append(i)
    return groups


def _balance(model: Any, problem: Problem, x: list[list[Any]]) -> list[Any]:
    """Convex penalties on a session's length away from the week's expected average."""
    if problem.sessions < 2:
        return []
    ticks = [-(-c.seconds // 10) for c in problem.candidates]  # 10-second units, rounded up
    mean = _expected_session_ticks(problem, ticks)
    top = problem.budget_seconds // 10 + len(ticks)
    terms: list[Any] = []
    for s in range(problem.sessions):
        length = _weighted(x[s], ticks)
        for bound, weight in ((mean, W_LONG), (mean * 13 // 10, W_LONG)):
            excess = model.new_int_var(0, top, f"long_{s}_{bound}")
            model.add(excess >= length - bound)
            terms.append(-weight * excess)
        short = model.new_int_var(0, top, f"short_{s}")
        model.add(short >= mean * 6 // 10 - length)
        terms.append(-W_SHORT_SESSION * short)
    return terms


def _expected_session_ticks(problem: Problem, ticks: list[int]) -> int:
    """Average session length if each slot appears as often as its target, at a typical time."""
    total = 0
    for slot, target in problem.weekly_targets.items():
        times = sorted(t for t, c in zip(ticks, problem.candidates, strict=True) if c.slot is slot)
        if times:
            total += target * times[len(times) // 2]
    return min(problem.budget_seconds // 10, max(1, total // problem.sessions))
