"""The programs use cases' errors, in the shared vocabulary: a plan that is not the person's (or
not there) is a :class:`NotFound`, a refused intake value a :class:`FieldError`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from backstrong.domain.errors import FieldError
from backstrong.domain.programs.errors import IntakeError, PlanDataError
from backstrong.services.errors import NotFound


class NoProgram(NotFound):
    """The person has not built a plan yet."""

    def __init__(self) -> None:
        super().__init__(
            "plan",
            "current",
            "no plan yet: build one with `backstrong plan new` or on the web at /program/new",
        )


class ProgramNotFound(NotFound):
    """The person has no plan with this id (another person's plans count as none)."""

    def __init__(self, program_id: int) -> None:
        super().__init__(
            "plan",
            program_id,
            f"plan '{program_id}': you have no plan with this id; "
            "list yours with `backstrong plan list` or on the web at /program/history",
        )
        self.program_id = program_id


class SessionNotFound(NotFound):
    """The active plan has no session at this position (the domain's words say which part)."""

    def __init__(self, error: PlanDataError, week: int, index: int) -> None:
        super().__init__("session", f"{week}/{index + 1}", str(error))


class IntakeRefused(FieldError):
    """An intake value the programs domain refused, named by its field (as the first word of
    the domain's message). A bridge until the domain's ``IntakeError`` is a ``FieldError``
    itself; the message is the domain's, word for word."""

    def __init__(self, error: IntakeError, answers: Mapping[str, Any]) -> None:
        message = str(error)
        field = message.split(" ", 1)[0].rstrip(":")
        super().__init__(field, answers.get(field), message.partition(": ")[2] or message)
        self.args = (message,)
