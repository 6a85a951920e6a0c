"""The one JSON mapping of form-check results and references (storage, backup and API read
them through here): pydantic TypeAdapters over the domain's frozen dataclasses."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from backstrong.domain.form import FormAnalysis, Reference

ANALYSIS = TypeAdapter(FormAnalysis)
REFERENCE = TypeAdapter(Reference)


def analysis_to_json(analysis: FormAnalysis) -> dict[str, Any]:
    return ANALYSIS.dump_python(analysis, mode="json")  # type: ignore[no-any-return]


def analysis_from_json(data: Any) -> FormAnalysis:
    return ANALYSIS.validate_python(data)


def reference_to_json(reference: Reference) -> dict[str, Any]:
    return REFERENCE.dump_python(reference, mode="json")  # type: ignore[no-any-return]


def reference_from_json(data: Any) -> Reference:
    return REFERENCE.validate_python(data)
