"""Recipes and meals of your own on the web (/nutrition/recipes): the list, a new one, each
one to change or delete. A recipe is then found in the diary's search and logged by the
serving ("1 serving of my porridge")."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.recipes import Recipe
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.templating import render

router = APIRouter()
PAGE = 50


def _values(recipe: Recipe | None) -> dict[str, str]:
    if recipe is None:
        return {"name": "", "servings": "1", "items": ""}
    lines = "\n".join(item.text for item in recipe.items)
    return {"name": recipe.name, "servings": f"{recipe.servings:g}", "items": lines}


def _form(form: VerifiedForm) -> dict[str, str]:
    return {key: form.get(key, "")[:5000] for key in ("name", "servings", "items")}


@router.get("/nutrition/recipes", response_class=HTMLResponse)
def recipes_page(
    request: Request, container: ContainerDep, user: PageUser, offset: int = 0
) -> Response:
    return _list(request, container, user, max(offset, 0), _values(None), {})


def _list(
    request: Request, container: ContainerDep, user: PageUser, offset: int,
    values: dict[str, str], errors: dict[str, str],
) -> Response:  # fmt: skip
    found, total = container.nutrition.recipes(user, PAGE, offset)
    context = {"active": "nutrition", "recipes": found, "total": total, "offset": offset,
               "page": PAGE, "values": values, "errors": errors}  # fmt: skip
    return render(request, "nutrition/recipes.html", context, status_code=422 if errors else 200)


@router.post("/nutrition/recipes", response_class=HTMLResponse)
def add_recipe(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    values = _form(form)
    try:
        recipe = container.nutrition.save_recipe(
            user, values["name"], values["servings"], values["items"].splitlines()
        )
    except FieldError as exc:
        return _list(request, container, user, 0, values, {exc.field: str(exc)})
    return RedirectResponse(f"/nutrition/recipes/{recipe.food_id}?saved=1", 303)


@router.get("/nutrition/recipes/{recipe_id}", response_class=HTMLResponse)
def recipe_page(
    recipe_id: str, request: Request, container: ContainerDep, user: PageUser, saved: int = 0
) -> Response:
    recipe = container.nutrition.recipe(user, recipe_id)
    return _one(request, recipe, _values(recipe), {}, saved=bool(saved))


def _one(
    request: Request, recipe: Recipe, values: dict[str, str], errors: dict[str, str],
    saved: bool = False,
) -> Response:  # fmt: skip
    context = {"active": "nutrition", "recipe": recipe, "values": values, "errors": errors,
               "saved": saved}  # fmt: skip
    return render(request, "nutrition/recipe.html", context, status_code=422 if errors else 200)


@router.post("/nutrition/recipes/{recipe_id}", response_class=HTMLResponse)
def change_recipe(
    recipe_id: str, request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    recipe = container.nutrition.recipe(user, recipe_id)  # 404 when not theirs
    values = _form(form)
    try:
        container.nutrition.save_recipe(
            user, values["name"], values["servings"], values["items"].splitlines(),
            food_id=recipe_id,
        )  # fmt: skip
    except FieldError as exc:
        return _one(request, recipe, values, {exc.field: str(exc)})
    return RedirectResponse(f"/nutrition/recipes/{recipe_id}?saved=1", 303)


@router.post("/nutrition/recipes/{recipe_id}/delete")
def delete_recipe(
    recipe_id: str, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    container.nutrition.delete_recipe(user, recipe_id)
    return RedirectResponse("/nutrition/recipes", 303)
