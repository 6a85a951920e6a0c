"""How the progression engine reads effort: the e1RM of a set and the load for reps at an RPE.

The numbers come from the training package (the RTS chart in ``training.rpe_chart``, Epley in
``training.one_rep_max``; docs/sources.md#e1rm); what is added here is the engine's reading of
them:

- a logged RPE counts to the nearest half point (8.2 reads as 8), as the chart has half steps;
- past the chart (more than 10 reps, or RPE below 6), Epley on the reps done plus the reps left
  in reserve (10 − RPE) stands in for the chart.
"""

from __future__ import annotations

from backstrong.domain.training.one_rep_max import Formula, ratio
from backstrong.domain.training.rpe_chart import (
    CHART_MAX_RPE,
    CHART_MIN_RPE,
    percent_of_one_rep_max,
)


def chart_percent(reps: int, rpe: float) -> float | None:
    """% of 1RM for ``reps`` at ``rpe`` read to the nearest half point; None off the chart."""
    return percent_of_one_rep_max(reps, round(rpe * 2) / 2)


def epley_ratio(reps: int) -> float:
    """e1RM ÷ load by Epley, 1 + reps/30; a single (or less) is the load itself."""
    return 1.0 if reps <= 1 else ratio(reps, Formula.EPLEY)


def e1rm(load: float, reps: int, rpe: float | None = None) -> float:
    """The e1RM of ``reps`` at ``load`` (same unit back): the chart when RPE is logged and on
    it; off the chart, Epley on the reps plus those left in reserve; without RPE, Epley."""
    if rpe is None:
        return load * epley_ratio(reps)
    percent = chart_percent(reps, rpe)
    if percent is not None:
        return load / (percent / 100)
    in_reserve = CHART_MAX_RPE - min(CHART_MAX_RPE, max(CHART_MIN_RPE, rpe))
    return load * epley_ratio(reps + round(in_reserve))


def load_for(e1rm_value: float, reps: int, rpe: float) -> float:
    """The load for ``reps`` at ``rpe`` given an e1RM: the chart, or Epley with reps in reserve."""
    percent = chart_percent(reps, rpe)
    if percent is not None:
        return e1rm_value * percent / 100
    reps_to_failure = reps + max(0, round(CHART_MAX_RPE - rpe))
    return e1rm_value / epley_ratio(reps_to_failure)
