"""`backstrong nutrition profile set|show`: the nutrition profile, used as defaults everywhere
(the calculator, the diary's target, projections)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.nutrition.input import (
    ACTIVITY_OPTION,
    AGE_OPTION,
    EQUATION_HELP,
    GOAL_HELP,
    HEIGHT_OPTION,
    JSON_OPTION,
    SEX_OPTION,
)
from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

if TYPE_CHECKING:
    from rich.console import Console

    from backstrong.services.nutrition.profile import DatedProfile

profile_app = typer.Typer(help="Your nutrition profile, used as defaults everywhere.")


@profile_app.command("set")
def profile_set(
    sex: str | None = SEX_OPTION,
    age: str | None = AGE_OPTION,
    birth_year: str | None = typer.Option(None, "--birth-year", help="Instead of --age."),
    height: str | None = HEIGHT_OPTION,
    activity: str | None = ACTIVITY_OPTION,
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
    due_date: str | None = typer.Option(
        None,
        "--due-date",
        help="Pregnant: the due date (YYYY-MM-DD), or 'none'. Adds pregnancy's extra energy "
        "and pauses weight goals.",
    ),
    breastfeeding: bool | None = typer.Option(
        None,
        "--breastfeeding/--not-breastfeeding",
        help="Adds the energy the milk takes; losses slowed to 0.5 kg a week.",
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Save your profile; give only what changes. The first time, give sex, age, height and
    activity."""
    changes = {"sex": sex, "age": age, "birth_year": birth_year, "height": height,
               "activity": activity, "goal": goal, "equation": equation, "body_fat": body_fat,
               "protein": protein, "add_training_energy": add_training_energy,
               "allow_below_floor": allow_below_floor, "due_date": due_date,
               "breastfeeding": breastfeeding}  # fmt: skip
    profile = container().nutrition.update_profile(acting_user(), changes)
    show_profile(console(), profile, as_json, "Saved.")


@profile_app.command("show")
def profile_show(as_json: bool = JSON_OPTION) -> None:
    """Show your nutrition profile."""
    profile = container().nutrition.profile(acting_user())
    if profile is None and not as_json:
        fail("no profile yet: run `backstrong nutrition profile set --sex … --age … --height …"
             " --activity …`", code=1)  # fmt: skip
    show_profile(console(), profile, as_json, None)


def show_profile(
    console: Console, profile: DatedProfile | None, as_json: bool, heading: str | None
) -> None:
    """The profile as JSON (null when there is none) or as "field: value" lines."""
    from backstrong.entrypoints.public import shown
    from backstrong.entrypoints.public.nutrition import ProfilePublic

    data = None if profile is None else shown(ProfilePublic, profile)
    if as_json or data is None:
        print_json(data)
        return
    if heading:
        console.print(heading, highlight=False, soft_wrap=True)
    for key, value in data.items():
        console.print(
            f"{key.replace('_', ' ')}: {'—' if value is None else value}",
            highlight=False,
            soft_wrap=True,
        )
