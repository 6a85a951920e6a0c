"""A small line chart drawn as inline SVG on the server: no JavaScript, no external assets.

Colours come from the page's CSS variables (``var(--accent)``), so the chart follows light and
dark mode. The same data always gives the same bytes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from backstrong.adapters.render.svg_canvas import attr, num, text

WIDTH, HEIGHT = 400.0, 270.0
LEFT, RIGHT, TOP, BOTTOM = 46.0, 10.0, 36.0, 44.0  # plot margins, px
TARGET_TICKS = 4
STYLES = {
    "solid": 'stroke="var(--accent, #0f5f4c)" stroke-width="3" fill="none"',
    "dashed": (
        'stroke="var(--muted, #4d5a54)" stroke-width="2.5" stroke-dasharray="8 6" fill="none"'
    ),
    "dots": 'fill="var(--muted, #4d5a54)" fill-opacity="0.7"',
}


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    points: tuple[tuple[float, float], ...]
    style: str = "solid"  # "solid", "dashed" or "dots"


@dataclass(frozen=True, slots=True)
class LineChart:
    title: str
    x_label: str
    y_label: str
    series: tuple[Series, ...]
    x_tick_label: Callable[[float], str] = lambda x: f"{x:g}"
    description: str = ""


def nice_step(span: float, target_ticks: int = TARGET_TICKS) -> float:
    """A round tick step (1, 2 or 5 × 10ⁿ) giving about ``target_ticks`` ticks over ``span``."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / target_ticks
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _ticks(low: float, high: float) -> list[float]:
    step = nice_step(high - low)
    first = math.ceil(low / step) * step
    count = math.floor((high - first) / step + 1e-9) + 1
    return [first + i * step for i in range(max(count, 0))]


def _bounds(series: Sequence[Series]) -> tuple[float, float, float, float]:
    xs = [x for s in series for x, _ in s.points]
    ys = [y for s in series for _, y in s.points]
    if not xs:
        return 0.0, 1.0, 0.0, 1.0
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    pad = max((y1 - y0) * 0.08, 0.5)
    if x1 == x0:
        x0, x1 = x0 - 1.0, x1 + 1.0
    return x0, x1, y0 - pad, y1 + pad


def render_line_chart(chart: LineChart) -> str:
    x0, x1, y0, y1 = _bounds(chart.series)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(x: float) -> float:
        return LEFT + (x - x0) / (x1 - x0) * plot_w

    def py(y: float) -> float:
        return TOP + (1.0 - (y - y0) / (y1 - y0)) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {num(WIDTH)} {num(HEIGHT)}" '
        f'role="img" aria-label={attr(chart.title)} class="chart" font-size="14" '
        'font-family="system-ui, sans-serif">',
        f"<title>{text(chart.title)}</title>",
        f"<desc>{text(chart.description or chart.title)}</desc>",
    ]
    parts += _axes(chart, x0, x1, y0, y1, px, py)
    for series in chart.series:
        parts.append(_series(series, px, py))
    parts += _legend(chart.series)
    parts.append("</svg>")
    return "\n".join(parts)


def _axes(
    chart: LineChart,
    x0: float,
    x1: float,
    y0: float,
    y1: float,
    px: Callable[[float], float],
    py: Callable[[float], float],
) -> list[str]:
    grid = 'stroke="var(--border, #cfd6d2)" stroke-width="1"'
    ink = 'fill="var(--muted, #4d5a54)"'
    out: list[str] = []
    for y in _ticks(y0, y1):
        out.append(
            f'<line x1="{num(LEFT)}" x2="{num(WIDTH - RIGHT)}" y1="{num(py(y))}" '
            f'y2="{num(py(y))}" {grid}/>'
        )
        out.append(
            f'<text x="{num(LEFT - 6)}" y="{num(py(y) + 4)}" text-anchor="end" {ink}>'
            f"{text(f'{y:g}')}</text>"
        )
    for x in _ticks(x0, x1):
        out.append(
            f'<text x="{num(px(x))}" y="{num(HEIGHT - BOTTOM + 18)}" text-anchor="middle" {ink}>'
            f"{text(chart.x_tick_label(x))}</text>"
        )
    base = HEIGHT - BOTTOM
    out.append(
        f'<line x1="{num(LEFT)}" x2="{num(WIDTH - RIGHT)}" y1="{num(base)}" y2="{num(base)}" '
        'stroke="var(--muted, #4d5a54)"/>'
    )
    out.append(
        f'<text x="{num(LEFT + (WIDTH - LEFT - RIGHT) / 2)}" y="{num(HEIGHT - 8)}" '
        f'text-anchor="middle" {ink}>{text(chart.x_label)}</text>'
    )
    out.append(
        f'<text x="12" y="{num(TOP + (HEIGHT - TOP - BOTTOM) / 2)}" text-anchor="middle" '
        f'transform="rotate(-90 12 {num(TOP + (HEIGHT - TOP - BOTTOM) / 2)})" {ink}>'
        f"{text(chart.y_label)}</text>"
    )
    return out


def _series(series: Series, px: Callable[[float], float], py: Callable[[float], float]) -> str:
    style = STYLES.get(series.style, STYLES["solid"])
    if series.style == "dots":
        dots = "".join(
            f'<circle cx="{num(px(x), 1)}" cy="{num(py(y), 1)}" r="3.5"/>' for x, y in series.points
        )
        return f"<g {style}>{dots}</g>"
    path = " ".join(
        f"{'M' if i == 0 else 'L'}{num(px(x), 1)} {num(py(y), 1)}"
        for i, (x, y) in enumerate(series.points)
    )
    return f'<path d="{path}" {style} stroke-linejoin="round"/>'


def _legend(series: Sequence[Series]) -> list[str]:
    out: list[str] = []
    x = LEFT
    for item in series:
        style = STYLES.get(item.style, STYLES["solid"])
        if item.style == "dots":
            out.append(f'<circle cx="{num(x + 12)}" cy="18" r="4" {style}/>')
        else:
            out.append(f'<line x1="{num(x)}" x2="{num(x + 24)}" y1="18" y2="18" {style}/>')
        out.append(
            f'<text x="{num(x + 30)}" y="22" fill="var(--text, #17201c)">{text(item.label)}</text>'
        )
        x += 44 + 7.8 * len(item.label)
    return out
