"""Today: a quick-entry box and the guided workout (set by set, rest timer, pain check-ins).

Every form carries a fresh set id, so sending it twice (a double tap, a retry after the phone
lost signal) stores the set once. After each write the page redirects, keeping the plan and,
after a set, the rest to count down (training.js runs the timer from its end time).
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.pages.training.today_forms import FormErrors, day_of, guided_set
from backstrong.entrypoints.web.pages.training.today_state import TodayState
from backstrong.entrypoints.web.pages.training.today_view import today_context
from backstrong.entrypoints.web.templating import render
from backstrong.services.errors import NotFound
from backstrong.services.training.log import (
    NOT_GIVEN,
    Ambiguous,
    SetConflict,
    SetRequest,
    UnreadableEntry,
)
from backstrong.services.training.sessions import PAIN_FIELDS

router = APIRouter()
FORM_DEFAULTS: dict[str, Any] = {
    "entry_errors": {},
    "entry_problem": None,
    "candidates": [],
    "set_values": {},
    "set_errors": {},
    "pain_errors": {},
    "plan_text": "",
    "plan_error": "",
}


def _page(
    request: Request, container: ContainerDep, user: User, state: TodayState, **extra: Any
) -> Response:
    workout = container.training.workout(user, state.plan, state.skip, drop_unknown=True)
    warnings = container.programs.warnings_today(user) if workout.source == "program" else ()
    names = container.training.names(user)
    context = today_context(workout, names, state, user.unit, warnings)
    context.update(FORM_DEFAULTS, entry={"entry": "", "date": "", **extra.pop("entry", {})})
    context.update(extra)
    failed = any(context[key] for key in ("entry_errors", "set_errors", "pain_errors"))
    return render(request, "training/today.html", context, status_code=422 if failed else 200)


@router.get("/today", response_class=HTMLResponse)
def today_page(request: Request, container: ContainerDep, user: PageUser) -> Response:
    counted = {k: request.query_params.get(k, "")[:12] for k in ("reps", "form_check")}
    from_camera = counted if all(v.isdigit() for v in counted.values()) else {}
    return _page(request, container, user, TodayState.of_request(request), set_values=from_camera)


@router.get("/today/plan", response_class=HTMLResponse)
def choose_plan(request: Request, container: ContainerDep, user: PageUser) -> Response:
    """An ad-hoc list typed as names ("deadlift, bridge"): each name's best match."""
    text = request.query_params.get("exercises", "")[:500]
    ids, unknown = container.training.exercises_named(user, text.split(","))
    if unknown or not ids:
        problem = f"no exercise matches {', '.join(repr(n) for n in unknown)}" if unknown else ""
        error = problem or "name at least one exercise, like: deadlift, bridge"
        return _page(request, container, user, TodayState(), plan_text=text, plan_error=error)
    return RedirectResponse(TodayState(plan=tuple(ids)).href(), status_code=303)


@router.post("/today/log", response_class=HTMLResponse)
def quick_entry(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    state = TodayState.of(form)
    values = {"entry": form.get("entry", "")[:500], "date": form.get("date", "")}
    errors = FormErrors()
    day = day_of(form, errors)
    if errors:
        return _page(request, container, user, state, entry=values, entry_errors=errors)
    try:
        done = container.training.log_text(
            user, values["entry"], form.get("exercise_id") or None, day=day
        )
    except UnreadableEntry as exc:
        errors.add(exc)
        return _page(
            request, container, user, state, entry=values, entry_errors=errors,
            entry_problem=exc.problem,
        )  # fmt: skip
    except FieldError as exc:
        errors.add(exc)
        return _page(request, container, user, state, entry=values, entry_errors=errors)
    if isinstance(done, Ambiguous):
        if not done.candidates:
            errors["entry"] = f"'{done.name}': no exercise in your library matches"
        return _page(
            request, container, user, state, entry=values, entry_errors=errors,
            candidates=list(done.candidates),
        )  # fmt: skip
    return RedirectResponse(state.href(), status_code=303)


@router.post("/today/set", response_class=HTMLResponse)
def guided_set_done(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    state, errors = TodayState.of(form), FormErrors()
    performed = guided_set(form, NOT_GIVEN, user.unit, errors)
    if performed is not None:
        session_id = form.get("session_id") or None
        sent = SetRequest(form.get("id", ""), performed, session_id, time_given=False)
        try:
            logged, _ = container.training.record_set(user, sent)
        except FieldError as exc:
            errors.add(exc)
        except SetConflict as exc:
            errors.setdefault("reps", str(exc))
    if errors or performed is None:
        return _page(request, container, user, state, set_values=form, set_errors=errors)
    if form.get("form_check", "").isdigit():  # the camera counted this set; keep the check with it
        with suppress(NotFound):
            container.form.attach(user, int(form["form_check"]), logged.id)
    rest = TodayState.of({"rest": form.get("rest", "")}).rest
    return RedirectResponse(state.href(rest=rest, rest_set=logged.id), status_code=303)


@router.post("/today/pain", response_class=HTMLResponse)
def pain_check_in(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    state, field = TodayState.of(form), form.get("field", "")
    if field not in PAIN_FIELDS:
        return _page(request, container, user, state, pain_errors={"pain": "choose a check-in"})
    try:
        pain = int(form.get("pain", ""))
    except ValueError:
        return _page(
            request, container, user, state, pain_errors={field: "pick a number from 0 to 10"}
        )
    try:
        container.training.check_in_pain(user, field, pain, form.get("session_id") or None)
    except (FieldError, NotFound) as exc:
        return _page(request, container, user, state, pain_errors={field: str(exc)})
    return RedirectResponse(state.href(), status_code=303)


@router.post("/today/sets/{set_id}/delete")
def delete_set(
    set_id: str, request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    with suppress(NotFound):  # already gone (a second tap): show what is left
        container.training.delete_set(user, set_id)
    return RedirectResponse(TodayState.of(form).href(), status_code=303)
