"""Squat rules (after the lower back and hip article, docs/sources.md#articles: hips back as if
sitting down, thighs to parallel, press through both feet): depth, trunk lean at the bottom and
after it, heels, knee travel, tempo."""

from __future__ import annotations

from collections.abc import Mapping

from backstrong.domain.form import thresholds as th
from backstrong.domain.form.counting import RepWindow
from backstrong.domain.form.measuring import Measuring, deg, legs, over, secs, under
from backstrong.domain.form.result import Fault, Measurement
from backstrong.domain.form.series import is_nan

CUES = {
    "too-shallow": "Sit lower: bring your hips down until your thighs are level with the floor.",
    "too-much-lean": "Keep your chest up: your trunk tips too far forward at the bottom.",
    "hips-rise-first": "Lead with your chest on the way up; your hips shoot up first.",
    "heels-up": "Keep your heels down and press through the whole foot.",
    "knees-forward": "Start by sending your hips back, as if sitting onto a toilet, so your "
    "knees don't run far past your toes.",
    "too-fast-down": "Lower yourself under control, taking one to two seconds on the way down.",
}


def measure(m: Measuring, rep: RepWindow) -> tuple[Measurement, ...]:
    trunk = m.series("trunk")
    wide = th.FOOT_WINDOW_S
    lean_bottom = m.at("trunk", rep.bottom)
    after = [v for v in trunk[rep.bottom : rep.end + 1] if not is_nan(v)]
    lean_rise = max(after) - lean_bottom if after else float("nan")
    return (
        deg("thigh_above_parallel_deg", m.at("thigh", rep.bottom)),
        deg("trunk_lean_deg", lean_bottom),
        deg("trunk_lean_rise_deg", lean_rise),
        legs("heel_lift", m.at("heel", rep.bottom) - m.at("heel", rep.start, wide)),
        legs("knee_past_toe", m.at("knee_past_toe", rep.bottom)),
        secs("descent_s", m.seconds(rep.bottom - rep.start)),
        secs("ascent_s", m.seconds(rep.end - rep.bottom)),
    )


def judge(values: Mapping[str, float], exercise_id: str) -> list[Fault]:
    del exercise_id  # one set of squat rules
    found = [
        over(
            "too-shallow",
            CUES["too-shallow"],
            values.get("thigh_above_parallel_deg"),
            th.SQUAT_MAX_THIGH_ABOVE_PARALLEL_DEG,
        ),
        over(
            "too-much-lean",
            CUES["too-much-lean"],
            values.get("trunk_lean_deg"),
            th.SQUAT_MAX_TRUNK_LEAN_DEG,
        ),
        over(
            "hips-rise-first",
            CUES["hips-rise-first"],
            values.get("trunk_lean_rise_deg"),
            th.SQUAT_MAX_LEAN_RISE_DEG,
        ),
        over("heels-up", CUES["heels-up"], values.get("heel_lift"), th.SQUAT_MAX_HEEL_LIFT),
        over(
            "knees-forward",
            CUES["knees-forward"],
            values.get("knee_past_toe"),
            th.SQUAT_MAX_KNEE_PAST_TOE,
        ),
        under(
            "too-fast-down", CUES["too-fast-down"], values.get("descent_s"), th.SQUAT_MIN_DESCENT_S
        ),
    ]
    return [f for f in found if f is not None]
