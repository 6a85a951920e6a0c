"""`backstrong plan new`: the answers from flags or from questions in a terminal, favourites
found by name, then the one plan-creation use case (screen → intake → plan).

Questions are asked in a terminal (the red-flag screen first) unless the flags answer them,
`--yes` is given or stdin is not a terminal; then nothing is asked. Warning signs print the
advice, are recorded, and end with exit status 3: no plan is made."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

if TYPE_CHECKING:
    from backstrong.domain.programs.red_flags import ScreenResult

EXIT_RED_FLAG = 3
JSON_OPTION = typer.Option(False, "--json", help="Print JSON.")
LEVEL = typer.Option(None, "--level", help="Training experience: novice, intermediate or advanced.")
GOAL = typer.Option(None, help="pain-relief, strength or mobility.")
DAYS = typer.Option(None, help="Training days a week, 1–6.")
MINUTES = typer.Option(None, help="Minutes per session, 15–120.")
EQUIPMENT = typer.Option(
    None,
    help="Presets or items, comma-separated: none, home-basic, home-dumbbells, "
    "home-barbell, gym, or items like mat,band,dumbbell [default: mat].",
)
PAIN = typer.Option(None, help="Back pain right now, 0–10.")
PAIN_DURATION = typer.Option(
    None, "--pain-duration", help="acute (< 4 weeks), subacute (4–12) or chronic (> 12)."
)
SENSITIVE = typer.Option(
    [],
    "--sensitive",
    help="A movement that provokes your back: flexion, extension or rotation (repeatable).",
)
RED_FLAG = typer.Option(
    [],
    "--red-flag",
    help="A warning sign that applies to you (repeatable; names from `backstrong plan red-flags`).",
)
PAIN_WEEKS = typer.Option(
    None, "--pain-weeks", help="How many weeks this back pain has lasted (sets the duration)."
)
NOT_APPLICABLE = typer.Option(
    [],
    "--not-applicable",
    help="A warning sign read from your answers (age and pain duration) that does not apply "
    "to you, e.g. a clinician checked it (repeatable; names from `backstrong plan red-flags`).",
)
INFLAMMATORY = typer.Option(
    [],
    "--inflammatory-sign",
    help="A sign of inflammatory back pain that applies to you (repeatable; names from "
    "`backstrong plan red-flags`); may add a suggested check-up, never stops the plan.",
)
FLOOR = typer.Option(
    None,
    "--floor/--no-floor",
    help="Getting down to the floor and up again is fine [default: yes].",
)
WALKING = typer.Option(
    None, "--walking/--no-walking", help="Include a walking programme [default: yes]."
)
PREGNANT = typer.Option(
    None,
    "--pregnant-weeks",
    help="Pregnant now: how many weeks along (1–42). Shapes the plan; never stops it.",
)
SINCE_BIRTH = typer.Option(
    None,
    "--weeks-since-birth",
    help="Gave birth in the past year: how many weeks ago (0–52).",
)
CAESAREAN = typer.Option(
    None, "--caesarean/--no-caesarean", help="That birth was by caesarean [default: no]."
)
OSTEOPOROSIS = typer.Option(
    None,
    "--osteoporosis/--no-osteoporosis",
    help="Osteoporosis or low bone density diagnosed [default: no].",
)
CALIBRATE = typer.Option(
    [],
    "--calibrate",
    help="What you can lift 10 times, as EXERCISE=LOAD, e.g. goblet-squat=16kg (repeatable); "
    "sets first loads.",
)
WEEKS = typer.Option(None, help="Length of the plan, 4–52 weeks [default: 12].")
AGE = typer.Option(None, help="Your age in years.")
FAVOURITE = typer.Option(
    [],
    "--favourite",
    help="An exercise you enjoy, by name or id (repeatable); close spellings are found, "
    "and a close match is asked about in a terminal (--yes takes the best).",
)
YES = typer.Option(
    False,
    "--yes",
    "-y",
    help="Ask nothing: warning signs not given count as no, and "
    "missing answers take their defaults.",
)
REQUIRED_WITHOUT_QUESTIONS = ("age",)
QUESTIONS = ("age", "experience", "goal", "days_per_week", "minutes_per_session", "equipment")


def new(
    level: str | None = LEVEL,
    goal: str | None = GOAL,
    days: int | None = DAYS,
    minutes: int | None = MINUTES,
    equipment: str | None = EQUIPMENT,
    pain: int | None = PAIN,
    pain_duration: str | None = PAIN_DURATION,
    sensitive: list[str] = SENSITIVE,
    red_flag: list[str] = RED_FLAG,
    weeks: int | None = WEEKS,
    age: int | None = AGE,
    favourite: list[str] = FAVOURITE,
    as_json: bool = JSON_OPTION,
    yes: bool = YES,
    pain_weeks: int | None = PAIN_WEEKS,
    not_applicable: list[str] = NOT_APPLICABLE,
    inflammatory_sign: list[str] = INFLAMMATORY,
    floor: bool | None = FLOOR,
    walking: bool | None = WALKING,
    calibrate: list[str] = CALIBRATE,
    pregnant_weeks: int | None = PREGNANT,
    weeks_since_birth: int | None = SINCE_BIRTH,
    caesarean: bool | None = CAESAREAN,
    osteoporosis: bool | None = OSTEOPOROSIS,
) -> None:
    """Build your plan: a red-flag screen first, then questions about you (or flags)."""
    answered = given(
        experience=level,
        goal=goal,
        days_per_week=days,
        minutes_per_session=minutes,
        equipment=equipment,
        pain=pain,
        pain_duration=pain_duration,
        sensitivities=_names(sensitive),
        weeks=weeks,
        age=age,
        favourite_names=[name for name in favourite if name.strip()],
        pain_weeks=pain_weeks,
        not_applicable=_names(not_applicable),
        inflammatory_signs=_names(inflammatory_sign),
        floor=floor,
        walking=walking,
        calibration=[calibration(text) for text in calibrate],
        **_circumstances(pregnant_weeks, weeks_since_birth, caesarean, osteoporosis),
    )
    build(answers(answered, _names(red_flag), yes), yes=yes, as_json=as_json)


def _circumstances(
    pregnancy_weeks: int | None,
    weeks_since_birth: int | None,
    caesarean: bool | None,
    osteoporosis: bool | None,
) -> dict[str, Any]:
    """Pregnancy, a birth and osteoporosis as the intake names them."""
    return {
        "pregnancy_weeks": pregnancy_weeks,
        "weeks_since_birth": weeks_since_birth,
        "caesarean": caesarean,
        "osteoporosis": osteoporosis,
    }


def _names(typed: list[str]) -> list[str]:
    """Names given with a repeatable flag (movements, warning signs) as the intake reads them."""
    return [name.strip().lower() for name in typed]


def given(**values: Any) -> dict[str, Any]:
    """The answers the flags hold (flags not given are left out)."""
    from backstrong.entrypoints.cli.programs.wizard import split_list

    data = {k: v for k, v in values.items() if v is not None and v != []}
    if "equipment" in data:
        data["equipment"] = split_list(data["equipment"]) or ["none"]
    return data


def calibration(text: str) -> dict[str, Any]:
    """'goblet-squat=16kg' → the intake's calibration entry; a bad one fails naming the flag."""
    import re

    found = re.fullmatch(r"\s*([\w-]+)\s*=\s*(\d+(?:\.\d+)?)\s*(kg|lb)?\s*", text, re.I)
    if found is None:
        fail(
            f"--calibrate '{text}': accepted EXERCISE=LOAD, e.g. goblet-squat=16kg "
            "or deadlift=135lb"
        )
    exercise_id, value, unit = found.groups()
    return {
        "exercise_id": exercise_id.lower(),
        "value": float(value),
        "unit": (unit or "kg").lower(),
    }


