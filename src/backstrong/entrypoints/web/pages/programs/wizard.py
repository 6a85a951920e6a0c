"""The onboarding wizard on the web: the red-flag screen, the intake, then the plan (or the
advice, when the screen finds warning signs).

The wizard keeps no server state between steps: the intake form carries the screen's answers
as hidden fields and the plan is built through the one plan-creation use case, which judges
them again, so the screen cannot be skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.errors import FieldError
from backstrong.domain.exercises.vocabulary import EQUIPMENT
from backstrong.domain.programs.describe import SEVERITY_HEADINGS
from backstrong.domain.programs.equipment import PRESETS
from backstrong.domain.programs.inflammatory import INFLAMMATORY_SIGNS
from backstrong.domain.programs.red_flags import (
    DERIVABLE_SLUGS,
    RED_FLAGS,
    DerivedFlag,
    ScreenResult,
    Severity,
    red_flag,
)
from backstrong.domain.programs.starting_loads import CALIBRATION_LIFTS
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.pages.programs.form import (
    DURATIONS,
    EXPERIENCES,
    FAVOURITE_NAMES,
    GOALS,
    PRESET_LABELS,
    SENSITIVITIES,
    Favourites,
    favourite_texts,
    intake_defaults,
    parse_intake,
    parse_screen,
    read_derived,
    read_favourites,
)
from backstrong.entrypoints.web.pages.programs.views import page_context
from backstrong.entrypoints.web.templating import render

router = APIRouter()


def _screen_page(
    request: Request, values: dict[str, str] | None = None, errors: dict[str, str] | None = None
) -> Response:
    context = page_context(flags=RED_FLAGS, values=values or {}, errors=errors or {}, step=1)
    return render(request, "programs/screen.html", context, status_code=422 if errors else 200)


def _intake_page(
    request: Request,
    names: list[str],
    values: dict[str, Any],
    errors: dict[str, str] | None = None,
    favourites: Favourites | None = None,
    asking: list[DerivedFlag] | None = None,
) -> Response:
    favourites = favourites or Favourites()
    context = page_context(
        asking=[(d, red_flag(d.slug).question) for d in asking or ()],
        derived_slugs=sorted(DERIVABLE_SLUGS),
        signs=INFLAMMATORY_SIGNS,
        lifts=[(lift, lift.replace("-", " ").capitalize()) for lift in CALIBRATION_LIFTS],
        calibration_open=any(str(values.get(f"cal-{lift}", "")) for lift in CALIBRATION_LIFTS),
        signs_open=any(values.get(f"ib-{sign.slug}") for sign in INFLAMMATORY_SIGNS),
        circumstances_open=any(
            str(values.get(name, "")).strip()
            for name in ("pregnancy_weeks", "weeks_since_birth", "caesarean", "osteoporosis")
        ),
        step=2,
        flags=RED_FLAGS,
        values={**values, **favourites.values},
        errors=errors or {},
        notes=favourites.notes,
        guessed=favourites.guessed,
        experiences=EXPERIENCES,
        goals=GOALS,
        durations=DURATIONS,
        presets=[(name, PRESET_LABELS.get(name, name)) for name in PRESETS],
        items=sorted(EQUIPMENT.items()),
        sensitivities=SENSITIVITIES,
        favourite_fields=FAVOURITE_NAMES,
        favourites_open=any(str(values.get(name, "")).strip() for name in FAVOURITE_NAMES),
        exercise_names=names,
    )
    return render(request, "programs/intake.html", context, status_code=422 if errors else 200)


def _advice_page(request: Request, result: ScreenResult) -> Response:
    heading = SEVERITY_HEADINGS[result.severity] if result.severity else ""
    emergency = result.severity is Severity.EMERGENCY
    young = result.severity is Severity.YOUNG_PERSON
    context = page_context(result=result, heading=heading, emergency=emergency, young=young)
    return render(request, "programs/advice.html", context)


@router.get("/program/new", response_class=HTMLResponse)
def new_page(request: Request, user: PageUser) -> Response:
    return _screen_page(request)


@router.post("/program/new/screen", response_class=HTMLResponse)
def screen_step(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    answers, errors = parse_screen(form)
    if errors:
        return _screen_page(request, dict(form), errors)
    result = container.programs.screen(user, answers)
    if not result.clear:
        return _advice_page(request, result)
    names = container.programs.exercise_names(user)
    return _intake_page(request, names, intake_defaults())


@router.post("/program/new", response_class=HTMLResponse)
def create(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    answers, screen_errors = parse_screen(form)
    if screen_errors:  # the screen was skipped or tampered with: start again
        return RedirectResponse("/program/new", status_code=303)
    data, errors = parse_intake(form)
    texts = favourite_texts(form)
    favourites = read_favourites(texts, container.programs.match_favourites(user, texts.values()))
    data["favourites"] = favourites.ids
    errors |= favourites.errors
    asking: list[DerivedFlag] = []
    if not errors and not favourites.guessed:
        try:
            asking = _unasked(container.programs.derived_flags(user, data), form)
            outcome = None if asking else container.programs.create_plan(user, data, answers)
        except FieldError as exc:  # shown beside its field, the form kept as it was sent
            errors = {exc.field: str(exc)}
        else:
            if isinstance(outcome, ScreenResult):
                return _advice_page(request, outcome)
            if outcome is not None:
                return RedirectResponse("/program?new=1", status_code=303)
    names = container.programs.exercise_names(user)
    return _intake_page(request, names, dict(form), errors, favourites, asking)


def _unasked(derived: tuple[DerivedFlag, ...], form: Mapping[str, str]) -> list[DerivedFlag]:
    """The warning signs the answers point to that the person has not been asked about yet."""
    _, answered = read_derived(form)
    return [d for d in derived if d.slug not in answered]
