"""The form-check pages: /form (setup guidance with a picture, live and recorded modes in the
browser, a landmarks-file upload that works without JavaScript, recent checks and the trend) and
/form/{id} (the reps, per-rep verdicts and cues; mark a reference rep; use the count in today's
set). Video never reaches the server: the browser sends landmarks only."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.errors import FieldError
from backstrong.domain.form import EXERCISES
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.templating import render

router = APIRouter()
RECENT = 10  # checks listed on /form
MAX_UPLOAD_BYTES = 8_000_000  # as the API's MAX_LANDMARKS_BYTES
EXERCISE_NAMES = {"squat": "Squat", "hinge": "Hip hinge", "good-morning": "Good morning",
                  "deadlift": "Deadlift", "romanian-deadlift": "Romanian deadlift",
                  "bridge": "Bridge"}  # fmt: skip
VERDICT_WORDS = {"good": "Good", "needs-work": "Needs work", "cannot-assess": "Cannot assess"}


def _safe_back(back: str) -> str:
    """Only a path on this site (the guided workout) is a place to return to."""
    return back if back.startswith("/today") and "//" not in back else ""


def _index(request: Request, container: ContainerDep, user: PageUser, error: str = "") -> Response:
    exercise = request.query_params.get("exercise", "squat")
    exercise = exercise if exercise in EXERCISES else "squat"
    context = {
        "active": "form",
        "exercise": exercise,
        "names": EXERCISE_NAMES,
        "verdicts": VERDICT_WORDS,
        "back": _safe_back(request.query_params.get("back", "")),
        "recent": container.form.page(user, limit=RECENT).items,
        "trend": container.form.trend(user, exercise),
        "error": error,
    }
    return render(request, "form/index.html", context, status_code=422 if error else 200)


@router.get("/form", response_class=HTMLResponse)
def form_page(request: Request, container: ContainerDep, user: PageUser) -> Response:
    return _index(request, container, user)


@router.post("/form", response_class=HTMLResponse)
async def upload_landmarks(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    """A landmarks file (or the landmarks the page's script made) → a kept check."""
    upload = (await request.form()).get("landmarks_file")
    text = form.get("landmarks", "")
    if upload is not None and not isinstance(upload, str):
        text = (await upload.read(MAX_UPLOAD_BYTES + 1)).decode("utf-8", "replace")
    if len(text) > MAX_UPLOAD_BYTES:
        return _index(request, container, user, "landmarks: over 8 MB; send a shorter recording")
    try:
        document = json.loads(text)
        stored = container.form.check(user, form.get("exercise", ""), document)
    except json.JSONDecodeError:
        return _index(request, container, user, "landmarks: not JSON; choose a pose-landmarks file")
    except FieldError as exc:
        return _index(request, container, user, str(exc))
    back = _safe_back(form.get("back", ""))
    query = f"?{urlencode({'back': back})}" if back else ""
    return RedirectResponse(f"/form/{stored.id}{query}", status_code=303)


@router.get("/form/{check_id}", response_class=HTMLResponse)
def result_page(
    check_id: int, request: Request, container: ContainerDep, user: PageUser
) -> Response:
    check = container.form.get(user, check_id)
    back = _safe_back(request.query_params.get("back", ""))
    joiner = "&" if "?" in back else "?"
    use_href = f"{back}{joiner}{urlencode({'reps': check.analysis.reps, 'form_check': check.id})}"
    context = {
        "active": "form",
        "check": check,
        "names": EXERCISE_NAMES,
        "verdicts": VERDICT_WORDS,
        "use_href": use_href if back else "",
        "marked": request.query_params.get("marked", ""),
    }
    return render(request, "form/result.html", context)


@router.post("/form/{check_id}/reference")
def mark_reference(
    check_id: int, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    rep = int(form.get("rep", "0")) if form.get("rep", "").isdigit() else 0
    container.form.mark_reference(user, check_id, rep)
    return RedirectResponse(f"/form/{check_id}?marked={rep}", status_code=303)
