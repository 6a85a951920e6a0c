"""Recipes and meals of your own over the API: paged list, create, read, replace, delete.
Another person's recipe is a 404; a line naming no food is a 422 on ``items``."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status

from backstrong.entrypoints.web.api.nutrition.schemas import (
    RecipeCreate,
    RecipePublic,
    RecipeUpdate,
)
from backstrong.entrypoints.web.api.paging import Page, PagingDep, page_counted
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep

router = APIRouter(tags=["nutrition"])


def _public(recipe: object) -> RecipePublic:
    return RecipePublic.model_validate(recipe, from_attributes=True)


@router.get("/recipes", summary="Your recipes and meals, by name")
def list_recipes(
    request: Request, container: ContainerDep, user: ApiUser, window: PagingDep
) -> Page[RecipePublic]:
    found, total = container.nutrition.recipes(user, window.limit, window.offset)
    return page_counted(request, window, found, total, _public)


@router.post("/recipes", status_code=status.HTTP_201_CREATED, summary="Add a recipe or meal")
def create_recipe(body: RecipeCreate, container: ContainerDep, user: ApiUser) -> RecipePublic:
    return _public(container.nutrition.save_recipe(user, body.name, body.servings, body.items))


@router.get("/recipes/{recipe_id}", summary="One of your recipes")
def get_recipe(recipe_id: str, container: ContainerDep, user: ApiUser) -> RecipePublic:
    return _public(container.nutrition.recipe(user, recipe_id))


@router.put("/recipes/{recipe_id}", summary="Replace a recipe (logged entries stay)")
def update_recipe(
    recipe_id: str, body: RecipeUpdate, container: ContainerDep, user: ApiUser
) -> RecipePublic:
    saved = container.nutrition.save_recipe(
        user, body.name, body.servings, body.items, food_id=recipe_id
    )
    return _public(saved)


@router.delete("/recipes/{recipe_id}", status_code=204, summary="Delete a recipe")
def delete_recipe(recipe_id: str, container: ContainerDep, user: ApiUser) -> Response:
    container.nutrition.delete_recipe(user, recipe_id)
    return Response(status_code=204)
