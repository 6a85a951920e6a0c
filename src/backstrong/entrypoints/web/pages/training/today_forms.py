"""The Today page's forms read into domain values, with errors per field (the form's names)."""

from __future__ import annotations

import math
from datetime import date, datetime

from backstrong.domain.errors import FieldError
from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.units import MassUnit

# The domain names some fields in words; the forms use these names.
FORM_FIELDS = {
    "hold seconds": "hold_seconds",
    "target reps": "reps",
    "target load": "load",
    "added load": "load",
    "performed_at": "date",
    "exercise_id": "entry",
    "text": "entry",
    "session_id": "reps",
}


def form_field(domain_field: str) -> str:
    return FORM_FIELDS.get(domain_field, domain_field)


class FormErrors(dict[str, str]):
    def add(self, exc: FieldError) -> None:
        self.setdefault(form_field(exc.field), str(exc))


def number(
    form: dict[str, str], key: str, errors: FormErrors, *, whole: bool = False
) -> float | None:
    """A number typed in a field (a decimal comma is fine); None when empty."""
    text = form.get(key, "").strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        errors.setdefault(key, f"{key.replace('_', ' ')} '{text}': type a number")
        return None
    if not math.isfinite(value) or (whole and not value.is_integer()):
        kind = "a whole number" if whole else "a number"
        errors.setdefault(key, f"{key.replace('_', ' ')} '{text}': type {kind}")
        return None
    return value


def whole(form: dict[str, str], key: str, errors: FormErrors) -> int | None:
    value = number(form, key, errors, whole=True)
    return None if value is None else int(value)


def unit_of(form: dict[str, str], key: str, default: str) -> MassUnit:
    text = form.get(key, "") or default
    return MassUnit.LB if text == "lb" else MassUnit.KG


def day_of(form: dict[str, str], errors: FormErrors) -> date | None:
    text = form.get("date", "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors.setdefault("date", f"date '{text}': use a date like 2026-03-13")
        return None


def guided_set(
    form: dict[str, str], when: datetime, default_unit: str, errors: FormErrors
) -> PerformedSet | None:
    """The set from the guided workout's form; None (and errors) when a field is unreadable."""
    unit = unit_of(form, "unit", default_unit)
    load_value = number(form, "load", errors)
    target_load = number(form, "target_load", errors)
    side = form.get("side", "")
    performed = PerformedSet(
        exercise_id=form.get("exercise_id", ""),
        performed_at=when,
        reps=whole(form, "reps", errors),
        load=None if load_value is None else Load(load_value, unit),
        hold_seconds=number(form, "hold_seconds", errors),
        side=Side(side) if side in ("left", "right") else None,
        rpe=number(form, "rpe", errors),
        target_reps=whole(form, "target_reps", errors),
        target_load=None if target_load is None else Load(target_load, unit),
        target_hold_seconds=number(form, "target_hold_seconds", errors),
    )
    if performed.reps is None and performed.hold_seconds is None and "reps" not in errors:
        key = "hold_seconds" if "hold_seconds" in form else "reps"
        errors.setdefault(key, f"{key.replace('_', ' ')}: fill in what you did")
    return None if errors else performed
