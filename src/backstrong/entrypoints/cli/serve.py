"""`backstrong serve`: the web app."""

from __future__ import annotations

import typer


def serve(
    host: str | None = typer.Option(None, help="Address to listen on [default: settings.host]."),
    port: int | None = typer.Option(None, help="Port [default: settings.port]."),
    workers: int | None = typer.Option(None, help="Worker processes [default: settings.workers]."),
) -> None:
    """Run the web app (migrations are applied first)."""
    import logging.config

    import uvicorn

    from backstrong.entrypoints.cli.runtime import container
    from backstrong.entrypoints.logs import log_config

    c = container()  # validates settings and migrates once, before any worker starts
    settings = c.settings
    logs = log_config(settings.log_level, access_log=settings.access_log_on)
    logging.config.dictConfig(logs)
    bind_host, bind_port = host or settings.host, port or settings.port
    backend = c.engine.url.get_backend_name()
    print(f"Backstrong on http://{bind_host}:{bind_port}  (database: {backend})")
    uvicorn.run(
        "backstrong.entrypoints.web.asgi:create",
        factory=True,
        host=bind_host,
        port=bind_port,
        workers=workers or settings.workers,
        proxy_headers=True,
        log_level=settings.log_level.lower(),
        log_config=logs,
        access_log=settings.access_log_on,
    )
