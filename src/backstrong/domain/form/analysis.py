"""The form check: landmarks in, counted and judged reps out.

Order of work: the side-on body track; the movement's counting signal; reps found by hysteresis;
per rep, the quality gates first (a rep failing one is "cannot assess", with the reason), then the
movement's measurements, its fixed rules and, when given, the person's reference rep.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping

from backstrong.domain.form import bridge, hinge, squat
from backstrong.domain.form import thresholds as th
from backstrong.domain.form.body import body_track
from backstrong.domain.form.counting import RepWindow, find_reps
from backstrong.domain.form.exercise import Movement, checked_exercise
from backstrong.domain.form.gates import recording_problem, rep_problem, unprovided_foot_detail
from backstrong.domain.form.measuring import Measuring
from backstrong.domain.form.reader import recording_from_mapping
from backstrong.domain.form.recording import Recording
from backstrong.domain.form.reference import Reference, compare
from backstrong.domain.form.result import Fault, FormAnalysis, Measurement, RepResult, Verdict
from backstrong.domain.form.series import box_smooth
from backstrong.domain.form.signals import counting_signal, feet_moving

Measure = Callable[[Measuring, RepWindow], tuple[Measurement, ...]]
Judge = Callable[[Mapping[str, float], str], list[Fault]]

RULES: dict[Movement, tuple[Measure, Judge]] = {
    Movement.SQUAT: (squat.measure, squat.judge),
    Movement.HINGE: (hinge.measure, hinge.judge),
    Movement.BRIDGE: (bridge.measure, bridge.judge),
}
COUNTING: dict[Movement, tuple[float, float]] = {  # (depth to count, hysteresis reversal)
    Movement.SQUAT: (th.SQUAT_COUNT_MIN_DEG, th.SQUAT_REVERSAL_DEG),
    Movement.HINGE: (th.HINGE_COUNT_MIN_DEG, th.HINGE_REVERSAL_DEG),
    Movement.BRIDGE: (th.BRIDGE_COUNT_MIN_DEG, th.BRIDGE_REVERSAL_DEG),
}
NO_REPS = "No reps found: start standing (or, for the bridge, lying) still, then move through "
NO_REPS += "whole reps side-on to the camera."


def analyse_landmarks(
    data: object, exercise: str, reference: Reference | None = None
) -> FormAnalysis:
    """Read a parsed pose-landmarks/v1 document and check it (raises LandmarksFormatError or
    UnknownFormExercise on bad input)."""
    return analyse(recording_from_mapping(data), exercise, reference)


def analyse(
    recording: Recording, exercise: str, reference: Reference | None = None
) -> FormAnalysis:
    """Count and judge the reps of ``exercise`` (squat, hinge, good-morning, deadlift,
    romanian-deadlift, bridge) in a recording."""
    checked = checked_exercise(exercise)
    movement = checked.movement
    body = body_track(recording)
    measuring = Measuring(body)  # each angle series worked out once, shared by every step
    windows = _reps(measuring, movement, opens_at_bottom=checked.id in OPENS_AT_BOTTOM)
    reps = tuple(
        _rep(i + 1, w, measuring, movement, checked.id, reference) for i, w in enumerate(windows)
    )
    verdict, cues = _verdict(reps)
    notes: tuple[str, ...] = ()
    if not reps:
        problem = recording_problem(body, movement)
        notes = (problem,) if problem else (NO_REPS,)
        cues = notes
    elif missing := unprovided_foot_detail(body, movement):
        notes = (_no_foot_detail(missing),)
    return FormAnalysis(
        exercise=checked.id,
        movement=movement.value,
        reps=len(reps),
        rep_details=reps,
        verdict=verdict,
        cues=cues,
        notes=notes,
    )


OPENS_AT_BOTTOM = frozenset({"deadlift"})  # lifted from the floor: a recording may open set up at
# the bar, and then its first pull is a rep


def _reps(measuring: Measuring, movement: Movement, *, opens_at_bottom: bool) -> list[RepWindow]:
    body = measuring.body
    depth, reversal = COUNTING[movement]
    window = th.BRIDGE_COUNT_SMOOTH_S if movement is Movement.BRIDGE else th.COUNT_SMOOTH_S
    signal = counting_signal(body, movement, measuring.series)
    signal = box_smooth(signal, max(1, round(window / body.dt / 2)))
    windows = find_reps(
        signal, body.dt, min_depth=depth, reversal=reversal, opens_at_bottom=opens_at_bottom
    )
    moving = feet_moving(body)
    windows = [w for w in windows if not _walking(moving, w)]
    if movement is Movement.BRIDGE:
        return windows
    upright = th.STANDING_MAX_TRUNK_DEG
    return [w for w in windows if measuring.at("trunk", w.upright_rest) <= upright]


def _walking(moving: list[bool], window: RepWindow) -> bool:
    """Whether the feet travel through most of a rep: walking or setting up, not a rep."""
    span = moving[window.start : window.end + 1]
    return sum(span) > th.FEET_MOVING_MAX_SHARE * len(span)


def _rep(
    index: int,
    window: RepWindow,
    measuring: Measuring,
    movement: Movement,
    exercise_id: str,
    reference: Reference | None,
) -> RepResult:
    t = measuring.body.t
    start_t, bottom_t, end_t = (round(t[i], 3) for i in (window.start, window.bottom, window.end))
    problem = rep_problem(measuring.body, movement, t[window.start], t[window.end])
    if problem is None:
        measure, judge = RULES[movement]
        measurements = measure(measuring, window)
        if unprovided_foot_detail(measuring.body, movement):  # not measurable: left out, not nan
            measurements = tuple(
                m for m in measurements if not (m.name in FOOT_MEASURES and math.isnan(m.value))
            )
        values = {m.name: m.value for m in measurements if not math.isnan(m.value)}
        if len(values) < len(measurements):
            problem = "Part of this rep could not be measured: " + HIDDEN_HINT
    if problem is not None:
        return RepResult(
            index, start_t, bottom_t, end_t, Verdict.CANNOT_ASSESS, cannot_assess=problem
        )
    faults = judge(values, exercise_id)
    if reference is not None and reference.movement is movement:
        faults += compare(values, reference)
    verdict = Verdict.NEEDS_WORK if faults else Verdict.GOOD
    return RepResult(index, start_t, bottom_t, end_t, verdict, measurements, tuple(faults))


HIDDEN_HINT = "keep your whole body in view, side-on to the camera."
FOOT_MEASURES = frozenset({"heel_lift", "knee_past_toe"})  # heel over toe, knee over toe


def _no_foot_detail(missing: tuple[str, ...]) -> str:
    """The note for a recording that never gives heel or toe points (motion capture without
    those markers): what was left unchecked."""
    if "toe" in missing:
        return (
            f"This recording has no {' or '.join(missing)} points, so heel lift and how far the "
            "knees travel past the toes were not checked; the rest was."
        )
    return "This recording has no heel points, so heel lift was not checked; the rest was."


def _verdict(reps: tuple[RepResult, ...]) -> tuple[Verdict, tuple[str, ...]]:
    assessed = [r for r in reps if r.verdict is not Verdict.CANNOT_ASSESS]
    if not reps or len(assessed) * 2 < len(reps):
        reasons = Counter(r.cannot_assess for r in reps if r.cannot_assess)
        return Verdict.CANNOT_ASSESS, tuple(reason for reason, _ in reasons.most_common())
    # Each rep's faults once, in the order they were found: equally common faults keep the order
    # of first occurrence (a set would order them by string hash, differently in each process).
    seen = Counter(code for r in assessed for code in dict.fromkeys(r.fault_codes))
    cue_of = {f.code: f.cue for r in assessed for f in r.faults}
    needed = max(1, math.ceil(th.NEEDS_WORK_MIN_SHARE * len(assessed)))
    common = [code for code, n in seen.most_common() if n >= needed]
    if not common:
        return Verdict.GOOD, ()
    return Verdict.NEEDS_WORK, tuple(cue_of[code] for code in common)
