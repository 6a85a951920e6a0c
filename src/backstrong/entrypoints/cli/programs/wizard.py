"""`backstrong plan new` in a terminal: the red-flag screen first, one question at a time, then
the intake questions not already answered by flags, each with a default, and last the person's
favourite exercises (names, found in the library afterwards).

Typer's prompts only; a bad answer is asked again, saying what is accepted. The answers come
back as the plain JSON-like intake that ``services.programs.mapping`` reads.
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
    _ask_more(answers)
    if not answers.get("favourite_names"):
        typer.echo("  (names as you know them, comma-separated; close spellings are found)")
        answers["favourite_names"] = typer.prompt(
            "Favourite exercises", default="none", value_proc=lambda text: split_list(text, "none")
        )
    return answers


def ask_derived(answers: dict[str, Any], derived: list[tuple[str, str]]) -> dict[str, Any]:
    """Ask about each warning sign the answers hold by themselves: it counts unless the person
    says it does not apply."""
    from backstrong.domain.programs.red_flags import red_flag

    set_aside = list(answers.get("not_applicable") or [])
    for slug, why in derived:
        typer.echo(f"\nFrom your answers: {why}.")
        question = red_flag(slug).question
        if not typer.confirm(f"{question} (n if a clinician has checked it)", default=True):
            set_aside.append(slug)
    return {**answers, "not_applicable": set_aside}


def _ask_more(answers: dict[str, Any]) -> None:
    """Pregnancy, a birth, osteoporosis, the floor, walking and the optional calibration of the
    main lifts."""
    from backstrong.domain.programs.starting_loads import CALIBRATION_LIFTS

    _ask_circumstances(answers)
    if answers.get("floor") is None:
        answers["floor"] = typer.confirm("Can you get down to the floor and up again?", True)
    if answers.get("walking") is None:
        answers["walking"] = typer.confirm("Include a walking programme?", default=True)
    if answers.get("calibration") or not typer.confirm(
        "Do you know what you can lift 10 times on a main lift (sets first loads)?", False
    ):
        return
    typer.echo("  (a load like 16kg or 35lb; Enter to skip a lift)")
    entries = []
    for lift in CALIBRATION_LIFTS:
        text = typer.prompt(f"  {lift}", default="", show_default=False, value_proc=_load)
        if text:
            entries.append({"exercise_id": lift, **text})
    answers["calibration"] = entries


def _load(text: str) -> dict[str, Any] | str:
    import re

    value = str(text).strip().lower()
    if not value:
        return ""
    found = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(kg|lb)?", value)
    if found is None:
        raise typer.BadParameter(f"load '{value}': a number with kg or lb, e.g. 16kg")
    return {"value": float(found.group(1)), "unit": found.group(2) or "kg"}


def _ask_about_pain(answers: dict[str, Any], ask: Callable[..., None]) -> None:
    from backstrong.domain.programs.intake import PAIN_RANGE, PAIN_WEEKS_RANGE

    ask("pain", "Back pain right now, 0 (none) to 10 (worst)", _whole("pain", PAIN_RANGE), 0)
    if int(answers["pain"]) > 0:
        if answers.get("pain_duration") is None:
            ask(
                "pain_weeks",
                "How many weeks have you had it",
                _whole("weeks", PAIN_WEEKS_RANGE),
                13,
            )
        _ask_inflammatory(answers)
    if not answers.get("sensitivities"):
        answers["sensitivities"] = typer.prompt(
            "Movements that make it worse (flexion, extension, rotation; comma-separated)",
            default="none",
            value_proc=_sensitivities,
        )


CIRCUMSTANCES = ("pregnancy_weeks", "weeks_since_birth", "caesarean", "osteoporosis")


def _ask_circumstances(answers: dict[str, Any]) -> None:
    """Pregnancy, a birth in the past year and osteoporosis, behind one question (each changes
    which exercises fit and how the plan starts)."""
    if any(name in answers for name in CIRCUMSTANCES) or not typer.confirm(
        "Are you pregnant, did you give birth in the past year, or do you have osteoporosis?",
        default=False,
    ):
        return
    if typer.confirm("  Pregnant now?", default=False):
        answers["pregnancy_weeks"] = typer.prompt("  How many weeks along (1–42)?", type=int)
    if typer.confirm("  Gave birth in the past year?", default=False):
        answers["weeks_since_birth"] = typer.prompt("  How many weeks ago (0–52)?", type=int)
        answers["caesarean"] = typer.confirm("  Was it a caesarean?", default=False)
    answers["osteoporosis"] = typer.confirm(
        "  Osteoporosis or low bone density diagnosed?", default=False
    )


def _ask_inflammatory(answers: dict[str, Any]) -> None:
    """The inflammatory back-pain signs, asked when the pain has lasted over three months."""
    from backstrong.domain.programs.inflammatory import INFLAMMATORY_SIGNS, LASTED_OVER_WEEKS

    weeks = int(answers.get("pain_weeks") or 0)
    if answers.get("inflammatory_signs") or weeks <= LASTED_OVER_WEEKS:
        return
    typer.echo("\nA few questions about the kind of pain (y or n):")
    answers["inflammatory_signs"] = [
        sign.slug for sign in INFLAMMATORY_SIGNS if typer.confirm(f"  {sign.question}", False)
    ]


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
