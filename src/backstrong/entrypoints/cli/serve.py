"""`backstrong serve`: the web app."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from backstrong.bootstrap import Container


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
    _offer_claim_code(c)
    uvicorn.run(
        "backstrong.entrypoints.web.asgi:create",
        factory=True,
        host=bind_host,
        port=bind_port,
        workers=workers or settings.workers,
        proxy_headers=bool(settings.forwarded_allow_ips),
        forwarded_allow_ips=settings.forwarded_allow_ips or None,
        server_header=False,
        log_level=settings.log_level.lower(),
        log_config=logs,
        access_log=settings.access_log_on,
    )


def _offer_claim_code(c: Container) -> None:
    """Before the first web account exists, print the code that hands it this machine's
    command-line data (whoever can read this output owns the machine)."""
    from backstrong.services.errors import Conflict

    if c.accounts.has_accounts():
        return
    try:
        code = c.accounts.create_claim_code()
    except Conflict:
        return
    print(f"To take over this computer's command-line data, sign up with claim code: {code}")
