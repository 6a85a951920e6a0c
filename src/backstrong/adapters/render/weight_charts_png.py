"""Weight charts as PNG files for the command line, drawn with matplotlib's Agg backend."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from backstrong.adapters.render.weight_charts_svg import projection_chart, trend_chart

if TYPE_CHECKING:
    from backstrong.adapters.render.line_chart_svg import LineChart
    from backstrong.domain.body.projection import Projection
    from backstrong.domain.body.trend import TrendSummary

MODEL_NOTE = (
    "The curve comes from the Hall et al. (2011) model of how bodies adapt; real weight will"
    " differ. The straight line is the 3,500-kcal-per-pound rule, which overstates long-run change."
)
DPI = 120


def _write(chart: LineChart, path: Path, note: str | None, unit: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 4.8), dpi=DPI, layout="constrained")
    axes = figure.subplots()
    for series in chart.series:
        xs = [x for x, _ in series.points]
        ys = [y for _, y in series.points]
        if series.style == "dots":
            axes.scatter(xs, ys, s=14, alpha=0.6, label=series.label, color="#4d5a54")
        else:
            style = "--" if series.style == "dashed" else "-"
            color = "#4d5a54" if series.style == "dashed" else "#0f5f4c"
            axes.plot(xs, ys, style, linewidth=2.2, label=series.label, color=color)
    axes.set_title(chart.title)
    axes.set_xlabel(chart.x_label)
    axes.set_ylabel(chart.y_label)
    axes.grid(True, alpha=0.3)
    axes.legend()
    xs = [x for s in chart.series for x, _ in s.points] or [0.0, 1.0]
    ticks = [t for t in axes.get_xticks() if min(xs) <= t <= max(xs)]
    axes.set_xticks(ticks, [chart.x_tick_label(t) for t in ticks])
    axes.set_xlim(min(xs), max(xs))
    if note:
        figure.supxlabel(note, fontsize=7.5, color="#4d5a54", wrap=True)
    figure.savefig(path, format="png")


def write_projection_png(projection: Projection, path: Path, unit: str = "kg") -> None:
    _write(projection_chart(projection, unit), path, MODEL_NOTE, unit)


def write_trend_png(summary: TrendSummary, path: Path, unit: str = "kg") -> None:
    _write(trend_chart(summary, unit), path, None, unit)
