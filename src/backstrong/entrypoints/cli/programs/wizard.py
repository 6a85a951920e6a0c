"""`backstrong plan new` in a terminal: the red-flag screen first, one question at a time, then
the intake questions not already answered by flags, each with a default, and last the person's
favourite exercises (names, found in the library afterwards).

Typer's prompts only; a bad answer is asked again, saying what is accepted. The answers come
back as the plain JSON-like intake that ``intake_from_dict`` reads.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import typer

DEFAULTS: dict[str, Any] = {
    "experience": "novice",
    "goal": "pain-relief",
    "days_per_week": 3,
    "minutes_per_session": 30,
    "equipment": "mat",
    "pain": 0,
    "weeks": 12,
}
EXPERIENCE_HELP = (
    "novice = new to training or back after years off; intermediate = about six months of "
    "regular training; advanced = years of it"
)
GOAL_HELP = "pain-relief, strength or mobility"
DURATION_HELP = "acute = under 4 weeks, subacute = 4 to 12 weeks, chronic = over 12 weeks"


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def ask_red_flags() -> list[str]:
    """Each warning-sign question in turn; stops early at an emergency sign."""
    from backstrong.domain.programs.red_flags import RED_FLAGS, Severity
    from backstrong.domain.programs.safety import DISCLAIMER

    typer.echo(DISCLAIMER + "\n")
    typer.echo("First, a few safety questions. Answer y for yes, n for no.\n")
    yes: list[str] = []
    for number, flag in enumerate(RED_FLAGS, start=1):
        if typer.confirm(f"{number}/{len(RED_FLAGS)}. {flag.question}", default=None):
            yes.append(flag.slug)
            if flag.severity is Severity.EMERGENCY:
                break
    return yes


def ask_intake(given: dict[str, Any]) -> dict[str, Any]:
    """The intake questions whose answers are not in ``given``; returns the full intake."""
    from backstrong.domain.programs.equipment import PRESETS
    from backstrong.domain.programs.intake import (
        AGE_RANGE,
        DAYS_RANGE,
        MINUTES_RANGE,
        WEEKS_RANGE,
        Experience,
        Goal,
    )

    typer.echo("\nNow about you and your training. Press Enter to take the [default].\n")
    answers = dict(given)

    def ask(key: str, text: str, check: Callable[[str], Any], default: Any = None) -> None:
        if answers.get(key) is None:
            answers[key] = typer.prompt(text, default=default, value_proc=check)

    ask("age", "Your age in years", _whole("age", AGE_RANGE))
    typer.echo(f"  ({EXPERIENCE_HELP})")
    ask("experience", "Training experience", _choice("experience", Experience), "novice")
    typer.echo(f"  ({GOAL_HELP})")
    ask("goal", "Main goal", _choice("goal", Goal), DEFAULTS["goal"])
    ask("days_per_week", "Training days a week", _whole("days", DAYS_RANGE), 3)
    ask("minutes_per_session", "Minutes per session", _whole("minutes", MINUTES_RANGE), 30)
    typer.echo(f"  (presets: {', '.join(PRESETS)}; or items like mat,band,dumbbell)")
    if answers.get("equipment") is None:
        answers["equipment"] = typer.prompt(
            "Equipment you have", default=DEFAULTS["equipment"], value_proc=_equipment
        )
    _ask_about_pain(answers, ask)
    ask("weeks", "Length of the plan in weeks", _whole("weeks", WEEKS_RANGE), 12)
    if not answers.get("favourite_names"):
        typer.echo("  (names as you know them, comma-separated; close spellings are found)")
        answers["favourite_names"] = typer.prompt(
            "Favourite exercises", default="none", value_proc=lambda text: split_list(text, "none")
        )
    return answers


def _ask_about_pain(answers: dict[str, Any], ask: Callable[..., None]) -> None:
    from backstrong.domain.programs.intake import PAIN_RANGE, PainDuration

    ask("pain", "Back pain right now, 0 (none) to 10 (worst)", _whole("pain", PAIN_RANGE), 0)
    if int(answers["pain"]) > 0:
        typer.echo(f"  ({DURATION_HELP})")
        ask(
            "pain_duration",
            "How long have you had it",
            _choice("duration", PainDuration),
            "chronic",
        )
    if not answers.get("sensitivities"):
        answers["sensitivities"] = typer.prompt(
            "Movements that make it worse (flexion, extension, rotation; comma-separated)",
            default="none",
            value_proc=_sensitivities,
        )


def _whole(name: str, bounds: tuple[int, int]) -> Callable[[str], int]:
    low, high = bounds

    def check(text: str) -> int:
        value = str(text).strip()
        if not value.isdigit() or not low <= int(value) <= high:
            raise typer.BadParameter(f"{name} '{value}': a whole number from {low} to {high}")
        return int(value)

    return check


def _choice(name: str, enum: Any) -> Callable[[str], str]:
    accepted = [member.value for member in enum]

    def check(text: str) -> str:
        value = str(text).strip().lower()
        if value not in accepted:
            raise typer.BadParameter(f"{name} '{value}': accepted: {', '.join(accepted)}")
        return value

    return check


def split_list(text: str, empty: str = "") -> list[str]:
    """'mat, band' → ['mat', 'band']; the ``empty`` word alone means no items."""
    items = [item.strip().lower() for item in text.split(",") if item.strip()]
    return [] if items in ([], [empty]) else items


def _equipment(text: str) -> list[str]:
    from backstrong.domain.programs.equipment import resolve_equipment
    from backstrong.domain.programs.errors import IntakeError

    items = split_list(text) or ["none"]
    try:
        resolve_equipment(items)
    except IntakeError as exc:
        raise typer.BadParameter(str(exc)) from None
    return items


def _sensitivities(text: str) -> list[str]:
    from backstrong.domain.programs.intake import Sensitivity

    items = split_list(text, "none")
    accepted = {s.value for s in Sensitivity}
    for item in items:
        if item not in accepted:
            raise typer.BadParameter(
                f"sensitivities '{item}': accepted: {', '.join(sorted(accepted))} or none"
            )
    return items
