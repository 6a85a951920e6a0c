"""Bridge rules (after the lower-back exercise article, docs/sources.md#articles: raise the hips
until shoulders, hips and knees line up, squeeze the glutes, lower): the line at the top, a pause
there, no over-arching.

A straight line stays straight in any camera view, so "in a line" survives a camera that is off
side-on; how far off the line is read as an angle, which a yawed camera exaggerates a little.
"""

from __future__ import annotations

from collections.abc import Mapping

from backstrong.domain.form import thresholds as th
from backstrong.domain.form.counting import RepWindow
from backstrong.domain.form.measuring import Measuring, deg, over, secs, under
from backstrong.domain.form.result import Fault, Measurement
from backstrong.domain.form.series import is_nan, median, percentile

CUES = {
    "hips-low": "Lift your hips higher, until your shoulders, hips and knees make one straight "
    "line.",
    "over-arched": "Don't push your hips above the line from shoulders to knees: squeeze your "
    "glutes and keep your ribs down instead of arching your back.",
    "no-pause": "Hold the top for a moment (about a second) and squeeze your glutes before you "
    "lower.",
}


def measure(m: Measuring, rep: RepWindow) -> tuple[Measurement, ...]:
    lift = m.series("elevation")
    top = _top(lift, rep)
    line = [v for i in top if not is_nan(v := m.series("line")[i])]
    return (
        deg("lift_deg", m.at("elevation", rep.bottom)),
        deg("top_line_deg", median(line) if line else float("nan")),
        secs("hold_s", m.seconds(len(top))),
    )


def _top(lift: list[float], rep: RepWindow) -> list[int]:
    """The samples of a rep spent at the top: within ``BRIDGE_TOP_BAND`` of the lift (at least
    ``BRIDGE_TOP_BAND_MIN_DEG``) of its top level, read as a high percentile so that one jittery
    sample does not set it."""
    span = range(rep.start, rep.end + 1)
    level = percentile([lift[i] for i in span], 0.95)
    rest = min(lift[rep.rest_before], lift[rep.rest_after])
    floor = level - max(th.BRIDGE_TOP_BAND * (level - rest), th.BRIDGE_TOP_BAND_MIN_DEG)
    return [i for i in span if lift[i] >= floor]


def judge(values: Mapping[str, float], exercise_id: str) -> list[Fault]:
    del exercise_id  # one set of bridge rules
    line = values.get("top_line_deg")
    tolerance = th.BRIDGE_LINE_TOLERANCE_DEG
    found = [
        under("hips-low", CUES["hips-low"], line, -tolerance),
        over("over-arched", CUES["over-arched"], line, tolerance),
        under("no-pause", CUES["no-pause"], values.get("hold_s"), th.BRIDGE_MIN_HOLD_S),
    ]
    return [f for f in found if f is not None]
