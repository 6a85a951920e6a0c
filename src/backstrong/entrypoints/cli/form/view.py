"""Terminal output of form checks: a table of reps with their verdicts and cues."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from backstrong.domain.form import FormAnalysis
from backstrong.services.form.service import FormCheckPage, FormTrend

VERDICT_WORDS = {"good": "good", "needs-work": "needs work", "cannot-assess": "cannot assess"}


def show_analysis(out: Console, analysis: FormAnalysis, check_id: int | None) -> None:
    out.print(f"[bold]{analysis.exercise}[/]: {analysis.reps} reps, "
              f"{VERDICT_WORDS[analysis.verdict.value]}", highlight=False)  # fmt: skip
    if analysis.rep_details:
        table = Table("rep", "from", "to", "verdict", "what to work on")
        for rep in analysis.rep_details:
            cues = rep.cannot_assess or "; ".join(f.cue for f in rep.faults) or "—"
            table.add_row(str(rep.index), f"{rep.start_t:.1f} s", f"{rep.end_t:.1f} s",
                          VERDICT_WORDS[rep.verdict.value], cues)  # fmt: skip
        out.print(table)
    for note in analysis.notes:
        out.print(note, highlight=False)
    if check_id is not None:
        out.print(f"Kept as check {check_id}.", style="dim")


def show_page(out: Console, page: FormCheckPage) -> None:
    if not page.items:
        out.print("No form checks yet: `backstrong form check --help` shows how to make one.")
        return
    table = Table("id", "when", "exercise", "reps", "verdict", "set")
    for item in page.items:
        table.add_row(str(item.id), item.created_at.strftime("%Y-%m-%d %H:%M"), item.exercise,
                      str(item.analysis.reps), VERDICT_WORDS[item.analysis.verdict.value],
                      item.set_id or "")  # fmt: skip
    out.print(table)
    shown = page.offset + len(page.items)
    out.print(f"{page.offset + 1}–{shown} of {page.total}", style="dim")


def show_trend(out: Console, trend: FormTrend) -> None:
    if not trend.points:
        out.print(f"No {trend.exercise} checks yet.")
        return
    table = Table("day", "check", "reps", "good", trend.meaning)
    for p in trend.points:
        value = "—" if p.value is None else f"{p.value:.1f}"
        table.add_row(p.day.isoformat(), str(p.check_id), str(p.reps), str(p.good), value)
    out.print(table)
