"""Query parameters read as one pydantic model, in one validation, by the route itself.

FastAPI reads each declared query parameter on its own and inspects its annotation again on
every request: for the history page that was about half of a cached answer's time (figure
``history_page_50_vs_me``). A route taking :func:`read_query` declares no query parameters; its
decorator gets ``openapi_extra=query_parameters(Model)`` so the OpenAPI document still lists them,
and a bad value is the same 422 (``loc`` ``["query", name]``) FastAPI would give."""

from __future__ import annotations

from typing import Any, TypeVar

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def query_parameters(model: type[BaseModel]) -> dict[str, Any]:
    """``model``'s fields as OpenAPI query parameters (for a route's ``openapi_extra``)."""
    schema = model.model_json_schema(by_alias=True)
    required = set(schema.get("required", ()))
    parameters = []
    for name, field in schema["properties"].items():
        shown = {key: value for key, value in field.items() if key not in ("title", "description")}
        parameter = {"name": name, "in": "query", "required": name in required, "schema": shown}
        if "description" in field:
            parameter["description"] = field["description"]
        parameters.append(parameter)
    return {"parameters": parameters}


def read_query(request: Request, model: type[M]) -> M:
    """The request's query as ``model`` (the last value of a repeated name, as FastAPI reads a
    single-valued parameter); a 422 naming the parameter otherwise."""
    try:
        return model.model_validate(dict(request.query_params))
    except ValidationError as error:
        errors = [{**e, "loc": ("query", *e["loc"])} for e in error.errors(include_url=False)]
        raise RequestValidationError(errors) from None
