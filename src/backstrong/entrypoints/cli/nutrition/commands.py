"""`backstrong calories`, `backstrong eat` and `backstrong nutrition`: the calorie target, the
food diary and the nutrition profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.nutrition.diary_import import import_diary
from backstrong.entrypoints.cli.nutrition.input import (
    ACTIVITY_OPTION,
    AGE_OPTION,
    DATE_OPTION,
    EQUATION_HELP,
    GOAL_HELP,
    HEIGHT_OPTION,
    JSON_OPTION,
    SEX_OPTION,
    WEIGHT_OPTION,
    parse_day,
)
from backstrong.entrypoints.cli.nutrition.profile import profile_app
from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

if TYPE_CHECKING:
    from datetime import date

    from backstrong.services.nutrition.service import Eaten
    from backstrong.services.ports.nutrition import LoggedEntry

MEAL_OPTION = typer.Option(None, help="breakfast, lunch, dinner or snacks [default: by the clock].")
calories_app = typer.Typer(help="Daily calorie target: BMR, TDEE, goal, safety floor, macros.")
app = typer.Typer(help="Nutrition: today's diary against your target, your profile, closing days.")
app.add_typer(profile_app, name="profile")
app.command("import")(import_diary)


@calories_app.command("target")
def target(
    sex: str | None = SEX_OPTION,
    age: str | None = AGE_OPTION,
    height: str | None = HEIGHT_OPTION,
    weight: str | None = WEIGHT_OPTION,
    activity: str | None = ACTIVITY_OPTION,
    goal: str | None = typer.Option(None, help=GOAL_HELP + " [default: maintain]"),
    equation: str | None = typer.Option(None, help=EQUATION_HELP + " [default: mifflin-st-jeor]"),
    body_fat: str | None = typer.Option(None, "--body-fat", help="Body fat in %, e.g. 18."),
    protein: float | None = typer.Option(
        None, help="Protein in g per kg of body weight a day [default: 1.6]."
    ),
    allow_below_floor: bool = typer.Option(
        False, "--allow-below-floor", help="Go under the 1,200/1,500 kcal safety floor."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Work out BMR, TDEE and a daily target with macros. Fields you leave out come from your
    profile and latest weigh-in."""
    from backstrong.services.nutrition.profile import MissingFields, TargetRequest

    request = TargetRequest(sex, age, height, weight, activity, goal, equation, body_fat, protein,
                            allow_below_floor)  # fmt: skip
    user = acting_user() if request.gaps() else None
    try:
        result = container().nutrition.calculate_target(user, request)
    except MissingFields as exc:
        fail(
            f"{exc.missing[0]}: missing; give {', '.join(f'--{key}' for key in exc.missing)} or"
            " save them once with `backstrong nutrition profile set` (and `backstrong weigh` for"
            " your weight)"
        )
    if as_json:
        from backstrong.entrypoints.public import shown
        from backstrong.entrypoints.public.nutrition import CalorieTargetPublic

        print_json(shown(CalorieTargetPublic, result))
    else:
        from backstrong.entrypoints.cli.nutrition.view import show_target

        show_target(console(), result)


