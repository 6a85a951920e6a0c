"""SVG text helpers shared by every SVG drawing: short, rounded numbers (so the same drawing
always gives the same bytes) and escaped text, plus the markup of recorded :class:`Shape`s."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from backstrong.adapters.render.shapes import Shape
from backstrong.domain.pose.kinematics import Point


def num(value: float, places: int = 3) -> str:
    """A number for SVG: fixed places, trailing zeros and negative zero removed."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def text(value: str) -> str:
    """Text content, XML-escaped."""
    return escape(value)


def attr(value: str) -> str:
    """An attribute value, XML-escaped and quoted."""
    return quoteattr(value)


def _coords(points: tuple[Point, ...]) -> str:
    return " ".join(f"{num(p.x)},{num(p.y)}" for p in points)


def shape_markup(shape: Shape) -> str:
    """One shape as an SVG element, in world units."""
    stroke = f'stroke-width="{num(shape.width)}"'
    if shape.kind in ("polyline", "polygon"):
        return f'<{shape.kind} class="{shape.cls}" points="{_coords(shape.points)}" {stroke}/>'
    if shape.kind == "quadratic":
        (start, control, end) = shape.points
        d = (
            f"M{num(start.x)},{num(start.y)} Q{num(control.x)},{num(control.y)} "
            f"{num(end.x)},{num(end.y)}"
        )
        return f'<path class="{shape.cls}" d="{d}" {stroke}/>'
    (centre,) = shape.points
    middle = f'class="{shape.cls}" cx="{num(centre.x)}" cy="{num(centre.y)}"'
    rx, ry = shape.radii
    if shape.kind == "circle":
        return f'<circle {middle} r="{num(rx)}" {stroke}/>'
    return f'<ellipse {middle} rx="{num(rx)}" ry="{num(ry)}" {stroke}/>'


def group_markup(shapes: list[Shape], *, cls: str, offset: Point, scale: float) -> str:
    """The shapes inside a ``<g>`` mapping world units to pixels (y flipped to point down)."""
    move = f"translate({num(offset.x, 2)} {num(offset.y, 2)})"
    transform = f"{move} scale({num(scale, 4)} {num(-scale, 4)})"
    inner = "".join(shape_markup(shape) for shape in shapes)
    return f'<g class="{cls}" transform="{transform}">{inner}</g>'
