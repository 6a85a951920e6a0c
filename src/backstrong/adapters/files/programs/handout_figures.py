"""Exercise pictures for the printable handout: the side-view stick figure of the web pages,
drawn as reportlab vector shapes (no SVG conversion).

The figure is computed once in ``adapters.render.figure`` (the shapes of both positions, in
metres); this module only places them on a reportlab ``Drawing`` at one scale and styles them.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Group, Line, Path, String
from reportlab.graphics.shapes import Polygon as RlPolygon
from reportlab.graphics.shapes import PolyLine as RlPolyLine
from reportlab.lib import colors

from backstrong.adapters.render.figure import POSITION_LABELS, centre_x, common_scale, positions
from backstrong.adapters.render.shapes import Shape
from backstrong.domain.exercises.model import Exercise
from backstrong.domain.pose.kinematics import Point

INK = colors.HexColor("#17201c")
FAR_INK = colors.HexColor("#9aa39f")
PROP_FILL = colors.HexColor("#eef1ef")
PROP_INK = colors.HexColor("#7d8782")
HEAD_FILL = colors.HexColor("#e4e8e6")
LABEL_BAND_PT = 14.0
SIDE_MARGIN_PT = 6.0
FLOOR_MARGIN_PT = 6.0
MIN_ASPECT = 0.3  # height / width of the flattest picture
FONT = "Helvetica-Bold"


def exercise_drawing(exercise: Exercise, width_pt: float) -> Drawing:
    """Start and end positions side by side, or a 'no picture yet' frame."""
    if exercise.keyframes is None:
        return _placeholder(width_pt)
    canvases = positions(exercise.keyframes)
    scale = common_scale(canvases, width_pt / 2 - 2 * SIDE_MARGIN_PT)
    span_y = max(c.bounds.ymax for c in canvases)
    height = max(LABEL_BAND_PT + span_y * scale + FLOOR_MARGIN_PT * 2, width_pt * MIN_ASPECT)
    drawing = Drawing(width_pt, height)
    for index, (canvas, label) in enumerate(zip(canvases, POSITION_LABELS, strict=True)):
        left = index * width_pt / 2
        middle = left + width_pt / 4
        origin = Point(middle - centre_x(canvas) * scale, FLOOR_MARGIN_PT)
        drawing.add(
            Line(
                left + 4,
                origin.y,
                left + width_pt / 2 - 4,
                origin.y,
                strokeColor=PROP_INK,
                strokeWidth=1,
            )
        )
        drawing.add(
            String(
                middle,
                height - 11,
                label,
                fontName=FONT,
                fontSize=9,
                textAnchor="middle",
                fillColor=INK,
            )
        )
        drawing.add(_group(canvas.shapes, origin, scale))
    drawing.add(Line(width_pt / 2, 4, width_pt / 2, height - 4, strokeColor=HEAD_FILL))
    return drawing


def _placeholder(width_pt: float) -> Drawing:
    height = width_pt * MIN_ASPECT
    drawing = Drawing(width_pt, height)
    box = RlPolygon(
        [4, 4, width_pt - 4, 4, width_pt - 4, height - 4, 4, height - 4],
        strokeColor=PROP_INK,
        fillColor=None,
        strokeDashArray=[4, 3],
    )
    drawing.add(box)
    drawing.add(
        String(
            width_pt / 2,
            height / 2 - 4,
            "No picture yet",
            fontName=FONT,
            fontSize=10,
            textAnchor="middle",
            fillColor=PROP_INK,
        )
    )
    return drawing


def _style(cls: str) -> tuple[colors.Color, colors.Color | None]:
    """(stroke, fill) for a shape's class names."""
    names = set(cls.split())
    if "bsf-far" in names:
        return FAR_INK, None
    if "bsf-eye" in names:
        return INK, INK
    if "bsf-head" in names:
        return INK, HEAD_FILL
    if "bsf-prop" in names:
        return PROP_INK, None if names & {"bsf-rail"} else PROP_FILL
    if "bsf-implement" in names:
        if names & {"bsf-band", "bsf-cable"}:
            return INK, None
        return INK, INK if "bsf-solid" in names else HEAD_FILL
    return INK, None


def _group(shapes: list[Shape], origin: Point, scale: float) -> Group:
    group = Group()
    for shape in shapes:
        stroke, fill = _style(shape.cls)
        width = max(shape.width * scale, 0.4)
        xy = [v for p in shape.points for v in (origin.x + p.x * scale, origin.y + p.y * scale)]
        style = {
            "strokeColor": stroke if shape.width > 0 else None,
            "strokeWidth": width,
            "strokeLineCap": 1,
            "strokeLineJoin": 1,
        }
        if "bsf-band" in shape.cls:
            style["strokeDashArray"] = [2, 1.5]
        group.add(_one(shape, xy, scale, style, fill))
    return group


def _one(
    shape: Shape, xy: list[float], scale: float, style: dict[str, object], fill: object
) -> object:
    if shape.kind == "polyline":
        return RlPolyLine(xy, **style)
    if shape.kind == "polygon":
        return RlPolygon(xy, fillColor=fill, **style)
    if shape.kind == "circle":
        return Circle(xy[0], xy[1], shape.radii[0] * scale, fillColor=fill, **style)
    if shape.kind == "ellipse":
        rx, ry = shape.radii
        return Ellipse(xy[0], xy[1], rx * scale, ry * scale, fillColor=fill, **style)
    path = Path(fillColor=None, **style)  # quadratic → the equivalent cubic Bézier
    (sx, sy), (cx, cy), (ex, ey) = (xy[0], xy[1]), (xy[2], xy[3]), (xy[4], xy[5])
    path.moveTo(sx, sy)
    path.curveTo(
        sx + 2 / 3 * (cx - sx),
        sy + 2 / 3 * (cy - sy),
        ex + 2 / 3 * (cx - ex),
        ey + 2 / 3 * (cy - ey),
        ex,
        ey,
    )
    return path
