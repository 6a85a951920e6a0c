"""Exercise pictures for the printable handout: the side-view stick figure of the web pages,
drawn as reportlab vector shapes straight from the pose kinematics (no SVG conversion).

Props and held implements come from the same drawing code as the SVG (``equipment_svg``): a
:class:`Canvas` subclass records each shape in metres, and the shapes are then placed on a
reportlab ``Drawing`` at one scale for both positions.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Group, Line, Path, String
from reportlab.graphics.shapes import Polygon as RlPolygon
from reportlab.graphics.shapes import PolyLine as RlPolyLine
from reportlab.lib import colors

from backstrong.adapters.render.equipment_svg import draw_implement, draw_prop
from backstrong.adapters.render.figure_svg import (
    FAR_LIMB_WIDTH_M,
    HAND_LENGTH_M,
    HEAD_OUTLINE_M,
    HEAD_RADIUS_M,
    NEAR_LIMB_WIDTH_M,
    NECK_WIDTH_M,
    REFERENCE_SPAN_M,
    TRUNK_WIDTH_M,
)
from backstrong.adapters.render.svg_canvas import Canvas
from backstrong.domain.exercises.model import Exercise
from backstrong.domain.pose.kinematics import (
    HEAD,
    HIP,
    NECK,
    SHOULDER,
    Point,
    Points,
    facing,
    grounded,
    heading,
    joint_positions,
    shifted,
    unit,
)
from backstrong.domain.pose.model import Keyframes, Pose, PropKind

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


@dataclass(frozen=True, slots=True)
class _Shape:
    kind: str  # polyline, polygon, circle, ellipse, quadratic
    points: tuple[Point, ...]
    cls: str
    width: float
    radii: tuple[float, float] = (0.0, 0.0)


class _ShapeCanvas(Canvas):
    """A Canvas that also keeps each shape, so it can be drawn with reportlab."""

    def __init__(self) -> None:
        super().__init__()
        self.shapes: list[_Shape] = []

    def polyline(self, points: list[Point], *, cls: str, width: float) -> None:
        super().polyline(points, cls=cls, width=width)
        self.shapes.append(_Shape("polyline", tuple(points), cls, width))

    def polygon(self, points: list[Point], *, cls: str, width: float) -> None:
        super().polygon(points, cls=cls, width=width)
        self.shapes.append(_Shape("polygon", tuple(points), cls, width))

    def circle(self, centre: Point, radius: float, *, cls: str, width: float = 0.0) -> None:
        super().circle(centre, radius, cls=cls, width=width)
        self.shapes.append(_Shape("circle", (centre,), cls, width, (radius, radius)))

    def ellipse(self, centre: Point, rx: float, ry: float, *, cls: str, width: float) -> None:
        super().ellipse(centre, rx, ry, cls=cls, width=width)
        self.shapes.append(_Shape("ellipse", (centre,), cls, width, (rx, ry)))

    def quadratic(
        self, start: Point, control: Point, end: Point, *, cls: str, width: float
    ) -> None:
        super().quadratic(start, control, end, cls=cls, width=width)
        self.shapes.append(_Shape("quadratic", (start, control, end), cls, width))


def exercise_drawing(exercise: Exercise, width_pt: float) -> Drawing:
    """Start and end positions side by side, or a 'no picture yet' frame."""
    if exercise.keyframes is None:
        return _placeholder(width_pt)
    canvases = [
        _position(p, exercise.keyframes) for p in (exercise.keyframes.start, exercise.keyframes.end)
    ]
    room_x = width_pt / 2 - 2 * SIDE_MARGIN_PT
    span_x = max(c.bounds.width for c in canvases)
    span_y = max(c.bounds.ymax for c in canvases)
    scale = min(room_x / REFERENCE_SPAN_M, room_x / span_x)
    height = max(LABEL_BAND_PT + span_y * scale + FLOOR_MARGIN_PT * 2, width_pt * MIN_ASPECT)
    drawing = Drawing(width_pt, height)
    for index, (canvas, label) in enumerate(zip(canvases, ("Start", "End"), strict=True)):
        left = index * width_pt / 2
        middle = left + width_pt / 4
        centre_x = (canvas.bounds.xmin + canvas.bounds.xmax) / 2
        origin = Point(middle - centre_x * scale, FLOOR_MARGIN_PT)
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


def _position(pose: Pose, keyframes: Keyframes) -> _ShapeCanvas:
    points = grounded(joint_positions(pose), keyframes.prop)
    points = shifted(points, Point(0.0, _lift(points, keyframes)))
    canvas = _ShapeCanvas()
    if keyframes.prop is not None:
        draw_prop(canvas, keyframes.prop, points)
    _limbs(canvas, points, "far", FAR_LIMB_WIDTH_M)
    canvas.polyline([points[HIP], points[SHOULDER]], cls="bsf-body", width=TRUNK_WIDTH_M)
    canvas.polyline([points[SHOULDER], points[NECK]], cls="bsf-body", width=NECK_WIDTH_M)
    canvas.circle(points[HEAD], HEAD_RADIUS_M, cls="bsf-head", width=HEAD_OUTLINE_M)
    head_up = heading(points[NECK], points[HEAD])
    eye = points[HEAD] + unit(head_up - 90.0).scaled(HEAD_RADIUS_M * 0.5)
    eye = eye + unit(head_up).scaled(HEAD_RADIUS_M * 0.15)
    canvas.circle(eye, HEAD_RADIUS_M * 0.14, cls="bsf-eye")
    _limbs(canvas, points, "near", NEAR_LIMB_WIDTH_M)
    if keyframes.held is not None:
        draw_implement(canvas, keyframes.held, points, facing(pose))
    return canvas


def _lift(points: Points, keyframes: Keyframes) -> float:
    """Raise the figure so the drawn limbs rest on the floor, not in it (as on the web)."""
    bottoms = [p.y - NEAR_LIMB_WIDTH_M / 2 for p in points.values()]
    bottoms.append(points[HEAD].y - HEAD_RADIUS_M - HEAD_OUTLINE_M / 2)
    lift = -min(bottoms)
    prop = keyframes.prop
    if prop is not None and prop.kind is not PropKind.WALL:
        lift = max(lift, TRUNK_WIDTH_M / 2)
    return lift


def _limbs(canvas: Canvas, p: Points, side: str, width: float) -> None:
    cls = f"bsf-body bsf-{side}"
    ankle = p[f"{side}_ankle"]
    canvas.polyline([p[HIP], p[f"{side}_knee"], ankle], cls=cls, width=width)
    canvas.polygon([ankle, p[f"{side}_heel"], p[f"{side}_toe"]], cls=cls, width=width)
    elbow, wrist = p[f"{side}_elbow"], p[f"{side}_wrist"]
    hand = wrist + unit(heading(elbow, wrist)).scaled(HAND_LENGTH_M)
    canvas.polyline([p[SHOULDER], elbow, wrist, hand], cls=cls, width=width)


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


def _group(shapes: list[_Shape], origin: Point, scale: float) -> Group:
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
    shape: _Shape, xy: list[float], scale: float, style: dict[str, object], fill: object
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
