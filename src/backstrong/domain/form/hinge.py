"""Hip hinge rules for the good morning, Romanian deadlift and deadlift (after the lower back and
hip article, docs/sources.md#articles: hinge at the hips with the back flat, knees slightly bent,
chest just below parallel; deadlift from a squat start with heels flat).

A camera sees no spine, only the line from shoulder to hip. That line staying steady (no
turning back inside a phase) and keeping its length (a curling back pulls the shoulders towards
the hips) is the only landmark proxy for a flat back: a clearly rounded back shows, a slight
curve does not.
"""

from __future__ import annotations

from collections.abc import Mapping

from backstrong.domain.form import thresholds as th
from backstrong.domain.form.counting import RepWindow
from backstrong.domain.form.measuring import Measuring, deg, legs, over, phase_reversal, under
from backstrong.domain.form.result import Fault, Measurement

CUES = {
    "squatting": "Make it a hinge, not a squat: push your hips back and keep only a soft bend "
    "in the knees.",
    "hips-too-low": "Start with your hips higher than your knees: this is a deadlift, not a squat.",
    "unsteady-trunk": "Move your trunk in one smooth line down and up, without wobbling.",
    "rounded-back": "Keep your back flat from hips to shoulders; stop lowering where it starts "
    "to round. (The camera only sees the shoulder-to-hip line, so it catches a clearly rounded "
    "back, not a slight curve.)",
    "no-lockout": "Stand all the way up at the top: hips forward, trunk upright.",
    "not-deep-enough": "Lower your chest until it is just below level with the floor.",
    "too-deep": "Stop when your chest is just below level with the floor; no need to go lower.",
}


def measure(m: Measuring, rep: RepWindow) -> tuple[Measurement, ...]:
    top_length = m.at("trunk_length", rep.top)
    return (
        deg("trunk_angle_deg", m.at("trunk", rep.bottom)),
        deg("knee_flexion_deg", m.at("knee", rep.bottom)),
        deg("thigh_above_parallel_deg", m.at("thigh", rep.bottom)),
        legs("hips_back", m.at("hip_forward", rep.top) - m.at("hip_forward", rep.bottom)),
        deg("trunk_wobble_deg", phase_reversal(m.series("trunk"), rep)),
        legs("trunk_shortening", 1.0 - m.at("trunk_length", rep.bottom) / top_length),
        deg("lockout_trunk_deg", m.at("trunk", rep.rest_after)),
    )


def judge(values: Mapping[str, float], exercise_id: str) -> list[Fault]:
    deadlift = exercise_id == "deadlift"
    knee_limit = th.DEADLIFT_MAX_KNEE_FLEXION_DEG if deadlift else th.HINGE_MAX_KNEE_FLEXION_DEG
    trunk = values.get("trunk_angle_deg")
    found = [
        over("squatting", CUES["squatting"], values.get("knee_flexion_deg"), knee_limit),
        over(
            "unsteady-trunk",
            CUES["unsteady-trunk"],
            values.get("trunk_wobble_deg"),
            th.HINGE_MAX_TRUNK_WOBBLE_DEG,
        ),
        over(
            "rounded-back",
            CUES["rounded-back"],
            values.get("trunk_shortening"),
            th.HINGE_MAX_TRUNK_SHORTENING,
        ),
        over(
            "no-lockout",
            CUES["no-lockout"],
            values.get("lockout_trunk_deg"),
            th.HINGE_LOCKOUT_MAX_TRUNK_DEG,
        ),
    ]
    if deadlift:
        found.append(
            under(
                "hips-too-low",
                CUES["hips-too-low"],
                values.get("thigh_above_parallel_deg"),
                th.DEADLIFT_MIN_THIGH_ABOVE_PARALLEL_DEG,
            )
        )
    if exercise_id == "good-morning":
        found.append(
            under("not-deep-enough", CUES["not-deep-enough"], trunk, th.GOOD_MORNING_MIN_TRUNK_DEG)
        )
        found.append(over("too-deep", CUES["too-deep"], trunk, th.GOOD_MORNING_MAX_TRUNK_DEG))
    return [f for f in found if f is not None]
