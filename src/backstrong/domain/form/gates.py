"""Quality gates: can this rep be judged at all? Checked before any rule, per rep.

A rep fails when too few of its frames show every joint the movement needs inside the frame and
visible, or when the camera is not side-on. The reason is given in plain words, with what to do.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping, Sequence

from backstrong.domain.form import thresholds as th
from backstrong.domain.form.body import HIDDEN, NOBODY, OK, OUTSIDE, BodyTrack
from backstrong.domain.form.exercise import Movement
from backstrong.domain.form.series import median

REQUIRED: dict[Movement, tuple[str, ...]] = {
    Movement.SQUAT: ("shoulder", "hip", "knee", "ankle", "heel", "toe"),
    Movement.HINGE: ("shoulder", "hip", "knee", "ankle"),
    Movement.BRIDGE: ("shoulder", "hip", "knee", "ankle"),
}
FEET = ("ankle", "heel", "toe")
FOOT_DETAIL = ("heel", "toe")  # needed only when the file gives them (see :func:`needed_joints`)

NO_PERSON = "Stay in view of the camera for the whole set: it lost sight of you during this rep."
FEET_OUT = "Step back (or tilt the phone down) so your feet are in the frame."
TOP_OUT = "Step back (or tilt the phone up) so your head and shoulders are in the frame."
BODY_OUT = "Step back so your whole body is in the frame."
HIDDEN_JOINTS = (
    "Part of you is hidden from the camera: clear the view between you and the phone and make "
    "sure the room is well lit."
)
NOT_SIDE_ON = "Turn side-on to the camera, so it sees you from the side."


def frame_problem(state: Mapping[str, int], needed: Sequence[str]) -> str | None:
    """Why one frame cannot be used for the joints ``needed``, or None when it can."""
    failing = [name for name in needed if state[name] != OK]
    if not failing:
        return None
    if any(state[name] == NOBODY for name in failing):
        return NO_PERSON
    outside = [name for name in failing if state[name] == OUTSIDE]
    if outside:
        if all(name in FEET for name in outside):
            return FEET_OUT
        if outside == ["shoulder"]:
            return TOP_OUT
        return BODY_OUT
    assert all(state[name] == HIDDEN for name in failing)
    return HIDDEN_JOINTS


def needed_joints(body: BodyTrack, movement: Movement) -> tuple[str, ...]:
    """The joints a rep needs in view: the movement's, less heels and toes when the file never
    gives them (a recording from markers without them); the rules on them then stay silent."""
    return tuple(
        name for name in REQUIRED[movement] if name in body.provided or name not in FOOT_DETAIL
    )


def unprovided_foot_detail(body: BodyTrack, movement: Movement) -> tuple[str, ...]:
    """The heel and toe points the movement's rules use that the file never gives."""
    return tuple(n for n in REQUIRED[movement] if n in FOOT_DETAIL and n not in body.provided)


def frame_problems(body: BodyTrack, movement: Movement, lo: int, hi: int) -> list[str | None]:
    """:func:`frame_problem` for frames ``lo`` to ``hi - 1``, worked out once for each
    combination of joint states that occurs."""
    needed = needed_joints(body, movement)
    combinations = list(zip(*(body.frame_state[name][lo:hi] for name in needed), strict=True))
    known = {c: frame_problem(dict(zip(needed, c, strict=True)), needed) for c in set(combinations)}
    return [known[c] for c in combinations]


def rep_problem(body: BodyTrack, movement: Movement, start_t: float, end_t: float) -> str | None:
    """The reason a rep between two times cannot be assessed, or None when it can."""
    lo = bisect.bisect_left(body.frame_t, start_t)
    hi = bisect.bisect_right(body.frame_t, end_t)
    problems = frame_problems(body, movement, lo, hi)
    expected = max(1, round((end_t - start_t) / body.dt) + 1)
    usable = problems.count(None)
    if usable < th.REP_MIN_COVERAGE * expected:
        found = Counter(p for p in problems if p is not None).most_common(1)
        return found[0][0] if found else NO_PERSON
    width = median(body.frame_width_ratio[lo:hi])
    if width == width and width > th.SIDE_VIEW_MAX_WIDTH_RATIO:
        return NOT_SIDE_ON
    return None


def recording_problem(body: BodyTrack, movement: Movement) -> str | None:
    """The most common reason frames could not be used, for a recording with no reps found."""
    problems = frame_problems(body, movement, 0, len(body.frame_t))
    found = Counter(p for p in problems if p is not None)
    if found and sum(found.values()) > len(body.frame_t) / 2:
        return found.most_common(1)[0][0]
    width = median(body.frame_width_ratio)
    if width == width and width > th.SIDE_VIEW_MAX_WIDTH_RATIO:
        return NOT_SIDE_ON
    return None
