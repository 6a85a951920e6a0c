"""The RPE chart (Reactive Training Systems) and e1RM formulas, as the progression engine uses them.

A cell of the chart depends only on reps + (10 − RPE): 5 reps at RPE 8 is 81.1 % of 1RM, the
same as 7 reps at RPE 10 (DOMAIN.md §3). The training package may hold its own copy; the lead
will merge them.
"""

from __future__ import annotations

RPE_REPS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
# % of 1RM by RPE (rows) and reps 1–10 (columns), RTS chart.
RPE_CHART: dict[float, tuple[float, ...]] = {
    10.0: (100.0, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9),
    9.5: (97.8, 93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3),
    9.0: (95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7),
    8.5: (93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4),
    8.0: (92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0),
    7.5: (90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7),
    7.0: (89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3),
    6.5: (87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0),
    6.0: (86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6),
}
RPE_MIN, RPE_MAX = 6.0, 10.0
EPLEY_RELIABLE_REPS = 10  # e1RM formulas hold up to about 10 reps (DOMAIN.md §3)


def percent_of_1rm(reps: int, rpe: float) -> float | None:
    """% of 1RM for ``reps`` at ``rpe`` (rounded to the nearest half), None off the chart."""
    step = round(rpe * 2) / 2
    if not RPE_MIN <= step <= RPE_MAX or reps not in RPE_REPS:
        return None
    return RPE_CHART[step][reps - 1]


def epley(load: float, reps: int) -> float:
    """Epley: w·(1 + r/30); one rep returns the load itself."""
    return load if reps <= 1 else load * (1 + reps / 30)


def epley_load(e1rm: float, reps: int) -> float:
    """The load that Epley says ``reps`` reps to failure would take."""
    return e1rm if reps <= 1 else e1rm / (1 + reps / 30)


def e1rm(load: float, reps: int, rpe: float | None = None) -> float:
    """From the RPE chart when RPE is logged and on the chart; off the chart (over 10 reps),
    Epley on the reps plus the reps left in reserve; without RPE, Epley."""
    if rpe is None:
        return epley(load, reps)
    pct = percent_of_1rm(reps, rpe)
    if pct is not None:
        return load / (pct / 100)
    in_reserve = RPE_MAX - min(RPE_MAX, max(RPE_MIN, rpe))
    return epley(load, reps + round(in_reserve))


def load_for(e1rm_value: float, reps: int, rpe: float) -> float:
    """The load for ``reps`` at ``rpe`` given an e1RM: the chart, or Epley with reps in reserve."""
    pct = percent_of_1rm(reps, rpe)
    if pct is not None:
        return e1rm_value * pct / 100
    reps_to_failure = reps + max(0, round(RPE_MAX - rpe))
    return epley_load(e1rm_value, reps_to_failure)
