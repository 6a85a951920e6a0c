"""The program pages: the onboarding wizard (red-flag screen → intake → plan), the red-flag
advice, the plan overview and one page per session.

The wizard keeps no server state between steps: the intake form carries the screen's answers
as hidden fields and they are judged again when it is sent, so the screen cannot be skipped.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.vocabulary import EQUIPMENT
from backstrong.domain.programs.describe import (
    CHANGE_LABELS,
    SEVERITY_HEADINGS,
    daily_text,
    next_text,
    phase_name,
    prescribed_text,
    session_title,
)
from backstrong.domain.programs.equipment import PRESETS
from backstrong.domain.programs.errors import IntakeError, PlanDataError
from backstrong.domain.programs.intake import intake_from_dict
from backstrong.domain.programs.plan import Plan
from backstrong.domain.programs.red_flags import RED_FLAGS, ScreenResult
from backstrong.domain.programs.safety import DISCLAIMER
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.pages.programs.form import (
    DURATIONS,
    EXPERIENCES,
    FAVOURITE_NAMES,
    GOALS,
    PRESET_LABELS,
    SENSITIVITIES,
    Favourites,
    intake_defaults,
    parse_favourites,
    parse_intake,
    parse_screen,
)
from backstrong.entrypoints.web.templating import render
from backstrong.services.programs import service as programs

router = APIRouter()


def library_of(container: ContainerDep, user: User) -> ExerciseLibrary:
    return container.exercises.library_for(user)


def page_context(**extra: Any) -> dict[str, Any]:
    return {"active": "program", "disclaimer": DISCLAIMER, **extra}


def _screen_page(
    request: Request, values: dict[str, str] | None = None, errors: dict[str, str] | None = None
) -> Response:
    context = page_context(flags=RED_FLAGS, values=values or {}, errors=errors or {}, step=1)
    return render(request, "programs/screen.html", context, status_code=422 if errors else 200)


def _intake_page(
    request: Request,
    library: ExerciseLibrary,
    values: dict[str, Any],
    errors: dict[str, str] | None = None,
    favourites: Favourites | None = None,
) -> Response:
    favourites = favourites or Favourites()
    context = page_context(
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
        exercise_names=sorted({e.name for e in library}, key=str.casefold),
    )
    return render(request, "programs/intake.html", context, status_code=422 if errors else 200)


def _advice_page(request: Request, result: ScreenResult) -> Response:
    heading = SEVERITY_HEADINGS[result.severity] if result.severity else ""
    context = page_context(result=result, heading=heading, emergency=result.severity == "emergency")
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
    result = programs.red_flag_screen(container.uow(), user, answers)
    if not result.clear:
        return _advice_page(request, result)
    return _intake_page(request, library_of(container, user), intake_defaults())


@router.post("/program/new", response_class=HTMLResponse)
def create(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    answers, screen_errors = parse_screen(form)
    if screen_errors:  # the screen was skipped or tampered with: start again
        return RedirectResponse("/program/new", status_code=303)
    result = programs.red_flag_screen(container.uow(), user, answers)
    if not result.clear:
        return _advice_page(request, result)
    library = library_of(container, user)
    data, errors = parse_intake(form)
    favourites = parse_favourites(form, library)
    errors |= favourites.errors
    data["favourites"] = favourites.ids
    if not errors:
        try:
            intake = intake_from_dict(data)
        except IntakeError as exc:
            errors = {_field_of(exc): str(exc)}
    if errors or favourites.guessed:
        return _intake_page(request, library, dict(form), errors, favourites)
    outcome = programs.create_program(container.uow(), user, library, intake)
    if isinstance(outcome, ScreenResult):
        return _advice_page(request, outcome)
    return RedirectResponse("/program?new=1", status_code=303)


def _field_of(exc: IntakeError) -> str:
    name = str(exc).split(" ", 1)[0].rstrip(":")
    return "equipment" if name == "equipment" else name


@router.get("/program", response_class=HTMLResponse)
def overview(request: Request, container: ContainerDep, user: PageUser) -> Response:
    stored = programs.find_program(container.uow(), user)
    if stored is None:
        return render(request, "programs/overview.html", page_context(plan=None))
    library = library_of(container, user)
    nxt = programs.next_up(container.uow(), user, library)
    context = page_context(
        plan=stored.plan,
        started_at=stored.started_at,
        weeks=_weeks(stored.plan, (nxt.week, nxt.index)),
        next_url=_session_url(nxt.week, nxt.index),
        next_title=session_title(nxt.week, nxt.index),
        next_warnings=nxt.warnings,
        daily=daily_items(stored.plan, library),
        fresh=request.query_params.get("new") == "1",
        again=request.query_params.get("again") == "1",
        intake=stored.plan.intake,
        favourites=favourite_names(stored.plan, library),
    )
    return render(request, "programs/overview.html", context)


def _session_url(week: int, index: int) -> str:
    return f"/program/week/{week}/session/{index + 1}"


def _weeks(plan: Plan, upcoming: tuple[int, int]) -> list[dict[str, Any]]:
    return [
        {
            "number": week.number,
            "phase": phase_name(week.phase),
            "phase_key": week.phase.value,
            "deload": week.deload,
            "sessions": [
                {
                    "number": s.index + 1,
                    "minutes": s.estimated_minutes,
                    "url": _session_url(week.number, s.index),
                    "next": (week.number, s.index) == upcoming,
                }
                for s in week.sessions
            ],
        }
        for week in plan.weeks
    ]


def favourite_names(plan: Plan, library: ExerciseLibrary) -> list[str]:
    """The intake's favourites by name (the id when the library no longer has one)."""
    found = (library.find(exercise_id) for exercise_id in plan.intake.favourites)
    return [
        e.name if e is not None else exercise_id
        for e, exercise_id in zip(found, plan.intake.favourites, strict=True)
    ]


