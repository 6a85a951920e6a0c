"""A person's own reference rep: movement patterns differ between people, so a rep the person
marked as good becomes a yardstick, and later reps that stray from it are flagged as well as
judged by the fixed rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from backstrong.domain.form import thresholds as th
from backstrong.domain.form.exercise import Movement
from backstrong.domain.form.result import Fault, Measurement, RepResult


@dataclass(frozen=True, slots=True)
class Reference:
    """The measurements of one good rep of a movement."""

    movement: Movement
    measurements: tuple[Measurement, ...]


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    worse: int  # +1: larger is worse, -1: smaller is worse, 0: either way
    code: str
    cue: str


RULES: dict[Movement, tuple[_Rule, ...]] = {
    Movement.SQUAT: (
        _Rule("thigh_above_parallel_deg", 1, "shallower-than-reference",
              "Shallower than your reference rep: sit as low as you did then."),
        _Rule("trunk_lean_deg", 1, "more-lean-than-reference",
              "Your chest tips further forward than in your reference rep."),
        _Rule("heel_lift", 1, "heels-higher-than-reference",
              "Your heels come up more than in your reference rep: keep them down."),
    ),
    Movement.HINGE: (
        _Rule("knee_flexion_deg", 1, "more-knee-bend-than-reference",
              "More knee bend than in your reference rep: send the hips back instead."),
        _Rule("trunk_angle_deg", -1, "shallower-than-reference",
              "Not as deep as your reference rep: hinge as far as you did then."),
        _Rule("trunk_shortening", 1, "rounder-than-reference",
              "Your back looks rounder than in your reference rep: keep it flat."),
    ),
    Movement.BRIDGE: (
        _Rule("top_line_deg", 0, "line-differs-from-reference",
              "Your top position differs from your reference rep: line up shoulders, hips "
              "and knees as you did then."),
        _Rule("hold_s", -1, "shorter-hold-than-reference",
              "You hold the top for less time than in your reference rep."),
    ),
}  # fmt: skip


def reference_from_rep(rep: RepResult, movement: Movement) -> Reference:
    """Keep a judged rep's measurements as the person's reference."""
    if not rep.measurements:
        raise ValueError(f"rep {rep.index}: it could not be assessed, so it cannot be a reference")
    return Reference(movement=movement, measurements=rep.measurements)


def compare(values: Mapping[str, float], reference: Reference) -> list[Fault]:
    """Faults for the ways a rep strays from the reference beyond REFERENCE_TOLERANCE."""
    wanted = {m.name: m.value for m in reference.measurements}
    faults = []
    for rule in RULES[reference.movement]:
        value, target = values.get(rule.name), wanted.get(rule.name)
        if value is None or target is None or value != value:
            continue
        tolerance = th.REFERENCE_TOLERANCE[rule.name]
        difference = value - target
        strays = abs(difference) if rule.worse == 0 else difference * rule.worse
        if strays > tolerance:
            faults.append(Fault(rule.code, rule.cue, measured=value, limit=target))
    return faults
