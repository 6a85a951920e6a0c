"""The review shown before an import: name mapping, new exercises, counts, skipped rows."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from backstrong.entrypoints.cli.runtime import console
from backstrong.services.training.imports import ImportPlan, ImportResult

SHOWN_ROW_ERRORS = 20  # more would scroll the review away


def print_plan(plan: ImportPlan) -> None:
    out = console()
    out.print(plan.mapping.review_report(), markup=False, highlight=False)
    for new in plan.new_exercises:
        out.print(
            f"  new exercise '{new.exercise_id}': details guessed from {new.guessed_from};"
            " edit them if they are wrong",
            markup=False,
            highlight=False,
            style="dim",
        )
    if plan.skipped_rows:
        out.print(f"Left out {len(plan.skipped_rows)} unreadable row(s):", markup=False)
        for error in plan.skipped_rows[:SHOWN_ROW_ERRORS]:
            out.print(f"  {error}", markup=False, highlight=False)
    for warning in plan.warnings[:SHOWN_ROW_ERRORS]:
        out.print(f"  note: {warning}", markup=False, highlight=False, style="dim")
    out.print(
        f"{plan.new_sets} new sets in {len(plan.workouts)} workouts"
        f" ({plan.duplicate_sets} already imported).",
        markup=False,
        highlight=False,
    )


def print_result(result: ImportResult | None) -> None:
    if result is None:
        console().print("Nothing new to import.", markup=False)
        return
    console().print(
        f"Imported {result.sets} sets in {result.sessions} sessions"
        f" ({result.duplicates} already there, {len(result.exercises_created)} new exercises).",
        markup=False,
    )


class ImportOutcome(BaseModel):
    """What `import … --json` prints."""

    source: str
    mapping: dict[str, str]
    new_exercises: list[str]
    skipped_rows: list[str]
    sets_imported: int
    sessions_imported: int
    duplicates: int


def result_json(plan: ImportPlan, result: ImportResult | None) -> dict[str, Any]:
    outcome = ImportOutcome(
        source=plan.source,
        mapping=plan.exercise_for(),
        new_exercises=[new.exercise_id for new in plan.new_exercises],
        skipped_rows=[str(error) for error in plan.skipped_rows],
        sets_imported=0 if result is None else result.sets,
        sessions_imported=0 if result is None else result.sessions,
        duplicates=plan.duplicate_sets if result is None else result.duplicates,
    )
    return outcome.model_dump()
