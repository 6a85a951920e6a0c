"""The installable app: its web app manifest and the page shown when a page was never opened
online (the service worker keeps it; the phone's own "no internet" page never shows)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from backstrong.entrypoints.web.assets import asset
from backstrong.entrypoints.web.templating import render

router = APIRouter(include_in_schema=False)

THEME_COLOR = "#0f5f4c"  # --accent of app.css
BACKGROUND_COLOR = "#f6f7f5"  # --bg of app.css


def web_app_manifest() -> dict[str, Any]:
    """The W3C web app manifest: what a phone needs to install Backstrong as an app."""
    return {
        "name": "Backstrong",
        "short_name": "Backstrong",
        "description": "Stronger lower back and hips: your plan, your workout and your log.",
        "id": "/today",
        "start_url": "/today",
        "scope": "/",
        "display": "standalone",
        "orientation": "portrait",
        "theme_color": THEME_COLOR,
        "background_color": BACKGROUND_COLOR,
        "icons": [
            {"src": asset("icons/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
            {"src": asset("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": asset("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": asset("icons/icon-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
        "shortcuts": [
            {"name": "Today", "url": "/today"},
            {"name": "Program", "url": "/program"},
            {"name": "History", "url": "/history"},
        ],
    }


@router.get("/manifest.webmanifest")
def manifest() -> Response:
    return JSONResponse(
        web_app_manifest(),
        media_type="application/manifest+json",
        headers={"cache-control": "no-cache"},
    )


@router.get("/offline", response_class=HTMLResponse)
def offline_page(request: Request) -> Response:
    return render(request, "offline.html", {"active": ""})
