"""Simple shapes for what the figure holds (implements) and what supports it (props).

Everything is drawn in metres on a :class:`Canvas`, next to the grounded joint positions of the
figure. Sizes are for the picture only; props take their heights from the domain.
"""

from __future__ import annotations

from backstrong.adapters.render.shapes import Canvas
from backstrong.domain.pose.kinematics import Point, Points, anchor_point, unit
from backstrong.domain.pose.model import Anchor, Held, Implement, Prop, PropKind

PLATE_RADIUS_M = 0.225  # 450 mm competition plate (IWF Technical and Competition Rules)
BAR_RADIUS_M = 0.025  # 50 mm plate sleeve (IWF)
LOOSE_PLATE_RADIUS_M = 0.17  # a hand-held 10-15 kg iron plate, for the picture
MED_BALL_RADIUS_M = 0.12  # a common 4-6 kg medicine ball, for the picture
KETTLEBELL_RADIUS_M = 0.1  # a 16 kg kettlebell body, for the picture
BENCH_LENGTH_M = 1.1
OUTLINE_M = 0.02

IMPLEMENT = "bsf-implement"
PROP = "bsf-prop"


def draw_implement(canvas: Canvas, held: Held, points: Points, front: Point) -> None:
    """Draw the held implement where it is held; ``front`` points out of the chest."""
    at = _hold_point(held, points, front)
    drawer = _IMPLEMENT_DRAWERS[held.implement]
    drawer(canvas, at, held, points, front)


def _hold_point(held: Held, points: Points, front: Point) -> Point:
    base = anchor_point(points, held.at)
    if held.at is Anchor.HIPS:
        return base + front.scaled(0.12)  # across the hip crease, on the front of the pelvis
    if held.at is Anchor.CHEST:
        return base + front.scaled(0.12)
    return base


def _barbell(canvas: Canvas, at: Point, held: Held, points: Points, front: Point) -> None:
    canvas.circle(at, PLATE_RADIUS_M, cls=IMPLEMENT, width=OUTLINE_M)
    canvas.circle(at, BAR_RADIUS_M, cls=f"{IMPLEMENT} bsf-solid")


def _plate(canvas: Canvas, at: Point, held: Held, points: Points, front: Point) -> None:
    canvas.circle(at, LOOSE_PLATE_RADIUS_M, cls=IMPLEMENT, width=OUTLINE_M)
    canvas.circle(at, BAR_RADIUS_M, cls=IMPLEMENT, width=OUTLINE_M / 2)


def _med_ball(canvas: Canvas, at: Point, held: Held, points: Points, front: Point) -> None:
    centre = at + _away(held, points, front).scaled(MED_BALL_RADIUS_M * 0.7)
    canvas.circle(centre, MED_BALL_RADIUS_M, cls=IMPLEMENT, width=OUTLINE_M)


def _dumbbell(canvas: Canvas, at: Point, held: Held, points: Points, front: Point) -> None:
    canvas.rect(at + Point(-0.09, -0.012), Point(0.18, 0.024), cls=IMPLEMENT, width=OUTLINE_M)
    for side in (-1.0, 1.0):
        centre = at + Point(side * 0.1, 0.0)
        canvas.rect(
            centre + Point(-0.035, -0.065), Point(0.07, 0.13), cls=IMPLEMENT, width=OUTLINE_M
        )


def _kettlebell(canvas: Canvas, at: Point, held: Held, points: Points, front: Point) -> None:
    hang = _away(held, points, front)
    centre = at + hang.scaled(0.05 + KETTLEBELL_RADIUS_M)
    side = Point(-hang.y, hang.x).scaled(0.06)
    canvas.quadratic(
        centre + side, at - hang.scaled(0.06), centre - side, cls=IMPLEMENT, width=0.022
    )
    canvas.circle(centre, KETTLEBELL_RADIUS_M, cls=IMPLEMENT, width=OUTLINE_M)


def _band(canvas: Canvas, at: Point, held: Held, points: Points, front: Point) -> None:
    if held.at in (Anchor.KNEES, Anchor.FEET, Anchor.HIPS):
        canvas.ellipse(at, 0.07, 0.04, cls=f"{IMPLEMENT} bsf-band", width=0.018)
        return
    floor = points["near_heel"].toward(points["near_toe"], 0.5)
    bend = at.toward(floor, 0.5) + front.scaled(0.08)
    canvas.quadratic(at, bend, floor, cls=f"{IMPLEMENT} bsf-band", width=0.018)


def _cable(canvas: Canvas, at: Point, held: Held, points: Points, front: Point) -> None:
    pull = _away(held, points, front)
    pulley = at + pull.scaled(0.7)
    canvas.polyline([at, pulley], cls=f"{IMPLEMENT} bsf-cable", width=0.012)
    canvas.circle(pulley, 0.05, cls=IMPLEMENT, width=OUTLINE_M)
    canvas.rect(at + Point(-0.04, -0.015), Point(0.08, 0.03), cls=IMPLEMENT, width=OUTLINE_M)


