"""Sets and loads as short text for people: "12 × 60 kg @ RPE 8", "30 s (left)", "15 reps"."""

from __future__ import annotations

from collections.abc import Sequence

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.workout import PlannedSet
from backstrong.domain.units import MassUnit


def number_text(value: float) -> str:
    """62.5 → "62.5", 60.0 → "60", 133.333 → "133.3"."""
    return f"{round(value, 1):g}"


def load_text(load: Load | None, unit: MassUnit | str | None = None) -> str:
    """ "60 kg", or in ``unit`` (the person's kg or lb) when given: "132.3 lb"."""
    if load is None:
        return "body weight"
    shown = load if unit is None else load.to(MassUnit(unit))
    return f"{number_text(shown.value)} {shown.unit.value}"


def seconds_text(seconds: float) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        return f"{seconds / 60:g} min"
    return f"{number_text(seconds)} s"


def set_text(s: PerformedSet, unit: MassUnit | str | None = None) -> str:
    """One set: amount, load (in ``unit`` when given), effort, side and warm-up, as far as
    they are known."""
    if s.reps is not None and s.load is not None:
        text = f"{s.reps} × {load_text(s.load, unit)}"
    elif s.reps is not None:
        text = f"{s.reps} rep{'s' if s.reps != 1 else ''}"
        if s.added_load is not None:
            text += f" + {load_text(s.added_load, unit)}"
    elif s.hold_seconds is not None:
        text = seconds_text(s.hold_seconds)
        if s.load is not None or s.added_load is not None:
            text += f" @ {load_text(s.load or s.added_load, unit)}"
    else:
        text = "done"
    if s.hold_seconds is not None and s.reps is not None:
        text += f", {seconds_text(s.hold_seconds)}"
    if s.rpe is not None:
        text += f" @ RPE {s.rpe:g}"
    elif s.rir is not None:
        text += f" ({s.rir} in reserve)"
    if s.side is not None:
        text += f" ({s.side.value})"
    if s.warmup:
        text += " warm-up"
    return text


def sets_text(sets: Sequence[PerformedSet], unit: MassUnit | str | None = None) -> str:
    """Equal sets folded: "3 sets: 12 × 60 kg @ RPE 8"; otherwise one after another."""
    texts = [set_text(s, unit) for s in sets]
    if texts and all(text == texts[0] for text in texts):
        return texts[0] if len(texts) == 1 else f"{len(texts)} sets: {texts[0]}"
    return "; ".join(texts)


def work_text(reps: int | None, hold_seconds: float | None) -> str:
    """What one set asks for: "10 reps", "a 30 s hold" or "4 holds of 5 s" (a hold stays a hold)."""
    if hold_seconds is not None and reps:
        holds = "1 hold" if reps == 1 else f"{reps} holds"
        return f"{holds} of {seconds_text(hold_seconds)}"
    if hold_seconds is not None:
        return f"a {seconds_text(hold_seconds)} hold"
    if reps is not None:
        return f"{reps} rep{'s' if reps != 1 else ''}"
    return "as you like"


def target_text(
    target: PlannedSet, *, side: bool = True, unit: MassUnit | str | None = None
) -> str:
    """A planned set for the workout: "4 holds of 5 s, left side", "8 reps × 60 kg" (the
    load in ``unit`` when given)."""
    amount = work_text(target.reps, target.hold_seconds)
    if target.load is not None:
        amount += f" × {load_text(target.load, unit)}"
    elif target.added_load is not None:
        amount += f" + {load_text(target.added_load, unit)}"
    if side and target.side is not None:
        amount += f", {target.side.value} side"
    return amount
