"""ASGI entry for uvicorn workers: `uvicorn --factory backstrong.entrypoints.web.asgi:create`."""

from __future__ import annotations

from fastapi import FastAPI


def create() -> FastAPI:
    from backstrong.entrypoints.web.app import create_app

    app = create_app()
    app.state.container.training.warm_up()  # pint's registry: ~1 s, before the first request
    return app
