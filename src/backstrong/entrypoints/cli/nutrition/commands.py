"""`backstrong calories`, `backstrong eat` and `backstrong nutrition`: the calorie target, the
food diary and the nutrition profile."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.nutrition.input import (
    DATE_HELP,
    JSON_OPTION,
    exercise_library,
    parse_day,
    reported,
)
from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

if TYPE_CHECKING:
    from backstrong.domain.nutrition.diary import Meal
    from backstrong.services.nutrition.open_food_facts import BarcodeProduct
    from backstrong.services.ports.nutrition import LoggedEntry

calories_app = typer.Typer(help="Daily calorie target: BMR, TDEE, goal, safety floor, macros.")
app = typer.Typer(help="Nutrition: today's diary against your target, your profile, closing days.")
profile_app = typer.Typer(help="Your nutrition profile, used as defaults everywhere.")
app.add_typer(profile_app, name="profile")

PERSON_FIELDS = ("sex", "age", "height", "weight", "activity")
SEX_HELP = "male or female."
AGE_HELP = "Age in years (adults)."
HEIGHT_HELP = "'5 ft 10 in', 5'10\", '178 cm', '1.78 m', or a bare number in cm."
WEIGHT_HELP = "'180 lb', '82 kg', '12 st 8 lb', or a bare number in kg."
ACTIVITY_HELP = "sedentary, light, moderate, very or extra."
GOAL_HELP = "maintain, lose-0.5 … lose-2 or gain-0.5 … gain-2 (lb a week; add 'kg' for kg)."
EQUATION_HELP = "mifflin-st-jeor, harris-benedict-revised or katch-mcardle (needs --body-fat)."


@calories_app.command("target")
def target(
    sex: str | None = typer.Option(None, help=SEX_HELP),
    age: str | None = typer.Option(None, help=AGE_HELP),
    height: str | None = typer.Option(None, help=HEIGHT_HELP),
    weight: str | None = typer.Option(None, help=WEIGHT_HELP),
    activity: str | None = typer.Option(None, help=ACTIVITY_HELP),
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
    from backstrong.services.nutrition.service import calculate_target

    typed = {"sex": sex, "age": age, "height": height, "weight": weight, "activity": activity,
             "goal": goal, "equation": equation, "body_fat": body_fat}  # fmt: skip
    values = _with_profile_defaults(typed)
    with reported():
        result = calculate_target(
            sex=values["sex"],
            age=values["age"],
            height=values["height"],
            weight=values["weight"],
            activity=values["activity"],
            goal=values["goal"] or "maintain",
            equation=values["equation"] or "mifflin-st-jeor",
            body_fat=values["body_fat"] or None,
            protein_g_per_kg=protein,
            allow_below_floor=allow_below_floor,
        )
    if as_json:
        print_json(result.to_dict())
    else:
        from backstrong.entrypoints.cli.nutrition.view import show_target

        show_target(console(), result)


def _with_profile_defaults(typed: dict[str, str | None]) -> dict[str, str]:
    """Typed values, with the person's profile filling the gaps (read only when needed)."""
    values = {key: value or "" for key, value in typed.items()}
    if all(values[key] for key in PERSON_FIELDS):
        return values
    from backstrong.services.nutrition.service import profile_defaults

    c = container()
    known = profile_defaults(c.uow(), acting_user(), date.today())
    values = {key: value or known.get(key, "") for key, value in values.items()}
    missing = [key for key in PERSON_FIELDS if not values[key]]
    if missing:
        options = ", ".join(f"--{key}" for key in missing)
        fail(
            f"{missing[0]}: missing; give {options} or save them once with"
            " `backstrong nutrition profile set` (and `backstrong weigh` for your weight)"
        )
    return values


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
    meal: str | None = typer.Option(
        None, help="breakfast, lunch, dinner or snacks [default: by the clock]."
    ),
    day: str | None = typer.Option(None, "--date", help=DATE_HELP),
    as_json: bool = JSON_OPTION,
) -> None:
    """Log food in plain words to your diary, or a packaged food by its barcode."""
    from backstrong.services.nutrition import diary

    c = container()
    user = acting_user()
    if barcode is None and grams is not None:
        fail("grams: only with --barcode; otherwise write the weight, e.g. '150 g rice'")
    if barcode is None and not (text or "").strip():
        fail("text: say what you ate, e.g. '2 eggs', or give --barcode")
    with reported():
        chosen = diary.meal_for(meal, datetime.now().time())
        on = parse_day(day)
        if barcode is not None:
            logged, product = _log_barcode(barcode, text, grams, on, chosen)
        else:
            logged, product = _log_text(text or "", on, chosen), None
    if as_json:
        entry = diary.entry_to_dict(logged)
        print_json(entry if product is None else {**entry, "product": product.to_dict()})
        return
    summary = diary.day_with_training(c.uow(), user, on, date.today(), exercise_library(c, user))
    from backstrong.entrypoints.cli.nutrition.view import show_attribution, show_logged

    show_logged(console(), logged, summary)
    if product is not None:
        show_attribution(console(), product.barcode)


def _log_text(text: str, on: date, meal: Meal) -> LoggedEntry:
    from backstrong.services.nutrition import diary
    from backstrong.services.nutrition import service as nutrition

    c = container()
    user = acting_user()
    index = nutrition.food_index_for(c.uow(), user, c.bundled_foods, c.food_indexes)
    return diary.log_food(c.uow(), user, index, text, on, meal)


