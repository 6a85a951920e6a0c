"""The FastAPI application factory."""

from __future__ import annotations

from brotli_asgi import BrotliMiddleware
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from backstrong import __version__
from backstrong.bootstrap import Container, bootstrap
from backstrong.entrypoints.web import errors
from backstrong.entrypoints.web.api import openapi as api_document
from backstrong.entrypoints.web.api.exercises.cached import CachedExercisesMiddleware
from backstrong.entrypoints.web.api.http_cache import COMPRESS_FROM, ResponseCache
from backstrong.entrypoints.web.assets import StaticAssets, service_worker_router, static_dir
from backstrong.entrypoints.web.body_limit import BodyLimitMiddleware
from backstrong.entrypoints.web.flat_routes import include_flat
from backstrong.entrypoints.web.hostile_input import HostileInputMiddleware
from backstrong.entrypoints.web.methods import MethodsMiddleware
from backstrong.entrypoints.web.middleware import RequestContextMiddleware
from backstrong.entrypoints.web.page_etag import PageETagMiddleware
from backstrong.settings import Settings


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
    # innermost: the library's cached pages for anyone not signed in, before routing
    app.add_middleware(
        CachedExercisesMiddleware, exercises=container.exercises, cache=app.state.response_cache
    )
    app.add_middleware(PageETagMiddleware)  # hashes the page before compression
    # brotli where the client takes it (every current browser), gzip otherwise
    app.add_middleware(BrotliMiddleware, minimum_size=COMPRESS_FROM, quality=4)
    app.add_middleware(HostileInputMiddleware)  # inside the body limit: reads capped bodies only
    app.add_middleware(BodyLimitMiddleware, import_limit=container.settings.import_max_bytes)
    app.add_middleware(MethodsMiddleware, router=app.router)
    app.add_middleware(RequestContextMiddleware)
    errors.install(app)
    api_document.install(app)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        # async: answered on the event loop, not queued behind a flood in the thread pool
        return {"status": "ok", "version": __version__}

    from backstrong.entrypoints.web import routers

    routers.add_api_routes(app.router)
    routers.add_page_routes(app.router)  # pages are not the API
    _mount_docs(app)
    include_flat(app.router, service_worker_router())
    app.mount("/static", StaticAssets(directory=str(static_dir())), name="static")
    return app
