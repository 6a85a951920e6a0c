"""The wizard's two forms: the red-flag screen (yes or no per question) and the intake, read
from plain form fields with an error beside each field that needs one. Favourite exercises are
typed as names and read with the library's fuzzy search; a guess is shown before it is used."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from backstrong.domain.exercises.vocabulary import EQUIPMENT
from backstrong.domain.programs.inflammatory import INFLAMMATORY_SIGNS
from backstrong.domain.programs.intake import (
    AGE_RANGE,
    DAYS_RANGE,
    DEFAULT_WEEKS,
    MINUTES_RANGE,
    PAIN_RANGE,
    PAIN_WEEKS_RANGE,
    PREGNANCY_WEEKS_RANGE,
    WEEKS_RANGE,
    WEEKS_SINCE_BIRTH_RANGE,
)
from backstrong.domain.programs.red_flags import DERIVABLE_SLUGS, RED_FLAGS
from backstrong.domain.programs.starting_loads import CALIBRATION_LIFTS
from backstrong.services.programs.favourites import FavouriteMatch

EXPERIENCES = (
    ("novice", "New to training", "or back after years without it"),
    ("intermediate", "Some experience", "about six months of regular training"),
    ("advanced", "Experienced", "years of regular strength training"),
)
GOALS = (
    ("pain-relief", "Less back pain", "settle the back and build it up gently"),
    ("strength", "Strength", "a stronger back, hips and legs"),
    ("mobility", "Mobility", "move more freely"),
)
DURATIONS = (
    ("acute", "Under 4 weeks"),
    ("subacute", "4 to 12 weeks"),
    ("chronic", "Over 12 weeks"),
)
SENSITIVITIES = (
    ("flexion", "Bending forward"),
    ("extension", "Arching backward"),
    ("rotation", "Twisting"),
)
PRESET_LABELS = {
    "none": "Nothing: body weight only",
    "home-basic": "Home basics: a mat and a resistance band",
    "home-dumbbells": "Home with dumbbells: mat, band and dumbbells",
    "home-barbell": "Home gym: adds a barbell, plates, bench, rack and box",
    "gym": "A full gym",
}
NUMBERS: dict[str, tuple[str, tuple[int, int]]] = {
    "age": ("Age", AGE_RANGE),
    "days_per_week": ("Days a week", DAYS_RANGE),
    "minutes_per_session": ("Minutes per session", MINUTES_RANGE),
    "pain": ("Pain", PAIN_RANGE),
    "weeks": ("Weeks", WEEKS_RANGE),
}
ANSWER_MISSING = "Answer yes or no."
DERIVED_MISSING = "Your answers point to this warning sign: say whether it applies to you."
FAVOURITE_FIELDS = 5  # convention: a handful shapes a plan (the API takes up to 20)


def screen_field(slug: str) -> str:
    return f"rf-{slug}"


def parse_screen(form: Mapping[str, str]) -> tuple[dict[str, bool], dict[str, str]]:
    """{slug: yes?} for every question, or an error beside each one left unanswered."""
    answers: dict[str, bool] = {}
    errors: dict[str, str] = {}
    for flag in RED_FLAGS:
        value = form.get(screen_field(flag.slug), "")
        if value in ("yes", "no"):
            answers[flag.slug] = value == "yes"
        else:
            errors[screen_field(flag.slug)] = ANSWER_MISSING
    return answers, errors


def intake_defaults() -> dict[str, Any]:
    values: dict[str, Any] = {
        "experience": "novice",
        "goal": "pain-relief",
        "days_per_week": "3",
        "minutes_per_session": "30",
        "equipment": "none",
        "eq-mat": "on",  # most people have a floor and a rug: floor exercises need no more
        "pain": "0",
        "weeks": str(DEFAULT_WEEKS),
    }
    values.update({screen_field(f.slug): "no" for f in RED_FLAGS})
    values.update({"floor": "yes", "walking": "on"})
    return values


def derived_field(slug: str) -> str:
    return f"dv-{slug}"


def calibration_field(exercise_id: str) -> str:
    return f"cal-{exercise_id}"


def read_derived(form: Mapping[str, str]) -> tuple[list[str], set[str]]:
    """The derivable warning signs the person set aside ("no" answered), and those answered at
    all (asked already)."""
    answered = {s for s in DERIVABLE_SLUGS if form.get(derived_field(s)) in ("yes", "no")}
    return sorted(s for s in answered if form.get(derived_field(s)) == "no"), answered


def _more(form: Mapping[str, str], data: dict[str, Any], errors: dict[str, str]) -> None:
    """Pain weeks, the NG65 signs, pregnancy, a recent birth and osteoporosis, the floor,
    walking and the calibration of the main lifts."""
    text = form.get("pain_weeks", "").strip()
    low, high = PAIN_WEEKS_RANGE
    if text and (not text.isdigit() or not low <= int(text) <= high):
        errors["pain_weeks"] = f"Weeks '{text}': enter a whole number from {low} to {high}."
    elif text:
        data["pain_weeks"] = int(text)
    data["inflammatory_signs"] = [s.slug for s in INFLAMMATORY_SIGNS if form.get(f"ib-{s.slug}")]
    for name, (low, high) in (
        ("pregnancy_weeks", PREGNANCY_WEEKS_RANGE),
        ("weeks_since_birth", WEEKS_SINCE_BIRTH_RANGE),
    ):
        text = form.get(name, "").strip()
        if text and (not text.isdigit() or not low <= int(text) <= high):
            errors[name] = f"Weeks '{text}': enter a whole number from {low} to {high}."
        elif text:
            data[name] = int(text)
    data["caesarean"] = form.get("caesarean") == "on"
    if data["caesarean"] and not form.get("weeks_since_birth", "").strip():
        errors["weeks_since_birth"] = "A caesarean birth: say how many weeks ago it was."
    data["osteoporosis"] = form.get("osteoporosis") == "on"
    data["floor"] = form.get("floor", "yes") != "no"
    data["walking"] = form.get("walking") == "on"
    data["not_applicable"], _ = read_derived(form)
    unit = "lb" if form.get("cal-unit") == "lb" else "kg"
    data["calibration"] = []
    for lift in CALIBRATION_LIFTS:
        value = form.get(calibration_field(lift), "").strip().replace(",", ".")
        if not value:
            continue
        try:
            number = float(value)
        except ValueError:
            number = 0.0
        if not number > 0:
            errors[calibration_field(lift)] = f"'{value}': a weight above 0, or leave it empty."
            continue
        data["calibration"].append({"exercise_id": lift, "value": number, "unit": unit})


def parse_intake(form: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The intake as ``mapping.intake_from_json`` reads it, and the errors found field by field."""
    data: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, (label, (low, high)) in NUMBERS.items():
        text = form.get(name, "").strip()
        if not text.isdigit() or not low <= int(text) <= high:
            shown = f" '{text}'" if text else ""
            errors[name] = (
                f"{label}{shown}: enter your age in years, a whole number up to {high}."
                if name == "age"
                else f"{label}{shown}: enter a whole number from {low} to {high}."
            )
        else:
            data[name] = int(text)
    data["experience"] = form.get("experience", "")
    data["goal"] = form.get("goal", "")
    preset = form.get("equipment", "none")
    items = [item for item in sorted(EQUIPMENT) if form.get(f"eq-{item}") == "on"]
    data["equipment"] = [preset, *items]
    data["sensitivities"] = [key for key, _ in SENSITIVITIES if form.get(f"sens-{key}") == "on"]
    if data.get("pain", 0) > 0:
        duration = form.get("pain_duration", "")
        if not duration and not form.get("pain_weeks", "").strip():
            errors["pain_duration"] = "With pain above 0, say how long you have had it."
        data["pain_duration"] = duration or None
    _more(form, data, errors)
    return data, errors