def _log_barcode(
    barcode: str, amount: str | None, grams: float | None, on: date, meal: Meal
) -> tuple[LoggedEntry, BarcodeProduct]:
    from backstrong.services.nutrition import open_food_facts

    c = container()
    now = datetime.now(UTC)
    return open_food_facts.log_product(
        c.uow(), acting_user(), c.open_food_facts, barcode, on, meal, now, amount=amount,
        grams=grams,
    )  # fmt: skip


@app.command("today")
def today(
    day: str | None = typer.Option(None, "--date", help=DATE_HELP),
    complete: bool | None = typer.Option(
        None,
        "--complete/--incomplete",
        help="Mark the day's food log complete or incomplete (incomplete days are left out of"
        " the expenditure estimate).",
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """The day's food by meal, totals against your target, and what remains."""
    from backstrong.services.nutrition import diary

    c = container()
    user = acting_user()
    on = parse_day(day)
    if complete is not None:
        diary.mark_day(c.uow(), user, on, complete)
    summary = diary.day_with_training(c.uow(), user, on, date.today(), exercise_library(c, user))
    if as_json:
        print_json(summary.to_dict())
    else:
        from backstrong.entrypoints.cli.nutrition.view import show_day

        show_day(console(), summary)


@app.command("close-day")
def close_day(
    day: str | None = typer.Option(None, "--date", help=DATE_HELP),
    incomplete: bool = typer.Option(
        False, "--incomplete", help="Say the log is NOT complete (leave the day out)."
    ),
    clear: bool = typer.Option(False, "--clear", help="Forget what you said about the day."),
) -> None:
    """Say a day's food log is complete, so it counts for the expenditure estimate."""
    from backstrong.services.nutrition import diary

    c = container()
    on = parse_day(day)
    state = None if clear else not incomplete
    diary.mark_day(c.uow(), acting_user(), on, state)
    words = {None: "no longer marked", True: "marked complete", False: "marked incomplete"}
    console().print(f"{on.isoformat()}: {words[state]}.", highlight=False, soft_wrap=True)


@app.command("remove")
def remove(entry_id: int = typer.Argument(..., metavar="ID", help="The entry's id.")) -> None:
    """Delete a diary entry (ids are shown by `nutrition today`)."""
    from backstrong.services.nutrition import diary

    c = container()
    with reported():
        diary.delete_entry(c.uow(), acting_user(), entry_id)
    console().print(f"Deleted diary entry {entry_id}.", highlight=False, soft_wrap=True)


@profile_app.command("set")
def profile_set(
    sex: str | None = typer.Option(None, help=SEX_HELP),
    age: str | None = typer.Option(None, help=AGE_HELP),
    birth_year: str | None = typer.Option(None, "--birth-year", help="Instead of --age."),
    height: str | None = typer.Option(None, help=HEIGHT_HELP),
    activity: str | None = typer.Option(None, help=ACTIVITY_HELP),
    goal: str | None = typer.Option(None, help=GOAL_HELP),
    equation: str | None = typer.Option(None, help=EQUATION_HELP),
    body_fat: str | None = typer.Option(None, "--body-fat", help="Body fat %, or 'none'."),
    protein: str | None = typer.Option(None, help="Protein g per kg a day, or 'default'."),
    add_training_energy: bool | None = typer.Option(
        None,
        "--add-training-energy/--no-add-training-energy",
        help="Add the energy of logged training to the day's budget.",
    ),
    allow_below_floor: bool | None = typer.Option(
        None, "--allow-below-floor/--keep-floor", help="Allow targets under the safety floor."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Save your profile; give only what changes. The first time, give sex, age, height and
    activity."""
    from backstrong.services.nutrition import service as nutrition

    changes = {"sex": sex, "age": age, "birth_year": birth_year, "height": height,
               "activity": activity, "goal": goal, "equation": equation, "body_fat": body_fat,
               "protein": protein, "add_training_energy": add_training_energy,
               "allow_below_floor": allow_below_floor}  # fmt: skip
    c = container()
    with reported():
        profile = nutrition.update_profile(c.uow(), acting_user(), changes, date.today())
    _print_profile(profile.to_dict(date.today()), as_json, "Saved.")


@profile_app.command("show")
def profile_show(as_json: bool = JSON_OPTION) -> None:
    """Show your nutrition profile."""
    from backstrong.services.nutrition import service as nutrition

    c = container()
    profile = nutrition.get_profile(c.uow(), acting_user())
    if profile is None:
        if as_json:
            print_json(None)
            return
        fail("no profile yet: run `backstrong nutrition profile set --sex … --age … --height …"
             " --activity …`", code=1)  # fmt: skip
    _print_profile(profile.to_dict(date.today()), as_json, None)


def _print_profile(data: dict[str, object], as_json: bool, heading: str | None) -> None:
    if as_json:
        print_json(data)
        return
    if heading:
        console().print(heading, highlight=False, soft_wrap=True)
    for key, value in data.items():
        console().print(
            f"{key.replace('_', ' ')}: {'—' if value is None else value}",
            highlight=False,
            soft_wrap=True,
        )
