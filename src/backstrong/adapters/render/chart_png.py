"""The same :class:`LineChart` as a PNG image for the command line (matplotlib, Agg backend: no
display needed), with the ranges, ticks and labels the SVG uses."""

from __future__ import annotations

import io

from backstrong.adapters.render.chart import LineChart, ticks

DPI = 120
SIZE_INCHES = (8.0, 4.8)
ACCENT, MUTED = "#0f5f4c", "#4d5a54"  # the pages' light-mode --accent and --muted


def render_png(chart: LineChart, note: str | None = None) -> bytes:
    """The chart as PNG bytes; ``note`` is printed small under the plot."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=SIZE_INCHES, dpi=DPI, layout="constrained")
    axes = figure.subplots()
    for series in chart.series:
        xs = [x for x, _ in series.points]
        ys = [y for _, y in series.points]
        if series.style == "dots":
            axes.scatter(xs, ys, s=14, alpha=0.6, label=series.label, color=MUTED)
        elif series.style == "dashed":
            axes.plot(xs, ys, "--", linewidth=2.2, label=series.label, color=MUTED)
        else:
            marker = "-o" if series.style == "marked" else "-"
            axes.plot(xs, ys, marker, linewidth=2.2, markersize=4, label=series.label, color=ACCENT)
    b = chart.bounds()
    x_ticks = ticks(b.x0, b.x1)
    axes.set_xticks(x_ticks, [chart.x_tick_label(x) for x in x_ticks])
    axes.set_yticks(ticks(b.y0, b.y1))
    axes.set_xlim(b.x0, b.x1)
    axes.set_ylim(b.y0, b.y1)
    axes.set_title(chart.title)
    axes.set_xlabel(chart.x_label)
    axes.set_ylabel(chart.y_label)
    axes.grid(True, alpha=0.3)
    if chart.series:
        axes.legend()
    if note:
        figure.supxlabel(note, fontsize=7.5, color=MUTED, wrap=True)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
