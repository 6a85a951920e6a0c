"""How the nutrition commands print for people (--json prints the public JSON shapes of
``entrypoints.public.nutrition``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from backstrong.entrypoints.cli.runtime import fail, print_warnings

if TYPE_CHECKING:
    from rich.console import Console

    from backstrong.domain.nutrition.diary_lines import UnmatchedFoods
    from backstrong.domain.nutrition.energy import CalorieTarget
    from backstrong.services.nutrition.diary import DaySummary
    from backstrong.services.nutrition.foods import FoodImportReport
    from backstrong.services.nutrition.open_food_facts import BarcodeProduct
    from backstrong.services.nutrition.training_energy import TrainingDay
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
    print_warnings(console, target.warnings)
    if target.floor_applied or target.warnings:
        console.print(FLOOR_NOTE, style="dim", highlight=False, soft_wrap=True)


def show_logged(
    console: Console, logged: LoggedEntry, summary: DaySummary, remaining: bool = True
) -> None:
    e = logged.entry
    console.print(
        f"Logged #{logged.id} to {e.meal.value}: {e.food_name}, {e.portion_label}"
        f" — {e.nutrients.kcal:,.0f} kcal, {e.nutrients.protein_g:.1f} g protein",
        highlight=False,
        soft_wrap=True,
    )
    if remaining:
        console.print(_remaining_line(summary), highlight=False, soft_wrap=True)


def interactive() -> bool:
    import sys

    return sys.stdin.isatty()


def pick_food(console: Console, unmatched: UnmatchedFoods) -> str:
    """The line again with the first unknown part replaced by the food the person picks from
    the closest ones; away from a terminal (or with nothing close), the error names them."""
    import typer

    reading = unmatched.reading
    part = reading.unread[0]
    names = "; ".join(food.name for food in part.candidates) or "nothing close"
    if not part.candidates or not interactive():
        fail(f"{unmatched} (closest foods: {names}; or add your own: backstrong food add)")
    console.print(f"'{part.text}': {part.problem}. Closest foods:", highlight=False)
    for number, food in enumerate(part.candidates, start=1):
        console.print(f"  {number}. {food.name}", highlight=False)
    choice = typer.prompt("Number (0 to stop)", default=1, type=int)
    if not 1 <= choice <= len(part.candidates):
        fail("Nothing logged.")
    return reading.choosing(part, part.candidates[choice - 1])


def _remaining_line(summary: DaySummary) -> str:
    totals = summary.totals
    eaten = f"{totals.total.kcal:,.0f} kcal eaten"
    if totals.remaining_kcal is None:
        return f"{eaten}. {summary.target_problem or ''}".strip()
    target = totals.target_kcal or 0.0
    of = f"{eaten} of {target:,.0f}"
    if summary.training_kcal >= 0.5:
        of += f" (with {summary.training_kcal:,.0f} kcal of training)"
    if totals.remaining_kcal >= 0:
        return f"{of}: {totals.remaining_kcal:,.0f} kcal left."
    return f"{of}: {-totals.remaining_kcal:,.0f} kcal over."


def show_attribution(console: Console, barcode: str | None = None) -> None:
    from backstrong.domain.nutrition.barcodes import OPEN_FOOD_FACTS_ATTRIBUTION, product_url

    where = product_url(barcode) if barcode else "https://openfoodfacts.org"
    console.print(
        f"{OPEN_FOOD_FACTS_ATTRIBUTION} — {where}", style="dim", highlight=False, soft_wrap=True
    )


def show_product(console: Console, product: BarcodeProduct) -> None:
    from backstrong.domain.nutrition.barcodes import SERVING

    n = product.food.per_100g
    console.print(
        f"[bold]{product.name}[/] · barcode {product.barcode}", highlight=False, soft_wrap=True
    )
    console.print(
        f"Per 100 g: {n.kcal:,.0f} kcal · protein {n.protein_g:.1f} g · fat {n.fat_g:.1f} g ·"
        f" carbohydrate {n.carbohydrate_g:.1f} g · fiber {n.fiber_g:.1f} g",
        highlight=False,
        soft_wrap=True,
    )
    serving = product.food.portion(SERVING)
    if serving is not None:
        kcal = product.food.nutrients_for(serving.grams).kcal
        console.print(
            f"One serving: {serving.grams:g} g, {kcal:,.0f} kcal", highlight=False, soft_wrap=True
        )
    if product.stale:
        saved = f"this is the copy saved on {product.fetched_at:%Y-%m-%d}"
        print_warnings(console, [f"Open Food Facts could not be reached: {saved}."])
    console.print(
        f"Log it with: backstrong eat --barcode {product.barcode} [--grams N]",
        highlight=False,
        soft_wrap=True,
    )
    show_attribution(console, product.barcode)


def show_food_import(console: Console, report: FoodImportReport) -> None:
    console.print(
        f"Added {report.added} food(s); {report.already_there} already in your list;"
        f" {len(report.skipped)} skipped. You now have {report.total_foods} food(s) of your own.",
        highlight=False,
        soft_wrap=True,
    )
    print_warnings(console, report.warnings)
    for skipped in report.skipped[:10]:
        console.print(f"  skipped {skipped.ref}: {skipped.reason}", highlight=False, soft_wrap=True)


def show_training(console: Console, summary: DaySummary, unit: str = "kg") -> None:
    """The day's training energy, and whether it went into the target."""
    training = summary.training
    if training is None or not training.sessions:
        return
    console.print(_training_line(training, unit), highlight=False, soft_wrap=True)
    for line in training.sessions:
        names = ", ".join(e.name for e in line.exercises)
        how = "clock" if line.time.from_clock else "estimated from the sets"
        energy = (
            f" · {line.energy.gross_kcal:,.0f} kcal, {line.energy.net_kcal:,.0f} net"
            if line.energy is not None
            else ""
        )
        console.print(
            f"  {line.session.started_at:%H:%M} · {line.time.minutes:.0f} min ({how}){energy}"
            f" · {names}",
            highlight=False,
            soft_wrap=True,
        )
    if training.note:
        print_warnings(console, [training.note])
    elif summary.training_switch:
        console.print("  The net figure is added to the day's target.", style="dim",
                      highlight=False, soft_wrap=True)  # fmt: skip
    else:
        console.print(
            "  Not added to the target; to add it: backstrong nutrition profile set"
            " --add-training-energy",
            style="dim",
            highlight=False,
            soft_wrap=True,
        )


