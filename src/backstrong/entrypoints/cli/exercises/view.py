"""How the CLI shows one exercise, and the import report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from backstrong.entrypoints.cli.runtime import console, print_json

if TYPE_CHECKING:
    from rich.console import Console

    from backstrong.domain.exercises.model import Exercise
    from backstrong.services.exercises.service import ImportReport


def render_exercise(out: Console, ex: Exercise) -> None:
    from backstrong.domain.exercises.describe import dosage_text
    from backstrong.domain.exercises.vocabulary import EQUIPMENT, MUSCLES

    def muscles(ids: tuple[str, ...]) -> str:
        return ", ".join(MUSCLES[m].lay_name if m in MUSCLES else m for m in ids) or "—"

    out.print(f"[bold]{ex.name}[/]  ({ex.id})", highlight=False)
    out.print(f"{ex.kind} · {ex.pattern} · {ex.level}", highlight=False)
    out.print(f"Dose: {dosage_text(ex.dosage, ex.unilateral)}", highlight=False)
    out.print(
        f"Works: {muscles(ex.primary_muscles)}; also {muscles(ex.secondary_muscles)}",
        highlight=False,
    )
    kit = ", ".join(EQUIPMENT.get(e, e) for e in ex.equipment) or "nothing"
    out.print(f"Needs: {kit}", highlight=False)
    if ex.instructions:
        out.print("\n[bold]How to[/]")
        for number, step in enumerate(ex.instructions, 1):
            out.print(f"  {number}. {step}", highlight=False)
    if ex.cues:
        out.print("\n[bold]Cues[/]")
        for cue in ex.cues:
            out.print(f"  • {cue}", highlight=False)
    if ex.faults:
        out.print("\n[bold]Common faults[/]")
        for fault in ex.faults:
            out.print(f"  • {fault.fault} → {fault.fix}", highlight=False)
    if ex.safety_tags:
        out.print(f"\nSafety: {', '.join(ex.safety_tags)}", highlight=False)
    if ex.easier or ex.harder:
        out.print(
            f"Easier: {', '.join(ex.easier) or '—'}   Harder: {', '.join(ex.harder) or '—'}",
            highlight=False,
        )
    out.print(
        f"Source: {ex.source.name}" + (f" ({ex.source.licence})" if ex.source.licence else ""),
        highlight=False,
    )


def print_import_report(report: ImportReport, as_json: bool) -> None:
    data: dict[str, Any] = {
        "added": len(report.added),
        "already_there": len(report.already_there),
        "skipped": report.left_out,
        "unmapped": {k: sorted(v) for k, v in report.unmapped.items()},
    }
    if as_json:
        print_json(data)
        return
    out = console()
    out.print(
        f"Imported {data['added']} exercises; {data['already_there']} were already there.",
        highlight=False,
    )
    for field, values in data["unmapped"].items():
        out.print(f"Could not map {field}: {', '.join(values)}", highlight=False)
    if data["skipped"]:
        out.print(f"Skipped {len(data['skipped'])} entries.", highlight=False)
