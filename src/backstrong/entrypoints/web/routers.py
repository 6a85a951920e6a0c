"""Every router of the web app, in the order they are matched (a fixed path such as
``/exercises/import`` before ``/exercises/{id}``), copied into the app's one flat route table
(flat_routes.py). Imported by ``create_app`` only, so the CLI never loads the web routes."""

from __future__ import annotations

from fastapi import APIRouter

from backstrong.entrypoints.web.api.accounts import lifecycle as api_account_lifecycle
from backstrong.entrypoints.web.api.accounts import routes as api_accounts
from backstrong.entrypoints.web.api.backup import routes as api_backup
from backstrong.entrypoints.web.api.body import routes as api_body
from backstrong.entrypoints.web.api.exercises import imports as api_exercise_imports
from backstrong.entrypoints.web.api.exercises import routes as api_exercises
from backstrong.entrypoints.web.api.form import live as api_form_live
from backstrong.entrypoints.web.api.form import routes as api_form
from backstrong.entrypoints.web.api.nutrition import diary_import as api_diary_import
from backstrong.entrypoints.web.api.nutrition import recipes as api_recipes
from backstrong.entrypoints.web.api.nutrition import routes as api_nutrition
from backstrong.entrypoints.web.api.nutrition import usda as api_usda
from backstrong.entrypoints.web.api.offline import routes as api_offline
from backstrong.entrypoints.web.api.programs import files as api_program_files
from backstrong.entrypoints.web.api.programs import routes as api_programs
from backstrong.entrypoints.web.api.training import imports as api_training_imports
from backstrong.entrypoints.web.api.training import sessions as api_sessions
from backstrong.entrypoints.web.api.training import sets as api_sets
from backstrong.entrypoints.web.api.training import stats as api_stats
from backstrong.entrypoints.web.api.training import workout as api_workout
from backstrong.entrypoints.web.flat_routes import include_flat
from backstrong.entrypoints.web.pages import home
from backstrong.entrypoints.web.pages.accounts import auth, lifecycle, settings
from backstrong.entrypoints.web.pages.backup import routes as backup
from backstrong.entrypoints.web.pages.body import imports as body_imports
from backstrong.entrypoints.web.pages.body import projection
from backstrong.entrypoints.web.pages.body import routes as body
from backstrong.entrypoints.web.pages.exercises import imports as exercise_imports
from backstrong.entrypoints.web.pages.exercises import routes as exercises
from backstrong.entrypoints.web.pages.form import routes as form
from backstrong.entrypoints.web.pages.nutrition import calories, diary_import, usda
from backstrong.entrypoints.web.pages.nutrition import diary as nutrition
from backstrong.entrypoints.web.pages.nutrition import foods as nutrition_foods
from backstrong.entrypoints.web.pages.nutrition import profile as nutrition_profile
from backstrong.entrypoints.web.pages.nutrition import recipes as nutrition_recipes
from backstrong.entrypoints.web.pages.offline import routes as offline
from backstrong.entrypoints.web.pages.programs import files as program_files
from backstrong.entrypoints.web.pages.programs import history as program_history
from backstrong.entrypoints.web.pages.programs import program, wizard
from backstrong.entrypoints.web.pages.training import history, imports, today

API = (
    api_accounts, api_account_lifecycle, api_exercise_imports, api_exercises, api_usda,
    api_diary_import, api_nutrition, api_recipes, api_body, api_sets, api_sessions, api_stats,
    api_training_imports, api_workout, api_program_files, api_programs, api_offline,
    api_form_live, api_form, api_backup,
)  # fmt: skip
PAGES = (
    usda, calories, diary_import, nutrition, nutrition_profile, body, projection, body_imports,
    nutrition_foods, nutrition_recipes, backup, form, offline, program_files, program, wizard,
    program_history, today, imports, history, auth, exercise_imports, exercises, home, settings,
    lifecycle,
)  # fmt: skip


API_PREFIX = "/api/v1"


def add_api_routes(app_router: APIRouter) -> None:
    """The REST API under /api/v1."""
    for module in API:
        include_flat(app_router, module.router, prefix=API_PREFIX)


def add_page_routes(app_router: APIRouter) -> None:
    """The pages, left out of the OpenAPI document (it describes the API alone)."""
    for module in PAGES:
        include_flat(app_router, module.router, include_in_schema=False)
