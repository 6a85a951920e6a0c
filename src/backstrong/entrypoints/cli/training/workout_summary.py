"""The summary printed at the end of `backstrong workout`."""

from __future__ import annotations

from backstrong.domain.training.describe import load_text
from backstrong.entrypoints.cli.runtime import acting_user, console
from backstrong.entrypoints.cli.training.common import training


def print_summary(session_id: str, names: dict[str, str]) -> None:
    summary = training().session_summary(acting_user(), session_id)
    out = console()
    minutes = "" if summary.minutes is None else f" in {summary.minutes:.0f} min"
    out.print(
        f"Done: {summary.working_sets} working sets{minutes}, "
        f"{load_text(summary.tonnage)} lifted in total.",
        markup=False,
        highlight=False,
    )
    for item in summary.exercises:
        out.print(
            f"  {names.get(item.exercise_id, item.exercise_id)}: {item.working_sets} sets, "
            f"{item.reps} reps",
            markup=False,
        )
    for exercise_id, kind in summary.new_records:
        out.print(
            f"  New record: {names.get(exercise_id, exercise_id)}, {kind.value}", markup=False
        )
    if summary.pain_before is not None and summary.pain_after is not None:
        change = summary.pain_after - summary.pain_before
        trend = "up" if change > 0 else "down" if change < 0 else "the same"
        out.print(
            f"  Back pain {summary.pain_before} → {summary.pain_after} ({trend}).", markup=False
        )
    if summary.pain_too_high:
        out.print(
            "  Pain above 5/10 is more than this plan should cause: go lighter next time and "
            "check how your back feels tomorrow morning. (A rule from tendon rehab, applied to "
            "backs by extrapolation.)",
            markup=False,
        )
