"""The exercise library pages: filters with a body map, and one page per exercise."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from backstrong.domain.exercises.describe import dosage_text
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
from backstrong.services.form.exercises import form_exercise_for

router = APIRouter()
FILTER_KEYS = ("q", "muscle", "pattern", "kind", "level")
SENSITIVITIES = {"flexion": "bending forward", "extension": "arching back", "rotation": "twisting"}


@dataclass(frozen=True)
class LibraryFilters:
    """What the library page's form asked for, cleaned up."""

    q: str = ""
    muscle: str = ""
    pattern: str = ""
    kind: str = ""
    level: str = ""
    equipment: tuple[str, ...] = ()
    bodyweight: bool = False
    avoid: tuple[str, ...] = ()

    @classmethod
    def of(cls, request: Request) -> LibraryFilters:
        params = request.query_params
        texts = {k: params.get(k, "").strip()[:100] for k in FILTER_KEYS}
        return cls(
            **texts,
            equipment=tuple(e for e in params.getlist("equipment") if e in EQUIPMENT),
            bodyweight=params.get("bodyweight") == "1",
            avoid=tuple(
                t for t in params.getlist("avoid") if t in SENSITIVITIES or t in SAFETY_TAGS
            ),
        )

    def query(self) -> Query:
        equipment = frozenset(self.equipment) if self.equipment else None
        return Query(
            text=self.q or None,
            muscle=self.muscle or None,
            pattern=self.pattern or None,
            kind=self.kind or None,
            level=self.level or None,
            equipment=frozenset() if self.bodyweight else equipment,
            exclude_tags=frozenset(self.avoid),
        )

    def href_for_region(self, region: str) -> str:
        kept = {k: getattr(self, k) for k in FILTER_KEYS if getattr(self, k) and k != "muscle"}
        return "/exercises?" + urlencode({**kept, "muscle": region})


@router.get("/exercises", response_class=HTMLResponse)
def library_page(request: Request, container: ContainerDep, user: OptionalUser) -> Response:
    from backstrong.adapters.render.body_map_svg import render_body_map_svg

    values = LibraryFilters.of(request)
    error = None
    try:
        found = container.exercises.search(user, values.query())
    except UnknownVocabulary as exc:  # shown above the filters, which stay as typed
        found, error = [], str(exc)
    selected = {values.muscle} if values.muscle in {r.value for r in Region} else set()
    body_map = render_body_map_svg(selected=selected, href_for=values.href_for_region)
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

    detail = container.exercises.detail(user, exercise_id)
    exercise = detail.exercise
    context = {
        "active": "exercises",
        "ex": exercise,
        "figure": Markup(render_exercise_figure(exercise)),  # noqa: S704 - our own drawing
        "regions_map": Markup(render_body_map_svg(selected=set(exercise.primary_regions))),  # noqa: S704
        "dosage": dosage_text(exercise.dosage, exercise.unilateral),
        "muscles": MUSCLES,
        "equipment": EQUIPMENT,
        "tags": SAFETY_TAGS,
        "easier": detail.easier,
        "harder": detail.harder,
        "form_exercise": form_exercise_for(exercise.id),
    }
    return render(request, "exercises/detail.html", context)