def _away(held: Held, points: Points, front: Point) -> Point:
    """Unit direction in which an implement hangs or pulls from where it is held."""
    if held.at is Anchor.HANDS:
        forearm = points["near_wrist"] - points["near_elbow"]
        length = _length(forearm)
        return forearm.scaled(1.0 / length) if length else unit(0.0)
    return front


_IMPLEMENT_DRAWERS = {
    Implement.BARBELL: _barbell,
    Implement.DUMBBELL: _dumbbell,
    Implement.KETTLEBELL: _kettlebell,
    Implement.BAND: _band,
    Implement.CABLE: _cable,
    Implement.PLATE: _plate,
    Implement.BALL: _med_ball,
}


def draw_prop(canvas: Canvas, prop: Prop, points: Points) -> None:
    """Draw the prop from the floor up to the body part it supports."""
    _PROP_DRAWERS[prop.kind](canvas, prop, points)


def _away_from_body(top: Point, points: Points) -> float:
    """+1 when ``top`` lies on the +x side of the body's centre of joints, else -1."""
    centre_x = sum(p.x for p in points.values()) / len(points)
    return 1.0 if top.x > centre_x + 1e-6 else -1.0


def _bench(canvas: Canvas, prop: Prop, points: Points) -> None:
    top = anchor_point(points, prop.under)
    away = _away_from_body(top, points)
    centred = prop.under in (Anchor.HIPS, Anchor.KNEES, Anchor.CHEST)
    start = top.x - BENCH_LENGTH_M / 2 if centred else top.x - away * 0.15
    end = start + BENCH_LENGTH_M if centred else top.x + away * (BENCH_LENGTH_M - 0.15)
    left, right = min(start, end), max(start, end)
    pad = 0.07
    canvas.rect(Point(left, top.y - pad), Point(right - left, pad), cls=PROP, width=OUTLINE_M)
    for x in (left + 0.12, right - 0.12):
        canvas.rect(Point(x - 0.025, 0.0), Point(0.05, top.y - pad), cls=PROP, width=OUTLINE_M)


def _box(canvas: Canvas, prop: Prop, points: Points) -> None:
    top = anchor_point(points, prop.under)
    canvas.rect(Point(top.x - 0.25, 0.0), Point(0.5, top.y), cls=PROP, width=OUTLINE_M)


def _stability_ball(canvas: Canvas, prop: Prop, points: Points) -> None:
    top = anchor_point(points, prop.under)
    radius = top.y / 2
    canvas.circle(Point(top.x, radius), radius, cls=PROP, width=OUTLINE_M)


def _pad_on_post(canvas: Canvas, top: Point) -> None:
    pad = 0.09
    canvas.rect(Point(top.x - 0.17, top.y - pad), Point(0.34, pad), cls=PROP, width=OUTLINE_M)
    canvas.rect(Point(top.x - 0.03, 0.0), Point(0.06, top.y - pad), cls=PROP, width=OUTLINE_M)


def _ghd(canvas: Canvas, prop: Prop, points: Points) -> None:
    top = anchor_point(points, prop.under)
    _pad_on_post(canvas, top)
    canvas.rect(Point(top.x - 0.55, 0.0), Point(1.1, 0.05), cls=PROP, width=OUTLINE_M)
    _foot_plate(canvas, points)


def _back_extension(canvas: Canvas, prop: Prop, points: Points) -> None:
    top = anchor_point(points, prop.under)
    _pad_on_post(canvas, top)
    heel = points["near_heel"]
    canvas.polyline([Point(top.x, top.y - 0.09), heel], cls=f"{PROP} bsf-rail", width=0.05)
    canvas.polyline([heel, Point(heel.x, 0.0)], cls=f"{PROP} bsf-rail", width=0.05)
    left, right = min(top.x, heel.x), max(top.x, heel.x)
    canvas.rect(Point(left - 0.1, 0.0), Point(right - left + 0.2, 0.05), cls=PROP, width=OUTLINE_M)
    _foot_plate(canvas, points)


def _foot_plate(canvas: Canvas, points: Points) -> None:
    """The plate under the soles that the feet press against (GHD, back-extension bench)."""
    heel, toe, ankle = points["near_heel"], points["near_toe"], points["near_ankle"]
    sole_middle = heel.toward(toe, 0.5)
    outward = (sole_middle - ankle).scaled(0.06 / max(_length(sole_middle - ankle), 1e-9))
    canvas.polyline([heel + outward, toe + outward], cls=PROP, width=0.04)


def _length(v: Point) -> float:
    return float((v.x**2 + v.y**2) ** 0.5)


def _wall(canvas: Canvas, prop: Prop, points: Points) -> None:
    top = anchor_point(points, prop.under)
    away = _away_from_body(top, points)
    x = top.x + away * 0.07
    canvas.rect(
        Point(x if away > 0 else x - 0.12, 0.0), Point(0.12, 2.3), cls=PROP, width=OUTLINE_M
    )


_PROP_DRAWERS = {
    PropKind.BENCH: _bench,
    PropKind.BOX: _box,
    PropKind.BALL: _stability_ball,
    PropKind.GHD: _ghd,
    PropKind.BACK_EXTENSION_BENCH: _back_extension,
    PropKind.WALL: _wall,
}
