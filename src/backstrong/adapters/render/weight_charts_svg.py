"""Weight charts for the web pages: the projection (model vs the 3,500-kcal rule) and the trend."""

from __future__ import annotations

from datetime import datetime, timedelta

from backstrong.adapters.render.line_chart_svg import LineChart, Series, render_line_chart
from backstrong.domain.body.projection import Projection
from backstrong.domain.body.trend import TrendSummary
from backstrong.domain.units import convert

PROJECTION_TITLE = "Projected weight: a model, not a promise"
TREND_TITLE = "Your weight and its trend"
SECONDS_PER_DAY = 86_400.0


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


def projection_svg(projection: Projection, unit: str = "kg") -> str:
    return render_line_chart(projection_chart(projection, unit))


def trend_svg(summary: TrendSummary, unit: str = "kg") -> str:
    return render_line_chart(trend_chart(summary, unit))