def favourite_field(number: int) -> str:
    return f"fav-{number}"


FAVOURITE_NAMES = tuple(favourite_field(n) for n in range(1, FAVOURITE_FIELDS + 1))


@dataclass(slots=True)
class Favourites:
    """The favourites as read: exercise ids, an error beside each name nothing matches, a note
    beside each name saying what it was read as, and the text to show in each field again."""

    ids: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    guessed: bool = False  # some name was read as a close match, not an exact one


def favourite_texts(form: Mapping[str, str]) -> dict[str, str]:
    """The favourite fields filled in: {field: text}."""
    texts = {name: form.get(name, "").strip() for name in FAVOURITE_NAMES}
    return {name: text for name, text in texts.items() if text}


def read_favourites(texts: Mapping[str, str], matches: Sequence[FavouriteMatch]) -> Favourites:
    """The favourites as read from what each field's text matched (in the same order)."""
    read = Favourites()
    for (name, text), match in zip(texts.items(), matches, strict=True):
        best = match.best
        if best is None:
            read.errors[name] = (
                f"Favourite '{text}': no exercise in the library matches. "
                "Check the spelling, or pick a name from the suggestions."
            )
            continue
        if best.exercise_id not in read.ids:
            read.ids.append(best.exercise_id)
        if match.clear:
            read.notes[name] = f"Found: {best.name}."
            continue
        read.guessed = True
        read.values[name] = best.name
        others = ", ".join(c.name for c in match.alternatives)
        also = f" Also close: {others}." if others else ""
        read.notes[name] = f"'{text}' read as {best.name}: change it if you meant another.{also}"
    return read
