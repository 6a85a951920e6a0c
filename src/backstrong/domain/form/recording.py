"""A pose-landmarks/v1 recording once read: frames of 33 landmarks in true proportions.

Landmark x and y are read in units of the image *height* (x = px / height, y = px / height,
y down), so that distances and angles are true whatever the image's shape; the frame spans
x in [0, ``width_units``] and y in [0, 1]. z is scaled like x. Visibility 0 means "not provided".
A frame keeps the numbers as the file gave them and scales a landmark when it is read
(:meth:`Frame.point`, :attr:`Frame.landmarks`).
"""

from __future__ import annotations

from dataclasses import dataclass

FORMAT = "pose-landmarks/v1"
LANDMARK_SET = "mediapipe-pose-33"
LANDMARK_COUNT = 33

LandmarkRow = tuple[float, float, float, float]  # x, y, z, visibility

# MediaPipe Pose indices of the landmarks the form check uses, as (left, right) pairs.
NOSE = 0
EARS = (7, 8)
SHOULDERS = (11, 12)
HIPS = (23, 24)
KNEES = (25, 26)
ANKLES = (27, 28)
HEELS = (29, 30)
TOES = (31, 32)  # "foot_index": the tip of the foot
PAIRS: dict[str, tuple[int, int]] = {
    "ear": EARS,
    "shoulder": SHOULDERS,
    "hip": HIPS,
    "knee": KNEES,
    "ankle": ANKLES,
    "heel": HEELS,
    "toe": TOES,
}


@dataclass(frozen=True, slots=True)
class Frame:
    """One frame: seconds since the first frame, and its 33 landmark rows or ``None`` (nobody).

    The rows are kept as read, flat (x, y, z, visibility of landmark 0, then of landmark 1, ...:
    132 numbers in ``values``), and are put in true proportions (x and z times ``x_scale``, the
    image's width over its height) only when asked for: the form check reads a dozen landmarks
    by index (:meth:`point`), so the other 21 are never converted."""

    t: float
    values: tuple[float, ...] | None
    x_scale: float = 1.0

    @property
    def landmarks(self) -> tuple[LandmarkRow, ...] | None:
        """The 33 rows in true proportions (x, y in units of the image height)."""
        values = self.values
        if values is None:
            return None
        return tuple(self.point(i) for i in range(len(values) // 4))

    def point(self, index: int) -> LandmarkRow:
        """Landmark ``index`` in true proportions (the frame must show somebody)."""
        values = self.values
        assert values is not None
        x, y, z, visibility = values[4 * index : 4 * index + 4]
        return (x * self.x_scale, y * 1.0, z * self.x_scale, float(visibility))


@dataclass(frozen=True, slots=True)
class Recording:
    fps: float
    width: int
    height: int
    frames: tuple[Frame, ...]

    @property
    def width_units(self) -> float:
        """Width of the frame in units of its height."""
        return self.width / self.height

    @property
    def duration_s(self) -> float:
        return self.frames[-1].t - self.frames[0].t

    def inside(self, x: float, y: float) -> bool:
        """Whether a point (height units) lies inside the image."""
        return 0.0 <= x <= self.width_units and 0.0 <= y <= 1.0
