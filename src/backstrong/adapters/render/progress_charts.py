"""Estimated 1RM over time: inline SVG for the progress page, PNG (matplotlib Agg) for the CLI.

The SVG is drawn for a phone: a narrow view box, so its text stays readable at 360 px wide.
Colours come from the page's CSS variables, so it follows light and dark mode. The same points
always give the same bytes.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from backstrong.adapters.render.svg_canvas import attr, num, text
from backstrong.domain.training.describe import load_text
from backstrong.domain.training.one_rep_max_trend import TrendPoint

WIDTH, HEIGHT = 360.0, 220.0
LEFT, RIGHT, TOP, BOTTOM = 40.0, 12.0, 14.0, 30.0  # plot margins in view-box units
Y_TICKS = 4
DPI = 120
MATPLOTLIB_EPOCH = date(1970, 1, 1)  # matplotlib's default date epoch (since 3.3)


def _step(span: float) -> float:
    """A round step (1, 2 or 5 × 10ⁿ) giving about Y_TICKS ticks over ``span``."""
    raw = max(span, 1e-9) / Y_TICKS
    magnitude = 10.0 ** math.floor(math.log10(raw))
    return next(f * magnitude for f in (1, 2, 5, 10) if raw <= f * magnitude)


def describe(name: str, points: Sequence[TrendPoint]) -> str:
    if not points:
        return f"{name}: no estimate yet."
    first, last = points[0], points[-1]
    return (
        f"{name}: {len(points)} training days from {first.day} to {last.day}; the estimated 1RM "
        f"went from {load_text(first.one_rep_max)} to {load_text(last.one_rep_max)}."
    )


@dataclass(frozen=True, slots=True)
class _Scale:
    x0: int
    x1: int
    y0: float
    y1: float
    step: float

    @classmethod
    def of(cls, days: list[int], values: list[float]) -> _Scale:
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        step = _step(high - low or max(high * 0.1, 1.0))
        y0, y1 = math.floor(low / step) * step, math.ceil(high / step) * step
        if y1 == y0:
            y0, y1 = y0 - step, y1 + step
        return cls(min(days, default=0), max(days, default=1), y0, y1, step)

    def px(self, day: int) -> float:
        plot_w = WIDTH - LEFT - RIGHT
        if self.x1 == self.x0:
            return LEFT + plot_w / 2
        return LEFT + (day - self.x0) / (self.x1 - self.x0) * plot_w

    def py(self, value: float) -> float:
        return TOP + (1 - (value - self.y0) / (self.y1 - self.y0)) * (HEIGHT - TOP - BOTTOM)


def _grid(scale: _Scale, unit: str) -> list[str]:
    ink = 'fill="var(--muted, #4d5a54)"'
    parts, tick = [], scale.y0
    while tick <= scale.y1 + scale.step / 2:
        y = num(scale.py(tick), 1)
        parts.append(
            f'<line x1="{num(LEFT)}" x2="{num(WIDTH - RIGHT)}" y1="{y}" y2="{y}" '
            'stroke="var(--border, #cfd6d2)"/>'
        )
        label = f"{tick:g}" + (f" {unit}" if tick + scale.step > scale.y1 + scale.step / 2 else "")
        parts.append(
            f'<text x="{num(LEFT - 4)}" y="{y}" dy="4" text-anchor="end" {ink}>{text(label)}</text>'
        )
        tick += scale.step
    for day, anchor in ((scale.x0, "start"), (scale.x1, "end")):
        shown = date.fromordinal(day).strftime("%d %b %Y")
        parts.append(
            f'<text x="{num(scale.px(day), 1)}" y="{num(HEIGHT - 8)}" text-anchor="{anchor}" '
            f"{ink}>{text(shown)}</text>"
        )
    return parts


def _line(scale: _Scale, days: list[int], values: list[float]) -> list[str]:
    pairs = list(zip(days, values, strict=True))
    path = " ".join(
        f"{'M' if i == 0 else 'L'}{num(scale.px(d), 1)} {num(scale.py(v), 1)}"
        for i, (d, v) in enumerate(pairs)
    )
    line = (
        f'<path d="{path}" fill="none" stroke="var(--accent, #0f5f4c)" stroke-width="2.5" '
        'stroke-linejoin="round"/>'
    )
    dots = [
        f'<circle cx="{num(scale.px(d), 1)}" cy="{num(scale.py(v), 1)}" r="3.2" '
        'fill="var(--accent, #0f5f4c)"/>'
        for d, v in pairs
    ]
    return [line, *dots]


def render_progress_svg(name: str, points: Sequence[TrendPoint]) -> str:
    """The e1RM line with a few grid lines; the first and last day under it."""
    days = [p.day.toordinal() for p in points]
    values = [p.one_rep_max.value for p in points]
    scale = _Scale.of(days, values)
    unit = points[0].one_rep_max.unit.value if points else ""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {num(WIDTH)} {num(HEIGHT)}" '
        f'role="img" aria-label={attr(f"Estimated 1RM of {name}")} font-size="11" '
        'font-family="system-ui, sans-serif">',
        f"<desc>{text(describe(name, points))}</desc>",
    ]
    if points:
        parts += _grid(scale, unit) + _line(scale, days, values)
    parts.append("</svg>")
    return "\n".join(parts)


def render_progress_png(name: str, points: Sequence[TrendPoint]) -> bytes:
    """The same line as a PNG image (matplotlib, Agg backend: no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 4.5), dpi=DPI, layout="constrained")
    axes = figure.subplots()
    days = [float((p.day - MATPLOTLIB_EPOCH).days) for p in points]  # its date numbers
    values = [p.one_rep_max.value for p in points]
    axes.plot(days, values, "-o", linewidth=2.2, markersize=4, color="#0f5f4c")
    axes.xaxis_date()
    unit = points[0].one_rep_max.unit.value if points else "kg"
    axes.set_title(f"Estimated 1RM: {name}")
    axes.set_xlabel("day")
    axes.set_ylabel(f"e1RM ({unit})")
    axes.grid(True, alpha=0.3)
    figure.autofmt_xdate()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