def eat(
    text: str | None = typer.Argument(
        None,
        help="What you ate, e.g. '2 eggs' or '150 g chicken breast'. With --barcode: how much,"
        " e.g. '150 g' or '2 servings' [default: one serving].",
    ),
    barcode: str | None = typer.Option(
        None, "--barcode", help="A packaged food's barcode (8–14 digits), from Open Food Facts."
    ),
    grams: float | None = typer.Option(
        None, "--grams", help="With --barcode: the grams you ate [default: one serving]."
    ),
    meal: str | None = MEAL_OPTION,
    day: str | None = DATE_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Log food in plain words to your diary ("2 eggs, 1 coffee with milk": several foods on
    one line), or a packaged food by its barcode. With --json: the entry, or a list of entries
    when the line names several foods."""
    from backstrong.services.nutrition.open_food_facts import ProductUnavailable

    if barcode is None and grams is not None:
        fail("grams: only with --barcode; otherwise write the weight, e.g. '150 g rice'")
    if barcode is None and not (text or "").strip():
        fail("text: say what you ate, e.g. '2 eggs', or give --barcode")
    on = parse_day(day)
    nutrition, user = container().nutrition, acting_user()
    if barcode is None:
        _eat_line(text or "", meal, on, as_json)
        return
    try:
        eaten = nutrition.eat(user, text, barcode=barcode, grams=grams, meal=meal, day=on)
    except ProductUnavailable as exc:
        fail(str(exc))
    if as_json:
        print_json(_eaten_json(eaten))
        return
    from backstrong.entrypoints.cli.nutrition.view import show_attribution, show_logged

    show_logged(console(), eaten.logged, nutrition.day(user, eaten.logged.entry.day))
    if eaten.product is not None:
        show_attribution(console(), eaten.product.barcode)


def _eat_line(text: str, meal: str | None, on: date | None, as_json: bool) -> None:
    """Log every food of the line; for a part naming no food, offer the closest foods (a
    prompt when typed at a terminal, else the list in the error)."""
    from backstrong.domain.nutrition.diary_lines import UnmatchedFoods
    from backstrong.entrypoints.cli.nutrition.view import pick_food, show_logged

    nutrition, user = container().nutrition, acting_user()
    while True:
        try:
            logged = nutrition.eat_line(user, text, meal=meal, day=on)
            break
        except UnmatchedFoods as exc:
            text = pick_food(console(), exc)
    if as_json:
        from backstrong.entrypoints.public import shown, shown_all
        from backstrong.entrypoints.public.nutrition import DiaryEntryPublic

        print_json(
            shown(DiaryEntryPublic, logged[0])
            if len(logged) == 1
            else shown_all(DiaryEntryPublic, logged)
        )
        return
    summary = nutrition.day(user, logged[0].entry.day)
    for one in logged:
        show_logged(console(), one, summary, remaining=one is logged[-1])


def _eaten_json(eaten: Eaten) -> dict[str, object]:
    """The entry, with the Open Food Facts product under "product" when logged by barcode."""
    from backstrong.entrypoints.public import shown
    from backstrong.entrypoints.public.nutrition import BarcodeProductPublic, DiaryEntryPublic

    entry = shown(DiaryEntryPublic, eaten.logged)
    if eaten.product is None:
        return entry
    return {**entry, "product": shown(BarcodeProductPublic, eaten.product)}


@app.command("today")
def today(
    day: str | None = DATE_OPTION,
    complete: bool | None = typer.Option(
        None,
        "--complete/--incomplete",
        help="Mark the day's food log complete or incomplete (incomplete days are left out of"
        " the expenditure estimate).",
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """The day's food by meal, totals against your target, and what remains."""
    nutrition, on = container().nutrition, parse_day(day)
    if complete is None:
        summary = nutrition.day(acting_user(), on)
    else:
        summary = nutrition.mark_day(acting_user(), on, complete)
    if as_json:
        from backstrong.entrypoints.public import shown
        from backstrong.entrypoints.public.nutrition import DayPublic

        print_json(shown(DayPublic, summary))
    else:
        from backstrong.entrypoints.cli.nutrition.view import show_day

        show_day(console(), summary, acting_user().unit)


@app.command("close-day")
def close_day(
    day: str | None = DATE_OPTION,
    incomplete: bool = typer.Option(
        False, "--incomplete", help="Say the log is NOT complete (leave the day out)."
    ),
    clear: bool = typer.Option(False, "--clear", help="Forget what you said about the day."),
) -> None:
    """Say a day's food log is complete, so it counts for the expenditure estimate."""
    state = None if clear else not incomplete
    summary = container().nutrition.mark_day(acting_user(), parse_day(day), state)
    words = {None: "no longer marked", True: "marked complete", False: "marked incomplete"}
    console().print(f"{summary.day.isoformat()}: {words[state]}.", highlight=False, soft_wrap=True)


@app.command("remove")
def remove(entry_id: int = typer.Argument(..., metavar="ID", help="The entry's id.")) -> None:
    """Delete a diary entry (ids are shown by `nutrition today`)."""
    container().nutrition.delete_entry(acting_user(), entry_id)
    console().print(f"Deleted diary entry {entry_id}.", highlight=False, soft_wrap=True)


@app.command("quick-add")
def quick_add(
    kcal: float = typer.Argument(..., help="The calories."),
    label: str = typer.Option("", "--label", help="What it was, e.g. 'cake at work'."),
    protein: float | None = typer.Option(None, "--protein", help="Protein in grams."),
    fat: float | None = typer.Option(None, "--fat", help="Fat in grams."),
    carbs: float | None = typer.Option(None, "--carbs", help="Carbohydrate in grams."),
    meal: str | None = MEAL_OPTION,
    day: str | None = DATE_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Log calories without a food (with macros and a label if you have them)."""
    nutrition, user = container().nutrition, acting_user()
    logged = nutrition.quick_add(
        user, kcal, protein_g=protein, fat_g=fat, carbohydrate_g=carbs, label=label, meal=meal,
        day=parse_day(day),
    )  # fmt: skip
    _show_logged([logged], as_json)


@app.command("copy")
def copy(
    source: str = typer.Option(..., "--from", help="The day to copy from (YYYY-MM-DD)."),
    day: str | None = typer.Option(None, "--date", help="The day to copy to [default: today]."),
    meal: str | None = typer.Option(None, help="Only this meal [default: the whole day]."),
    to_meal: str | None = typer.Option(None, "--to-meal", help="Into this meal [default: same]."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Copy a meal or a whole day's food from an earlier date."""
    start = parse_day(source)
    if start is None:
        fail("from: give the day to copy from, e.g. 2026-11-30")
    nutrition, user = container().nutrition, acting_user()
    copied = nutrition.copy_entries(user, start, day=parse_day(day), meal=meal, to_meal=to_meal)
    _show_logged(copied, as_json)


def _show_logged(logged: list[LoggedEntry], as_json: bool) -> None:
    if as_json:
        from backstrong.entrypoints.public import shown_all
        from backstrong.entrypoints.public.nutrition import DiaryEntryPublic

        print_json(shown_all(DiaryEntryPublic, logged))
        return
    from backstrong.entrypoints.cli.nutrition.view import show_logged

    summary = container().nutrition.day(acting_user(), logged[0].entry.day)
    for one in logged:
        show_logged(console(), one, summary, remaining=one is logged[-1])
