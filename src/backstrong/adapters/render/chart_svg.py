"""The one SVG chart renderer: a :class:`LineChart` drawn inline on the server (no JavaScript,
no external assets). Colours come from the page's CSS variables (``var(--accent)``), so every
chart follows light and dark mode. The same chart always gives the same bytes."""

from __future__ import annotations

from collections.abc import Callable

from backstrong.adapters.render.chart import Bounds, LineChart, Series, ticks
from backstrong.adapters.render.svg_canvas import attr, num, text

WIDTH, HEIGHT = 400.0, 270.0
LEFT, RIGHT, TOP, BOTTOM = 46.0, 10.0, 36.0, 44.0  # plot margins, px
STYLES = {
    "solid": 'stroke="var(--accent, #0f5f4c)" stroke-width="3" fill="none"',
    "dashed": (
        'stroke="var(--muted, #4d5a54)" stroke-width="2.5" stroke-dasharray="8 6" fill="none"'
    ),
    "dots": 'fill="var(--muted, #4d5a54)" fill-opacity="0.7"',
}
MARK = 'fill="var(--accent, #0f5f4c)"'  # the dots on a "marked" line
Scale = Callable[[float], float]


def render_svg(chart: LineChart) -> str:
    b = chart.bounds()
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(x: float) -> float:
        return LEFT + (x - b.x0) / (b.x1 - b.x0) * plot_w

    def py(y: float) -> float:
        return TOP + (1.0 - (y - b.y0) / (b.y1 - b.y0)) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {num(WIDTH)} {num(HEIGHT)}" '
        f'role="img" aria-label={attr(chart.title)} class="chart" font-size="14" '
        'font-family="system-ui, sans-serif">',
        f"<title>{text(chart.title)}</title>",
        f"<desc>{text(chart.description or chart.title)}</desc>",
    ]
    parts += _axes(chart, b, px, py)
    for series in chart.series:
        parts.append(_series(series, px, py))
    parts += _legend(chart.series)
    parts.append("</svg>")
    return "\n".join(parts)


def _axes(chart: LineChart, b: Bounds, px: Scale, py: Scale) -> list[str]:
    grid = 'stroke="var(--border, #cfd6d2)" stroke-width="1"'
    ink = 'fill="var(--muted, #4d5a54)"'
    out: list[str] = []
    for y in ticks(b.y0, b.y1):
        out.append(
            f'<line x1="{num(LEFT)}" x2="{num(WIDTH - RIGHT)}" y1="{num(py(y))}" '
            f'y2="{num(py(y))}" {grid}/>'
        )
        out.append(
            f'<text x="{num(LEFT - 6)}" y="{num(py(y) + 4)}" text-anchor="end" {ink}>'
            f"{text(f'{y:g}')}</text>"
        )
    for x in ticks(b.x0, b.x1):
        out.append(
            f'<text x="{num(px(x))}" y="{num(HEIGHT - BOTTOM + 18)}" text-anchor="middle" {ink}>'
            f"{text(chart.x_tick_label(x))}</text>"
        )
    base, middle = HEIGHT - BOTTOM, TOP + (HEIGHT - TOP - BOTTOM) / 2
    out.append(
        f'<line x1="{num(LEFT)}" x2="{num(WIDTH - RIGHT)}" y1="{num(base)}" y2="{num(base)}" '
        'stroke="var(--muted, #4d5a54)"/>'
    )
    out.append(
        f'<text x="{num(LEFT + (WIDTH - LEFT - RIGHT) / 2)}" y="{num(HEIGHT - 8)}" '
        f'text-anchor="middle" {ink}>{text(chart.x_label)}</text>'
    )
    out.append(
        f'<text x="12" y="{num(middle)}" text-anchor="middle" '
        f'transform="rotate(-90 12 {num(middle)})" {ink}>{text(chart.y_label)}</text>'
    )
    return out


def _dots(series: Series, px: Scale, py: Scale, r: str) -> str:
    return "".join(
        f'<circle cx="{num(px(x), 1)}" cy="{num(py(y), 1)}" r="{r}"/>' for x, y in series.points
    )


def _series(series: Series, px: Scale, py: Scale) -> str:
    if series.style == "dots":
        return f"<g {STYLES['dots']}>{_dots(series, px, py, '3.5')}</g>"
    style = STYLES["dashed" if series.style == "dashed" else "solid"]
    path = " ".join(
        f"{'M' if i == 0 else 'L'}{num(px(x), 1)} {num(py(y), 1)}"
        for i, (x, y) in enumerate(series.points)
    )
    line = f'<path d="{path}" {style} stroke-linejoin="round"/>'
    if series.style == "marked":
        line += f"<g {MARK}>{_dots(series, px, py, '3.2')}</g>"
    return line


def _legend(series: tuple[Series, ...]) -> list[str]:
    out: list[str] = []
    x = LEFT
    for item in series:
        if item.style == "dots":
            out.append(f'<circle cx="{num(x + 12)}" cy="18" r="4" {STYLES["dots"]}/>')
        else:
            style = STYLES["dashed" if item.style == "dashed" else "solid"]
            out.append(f'<line x1="{num(x)}" x2="{num(x + 24)}" y1="18" y2="18" {style}/>')
        out.append(
            f'<text x="{num(x + 30)}" y="22" fill="var(--text, #17201c)">{text(item.label)}</text>'
        )
        x += 44 + 7.8 * len(item.label)
    return out
