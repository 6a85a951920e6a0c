"""The FastAPI application factory."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware

from backstrong import __version__
from backstrong.bootstrap import Container, bootstrap
from backstrong.entrypoints.web import errors
from backstrong.entrypoints.web.api import openapi as api_document
from backstrong.entrypoints.web.api.http_cache import COMPRESS_FROM, ResponseCache
from backstrong.entrypoints.web.assets import StaticAssets, service_worker_router, static_dir
from backstrong.entrypoints.web.body_limit import BodyLimitMiddleware
from backstrong.entrypoints.web.hostile_input import HostileInputMiddleware
from backstrong.entrypoints.web.methods import MethodsMiddleware
from backstrong.entrypoints.web.middleware import RequestContextMiddleware
from backstrong.settings import Settings


def _api_router() -> APIRouter:
    from backstrong.entrypoints.web.api.accounts import lifecycle as account_lifecycle
    from backstrong.entrypoints.web.api.accounts import routes as accounts
    from backstrong.entrypoints.web.api.exercises import routes as exercises

    api = APIRouter(prefix="/api/v1")
    api.include_router(accounts.router)
    api.include_router(account_lifecycle.router)
    from backstrong.entrypoints.web.api.exercises import imports as exercise_imports

    api.include_router(exercise_imports.router)
    api.include_router(exercises.router)
    from backstrong.entrypoints.web.api.body import routes as body
    from backstrong.entrypoints.web.api.nutrition import routes as nutrition
    from backstrong.entrypoints.web.api.nutrition import usda

    api.include_router(usda.router)
    api.include_router(nutrition.router)
    api.include_router(body.router)
    from backstrong.entrypoints.web.api.training import imports as training_imports
    from backstrong.entrypoints.web.api.training import sessions as training_sessions
    from backstrong.entrypoints.web.api.training import sets as training
    from backstrong.entrypoints.web.api.training import stats as training_stats
    from backstrong.entrypoints.web.api.training import workout as training_workout

    api.include_router(training.router)
    api.include_router(training_sessions.router)
    api.include_router(training_stats.router)
    api.include_router(training_imports.router)
    from backstrong.entrypoints.web.api.programs import files as program_files

    api.include_router(training_workout.router)
    from backstrong.entrypoints.web.api.programs import routes as programs

    api.include_router(program_files.router)
    api.include_router(programs.router)
    from backstrong.entrypoints.web.api.offline import routes as offline

    api.include_router(offline.router)

    from backstrong.entrypoints.web.api.form import routes as form

    api.include_router(form.router)
    return api


def _page_routers() -> list[APIRouter]:
    from backstrong.entrypoints.web.pages import home
    from backstrong.entrypoints.web.pages.accounts import auth, lifecycle, settings
    from backstrong.entrypoints.web.pages.body import imports as body_imports
    from backstrong.entrypoints.web.pages.body import projection
    from backstrong.entrypoints.web.pages.body import routes as body
    from backstrong.entrypoints.web.pages.exercises import imports as exercise_imports
    from backstrong.entrypoints.web.pages.exercises import routes as exercises
    from backstrong.entrypoints.web.pages.nutrition import calories, usda
    from backstrong.entrypoints.web.pages.nutrition import diary as nutrition
    from backstrong.entrypoints.web.pages.nutrition import foods as nutrition_foods
    from backstrong.entrypoints.web.pages.nutrition import profile as nutrition_profile

    routers = [auth.router, exercise_imports.router, exercises.router, home.router, settings.router,
               lifecycle.router]  # fmt: skip
    from backstrong.entrypoints.web.pages.training import history, imports, today

    routers = [today.router, imports.router, history.router, *routers]
    from backstrong.entrypoints.web.pages.programs import files as program_files
    from backstrong.entrypoints.web.pages.programs import history as program_history
    from backstrong.entrypoints.web.pages.programs import program, wizard

    routers = [program_files.router, program.router, wizard.router, program_history.router,
               *routers]  # fmt: skip
    from backstrong.entrypoints.web.pages.offline import routes as offline

    routers = [offline.router, *routers]

    from backstrong.entrypoints.web.pages.form import routes as form

    routers = [form.router, *routers]
    return [usda.router, calories.router, nutrition.router, nutrition_profile.router, body.router,
            projection.router, body_imports.router, nutrition_foods.router, *routers]  # fmt: skip


def _mount_docs(app: FastAPI) -> None:
    """Swagger UI at /api/docs from the swagger-ui-bundle package: no CDN."""
    import swagger_ui_bundle
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import HTMLResponse

    app.mount(
        "/api/docs-assets",
        StaticFiles(directory=swagger_ui_bundle.swagger_ui_path),
        name="docs-assets",
    )

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url="/api/openapi.json",
            title="Backstrong API",
            swagger_js_url="/api/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/api/docs-assets/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )
        page.headers["content-security-policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
        )
        return page


def create_app(settings: Settings | None = None, *, container: Container | None = None) -> FastAPI:
    """Build the web app. Pass a ready ``container`` in tests; otherwise one is bootstrapped
    from ``settings`` (migrations applied when ``migrate_on_start`` is on)."""
    container = container or bootstrap(settings or Settings())
    app = FastAPI(
        title="Backstrong",
        version=__version__,
        summary="Lower back and hip strength coaching, training log and nutrition.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.container = container
    app.state.response_cache = ResponseCache()
    app.add_middleware(GZipMiddleware, minimum_size=COMPRESS_FROM)
    app.add_middleware(HostileInputMiddleware)  # inside the body limit: reads capped bodies only
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(MethodsMiddleware, router=app.router)
    app.add_middleware(RequestContextMiddleware)
    errors.install(app)
    api_document.install(app)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    app.include_router(_api_router())
    for router in _page_routers():
        app.include_router(router, include_in_schema=False)  # pages are not the API
    _mount_docs(app)
    app.include_router(service_worker_router())
    app.mount("/static", StaticAssets(directory=str(static_dir())), name="static")
    return app
