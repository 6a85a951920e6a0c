"""Every log line written while answering a request carries that request's id; the access log
is off in production unless asked for."""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from backstrong.entrypoints.logs import RequestIdFilter, log_config
from backstrong.entrypoints.web.middleware import RequestContextMiddleware
from backstrong.settings import Settings


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.addFilter(RequestIdFilter())

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _app() -> Starlette:
    def sync_view(request: object) -> PlainTextResponse:  # runs in the thread pool
        logging.getLogger("backstrong.test").warning("in a thread")
        return PlainTextResponse("ok")

    async def async_view(request: object) -> PlainTextResponse:
        logging.getLogger("backstrong.test").warning("on the loop")
        return PlainTextResponse("ok")

    app = Starlette(routes=[Route("/sync", sync_view), Route("/async", async_view)])
    app.add_middleware(RequestContextMiddleware)
    return app


def test_log_lines_carry_the_request_id_the_client_sees():
    handler = Collect()
    logger = logging.getLogger("backstrong.test")
    logger.addHandler(handler)
    try:
        with TestClient(_app()) as client:
            ids = [client.get(path).headers["x-request-id"] for path in ("/sync", "/async")]
        logging.getLogger("backstrong.test").warning("outside")
    finally:
        logger.removeHandler(handler)
    assert [r.request_id for r in handler.records] == [*ids, "-"]  # type: ignore[attr-defined]
    assert ids[0] != ids[1]


def test_the_access_log_is_off_in_production_unless_asked_for():
    key = "x" * 40
    assert Settings(environment="production", secret_key=key).access_log_on is False
    assert Settings(environment="production", secret_key=key, access_log=True).access_log_on
    assert Settings(environment="development").access_log_on is True
    quiet = log_config("info", access_log=False)
    assert quiet["loggers"]["uvicorn.access"]["level"] == "WARNING"
    assert log_config("info", access_log=True)["loggers"]["uvicorn.access"]["level"] == "INFO"
