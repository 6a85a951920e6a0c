"""The Reactive Training Systems RPE chart: % of one-rep max by reps and RPE.

A cell depends only on ``reps + (10 − RPE)`` — the reps done plus the reps left in reserve — so the
chart is stored once, as a column over that sum in half steps, and every (reps, RPE) cell is read
from it. The published chart covers 1–10 reps and RPE 6–10; outside it there is no cell.
"""

from __future__ import annotations

# Reps to failure (reps + 10 − RPE) → % of 1RM. RTS chart (5 reps @ RPE 8 → 7 → 81.1).
PERCENT_BY_REPS_TO_FAILURE: dict[float, float] = {
    1.0: 100.0,
    1.5: 97.8,
    2.0: 95.5,
    2.5: 93.9,
    3.0: 92.2,
    3.5: 90.7,
    4.0: 89.2,
    4.5: 87.8,
    5.0: 86.3,
    5.5: 85.0,
    6.0: 83.7,
    6.5: 82.4,
    7.0: 81.1,
    7.5: 79.9,
    8.0: 78.6,
    8.5: 77.4,
    9.0: 76.2,
    9.5: 75.1,
    10.0: 73.9,
    10.5: 72.3,
    11.0: 70.7,
    11.5: 69.4,
    12.0: 68.0,
    12.5: 66.7,
    13.0: 65.3,
    13.5: 64.0,
    14.0: 62.6,
}

CHART_MIN_REPS = 1  # the chart's columns
CHART_MAX_REPS = 10
CHART_MIN_RPE = 6.0  # the chart's rows, in half steps
CHART_MAX_RPE = 10.0


def in_chart(reps: int, rpe: float) -> bool:
    return (
        CHART_MIN_REPS <= reps <= CHART_MAX_REPS
        and CHART_MIN_RPE <= rpe <= CHART_MAX_RPE
        and float(rpe * 2).is_integer()
    )


def percent_of_one_rep_max(reps: int, rpe: float) -> float | None:
    """The chart's cell for ``reps`` at ``rpe`` (81.1 for 5 @ 8), or None outside the chart."""
    if not in_chart(reps, rpe):
        return None
    return PERCENT_BY_REPS_TO_FAILURE[reps + (10.0 - rpe)]


def chart_rows() -> tuple[tuple[float, tuple[float, ...]], ...]:
    """The chart as published: one row per RPE from 10 down to 6, cells for 1–10 reps."""
    rpes = [
        CHART_MAX_RPE - step / 2 for step in range(int((CHART_MAX_RPE - CHART_MIN_RPE) * 2) + 1)
    ]
    reps = range(CHART_MIN_REPS, CHART_MAX_REPS + 1)
    return tuple(
        (rpe, tuple(PERCENT_BY_REPS_TO_FAILURE[r + (10.0 - rpe)] for r in reps)) for rpe in rpes
    )


def one_rep_max_factors() -> dict[tuple[int, float], float]:
    """``{(reps, RPE): 100 / cell}`` for every cell, so that e1RM = load × factor in one lookup."""
    return {
        (reps, rpe): 100.0 / cells[reps - CHART_MIN_REPS]
        for rpe, cells in chart_rows()
        for reps in range(CHART_MIN_REPS, CHART_MAX_REPS + 1)
    }
