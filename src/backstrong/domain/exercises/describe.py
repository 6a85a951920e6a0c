"""Plain-words descriptions of library values, shared by every interface."""

from __future__ import annotations

from backstrong.domain.exercises.model import Dosage


def _span(low: int, high: int, unit: str) -> str:
    return f"{low}{unit}" if low == high else f"{low}–{high}{unit}"


def dosage_text(dosage: Dosage, unilateral: bool = False) -> str:
    """E.g. "3 sets × 10–15 reps; rest 90 s" or "3 sets × hold 7–10 s each side"."""
    work = []
    if dosage.reps:
        work.append(_span(*dosage.reps, " reps"))
    if dosage.hold_seconds:
        work.append("hold " + _span(*dosage.hold_seconds, " s"))
    text = f"{dosage.sets} sets × " + ", ".join(work) if work else f"{dosage.sets} sets"
    if unilateral:
        text += " each side"
    text += f"; rest {dosage.rest_seconds} s"
    if dosage.times_per_day:
        text += f"; {dosage.times_per_day} times a day"
    return text
