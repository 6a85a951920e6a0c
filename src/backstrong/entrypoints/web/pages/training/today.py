"""Today: a quick-entry box and the guided workout (set by set, rest timer, pain check-ins).

Every form carries a fresh set id, so sending it twice (a double tap, a retry after the phone
lost signal) stores the set once. After each write the page redirects, keeping the plan and,
after a set, the rest to count down (frontend/training/today.js runs the timer from its end time).
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.training.quick_entry import QuickEntryError, parse_quick_entry
from backstrong.domain.training.sessions import check_when
from backstrong.domain.training.validation import TrainingValueError, check_pain
from backstrong.domain.units import MassUnit
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.pages.training.today_forms import FormErrors, day_of, guided_set
from backstrong.entrypoints.web.pages.training.today_state import TodayState, local_now, on_day
from backstrong.entrypoints.web.pages.training.today_view import today_context
from backstrong.entrypoints.web.templating import render
from backstrong.services.errors import NotFound
from backstrong.services.training import log as training_log
from backstrong.services.training import names as training_names
from backstrong.services.training import sessions as training_sessions

router = APIRouter()
PAIN_FIELDS = ("pain_before", "pain_after", "pain_next_morning")


def page_library(container: ContainerDep, user: User) -> ExerciseLibrary:
    return container.exercises.library_for(user)


def _page(
    request: Request,
    container: ContainerDep,
    user: User,
    state: TodayState,
    **extra: Any,
) -> Response:
    now = local_now(request)
    context = today_context(container, user, page_library(container, user), now.date(), state)
    context.update(
        entry={"entry": "", "date": "", **extra.pop("entry", {})},
        entry_errors=extra.pop("entry_errors", {}),
        entry_problem=extra.pop("entry_problem", None),
        candidates=extra.pop("candidates", []),
        set_values=extra.pop("set_values", {}),
        set_errors=extra.pop("set_errors", {}),
        pain_errors=extra.pop("pain_errors", {}),
        plan_text=extra.pop("plan_text", ""),
        plan_error=extra.pop("plan_error", ""),
    )
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
    library = page_library(container, user)
    ids, unknown = [], []
    for name in (n.strip() for n in text.split(",")):
        found = training_names.candidates(library, name, limit=1) if name else []
        if found:
            ids.append(found[0].exercise_id)
        elif name:
            unknown.append(name)
    if unknown or not ids:
        problem = f"no exercise matches {', '.join(repr(n) for n in unknown)}" if unknown else ""
        return _page(
            request,
            container,
            user,
            TodayState(),
            plan_text=text,
            plan_error=problem or "name at least one exercise, like: deadlift, bridge",
        )
    return RedirectResponse(TodayState(plan=tuple(ids)).href(), status_code=303)


@router.post("/today/log", response_class=HTMLResponse)
def quick_entry(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    state = TodayState.of(form)
    values = {"entry": form.get("entry", "")[:500], "date": form.get("date", "")}
    errors = FormErrors()
    day = day_of(form, errors)
    try:
        entry = parse_quick_entry(values["entry"], default_unit=MassUnit(user.unit))
    except QuickEntryError as exc:
        errors.setdefault("entry", str(exc))
        return _page(
            request, container, user, state, entry=values, entry_errors=errors, entry_problem=exc
        )
    if errors:
        return _page(request, container, user, state, entry=values, entry_errors=errors)
    library = page_library(container, user)
    chosen = form.get("exercise_id", "")
    found = training_names.candidates(library, entry.name_text)
    if chosen not in {c.exercise_id for c in found}:
        if not found:
            errors["entry"] = f"'{entry.name_text}': no exercise in your library matches"
        if not training_names.is_clear(found):
            return _page(
                request, container, user, state, entry=values, entry_errors=errors, candidates=found
            )
        chosen = found[0].exercise_id
    when = on_day(day, local_now(request))
    try:
        training_log.log_entry(container.uow(), user, library, entry, chosen, when)
    except TrainingValueError as exc:
        errors.add(exc)
        return _page(request, container, user, state, entry=values, entry_errors=errors)
    return RedirectResponse(state.href(), status_code=303)


@router.post("/today/set", response_class=HTMLResponse)
def guided_set_done(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    state = TodayState.of(form)
    errors = FormErrors()
    performed = guided_set(form, local_now(request), user.unit, errors)
    if performed is not None:
        request_ = training_log.SetRequest(
            form.get("id", ""), performed, form.get("session_id") or None
        )
        try:
            logged, _ = training_log.record_set(
                container.uow(), user, page_library(container, user), request_
            )
        except TrainingValueError as exc:
            errors.add(exc)
        except (training_log.SetConflict, NotFound) as exc:
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
    state = TodayState.of(form)
    field = form.get("field", "")
    if field not in PAIN_FIELDS:
        return _page(request, container, user, state, pain_errors={"pain": "choose a check-in"})
    try:
        pain = check_pain(int(form.get("pain", "")), field.replace("_", " "))
    except (ValueError, TrainingValueError) as exc:
        message = str(exc) if isinstance(exc, TrainingValueError) else "pick a number from 0 to 10"
        return _page(request, container, user, state, pain_errors={field: message})
    session_id = form.get("session_id", "")
    try:
        if not session_id:
            now = local_now(request)
            check_when(now, now)
            session_id = training_sessions.open_session(container.uow(), user, now).id
        training_sessions.update_session(container.uow(), user, session_id, {field: pain})
    except NotFound as exc:
        return _page(request, container, user, state, pain_errors={field: str(exc)})
    return RedirectResponse(state.href(), status_code=303)


@router.post("/today/sets/{set_id}/delete")
def delete_set(
    set_id: str, request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    with suppress(NotFound):  # already gone (a second tap): show what is left
        training_log.delete_set(container.uow(), user, set_id)
    return RedirectResponse(TodayState.of(form).href(), status_code=303)
