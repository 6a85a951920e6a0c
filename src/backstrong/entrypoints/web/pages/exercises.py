"""The exercise library pages: filters with a body map, and one page per exercise."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from backstrong.domain.exercises.describe import dosage_text
from backstrong.domain.exercises.library import UnknownExercise
from backstrong.domain.exercises.search import Query
from backstrong.domain.exercises.terms import UnknownVocabulary
from backstrong.domain.exercises.vocabulary import (
    EQUIPMENT,
    MUSCLES,
    REGION_LAY_NAMES,
    SAFETY_TAGS,
    Kind,
    Level,
    Pattern,
    Region,
)
from backstrong.entrypoints.web.deps import ContainerDep, OptionalUser
from backstrong.entrypoints.web.templating import render
from backstrong.services import exercises

router = APIRouter()
FILTER_KEYS = ("q", "muscle", "pattern", "kind", "level")
SENSITIVITIES = {"flexion": "bending forward", "extension": "arching back", "rotation": "twisting"}


def _filters(request: Request) -> dict[str, object]:
    params = request.query_params
    values: dict[str, object] = {k: params.get(k, "").strip()[:100] for k in FILTER_KEYS}
    values["equipment"] = [e for e in params.getlist("equipment") if e in EQUIPMENT]
    values["bodyweight"] = params.get("bodyweight") == "1"
    values["avoid"] = [t for t in params.getlist("avoid") if t in SENSITIVITIES or t in SAFETY_TAGS]
    return values


def _query(values: dict[str, object]) -> Query:
    kit = values["equipment"]
    equipment = frozenset() if values["bodyweight"] else (frozenset(kit) if kit else None)  # type: ignore[arg-type]
    return Query(
        text=str(values["q"]) or None,
        muscle=str(values["muscle"]) or None,
        pattern=str(values["pattern"]) or None,
        kind=str(values["kind"]) or None,
        level=str(values["level"]) or None,
        equipment=equipment,
        exclude_tags=frozenset(values["avoid"]),  # type: ignore[arg-type]
    )


def _region_href(values: dict[str, object]):  # type: ignore[no-untyped-def]
    def href(region: str) -> str:
        kept = {k: v for k, v in values.items() if k in FILTER_KEYS and v and k != "muscle"}
        return "/exercises?" + urlencode({**kept, "muscle": region})

    return href


@router.get("/exercises", response_class=HTMLResponse)
def library_page(request: Request, container: ContainerDep, user: OptionalUser) -> Response:
    from backstrong.adapters.render.body_map_svg import render_body_map_svg

    values = _filters(request)
    error = None
    try:
        found = exercises.find(
            container.uow(), user, container.bundled_exercises, _query(values),
            container.exercise_libraries,
        )
    except UnknownVocabulary as exc:
        found, error = [], str(exc)
    selected = {str(values["muscle"])} if values["muscle"] in {r.value for r in Region} else set()
    body_map = render_body_map_svg(selected=selected, href_for=_region_href(values))
    context = {
        "active": "exercises",
        "found": found,
        "values": values,
        "error": error,
        "body_map": Markup(body_map),  # noqa: S704 - drawn by us from fixed vocabulary
        "patterns": list(Pattern),
        "kinds": list(Kind),
        "levels": list(Level),
        "equipment": EQUIPMENT,
        "sensitivities": SENSITIVITIES,
        "regions": REGION_LAY_NAMES,
    }
    return render(request, "exercises/list.html", context, status_code=422 if error else 200)


@router.get("/exercises/{exercise_id}", response_class=HTMLResponse)
def exercise_page(
    exercise_id: str, request: Request, container: ContainerDep, user: OptionalUser
) -> Response:
    from backstrong.adapters.render.body_map_svg import render_body_map_svg
    from backstrong.adapters.render.figure_svg import render_exercise_figure

    library = exercises.library_for(
        container.uow(), user, container.bundled_exercises, container.exercise_libraries
    )
    try:
        exercise = library.get(exercise_id)
    except UnknownExercise as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    context = {
        "active": "exercises",
        "ex": exercise,
        "figure": Markup(render_exercise_figure(exercise)),  # noqa: S704 - our own drawing
        "regions_map": Markup(render_body_map_svg(selected=set(exercise.primary_regions))),  # noqa: S704
        "dosage": dosage_text(exercise.dosage, exercise.unilateral),
        "muscles": MUSCLES,
        "equipment": EQUIPMENT,
        "tags": SAFETY_TAGS,
        "easier": [library.get(i) for i in exercise.easier if i in library],
        "harder": [library.get(i) for i in exercise.harder if i in library],
    }
    return render(request, "exercises/detail.html", context)
