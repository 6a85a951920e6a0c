"""Routers copied into a flat route table answer and document exactly as included routers do."""

from __future__ import annotations

import warnings
from typing import Annotated

import pytest
from fastapi import APIRouter, Depends, FastAPI, Header, Query, WebSocket, status
from fastapi.routing import APIRoute, APIWebSocketRoute
from pydantic import BaseModel

from backstrong.entrypoints.web.flat_routes import copied_options, include_flat

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


class Item(BaseModel):
    name: str
    grams: float


def _caller(x_caller: Annotated[str, Header()] = "nobody") -> str:
    return x_caller


def _routers() -> tuple[APIRouter, APIRouter]:
    items = APIRouter(prefix="/items", tags=["items"], dependencies=[Depends(_caller)])

    @items.get("/fixed", summary="A fixed path, listed before the parameterised one")
    def fixed() -> dict[str, str]:
        return {"which": "fixed"}

    @items.get("/{item_id}", response_model=Item, responses={404: {"description": "None such"}})
    def one(item_id: int, caller: Annotated[str, Depends(_caller)]) -> Item:
        """One item.

        \f Not documented."""
        return Item(name=f"{item_id} for {caller}", grams=1.5)

    @items.post("", status_code=status.HTTP_201_CREATED, deprecated=True)
    def create(item: Item, limit: Annotated[int, Query(ge=1, le=5)] = 2) -> Item:
        return item

    @items.get("/hidden", include_in_schema=False)
    def hidden() -> dict[str, str]:
        return {"which": "hidden"}

    pages = APIRouter()

    @pages.get("/page")
    def page() -> dict[str, str]:
        return {"which": "page"}

    @pages.websocket("/live")
    async def live(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_json({"which": "live"})
        await websocket.close()

    return items, pages


def _app(flat: bool) -> FastAPI:
    app = FastAPI()
    items, pages = _routers()
    if flat:
        include_flat(app.router, items, prefix="/api")
        include_flat(app.router, pages, include_in_schema=False)
    else:
        app.include_router(items, prefix="/api")
        app.include_router(pages, include_in_schema=False)
    return app


def test_the_flat_table_documents_every_operation_as_included_routers_do():
    assert _app(flat=True).openapi() == _app(flat=False).openapi()


def test_the_flat_table_answers_as_included_routers_do():
    for flat in (True, False):
        with TestClient(_app(flat)) as client:
            assert client.get("/api/items/fixed").json() == {"which": "fixed"}
            one = client.get("/api/items/7", headers={"x-caller": "ada"})
            assert one.json() == {"name": "7 for ada", "grams": 1.5}
            assert client.get("/api/items/x").status_code == 422
            item = {"name": "a", "grams": 1}
            assert client.post("/api/items?limit=9", json=item).status_code == 422
            assert client.post("/api/items", json=item).status_code == 201
            assert client.delete("/api/items/7").status_code == 405
            assert client.get("/page").json() == {"which": "page"}
            with client.websocket_connect("/live") as socket:
                assert socket.receive_json() == {"which": "live"}


def test_the_flat_table_holds_routes_only():
    copied = _app(flat=True).router.routes[-6:]
    assert all(isinstance(route, APIRoute | APIWebSocketRoute) for route in copied)
    assert [route.path for route in copied] == [
        "/api/items/fixed", "/api/items/{item_id}", "/api/items", "/api/items/hidden",
        "/page", "/live",
    ]  # fmt: skip


def test_a_nested_router_is_refused_rather_than_copied_with_another_meaning():
    outer, inner = APIRouter(), APIRouter()

    @inner.get("/x")
    def x() -> None: ...

    outer.include_router(inner, prefix="/inner")
    with pytest.raises(TypeError, match="path operations only"):
        include_flat(FastAPI().router, outer)


def test_every_option_the_installed_fastapi_takes_is_kept_by_its_routes():
    items, _ = _routers()
    route = items.routes[1]
    assert isinstance(route, APIRoute)
    options = copied_options(route, APIRouter())
    assert options["responses"] == {404: {"description": "None such"}}
    assert options["tags"] == ["items"]
