"""Scores of the form check on broad seeded synthetic sets: counting accuracy and how well good
and faulty reps are told apart. Shared by the tests and bench/bench_form.py."""

from __future__ import annotations

import random
from dataclasses import dataclass

from backstrong.domain.form import FormAnalysis, RepResult, Verdict, analyse_landmarks
from tests.unit.form.synthetic import Truth, generate
from tests.unit.form.synthetic_scenarios import random_scenario

ALL_EXERCISES = ("squat", "good-morning", "romanian-deadlift", "deadlift", "hinge", "bridge")


@dataclass(frozen=True)
class Checked:
    exercise: str
    truth: Truth
    result: FormAnalysis


def checked_set(
    exercises: tuple[str, ...], per_exercise: int, seed: int, fault_share: float = 0.3
) -> list[Checked]:
    """Random scenarios (yaw up to 30 degrees, noise, dropped frames, swaps...), analysed."""
    rng = random.Random(seed)
    out = []
    for exercise in exercises:
        for _ in range(per_exercise):
            document, truth = generate(random_scenario(rng, exercise, fault_share))
            out.append(Checked(exercise, truth, analyse_landmarks(document, exercise)))
    return out


def count_scores(checked: list[Checked]) -> tuple[float, float]:
    """Share of sequences counted exactly, and within one rep."""
    errors = [abs(c.result.reps - c.truth.count) for c in checked]
    return (
        sum(e == 0 for e in errors) / len(errors),
        sum(e <= 1 for e in errors) / len(errors),
    )


def matched_reps(c: Checked) -> list[tuple[frozenset[str], RepResult]]:
    """Each true rep with the counted rep overlapping it most in time (if any)."""
    pairs = []
    for (start, end), faults in zip(c.truth.rep_times, c.truth.rep_faults, strict=True):
        best = max(
            c.result.rep_details,
            key=lambda r: min(end, r.end_t) - max(start, r.start_t),
            default=None,
        )
        if best is not None and min(end, best.end_t) > max(start, best.start_t):
            pairs.append((faults, best))
    return pairs


def balanced_accuracy(checked: list[Checked]) -> float:
    """Good vs faulty reps: the mean of the hit rates on faulty and on good reps (reps that
    could not be assessed count as misses)."""
    hits = {True: 0, False: 0}
    totals = {True: 0, False: 0}
    for c in checked:
        for faults, rep in matched_reps(c):
            faulty = bool(faults)
            totals[faulty] += 1
            said_faulty = rep.verdict is Verdict.NEEDS_WORK
            hits[faulty] += rep.verdict is not Verdict.CANNOT_ASSESS and said_faulty == faulty
    return (hits[True] / max(1, totals[True]) + hits[False] / max(1, totals[False])) / 2