def daily_items(plan: Plan, library: ExerciseLibrary) -> list[dict[str, str]]:
    out = []
    for item in plan.daily_mobility:
        found = library.find(item.exercise_id)
        out.append(
            {
                "id": item.exercise_id,
                "name": item.exercise_id if found is None else found.name,
                "dose": daily_text(item, bool(found and found.unilateral)),
                "reason": item.reason,
            }
        )
    return out


@router.get("/program/week/{week}/session/{number}", response_class=HTMLResponse)
def session_page(
    week: int, number: int, request: Request, container: ContainerDep, user: PageUser
) -> Response:
    from backstrong.adapters.render.figure_svg import render_exercise_figure

    library = library_of(container, user)
    try:
        nxt = programs.next_up(container.uow(), user, library, position=(week, number - 1))
    except programs.NoProgram:
        return RedirectResponse("/program", status_code=303)
    except PlanDataError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    plan = programs.current_program(container.uow(), user).plan
    planned = plan.session(week, number - 1)
    items = []
    for item, prescribed in zip(nxt.exercises, planned.exercises, strict=True):
        exercise = library.find(item.exercise_id)
        uni = bool(exercise and exercise.unilateral)
        items.append(
            {
                "id": item.exercise_id,
                "name": item.exercise_id if exercise is None else exercise.name,
                "known": exercise is not None,
                "figure": Markup(render_exercise_figure(exercise)) if exercise else "",  # noqa: S704
                "now": next_text(item, uni),
                "plan": prescribed_text(prescribed, uni),
                "change": CHANGE_LABELS[item.change],
                "reason": item.reason,
                "why": prescribed.reason,
                "swapped": item.exercise_id != item.planned_exercise_id,
            }
        )
    context = page_context(
        title=session_title(week, number - 1),
        phase=phase_name(nxt.phase),
        deload=nxt.deload,
        minutes=planned.estimated_minutes,
        items=items,
        warnings=nxt.warnings,
        previous=_neighbour(plan, week, number - 1, -1),
        following=_neighbour(plan, week, number - 1, +1),
    )
    return render(request, "programs/session.html", context)


def _neighbour(plan: Plan, week: int, index: int, step: int) -> str | None:
    order = [(w.number, s.index) for w in plan.weeks for s in w.sessions]
    at = order.index((week, index)) + step
    return _session_url(*order[at]) if 0 <= at < len(order) else None
