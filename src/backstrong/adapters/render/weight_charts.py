"""The weight charts as chart models: the projection (the model against the 3,500-kcal rule) and
the weigh-ins with their trend. Drawn by ``chart_svg`` on the pages and ``chart_png`` in the CLI."""

from __future__ import annotations

from datetime import datetime, timedelta

from backstrong.adapters.render.chart import LineChart, Series
from backstrong.domain.body.projection import Projection
from backstrong.domain.body.trend import TrendSummary
from backstrong.domain.units import convert

PROJECTION_TITLE = "Projected weight: a model, not a promise"
TREND_TITLE = "Your weight and its trend"
SECONDS_PER_DAY = 86_400.0
MODEL_NOTE = (
    "The curve comes from the Hall et al. (2011) model of how bodies adapt; real weight will"
    " differ. The straight line is the 3,500-kcal-per-pound rule, which overstates long-run change."
)


def in_unit(kilograms: float, unit: str) -> float:
    return kilograms if unit == "kg" else convert(kilograms, "kilogram", "pound")


def projection_chart(projection: Projection, unit: str = "kg") -> LineChart:
    model = tuple(
        (float(s.day), round(in_unit(s.weight_kg, unit), 2)) for s in projection.trajectory
    )
    rule = tuple((float(p.day), round(in_unit(p.weight_kg, unit), 2)) for p in projection.rule_3500)
    first, last = model[0][1], model[-1][1]
    rule_last = rule[-1][1]
    description = (
        f"Over {len(model) - 1} days the dynamic model goes from {first:g} to {last:g} {unit};"
        f" the 3,500-kcal rule's straight line ends at {rule_last:g} {unit}."
    )
    return LineChart(
        title=PROJECTION_TITLE,
        x_label="days from today",
        y_label=f"weight ({unit})",
        series=(
            Series("Hall model (NIH)", model, "solid"),
            Series("3,500-kcal rule", rule, "dashed"),
        ),
        description=description,
    )


def trend_chart(summary: TrendSummary, unit: str = "kg") -> LineChart:
    if not summary.points:
        return LineChart(TREND_TITLE, "date", f"weight ({unit})", ())
    start = summary.points[0].at

    def days(at: datetime) -> float:
        return round((at - start).total_seconds() / SECONDS_PER_DAY, 3)

    def label(x: float) -> str:
        return (start + timedelta(days=x)).strftime("%d %b")

    readings = tuple((days(p.at), round(in_unit(p.weight_kg, unit), 2)) for p in summary.points)
    trend = tuple((days(p.at), round(in_unit(p.trend_kg, unit), 2)) for p in summary.points)
    return LineChart(
        title=TREND_TITLE,
        x_label="date",
        y_label=f"weight ({unit})",
        series=(Series("weigh-ins", readings, "dots"), Series("trend", trend, "solid")),
        x_tick_label=label,
        description=f"{len(readings)} weigh-ins with their smoothed trend.",
    )
