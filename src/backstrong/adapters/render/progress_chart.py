"""Estimated 1RM over time as a chart model: the best set of each training day, one point a day.
Drawn by ``chart_svg`` on the progress page and ``chart_png`` for ``backstrong progress --plot``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from backstrong.adapters.render.chart import LineChart, Series
from backstrong.domain.training.describe import load_text
from backstrong.domain.training.one_rep_max import RPE_CHART
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.progress import E1rmLine


def describe(name: str, points: Sequence[TrendPoint]) -> str:
    if not points:
        return f"{name}: no estimate yet."
    first, last = points[0], points[-1]
    return (
        f"{name}: {len(points)} training days from {first.day} to {last.day}; the estimated 1RM "
        f"went from {load_text(first.one_rep_max)} to {load_text(last.one_rep_max)}."
    )


DAYS_SHOWN_WITHOUT_YEAR = 300  # a longer axis names months and years, not days


def _day_label(span_days: float) -> Callable[[float], str]:
    """Tick labels for an axis of day ordinals; ticks before day one stay blank."""
    shown = "%b %Y" if span_days > DAYS_SHOWN_WITHOUT_YEAR else "%d %b"

    def label(x: float) -> str:
        ordinal = round(x)
        return date.fromordinal(ordinal).strftime(shown) if ordinal >= 1 else ""

    return label


def progress_chart(name: str, points: Sequence[TrendPoint]) -> LineChart:
    unit = points[0].one_rep_max.unit.value if points else "kg"
    line = tuple((float(p.day.toordinal()), p.one_rep_max.value) for p in points)
    return LineChart(
        title=f"Estimated 1RM: {name}",
        x_label="day",
        y_label=f"e1RM ({unit})",
        series=(Series("e1RM", line, "marked"),),
        x_tick_label=_day_label(line[-1][0] - line[0][0] if line else 0.0),
        description=describe(name, points),
    )


def e1rm_lines_chart(name: str, lines: Sequence[E1rmLine]) -> LineChart:
    """One formula's e1RM line and, apart, the RPE chart's: never mixed in one series."""
    drawn = [line for line in lines if line.points]
    unit = drawn[0].points[0].one_rep_max.unit.value if drawn else "kg"
    series = tuple(
        Series(
            "RPE chart" if line.method == RPE_CHART else f"e1RM ({line.method})",
            tuple((float(p.day.toordinal()), p.one_rep_max.value) for p in line.points),
            "dashed" if line.method == RPE_CHART else "marked",
        )
        for line in drawn
    )
    xs = [x for s in series for x, _ in s.points]
    unreliable = sum(1 for line in drawn for p in line.points if not p.reliable)
    note = f" {unreliable} days come from sets over 10 reps: less reliable." if unreliable else ""
    return LineChart(
        title=f"Estimated 1RM: {name}",
        x_label="day",
        y_label=f"e1RM ({unit})",
        series=series,
        x_tick_label=_day_label(max(xs) - min(xs) if xs else 0.0),
        description=f"{name}: "
        + ", ".join(f"{s.label} over {len(s.points)} days" for s in series)
        + "."
        + note,
    )
