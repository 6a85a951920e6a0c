"""Importing workouts on the web: upload a Strong, Hevy or generic CSV export, review how each
exercise name is matched (confirm or change it, or keep it as your own exercise), then import
it all or nothing and see what was added. The upload waits an hour as a pending import."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.errors import FieldError
from backstrong.domain.training.pending import FORMAT_NAMES, NEW_EXERCISE, PENDING_LIFETIME
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, verified_files, verified_form
from backstrong.entrypoints.web.templating import render
from backstrong.entrypoints.web.uploads import refused_status, upload_text
from backstrong.services.training.pending import ImportReview, choice_value

router = APIRouter()


def _upload_page(
    request: Request,
    values: dict[str, str],
    errors: dict[str, str],
    status_code: int | None = None,
) -> Response:
    container = request.app.state.container
    context = {
        "active": "history",
        "formats": FORMAT_NAMES,
        "values": values,
        "errors": errors,
        "limit_mb": container.settings.import_max_mb,
        "hours": int(PENDING_LIFETIME.total_seconds() // 3600),
    }
    code = status_code or (422 if errors else 200)
    return render(request, "training/import_upload.html", context, status_code=code)


@router.get("/history/import", response_class=HTMLResponse)
def upload_page(request: Request, user: PageUser) -> Response:
    return _upload_page(request, {"format": "auto", "unit": user.unit}, {})


@router.post("/history/import", response_class=HTMLResponse)
async def upload(request: Request, container: ContainerDep, user: PageUser) -> Response:
    from starlette.concurrency import run_in_threadpool

    data: dict[str, str] = {}
    try:
        data, files = await verified_files(request, container, container.settings.import_max_bytes)
        text = await upload_text(files.get("file"), container)
        review = await run_in_threadpool(
            container.training.upload_import,
            user,
            text,
            data.get("format", "auto"),
            data.get("unit") or None,
            skip_invalid=data.get("skip_invalid") == "on",
        )
    except FieldError as exc:
        code = refused_status(exc)
        return _upload_page(request, data, {exc.field: str(exc)}, code)
    return RedirectResponse(f"/history/import/{review.pending.id}", status_code=303)


def _review_page(
    request: Request, review: ImportReview, errors: dict[str, str] | None = None
) -> Response:
    context = {
        "active": "history",
        "review": review,
        "plan": review.plan,
        "new_ids": {n.imported_name: n.exercise_id for n in review.plan.new_exercises},
        "new_value": NEW_EXERCISE,
        "errors": errors or {},
    }
    return render(
        request, "training/import_review.html", context, status_code=422 if errors else 200
    )


@router.get("/history/import/{import_id}", response_class=HTMLResponse)
def review_page(
    import_id: str, request: Request, container: ContainerDep, user: PageUser
) -> Response:
    return _review_page(request, container.training.pending_import(user, import_id))


@router.post("/history/import/{import_id}", response_class=HTMLResponse)
def apply(
    import_id: str,
    request: Request,
    container: ContainerDep,
    user: PageUser,
    form: dict[str, str] = Depends(verified_form),
) -> Response:
    review = container.training.pending_import(user, import_id)  # 404 when not theirs
    entries = review.plan.mapping.entries
    choices = {
        entry.imported_name: choice_value(form[f"match-{i}"])
        for i, entry in enumerate(entries)
        if form.get(f"match-{i}")
    }
    try:
        result = container.training.apply_pending_import(user, import_id, choices)
    except FieldError as exc:
        return _review_page(request, review, {"match": str(exc)})
    context = {"active": "history", "result": result, "names": container.training.names(user)}
    return render(request, "training/import_done.html", context)
