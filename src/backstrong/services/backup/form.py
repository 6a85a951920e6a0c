"""The form-check part of a backup: every check (landmarks, analysis, the set it belongs to)
oldest first, and the reference rep kept per exercise."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import ValidationError

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.domain.form import recording_from_mapping
from backstrong.services.backup.sections import DamagedBackup
from backstrong.services.form.mapping import (
    analysis_from_json,
    analysis_to_json,
    reference_from_json,
    reference_to_json,
)
from backstrong.services.form.service import check_exercise
from backstrong.services.ports.form import NewFormCheck
from backstrong.services.unit_of_work import UnitOfWork


class FormChecksSection:
    name = "form"

    def dump(self, uow: UnitOfWork, user: User) -> Any:
        checks = []
        for stored in reversed(uow.form_checks.list_for(user.id)):
            checks.append(
                {
                    "exercise": stored.exercise,
                    "created_at": stored.created_at.isoformat(),
                    "set_id": stored.set_id,
                    "analysis": analysis_to_json(stored.analysis),
                    "landmarks": uow.form_checks.landmarks(user.id, stored.id),
                }
            )
        references = {
            exercise: reference_to_json(reference)
            for exercise, reference in uow.form_checks.references(user.id).items()
        }
        return {"checks": checks, "references": references}

    def has_data(self, uow: UnitOfWork, user: User) -> bool:
        return uow.form_checks.count(user.id) > 0 or bool(uow.form_checks.references(user.id))

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        try:
            for index, item in enumerate(data.get("checks", [])):
                uow.form_checks.add(user.id, _check(item, index))
            for exercise, reference in data.get("references", {}).items():
                check_exercise(exercise)
                uow.form_checks.set_reference(user.id, exercise, reference_from_json(reference))
        except FieldError as exc:
            raise DamagedBackup(f"form.{exc}", f"form.{exc.field}", exc.value) from exc
        except (ValidationError, ValueError) as exc:
            raise DamagedBackup(f"form: a check or reference is malformed ({exc})", "form") from exc
        return len(data.get("checks", []))


def _check(item: Any, index: int) -> NewFormCheck:
    exercise = check_exercise(str(item["exercise"]))
    recording_from_mapping(item["landmarks"])  # refuse a damaged recording before storing it
    created = datetime.fromisoformat(item["created_at"])
    if created.tzinfo is None:
        raise FieldError(f"checks[{index}].created_at", item["created_at"], "needs a UTC offset")
    set_id = item.get("set_id")
    return NewFormCheck(
        exercise,
        created,
        analysis_from_json(item["analysis"]),
        item["landmarks"],
        None if set_id is None else str(set_id),
    )