def _training_line(training: TrainingDay, unit: str) -> str:
    from backstrong.domain.units import weight_text

    count = len(training.sessions)
    sessions = f"{count} session{'s' if count != 1 else ''}"
    if training.body_weight_kg is None:
        return f"Training: {sessions}."
    weight = weight_text(training.body_weight_kg, unit)
    return (
        f"Training: {sessions}, {training.gross_kcal:,.0f} kcal"
        f" ({training.net_kcal:,.0f} kcal above rest, at {weight})."
    )


def show_day(console: Console, summary: DaySummary, unit: str = "kg") -> None:
    from rich.table import Table

    console.print(
        f"[bold]{summary.day.strftime('%A %d %B %Y')}[/]", highlight=False, soft_wrap=True
    )
    table = Table(show_edge=False, pad_edge=False)
    for column, justify in (("id", "right"), ("meal / food", "left"), ("portion", "left"),
                            ("kcal", "right"), ("protein", "right"), ("fat", "right"),
                            ("carbs", "right"), ("fibre", "right")):  # fmt: skip
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    totals = summary.totals
    for meal, meal_total in totals.per_meal.items():
        t = meal_total
        grams = (t.protein_g, t.fat_g, t.carbohydrate_g, t.fiber_g)
        table.add_row("", f"[bold]{meal.value}[/]", "", f"{t.kcal:,.0f}",
                      *(f"{g:.0f} g" for g in grams))  # fmt: skip
        for logged in summary.entries:
            e = logged.entry
            if e.meal is meal:
                n = e.nutrients
                table.add_row(str(logged.id), f"  {e.food_name}", e.portion_label,
                              f"{n.kcal:,.0f}", f"{n.protein_g:.1f}", f"{n.fat_g:.1f}",
                              f"{n.carbohydrate_g:.1f}", f"{n.fiber_g:.1f}")  # fmt: skip
    console.print(table)
    console.print(_remaining_line(summary), highlight=False, soft_wrap=True)
    show_training(console, summary, unit)
    if summary.target is not None:
        m = summary.target.macros
        console.print(
            f"Macro targets: protein {m.protein_g:.0f} g · fat {m.fat_g:.0f} g ·"
            f" carbohydrate {m.carbohydrate_g:.0f} g",
            highlight=False,
            soft_wrap=True,
        )
    total = totals.total
    console.print(
        f"Eaten: carbohydrate {total.carbohydrate_g:.0f} g, of which fibre {total.fiber_g:.0f} g"
        " (total carbohydrate by difference, as the USDA gives it; an EU label leaves fibre out).",
        style="dim", highlight=False, soft_wrap=True,
    )  # fmt: skip
    _footnotes(console, summary)


def _footnotes(console: Console, summary: DaySummary) -> None:
    """Where packaged foods' data comes from, and whether the day's log counts as complete."""
    from backstrong.domain.nutrition.barcodes import is_open_food_facts

    if any(is_open_food_facts(logged.entry.food_id) for logged in summary.entries):
        show_attribution(console)
    state = "complete" if summary.complete else "not counted as complete"
    how = "you said so" if summary.marked is not None else "mark it with --complete/--incomplete"
    console.print(f"Food log: {state} ({how}).", style="dim", highlight=False, soft_wrap=True)
