"""The built front end: hashed asset URLs from static/dist/manifest.json, the static files with
their cache headers, and the service worker at /sw.js.

`frontend/build.mjs` (run by `make run` and `make test`) writes static/dist/. Every file there
except manifest.json and sw.js is named by its content hash or pinned by its package's version,
so browsers may keep it for a year without asking again."""

from __future__ import annotations

import json
import os
from importlib.resources import files
from pathlib import Path
from threading import Lock
from typing import Any

from fastapi import APIRouter
from fastapi.responses import FileResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup
from starlette.types import Scope

STATIC_URL = "/static/"
DIST = "dist"
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"  # hand-written files (style.css, icons): kept, but asked again (ETag)
NOT_BUILT = "The front end is not built: run `make run` or `make test` (or `make frontend`)."


class AssetNotFound(LookupError):
    """A template asked for an asset the build did not produce."""


def static_dir() -> Path:
    return Path(str(files("backstrong.entrypoints.web") / "static"))


class _Manifest:
    """manifest.json, read again only when the build rewrites it (a running dev server keeps
    working across `make frontend`)."""

    def __init__(self) -> None:
        self._lock = Lock()
        self._stamp: tuple[str, int] | None = None
        self._entries: dict[str, str] = {}

    def entries(self, path: Path) -> dict[str, str]:
        try:
            stamp = (str(path), path.stat().st_mtime_ns)
        except FileNotFoundError:
            raise AssetNotFound(f"{path} is missing. {NOT_BUILT}") from None
        if stamp != self._stamp:
            with self._lock:
                self._entries = json.loads(path.read_text(encoding="utf-8"))
                self._stamp = stamp
        return self._entries


_manifest = _Manifest()
_imports = _Manifest()


def asset(name: str, *, static: Path | None = None) -> str:
    """The URL of a built asset by its logical name (its path under frontend/), e.g.
    ``asset("training/today.js")`` -> ``/static/dist/training/today-FQQMW6O3.js``."""
    entries = _manifest.entries((static or static_dir()) / DIST / "manifest.json")
    try:
        return f"{STATIC_URL}{DIST}/{entries[name]}"
    except KeyError:
        known = ", ".join(sorted(entries)) or "none"
        raise AssetNotFound(
            f"Front-end asset {name!r} is not in static/dist/manifest.json (built: {known}). "
            f"Add it to ENTRIES in frontend/build.mjs, then run `make frontend`."
        ) from None


def module_script(name: str, *, static: Path | None = None) -> Markup:
    """``<script type="module">`` for a built entry, after a ``<link rel="modulepreload">`` for
    each chunk it imports (static/dist/imports.json): the browser fetches and compiles them
    together instead of discovering one level of imports after another."""
    entry = asset(name, static=static)
    chunks = _imports.entries((static or static_dir()) / DIST / "imports.json")
    links = [
        Markup('<link rel="modulepreload" href="{}">').format(f"{STATIC_URL}{DIST}/{chunk}")
        for chunk in chunks.get(name, [])
    ]
    script = Markup('<script type="module" src="{}"></script>').format(entry)
    return Markup("").join([*links, script])


def is_immutable(path: str) -> bool:
    """Paths under the static mount that carry their version in their name."""
    path = path.replace(os.sep, "/").lstrip("/")
    unversioned = {f"{DIST}/manifest.json", f"{DIST}/imports.json", f"{DIST}/sw.js"}
    return path.startswith(f"{DIST}/") and path not in unversioned


class StaticAssets(StaticFiles):
    """StaticFiles that lets browsers keep the built, hashed files for good."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code in (200, 304):
            response.headers["cache-control"] = IMMUTABLE if is_immutable(path) else REVALIDATE
        return response


def service_worker_router(static: Path | None = None) -> APIRouter:
    """/sw.js at the site root so its scope is the whole app; never cached without asking."""
    router = APIRouter()

    @router.get("/sw.js", include_in_schema=False)
    def service_worker() -> Any:
        path = (static or static_dir()) / DIST / "sw.js"
        if not path.is_file():
            return PlainTextResponse(NOT_BUILT, status_code=404)
        return FileResponse(
            path,
            media_type="text/javascript",
            headers={"cache-control": "no-cache", "service-worker-allowed": "/"},
        )

    return router
