"""Joint-angle description of a side-view pose.

Conventions (degrees; the person faces +x when standing; y points up):

- ``trunk``: tilt of the pelvis→shoulder line from vertical. 0 = upright, +45 = leaning forward,
  +90 = horizontal face down (prone, head towards +x), -90 = lying on the back (supine, head
  towards -x).
- ``neck``: head relative to the trunk line; + = chin towards chest.
- ``hip``: thigh relative to the trunk line. 0 = thigh continues the trunk (standing tall),
  +90 = thigh at a right angle in front (sitting), negative = thigh behind the trunk (extension).
- ``knee``: flexion. 0 = straight, +90 = shank at a right angle, folding behind the thigh.
- ``ankle``: 0 = foot at a right angle to the shank; + = dorsiflexion, - = pointing the toes.
- ``shoulder``: upper arm relative to the trunk line. 0 = arm hanging along the trunk towards the
  hips, +90 = arm straight out in front, +180 = overhead, negative = behind the body.
- ``elbow``: flexion. 0 = straight arm.

Limb angles are pairs ``(near, far)``: the limb nearer the viewer, then the one behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

Pair = tuple[float, float]


class Implement(StrEnum):
    BARBELL = "barbell"
    DUMBBELL = "dumbbell"
    KETTLEBELL = "kettlebell"
    BAND = "band"
    CABLE = "cable"
    PLATE = "plate"
    BALL = "ball"


class Anchor(StrEnum):
    """Where an implement sits or a prop supports the body."""

    HANDS = "hands"
    SHOULDERS = "shoulders"
    HIPS = "hips"
    FEET = "feet"
    KNEES = "knees"
    CHEST = "chest"


class PropKind(StrEnum):
    BENCH = "bench"
    BOX = "box"
    BALL = "ball"
    GHD = "glute-ham-developer"
    BACK_EXTENSION_BENCH = "back-extension-bench"
    WALL = "wall"


@dataclass(frozen=True, slots=True)
class Held:
    implement: Implement
    at: Anchor = Anchor.HANDS


@dataclass(frozen=True, slots=True)
class Prop:
    kind: PropKind
    under: Anchor


@dataclass(frozen=True, slots=True)
class Pose:
    trunk: float = 0.0
    neck: float = 0.0
    hip: Pair = (0.0, 0.0)
    knee: Pair = (0.0, 0.0)
    ankle: Pair = (0.0, 0.0)
    shoulder: Pair = (0.0, 0.0)
    elbow: Pair = (0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Keyframes:
    """Start and end positions of one repetition, with what is held and what supports the body."""

    start: Pose
    end: Pose
    held: Held | None = None
    prop: Prop | None = None