def answers(given: dict[str, Any], red_flags: list[str], yes: bool) -> dict[str, Any]:
    """Ask what is missing in a terminal; otherwise fill defaults without asking."""
    from backstrong.entrypoints.cli.programs import wizard as plan_wizard

    missing = [key for key in QUESTIONS if key not in given]
    if missing and not yes and plan_wizard.stdin_is_terminal():
        flags = red_flags or plan_wizard.ask_red_flags()
        if flags:
            return {**given, "red_flags": flags}
        asked = plan_wizard.ask_intake(given)
        return {**plan_wizard.ask_derived(asked, _derived(asked)), "red_flags": []}
    for key in REQUIRED_WITHOUT_QUESTIONS:
        if key not in given:
            fail(f"--{key}: needed when no questions are asked (no terminal, or --yes)")
    if not yes and not red_flags:
        from backstrong.entrypoints.cli.runtime import error_console

        error_console().print(
            "The red-flag questions were not asked: going on means none of them applies to "
            "you. Read them with `backstrong plan red-flags`.",
            highlight=False,
            soft_wrap=True,
        )
    return {**plan_wizard.DEFAULTS, **given, "red_flags": red_flags}


def _derived(answered: dict[str, Any]) -> list[tuple[str, str]]:
    """(slug, why) of each warning sign the answers hold by themselves."""
    data = {k: v for k, v in answered.items() if k != "favourite_names"}
    found = container().programs.derived_flags(acting_user(), data)
    return [(d.slug, d.why) for d in found]


def build(answered: dict[str, Any], *, yes: bool, as_json: bool) -> None:
    """Favourites by name first (unless the screen will stop it), then the plan or the advice."""
    from backstrong.domain.programs.red_flags import ScreenResult
    from backstrong.entrypoints.cli.programs.view import print_plan

    red_flags = answered.pop("red_flags")
    names = answered.pop("favourite_names", [])
    if not red_flags:  # with warning signs the screen ends it: no need to look names up
        answered["favourites"] = _favourites(names, yes, as_json)
        if not as_json:
            console().print("Building your plan…", highlight=False)
    programs = container().programs
    outcome = programs.create_plan(acting_user(), answered, red_flags)
    if isinstance(outcome, ScreenResult):
        _stop(outcome, as_json)
    print_plan(programs.view(acting_user(), outcome.id), as_json, None)


def _favourites(names: list[str], yes: bool, as_json: bool) -> list[str]:
    from backstrong.entrypoints.cli.programs import favourites as plan_favourites
    from backstrong.entrypoints.cli.programs import wizard as plan_wizard
    from backstrong.entrypoints.cli.runtime import error_console

    if not names:
        return []
    out = error_console() if as_json else console()  # JSON keeps stdout to itself
    matches = container().programs.match_favourites(acting_user(), names)
    interactive = plan_wizard.stdin_is_terminal()
    return plan_favourites.resolve(matches, yes=yes, interactive=interactive, out=out)


def _stop(result: ScreenResult, as_json: bool) -> NoReturn:
    from backstrong.domain.programs.describe import screen_json
    from backstrong.entrypoints.cli.programs import view as plan_view

    if as_json:
        print_json(screen_json(result))
    else:
        plan_view.advice(console(), result)
    raise typer.Exit(EXIT_RED_FLAG)
