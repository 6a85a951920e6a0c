"""Estimated one-rep max (e1RM) from a set: seven published formulas and the RTS RPE chart.

Formulas: Epley, Brzycki, Lander, Lombardi, Mayhew et al., O'Conner et al., Wathan
(w = load, r = reps). Every formula returns w for r = 1. Estimates
are reliable to about 10 reps (:data:`RELIABLE_MAX_REPS`); past that they drift apart, so
records and trends leave such sets out unless asked. When the set has an RPE inside the RTS chart
(1–10 reps, RPE 6–10), the chart is used instead of the formula: e1RM = w / (cell / 100).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.rpe_chart import one_rep_max_factors, percent_of_one_rep_max
from backstrong.domain.training.validation import TrainingValueError

RELIABLE_MAX_REPS = 10  # the formulas hold to about 10 reps (LeSuer et al. 1997)
RPE_CHART = "rpe-chart"  # the method name of an estimate read from the RTS chart


class Formula(StrEnum):
    EPLEY = "epley"
    BRZYCKI = "brzycki"
    LANDER = "lander"
    LOMBARDI = "lombardi"
    MAYHEW = "mayhew"
    OCONNER = "oconner"
    WATHAN = "wathan"


FORMULA_NAMES: dict[Formula, str] = {
    Formula.EPLEY: "Epley",
    Formula.BRZYCKI: "Brzycki",
    Formula.LANDER: "Lander",
    Formula.LOMBARDI: "Lombardi",
    Formula.MAYHEW: "Mayhew",
    Formula.OCONNER: "O'Conner",
    Formula.WATHAN: "Wathan",
}

# e1RM / w as a function of reps.
_RATIO: dict[Formula, Callable[[int], float]] = {
    Formula.EPLEY: lambda r: 1 + r / 30,
    Formula.BRZYCKI: lambda r: 36 / (37 - r),
    Formula.LANDER: lambda r: 100 / (101.3 - 2.67123 * r),
    Formula.LOMBARDI: lambda r: r**0.10,
    Formula.MAYHEW: lambda r: 100 / (52.2 + 41.9 * math.exp(-0.055 * r)),
    Formula.OCONNER: lambda r: 1 + 0.025 * r,
    Formula.WATHAN: lambda r: 100 / (48.8 + 53.8 * math.exp(-0.075 * r)),
}

# Beyond these the denominator reaches zero: Brzycki at r = 37, Lander at r ≈ 37.9.
_FORMULA_MAX_REPS: dict[Formula, int] = {Formula.BRZYCKI: 36, Formula.LANDER: 37}


def formula_max_reps(formula: Formula) -> int | None:
    """The most reps a formula gives a number for (None: no limit; reliable only to 10)."""
    return _FORMULA_MAX_REPS.get(formula)


def parse_formula(text: str) -> Formula:
    key = text.strip().lower().replace("'", "").replace("’", "")
    try:
        return Formula(key)
    except ValueError:
        accepted = ", ".join(f.value for f in Formula)
        raise TrainingValueError("formula", text, f"use one of {accepted}") from None


def ratio(reps: int, formula: Formula = Formula.EPLEY) -> float:
    """e1RM as a multiple of the load lifted for ``reps``; 1.0 for a single."""
    limit = _FORMULA_MAX_REPS.get(formula)
    if reps < 1 or (limit is not None and reps > limit):
        top = f"to {limit}" if limit is not None else "or more"
        name = FORMULA_NAMES[formula]
        raise TrainingValueError("reps", reps, f"{name} estimates from 1 {top} reps")
    return 1.0 if reps == 1 else _RATIO[formula](reps)


def estimate_one_rep_max(load: Load, reps: int, formula: Formula = Formula.EPLEY) -> Load:
    """e1RM by ``formula``, in the load's unit: 100 kg × 10 by Epley → 133.3 kg."""
    return load * ratio(reps, formula)


def estimate_from_rpe(load: Load, reps: int, rpe: float) -> Load | None:
    """e1RM from the RTS chart (w / (cell / 100)), or None when (reps, RPE) is off the chart."""
    percent = percent_of_one_rep_max(reps, rpe)
    return None if percent is None else load * (100.0 / percent)


@dataclass(frozen=True, slots=True)
class Estimate:
    """An e1RM with how it was reached. ``method`` is a :class:`Formula` value or ``RPE_CHART``."""

    one_rep_max: Load
    method: str
    reps: int
    reliable: bool


def estimate_set(
    performed: PerformedSet, formula: Formula = Formula.EPLEY, *, use_rpe: bool = True
) -> Estimate | None:
    """The e1RM of one logged set, or None when it has no load, no reps or reps the formula lacks.

    The load is the set's ``load`` or, for body-weight work, its ``added_load``.
    """
    load = performed.load if performed.load is not None else performed.added_load
    reps = performed.reps
    if load is None or reps is None or reps < 1:
        return None
    reliable = reps <= RELIABLE_MAX_REPS
    if use_rpe and performed.rpe is not None:
        by_chart = estimate_from_rpe(load, reps, performed.rpe)
        if by_chart is not None:
            return Estimate(by_chart, RPE_CHART, reps, reliable)
    limit = _FORMULA_MAX_REPS.get(formula)
    if limit is not None and reps > limit:
        return None
    return Estimate(estimate_one_rep_max(load, reps, formula), formula.value, reps, reliable)


class Estimator:
    """Multipliers precomputed for one formula and the RPE chart, for loops over many sets.

    ``factor(reps, rpe)`` returns e1RM / load, or 0.0 when the set gives no estimate (no reps, or
    more than ``max_reps``, which defaults to the reliable range of 10). Hot loops may read
    ``by_reps`` (index = reps, up to ``max_reps``) and ``by_rpe`` (key = (reps, RPE)) directly.
    """

    __slots__ = ("by_reps", "by_rpe", "formula", "max_reps", "use_rpe")

    def __init__(
        self,
        formula: Formula = Formula.EPLEY,
        *,
        use_rpe: bool = True,
        max_reps: int = RELIABLE_MAX_REPS,
    ) -> None:
        limit = _FORMULA_MAX_REPS.get(formula)
        self.formula = formula
        self.use_rpe = use_rpe
        self.max_reps = max(0, min(max_reps, limit) if limit is not None else max_reps)
        self.by_reps: list[float] = [0.0] + [ratio(r, formula) for r in range(1, self.max_reps + 1)]
        self.by_rpe: dict[tuple[int, float], float] = one_rep_max_factors() if use_rpe else {}

    def factor(self, reps: int | None, rpe: float | None) -> float:
        if reps is None or reps < 1 or reps > self.max_reps:
            return 0.0
        if rpe is not None:
            by_chart = self.by_rpe.get((reps, rpe))
            if by_chart is not None:
                return by_chart
        return self.by_reps[reps]

    def method(self, reps: int, rpe: float | None) -> str:
        if rpe is not None and (reps, rpe) in self.by_rpe:
            return RPE_CHART
        return self.formula.value
