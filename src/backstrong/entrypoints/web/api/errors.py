"""Field-level API errors in the same shape FastAPI uses for request validation (422)."""

from __future__ import annotations

from typing import Any

from fastapi import status
from fastapi.exceptions import RequestValidationError


def field_error(field: str, message: str, value: Any = None) -> RequestValidationError:
    """A 422 naming the field, the value and what is accepted (the message says that)."""
    return RequestValidationError(
        [{"loc": ("body", field), "msg": message, "type": "value_error", "input": value}]
    )


UNPROCESSABLE = status.HTTP_422_UNPROCESSABLE_CONTENT
