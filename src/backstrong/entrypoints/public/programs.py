"""The public JSON of the plans a person built (``ProgramSummary``, with its intake) and of the
education notes with when each was first shown (``NoteRead``). Printed by ``backstrong plan
list --json`` and ``backstrong plan notes --json``."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator

from backstrong.entrypoints.public import IsoTime, Public, at
from backstrong.services.programs.mapping import intake_to_json


class PlanSummaryPublic(Public):
    program_id: int = at("id")
    plan_id: str
    active: bool
    created_at: IsoTime
    started_at: IsoTime
    summary: str
    intake: Annotated[dict[str, Any], BeforeValidator(intake_to_json)]


class NoteReadPublic(Public):
    id: str = at("note", "id")
    title: str = at("note", "title")
    text: str = at("note", "text")
    seen_at: IsoTime | None
