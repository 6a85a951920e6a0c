"""JSON answers whose content the services have already built from checked values (sets,
records): serialised once, without FastAPI's second pass over every nested value."""

from __future__ import annotations

from typing import Any

from fastapi import Response, status
from pydantic import TypeAdapter

_ANY = TypeAdapter(Any)


def json_response(content: object, status_code: int = status.HTTP_200_OK) -> Response:
    return Response(_ANY.dump_json(content), status_code, media_type="application/json")
