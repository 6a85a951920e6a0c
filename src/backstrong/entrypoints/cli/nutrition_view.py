"""How the nutrition commands print for people (the --json output is the services' to_dict)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from backstrong.domain.nutrition.energy import CalorieTarget
    from backstrong.services.diary import DaySummary
    from backstrong.services.ports.nutrition import LoggedEntry

FLOOR_NOTE = (
    "The floors (1,200 kcal a day for women, 1,500 for men) are there for safety: eating less"
    " without a doctor's care risks losing muscle and missing nutrients."
)


def show_target(console: Console, target: CalorieTarget) -> None:
    macros = target.macros
    console.print(
        f"[bold]Daily target: {target.target_kcal:,.0f} kcal[/]", highlight=False, soft_wrap=True
    )
    console.print(
        f"BMR {target.bmr_kcal:,.0f} kcal · TDEE {target.tdee_kcal:,.0f} kcal · "
        f"protein {macros.protein_g:.0f} g · fat {macros.fat_g:.0f} g · "
        f"carbohydrate {macros.carbohydrate_g:.0f} g",
        highlight=False,
        soft_wrap=True,
    )
    for line in target.explanations:
        console.print(f"  · {line}", highlight=False, soft_wrap=True)
    for warning in target.warnings:
        console.print(f"[yellow]! {warning}[/]", highlight=False, soft_wrap=True)
    if target.floor_applied or target.warnings:
        console.print(FLOOR_NOTE, style="dim", highlight=False, soft_wrap=True)


def show_logged(console: Console, logged: LoggedEntry, summary: DaySummary) -> None:
    e = logged.entry
    console.print(
        f"Logged #{logged.id} to {e.meal.value}: {e.food_name}, {e.portion_label}"
        f" — {e.nutrients.kcal:,.0f} kcal, {e.nutrients.protein_g:.1f} g protein",
        highlight=False,
        soft_wrap=True,
    )
    console.print(_remaining_line(summary), highlight=False, soft_wrap=True)


def _remaining_line(summary: DaySummary) -> str:
    totals = summary.totals
    eaten = f"{totals.total.kcal:,.0f} kcal eaten"
    if totals.remaining_kcal is None:
        return f"{eaten}. {summary.target_problem or ''}".strip()
    target = totals.target_kcal or 0.0
    if totals.remaining_kcal >= 0:
        return f"{eaten} of {target:,.0f}: {totals.remaining_kcal:,.0f} kcal left."
    return f"{eaten} of {target:,.0f}: {-totals.remaining_kcal:,.0f} kcal over."


def show_day(console: Console, summary: DaySummary) -> None:
    from rich.table import Table

    console.print(
        f"[bold]{summary.day.strftime('%A %d %B %Y')}[/]", highlight=False, soft_wrap=True
    )
    table = Table(show_edge=False, pad_edge=False)
    for column, justify in (("id", "right"), ("meal / food", "left"), ("portion", "left"),
                            ("kcal", "right"), ("protein", "right"), ("fat", "right"),
                            ("carbs", "right")):  # fmt: skip
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    totals = summary.totals
    for meal, meal_total in totals.per_meal.items():
        table.add_row("", f"[bold]{meal.value}[/]", "", f"{meal_total.kcal:,.0f}",
                      f"{meal_total.protein_g:.0f} g", f"{meal_total.fat_g:.0f} g",
                      f"{meal_total.carbohydrate_g:.0f} g")  # fmt: skip
        for logged in summary.entries:
            e = logged.entry
            if e.meal is meal:
                n = e.nutrients
                table.add_row(str(logged.id), f"  {e.food_name}", e.portion_label,
                              f"{n.kcal:,.0f}", f"{n.protein_g:.1f}", f"{n.fat_g:.1f}",
                              f"{n.carbohydrate_g:.1f}")  # fmt: skip
    console.print(table)
    console.print(_remaining_line(summary), highlight=False, soft_wrap=True)
    if summary.target is not None:
        m = summary.target.macros
        console.print(
            f"Macro targets: protein {m.protein_g:.0f} g · fat {m.fat_g:.0f} g ·"
            f" carbohydrate {m.carbohydrate_g:.0f} g",
            highlight=False,
            soft_wrap=True,
        )
    state = "complete" if summary.complete else "not counted as complete"
    how = "you said so" if summary.marked is not None else "mark it with --complete/--incomplete"
    console.print(f"Food log: {state} ({how}).", style="dim", highlight=False, soft_wrap=True)
