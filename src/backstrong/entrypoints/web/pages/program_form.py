"""The wizard's two forms: the red-flag screen (yes or no per question) and the intake, read
from plain form fields with an error beside each field that needs one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from backstrong.domain.exercises.vocabulary import EQUIPMENT
from backstrong.domain.programs.intake import (
    AGE_RANGE,
    DAYS_RANGE,
    DEFAULT_WEEKS,
    MINUTES_RANGE,
    PAIN_RANGE,
    WEEKS_RANGE,
)
from backstrong.domain.programs.red_flags import RED_FLAGS

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
    return values


def parse_intake(form: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The intake as ``intake_from_dict`` reads it, and the errors found field by field."""
    data: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, (label, (low, high)) in NUMBERS.items():
        text = form.get(name, "").strip()
        if not text.isdigit() or not low <= int(text) <= high:
            shown = f" '{text}'" if text else ""
            errors[name] = f"{label}{shown}: enter a whole number from {low} to {high}."
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
        if not duration:
            errors["pain_duration"] = "With pain above 0, say how long you have had it."
        data["pain_duration"] = duration or None
    return data, errors
