"""Logging for the server, shared by `backstrong serve` and the web app: a request id in every
line, the access log only when asked for.

``RequestContextMiddleware`` sets :data:`request_id` for each request; the filter copies it onto
every record (``-`` outside a request), so a line from a service, SQLAlchemy or uvicorn's access
log can be matched with the ``X-Request-Id`` header the client saw. The access log is on in
development and off in production unless ``BACKSTRONG_ACCESS_LOG=true`` (a line per request is
the largest logging cost at high request rates; a reverse proxy usually keeps its own)."""

from __future__ import annotations

import logging
from contextvars import ContextVar
from typing import Any

request_id: ContextVar[str] = ContextVar("request_id", default="-")
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


def log_config(level: str, *, access_log: bool) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` mapping for uvicorn and the app."""
    level = level.upper()
    handler = {
        "class": "logging.StreamHandler",
        "formatter": "plain",
        "filters": ["request_id"],
        "stream": "ext://sys.stderr",
    }
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": RequestIdFilter}},
        "formatters": {"plain": {"format": FORMAT}},
        "handlers": {"default": handler},
        "root": {"handlers": ["default"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.error": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.access": {
                "handlers": [],
                "level": level if access_log else "WARNING",
                "propagate": True,
            },
        },
    }
